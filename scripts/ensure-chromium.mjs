#!/usr/bin/env node
/**
 * Make sure a Chromium is there for the demo and the end-to-end tests. Uses CHROME_PATH, /usr/bin/chromium
 * or chromium/google-chrome on PATH; otherwise, on Debian/Ubuntu as root, installs Debian's `chromium` with
 * apt-get (never a browser download of its own). Exits non-zero with one clear line when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

const found =
  (process.env.CHROME_PATH && executable(process.env.CHROME_PATH)) ||
  executable('/usr/bin/chromium') ||
  ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].some(onPath);

if (!found) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) {
    console.error('No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  console.log('Installing Debian chromium (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status !== 0) {
    console.error('Installing chromium with apt-get failed; install it by hand or set CHROME_PATH.');
    process.exit(1);
  }
}
