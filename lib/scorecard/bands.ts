/**
 * Green / amber / red bands of the scorecard figures, each with its source (metrics.md §9.2, §9.3). A
 * figure is scored 100 (green), 50 (amber) or 0 (red) (metrics.md §9.3 "Scoring"). Bands marked
 * `heuristic` have no published anchor: metrics.md gives none for that portfolio figure, and the numbers
 * here are Plumbline's proposal (the UI should say so). Every band can be overridden by the caller.
 *
 * | id                        | better | amber          | red            | source                                     |
 * |---------------------------|--------|----------------|----------------|--------------------------------------------|
 * | first-response-attainment | higher | < 90 %         | < 80 %         | §9.3 P1 (CSU East Bay ITS 90 % / 80 %)     |
 * | resolution-attainment     | higher | < 90 %         | < 80 %         | §9.3 P1                                    |
 * | median-wait               | lower  | > 1 bus. day   | > 2 bus. days  | §9.2 M2 (Settings waitWatch/AlertDays)     |
 * | silent-share              | lower  | > 10 %         | > 20 %         | heuristic, as the chaser rate (M4)         |
 * | follow-up-rate            | lower  | > 10 %         | > 20 %         | §9.2 M4 portfolio chaser rate              |
 * | reopen-rate               | lower  | > 5 %          | > 10 %         | §9.2 M7 portfolio reopen rate              |
 * | recurrence-rate           | lower  | > 10 %         | > 20 %         | §9.2 M8 portfolio recurrence rate          |
 * | one-touch-share           | higher | < 30 %         | < 15 %         | heuristic (M10 is informational in §9.2)   |
 * | reassigned-share          | lower  | > 25 %         | > 50 %         | heuristic (M5: "trended", no threshold)    |
 * | continuity-drop           | lower  | ≥ 0.2          | —              | §9.3 P4 (COC drop vs previous window, N ≥ 10; heuristic there) |
 * | proactive-share           | higher | < 20 %         | < 10 %         | heuristic (§9.3 Empathy names the figure only) |
 * | survey                    | higher | < 4 of 5       | < 3 of 5       | heuristic (5-point agreement scale, 4 = agree) |
 */
import type { Thresholds } from '../model/settings';

export type Level = 'green' | 'amber' | 'red';

export const LEVEL_SCORE: Readonly<Record<Level, 100 | 50 | 0>> = { green: 100, amber: 50, red: 0 };

export const BAND_IDS = [
  'first-response-attainment',
  'resolution-attainment',
  'median-wait',
  'silent-share',
  'follow-up-rate',
  'reopen-rate',
  'recurrence-rate',
  'one-touch-share',
  'reassigned-share',
  'continuity-drop',
  'proactive-share',
  'survey',
] as const;
export type BandId = (typeof BAND_IDS)[number];

export interface Band {
  better: 'higher' | 'lower';
  /** Past this value the figure is amber (strictly, unless `inclusive`). */
  amber: number;
  /** Past this value the figure is red; null = never red. */
  red: number | null;
  /** The threshold itself already counts ("drops by ≥ 0.2"). */
  inclusive?: boolean;
  source: string;
  heuristic: boolean;
}

export type BandOverrides = Partial<Record<BandId, Partial<Pick<Band, 'amber' | 'red'>>>>;

/** The bands, with the M2 wait thresholds from the user's settings and the calendar's business day. */
export function scorecardBands(thresholds: Pick<Thresholds, 'waitWatchDays' | 'waitAlertDays'>, businessDayMs: number, overrides: BandOverrides = {}): Record<BandId, Band> {
  const attainment = (what: string): Band => ({ better: 'higher', amber: 0.9, red: 0.8, source: `metrics.md §9.3 P1 ${what} attainment: amber < 90 %, red < 80 % (CSU East Bay ITS)`, heuristic: false });
  const bands: Record<BandId, Band> = {
    'first-response-attainment': attainment('first response'),
    'resolution-attainment': attainment('resolution'),
    'median-wait': {
      better: 'lower',
      amber: thresholds.waitWatchDays * businessDayMs,
      red: thresholds.waitAlertDays * businessDayMs,
      source: `metrics.md §9.2 M2: wait amber > ${thresholds.waitWatchDays} business day(s), red > ${thresholds.waitAlertDays}`,
      heuristic: false,
    },
    'silent-share': { better: 'lower', amber: 0.1, red: 0.2, source: 'Plumbline heuristic, as the chaser rate (metrics.md §9.2 M4): amber > 10 %, red > 20 %', heuristic: true },
    'follow-up-rate': { better: 'lower', amber: 0.1, red: 0.2, source: 'metrics.md §9.2 M4 portfolio chaser rate: amber > 10 %, red > 20 %', heuristic: false },
    'reopen-rate': { better: 'lower', amber: 0.05, red: 0.1, source: 'metrics.md §9.2 M7 portfolio reopen rate: amber > 5 %, red > 10 %', heuristic: false },
    'recurrence-rate': { better: 'lower', amber: 0.1, red: 0.2, source: 'metrics.md §9.2 M8 portfolio recurrence rate: amber > 10 %, red > 20 %', heuristic: false },
    'one-touch-share': { better: 'higher', amber: 0.3, red: 0.15, source: 'Plumbline heuristic (metrics.md §9.2 M10 is informational): amber < 30 %, red < 15 %', heuristic: true },
    'reassigned-share': { better: 'lower', amber: 0.25, red: 0.5, source: 'Plumbline heuristic (metrics.md §9.2 M5 reassigned share is trended only): amber > 25 %, red > 50 %', heuristic: true },
    'continuity-drop': { better: 'lower', amber: 0.2, red: null, inclusive: true, source: 'metrics.md §9.3 P4: amber if COC drops by ≥ 0.2 vs the previous window, N ≥ 10 [heuristic]', heuristic: true },
    'proactive-share': { better: 'higher', amber: 0.2, red: 0.1, source: 'Plumbline heuristic (metrics.md §9.3 Empathy names the figure, no threshold): amber < 20 %, red < 10 %', heuristic: true },
    survey: { better: 'higher', amber: 4, red: 3, source: 'Plumbline heuristic on the 1–5 agreement scale: amber < 4 (agree), red < 3', heuristic: true },
  };
  for (const id of BAND_IDS) {
    const override = overrides[id];
    if (override) bands[id] = { ...bands[id], ...override };
  }
  return bands;
}

function past(value: number, threshold: number, band: Band): boolean {
  if (band.better === 'lower') return band.inclusive ? value >= threshold : value > threshold;
  return band.inclusive ? value <= threshold : value < threshold;
}

export function levelFor(value: number, band: Band): Level {
  if (band.red !== null && past(value, band.red, band)) return 'red';
  if (past(value, band.amber, band)) return 'amber';
  return 'green';
}
