/**
 * Reading a file the user chose (a backup, a recipe file): JSON first, then its `format` marker, then
 * its schema — each failure one sentence ending "Nothing was changed.", since nothing is written before
 * the whole file is valid.
 */
import type { z } from '../model/zod';

export const NOTHING_CHANGED = 'Nothing was changed.';

export type FileResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The first problem of a failed parse as "path: message". */
export function firstIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}` : 'invalid';
}

/**
 * `schemas` maps each accepted `format` to its schema; `what` names the file for the messages
 * ("Plumbline backup"), `expected` the format shown when the marker is wrong.
 */
export function readJsonFile<T>(text: string, schemas: Readonly<Record<string, z.ZodType<T>>>, what: string, expected: string): FileResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `This file is not JSON (is it complete?). ${NOTHING_CHANGED}` };
  }
  const format = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
  const schema = typeof format === 'string' ? schemas[format] : undefined;
  if (!schema) return { ok: false, error: `This is not a ${what} (expected "format": "${expected}"). ${NOTHING_CHANGED}` };
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `This ${what.replace(/^Plumbline /, '')} is not valid — ${firstIssue(parsed.error.issues)}. ${NOTHING_CHANGED}` };
  return { ok: true, value: parsed.data };
}
