// The topic × cognitive-level table of approved questions organizers build papers from. Pure.
import { cognitiveLevels, type CognitiveLevel, type MatrixCell, type Topic } from '../api/types.js';

/** A level column; `none` holds questions with no level yet. */
export type MatrixColumn = CognitiveLevel | 'none';
export const matrixColumns: MatrixColumn[] = [...cognitiveLevels, 'none'];

export interface MatrixRow {
  /** null: questions with no topic. */
  topic: string | null;
  name: string;
  counts: Record<MatrixColumn, number>;
  total: number;
}

export interface Matrix {
  rows: MatrixRow[];
  totals: Record<MatrixColumn, number>;
  total: number;
  /** Whether any question lacks a level (the `none` column is shown only then). */
  hasUnleveled: boolean;
}

const zero = (): Record<MatrixColumn, number> => ({ recognition: 0, comprehension: 0, application: 0, high_application: 0, none: 0 });

/** Rows in the order of the managed topic list, then unknown topics, then "no topic". */
export function buildMatrix(cells: MatrixCell[], topics: Topic[], noTopicName: string): Matrix {
  const rows = new Map<string | null, MatrixRow>();
  const row = (topic: string | null): MatrixRow => {
    let found = rows.get(topic);
    if (!found) {
      const name = topic === null ? noTopicName : (topics.find((item) => item.code === topic)?.name ?? topic);
      found = { topic, name, counts: zero(), total: 0 };
      rows.set(topic, found);
    }
    return found;
  };
  for (const topic of topics) row(topic.code);
  const totals = zero();
  let total = 0;
  for (const cell of cells) {
    const column: MatrixColumn = cell.cognitiveLevel ?? 'none';
    const target = row(cell.topic ?? null);
    target.counts[column] += cell.count;
    target.total += cell.count;
    totals[column] += cell.count;
    total += cell.count;
  }
  const order = (item: MatrixRow) =>
    item.topic === null ? Number.MAX_SAFE_INTEGER : topics.findIndex((topic) => topic.code === item.topic);
  const sorted = [...rows.values()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return (x < 0 ? topics.length : x) - (y < 0 ? topics.length : y);
  });
  return { rows: sorted, totals, total, hasUnleveled: totals.none > 0 };
}
