/** Build `.output/chrome-mv3-e2e/` once for the whole e2e run (skip with PLUMBLINE_SKIP_BUILD=1). */
import { assertExtensionBuilt, buildE2eExtension } from '../../demo/launch/build-extension';
import { e2eExtensionDir } from '../../demo/launch/project-paths';

export default async function setup(): Promise<void> {
  if (process.env.PLUMBLINE_SKIP_BUILD !== '1') await buildE2eExtension();
  assertExtensionBuilt(e2eExtensionDir());
}
