import type { DraftOption, FormatProblemCode, QuestionDraft } from '../question-draft.js';
import { readGiftText, restoreEscapes, splitFeedback, splitWeight } from './gift-text.js';

/** What one answer block `{…}` means: the type-specific fields of a draft, or why it cannot be one. */
export type AnswerReading = { fields: Omit<QuestionDraft, 'stem'> } | { code: FormatProblemCode; params?: Record<string, string | number> };

const TRUE_FALSE_WORDS = ['T', 'TRUE', 'F', 'FALSE'];

/** Moodle's detection order (qformat_gift::readquestion), applied to the block with escapes protected. */
export function readAnswerBlock(block: string): AnswerReading {
  if (block === '') return { code: 'GIFT_UNSUPPORTED_TYPE', params: { type: 'essay' } };
  if (block.startsWith('#')) return readNumeric(block.slice(1));
  if (block.includes('~')) return readMultichoice(block);
  if (block.includes('=') && block.includes('->')) return { code: 'GIFT_UNSUPPORTED_TYPE', params: { type: 'matching' } };
  const hash = block.indexOf('#');
  const trueFalseWord = hash > 0 ? block.slice(0, hash).trim() : block;
  if (TRUE_FALSE_WORDS.includes(trueFalseWord)) return readTrueFalse(block);
  return readShortAnswer(block);
}

/** Splits `=a =b` / `~a =b` lists the way Moodle does: a text before the first marker is an answer too. */
function splitAnswers(block: string, marker: '=' | '~'): string[] {
  const parts = block.split(marker).map((part) => part.trim());
  if (parts[0] === '') parts.shift();
  return parts;
}

function readMultichoice(block: string): AnswerReading {
  const hasFullCreditMarker = block.includes('=');
  const options: DraftOption[] = [];
  for (const raw of splitAnswers(block.replace(/=/g, '~='), '~')) {
    const fullCredit = raw.startsWith('=');
    const { weight, rest } = fullCredit ? { weight: 100, rest: raw.slice(1) } : splitWeight(raw);
    const { text, feedback } = splitFeedback(rest);
    // Moodle drops answers whose text is blank when it saves the question.
    if (!text) continue;
    options.push({ text, correct: false, weight: weight ?? 0, ...(feedback ? { feedback } : {}) });
  }
  const positive = options.filter((option) => option.weight! > 0);
  if (positive.length === 0) return { code: 'GIFT_NO_ANSWERS' };
  if (!hasFullCreditMarker) {
    // Without `=` Moodle makes a several-answer question whose positive weights must add up to 100 %.
    const total = positive.reduce((sum, option) => sum + option.weight!, 0);
    if (Math.abs(total - 100) > 0.5) return { code: 'GIFT_WEIGHTS_INVALID', params: { total: Number(total.toFixed(2)) } };
    if (positive.length > 1) {
      const weighted = options.map((option) => ({ ...option, correct: option.weight! > 0 }));
      return { fields: { type: 'multiple', options: weighted, partialCredit: true } };
    }
  }
  const partial = options.some((option) => option.weight !== 0 && option.weight !== 100);
  const single = options.map(({ weight, ...option }) => ({
    ...option,
    correct: weight === 100,
    ...(partial ? { weight } : {}),
  }));
  return { fields: { type: 'single', options: single, ...(partial ? { partialCredit: true } : {}) } };
}

function readTrueFalse(block: string): AnswerReading {
  const [word, wrongFeedback = '', ...rightParts] = block.split('#');
  const isTrue = word.trim().startsWith('T');
  const wrong = readGiftText(wrongFeedback);
  const right = readGiftText(rightParts.join('#'));
  const [trueFeedback, falseFeedback] = isTrue ? [right, wrong] : [wrong, right];
  return {
    fields: {
      type: 'true_false',
      options: [
        { text: 'Đúng', correct: isTrue },
        { text: 'Sai', correct: !isTrue },
      ],
      ...(trueFeedback ? { trueFeedback } : {}),
      ...(falseFeedback ? { falseFeedback } : {}),
    },
  };
}

function readShortAnswer(block: string): AnswerReading {
  const accepted: string[] = [];
  for (const raw of splitAnswers(block, '=')) {
    const { weight, rest } = splitWeight(raw);
    const { text } = splitFeedback(rest);
    // Lantoa accepts or refuses; an answer worth less than full credit is not an accepted one.
    if (text && (weight ?? 100) === 100) accepted.push(text);
  }
  return accepted.length ? { fields: { type: 'short_text', accepted } } : { code: 'GIFT_NO_ANSWERS' };
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function readNumeric(block: string): AnswerReading {
  // Text after `~` is feedback for any other answer; Lantoa has nowhere to keep it.
  const tilde = block.indexOf('~');
  const answers = splitAnswers(tilde < 0 ? block : block.slice(0, tilde), '=');
  if (answers.length === 0) return { code: 'GIFT_NO_ANSWERS' };
  let fullCredit: { value: number; tolerance: number } | undefined;
  for (const raw of answers) {
    const { weight, rest } = splitWeight(raw);
    const hash = rest.indexOf('#');
    const answer = restoreEscapes(hash < 0 ? rest : rest.slice(0, hash)).trim();
    if (answer === '*') continue;
    const numeric = readNumericAnswer(answer);
    if (!numeric) return { code: 'GIFT_NUMERIC_INVALID', params: { value: answer } };
    if (!fullCredit && (weight ?? 100) === 100) fullCredit = numeric;
  }
  return fullCredit ? { fields: { type: 'numeric', numeric: fullCredit } } : { code: 'GIFT_NO_ANSWERS' };
}

/** `value`, `value:tolerance` or `min..max` (a range becomes its midpoint ± half its width). */
function readNumericAnswer(answer: string): { value: number; tolerance: number } | undefined {
  const range = answer.indexOf('..');
  const colon = answer.indexOf(':');
  let parts: [string, string];
  if (range > 0) parts = [answer.slice(0, range).trim(), answer.slice(range + 2).trim()];
  else if (colon > 0) parts = [answer.slice(0, colon).trim(), answer.slice(colon + 1).trim()];
  else parts = [answer, '0'];
  if (!parts.every((part) => NUMBER.test(part))) return undefined;
  const [first, second] = parts.map(Number);
  if (range > 0) {
    if (first > second) return undefined;
    return { value: (first + second) / 2, tolerance: (second - first) / 2 };
  }
  return second < 0 ? undefined : { value: first, tolerance: second };
}
