import type { HealthLevel } from '../lib/model/health';
import type { UiStrings } from './ui-strings';

/** The level as a coloured word — never colour alone. */
export function HealthPill({ level, strings }: { level: HealthLevel | 'none'; strings: UiStrings }) {
  const text = level === 'none' ? strings.notVisited : strings.level[level];
  return (
    <span className={`pill pill-${level}`} data-testid="health-level" data-level={level}>
      {text}
    </span>
  );
}
