/**
 * Message bodies become plain text the way a reader sees them: paragraphs and line breaks are lines,
 * other white space folds, script and style never leak in (lib/portals/text.ts).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { blockText, cleanText } from '../../../lib/portals/text';

function body(html: string): Element {
  return new JSDOM(`<div id="body">${html}</div>`).window.document.getElementById('body')!;
}

describe('blockText: a message body as lines', () => {
  test.each([
    ['paragraphs are lines', '<p>Hello,</p><p>the VPN drops again.</p>', 'Hello,\nthe VPN drops again.'],
    ['line breaks are lines', 'First line<br>second line<br/>third', 'First line\nsecond line\nthird'],
    ['inline markup stays in its line', '<p>Please <b>restart</b> the <a href="#">client</a>.</p>', 'Please restart the client.'],
    ['source line breaks and tabs fold into spaces', '<p>one\n\t  two\n three</p>', 'one two three'],
    ['no-break spaces fold too', '<p>a\u00a0\u00a0b</p>', 'a b'],
    ['empty paragraphs leave no empty line', '<p>a</p><p> </p><p></p><br><br><p>b</p>', 'a\nb'],
    ['text after a nested block is its own line', '<div><p>quoted</p>reply</div>', 'quoted\nreply'],
    ['list items are lines', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['script, style and template text never becomes message text', '<p>kept</p><script>alert(1)</script><style>p{}</style><template>x</template>', 'kept'],
    ['a plain text body', '  just text  ', 'just text'],
  ])('%s', (_name, html, expected) => {
    expect(blockText(body(html))).toBe(expected);
  });
});

describe('cleanText: one line', () => {
  test.each([
    ['runs of white space fold', '  Bob \n  Agent ', 'Bob Agent'],
    ['a clean value is kept as is', 'Bob Agent', 'Bob Agent'],
    ['nothing is empty', null, ''],
  ])('%s', (_name, value, expected) => {
    expect(cleanText(value)).toBe(expected);
  });
});
