/**
 * `npm run demo` — the Plumbline demo: a Zendesk help center for "Northwind IT" serving "Acme
 * Logistics" on http://127.0.0.1:4517 and Chromium with the extension (e2e build) loaded.
 *
 *   npm run demo                   build, serve, open a browser window on the request list
 *   npm run demo -- --headless     build, serve, visit every page headlessly, write screenshots and
 *                                  the tickets CSV to demo-output/, exit
 *   npm run demo -- --scenarios    list the demo tickets, their scenario and the signs they should raise
 *   --skip-build (or PLUMBLINE_SKIP_BUILD=1) reuses .output/chrome-mv3-e2e/
 *   CHROME_PATH=/path/to/chrome    use another Chrome/Chromium
 */
import path from 'node:path';
import { buildE2eExtension } from '../demo/launch/build-extension';
import { launchExtensionBrowser, type ExtensionBrowser } from '../demo/launch/extension-browser';
import { findChromium, noChromiumMessage } from '../demo/launch/find-chromium';
import { e2eExtensionDir, PROJECT_ROOT } from '../demo/launch/project-paths';
import type { DemoServer } from '../demo/server';
import { DEMO_PORT, startDemoServerPreferring } from '../demo/start-demo-server';
import { formatScenarioTable } from '../demo/scenario-table';
import { runHeadlessTour, TourError } from '../demo/tour';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const skipBuild = args.includes('--skip-build') || process.env.PLUMBLINE_SKIP_BUILD === '1';
const outDir = path.join(PROJECT_ROOT, 'demo-output');

let server: DemoServer | undefined;
let browser: ExtensionBrowser | undefined;

async function shutdown(): Promise<void> {
  await browser?.close();
  await server?.close();
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (args.includes('--scenarios')) {
    console.log(formatScenarioTable());
    return;
  }
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('No display: DISPLAY is not set, so no browser window can open here.\n  Run `npm run demo -- --headless` to tour the demo without a window and save screenshots to demo-output/.');
  }
  const chromium = findChromium();
  if (!chromium) fail(noChromiumMessage());

  if (skipBuild) console.log('• Reusing the existing e2e build (--skip-build)');
  else {
    console.log('• Building the extension: npx wxt build --mode e2e');
    await buildE2eExtension({ output: 'inherit' }).catch((error: Error) => fail(error.message));
  }

  server = await startDemoServerPreferring(DEMO_PORT);
  const listUrl = server.listUrl('en-us');
  console.log(`• Demo help center: ${server.url}/hc/en-us (Northwind IT serving Acme Logistics)`);

  browser = await launchExtensionBrowser({
    extensionDir: e2eExtensionDir(),
    executablePath: chromium.path,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  }).catch(async (error: Error) => {
    await server?.close();
    return fail(error.message);
  });
  console.log(`• Chromium: ${chromium.path} — Plumbline loaded (extension id ${browser.extensionId})`);

  if (!headless) {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(listUrl);
    console.log(`\nOpen: ${listUrl}`);
    console.log(`French list: ${server.listUrl('fr-fr')} · React list: ${server.listUrl('en-us', 'react')}`);
    console.log('Close the browser window to stop.');
    await new Promise<void>((resolve) => browser?.context.on('close', () => resolve()));
    await server.close();
    const profile = browser.userDataDir;
    await browser.close();
    console.log(`Browser closed — demo stopped (profile ${profile} removed).`);
    return;
  }

  console.log(`• Headless tour of ${server.pages().length} pages:`);
  try {
    const result = await runHeadlessTour({ browser, server, outDir, log: (line) => console.log(line) });
    console.log(`\n✓ Visited ${result.visited} pages. Written to ${outDir}:`);
    for (const file of [result.ticketScreenshot, result.listScreenshot, result.popupScreenshot, result.dashboardScreenshot, result.scorecardScreenshot, result.trendsScreenshot, result.ticketsCsv]) {
      console.log(`  ${path.relative(PROJECT_ROOT, file)}`);
    }
  } catch (error) {
    if (error instanceof TourError && error.page && !error.page.isClosed()) {
      const shot = path.join(outDir, 'failure.png');
      await error.page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      console.error(`  (screenshot of the page at the failure: ${path.relative(PROJECT_ROOT, shot)})`);
    }
    await shutdown();
    fail(`Demo tour failed at ${error instanceof Error ? error.message : String(error)}`);
  }
  await shutdown();
}

process.on('SIGINT', () => {
  void shutdown().finally(() => process.exit(130));
});

main().catch(async (error: unknown) => {
  await shutdown();
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
