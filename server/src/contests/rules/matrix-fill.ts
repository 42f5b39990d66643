/**
 * Whether a question bank can fill a draw matrix, as a flow problem: each cell needs `count`
 * questions, each question serves at most one cell. Questions sharing a topic and a level are
 * interchangeable, so the flow runs over those groups, not over single questions.
 */

export interface MatrixCell {
  /** null: any topic */
  topic: string | null;
  /** null: any level */
  cognitiveLevel: string | null;
  count: number;
}

export interface Classified {
  topic: string | null;
  cognitiveLevel: string | null;
}

export interface CellShortfall {
  cell: MatrixCell;
  available: number;
}

export function cellMatches(cell: Classified, question: Classified): boolean {
  return (
    (cell.topic === null || cell.topic === question.topic) &&
    (cell.cognitiveLevel === null || cell.cognitiveLevel === question.cognitiveLevel)
  );
}

/** Cell indexes, most specific first (topic and level, then one of them, then neither); stable. */
export function cellsBySpecificity(matrix: readonly MatrixCell[]): number[] {
  const specificity = (cell: MatrixCell) => Number(cell.topic !== null) + Number(cell.cognitiveLevel !== null);
  return matrix.map((_cell, index) => index).sort((a, b) => specificity(matrix[b]!) - specificity(matrix[a]!) || a - b);
}

export function assertCount(count: number, what: string): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`${what} must be a whole number ≥ 0, not ${count}`);
}

/**
 * How many questions each cell gets at most, given how many are left in each group.
 * Cells are served in `order`: a cell earlier in it never loses questions to a later one.
 */
export function fillCells(
  demands: readonly number[],
  order: readonly number[],
  groupSizes: readonly number[],
  matches: (cell: number, group: number) => boolean,
): number[] {
  const flow = demands.map(() => groupSizes.map(() => 0));
  const used = groupSizes.map(() => 0);
  const filled = demands.map(() => 0);

  // Moves up to `limit` questions into `cell`, taking free ones or displacing another cell's
  // questions to a group that still has some free (an augmenting path).
  const push = (cell: number, limit: number, seenCells: Set<number>, seenGroups: Set<number>): number => {
    seenCells.add(cell);
    for (let group = 0; group < groupSizes.length; group++) {
      if (seenGroups.has(group) || !matches(cell, group)) continue;
      seenGroups.add(group);
      const free = groupSizes[group]! - used[group]!;
      if (free > 0) {
        const amount = Math.min(limit, free);
        flow[cell]![group]! += amount;
        used[group]! += amount;
        return amount;
      }
      for (let other = 0; other < demands.length; other++) {
        const held = flow[other]![group]!;
        if (held === 0 || seenCells.has(other)) continue;
        const amount = push(other, Math.min(limit, held), seenCells, seenGroups);
        if (amount > 0) {
          flow[other]![group]! -= amount;
          flow[cell]![group]! += amount;
          return amount;
        }
      }
    }
    return 0;
  };

  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const cell of order) {
      while (filled[cell]! < demands[cell]!) {
        const amount = push(cell, demands[cell]! - filled[cell]!, new Set(), new Set());
        if (amount === 0) break;
        filled[cell]! += amount;
        progressed = true;
      }
    }
  }
  return filled;
}

/** The cells a set of questions cannot fill, in matrix order, with how many each could get. */
export function shortfallsOf(questions: readonly Classified[], matrix: readonly MatrixCell[]): CellShortfall[] {
  matrix.forEach((cell) => assertCount(cell.count, 'A matrix cell count'));
  const groups = groupByClass(questions);
  const filled = fillCells(
    matrix.map((cell) => cell.count),
    cellsBySpecificity(matrix),
    groups.map((group) => group.members.length),
    (cell, group) => cellMatches(matrix[cell]!, groups[group]!),
  );
  return matrix.flatMap((cell, index) => (filled[index]! < cell.count ? [{ cell, available: filled[index]! }] : []));
}

export interface QuestionGroup<Q extends Classified> extends Classified {
  members: Q[];
}

/** Groups questions by (topic, level), keeping their order inside each group. */
export function groupByClass<Q extends Classified>(questions: readonly Q[]): QuestionGroup<Q>[] {
  const groups = new Map<string, QuestionGroup<Q>>();
  for (const question of questions) {
    const key = JSON.stringify([question.topic, question.cognitiveLevel]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { topic: question.topic, cognitiveLevel: question.cognitiveLevel, members: [] }));
    group.members.push(question);
  }
  return [...groups.values()];
}
