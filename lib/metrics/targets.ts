/** Contract targets by priority (Settings.targets, else metrics.md §9.2 defaults). */
import { DEFAULT_TARGETS, type PriorityLevel, type Settings, type Target } from '../model/settings';

const LEVELS: [PriorityLevel, RegExp][] = [
  ['urgent', /\b(?:urgent|urgente|critical|critique|p1|emergency|blocking|bloquant)\b/i],
  ['high', /\b(?:high|haute|élevée|elevee|important|p2)\b/i],
  ['low', /\b(?:low|basse|faible|p4|minor|mineure?)\b/i],
  ['normal', /\b(?:normal|normale|medium|moyenne|p3)\b/i],
];

export function priorityLevel(priority: string | undefined): PriorityLevel {
  if (!priority) return 'normal';
  for (const [level, pattern] of LEVELS) if (pattern.test(priority)) return level;
  return 'normal';
}

export interface ResolvedTarget extends Target {
  /** True when the user entered this target (the contract), false for the reference default. */
  contract: boolean;
}

export function targetFor(priority: string | undefined, settings: Settings): ResolvedTarget {
  const level = priorityLevel(priority);
  const contract = settings.targets[level];
  return contract ? { ...contract, contract: true } : { ...DEFAULT_TARGETS[level], contract: false };
}
