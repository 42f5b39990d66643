// The draw-matrix editor's arithmetic: what the bank holds per cell, and what to ask the server to check. Pure.
import type { CognitiveLevel, DrawCell, MatrixCell, MatrixShortfall, Topic } from '../api/types.js';
import { ANY, cellKey, drawMatrix } from './form.js';

/** Approved questions available to a cell; `null` topic or level is "any" (a wildcard), as in the draw. */
export function availability(bank: readonly MatrixCell[]): (topic: string | null, level: string | null) => number {
  const counts = new Map<string, number>();
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const cell of bank) {
    const topic = cell.topic ?? null;
    const level = cell.cognitiveLevel ?? null;
    add(cellKey(ANY, ANY), cell.count);
    if (topic !== null) add(cellKey(topic, ANY), cell.count);
    if (level !== null) add(cellKey(ANY, level), cell.count);
    if (topic !== null && level !== null) add(cellKey(topic, level), cell.count);
  }
  return (topic, level) => counts.get(cellKey(topic ?? ANY, level ?? ANY)) ?? 0;
}

export interface MatrixRowInfo {
  topic: string;
  name: string;
}

/** Topics that have approved questions or a count already set, in the order of the topic list, unknown ones after. */
export function matrixRows(bank: readonly MatrixCell[], topics: readonly Topic[], matrix: Record<string, number>): MatrixRowInfo[] {
  const used = new Set<string>();
  for (const cell of bank) if (cell.topic && cell.count > 0) used.add(cell.topic);
  for (const [key, count] of Object.entries(matrix)) {
    const topic = key.split('|')[0]!;
    if (topic !== ANY && count > 0) used.add(topic);
  }
  const known = topics.filter((topic) => used.has(topic.code)).map((topic) => ({ topic: topic.code, name: topic.name }));
  const unknown = [...used]
    .filter((code) => !topics.some((topic) => topic.code === code))
    .sort()
    .map((code) => ({ topic: code, name: code }));
  return [...known, ...unknown];
}

/**
 * The cells to check with the server: the matrix, plus the rest of the paper drawn from anywhere
 * (a wildcard cell), so that "the bank has enough questions" is checked along with each cell.
 */
export function cellsToCheck(matrix: Record<string, number>, questionCount: number): DrawCell[] {
  const cells = drawMatrix(matrix);
  const rest = questionCount - cells.reduce((sum, cell) => sum + cell.count, 0);
  if (rest <= 0) return cells;
  const anyCell = cells.find((cell) => cell.topic === null && cell.cognitiveLevel === null);
  if (anyCell) anyCell.count += rest;
  else cells.push({ topic: null, cognitiveLevel: null, count: rest });
  return cells;
}

/** Shortfalls by cell key (`topic|level`, `*` for any). */
export function shortfallsByKey(shortfalls: readonly MatrixShortfall[]): Map<string, MatrixShortfall> {
  return new Map(shortfalls.map((shortfall) => [cellKey(shortfall.topic ?? null, shortfall.cognitiveLevel ?? null), shortfall]));
}

export const matrixLevels: (CognitiveLevel | null)[] = ['recognition', 'comprehension', 'application', 'high_application', null];
