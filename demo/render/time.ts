/**
 * Dates the way Zendesk prints them: `{{date … timeago=true}}` → `<time datetime data-datetime="relative">`
 * with relative text; the sidebar's `{{date …}}` → `data-datetime="calendar"` (portal-markup.md §1.2).
 * `datetime` is UTC with a `Z`; `title` is the local wall-clock time.
 */
import { escapeHtml } from './escape';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** "2024-03-14 09:02" in the server's local zone. */
export function localStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2 days ago", "il y a 3 heures". */
export function relativeText(date: Date, now: Date, intl: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(intl, { numeric: 'always' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(Math.min(seconds, -1), 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return format.format(Math.round(seconds / 86_400), 'day');
  if (abs < 365 * 86_400) return format.format(Math.round(seconds / (30 * 86_400)), 'month');
  return format.format(Math.round(seconds / (365 * 86_400)), 'year');
}

/** "March 14, 2024 09:02" / "14 mars 2024 09:02". */
export function calendarText(date: Date, intl: string): string {
  const day = new Intl.DateTimeFormat(intl, { dateStyle: 'long' }).format(date);
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function timeElement(date: Date, now: Date, intl: string, mode: 'relative' | 'calendar'): string {
  const text = mode === 'relative' ? relativeText(date, now, intl) : calendarText(date, intl);
  return `<time datetime="${escapeHtml(isoSeconds(date))}" title="${escapeHtml(localStamp(date))}" data-datetime="${mode}">${escapeHtml(text)}</time>`;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * The React list's "updated" text (RelativeTime.tsx): "5 minutes ago", "Today, 3:04 PM",
 * "Yesterday, 3:04 PM", else a medium date and short time. No datetime attribute exists there.
 */
export function reactUpdatedText(date: Date, now: Date, intl: string, words: { today: string; yesterday: string }): string {
  const minutes = (now.getTime() - date.getTime()) / 60_000;
  const time = new Intl.DateTimeFormat(intl, { timeStyle: 'short' }).format(date);
  if (minutes < 60) return new Intl.RelativeTimeFormat(intl, { numeric: 'always' }).format(-Math.max(1, Math.round(minutes)), 'minute');
  if (sameDay(date, now)) return `${words.today}, ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (sameDay(date, yesterday)) return `${words.yesterday}, ${time}`;
  return new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The React list's "created" text: `Intl.DateTimeFormat(locale, {dateStyle: "medium"})`. */
export function reactCreatedText(date: Date, intl: string): string {
  return new Intl.DateTimeFormat(intl, { dateStyle: 'medium' }).format(date);
}
