/** Every demo ticket, in the order the list pages show them (most recently updated first is the server's job). */
import { longThreadTicket } from './long-thread';
import { englishTickets } from './tickets-en';
import { frenchTickets } from './tickets-fr';
import type { DemoTicket } from './types';

export const demoTickets: readonly DemoTicket[] = [...englishTickets, longThreadTicket, ...frenchTickets];

/** Well-known scenario tickets the tour and the e2e tests use. */
export const SCENARIO = {
  solvedFast: 48201,
  escapedSubject: 48206,
  chasedThreeTimes: 48207,
  reopened: 48208,
  pingPong: 48209,
  slowFirstReply: 48210,
  fastReplySlowFix: 48211,
  waitingOnPartner: 48212,
  silent: 48213,
  openOver30Days: 48214,
  open10To30Days: 48215,
  pending: 48216,
  disputed: 48217,
  automatedAcknowledgement: 48218,
  recurrence: 48219,
  brandNew: 48220,
  longThread: 48221,
  frenchChased: 48230,
} as const;

export type { DemoTicket } from './types';
