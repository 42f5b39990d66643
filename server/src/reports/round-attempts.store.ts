import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { roundState } from '../contests/contest-view.js';
import type { ReportScope } from './report-scope.service.js';
import {
  countedAttempts,
  rankOverall,
  rankRound,
  type RankedPerson,
  type RoundRanking,
  type SubmittedAttempt,
} from './rules/round-ranking.js';

/** A round's submitted attempts as of one stamp; `version` changes whenever they do. */
export interface RoundAttempts {
  roundId: string;
  version: number;
  count: number;
  lastSubmittedAt: number;
  attempts: readonly SubmittedAttempt[];
  byId: ReadonlyMap<string, SubmittedAttempt>;
}

export interface Ranking extends RoundRanking {
  byUser: ReadonlyMap<string, RankedPerson>;
  /** Changes whenever any round it covers does: a cache key. */
  stamp: string;
  /** Per unit of the counted attempts: their scores and every attempt of those people. */
  byUnit(): ReadonlyMap<string, { scores: number[]; attempts: number }>;
}

interface AttemptRow {
  id: string;
  user_id: string;
  unit_id: string | null;
  number: number;
  correct_count: number | null;
  score: number | null;
  duration_ms: number | null;
  /** Epoch milliseconds, as a number: cheaper to read than a timestamp 100,000 times. */
  submitted_ms: number;
  prediction: number | null;
  question_count: number;
}

// Attempts submitted by the sweeper carry their deadline, a little in the past; a late one is caught by the count check.
const REREAD_WINDOW_MS = 10 * 60_000;
const ROUNDS_KEPT = 16;

/**
 * The submitted attempts of each round a report reads, kept in memory and brought up to date from PostgreSQL on every
 * read: a count and the latest submission time (one index-only scan) tell whether anything changed, and only the
 * attempts submitted since are read again. Nothing here is on the submit path; any server process sees every
 * submission. Rankings are memoised per version.
 */
@Injectable()
export class RoundAttemptsStore {
  private readonly rounds = new Map<string, RoundAttempts>();
  private readonly refreshing = new Map<string, Promise<RoundAttempts>>();
  private readonly rankings = new Map<string, Ranking>();
  private readonly tallyCache = new Map<string, Map<string, { scores: number[]; attempts: number }>>();
  private versions = 0;

  constructor(private readonly dataSource: DataSource) {}

  async attempts(roundId: string): Promise<RoundAttempts> {
    let pending = this.refreshing.get(roundId);
    if (!pending) {
      pending = this.refresh(roundId).finally(() => this.refreshing.delete(roundId));
      this.refreshing.set(roundId, pending);
    }
    return pending;
  }

  /**
   * Per unit of the counted attempts: their scores and every attempt of those people. For one round this needs only
   * each person's counted attempt, not the ranking's order, so a by-unit report does not pay for sorting everyone.
   */
  async tallies(scope: ReportScope): Promise<ReadonlyMap<string, { scores: number[]; attempts: number }>> {
    if (!scope.round) return (await this.ranking(scope)).byUnit();
    const { counting, tieBreaks } = scope.loaded.contest;
    const round = await this.attempts(scope.round.id);
    const key = `tallies:${round.roundId}:${round.version}:${counting}:${tieBreaks.join()}`;
    let tallies = this.tallyCache.get(key);
    if (!tallies) {
      const people = [...countedAttempts(round.attempts, counting, tieBreaks).values()];
      tallies = tallyByUnit(people.map(({ counted, attempts }) => ({ unitId: counted.unitId, score: counted.score, attempts })));
      if (this.tallyCache.size >= ROUNDS_KEPT) this.tallyCache.delete(this.tallyCache.keys().next().value!);
      this.tallyCache.set(key, tallies);
    }
    return tallies;
  }

  /** The ranking of the scope's round, or overall; final once a round has closed. */
  async ranking(scope: ReportScope): Promise<Ranking> {
    const { counting, tieBreaks } = scope.loaded.contest;
    const rounds = await Promise.all(scope.rounds.map((round) => this.attempts(round.id)));
    const finals = scope.rounds.map((round) => roundState(round, scope.now) === 'closed');
    const perRound = rounds.map((round, index) =>
      this.memo(`${round.roundId}:${round.version}:${finals[index]}:${counting}:${tieBreaks.join()}`, () =>
        rankRound(round.attempts, { counting, tieBreaks, final: finals[index]! }),
      ),
    );
    if (scope.round) return perRound[0]!;
    return this.memo(`overall:${perRound.map((ranking) => ranking.stamp).join('|')}`, () => rankOverall(perRound, tieBreaks));
  }

  private memo(stamp: string, compute: () => RoundRanking): Ranking {
    let ranking = this.rankings.get(stamp);
    if (!ranking) {
      const computed = compute();
      let units: Map<string, { scores: number[]; attempts: number }> | undefined;
      ranking = {
        ...computed,
        stamp,
        byUser: new Map(computed.people.map((person) => [person.userId, person])),
        byUnit: () => (units ??= tallyByUnit(computed.people)),
      };
      if (this.rankings.size >= ROUNDS_KEPT * 2) this.rankings.delete(this.rankings.keys().next().value!);
      this.rankings.set(stamp, ranking);
    }
    return ranking;
  }

  private async refresh(roundId: string): Promise<RoundAttempts> {
    const [stamp]: { count: number; last: Date | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count, max(submitted_at) AS last FROM attempt WHERE round_id = $1 AND status = 'submitted'`,
      [roundId],
    );
    const last = stamp!.last ? new Date(stamp!.last).getTime() : 0;
    const cached = this.rounds.get(roundId);
    if (cached && cached.count === stamp!.count && cached.lastSubmittedAt === last) return cached;
    let byId: Map<string, SubmittedAttempt> | undefined;
    if (cached && stamp!.count > cached.count) {
      byId = new Map(cached.byId);
      for (const attempt of await this.read(roundId, new Date(cached.lastSubmittedAt - REREAD_WINDOW_MS)))
        byId.set(attempt.attemptId, attempt);
      if (byId.size !== stamp!.count) byId = undefined;
    }
    byId ??= new Map((await this.read(roundId)).map((attempt) => [attempt.attemptId, attempt]));
    const fresh: RoundAttempts = {
      roundId,
      version: ++this.versions,
      count: byId.size,
      lastSubmittedAt: last,
      attempts: [...byId.values()],
      byId,
    };
    this.rounds.delete(roundId);
    if (this.rounds.size >= ROUNDS_KEPT) this.rounds.delete(this.rounds.keys().next().value!);
    this.rounds.set(roundId, fresh);
    return fresh;
  }

  private async read(roundId: string, since?: Date): Promise<SubmittedAttempt[]> {
    const rows: AttemptRow[] = await this.dataSource.query(
      `SELECT id, user_id, unit_id, number, correct_count, score, duration_ms, (extract(epoch FROM submitted_at) * 1000)::float8 AS submitted_ms,
              prediction, question_count
         FROM attempt WHERE round_id = $1 AND status = 'submitted'${since ? ' AND submitted_at >= $2' : ''}
        ORDER BY submitted_at, id`, // the order rankings replay them in: sorting them again then costs one pass
      since ? [roundId, since] : [roundId],
    );
    return rows.map((row) => ({
      attemptId: row.id,
      userId: row.user_id,
      unitId: row.unit_id,
      number: row.number,
      correctCount: row.correct_count ?? 0,
      score: row.score ?? 0,
      durationMs: row.duration_ms ?? 0,
      submittedAt: Math.floor(row.submitted_ms), // as pg reads a timestamp: whole milliseconds
      prediction: row.prediction,
      questionCount: row.question_count,
    }));
  }
}

function tallyByUnit(
  people: readonly Pick<RankedPerson, 'unitId' | 'score' | 'attempts'>[],
): Map<string, { scores: number[]; attempts: number }> {
  const units = new Map<string, { scores: number[]; attempts: number }>();
  for (const person of people) {
    if (!person.unitId) continue;
    let unit = units.get(person.unitId);
    if (!unit) units.set(person.unitId, (unit = { scores: [], attempts: 0 }));
    unit.scores.push(person.score);
    unit.attempts += person.attempts;
  }
  return units;
}
