/**
 * Every warning sign of metrics.md §9.2 that a single visit can show is raised by one demo ticket, and both
 * the in-page badge and the popup show it (the reopen needs two visits: observed-change.e2e.ts).
 */
import { describe, expect, test } from 'vitest';
import { openPopupFor, SCENARIO, useE2eSession } from './harness';

const session = useE2eSession();

const CASES = [
  { ticket: SCENARIO.chasedThreeTimes, codes: ['follow-ups', 'first-response', 'slow-fix'], level: 'alert', phrase: /You followed up 3 times — last on/ },
  { ticket: SCENARIO.pingPong, codes: ['technicians'], level: 'alert', phrase: /Priya Raman → Daniel Okafor → Priya Raman/ },
  { ticket: SCENARIO.slowFirstReply, codes: ['first-response'], level: 'alert', phrase: /First reply took \d+(\.\d)? business days/ },
  { ticket: SCENARIO.fastReplySlowFix, codes: ['fast-reply-slow-fix'], level: 'alert', phrase: /Resolved in [\d.]+ business days after a first reply in \d+ minutes/ },
  { ticket: SCENARIO.waitingOnPartner, codes: ['waiting'], level: 'alert', phrase: /Waiting for an answer since/ },
  { ticket: SCENARIO.silent, codes: ['silence'], level: 'alert', phrase: /No update from the partner for [\d.]+ business days/ },
  { ticket: SCENARIO.openOver30Days, codes: ['age'], level: 'alert', phrase: /Open for 4\d days/ },
  { ticket: SCENARIO.open10To30Days, codes: ['age'], level: 'watch', phrase: /Open for 1\d days/ },
  { ticket: SCENARIO.disputed, codes: ['disputed'], level: null, phrase: /You said it was still not fixed on/ },
  { ticket: SCENARIO.automatedAcknowledgement, codes: ['first-response'], level: 'alert', phrase: /First reply took/ },
] as const;

describe('warning signs on the demo portal (metrics.md §9.2)', () => {
  test.each(CASES)('ticket #$ticket raises $codes', async ({ ticket, codes, level, phrase }) => {
    const { page, badge } = await session.visitTicket(ticket);
    if (level) expect(badge.level).toBe(level);
    else expect(['watch', 'alert']).toContain(badge.level);
    expect(badge.signs.some((sign) => phrase.test(sign)), badge.signs.join(' | ')).toBe(true);

    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    const shown = await popup.getByTestId('sign').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(shown).toEqual(expect.arrayContaining([...codes]));
    expect(shown).toHaveLength(badge.signs.length);
    await popup.close();
    await page.close();
  });

  test('a quick one-touch fix raises no sign at all', async () => {
    const { page, badge } = await session.visitTicket(SCENARIO.solvedFast);
    expect(badge).toMatchObject({ level: 'ok', signs: [] });
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    expect(await popup.getByTestId('sign').count()).toBe(0);
  });

  test('a problem that came back (M8): #48219 resembles #48204, solved days before — flagged once both were read', async () => {
    const alone = await session.visitTicket(SCENARIO.recurrence);
    expect(alone.badge.signs.some((sign) => /Came back/.test(sign))).toBe(false);
    await alone.page.close();
    const earlier = await session.visitTicket(48204);
    await earlier.page.close();
    const { page, badge } = await session.visitTicket(SCENARIO.recurrence);
    expect(badge.level).toBe('watch');
    expect(badge.signs.some((sign) => /^Came back: looks like #48204, solved \d+ days earlier$/.test(sign)), badge.signs.join(' | ')).toBe(true);
    const popup = await openPopupFor(session.browser, page);
    await popup.getByTestId('popup-ticket').waitFor();
    const shown = await popup.getByTestId('sign').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(shown).toContain('came-back');
  });
});
