import {
  COGNITIVE_LEVELS,
  DIFFICULTIES,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  type FormatProblem,
  type LocatedDraft,
  type ParseResult,
  type QuestionDraft,
} from '../question-draft.js';

export const JSON_FORMAT_VERSION = 1;

interface JsonBank {
  format: 'lantoa-questions';
  version: number;
  questions: QuestionDraft[];
}

/** Every field of every draft: the lossless format. */
export function toJson(drafts: QuestionDraft[]): string {
  const bank: JsonBank = { format: 'lantoa-questions', version: JSON_FORMAT_VERSION, questions: drafts };
  return JSON.stringify(bank, null, 2) + '\n';
}

const isString = (value: unknown): value is string => typeof value === 'string';
const optionalStrings = (value: unknown) => value === undefined || (Array.isArray(value) && value.every(isString));

function shapeProblem(item: Record<string, unknown>): string | undefined {
  if (!QUESTION_TYPES.includes(item.type as never)) return 'type';
  if (!isString(item.stem)) return 'stem';
  if (
    item.options !== undefined &&
    (!Array.isArray(item.options) || !item.options.every((o) => o && isString(o.text) && typeof o.correct === 'boolean'))
  )
    return 'options';
  if (!optionalStrings(item.accepted)) return 'accepted';
  if (!optionalStrings(item.tags)) return 'tags';
  if (!optionalStrings(item.facts)) return 'facts';
  if (item.numeric !== undefined && !(item.numeric && typeof (item.numeric as { value?: unknown }).value === 'number')) return 'numeric';
  if (item.cognitiveLevel !== undefined && !COGNITIVE_LEVELS.includes(item.cognitiveLevel as never)) return 'cognitiveLevel';
  if (item.difficulty !== undefined && !DIFFICULTIES.includes(item.difficulty as never)) return 'difficulty';
  if (item.status !== undefined && !QUESTION_STATUSES.includes(item.status as never)) return 'status';
  for (const field of ['title', 'topic', 'explanation', 'trueFeedback', 'falseFeedback'] as const)
    if (item[field] !== undefined && !isString(item[field])) return field;
  return undefined;
}

/** Reads the JSON export (or a bare array of questions); "line" is the question's 1-based position. */
export function parseJson(text: string): ParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      questions: [],
      problems: [{ line: 1, code: 'INVALID_VALUE', params: { field: 'JSON', value: (error as Error).message.slice(0, 120) } }],
    };
  }
  const items = Array.isArray(parsed) ? parsed : (parsed as Partial<JsonBank>)?.questions;
  if (!Array.isArray(items)) return { questions: [], problems: [{ line: 1, code: 'REQUIRED', params: { field: 'questions' } }] };
  const questions: LocatedDraft[] = [];
  const problems: FormatProblem[] = [];
  items.forEach((item: unknown, index) => {
    const field = item && typeof item === 'object' ? shapeProblem(item as Record<string, unknown>) : 'question';
    if (field) problems.push({ line: index + 1, code: 'INVALID_VALUE', params: { field, value: '' } });
    else questions.push({ ...(item as QuestionDraft), line: index + 1 });
  });
  return { questions, problems };
}
