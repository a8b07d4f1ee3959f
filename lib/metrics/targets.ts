/**
 * Targets by priority (metrics.md §9.2 M1, M6; framework.md "where an agreed service level exists, the client
 * enters its targets"): the contract's when the user entered them (Settings.targets), else the reference
 * defaults. Priority text as the portal shows it is mapped onto four levels.
 */
import { DEFAULT_TARGETS, type PriorityLevel, type Settings } from '../model/settings';
import { foldText, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './fold';

const HOUR = 3_600_000;

/** Words of each level, English and French, folded (no accents); the first level that matches wins. */
const words = (list: string) => new RegExp(`${NOT_AFTER_WORD}(?:${list})${NOT_BEFORE_WORD}`);
const LEVEL_WORDS: readonly (readonly [PriorityLevel, RegExp])[] = [
  ['urgent', words('urgent|urgente|critical|critique|p1|highest|emergency|blocker|bloquant|bloquante')],
  ['high', words('high|elevee|eleve|haute|p2')],
  ['low', words('low|lowest|basse|faible|p4|minor|mineure|trivial|triviale')],
  ['normal', words('normal|normale|medium|moyenne|p3')],
];
const levels = new Map<string, PriorityLevel>();

/** urgent/critical/P1 → urgent; high/élevée/haute/P2 → high; normal/medium/moyenne/P3 → normal; low/basse/faible/P4 → low; else normal. */
export function priorityLevel(priority: string | undefined): PriorityLevel {
  if (!priority) return 'normal';
  let level = levels.get(priority);
  if (level === undefined) {
    const folded = foldText(priority);
    level = LEVEL_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'normal';
    if (levels.size > 1_000) levels.clear();
    levels.set(priority, level);
  }
  return level;
}

export interface TicketTargets {
  level: PriorityLevel;
  /** M1 sign: watch above, alert above (business ms). */
  firstResponseWatchMs: number;
  firstResponseAlertMs: number;
  /** M6 sign: the resolution target and the alert bound (target × resolutionAlertFactor), business ms. */
  resolutionTargetMs: number;
  resolutionAlertMs: number;
  /** Whether each comes from the contract the user entered (true) or the reference defaults (false). */
  contractFirstResponse: boolean;
  contractResolution: boolean;
}

/**
 * The targets a ticket is measured against. A contract target is the watch bound and resolutionAlertFactor ×
 * target the alert bound ("red if > 2× target", metrics.md §9.2 M6). Without one, M1 uses
 * thresholds.firstResponseWatchHours / AlertHours (8 / 24 business h) — 15 min / 1 business h for urgent —
 * and M6 the default resolution targets (DEFAULT_TARGETS: 4 bh, 8 bh, 2 and 5 business days).
 */
export function targetsFor(priority: string | undefined, settings: Pick<Settings, 'targets' | 'thresholds'>): TicketTargets {
  const level = priorityLevel(priority);
  const contract = settings.targets[level];
  const factor = settings.thresholds.resolutionAlertFactor;
  const firstResponse = contract
    ? { watch: contract.firstResponseHours, alert: contract.firstResponseHours * factor }
    : level === 'urgent'
      ? { watch: DEFAULT_TARGETS.urgent.firstResponseHours, alert: settings.thresholds.urgentFirstResponseAlertHours }
      : { watch: settings.thresholds.firstResponseWatchHours, alert: settings.thresholds.firstResponseAlertHours };
  const resolutionHours = contract?.resolutionHours ?? DEFAULT_TARGETS[level].resolutionHours;
  return {
    level,
    firstResponseWatchMs: firstResponse.watch * HOUR,
    firstResponseAlertMs: Math.max(firstResponse.alert, firstResponse.watch) * HOUR,
    resolutionTargetMs: resolutionHours * HOUR,
    resolutionAlertMs: resolutionHours * factor * HOUR,
    contractFirstResponse: contract !== undefined,
    contractResolution: contract !== undefined,
  };
}
