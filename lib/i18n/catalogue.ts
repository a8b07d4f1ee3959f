/**
 * The shape of a message catalogue: the warning signs' plain-language messages (each names its evidence, e.g.
 * "You followed up 3 times — last on Tue 14 Oct"), the badge's short label parts and the durations they quote.
 * Dates and durations arrive already formatted (lib/i18n/format.ts).
 */
export interface Catalogue {
  /** BCP 47 tag for Intl formatting of dates. */
  intl: string;
  /** Decimal separator of the language. */
  decimal: string;
  signs: {
    followUps(count: number, last: string): string;
    technicians(count: number, path: string): string;
    pingPong(count: number, path: string): string;
    responders(count: number, names: string): string;
    firstReplySlow(duration: string): string;
    noReplyYet(duration: string): string;
    waiting(since: string, duration: string): string;
    silence(duration: string): string;
    reopened(count: number): string;
    disputed(date: string): string;
    fastReplySlowFix(resolution: string, firstReply: string): string;
    slowFix(resolution: string, target: string): string;
    openFor(days: number): string;
    /** M8: a new ticket resembling one solved shortly before. */
    cameBack(ticketId: string, days: number): string;
  };
  durations: {
    minutes(value: number): string;
    businessHours(value: string, n: number): string;
    businessDays(value: string, n: number): string;
    hours(value: number): string;
    days(value: number): string;
  };
  badge: {
    followUps(count: number): string;
    technicians(count: number): string;
    reopens(count: number): string;
    openDays(days: number): string;
    resolvedIn(duration: string): string;
    noSigns: string;
  };
}
