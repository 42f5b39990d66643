// The server's own content rules (a pure module), so the editor explains a problem while the
// author types exactly as the server will; the server still has the last word.
import type { QuestionInput } from '../api/types.js';
import type { MessageParams } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/vi.js';
import {
  checkDraft as checkServerDraft,
  MAX_EXPLANATION_LENGTH,
  MAX_OPTION_LENGTH,
  MAX_OPTIONS,
  MAX_STEM_LENGTH,
  type RuleCode,
  type RuleProblem,
} from '../../../../server/src/questions/question-rules.js';
import type { QuestionDraft } from '../../../../server/src/questions/question-draft.js';

export { MAX_EXPLANATION_LENGTH, MAX_OPTION_LENGTH, MAX_OPTIONS, MAX_STEM_LENGTH, type RuleCode, type RuleProblem };
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
] as const satisfies readonly RuleCode[];

/** The fixed options of a true/false question, in the words the server requires. */
export const TRUE_FALSE_TEXTS = ['Đúng', 'Sai'] as const;

/** Everything wrong with a question's content, field by field; empty when the server would accept it. */
export function checkDraft(draft: QuestionInput): RuleProblem[] {
  return checkServerDraft(draft as QuestionDraft);
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
