/** One database connection per extension page (popup, dashboard); the background is the only writer of scraped data. */
import { openDatabase, type PlumblineDb } from '../lib/store';

let db: PlumblineDb | undefined;

export function database(): PlumblineDb {
  db ??= openDatabase();
  return db;
}
