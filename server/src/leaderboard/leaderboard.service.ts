import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Attempt } from '../attempts/attempt.entity.js';
import { AppError } from '../common/errors/app-error.js';
import { ContestsService, type LoadedContest } from '../contests/contests.service.js';
import { roundState } from '../contests/contest-view.js';
import type { LeaderboardDto } from './leaderboard.dto.js';
import { BroadcastThrottle } from './rules/broadcast-throttle.js';
import { maskName } from './rules/mask-name.js';
import { RoundBoard, type Counted } from './round-board.js';

export interface Person {
  fullName: string;
  kind: string | null;
}

export interface UnitInfo {
  name: string;
  staffCount: number | null;
  studentCount: number | null;
}

interface SubmittedRow {
  user_id: string;
  unit_id: string | null;
  correct_count: number;
  score: number;
  duration_ms: number;
  submitted_at: Date;
  prediction: number | null;
  question_count: number;
}

export type BoardPublisher = (roundId: string, build: (full: boolean) => Promise<LeaderboardDto>) => void;

const BROADCAST_INTERVAL_MS = 400;

/**
 * Live rankings per round, rebuilt from PostgreSQL (the system of record) on first use and kept
 * up to date by submissions; broadcasts are throttled per round whatever the submission rate.
 */
@Injectable()
export class LeaderboardService implements OnModuleDestroy {
  private readonly boards = new Map<string, Promise<RoundBoard>>();
  private readonly people = new Map<string, Person>();
  private readonly unitInfo = new Map<string, UnitInfo>();
  private readonly throttle = new BroadcastThrottle(BROADCAST_INTERVAL_MS);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private publisher: BoardPublisher | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
  ) {}

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  setPublisher(publisher: BoardPublisher): void {
    this.publisher = publisher;
  }

  async recordSubmission(attempt: Attempt): Promise<void> {
    const loaded = this.boards.get(attempt.roundId);
    if (loaded) {
      const board = await loaded;
      await this.rememberPeople([attempt.userId], attempt.unitId ? [attempt.unitId] : []);
      board.add(toCounted(attempt));
    }
    this.scheduleBroadcast(attempt.contestId, attempt.roundId);
  }

  async rankOf(contestId: string, roundId: string, userId: string): Promise<{ rank: number; provisional: boolean } | undefined> {
    const contest = await this.contests.load(contestId);
    const board = await this.board(contest, roundId);
    if (this.closed(contest, roundId)) {
      const index = board.finalOrder().ranking.findIndex((entry) => entry.userId === userId);
      return index < 0 ? undefined : { rank: index + 1, provisional: false };
    }
    const rank = board.tree.rank(userId);
    return rank === undefined ? undefined : { rank, provisional: true };
  }

  /** Top N people and the school table; student names masked unless `full` (organizers). */
  async snapshot(contestId: string, roundId: string | undefined, options: { limit: number; full: boolean }): Promise<LeaderboardDto> {
    const contest = await this.contests.load(contestId);
    const round = roundId ? contest.rounds.find((candidate) => candidate.id === roundId) : currentRound(contest);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const board = await this.board(contest, round.id);
    const closed = this.closed(contest, round.id);
    const final = closed ? board.finalOrder() : undefined;
    const top = final
      ? final.ranking.slice(0, options.limit).map((entry, index) => ({ entry, rank: index + 1 }))
      : board.tree.top(options.limit);
    const kinds = contest.contest.audience.kinds ?? [];
    const now = new Date();
    return {
      contestId,
      contestTitle: contest.contest.title,
      rounds: contest.rounds.map((candidate) => ({ id: candidate.id, name: candidate.name, state: roundState(candidate, now) })),
      roundId: round.id,
      provisional: !closed,
      perfectCount: final?.perfectCount ?? null,
      participants: board.counted.size,
      entries: top.map(({ entry, rank }) => {
        const person = this.people.get(entry.userId);
        const name = person?.fullName ?? '—';
        return {
          rank,
          displayName: options.full || person?.kind !== 'student' ? name : maskName(name),
          unitName: entry.unitId ? (this.unitInfo.get(entry.unitId)?.name ?? null) : null,
          score: entry.score,
          correctCount: entry.correctCount,
          durationMs: entry.durationMs,
        };
      }),
      units: [...board.units.entries()]
        .filter(([unitId]) => unitId)
        .map(([unitId, tally]) => {
          const info = this.unitInfo.get(unitId);
          const headcount = headcountOf(info, kinds);
          return {
            unitId,
            unitName: info?.name ?? '—',
            participants: tally.participants,
            attempts: tally.attempts,
            meanScore: tally.participants ? Math.round((tally.scoreSum / tally.participants) * 100) / 100 : 0,
            participationRate: headcount ? Math.round((tally.participants / headcount) * 10_000) / 10_000 : null,
          };
        })
        .sort((a, b) => b.participants - a.participants || b.meanScore - a.meanScore || a.unitName.localeCompare(b.unitName)),
    };
  }

  /** Who a ranked user is (name, kind), once a board holding them has been built. */
  personOf(userId: string): Person | undefined {
    return this.people.get(userId);
  }

  unitOf(unitId: string): UnitInfo | undefined {
    return this.unitInfo.get(unitId);
  }

  closed(contest: LoadedContest, roundId: string): boolean {
    const round = contest.rounds.find((candidate) => candidate.id === roundId);
    return !!round && roundState(round, new Date()) === 'closed';
  }

  /** A round's board, built from the database on first use. */
  board(contest: LoadedContest, roundId: string): Promise<RoundBoard> {
    let board = this.boards.get(roundId);
    if (!board) {
      board = this.build(contest, roundId);
      this.boards.set(roundId, board);
      board.catch(() => this.boards.delete(roundId));
    }
    return board;
  }

  /** From the database: every submitted attempt of the round, in order, as if submitted now. */
  private async build(contest: LoadedContest, roundId: string): Promise<RoundBoard> {
    const board = new RoundBoard(contest.contest.counting, contest.contest.tieBreaks);
    const rows: SubmittedRow[] = await this.dataSource.query(
      `SELECT id, user_id, unit_id, correct_count, score, duration_ms, submitted_at, prediction, question_count
         FROM attempt WHERE round_id = $1 AND status = 'submitted' ORDER BY submitted_at, id`,
      [roundId],
    );
    await this.rememberPeople(
      [...new Set(rows.map((row) => row.user_id as string))],
      [...new Set(rows.flatMap((row) => (row.unit_id ? [row.unit_id as string] : [])))],
    );
    for (const row of rows) {
      board.add({
        userId: row.user_id,
        unitId: row.unit_id,
        correctCount: row.correct_count,
        score: row.score,
        durationMs: row.duration_ms,
        submittedAt: new Date(row.submitted_at).getTime(),
        prediction: row.prediction,
        questionCount: row.question_count,
      });
    }
    return board;
  }

  private async rememberPeople(userIds: string[], unitIds: string[]): Promise<void> {
    const newUsers = userIds.filter((id) => !this.people.has(id));
    if (newUsers.length > 0) {
      const rows: { id: string; full_name: string; kind: string | null }[] = await this.dataSource.query(
        `SELECT id, full_name, kind FROM app_user WHERE id = ANY($1)`,
        [newUsers],
      );
      for (const row of rows) this.people.set(row.id, { fullName: row.full_name, kind: row.kind });
    }
    const newUnits = unitIds.filter((id) => !this.unitInfo.has(id));
    if (newUnits.length > 0) {
      const rows: { id: string; name: string; staff_count: number | null; student_count: number | null }[] = await this.dataSource.query(
        `SELECT id, name, staff_count, student_count FROM unit WHERE id = ANY($1)`,
        [newUnits],
      );
      for (const row of rows) this.unitInfo.set(row.id, { name: row.name, staffCount: row.staff_count, studentCount: row.student_count });
    }
  }

  private scheduleBroadcast(contestId: string, roundId: string): void {
    if (!this.publisher || this.timers.has(roundId)) return;
    const now = Date.now();
    const decision = this.throttle.request(roundId, now);
    const fire = () => {
      this.timers.delete(roundId);
      this.throttle.fired(roundId, Date.now());
      this.publisher?.(roundId, (full) => this.snapshot(contestId, roundId, { limit: 20, full }));
    };
    if (decision.emitNow) fire();
    else {
      const timer = setTimeout(fire, Math.max(0, (decision.emitAt ?? now) - now));
      timer.unref();
      this.timers.set(roundId, timer);
    }
  }
}

function toCounted(attempt: Attempt): Counted {
  return {
    userId: attempt.userId,
    unitId: attempt.unitId,
    correctCount: attempt.correctCount ?? 0,
    score: attempt.score ?? 0,
    durationMs: attempt.durationMs ?? 0,
    submittedAt: attempt.submittedAt?.getTime() ?? Date.now(),
    prediction: attempt.prediction,
    questionCount: attempt.questionCount,
  };
}

export function currentRound(contest: LoadedContest) {
  const now = new Date();
  return (
    contest.rounds.find((round) => roundState(round, now) === 'open') ??
    [...contest.rounds].reverse().find((round) => roundState(round, now) === 'closed') ??
    contest.rounds[0]
  );
}

export function headcountOf(info: UnitInfo | undefined, kinds: string[]): number | null {
  if (!info) return null;
  const staff = kinds.length === 0 || kinds.includes('staff') ? info.staffCount : 0;
  const students = kinds.length === 0 || kinds.includes('student') ? info.studentCount : 0;
  if (staff === null && students === null) return null;
  return (staff ?? 0) + (students ?? 0) || null;
}
