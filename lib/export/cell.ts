/**
 * CSV cell neutralisation (OWASP CSV injection; DESIGN.md "CSV export"): a text cell that starts with
 * = + - @, a tab, a carriage return or a line feed gets a leading apostrophe, multi-line values included.
 * A plain number — negative ones too — stays a number.
 */
const DANGEROUS_START = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export type CellValue = string | number | boolean | null | undefined;

export function neutraliseCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (DANGEROUS_START.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}
