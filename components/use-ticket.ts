import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { analyseTicket, type Locale, type TicketAnalysis } from '../lib/metrics';
import { carryCameBack } from '../lib/metrics/came-back';
import type { Settings } from '../lib/model/settings';
import type { StoredEvent, StoredTicket } from '../lib/model/stored';
import { loadHistory, toTicketHistory } from '../lib/store';
import { database } from './database';

export interface TicketView {
  ticket: StoredTicket;
  events: StoredEvent[];
  analysis: TicketAnalysis;
}

/**
 * A stored ticket with its whole history, analysed now (ages and silences move with the clock).
 * undefined while loading, null when nothing is stored under that key.
 */
export function useTicket(key: string | undefined, settings: Settings, locale: Locale): TicketView | null | undefined {
  const history = useLiveQuery(async () => (key ? ((await loadHistory(database(), key)) ?? null) : null), [key]);
  return useMemo(() => {
    if (!history) return history;
    const fresh = analyseTicket(toTicketHistory(history.ticket, history.events), settings, new Date(), locale);
    // A problem that came back (M8) was found when the ticket was read; it stays one of its signs.
    const analysis = { ...fresh, health: carryCameBack(fresh.health, history.ticket.health) };
    return { ticket: history.ticket, events: history.events, analysis };
  }, [history, settings, locale]);
}
