// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { createBadge, removeAllBadges, updateBadge } from '../../../lib/content/badge';

describe('in-page badge', () => {
  test('shows level, label and every sign as text, in its own shadow root', () => {
    const host = createBadge(document, 'ticket', '48213');
    document.body.append(host);
    updateBadge(host, {
      level: 'alert',
      label: '3 follow-ups · 2 technicians',
      heading: 'Plumbline — 2 warning signs',
      signs: [
        { level: 'alert', message: 'You followed up 3 times — last on Tue 14 Oct' },
        { level: 'watch', message: 'Passed between 2 technicians: Ana → Marc' },
      ],
    });
    expect(host.getAttribute('data-plumbline-badge')).toBe('ticket');
    expect(host.getAttribute('data-level')).toBe('alert');
    expect(host.getAttribute('data-ticket-id')).toBe('48213');
    const root = host.shadowRoot!;
    expect(root.querySelector('.pl-label')?.textContent).toBe('3 follow-ups · 2 technicians');
    // The tooltip is drawn on the first hover or focus (500 rows draw 500 labels, not 500 tooltips).
    expect(root.querySelectorAll('[role="tooltip"] li')).toHaveLength(0);
    root.querySelector<HTMLElement>('.pl-badge')!.focus();
    expect([...root.querySelectorAll('[role="tooltip"] li')].map((li) => li.textContent)).toEqual([
      'You followed up 3 times — last on Tue 14 Oct',
      'Passed between 2 technicians: Ana → Marc',
    ]);
    // Nothing of ours leaks into the page's own text (scrapers read textContent of the title).
    expect(host.textContent).toBe('');
    removeAllBadges(document);
    expect(document.querySelector('[data-plumbline-badge]')).toBeNull();
  });

  test('page text that looks like markup stays text', () => {
    const host = createBadge(document, 'row', '1');
    document.body.append(host);
    updateBadge(host, { level: 'watch', label: '<img src=x onerror=alert(1)>', heading: 'h', signs: [{ level: 'watch', message: '<b>bold</b>' }] });
    const root = host.shadowRoot!;
    host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(root.querySelector('li')?.textContent).toBe('<b>bold</b>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.pl-label')?.textContent).toBe('<img src=x onerror=alert(1)>');
    host.remove();
  });

  test('a re-render replaces the previous signs instead of adding to them', () => {
    const host = createBadge(document, 'ticket', '7');
    updateBadge(host, { level: 'watch', label: 'a', heading: 'h', signs: [{ level: 'watch', message: 'one' }, { level: 'watch', message: 'two' }] });
    host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(host.shadowRoot!.querySelectorAll('li')).toHaveLength(2);
    updateBadge(host, { level: 'ok', label: 'b', heading: 'h', signs: [] });
    expect(host.shadowRoot!.querySelectorAll('li')).toHaveLength(0);
    expect(host.getAttribute('data-level')).toBe('ok');
  });
});
