/**
 * A Vietnamese profanity filter for guest nicknames. It folds case, diacritics, leetspeak digits,
 * spacing and punctuation and common teencode spellings, but compares whole words (and short runs
 * of words), never arbitrary substrings: "Ngọc Cúc" must not match "cc", nor "Long" match "lon".
 * Where a bad word folds onto innocent ones ("lồn" / "lớn", "cặc" / "các"), the diacritics decide;
 * written without any, the word is refused.
 */

/** Always refused as a whole word or a run of up to three words, however written. */
const ALWAYS_BAD = new Set([
  // đ* m*: đụ/địt mẹ, đ* con mẹ, đ* mẹ mày, đ* cụ…
  'dm',
  'dmm',
  'dcm',
  'dcmm',
  'dkm',
  'dmml',
  'dmvl',
  'dmcs',
  'dmcl',
  'dcmml',
  'dml',
  'dit',
  'ditme',
  'ditmemay',
  'ditconme',
  'ditcu',
  'ditmay',
  'djt',
  'djtme',
  'dumemay',
  // vãi lồn, vcl, cái lồn, con cặc, mặt lồn, óc chó…
  'vl',
  'vkl',
  'vcl',
  'vcc',
  'cl',
  'ml',
  'oml',
  'cc',
  'clgt',
  'cmm',
  'cmnr',
  'concac',
  'loz',
  'lozz',
  'cailoz',
  'occho',
  // English ones children type
  'fuck',
  'fuk',
  'fck',
  'fucku',
  'fuckyou',
  'shit',
  'bitch',
  'dick',
  'cunt',
  'pussy',
  'porn',
  'porno',
  'sex',
  'sexy',
  'asshole',
]);

/** Refused even inside a longer word: long enough that no name contains them. */
const BAD_INSIDE = ['ditme', 'ditcon', 'dumemay', 'concac', 'cailon', 'vailon', 'matlon', 'fuck', 'bitch', 'pussy', 'porn', 'asshole'];

/**
 * Words that fold onto innocent ones: refused unless written with the diacritics of an innocent
 * word ("lớn", "bưởi", "các"), so "lồn", "lon", "l0n" and "lổn" are all refused.
 */
const INNOCENT_FORMS: Record<string, string[]> = {
  lon: ['lớn', 'lợn', 'lộn', 'lọn', 'lơn', 'lờn'],
  buoi: ['buổi', 'bưởi', 'buội', 'buối'],
  cac: ['các', 'cạc', 'cắc'],
  deo: ['đeo', 'dẻo', 'đèo', 'đẽo', 'dẽo', 'dẹo'],
  cut: ['cụt', 'cút', 'cưt'],
};

/** Refused when written without any diacritics; with them they are names ("Dư Mã"). */
const BAD_IF_PLAIN = new Set(['duma', 'dume', 'dumay']);

/** Refused exactly as written: without diacritics they are common names ("Du", "Di"). */
const BAD_WITH_DIACRITICS = new Set(['đụ', 'đù', 'đĩ', 'đéo', 'đụmá', 'đụmẹ', 'đùmá', 'đụt']);

/** Leetspeak and the symbols that stand for letters. */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};

interface Word {
  /** lower case NFC, diacritics kept */
  written: string;
  /** no diacritics, đ → d */
  folded: string;
}

/** True when a nickname must be refused. */
export function isProfaneNickname(nickname: string): boolean {
  const text = nickname
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .normalize('NFC');
  const variants = new Set([mapLeet(text, LEET), mapLeet(text, { ...LEET, '1': 'l' }), text.replace(/[0-9@$!|€]/g, '')]);
  for (const variant of variants) if (hasBadWords(words(variant))) return true;
  return false;
}

function mapLeet(text: string, table: Record<string, string>): string {
  return [...text].map((char) => table[char] ?? char).join('');
}

/** Words of letters; runs of single letters are joined, so "l o n" and "đ.m" are words too. */
function words(text: string): Word[] {
  const joined: Word[] = [];
  let run: Word | undefined;
  for (const written of text.split(/[^\p{L}\p{M}]+/u)) {
    if (!written) continue;
    const folded = fold(written);
    if (folded.length === 1) {
      run = run ? { written: run.written + written, folded: run.folded + folded } : { written, folded };
      continue;
    }
    if (run) joined.push(run);
    run = undefined;
    joined.push({ written, folded });
  }
  if (run) joined.push(run);
  return joined;
}

function hasBadWords(list: Word[]): boolean {
  for (let start = 0; start < list.length; start++) {
    for (let length = 1; length <= 3 && start + length <= list.length; length++) {
      const slice = list.slice(start, start + length);
      const candidate: Word = { written: slice.map((w) => w.written).join(''), folded: slice.map((w) => w.folded).join('') };
      if (isBad(candidate, length === 1)) return true;
    }
  }
  return false;
}

function isBad(word: Word, single: boolean): boolean {
  const squeezed = squeeze(word.written);
  if (BAD_WITH_DIACRITICS.has(word.written) || BAD_WITH_DIACRITICS.has(squeezed)) return true;
  const plain = /^[a-z]+$/.test(word.written);
  const teen = teencode(word.folded);
  for (const form of [word.folded, teen, squeeze(word.folded), squeeze(teen)]) {
    if (ALWAYS_BAD.has(form) || (plain && BAD_IF_PLAIN.has(form))) return true;
    if (single && BAD_INSIDE.some((bad) => form.includes(bad))) return true;
    const innocent = INNOCENT_FORMS[form];
    if (
      innocent &&
      ![word.written, squeezed].some((spelling) => innocent.includes(spelling) || innocent.includes(spelling.replace(/k/g, 'c')))
    )
      return true;
  }
  return false;
}

/** Teencode spellings: k for c, j for i, z for d or gi… folded onto the plain spelling. */
function teencode(folded: string): string {
  return folded.replace(/k/g, 'c').replace(/j/g, 'i').replace(/z$/, 'n').replace(/w/g, 'u');
}

/** "lonnnn" → "lon": repeated letters squeezed (the unsqueezed form is tried too, for "cc" and "dmm"). */
function squeeze(text: string): string {
  return text.replace(/(.)\1+/gu, '$1');
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
