/** What a participant's ranking rests on, for one round or overall. */
export interface RankEntry {
  correctCount: number;
  score: number;
  durationMs: number;
  /** Epoch milliseconds. */
  submittedAt: number;
  /** Their guess of how many participants answer every question correctly; null when none. */
  prediction: number | null;
}

export type TieBreak = 'prediction' | 'time' | 'submitted';

/** The order Vietnamese online law contests use (Bộ Tư pháp 2021, Quảng Nam 2022). */
export const DEFAULT_TIE_BREAKS: readonly TieBreak[] = ['prediction', 'time', 'submitted'];

type Comparator = (a: RankEntry, b: RankEntry) => number;

/**
 * A comparator for RankingTree: more correct answers first, then the tie-breaks in order.
 * `actualCount` is the real number of all-correct participants, known only when the round
 * closes; while it is null the prediction tie-break is skipped (a provisional ranking).
 */
export function compareEntries(order: readonly TieBreak[] = DEFAULT_TIE_BREAKS, actualCount: number | null = null): Comparator {
  const tieBreaks = order.flatMap((tieBreak): Comparator[] => {
    switch (tieBreak) {
      case 'prediction':
        return actualCount === null ? [] : [byPrediction(actualCount)];
      case 'time':
        return [(a, b) => a.durationMs - b.durationMs];
      case 'submitted':
        return [(a, b) => a.submittedAt - b.submittedAt];
      default:
        throw new RangeError(`Unknown tie-break: ${String(tieBreak)}`);
    }
  });
  return (a, b) => {
    let result = b.correctCount - a.correctCount;
    for (let index = 0; result === 0 && index < tieBreaks.length; index++) result = tieBreaks[index]!(a, b);
    return result;
  };
}

function byPrediction(actualCount: number): Comparator {
  // No prediction is further off than any prediction.
  const distance = (entry: RankEntry) =>
    entry.prediction === null || !Number.isFinite(entry.prediction) ? Number.POSITIVE_INFINITY : Math.abs(entry.prediction - actualCount);
  return (a, b) => {
    const [distanceA, distanceB] = [distance(a), distance(b)];
    return distanceA === distanceB ? 0 : distanceA < distanceB ? -1 : 1;
  };
}
