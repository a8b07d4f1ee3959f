/**
 * CSV cell neutralisation (OWASP CSV injection, extension-anchors.md §5.3; DESIGN.md "CSV export"): a text
 * cell that starts with = + - @, a tab, a carriage return or a line feed gets a leading apostrophe — and is
 * quoted by the writer (`mustQuote`) — multi-line values included (papaparse's own `escapeFormulae` regex
 * misses those, so it is not used). A plain number, negative ones too, stays a number: `-5` is a value, not
 * a formula. Text is otherwise verbatim: stored data is never neutralised, only the file.
 */
const DANGEROUS_START = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEUTRALISED = /^'[=+\-@\t\r\n]/;

export type CellValue = string | number | boolean | null | undefined;

export function neutraliseCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (DANGEROUS_START.test(value) && !PLAIN_NUMBER.test(value)) return `'${value}`;
  return value;
}

/**
 * Whether a written cell must be enclosed in quotes beyond RFC 4180's own needs: a neutralised cell is
 * (OWASP: prepend the quote and wrap the field), so no reader can split off its apostrophe.
 */
export function mustQuote(cell: string): boolean {
  return NEUTRALISED.test(cell);
}
