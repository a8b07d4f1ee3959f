import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, SCHEMA_VERSION, withDb, type PlumblineDb } from '../../../lib/store';

let db: PlumblineDb;
let counter = 0;
afterEach(async () => db.delete());

describe('a closed connection (Dexie #1805, extension-anchors.md §3.6)', () => {
  test('withDb reopens a database closed under it and retries once', async () => {
    db = openDatabase(`database-test-${++counter}`);
    await db.settings.put({ id: 'settings', value: { timeZone: 'UTC' } });
    db.close();
    await expect(db.settings.count()).rejects.toThrow(Dexie.DatabaseClosedError);
    expect(await withDb(db, (open) => open.settings.count())).toBe(1);
  });

  test('other errors are not retried', async () => {
    db = openDatabase(`database-test-${++counter}`);
    let calls = 0;
    await expect(
      withDb(db, async () => {
        calls += 1;
        throw new Error('QuotaExceededError');
      }),
    ).rejects.toThrow('QuotaExceededError');
    expect(calls).toBe(1);
  });

  test('a newer build upgrading the schema is not blocked by this connection', async () => {
    const name = `database-test-${++counter}`;
    db = openDatabase(name);
    await db.open();
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name, (SCHEMA_VERSION + 1) * 10);
      request.onsuccess = () => {
        const version = request.result.version;
        request.result.close();
        resolve(version);
      };
      request.onblocked = () => reject(new Error('blocked by the open connection'));
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe((SCHEMA_VERSION + 1) * 10);
    expect(db.isOpen()).toBe(false);
  });
});
