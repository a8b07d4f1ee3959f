import type { Sign } from '../lib/model/health';
import type { UiStrings } from './ui-strings';

export function SignList({ signs, strings }: { signs: readonly Sign[]; strings: UiStrings }) {
  if (signs.length === 0) return <p className="muted">{strings.noSigns}</p>;
  return (
    <ul className="signs">
      {signs.map((sign) => (
        <li key={sign.code} data-testid="sign" data-code={sign.code} data-level={sign.level} className={`sign sign-${sign.level}`}>
          {sign.message}
        </li>
      ))}
    </ul>
  );
}
