/**
 * Who ranks where in a round, for reports: the same counted attempt and the same order as the live leaderboard
 * (leaderboard/round-board.ts), built from the tie-break rule the leaderboard itself uses, so a report's rank is the
 * rank a participant saw. Pure: attempts in, ranking out.
 */
import { overallRanking } from '../../leaderboard/rules/overall-ranking.js';
import { compareEntries, type TieBreak } from '../../leaderboard/rules/tie-breaks.js';

export interface SubmittedAttempt {
  attemptId: string;
  userId: string;
  unitId: string | null;
  number: number;
  correctCount: number;
  score: number;
  durationMs: number;
  /** Epoch milliseconds. */
  submittedAt: number;
  prediction: number | null;
  questionCount: number;
}

export interface RankedPerson {
  userId: string;
  /** The unit of the counted attempt (overall: of the latest round taken). */
  unitId: string | null;
  rank: number;
  correctCount: number;
  score: number;
  durationMs: number;
  submittedAt: number;
  /** Overall: null. */
  prediction: number | null;
  /** Submitted attempts (overall: over every round). */
  attempts: number;
  /** The counted attempt; null overall, where rounds add up. */
  attemptId: string | null;
  questionCount: number;
  rounds: number;
}

export interface RoundRanking {
  /** In rank order. */
  people: RankedPerson[];
  /** After the close: how many counted papers are all correct (the prediction's answer); null while provisional. */
  perfectCount: number | null;
}

export type Counting = 'best' | 'last';
export type AttemptChoice = 'first' | 'best' | 'last' | 'all';

/** The leaderboard replays attempts in submission order (then id); "last" keeps the latest, "best" the first best. */
export function inSubmissionOrder(attempts: readonly SubmittedAttempt[]): SubmittedAttempt[] {
  return [...attempts].sort((a, b) => a.submittedAt - b.submittedAt || byId(a.attemptId, b.attemptId));
}

/** Each person's counted attempt and how many they submitted. */
export function countedAttempts(
  attempts: readonly SubmittedAttempt[],
  counting: Counting,
  tieBreaks: readonly TieBreak[],
): Map<string, { counted: SubmittedAttempt; attempts: number }> {
  const better = compareEntries(tieBreaks, null);
  const people = new Map<string, { counted: SubmittedAttempt; attempts: number }>();
  for (const attempt of inSubmissionOrder(attempts)) {
    const known = people.get(attempt.userId);
    if (!known) people.set(attempt.userId, { counted: attempt, attempts: 1 });
    else {
      known.attempts++;
      if (counting === 'last' || better(attempt, known.counted) < 0) known.counted = attempt;
    }
  }
  return people;
}

/**
 * The round's ranking. While the round is open (`final` false) the prediction tie-break is skipped, as on the live
 * board; once it has closed, the real number of all-correct papers settles it. Ties left over go by user id.
 */
export function rankRound(
  attempts: readonly SubmittedAttempt[],
  options: { counting: Counting; tieBreaks: readonly TieBreak[]; final: boolean },
): RoundRanking {
  const people = [...countedAttempts(attempts, options.counting, options.tieBreaks).values()];
  const perfectCount = options.final ? people.filter(({ counted }) => counted.correctCount === counted.questionCount).length : null;
  const order = compareEntries(options.tieBreaks, perfectCount);
  people.sort((a, b) => order(a.counted, b.counted) || byId(a.counted.userId, b.counted.userId));
  return {
    perfectCount,
    people: people.map(({ counted, attempts: used }, index) => ({
      userId: counted.userId,
      unitId: counted.unitId,
      rank: index + 1,
      correctCount: counted.correctCount,
      score: counted.score,
      durationMs: counted.durationMs,
      submittedAt: counted.submittedAt,
      prediction: counted.prediction,
      attempts: used,
      attemptId: counted.attemptId,
      questionCount: counted.questionCount,
      rounds: 1,
    })),
  };
}

/**
 * Every round together, ranked by the leaderboard's own overall rule (counted correct answers summed over the rounds,
 * then the tie-breaks); scores, time, attempts and papers add up. `rounds` in the contest's order.
 */
export function rankOverall(rounds: readonly RoundRanking[], tieBreaks: readonly TieBreak[]): RoundRanking {
  const totals = new Map<string, { attempts: number; questionCount: number }>();
  for (const round of rounds) {
    for (const person of round.people) {
      const total = totals.get(person.userId) ?? { attempts: 0, questionCount: 0 };
      total.attempts += person.attempts;
      total.questionCount += person.questionCount;
      totals.set(person.userId, total);
    }
  }
  const ranked = overallRanking(
    rounds.map((round) => ({ entries: round.people, perfectCount: round.perfectCount })),
    tieBreaks,
  );
  return {
    perfectCount: null,
    people: ranked.map((person, index) => ({
      userId: person.userId,
      unitId: person.unitId,
      rank: index + 1,
      correctCount: person.correctCount,
      score: Math.round(person.score * 100) / 100,
      durationMs: person.durationMs,
      submittedAt: person.submittedAt,
      prediction: null,
      attempts: totals.get(person.userId)!.attempts,
      attemptId: null,
      questionCount: totals.get(person.userId)!.questionCount,
      rounds: person.rounds,
    })),
  };
}

/** The attempts an item analysis reads: each person's first, best or last, or all of them. */
export function chooseAttempts(
  attempts: readonly SubmittedAttempt[],
  choice: AttemptChoice,
  tieBreaks: readonly TieBreak[],
): SubmittedAttempt[] {
  if (choice === 'all') return [...attempts];
  if (choice === 'best' || choice === 'last') return [...countedAttempts(attempts, choice, tieBreaks).values()].map((p) => p.counted);
  const first = new Map<string, SubmittedAttempt>();
  for (const attempt of attempts) {
    const known = first.get(attempt.userId);
    if (!known || attempt.number < known.number) first.set(attempt.userId, attempt);
  }
  return [...first.values()];
}

/** UUIDs in PostgreSQL's order (and the leaderboard's): lower-case hex compares as text. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
