import { foldVietnamese, tidySpaces } from '../../common/text/vietnamese.js';
import type { QuestionType } from '../../questions/question-draft.js';

/** What scoring needs of a question version: its key, never its text. */
export interface KeyedQuestion {
  type: QuestionType;
  /** Weights are Moodle percentages (-100…100), as the question bank stores them. */
  options: { id: string; correct: boolean; weight?: number }[];
  accepted: string[];
  acceptWithoutDiacritics: boolean;
  numericValue: number | null;
  numericTolerance: number | null;
  partialCredit: boolean;
}

export interface ResponseScore {
  correct: boolean;
  /** 0…1 */
  credit: number;
}

export const MAX_TEXT_RESPONSE_LENGTH = 1_000;

const WRONG: ResponseScore = { correct: false, credit: 0 };
const RIGHT: ResponseScore = { correct: true, credit: 1 };
// One separator at most: "1.000" would be a thousand to a Vietnamese reader and one to an English one.
const NUMERIC_TEXT = /^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/**
 * Scores one answer against a question's key. Malformed answers score 0 and never throw;
 * `null` is a blank answer.
 */
export function scoreResponse(question: KeyedQuestion, response: unknown): ResponseScore {
  switch (question.type) {
    case 'single':
    case 'true_false':
      return scoreSingle(question, response);
    case 'multiple':
      return scoreMultiple(question, response);
    case 'short_text':
      return scoreShortText(question, response);
    case 'numeric':
      return scoreNumeric(question, response);
    default:
      return WRONG;
  }
}

/** Whether an answer has the shape its question type takes; the API refuses the others with 400. */
export function isWellFormedResponse(type: QuestionType, response: unknown, optionIds: string[]): boolean {
  if (response === null) return true;
  switch (type) {
    case 'single':
    case 'true_false':
      return typeof response === 'string' && optionIds.includes(response);
    case 'multiple':
      return chosenOptionIds(response, optionIds) !== undefined;
    case 'short_text':
      return typeof response === 'string' && response.length <= MAX_TEXT_RESPONSE_LENGTH;
    case 'numeric':
      return parseNumericResponse(response) !== undefined;
    default:
      return false;
  }
}

/** A finite number, or a numeric string with a dot or a Vietnamese decimal comma ("2,5"). */
export function parseNumericResponse(response: unknown): number | undefined {
  if (typeof response === 'number') return Number.isFinite(response) ? response : undefined;
  if (typeof response !== 'string') return undefined;
  const text = response.trim();
  if (!NUMERIC_TEXT.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

function scoreSingle(question: KeyedQuestion, response: unknown): ResponseScore {
  const chosen = typeof response === 'string' ? question.options.find((option) => option.id === response) : undefined;
  if (!chosen) return WRONG;
  if (chosen.correct) return RIGHT;
  // A single-choice question imported from GIFT may give partial credit to a near answer ("~%50%…").
  const credit = question.partialCredit && isWeight(chosen.weight) ? clampCredit(chosen.weight / 100) : 0;
  return { correct: false, credit };
}

function scoreMultiple(question: KeyedQuestion, response: unknown): ResponseScore {
  const chosen = chosenOptionIds(
    response,
    question.options.map((option) => option.id),
  );
  if (!chosen) return WRONG;
  const chosenOptions = question.options.filter((option) => chosen.has(option.id));
  const keyCount = question.options.filter((option) => option.correct).length;
  const rightChosen = chosenOptions.filter((option) => option.correct).length;
  const wrongChosen = chosenOptions.length - rightChosen;
  if (keyCount > 0 && rightChosen === keyCount && wrongChosen === 0) return RIGHT;
  if (!question.partialCredit) return WRONG;
  if (question.options.every((option) => isWeight(option.weight))) {
    const total = chosenOptions.reduce((sum, option) => sum + option.weight!, 0);
    return { correct: false, credit: clampCredit(total / 100) };
  }
  return { correct: false, credit: keyCount > 0 ? clampCredit((rightChosen - wrongChosen) / keyCount) : 0 };
}

function scoreShortText(question: KeyedQuestion, response: unknown): ResponseScore {
  if (typeof response !== 'string' || response.length > MAX_TEXT_RESPONSE_LENGTH) return WRONG;
  const answer = comparableText(response);
  if (!answer) return WRONG;
  const folded = question.acceptWithoutDiacritics ? foldVietnamese(response) : undefined;
  const matches = question.accepted.some(
    (accepted) => comparableText(accepted) === answer || (folded !== undefined && foldVietnamese(accepted) === folded),
  );
  return matches ? RIGHT : WRONG;
}

function scoreNumeric(question: KeyedQuestion, response: unknown): ResponseScore {
  const value = parseNumericResponse(response);
  const expected = question.numericValue;
  if (value === undefined || expected === null || !Number.isFinite(expected)) return WRONG;
  const tolerance = Math.max(0, question.numericTolerance ?? 0);
  // Binary fractions: 0.1 + 0.2 must still be within ±0 of 0.3.
  const slack = 1e-9 * Math.max(1, Math.abs(expected));
  return Math.abs(value - expected) <= tolerance + slack ? RIGHT : WRONG;
}

/** The chosen ids as a set, or undefined unless the response is an array of distinct known ids. */
function chosenOptionIds(response: unknown, optionIds: string[]): Set<string> | undefined {
  if (!Array.isArray(response)) return undefined;
  const chosen = new Set<string>();
  for (const id of response) {
    if (typeof id !== 'string' || !optionIds.includes(id) || chosen.has(id)) return undefined;
    chosen.add(id);
  }
  return chosen;
}

function comparableText(text: string): string {
  return tidySpaces(text.toLowerCase());
}

function isWeight(weight: number | undefined): weight is number {
  return typeof weight === 'number' && Number.isFinite(weight);
}

function clampCredit(credit: number): number {
  return Math.min(1, Math.max(0, credit));
}
