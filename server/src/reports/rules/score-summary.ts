/**
 * Figures for a row of the "By unit" report: how the scores of the attempts counted for that unit spread out.
 * Pure: scores in, figures out; never NaN and never a throw.
 */

export const DISTRIBUTION_BUCKETS = 10;
/** Scores are sums of credits rounded to 2 decimals, so a score within 1e-9 of a boundary is on it. */
const SLACK = 1e-9;

export interface ScoreSummary {
  /** Finite scores counted (NaN / ±Infinity are left out of every figure). */
  count: number;
  mean: number | null;
  /** Middle score, or the mean of the two middle scores (as Moodle's quiz report does). */
  median: number | null;
  highest: number | null;
  /** Scores ≥ maxScore − 1e-9. */
  fullMarks: number;
  /**
   * Ten equal buckets of the max score: bucket i counts scores in [i·max/10, (i+1)·max/10), the top bucket also takes
   * max itself. Scores below 0 fall in the first bucket and scores above max in the last, so the buckets always add up
   * to `count`; with maxScore ≤ 0 every score ≥ maxScore goes to the top bucket.
   */
  distribution: number[];
}

export function summarize(scores: readonly number[], maxScore: number): ScoreSummary {
  const counted = scores.filter(Number.isFinite);
  const distribution = new Array<number>(DISTRIBUTION_BUCKETS).fill(0);
  const count = counted.length;
  const fullMarks = counted.filter((score) => score >= maxScore - SLACK).length;
  for (const score of counted) distribution[bucketOf(score, maxScore)]++;
  if (count === 0) return { count, mean: null, median: null, highest: null, fullMarks, distribution };

  const sorted = Float64Array.from(counted).sort(); // numeric, and far faster than a comparator over 100,000 scores
  const middle = Math.floor(count / 2);
  return {
    count,
    mean: sorted.reduce((sum, score) => sum + score, 0) / count,
    median: count % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!,
    highest: sorted[count - 1]!,
    fullMarks,
    distribution,
  };
}

function bucketOf(score: number, maxScore: number): number {
  if (!(maxScore > 0)) return score >= maxScore - SLACK ? DISTRIBUTION_BUCKETS - 1 : 0;
  const index = Math.floor((score * DISTRIBUTION_BUCKETS) / maxScore + SLACK);
  return Math.min(DISTRIBUTION_BUCKETS - 1, Math.max(0, index));
}

/**
 * Participants ÷ headcount as a fraction (0.8 = 80 %), or null when there is no headcount to divide by (null, 0, or
 * not a positive number). Not capped at 1: more participants than the declared headcount is worth seeing.
 */
export function participationRate(participants: number, headcount: number | null): number | null {
  if (headcount === null || !(headcount > 0) || !Number.isFinite(headcount) || !Number.isFinite(participants)) return null;
  return participants / headcount;
}
