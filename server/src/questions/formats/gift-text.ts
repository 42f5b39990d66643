import { toNfc } from '../../common/text/vietnamese.js';

/**
 * GIFT's escaped characters. While a question is being split into its parts, each escape
 * stands as a private-use character so that `\{` or `\#` cannot be read as syntax (Moodle
 * does the same with `&&123;`-style placeholders).
 */
const ESCAPES: Record<string, string> = {
  '\\': '\uE000',
  ':': '\uE001',
  '#': '\uE002',
  '=': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  '~': '\uE006',
  n: '\uE007',
};
const RESTORED: Record<string, string> = {
  '\uE000': '\\',
  '\uE001': ':',
  '\uE002': '#',
  '\uE003': '=',
  '\uE004': '{',
  '\uE005': '}',
  '\uE006': '~',
  '\uE007': '\n',
};

export function protectEscapes(text: string): string {
  return text.replace(/\\([\\:#={}~n])/g, (_whole, char: string) => ESCAPES[char]);
}

export function restoreEscapes(text: string): string {
  return text.replace(/[\uE000-\uE007]/g, (char) => RESTORED[char]);
}

const TEXT_FORMAT_PREFIX = /^\[(html|moodle|plain|markdown)\]/;

/** A piece of question text as Lantoa keeps it: format prefix gone, escapes resolved, trimmed, NFC. */
export function readGiftText(raw: string): string {
  return toNfc(restoreEscapes(raw.trim().replace(TEXT_FORMAT_PREFIX, '')).trim());
}

/** `%50%` at the start of an answer; Moodle accepts a sign and decimals. */
const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

export function splitWeight(answer: string): { weight?: number; rest: string } {
  const match = WEIGHT.exec(answer);
  return match ? { weight: Number(match[1]), rest: answer.slice(match[0].length) } : { rest: answer };
}

/** `text#feedback`: the first unescaped `#` starts the feedback. */
export function splitFeedback(answer: string): { text: string; feedback?: string } {
  const hash = answer.indexOf('#');
  if (hash < 0) return { text: readGiftText(answer) };
  const feedback = readGiftText(answer.slice(hash + 1));
  return feedback ? { text: readGiftText(answer.slice(0, hash)), feedback } : { text: readGiftText(answer.slice(0, hash)) };
}

/** Writes text so that GIFT reads it back unchanged: every special character escaped, on one line. */
export function escapeGiftText(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\:#={}~]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
  // A leading "[html]" or "//" would be read as a format prefix or a comment; an explicit prefix shields it.
  return TEXT_FORMAT_PREFIX.test(escaped) || escaped.startsWith('//') ? `[moodle]${escaped}` : escaped;
}

/** `$CATEGORY:` paths separate levels with `/`; a literal slash in a name is written `//`. */
export function categoryLeaf(path: string): string | undefined {
  const segments = path
    .replace(/\/\//g, '\uE008')
    .split('/')
    .map((segment) => segment.replace(/\uE008/g, '/').trim());
  const named = segments.filter((segment, index) => segment && !(index === 0 && /^\$\w+\$$/.test(segment)));
  if (named[0] === 'top') named.shift();
  return named.length ? toNfc(named[named.length - 1]) : undefined;
}

export function categoryPath(topic: string | undefined): string {
  return topic ? `$course$/top/${topic.replace(/\//g, '//')}` : '$course$/top';
}
