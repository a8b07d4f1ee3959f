import { defineConfig } from 'wxt';

/**
 * Plumbline build configuration.
 *
 * Permissions are the least the product needs: `storage`, `scripting`, `activeTab`, plus optional host
 * permissions that the user grants one origin at a time from the popup ("Enable on this site"). The
 * content script is registered at runtime (`scripting.registerContentScripts`) for granted origins only.
 *
 * `wxt build --mode e2e` (npm run build:e2e) builds `.output/chrome-mv3-e2e/`: the same extension with
 * http://127.0.0.1/* and http://localhost/* granted up front, for tests and the demo portal. It also has
 * `tabs`, so that the popup opened as a page (popup.html?tab=<id>) can read the target tab's address the way
 * `activeTab` lets it when the user clicks the toolbar button — Playwright cannot click the toolbar.
 */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ mode, browser, manifestVersion }) => {
    const e2e = mode === 'e2e';
    const e2eHosts = e2e ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];
    return {
      name: 'Plumbline',
      description:
        'Evidence, not impressions: reads your IT partner’s helpdesk tickets as you browse and shows the warning signs in place. Nothing leaves the browser.',
      permissions: ['storage', 'scripting', 'activeTab', ...(e2e ? ['tabs'] : [])],
      host_permissions: e2eHosts,
      // MV3 asks for sites as optional host permissions; MV2 (Firefox) lists them in optional_permissions.
      ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_HOSTS } : { optional_host_permissions: OPTIONAL_HOSTS }),
      action: { default_title: 'Plumbline' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'plumbline@plumbline.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});
