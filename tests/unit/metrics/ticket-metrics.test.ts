import { describe, expect, test } from 'vitest';
import { analyseTicket, computeHealth, type TicketHistory } from '../../../lib/metrics';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import type { StatusCategory } from '../../../lib/model/status';
import type { TimelineEvent } from '../../../lib/model/timeline';

// Week of Monday 4 March 2024, UTC calendar Mon–Fri 09:00–17:00.
const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const H = 3_600_000;
let seq = 0;
const client = (at: string, text = 'Hello', author = 'Jane') => ({ id: `c${++seq}`, type: 'message', side: 'client', author, at, text }) as TimelineEvent;
const partner = (at: string, text = 'Looking into it.', author = 'Ana') => ({ id: `p${++seq}`, type: 'message', side: 'partner', author, at, text }) as TimelineEvent;
const status = (at: string, from: StatusCategory, to: StatusCategory, observed = false) =>
  ({ id: `s${++seq}`, type: 'status_change', side: 'system', at, from, to, ...(observed ? { observed } : {}) }) as TimelineEvent;
const assign = (at: string, from: string, to: string) => ({ id: `a${++seq}`, type: 'assignment', side: 'system', at, from, to }) as TimelineEvent;

function ticket(events: TimelineEvent[], category: StatusCategory = 'open', extra: Partial<TicketHistory> = {}): TicketHistory {
  return { status: { raw: category, category }, createdAt: events[0]?.at ?? '2024-03-04T09:00:00Z', events, ...extra };
}
const now = new Date('2024-03-08T16:00:00Z');
const run = (history: TicketHistory) => analyseTicket(history, settings, now);

describe('M4 follow-ups (metrics.md §9.2 M4; DESIGN.md "Client turns")', () => {
  test.each([
    ['structural: a client turn right after a client turn', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z', 'More info'), client('2024-03-05T11:00:00Z', 'Hello?')], 1],
    ['the first client turn never counts, even when messages merge', [client('2024-03-04T09:00:00Z'), client('2024-03-04T09:05:00Z', 'also')], 0],
    ['client messages under 15 minutes apart are one turn', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z'), client('2024-03-04T11:10:00Z', 'and this')], 0],
    ['lexical: a chaser phrase after ≥ 1 business day of partner silence', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T14:00:00Z', 'Any update on this?')], 1],
    ['lexical but the partner wrote 2 hours ago: not a chaser', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T12:00:00Z', 'Any update on this?')], 0],
    ['an answer to a partner question is not a chaser', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Can you send the log?'), client('2024-03-06T10:00:00Z', 'Still waiting for the log to finish, any update soon')], 0],
    ['a turn while the ticket waits on the client is not a chaser; the pause ends at that reply', [
      client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
      client('2024-03-06T10:00:00Z', 'Any update? here is the info'), client('2024-03-07T10:00:00Z', 'Hello?'),
    ], 1],
    ['a message after the ticket was solved is not a chaser', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-04T10:00:00Z', 'open', 'solved'), client('2024-03-06T10:00:00Z', 'Still not working, any update?')], 0],
    ['three unanswered chasers', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Any update?'), client('2024-03-06T10:00:00Z', 'Following up'), client('2024-03-07T10:00:00Z', 'Still waiting')], 3],
  ])('%s → %i', (_name, events, expected) => {
    const result = run(ticket(events));
    expect(result.health.metrics.followUps).toBe(expected);
    expect(result.followUpEventIds).toHaveLength(expected);
  });
});

describe('M5 handoffs and responders (metrics.md §9.2 M5; DESIGN.md "Owner sequence")', () => {
  test.each([
    ['partner authors A, B, A = 2 handoffs, 2 responders', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-05T10:00:00Z', 'x', 'Marc'), partner('2024-03-06T10:00:00Z', 'x', 'Ana')], 2, 2, ['Ana', 'Marc', 'Ana']],
    ['the same technician throughout = 0', [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), partner('2024-03-05T10:00:00Z')], 0, 1, ['Ana', 'Ana']],
    ['assignment events win: Nobody → Ana → Marc = 1 handoff', [client('2024-03-04T09:00:00Z'), assign('2024-03-04T09:30:00Z', 'Nobody', 'Ana'), assign('2024-03-05T09:30:00Z', 'Ana', 'Marc'), partner('2024-03-05T10:00:00Z', 'x', 'Marc'), partner('2024-03-05T11:00:00Z', 'x', 'Lee')], 1, 2, ['Ana', 'Marc']],
  ])('%s', (_name, events, handoffs, responders, sequence) => {
    const result = run(ticket(events));
    expect(result.health.metrics.handoffs).toBe(handoffs);
    expect(result.health.metrics.responders).toBe(responders);
    expect(result.ownerSequence).toEqual(sequence);
  });

  test('ping-pong between technicians is a warning sign naming the path', () => {
    const result = run(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'x', 'Ana'), partner('2024-03-05T10:00:00Z', 'x', 'Marc'), partner('2024-03-06T10:00:00Z', 'x', 'Ana')]));
    expect(result.health.signs.find((sign) => sign.code === 'technicians')?.message).toContain('Ana → Marc → Ana');
  });
});

describe('M1 first response (metrics.md §9.2 M1; DESIGN.md "Metric rules")', () => {
  test('an automated acknowledgement within 5 minutes is not the first response', () => {
    const result = run(ticket([
      client('2024-03-04T09:00:00Z'),
      partner('2024-03-04T09:01:00Z', 'We have received your request and will get back to you.', 'Northwind IT Support'),
      partner('2024-03-04T12:00:00Z', 'Hi Jane, please restart the dock.', 'Ana'),
    ]));
    expect(result.health.metrics.firstResponseMs).toBe(3 * H);
    expect(result.health.metrics.firstResponseBusinessMs).toBe(3 * H);
    expect(result.health.metrics.responders).toBe(1);
  });

  test('a no-reply author is never a reply', () => {
    const result = run(ticket([client('2024-03-04T09:00:00Z'), partner('2024-03-04T15:00:00Z', 'Status update', 'noreply@northwind.example')]));
    expect(result.health.metrics.firstResponseMs).toBeNull();
  });

  test('business time skips the night: Monday 16:00 → Tuesday 10:00 is 2 business hours', () => {
    const result = run(ticket([client('2024-03-04T16:00:00Z'), partner('2024-03-05T10:00:00Z')]));
    expect(result.health.metrics.firstResponseMs).toBe(18 * H);
    expect(result.health.metrics.firstResponseBusinessMs).toBe(2 * H);
  });
});

describe('M6 resolution and M7 reopens (metrics.md §9.2 M6, M7; DESIGN.md "resolvedAt", "reopens")', () => {
  test('resolution = created → last entry into solved', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-05T11:00:00Z', 'open', 'solved')];
    const health = run(ticket(events, 'solved')).health;
    expect(health.metrics.resolutionMs).toBe(26 * H);
    expect(health.metrics.resolutionBusinessMs).toBe(10 * H);
    expect(health.metrics.ageMs).toBe(26 * H);
  });

  test('a reopened ticket has no resolution, and counts the reopen (observed changes count too)', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-05T11:00:00Z', 'open', 'solved'), status('2024-03-06T11:00:00Z', 'solved', 'open', true)];
    const health = run(ticket(events, 'open')).health;
    expect(health.metrics.reopens).toBe(1);
    expect(health.metrics.resolutionMs).toBeNull();
    expect(health.signs.map((sign) => sign.code)).toContain('reopens');
  });

  test('solved, reopened, solved again: resolution runs to the last entry into solved', () => {
    const events = [
      client('2024-03-04T09:00:00Z'), status('2024-03-04T12:00:00Z', 'open', 'solved'), status('2024-03-05T09:00:00Z', 'solved', 'open'),
      status('2024-03-05T09:30:00Z', 'open', 'solved'), status('2024-03-06T09:00:00Z', 'solved', 'open'), status('2024-03-07T09:00:00Z', 'open', 'closed'),
    ];
    const health = run(ticket(events, 'closed')).health;
    expect(health.metrics.reopens).toBe(2);
    expect(health.metrics.resolutionMs).toBe(72 * H);
    expect(health.signs.find((sign) => sign.code === 'reopens')).toMatchObject({ level: 'alert', message: 'Reopened twice' });
  });

  test('without status history a solved ticket resolves at the portal\'s last activity', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z')];
    const health = run(ticket(events, 'solved', { updatedAt: '2024-03-04T13:00:00Z' })).health;
    expect(health.metrics.resolutionMs).toBe(4 * H);
  });

  test('a client message after solved that is not a thank-you is a disputed resolution', () => {
    const base = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), status('2024-03-04T11:00:00Z', 'open', 'solved')];
    expect(run(ticket([...base, client('2024-03-05T09:00:00Z', 'It still does not work')], 'solved')).facts.disputedAt).toHaveLength(1);
    expect(run(ticket([...base, client('2024-03-05T09:00:00Z', 'Thanks, works now!')], 'solved')).facts.disputedAt).toHaveLength(0);
  });
});

describe('M2 waiting and M9 age (metrics.md §9.2 M2, M9; DESIGN.md "waitingSince")', () => {
  test('waitingSince is the first client message after the last partner message', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Thanks, one more thing'), client('2024-03-06T10:00:00Z', 'Hello?')];
    const health = run(ticket(events)).health;
    expect(health.metrics.waitingSince).toBe('2024-03-05T10:00:00Z');
    expect(health.signs.find((sign) => sign.code === 'waiting')?.level).toBe('alert');
  });

  test.each([['solved'], ['waiting_on_client']] as const)('no waitingSince on a %s ticket', (category) => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z')];
    expect(run(ticket(events, category)).health.metrics.waitingSince).toBeNull();
  });

  test.each([
    ['9 days open: no age sign', '2024-02-28T09:00:00Z', undefined],
    ['12 days open: watch', '2024-02-25T09:00:00Z', 'watch'],
    ['40 days open: alert', '2024-01-28T09:00:00Z', 'alert'],
  ])('HDI age bands: %s', (_name, created, level) => {
    const result = run(ticket([client(created), partner('2024-03-08T15:00:00Z')], 'open', { createdAt: created }));
    expect(result.health.signs.find((sign) => sign.code === 'age')?.level).toBe(level);
  });
});

describe('health level and languages', () => {
  test('a quick one-touch fix is OK with no signs', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:40:00Z', 'Done, the mailbox is back.'), status('2024-03-04T09:40:00Z', 'open', 'solved')];
    const health = computeHealth(ticket(events, 'solved'), settings, now);
    expect(health).toMatchObject({ level: 'ok', signs: [] });
  });

  test('signs are written in French for a French browser', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-05T10:00:00Z', 'Des nouvelles ?'), client('2024-03-06T10:00:00Z', 'Je relance'), client('2024-03-07T10:00:00Z', 'Toujours en attente')];
    const health = computeHealth(ticket(events), settings, now, 'fr');
    expect(health.level).toBe('alert');
    expect(health.signs.find((sign) => sign.code === 'follow-ups')?.message).toBe('Vous avez relancé 3 fois — dernière relance le jeu. 7 mars');
  });
});

describe('pauses, waits and accountable resolution (metrics.md §9.1 Π(T), §9.2 M2, M3, M6)', () => {
  const waitingThenFixed = [
    client('2024-03-04T09:00:00Z'),
    partner('2024-03-04T10:00:00Z', 'Can you send the serial number?'),
    status('2024-03-04T10:00:00Z', 'open', 'waiting_on_client'),
    client('2024-03-06T10:00:00Z', 'Serial is CN-4471'),
    status('2024-03-06T10:05:00Z', 'waiting_on_client', 'open'),
    partner('2024-03-07T10:00:00Z', 'Replaced the sensor.'),
    status('2024-03-07T10:00:00Z', 'open', 'solved'),
  ];

  test('a waiting-on-client pause ends at the client reply and is not the partner’s time', () => {
    const { facts, health } = run(ticket(waitingThenFixed, 'solved'));
    expect(facts.pauses).toEqual([[Date.parse('2024-03-04T10:00:00Z'), Date.parse('2024-03-06T10:00:00Z')]]);
    expect(health.metrics.resolutionBusinessMs).toBe(25 * H); // Mon 9–17, Tue, Wed, Thu 9–10
    expect(facts.partnerAccountableResolutionBusinessMs).toBe(9 * H); // minus Mon 10:00 → Wed 10:00 (16 h)
    expect(health.metrics.longestSilenceBusinessMs).toBe(8 * H); // Mon 10:00 → Thu 10:00 minus the pause
  });

  test('every client wait is measured; longest and median per ticket', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z'), client('2024-03-04T11:00:00Z'), partner('2024-03-04T15:00:00Z'), client('2024-03-05T09:00:00Z'), partner('2024-03-05T17:00:00Z')];
    const { facts } = run(ticket(events, 'open'));
    expect(facts.waitsBusinessMs).toEqual([H, 4 * H, 8 * H]);
    expect(facts.longestWaitBusinessMs).toBe(8 * H);
    expect(facts.medianWaitBusinessMs).toBe(4 * H);
  });

  test('a quick reply but a slow accountable fix is the "fast reply, slow fix" sign', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T09:20:00Z', 'Looking into it'), partner('2024-03-07T16:00:00Z', 'Fixed'), status('2024-03-07T16:00:00Z', 'open', 'solved')];
    const sign = run(ticket(events, 'solved')).health.signs.find((s) => s.code === 'fast-reply-slow-fix');
    expect(sign).toEqual({ code: 'fast-reply-slow-fix', level: 'watch', message: 'Resolved in 3.9 business days after a first reply in 20 minutes' });
  });

  test('without status history, a complaint after the partner’s last message on a solved ticket is a dispute', () => {
    const events = [client('2024-03-04T09:00:00Z'), partner('2024-03-04T10:00:00Z', 'Fixed, closing.'), client('2024-03-05T09:00:00Z', 'It still does not print')];
    const { facts, health } = run(ticket(events, 'solved', { updatedAt: '2024-03-05T09:00:00Z' }));
    expect(facts.disputedAt).toEqual(['2024-03-05T09:00:00Z']);
    expect(health.metrics.followUps).toBe(0);
    expect(health.signs.map((s) => s.code)).toContain('disputed');
  });
});
