#!/usr/bin/env node
/**
 * `npm test`: type-check, unit tests (Vitest), then end-to-end tests (Playwright + Debian chromium with the
 * e2e build loaded). Prints one closing line `N passed, N failed` counting every test that ran (the
 * type-check counts as one), and exits non-zero when anything failed.
 *
 *   npm test                 everything
 *   npm test -- --unit-only  skip the end-to-end suite (no browser needed)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit-only');
const results = 'test-results';
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const started = Date.now();

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function countVitest(file, title) {
  if (!existsSync(file)) {
    console.log(`✗ ${title}: no report (${file}) — the runner did not finish`);
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that failed to load has no failed test but is a failure all the same.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += brokenFiles.length;
  console.log(`  ${title}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles.length} failed, ${report.numPendingTests} skipped`);
}

if (run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.'])) passed += 1;
else failed += 1;

const unitReport = `${results}/unit.json`;
rmSync(unitReport, { force: true });
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`]);
countVitest(unitReport, 'unit');

if (!unitOnly && !run('a browser for the end-to-end tests', 'node', ['scripts/ensure-chromium.mjs'])) {
  failed += 1;
} else if (!unitOnly) {
  const e2eReport = `${results}/e2e.json`;
  rmSync(e2eReport, { force: true });
  run('end-to-end tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${e2eReport}`]);
  countVitest(e2eReport, 'e2e');
}

console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
