import type { Language } from '../common/errors/error-catalog.js';

/** Problems only the bank can see (not the file): unknown references and duplicates. */
const BANK_PROBLEMS = {
  UNKNOWN_TOPIC: { vi: 'Chủ đề "{value}" không có trong danh mục.', en: 'The topic "{value}" is not in the list.' },
  UNKNOWN_DOCUMENT: { vi: 'Văn bản "{value}" không có trong danh mục.', en: 'The document "{value}" is not in the list.' },
  DUPLICATE_IN_BANK: { vi: 'Trùng nội dung với một câu hỏi đã có trong ngân hàng.', en: 'Same text as a question already in the bank.' },
  DUPLICATE_IN_FILE: { vi: 'Trùng nội dung với câu ở dòng {other}.', en: 'Same text as the question at line {other}.' },
} as const;

export type BankProblemCode = keyof typeof BANK_PROBLEMS;

export function describeBankProblem(code: BankProblemCode, language: Language, params: Record<string, string | number> = {}): string {
  return BANK_PROBLEMS[code][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
