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
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ mode, browser }) => {
    const e2e = mode === 'e2e';
    const e2eHosts = e2e ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];
    return {
      name: 'Plumbline',
      description:
        'Evidence, not impressions: reads your IT partner’s helpdesk tickets as you browse and shows the warning signs in place. Nothing leaves the browser.',
      permissions: ['storage', 'scripting', 'activeTab', ...(e2e ? ['tabs'] : [])],
      host_permissions: e2eHosts,
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      action: { default_title: 'Plumbline' },
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: 'plumbline@plumbline.invalid', strict_min_version: '128.0' } } }
        : {}),
    };
  },
});
