/** Where the project and its end-to-end build live (DESIGN.md "Test build"). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `.output/chrome-mv3-e2e/`, or PLUMBLINE_EXTENSION_DIR when set (a build made elsewhere). */
export function e2eExtensionDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.PLUMBLINE_EXTENSION_DIR ?? path.join(PROJECT_ROOT, '.output', 'chrome-mv3-e2e'));
}
