/**
 * Which Chromium to drive: CHROME_PATH if set, else Debian's /usr/bin/chromium, else google-chrome,
 * google-chrome-stable, chromium-browser or chromium on PATH. Never downloads a browser.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export interface ChromiumChoice {
  path: string;
  /** Why this one: "CHROME_PATH", "/usr/bin/chromium" or "PATH". */
  source: string;
}

const PATH_NAMES = ['google-chrome', 'google-chrome-stable', 'chromium-browser', 'chromium'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice | undefined {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? { path: env.CHROME_PATH, source: 'CHROME_PATH' } : undefined;
  if (isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return { path: candidate, source: 'PATH' };
    }
  }
  return undefined;
}

/** One clear sentence for when no browser was found. */
export function noChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH
    ? `CHROME_PATH is set to ${env.CHROME_PATH}, but that file is not an executable browser.`
    : 'No Chromium or Chrome found: install Debian\'s chromium (apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium executable.';
}
