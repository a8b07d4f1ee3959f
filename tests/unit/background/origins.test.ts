import { describe, expect, test } from 'vitest';
import { disableOrigin, enableOrigin, originOfPattern, syncContentScripts, type OriginDeps } from '../../../lib/background/origins';

/** Small fakes of the permissions / scripting / tabs APIs, recording what was asked of them. */
function fakeDeps(granted: string[]) {
  const registered = new Map<string, { id: string; matches?: string[] }>();
  const injected: number[] = [];
  const deps = {
    permissions: {
      getAll: async () => ({ origins: [...granted], permissions: [] }),
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.includes(o)),
      remove: async ({ origins = [] }: { origins?: string[] }) => {
        for (const origin of origins) granted.splice(granted.indexOf(origin), 1);
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: { id: string; matches?: string[] }[]) => void scripts.forEach((s) => registered.set(s.id, s)),
      unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => void ids.forEach((id) => registered.delete(id)),
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        injected.push(target.tabId);
        return [];
      },
    },
    tabs: { query: async ({ url }: { url?: string | string[] }) => (url === 'https://help.example/*' ? [{ id: 7 }, { id: 9 }] : []) },
  } as unknown as OriginDeps;
  return { deps, registered, injected, granted };
}

describe('content script registration follows the granted origins (extension-anchors.md §2.5)', () => {
  test.each([
    ['https://help.example/*', 'https://help.example'],
    ['http://127.0.0.1/*', 'http://127.0.0.1'],
    ['https://help.example:8443/*', 'https://help.example:8443'],
    ['<all_urls>', null],
    ['https://*.example/*', null],
    ['https://help.example/hc/*', null],
  ])('pattern %s → origin %s', (pattern, origin) => {
    expect(originOfPattern(pattern)).toBe(origin);
  });

  test('enabling registers one persistent script for the origin and injects it into its open tabs', async () => {
    const fake = fakeDeps(['https://help.example/*']);
    await enableOrigin(fake.deps, 'https://help.example');
    expect([...fake.registered.values()]).toEqual([expect.objectContaining({ id: 'plumbline-portal:https://help.example', matches: ['https://help.example/*'], persistAcrossSessions: true })]);
    expect(fake.injected).toEqual([7, 9]);
  });

  test('re-syncing changes nothing; disabling removes the permission and the script', async () => {
    const fake = fakeDeps(['https://help.example/*', 'https://other.example/*']);
    await syncContentScripts(fake.deps);
    expect(await syncContentScripts(fake.deps)).toEqual([]);
    await disableOrigin(fake.deps, 'https://help.example');
    expect(fake.granted).toEqual(['https://other.example/*']);
    expect([...fake.registered.keys()]).toEqual(['plumbline-portal:https://other.example']);
  });
});

describe('concurrent enabling', () => {
  test('the popup and permissions.onAdded enabling the same origin at once register it once', async () => {
    const fake = fakeDeps(['https://help.example/*']);
    const register = fake.deps.scripting.registerContentScripts;
    fake.deps.scripting.registerContentScripts = (async (scripts: { id: string }[]) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const script of scripts) if (fake.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      return register(scripts as never);
    }) as typeof register;
    await expect(Promise.all([enableOrigin(fake.deps, 'https://help.example'), enableOrigin(fake.deps, 'https://help.example')])).resolves.toBeDefined();
    expect(fake.registered.size).toBe(1);
    expect(fake.injected).toEqual([7, 9]);
  });
});
