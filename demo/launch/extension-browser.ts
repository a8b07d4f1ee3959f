/**
 * Chromium with the Plumbline e2e build loaded, driven by playwright-core (extension-anchors.md §2.9):
 * a persistent context in a fresh profile, `--load-extension`, and Playwright's default
 * `--disable-extensions` removed (otherwise the extension never loads). The extension id is the host of
 * its service worker's URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { assertExtensionBuilt } from './build-extension';
import { findChromium, noChromiumMessage } from './find-chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  userDataDir: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(pathname: string): string;
  /** The extension's service worker, waiting for a new one if Chromium stopped the old one. */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  headless: boolean;
  /** Defaults to findChromium(). */
  executablePath?: string;
  /** null = the window's own size (headful demo). Default 1280×900. */
  viewport?: { width: number; height: number } | null;
  /** Milliseconds to wait for the extension's service worker. Default 20 s. */
  startTimeoutMs?: number;
}

export class LaunchError extends Error {
  override name = 'LaunchError';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExtensionWorker(worker: Worker, extensionId?: string): boolean {
  const url = worker.url();
  return url.startsWith('chrome-extension://') && (extensionId === undefined || new URL(url).host === extensionId);
}

export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  assertExtensionBuilt(options.extensionDir);
  const executablePath = options.executablePath ?? findChromium()?.path;
  if (!executablePath) throw new LaunchError(noChromiumMessage());
  const extensionDir = path.resolve(options.extensionDir);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'plumbline-profile-'));
  const startTimeout = options.startTimeoutMs ?? 20_000;

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
      acceptDownloads: true,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new LaunchError(`Chromium (${executablePath}) did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }

  let worker = context.serviceWorkers().find((entry) => isExtensionWorker(entry));
  try {
    worker ??= await context.waitForEvent('serviceworker', { predicate: (entry) => isExtensionWorker(entry), timeout: startTimeout });
  } catch {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw new LaunchError(`the extension in ${extensionDir} did not start: no service worker within ${startTimeout / 1000} s`);
  }
  const extensionId = new URL(worker.url()).host;

  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter((entry) => isExtensionWorker(entry, extensionId));
    const latest = live[live.length - 1];
    if (latest) return latest;
    return context.waitForEvent('serviceworker', { predicate: (entry) => isExtensionWorker(entry, extensionId), timeout: startTimeout });
  };

  return {
    context,
    extensionId,
    extensionDir,
    userDataDir,
    extensionUrl: (pathname) => `chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`,
    serviceWorker,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
