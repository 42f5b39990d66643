import { tidySpaces } from '../../common/text/vietnamese.js';

/**
 * A student's name as a public board shows it: the family name kept, every other word
 * reduced to its initial. "Đặng Thị Ánh Tuyết" → "Đặng T. Á. T.".
 */
export function maskName(fullName: string): string {
  const [familyName = '', ...otherNames] = tidySpaces(fullName).split(' ');
  return [familyName, ...otherNames.map((name) => `${initialOf(name)}.`)].join(' ');
}

function initialOf(word: string): string {
  // The first letter with any marks NFC could not compose into it.
  const initial = /^\P{M}\p{M}*/u.exec(word)?.[0] ?? word.slice(0, 1);
  return initial.toLocaleUpperCase('vi-VN');
}
