import type { Catalogue } from './catalogue';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export const en: Catalogue = {
  intl: 'en-GB',
  decimal: '.',
  signs: {
    followUps: (count, last) => `You followed up ${times(count)} — last on ${last}`,
    technicians: (count, path) => `Passed between ${count} technicians: ${path}`,
    pingPong: (count, path) => `Passed back and forth between ${count} technicians: ${path}`,
    responders: (count, names) => `Answered by ${count} different technicians: ${names}`,
    firstReplySlow: (duration) => `First reply took ${duration}`,
    noReplyYet: (duration) => `No reply yet after ${duration}`,
    waiting: (since, duration) => `Waiting for an answer since ${since} (${duration})`,
    silence: (duration) => `No update from the partner for ${duration}`,
    reopened: (count) => `Reopened ${times(count)}`,
    disputed: (date) => `You said it was still not fixed on ${date}`,
    fastReplySlowFix: (resolution, firstReply) => `Resolved in ${resolution} after a first reply in ${firstReply}`,
    slowFix: (resolution, target) => `Resolution took ${resolution} (target ${target})`,
    openFor: (days) => `Open for ${days} ${plural(days, 'day', 'days')}`,
    cameBack: (ticketId, days) => `Came back: looks like #${ticketId}, solved ${days === 0 ? 'the same day' : `${days} ${plural(days, 'day', 'days')} earlier`}`,
  },
  durations: {
    minutes: (value) => `${value} ${plural(value, 'minute', 'minutes')}`,
    businessHours: (value, n) => `${value} business ${plural(n, 'hour', 'hours')}`,
    businessDays: (value, n) => `${value} business ${plural(n, 'day', 'days')}`,
    hours: (value) => `${value} ${plural(value, 'hour', 'hours')}`,
    days: (value) => `${value} ${plural(value, 'day', 'days')}`,
  },
  badge: {
    followUps: (count) => `${count} ${plural(count, 'follow-up', 'follow-ups')}`,
    technicians: (count) => `${count} technicians`,
    reopens: (count) => `reopened ${times(count)}`,
    openDays: (days) => `open ${days} ${plural(days, 'day', 'days')}`,
    resolvedIn: (duration) => `resolved in ${duration}`,
    noSigns: 'no warning signs',
  },
};
