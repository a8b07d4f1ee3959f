import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInspect } from '../../../lib/cli/inspect';

const ROOT = join(__dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/zendesk/detail-en.html');
const URL = 'https://support.northwind.example/hc/en-us/requests/48213';

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runInspect(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: (p) => readFileSync(p, 'utf8'), now: () => new Date('2024-03-16T10:00:00Z') });
  return { code, stdout, stderr };
}

describe('inspect (DESIGN.md "The inspect command")', () => {
  test('prints one JSON object with the ticket and its health', () => {
    const { code, stdout } = run([FIXTURE, '--url', URL, '--now', '2024-03-16T10:00:00Z', '--tz', 'Europe/London']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['portal', 'page', 'ticket', 'list', 'health']);
    expect(out).toMatchObject({ portal: 'zendesk', page: 'ticket', list: null, ticket: { ticketId: '48213', capturedAt: '2024-03-16T10:00:00Z' } });
    expect(out.health.metrics).toMatchObject({ followUps: 2, handoffs: 1, responders: 2, reopens: 0, firstResponseMs: 29 * 60_000 + 29_000, resolutionMs: null, waitingSince: '2024-03-11T09:40:00Z' });
    expect(Object.keys(out.health.metrics).sort()).toEqual(
      ['ageMs', 'firstResponseBusinessMs', 'firstResponseMs', 'followUps', 'handoffs', 'longestSilenceBusinessMs', 'reopens', 'resolutionBusinessMs', 'resolutionMs', 'responders', 'waitingSince'].sort(),
    );
  });

  test('--tz sets the business calendar: the same reply is in or out of hours', () => {
    const london = JSON.parse(run([FIXTURE, '--url', URL, '--now', '2024-03-16T10:00:00Z', '--tz', 'Europe/London']).stdout);
    const paris = JSON.parse(run([FIXTURE, '--url', URL, '--now', '2024-03-16T10:00:00Z', '--tz', 'Europe/Paris']).stdout);
    expect(london.health.metrics.firstResponseBusinessMs).toBe(0); // 08:02 → 08:31 in London, before opening
    expect(paris.health.metrics.firstResponseBusinessMs).toBe(29 * 60_000 + 29_000); // 09:02 → 09:31 in Paris
  });

  test.each([
    ['an unrecognised page', [join(ROOT, 'tests/fixtures/zendesk/lookalike-not-zendesk.html'), '--url', 'https://intranet.acme.example/hc/en-us/requests/12'], /not a page any Plumbline recipe recognises/],
    ['a missing --url', [FIXTURE], /--url/],
    ['a bad --tz', [FIXTURE, '--url', URL, '--tz', 'Mars/Olympus'], /not an IANA time zone/],
    ['a missing file', ['/nonexistent.html', '--url', URL], /cannot read/],
    ['an unknown option', [FIXTURE, '--url', URL, '--frobnicate', 'x'], /unknown option/],
  ])('%s exits 2 with one clear line', (_name, args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  describe('--recipe applies a user recipe (issue 4)', () => {
    const HARBOR = join(ROOT, 'tests/fixtures/taught/harbor-case-open.html');
    const HARBOR_URL = 'https://clients.harbor-it.example/client/cases/HB-2041';
    const RECIPE = join(ROOT, 'tests/fixtures/taught/harbor.recipe.json');
    const args = [HARBOR, '--url', HARBOR_URL, '--now', '2024-05-13T12:00:00Z', '--tz', 'Europe/London'];
    const runWith = (recipe: unknown) => {
      let stdout = '';
      let stderr = '';
      const code = runInspect([...args, '--recipe', 'recipe.json'], {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        readFile: (p) => (p === 'recipe.json' ? JSON.stringify(recipe) : readFileSync(p, 'utf8')),
        now: () => new Date('2024-05-13T12:00:00Z'),
      });
      return { code, stdout, stderr };
    };
    const recipe = JSON.parse(readFileSync(RECIPE, 'utf8')) as Record<string, unknown>;

    test('a portal no built-in recipe knows is read with the taught one: sides, ids, two follow-ups', () => {
      expect(run(args).code).toBe(2);
      const { code, stdout } = run([...args, '--recipe', RECIPE]);
      expect(code).toBe(0);
      const out = JSON.parse(stdout);
      expect(out).toMatchObject({ portal: 'recipe:Harbor IT', page: 'ticket', ticket: { ticketId: 'HB-2041', subject: 'Scanner on reception sends blank PDFs', status: { raw: 'In progress', category: 'open' }, assignee: 'Tom Becker' } });
      expect(out.ticket.events.map((event: { id: string; side: string }) => `${event.id}:${event.side}`)).toEqual([
        'harbor-9001:client', 'harbor-9004:partner', 'harbor-9007:client', 'harbor-9012:client', 'harbor-9015:client',
      ]);
      expect(out.health.metrics.followUps).toBe(2);
    });

    test('an exported recipe file (plumbline-recipes) works too', () => {
      const { code, stdout } = runWith({ format: 'plumbline-recipes', version: 1, recipes: [recipe] });
      expect(code).toBe(0);
      expect(JSON.parse(stdout).ticket.ticketId).toBe('HB-2041');
    });

    test('a taught recipe stays on its own origin', () => {
      const { code } = run([HARBOR, '--url', 'https://elsewhere.example/client/cases/HB-2041', '--recipe', RECIPE]);
      expect(code).toBe(2);
    });

    test.each([
      ['a selector that is empty', { ...recipe, ticket: { ...(recipe.ticket as object), anchor: '' } }, /ticket\.anchor/],
      ['a pattern that does not compile', { ...recipe, detect: { ticketUrl: ['(['], fingerprint: {} } }, /detect\.ticketUrl\.0: not a valid regular expression/],
      ['a foreign file', { hello: 'world' }, /recipe recipe\.json: This is not a Plumbline recipe file/],
    ])('%s exits 2 naming the field', (_name, bad, message) => {
      const { code, stdout, stderr } = runWith(bad);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  });

  test('the real command exits 0 and 2', () => {
    const ok = spawnSync('npx', ['tsx', 'lib/cli/inspect.ts', FIXTURE, '--url', URL], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).portal).toBe('zendesk');
    const bad = spawnSync('npx', ['tsx', 'lib/cli/inspect.ts', FIXTURE, '--url', 'https://support.northwind.example/hc/en-us/articles/1'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  }, 30_000);
});
