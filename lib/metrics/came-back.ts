/**
 * The M8 "came back" sign (metrics.md §9.2 M8) inside a ticket's health: found by the background when the
 * ticket is read (lib/background/came-back.ts), kept with the stored health, and carried into any health
 * recomputed later (popup, dashboard, list badges), which cannot see the other tickets.
 */
import { worstLevel, type Sign, type TicketHealth } from '../model/health';

export const CAME_BACK = 'came-back';

/** The health with this sign (or without any came-back sign when there is none), level recomputed. */
export function withCameBack(health: TicketHealth, sign: Sign | null): TicketHealth {
  const signs = [...health.signs.filter((item) => item.code !== CAME_BACK), ...(sign ? [sign] : [])];
  return { ...health, signs, level: worstLevel(signs.map((item) => item.level)) };
}

/** A sign found at an earlier visit, carried into a health recomputed without it (list badges). */
export function carryCameBack(fresh: TicketHealth, stored: TicketHealth | undefined): TicketHealth {
  const sign = stored?.signs.find((item) => item.code === CAME_BACK) ?? null;
  return sign ? withCameBack(fresh, sign) : fresh;
}
