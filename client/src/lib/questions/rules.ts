// The server's content rules (server/src/questions/question-rules.ts), mirrored so the editor can
// explain a problem while the author types. The server still has the last word.
import type { QuestionInput } from '../api/types.js';
import type { MessageParams } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/vi.js';
import { foldText } from '../text/fold.js';

export const MAX_STEM_LENGTH = 5_000;
export const MAX_OPTION_LENGTH = 1_000;
export const MAX_EXPLANATION_LENGTH = 5_000;
export const MAX_OPTIONS = 8;
export const MIN_OPTIONS = 2;

export const ruleCodes = [
  'STEM_REQUIRED',
  'TOO_LONG',
  'OPTIONS_TOO_FEW',
  'OPTIONS_TOO_MANY',
  'OPTION_EMPTY',
  'OPTION_REPEATED',
  'SINGLE_NEEDS_ONE_KEY',
  'MULTIPLE_NEEDS_KEYS',
  'TRUE_FALSE_SHAPE',
  'SHORT_TEXT_NEEDS_ANSWERS',
  'NUMERIC_NEEDS_VALUE',
  'NO_OPTIONS_EXPECTED',
] as const;

export type RuleCode = (typeof ruleCodes)[number];

/** `field` is `stem`, `explanation`, `options`, `options.<index>`, `accepted` or `numeric`, as the server names them. */
export interface RuleProblem {
  field: string;
  code: RuleCode;
  params?: Record<string, string | number>;
}

/** The fixed options of a true/false question, in the words the server requires. */
export const TRUE_FALSE_TEXTS = ['Đúng', 'Sai'] as const;

function optionRules(draft: QuestionInput): RuleProblem[] {
  const options = draft.options ?? [];
  const problems: RuleProblem[] = [];
  const keys = options.filter((option) => option.correct).length;
  if (options.length < MIN_OPTIONS) problems.push({ field: 'options', code: 'OPTIONS_TOO_FEW', params: { min: MIN_OPTIONS } });
  if (options.length > MAX_OPTIONS) problems.push({ field: 'options', code: 'OPTIONS_TOO_MANY', params: { max: MAX_OPTIONS } });
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const text = option.text?.trim() ?? '';
    if (!text) problems.push({ field: `options.${index}`, code: 'OPTION_EMPTY', params: { index: index + 1 } });
    else if (text.length > MAX_OPTION_LENGTH)
      problems.push({ field: `options.${index}`, code: 'TOO_LONG', params: { field: `#${index + 1}`, max: MAX_OPTION_LENGTH } });
    const folded = foldText(text);
    if (text && seen.has(folded)) problems.push({ field: `options.${index}`, code: 'OPTION_REPEATED', params: { text } });
    seen.add(folded);
  });
  if (draft.type === 'single' && keys !== 1) problems.push({ field: 'options', code: 'SINGLE_NEEDS_ONE_KEY', params: { keys } });
  if (draft.type === 'multiple' && (keys < 2 || keys === options.length))
    problems.push({ field: 'options', code: 'MULTIPLE_NEEDS_KEYS', params: { keys } });
  if (draft.type === 'true_false' && (options.map((option) => option.text).join('|') !== TRUE_FALSE_TEXTS.join('|') || keys !== 1))
    problems.push({ field: 'options', code: 'TRUE_FALSE_SHAPE' });
  return problems;
}

/** Everything wrong with a question's content, field by field; empty when the server would accept it. Pure. */
export function checkDraft(draft: QuestionInput): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const stem = draft.stem?.trim() ?? '';
  if (!stem) problems.push({ field: 'stem', code: 'STEM_REQUIRED' });
  if (stem.length > MAX_STEM_LENGTH) problems.push({ field: 'stem', code: 'TOO_LONG', params: { field: 'stem', max: MAX_STEM_LENGTH } });
  if ((draft.explanation?.length ?? 0) > MAX_EXPLANATION_LENGTH)
    problems.push({ field: 'explanation', code: 'TOO_LONG', params: { field: 'explanation', max: MAX_EXPLANATION_LENGTH } });
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

/** The editor section a problem belongs to: `options.2` is shown with the options. */
export function fieldGroup(field: string): string {
  return field.split('.')[0] ?? field;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A, B, C…: how options are named to authors and participants. */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** A problem in the reader's language; options are named by their letter, as the editor shows them. */
export function describeProblem(problem: RuleProblem, translate: Translate): string {
  const params: MessageParams = { ...problem.params };
  if (problem.code === 'TOO_LONG') {
    const field = String(params.field);
    params.field = field.startsWith('#')
      ? translate('rule.field.option', { letter: optionLetter(Number(field.slice(1)) - 1) })
      : field === 'stem' || field === 'explanation'
        ? translate(`rule.field.${field}`)
        : field;
  }
  if (problem.code === 'OPTION_EMPTY') params.letter = optionLetter(Number(params.index) - 1);
  return translate(`rule.${problem.code}`, params);
}
