/**
 * Client turns (metrics.md §9.2 M2/M4; DESIGN.md "Client turns"): consecutive client messages — no substantive
 * partner message between — less than Settings.thresholds.turnMergeMinutes (default 15, Capturi's window)
 * apart are one turn: a message and its "oh, and the screenshot" are one contact.
 */
import type { Message } from './ticket-timeline';

export interface ClientTurn {
  /** 0 for the ticket's first client turn. */
  index: number;
  messages: Message[];
  /** First and last message times (ms), and the first's ISO time and id. */
  start: number;
  end: number;
  startIso: string;
  id: string;
  /** The messages' text, joined. */
  text: string;
  /** The conversation message just before the turn: a partner message, the previous turn's last message, or null. */
  previous: Message | null;
}

export function clientTurns(conversation: readonly Message[], turnMergeMinutes: number): ClientTurn[] {
  const window = turnMergeMinutes * 60_000;
  const turns: ClientTurn[] = [];
  let current: ClientTurn | null = null;
  let previous: Message | null = null;
  for (const message of conversation) {
    if (message.side === 'client') {
      if (current && previous?.side === 'client' && message.at - current.end < window) {
        current.messages.push(message);
        current.end = message.at;
        if (message.text) current.text = current.text ? `${current.text}\n${message.text}` : message.text;
      } else {
        current = {
          index: turns.length, messages: [message], start: message.at, end: message.at, startIso: message.iso, id: message.id, text: message.text ?? '', previous,
        };
        turns.push(current);
      }
    } else {
      current = null;
    }
    previous = message;
  }
  return turns;
}
