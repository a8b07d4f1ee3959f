/**
 * The Firefox build is accepted by `web-ext lint` (offline) with no errors, and keeps the least
 * permissions the product needs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
const OUT = join(ROOT, '.output/firefox-mv2');

describe('Firefox build', () => {
  test('builds, and web-ext lint reports 0 errors', () => {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', OUT, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  test('asks only for storage, scripting, activeTab and optional hosts', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as { permissions?: string[]; optional_permissions?: string[] };
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
  });
});
