/**
 * `npm run --silent inspect -- <page.html> --url <address> [--now <ISO>] [--tz <IANA zone>] [--settings <file.json>] [--recipe <file.json>]`
 *
 * Runs the scraper and the metrics on a saved page, in Node (jsdom, scripts off), and prints one JSON
 * object `{ portal, page, ticket, list, health }` (DESIGN.md "The inspect command"). Exit 0 on success;
 * 2 with one line on stderr for an unrecognised page or bad arguments.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { computeHealth } from '../metrics';
import { isTimeZone } from '../metrics/calendar';
import { parseRecipeFile } from '../export/recipe-file';
import type { Recipe } from '../model/recipe';
import { parseSettings, type Settings } from '../model/settings';
import { ListSnapshotSchema, TicketSnapshotSchema } from '../model/snapshot';
import { recognisePage, registerDisplayTimeParser, ScrapeError } from '../portals';
import { parseDisplayTime } from '../portals/display-time';

registerDisplayTimeParser(parseDisplayTime);

export interface InspectIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  now(): Date;
}

interface Options {
  file: string;
  url: string;
  now?: Date;
  timeZone: string;
  settingsFile?: string;
  recipeFile?: string;
}

class UsageError extends Error {}

const USAGE = 'usage: inspect <page.html> --url <address> [--now <ISO>] [--tz <IANA zone>] [--settings <file.json>] [--recipe <file.json>]';


function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      const value = inline ?? argv[++i];
      if (!name || value === undefined) throw new UsageError(`--${name ?? ''} needs a value. ${USAGE}`);
      if (!['url', 'now', 'tz', 'settings', 'recipe'].includes(name)) throw new UsageError(`unknown option --${name}. ${USAGE}`);
      flags.set(name, value);
    } else if (!file) file = arg;
    else throw new UsageError(`one page at a time (got "${file}" and "${arg}"). ${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  const url = flags.get('url');
  if (!url || !/^https?:\/\/\S+$/.test(url)) throw new UsageError(`--url must be the http(s) address the page was saved from. ${USAGE}`);
  const nowText = flags.get('now');
  const now = nowText === undefined ? undefined : new Date(nowText);
  if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now "${nowText}" is not an ISO 8601 date`);
  const timeZone = flags.get('tz') ?? 'UTC';
  if (!isTimeZone(timeZone)) throw new UsageError(`--tz "${timeZone}" is not an IANA time zone`);
  const settingsFile = flags.get('settings');
  const recipeFile = flags.get('recipe');
  return { file, url, timeZone, ...(now ? { now } : {}), ...(settingsFile ? { settingsFile } : {}), ...(recipeFile ? { recipeFile } : {}) };
}

function loadSettings(options: Options, io: InspectIo): Settings {
  if (!options.settingsFile) return parseSettings({ timeZone: options.timeZone });
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(options.settingsFile));
  } catch (error) {
    throw new UsageError(`cannot read settings ${options.settingsFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const settings = parseSettings(raw);
    return { ...settings, timeZone: settings.timeZone || options.timeZone };
  } catch (error) {
    throw new UsageError(`settings ${options.settingsFile} are not valid: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** A user recipe (one recipe, or an exported file of recipes), validated exactly as a dashboard import. */
function loadRecipes(options: Options, io: InspectIo): Recipe[] {
  if (!options.recipeFile) return [];
  let text: string;
  try {
    text = io.readFile(options.recipeFile);
  } catch (error) {
    throw new UsageError(`cannot read recipe ${options.recipeFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseRecipeFile(text);
  if (!result.ok) throw new UsageError(`recipe ${options.recipeFile}: ${result.error}`);
  return result.recipes;
}

export function runInspect(argv: readonly string[], io: InspectIo): number {
  try {
    const options = parseArgs(argv);
    const settings = loadSettings(options, io);
    const recipes = loadRecipes(options, io);
    let html: string;
    try {
      html = io.readFile(options.file);
    } catch (error) {
      throw new UsageError(`cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const now = options.now ?? io.now();
    const { document } = new JSDOM(html, { url: options.url }).window;
    const scrape = recognisePage(document, options.url, { now, timeZone: options.timeZone }, recipes);
    if (!scrape) {
      io.stderr(`inspect: ${options.file} is not a page any Plumbline recipe recognises (url ${options.url})\n`);
      return 2;
    }
    if (scrape.page === 'ticket') {
      const ticket = TicketSnapshotSchema.parse(scrape.ticket);
      const health = computeHealth(ticket, settings, now, 'en');
      io.stdout(`${JSON.stringify({ portal: scrape.portal, page: 'ticket', ticket, list: null, health }, null, 2)}\n`);
    } else {
      const list = ListSnapshotSchema.parse(scrape.list);
      io.stdout(`${JSON.stringify({ portal: scrape.portal, page: 'list', ticket: null, list, health: null }, null, 2)}\n`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof UsageError || error instanceof ScrapeError ? error.message : error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`inspect: ${message}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runInspect(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    now: () => new Date(),
  });
}
