import type { Language } from '../common/errors/error-catalog.js';
import { foldVietnamese } from '../common/text/vietnamese.js';
import type { QuestionDraft } from './question-draft.js';

export const MAX_STEM_LENGTH = 5_000;
export const MAX_OPTION_LENGTH = 1_000;
export const MAX_EXPLANATION_LENGTH = 5_000;
export const MAX_OPTIONS = 8;

const RULE_MESSAGES = {
  STEM_REQUIRED: { vi: 'Câu hỏi chưa có nội dung.', en: 'The question has no text.' },
  TOO_LONG: { vi: '"{field}" dài quá {max} ký tự.', en: '"{field}" is longer than {max} characters.' },
  OPTIONS_TOO_FEW: { vi: 'Cần ít nhất {min} phương án.', en: 'At least {min} options are needed.' },
  OPTIONS_TOO_MANY: { vi: 'Tối đa {max} phương án.', en: 'At most {max} options.' },
  OPTION_EMPTY: { vi: 'Phương án {index} chưa có nội dung.', en: 'Option {index} is empty.' },
  OPTION_REPEATED: { vi: 'Phương án "{text}" bị lặp lại.', en: 'The option "{text}" is repeated.' },
  SINGLE_NEEDS_ONE_KEY: {
    vi: 'Câu một lựa chọn phải có đúng 1 đáp án đúng (đang có {keys}).',
    en: 'A single-choice question needs exactly 1 correct option (it has {keys}).',
  },
  MULTIPLE_NEEDS_KEYS: {
    vi: 'Câu nhiều lựa chọn cần ít nhất 2 đáp án đúng và 1 phương án sai (đang có {keys} đúng).',
    en: 'A multiple-choice question needs at least 2 correct options and 1 wrong one (it has {keys} correct).',
  },
  TRUE_FALSE_SHAPE: {
    vi: 'Câu Đúng/Sai có đúng hai phương án "Đúng", "Sai" và một đáp án.',
    en: 'A true/false question has exactly the options "Đúng", "Sai" and one key.',
  },
  SHORT_TEXT_NEEDS_ANSWERS: {
    vi: 'Câu trả lời ngắn cần ít nhất một đáp án được chấp nhận.',
    en: 'A short-answer question needs at least one accepted answer.',
  },
  NUMERIC_NEEDS_VALUE: { vi: 'Câu trả lời số cần giá trị và sai số (≥ 0).', en: 'A numeric question needs a value and a tolerance (≥ 0).' },
  NO_OPTIONS_EXPECTED: { vi: 'Loại câu hỏi này không có phương án lựa chọn.', en: 'This type of question has no options.' },
} as const;

export type RuleCode = keyof typeof RULE_MESSAGES;

export interface RuleProblem {
  field: string;
  code: RuleCode;
  params?: Record<string, string | number>;
}

const FIELD_WORDS: Record<string, Record<Language, string>> = {
  stem: { vi: 'Nội dung câu hỏi', en: 'Question text' },
  explanation: { vi: 'Giải thích', en: 'Explanation' },
};

export function describeRule(problem: RuleProblem, language: Language): RuleProblem & { message: string } {
  const raw = problem.params ?? {};
  const field = typeof raw.field === 'string' ? FIELD_WORDS[raw.field]?.[language] : undefined;
  const params = field ? { ...raw, field } : raw;
  const message = RULE_MESSAGES[problem.code][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return { ...problem, message };
}

function optionRules(draft: QuestionDraft): RuleProblem[] {
  const options = draft.options ?? [];
  const problems: RuleProblem[] = [];
  const keys = options.filter((option) => option.correct).length;
  if (options.length < (draft.type === 'true_false' ? 2 : 2))
    problems.push({ field: 'options', code: 'OPTIONS_TOO_FEW', params: { min: 2 } });
  if (options.length > MAX_OPTIONS) problems.push({ field: 'options', code: 'OPTIONS_TOO_MANY', params: { max: MAX_OPTIONS } });
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const text = option.text?.trim() ?? '';
    if (!text) problems.push({ field: `options.${index}`, code: 'OPTION_EMPTY', params: { index: index + 1 } });
    else if (text.length > MAX_OPTION_LENGTH)
      problems.push({ field: `options.${index}`, code: 'TOO_LONG', params: { field: `#${index + 1}`, max: MAX_OPTION_LENGTH } });
    const folded = foldVietnamese(text);
    if (text && seen.has(folded)) problems.push({ field: `options.${index}`, code: 'OPTION_REPEATED', params: { text } });
    seen.add(folded);
  });
  if (draft.type === 'single' && keys !== 1) problems.push({ field: 'options', code: 'SINGLE_NEEDS_ONE_KEY', params: { keys } });
  if (draft.type === 'multiple' && (keys < 2 || keys === options.length))
    problems.push({ field: 'options', code: 'MULTIPLE_NEEDS_KEYS', params: { keys } });
  if (draft.type === 'true_false' && (options.map((option) => option.text).join('|') !== 'Đúng|Sai' || keys !== 1)) {
    problems.push({ field: 'options', code: 'TRUE_FALSE_SHAPE' });
  }
  return problems;
}

/** Everything wrong with a question's content, field by field; empty when it can be saved. Pure. */
export function checkDraft(draft: QuestionDraft): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const stem = draft.stem?.trim() ?? '';
  if (!stem) problems.push({ field: 'stem', code: 'STEM_REQUIRED' });
  if (stem.length > MAX_STEM_LENGTH) problems.push({ field: 'stem', code: 'TOO_LONG', params: { field: 'stem', max: MAX_STEM_LENGTH } });
  if ((draft.explanation?.length ?? 0) > MAX_EXPLANATION_LENGTH) {
    problems.push({ field: 'explanation', code: 'TOO_LONG', params: { field: 'explanation', max: MAX_EXPLANATION_LENGTH } });
  }
  switch (draft.type) {
    case 'single':
    case 'multiple':
    case 'true_false':
      problems.push(...optionRules(draft));
      break;
    case 'short_text':
      if (draft.options?.length) problems.push({ field: 'options', code: 'NO_OPTIONS_EXPECTED' });
      if (!draft.accepted?.some((answer) => answer.trim())) problems.push({ field: 'accepted', code: 'SHORT_TEXT_NEEDS_ANSWERS' });
      break;
    case 'numeric':
      if (draft.options?.length) problems.push({ field: 'options', code: 'NO_OPTIONS_EXPECTED' });
      if (!Number.isFinite(draft.numeric?.value) || !(Number(draft.numeric?.tolerance) >= 0))
        problems.push({ field: 'numeric', code: 'NUMERIC_NEEDS_VALUE' });
      break;
  }
  return problems;
}

/** What two stems must share to be called duplicates: no case, diacritics, punctuation or extra spaces. */
export function stemKey(stem: string): string {
  return foldVietnamese(stem)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
