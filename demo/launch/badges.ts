/**
 * Reading Plumbline's in-page badges the way a user sees them. DOM contract (lead, content script):
 * `[data-plumbline-badge="ticket"|"row"]` hosts with `data-level` (ok|watch|alert|none) and
 * `data-ticket-id`, an open shadow root with `.pl-badge`, `.pl-label` and `[role="tooltip"]` (one `li`
 * per warning sign).
 */
import type { Page } from 'playwright-core';

export type BadgeKind = 'ticket' | 'row';

export interface BadgeReading {
  kind: string;
  ticketId: string;
  level: string;
  label: string;
  heading: string;
  signs: string[];
}

/** Runs in the page: every badge host, read through its open shadow root. */
function readAllBadges(kind: string | null): BadgeReading[] {
  const selector = kind ? `[data-plumbline-badge="${kind}"]` : '[data-plumbline-badge]';
  return [...document.querySelectorAll<HTMLElement>(selector)].map((host) => {
    const root = host.shadowRoot;
    // The tooltip is drawn when the badge is first hovered or focused, as a user would.
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    const tooltip = root?.querySelector('[role="tooltip"]');
    return {
      kind: host.getAttribute('data-plumbline-badge') ?? '',
      ticketId: host.getAttribute('data-ticket-id') ?? '',
      level: host.getAttribute('data-level') ?? '',
      label: root?.querySelector('.pl-label')?.textContent?.trim() ?? '',
      heading: tooltip?.querySelector('p')?.textContent?.trim() ?? '',
      signs: [...(tooltip?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim() ?? ''),
    };
  });
}

/** A Playwright timeout becomes one sentence saying what did not show up. */
async function withClearTimeout<T>(what: string, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new Error(`${what} — is the content script running there, and does a recipe recognise the page?`);
    }
    throw error;
  }
}

export function readBadges(page: Page, kind?: BadgeKind): Promise<BadgeReading[]> {
  return page.evaluate(readAllBadges, kind ?? null);
}

/** Waits until the ticket badge shows a level and a label; returns what it says. */
export async function waitForTicketBadge(page: Page, timeout = 15_000): Promise<BadgeReading> {
  const ready = page.waitForFunction(
    () => {
      const host = document.querySelector<HTMLElement>('[data-plumbline-badge="ticket"]');
      return Boolean(host?.getAttribute('data-level') && host.shadowRoot?.querySelector('.pl-label')?.textContent?.trim());
    },
    undefined,
    { timeout },
  );
  await withClearTimeout(`no ticket badge appeared on ${page.url()} within ${timeout / 1000} s`, ready);
  const [badge] = await readBadges(page, 'ticket');
  if (!badge) throw new Error('the ticket badge disappeared while being read');
  return badge;
}

/** Waits until `count` row badges show a level and a label; returns them in page order. */
export async function waitForRowBadges(page: Page, count: number, timeout = 15_000): Promise<BadgeReading[]> {
  const ready = page.waitForFunction(
    (expected) => {
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-plumbline-badge="row"]')];
      const labelled = hosts.filter((host) => host.getAttribute('data-level') && host.shadowRoot?.querySelector('.pl-label')?.textContent?.trim());
      return labelled.length >= expected;
    },
    count,
    { timeout },
  );
  await withClearTimeout(`fewer than ${count} row badges appeared on ${page.url()} within ${timeout / 1000} s`, ready);
  return readBadges(page, 'row');
}
