/**
 * Text folded for matching phrases written by people: lower case, accents removed, typographic apostrophes
 * and dashes made plain ("Où en est‑on ?" → "ou en est-on ?"), so lexicons match "case- and accent-insensitive"
 * (metrics.md §7 "Lexical"). Fast: plain ASCII text (most of it) is only lower-cased; other text goes through a
 * table of accented Latin letters made once from Unicode decomposition.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Replacement of each non-ASCII character that folds: accented Latin letters, combining accents, apostrophes, dashes. */
const FOLDED = new Map<number, string>();
for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let code = from; code <= to; code += 1) {
    const letter = String.fromCharCode(code);
    const base = letter.normalize('NFD').replace(COMBINING_MARKS, '');
    if (base !== letter) FOLDED.set(code, base);
  }
}
for (let code = 0x300; code <= 0x36f; code += 1) FOLDED.set(code, '');
for (const code of [0x2018, 0x2019, 0x02bc, 0x00b4]) FOLDED.set(code, "'");
for (const code of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014]) FOLDED.set(code, '-');

export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    const replacement = FOLDED.get(code);
    if (replacement === undefined) continue;
    out += text.slice(start, index) + replacement;
    start = index + 1;
  }
  return (out + text.slice(start)).toLowerCase();
}

/**
 * Word boundaries for folded text, without the (slow) Unicode property classes: a "letter" is an ASCII letter or
 * digit or any character from U+00C0 up (letters of other scripts; accents are already gone).
 */
export const NOT_AFTER_WORD = '(?<![a-z0-9\\u00c0-\\uffff])';
export const NOT_BEFORE_WORD = '(?![a-z0-9\\u00c0-\\uffff])';
