import {
  assertCount,
  cellMatches,
  cellsBySpecificity,
  fillCells,
  groupByClass,
  shortfallsOf,
  type CellShortfall,
  type MatrixCell,
} from './matrix-fill.js';

export type { CellShortfall, MatrixCell } from './matrix-fill.js';

export interface PoolQuestion {
  questionId: string;
  version: number;
  topic: string | null;
  cognitiveLevel: string | null;
  optionIds: string[];
}

/** One question of an attempt's paper, in the order the participant sees it. */
export interface PaperItem {
  questionId: string;
  version: number;
  optionOrder: string[];
}

/** The bank cannot fill the matrix (or the paper); the service maps it to an error code. */
export class PaperShortfallError extends Error {
  readonly code = 'PAPER_SHORTFALL';

  constructor(readonly shortfalls: CellShortfall[]) {
    super(`The question pool cannot fill ${shortfalls.length} cell(s) of the draw matrix`);
    this.name = 'PaperShortfallError';
  }
}

export const ATTEMPT_OPTION_ID_LENGTH = 8;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The matrix cells a pool cannot fill, each question counted once, the most specific cells served first. */
export function matrixShortfalls(pool: readonly PoolQuestion[], matrix: readonly MatrixCell[]): CellShortfall[] {
  return shortfallsOf(distinctQuestions(pool), matrix);
}

/**
 * Draws one attempt's paper: exactly `count` questions from each matrix cell, the rest of
 * `questionCount` from anywhere in the pool, no question twice, questions and options shuffled.
 */
export function drawPaper(
  pool: readonly PoolQuestion[],
  matrix: readonly MatrixCell[],
  questionCount: number,
  random: () => number,
): PaperItem[] {
  const questions = fillableQuestions(pool, matrix, questionCount);
  const groups = groupByClass(shuffled(questions, random));
  const chosen: PoolQuestion[] = [];
  const demands = matrix.map((cell) => cell.count);
  const order = cellsBySpecificity(matrix);
  const stillFillable = () => {
    const filled = fillCells(
      demands,
      order,
      groups.map((group) => group.members.length),
      (cell, group) => cellMatches(matrix[cell]!, groups[group]!),
    );
    return filled.every((count, cell) => count === demands[cell]);
  };

  for (const cell of order) {
    while (demands[cell]! > 0) {
      // A uniformly random matching question, unless taking it would starve another cell.
      const candidates = groups.filter((group) => group.members.length > 0 && cellMatches(matrix[cell]!, group));
      for (;;) {
        const group = pickWeighted(candidates, random);
        const question = group.members.pop()!;
        demands[cell]! -= 1;
        if (stillFillable()) {
          chosen.push(question);
          break;
        }
        group.members.push(question);
        demands[cell]! += 1;
        candidates.splice(candidates.indexOf(group), 1);
      }
    }
  }

  const rest = shuffled(
    groups.flatMap((group) => group.members),
    random,
  ).slice(0, questionCount - chosen.length);
  return shuffled([...chosen, ...rest], random).map((question) => ({
    questionId: question.questionId,
    version: question.version,
    optionOrder: shuffled(question.optionIds, random),
  }));
}

// A published contest's pool and matrix are frozen, so the check below runs once per contest,
// not once per attempt.
const checked = new WeakMap<readonly PoolQuestion[], { matrix: readonly MatrixCell[]; questionCount: number; questions: PoolQuestion[] }>();

/** The pool's distinct questions, once it is known they can fill the matrix and the paper. */
function fillableQuestions(pool: readonly PoolQuestion[], matrix: readonly MatrixCell[], questionCount: number): PoolQuestion[] {
  const hit = checked.get(pool);
  if (hit && hit.matrix === matrix && hit.questionCount === questionCount) return hit.questions;
  assertCount(questionCount, 'The question count');
  const questions = distinctQuestions(pool);
  const shortfalls = shortfallsOf(questions, matrix);
  const demanded = matrix.reduce((sum, cell) => sum + cell.count, 0);
  if (demanded > questionCount) throw new RangeError(`The matrix asks for ${demanded} questions, the paper has ${questionCount}`);
  if (questions.length < questionCount) {
    shortfalls.push({ cell: { topic: null, cognitiveLevel: null, count: questionCount }, available: questions.length });
  }
  if (shortfalls.length > 0) throw new PaperShortfallError(shortfalls);
  checked.set(pool, { matrix, questionCount, questions });
  return questions;
}

/** Opaque per-attempt option ids: they say nothing of the stored id or of the option's place. */
export function attemptOptionIds(count: number, random: () => number): string[] {
  assertCount(count, 'The option count');
  const ids = new Set<string>();
  for (let tries = 0; ids.size < count; tries++) {
    if (tries > count * 100) throw new Error('The random source keeps repeating itself');
    let id = '';
    for (let index = 0; index < ATTEMPT_OPTION_ID_LENGTH; index++) id += ID_ALPHABET[randomIndex(ID_ALPHABET.length, random)];
    ids.add(id);
  }
  return [...ids];
}

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = randomIndex(index + 1, random);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function randomIndex(size: number, random: () => number): number {
  const value = random();
  if (!(value >= 0 && value < 1)) throw new RangeError(`A random source must return a number in [0, 1), not ${value}`);
  return Math.floor(value * size);
}

function pickWeighted<G extends { members: unknown[] }>(groups: G[], random: () => number): G {
  const total = groups.reduce((sum, group) => sum + group.members.length, 0);
  if (total === 0) throw new Error('No candidate question is left for a cell that was fillable');
  let index = randomIndex(total, random);
  for (const group of groups) {
    if (index < group.members.length) return group;
    index -= group.members.length;
  }
  return groups[groups.length - 1]!;
}

/** A pool listing a question twice (two versions, a join gone wrong) still yields it once: the first listed. */
function distinctQuestions(pool: readonly PoolQuestion[]): PoolQuestion[] {
  const seen = new Set<string>();
  return pool.filter((question) => !seen.has(question.questionId) && seen.add(question.questionId));
}
