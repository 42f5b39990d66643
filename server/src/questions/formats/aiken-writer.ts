import type { QuestionDraft } from '../question-draft.js';
import { AIKEN_ANSWER, AIKEN_OPTION } from './aiken-parser.js';

/** Why a draft was left out of an Aiken file: stable codes, to be worded by the caller. */
export type AikenSkipReason =
  'UNSUPPORTED_TYPE' | 'NOT_ONE_CORRECT_OPTION' | 'TOO_FEW_OPTIONS' | 'TOO_MANY_OPTIONS' | 'STEM_LOOKS_LIKE_OPTION';

export interface AikenExport {
  text: string;
  skipped: { index: number; reason: AikenSkipReason }[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Writes single-choice and true/false drafts as Aiken; Aiken holds nothing else (no
 * feedback, explanation, title or topic), so other types are skipped and listed.
 */
export function toAiken(drafts: QuestionDraft[]): AikenExport {
  const blocks: string[] = [];
  const skipped: AikenExport['skipped'] = [];
  drafts.forEach((draft, index) => {
    const reason = whyNotAiken(draft);
    if (reason) {
      skipped.push({ index, reason });
      return;
    }
    const options = draft.options ?? [];
    const lines = [
      ...stemLines(draft.stem),
      ...options.map((option, position) => `${LETTERS[position]}) ${oneLine(option.text)}`),
      `ANSWER: ${LETTERS[options.findIndex((option) => option.correct)]}`,
    ];
    blocks.push(lines.join('\n'));
  });
  return { text: blocks.length ? `${blocks.join('\n\n')}\n` : '', skipped };
}

function whyNotAiken(draft: QuestionDraft): AikenSkipReason | undefined {
  if (draft.type !== 'single' && draft.type !== 'true_false') return 'UNSUPPORTED_TYPE';
  const options = draft.options ?? [];
  if (options.length < 2) return 'TOO_FEW_OPTIONS';
  if (options.length > LETTERS.length) return 'TOO_MANY_OPTIONS';
  if (options.filter((option) => option.correct).length !== 1) return 'NOT_ONE_CORRECT_OPTION';
  // Such a line would be read back as an option or as the answer line.
  if (stemLines(draft.stem).some((line) => AIKEN_OPTION.test(line) || AIKEN_ANSWER.test(line))) return 'STEM_LOOKS_LIKE_OPTION';
  return undefined;
}

function stemLines(stem: string): string[] {
  return stem
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
