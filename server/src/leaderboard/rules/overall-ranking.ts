import type { TieBreak } from './tie-breaks.js';

/** One person's counted attempt in one round. */
export interface RoundResult {
  userId: string;
  unitId: string | null;
  correctCount: number;
  score: number;
  durationMs: number;
  /** Epoch milliseconds. */
  submittedAt: number;
  prediction: number | null;
}

export interface RoundResults {
  entries: Iterable<RoundResult>;
  /** The real number of all-correct papers, once the round has closed; null while it is open. */
  perfectCount: number | null;
}

export interface OverallResult {
  userId: string;
  /** The unit of their latest counted attempt. */
  unitId: string | null;
  rounds: number;
  correctCount: number;
  score: number;
  durationMs: number;
  /** Their latest counted submission. */
  submittedAt: number;
  /** |prediction − real count| summed over closed rounds; infinite when a closed round has no prediction, 0 when none closed. */
  predictionGap: number;
}

/**
 * The ranking across rounds: counted correct answers summed, then the contest's tie-breaks in
 * order — the prediction gaps summed over the closed rounds, the total time, the latest
 * submission (earlier first) — then the id, so that no two people share a rank. Pure.
 */
export function overallRanking(rounds: readonly RoundResults[], tieBreaks: readonly TieBreak[]): OverallResult[] {
  const people = new Map<string, OverallResult>();
  for (const round of rounds) {
    for (const entry of round.entries) {
      let person = people.get(entry.userId);
      if (!person) {
        person = {
          userId: entry.userId,
          unitId: entry.unitId,
          rounds: 0,
          correctCount: 0,
          score: 0,
          durationMs: 0,
          submittedAt: 0,
          predictionGap: 0,
        };
        people.set(entry.userId, person);
      }
      person.rounds++;
      person.correctCount += entry.correctCount;
      person.score += entry.score;
      person.durationMs += entry.durationMs;
      if (entry.submittedAt >= person.submittedAt) {
        person.submittedAt = entry.submittedAt;
        person.unitId = entry.unitId;
      }
      if (round.perfectCount !== null) person.predictionGap += gap(entry.prediction, round.perfectCount);
    }
  }
  const order = overallOrder(tieBreaks);
  return [...people.values()].sort((a, b) => order(a, b) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

function gap(prediction: number | null, perfectCount: number): number {
  return prediction === null || !Number.isFinite(prediction) ? Number.POSITIVE_INFINITY : Math.abs(prediction - perfectCount);
}

function overallOrder(tieBreaks: readonly TieBreak[]): (a: OverallResult, b: OverallResult) => number {
  const steps = tieBreaks.map((tieBreak): ((a: OverallResult, b: OverallResult) => number) => {
    switch (tieBreak) {
      case 'prediction':
        return (a, b) => (a.predictionGap === b.predictionGap ? 0 : a.predictionGap < b.predictionGap ? -1 : 1);
      case 'time':
        return (a, b) => a.durationMs - b.durationMs;
      case 'submitted':
        return (a, b) => a.submittedAt - b.submittedAt;
      default:
        throw new RangeError(`Unknown tie-break: ${String(tieBreak)}`);
    }
  });
  return (a, b) => {
    let result = b.correctCount - a.correctCount;
    for (let index = 0; result === 0 && index < steps.length; index++) result = steps[index]!(a, b);
    return result;
  };
}
