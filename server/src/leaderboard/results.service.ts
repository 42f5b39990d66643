import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { ContestsService, type LoadedContest } from '../contests/contests.service.js';
import { roundState } from '../contests/contest-view.js';
import { currentRound, headcountOf, LeaderboardService, type UnitInfo } from './leaderboard.service.js';
import { listFromArray, listFromTree, type RankedList } from './ranked-list.js';
import type { CollectiveRankingDto, ResultEntryDto, ResultRoundDto, ResultsDto, ResultsQueryDto } from './results.dto.js';
import type { Counted, RoundBoard } from './round-board.js';
import { collectiveRanking, type UnitParticipation } from './rules/collective-ranking.js';
import { maskName } from './rules/mask-name.js';
import { overallRanking, type OverallResult } from './rules/overall-ranking.js';

export interface ResultsViewer {
  userId: string | null;
  /** Organizers: full names and every prediction. */
  full: boolean;
}

/** What a line of any ranking carries before it is shown. */
interface Line {
  userId: string;
  unitId: string | null;
  rounds: number;
  score: number;
  correctCount: number;
  durationMs: number;
  prediction: number | null;
  predictionGap: number | null;
}

interface Tally {
  participants: number;
  attempts: number;
  scoreSum: number;
}

/**
 * Results at close: the final ranking of a round (prediction tie-break once it has closed) or
 * across rounds, the real count for the prediction, the prize list and the collective rankings
 * of units; read from the same in-memory boards as the live leaderboard.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
  ) {}

  async results(contestId: string, query: ResultsQueryDto, viewer: ResultsViewer): Promise<ResultsDto> {
    const loaded = await this.contests.load(contestId);
    const { contest } = loaded;
    const now = new Date();
    const boards = new Map<string, RoundBoard>();
    for (const round of loaded.rounds) boards.set(round.id, await this.leaderboard.board(loaded, round.id));
    const perfectCounts = new Map(
      loaded.rounds.map((round) => [
        round.id,
        roundState(round, now) === 'closed' ? boards.get(round.id)!.finalOrder().perfectCount : null,
      ]),
    );
    const overall = overallRanking(
      loaded.rounds.map((round) => ({ entries: boards.get(round.id)!.counted.values(), perfectCount: perfectCounts.get(round.id)! })),
      contest.tieBreaks,
    );
    const anyClosed = [...perfectCounts.values()].some((count) => count !== null);
    const overallLines = listFromArray(overall.map((person) => overallLine(person, anyClosed)));

    let lines: RankedList<Line>;
    let collective: CollectiveRankingDto;
    let round: LoadedContest['rounds'][number] | undefined;
    let final: boolean;
    if (query.scope === 'overall') {
      lines = overallLines;
      final = loaded.rounds.every((candidate) => roundState(candidate, now) === 'closed');
      collective = await this.collective(loaded, overallTallies(overall, boards.values()));
    } else {
      round = query.roundId ? loaded.rounds.find((candidate) => candidate.id === query.roundId) : currentRound(loaded);
      if (!round) throw new AppError('ROUND_NOT_FOUND');
      const board = boards.get(round.id)!;
      const perfectCount = perfectCounts.get(round.id)!;
      final = perfectCount !== null;
      const show = (entry: Counted) => roundLine(entry, perfectCount, final || viewer.full);
      lines = final ? mapList(listFromArray(board.finalOrder().ranking), show) : mapList(listFromTree(board.tree), show);
      collective = await this.collective(loaded, board.units);
    }

    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const present = (line: Line, rank: number) => this.present(line, rank, viewer);
    const pageFrom = (page - 1) * pageSize;
    const myRank = viewer.userId ? lines.rankOf(viewer.userId) : undefined;
    return {
      contestId,
      contestTitle: contest.title,
      scope: query.scope ?? 'round',
      roundId: round?.id ?? null,
      rounds: loaded.rounds.map((candidate): ResultRoundDto => ({
        id: candidate.id,
        name: candidate.name,
        state: roundState(candidate, now),
        closesAt: candidate.closesAt.toISOString(),
        participants: boards.get(candidate.id)!.counted.size,
        perfectCount: perfectCounts.get(candidate.id)!,
      })),
      final,
      perfectCount: round ? perfectCounts.get(round.id)! : null,
      prizeCount: contest.prizeCount,
      prizes: lines.slice(0, contest.prizeCount).map((line, index) => present(line, index + 1)),
      ranking: {
        total: lines.total,
        page,
        pageSize,
        entries: lines.slice(pageFrom, pageFrom + pageSize).map((line, index) => present(line, pageFrom + index + 1)),
      },
      me: myRank === undefined ? null : present(lines.get(viewer.userId!)!, myRank),
      collective,
      overall: overallLines.slice(0, contest.prizeCount).map((line, index) => present(line, index + 1)),
    };
  }

  private present(line: Line, rank: number, viewer: ResultsViewer): ResultEntryDto {
    const person = this.leaderboard.personOf(line.userId);
    const name = person?.fullName ?? '—';
    const isMe = viewer.userId === line.userId;
    return {
      rank,
      displayName: viewer.full || isMe || person?.kind !== 'student' ? name : maskName(name),
      unitName: line.unitId ? (this.leaderboard.unitOf(line.unitId)?.name ?? null) : null,
      rounds: line.rounds,
      score: line.score,
      correctCount: line.correctCount,
      durationMs: line.durationMs,
      prediction: line.prediction,
      predictionGap: line.predictionGap,
      isMe,
    };
  }

  /** Units that took part, and the audience's schools where nobody did, ranked by number and by rate. */
  private async collective(loaded: LoadedContest, tallies: Map<string, Tally>): Promise<CollectiveRankingDto> {
    const kinds = loaded.contest.audience.kinds ?? [];
    const schools = await this.audienceSchools(loaded);
    const units: UnitParticipation[] = [];
    for (const [unitId, tally] of tallies) {
      if (!unitId) continue;
      const info = this.leaderboard.unitOf(unitId) ?? schools.get(unitId);
      units.push({ unitId, unitName: info?.name ?? '—', headcount: headcountOf(info, kinds), ...tally });
    }
    for (const [unitId, info] of schools) {
      if (tallies.has(unitId)) continue;
      units.push({ unitId, unitName: info.name, headcount: headcountOf(info, kinds), participants: 0, attempts: 0, scoreSum: 0 });
    }
    const { byParticipants, byRate } = collectiveRanking(units);
    return { byParticipants, byRate };
  }

  /** The schools the contest is for (its audience units, or the owner's subtree, of the audience's levels). */
  private async audienceSchools(loaded: LoadedContest): Promise<Map<string, UnitInfo>> {
    const { audience } = loaded.contest;
    if (audience.userIds?.length && !audience.unitIds?.length && !audience.levels?.length && !audience.kinds?.length) return new Map();
    const roots = loaded.audiencePaths.length > 0 ? loaded.audiencePaths : [loaded.ownerPath];
    const rows: { id: string; name: string; level: string | null; staff_count: number | null; student_count: number | null }[] =
      await this.dataSource.query(
        `SELECT id, name, level, staff_count, student_count FROM unit WHERE kind = 'school' AND path LIKE ANY($1) ORDER BY path`,
        [roots.map((root) => `${root}%`)],
      );
    const levels = audience.levels ?? [];
    return new Map(
      rows
        .filter((row) => levels.length === 0 || levels.includes(row.level as never))
        .map((row) => [row.id, { name: row.name, staffCount: row.staff_count, studentCount: row.student_count }]),
    );
  }
}

function roundLine(entry: Counted, perfectCount: number | null, showPrediction: boolean): Line {
  return {
    userId: entry.userId,
    unitId: entry.unitId,
    rounds: 1,
    score: entry.score,
    correctCount: entry.correctCount,
    durationMs: entry.durationMs,
    prediction: showPrediction ? entry.prediction : null,
    predictionGap: perfectCount !== null && entry.prediction !== null ? Math.abs(entry.prediction - perfectCount) : null,
  };
}

function overallLine(person: OverallResult, anyClosed: boolean): Line {
  return {
    userId: person.userId,
    unitId: person.unitId,
    rounds: person.rounds,
    score: Math.round(person.score * 100) / 100,
    correctCount: person.correctCount,
    durationMs: person.durationMs,
    prediction: null,
    predictionGap: anyClosed && Number.isFinite(person.predictionGap) ? person.predictionGap : null,
  };
}

/** Across rounds: each person once, in the unit of their latest counted attempt; attempts summed over the rounds. */
function overallTallies(overall: OverallResult[], boards: Iterable<RoundBoard>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tally = (unitId: string) => {
    let found = tallies.get(unitId);
    if (!found) tallies.set(unitId, (found = { participants: 0, attempts: 0, scoreSum: 0 }));
    return found;
  };
  for (const person of overall) {
    const unit = tally(person.unitId ?? '');
    unit.participants++;
    unit.scoreSum += person.score;
  }
  for (const board of boards) for (const [unitId, round] of board.units) tally(unitId).attempts += round.attempts;
  return tallies;
}

function mapList<T, U>(list: RankedList<T>, map: (entry: T) => U): RankedList<U> {
  return {
    total: list.total,
    slice: (from, to) => list.slice(from, to).map(map),
    rankOf: (userId) => list.rankOf(userId),
    get: (userId) => {
      const entry = list.get(userId);
      return entry === undefined ? undefined : map(entry);
    },
  };
}
