/** Build the end-to-end flavour of the extension (`wxt build --mode e2e`, DESIGN.md "Test build"). */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-paths';

export class BuildError extends Error {
  override name = 'BuildError';
}

/** Runs the build; on failure throws with the end of its output. `inherit` streams it to the terminal. */
export function buildE2eExtension(options: { output?: 'inherit' | 'capture' } = {}): Promise<void> {
  const output = options.output ?? 'capture';
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build', '--mode', 'e2e'], {
      cwd: PROJECT_ROOT,
      stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let log = '';
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', (error) => reject(new BuildError(`could not run "npx wxt build --mode e2e": ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const tail = log.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').trim().split('\n').slice(-25).join('\n');
      reject(new BuildError(`"npx wxt build --mode e2e" failed (exit ${code})${tail ? `:\n${tail}` : ''}`));
    });
  });
}

/** Throws a clear error unless `dir` holds a built extension. */
export function assertExtensionBuilt(dir: string): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new BuildError(`no built extension in ${dir} (manifest.json missing): run "npm run build:e2e" first`);
  }
}
