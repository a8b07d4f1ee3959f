/**
 * Plain-language texts of the warning signs and badge labels, English and French. Each names its
 * evidence ("You followed up 3 times — last on Tue 14 Oct").
 */
export type Locale = 'en' | 'fr';

export interface Catalogue {
  followUps(count: number, last: string): string;
  technicians(count: number, path: string): string;
  pingPong(path: string): string;
  firstReplySlow(duration: string): string;
  noReplyYet(duration: string): string;
  waiting(since: string, duration: string): string;
  silence(duration: string): string;
  reopened(count: number): string;
  disputed(date: string): string;
  fastReplySlowFix(resolution: string, firstReply: string): string;
  slowFix(resolution: string, target: string): string;
  openFor(days: number): string;
  businessDays(value: number): string;
  businessHours(value: number): string;
  minutes(value: number): string;
  label: {
    followUps(count: number): string;
    technicians(count: number): string;
    reopens(count: number): string;
    openDays(days: number): string;
    resolvedIn(duration: string): string;
    waitingReply: string;
    noSigns: string;
  };
  calendarDays(days: number): string;
  calendarHours(hours: number): string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const frNumber = (n: number) => fmt(n).replace('.', ',');

export const CATALOGUES: Record<Locale, Catalogue> = {
  en: {
    followUps: (count, last) => `You followed up ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`} — last on ${last}`,
    technicians: (count, path) => `Passed between ${count} technicians: ${path}`,
    pingPong: (path) => `Went back and forth between technicians: ${path}`,
    firstReplySlow: (duration) => `First reply took ${duration}`,
    noReplyYet: (duration) => `No reply yet after ${duration}`,
    waiting: (since, duration) => `Waiting for an answer since ${since} (${duration})`,
    silence: (duration) => `No update from the partner for ${duration}`,
    reopened: (count) => (count === 1 ? 'Reopened once' : count === 2 ? 'Reopened twice' : `Reopened ${count} times`),
    disputed: (date) => `You said it was still not fixed on ${date}`,
    fastReplySlowFix: (resolution, firstReply) => `Resolved in ${resolution} after a first reply in ${firstReply}`,
    slowFix: (resolution, target) => `Resolution took ${resolution} (target ${target})`,
    openFor: (days) => `Open for ${days} days`,
    businessDays: (value) => `${fmt(value)} business ${plural(value, 'day', 'days')}`,
    businessHours: (value) => `${fmt(value)} business ${plural(value, 'hour', 'hours')}`,
    minutes: (value) => `${value} ${plural(value, 'minute', 'minutes')}`,
    label: {
      followUps: (count) => `${count} ${plural(count, 'follow-up', 'follow-ups')}`,
      technicians: (count) => `${count} technicians`,
      reopens: (count) => `reopened ${count === 1 ? 'once' : `${count}×`}`,
      openDays: (days) => `open ${days} ${plural(days, 'day', 'days')}`,
      resolvedIn: (duration) => `resolved in ${duration}`,
      waitingReply: 'waiting for a reply',
      noSigns: 'no warning signs',
    },
    calendarDays: (days) => `${days} ${plural(days, 'day', 'days')}`,
    calendarHours: (hours) => `${hours} h`,
  },
  fr: {
    followUps: (count, last) => `Vous avez relancé ${count === 1 ? 'une fois' : `${count} fois`} — dernière relance le ${last}`,
    technicians: (count, path) => `Passé entre ${count} techniciens : ${path}`,
    pingPong: (path) => `Allers-retours entre techniciens : ${path}`,
    firstReplySlow: (duration) => `Première réponse après ${duration}`,
    noReplyYet: (duration) => `Toujours pas de réponse après ${duration}`,
    waiting: (since, duration) => `En attente d’une réponse depuis le ${since} (${duration})`,
    silence: (duration) => `Aucune nouvelle du prestataire depuis ${duration}`,
    reopened: (count) => (count === 1 ? 'Rouvert une fois' : `Rouvert ${count} fois`),
    disputed: (date) => `Vous avez signalé le ${date} que le problème persistait`,
    fastReplySlowFix: (resolution, firstReply) => `Résolu en ${resolution} après une première réponse en ${firstReply}`,
    slowFix: (resolution, target) => `Résolution en ${resolution} (objectif ${target})`,
    openFor: (days) => `Ouvert depuis ${days} jours`,
    businessDays: (value) => `${frNumber(value)} ${plural(value, 'jour ouvré', 'jours ouvrés')}`,
    businessHours: (value) => `${frNumber(value)} ${plural(value, 'heure ouvrée', 'heures ouvrées')}`,
    minutes: (value) => `${value} ${plural(value, 'minute', 'minutes')}`,
    label: {
      followUps: (count) => `${count} ${plural(count, 'relance', 'relances')}`,
      technicians: (count) => `${count} techniciens`,
      reopens: (count) => `rouvert ${count === 1 ? 'une fois' : `${count} fois`}`,
      openDays: (days) => `ouvert depuis ${days} ${plural(days, 'jour', 'jours')}`,
      resolvedIn: (duration) => `résolu en ${duration}`,
      waitingReply: 'en attente de réponse',
      noSigns: 'aucun signal d’alerte',
    },
    calendarDays: (days) => `${days} ${plural(days, 'jour', 'jours')}`,
    calendarHours: (hours) => `${hours} h`,
  },
};

/** 'auto' follows the browser's languages; French when the first supported one is French. */
export function resolveLocale(setting: 'auto' | Locale, languages: readonly string[]): Locale {
  if (setting !== 'auto') return setting;
  for (const language of languages) {
    const base = language.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** "Tue 14 Oct" / "mar. 14 oct." in the calendar's zone. */
export function shortDate(iso: string, locale: Locale, zone: string): string {
  const key = `${locale}|${zone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
    dayFormats.set(key, format);
  }
  return format.format(new Date(iso)).replace(',', '');
}
