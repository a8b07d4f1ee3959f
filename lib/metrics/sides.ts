/**
 * Which side wrote a message whose side the portal does not mark (`unknown`): Settings.clientIdentities lists
 * names or e-mail domains that are "us". With identities set, an unmarked author matching one is the client
 * and any other unmarked author the partner; without identities an unmarked message is left out of the
 * metrics (it would be a guess).
 */
import type { Side } from '../model/timeline';
import { foldText } from './fold';

export interface SideResolver {
  (side: Side, author: string | undefined): Side;
}

const comparable = (text: string) => foldText(text.trim().replace(/\s+/g, ' '));

export function sideResolver(clientIdentities: readonly string[]): SideResolver {
  const names = new Set<string>();
  const domains: string[] = [];
  for (const identity of clientIdentities) {
    const folded = comparable(identity);
    if (!folded) continue;
    if (folded.startsWith('@')) domains.push(folded);
    else if (!folded.includes(' ') && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(folded)) domains.push(`@${folded}`);
    else names.add(folded);
  }
  const known = names.size > 0 || domains.length > 0;
  return (side, author) => {
    if (side !== 'unknown' || !known) return side;
    const folded = comparable(author ?? '');
    if (!folded) return 'unknown';
    if (names.has(folded) || domains.some((domain) => folded.endsWith(domain))) return 'client';
    return 'partner';
  };
}
