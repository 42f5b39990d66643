import { tidySpaces } from '../../common/text/vietnamese.js';

/**
 * A student's name as a public board shows it: the family name kept, every other word
 * reduced to its initial. "Đặng Thị Ánh Tuyết" → "Đặng T. Á. T.".
 */
export function maskName(fullName: string): string {
  // A note in brackets after the name ("(mẫu)", "(GV)") is not part of it and stays readable.
  const [, name = '', note = ''] = /^([^(]*)(\(.*)?$/.exec(tidySpaces(fullName)) ?? [];
  const [familyName = '', ...otherNames] = name.trim().split(' ');
  return [familyName, ...otherNames.filter(Boolean).map((word) => `${initialOf(word)}.`), note].filter(Boolean).join(' ');
}

function initialOf(word: string): string {
  // The first letter with any marks NFC could not compose into it.
  const initial = /^\P{M}\p{M}*/u.exec(word)?.[0] ?? word.slice(0, 1);
  return initial.toLocaleUpperCase('vi-VN');
}
