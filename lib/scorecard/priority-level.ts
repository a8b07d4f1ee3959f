/**
 * A ticket's priority level from the text the portal shows ("P2 - High", "Élevée", "Urgent"): the levels
 * of Settings.targets and DEFAULT_TARGETS (metrics.md §9.2 M1/M6). Words are matched whole, accents and
 * case ignored; the most urgent level named wins; nothing recognised (or no priority shown) = normal.
 */
import type { PriorityLevel } from '../model/settings';
import { fold } from './fold';

const LEVEL_WORDS: readonly (readonly [PriorityLevel, readonly string[]])[] = [
  ['urgent', ['urgent', 'urgente', 'critical', 'critique', 'p1']],
  ['high', ['high', 'elevee', 'eleve', 'haute', 'p2']],
  ['normal', ['normal', 'normale', 'medium', 'moyenne', 'p3']],
  ['low', ['low', 'basse', 'faible', 'p4']],
];

const PATTERNS = LEVEL_WORDS.map(([level, words]) => [level, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u')] as const);

export function priorityLevel(priority: string | undefined): PriorityLevel {
  if (!priority) return 'normal';
  const text = fold(priority);
  for (const [level, pattern] of PATTERNS) if (pattern.test(text)) return level;
  return 'normal';
}
