import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { collectiveRanking, type UnitParticipation } from '../leaderboard/rules/collective-ranking.js';
import { unitInAudience } from './audience.js';
import type {
  CollectiveReportDto,
  CollectiveReportPrizeDto,
  CollectiveReportTableDto,
  CollectiveReportUnitDto,
} from './collective-report.dto.js';
import { headcountFor, ReportScopeService, type ReportScope, type ReportUnit } from './report-scope.service.js';
import { RoundAttemptsStore, type Ranking } from './round-attempts.store.js';

/**
 * The collective prizes (units by number and by rate of participants, ranked by the leaderboard's own rule) over the
 * reader's units, and the prize list: the top of the contest's ranking, the same for every reader, as on its results
 * page.
 */
@Injectable()
export class CollectiveReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: ReportScopeService,
    private readonly store: RoundAttemptsStore,
  ) {}

  async report(actor: AuthUser, contestId: string, roundId: string | undefined): Promise<CollectiveReportDto> {
    return this.forScope(await this.scopes.resolve(actor, contestId, roundId));
  }

  async forScope(scope: ReportScope): Promise<CollectiveReportDto> {
    const { loaded, top } = scope;
    const [units, ranking] = await Promise.all([this.scopes.units(top.path), this.store.ranking(scope)]);
    const kinds = loaded.contest.audience.kinds ?? [];
    const schools = units.filter((unit) => unit.kind === 'school');
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const tallies = new Map<string, { participants: number; attempts: number; scoreSum: number }>();
    for (const [unitId, tally] of ranking.byUnit()) {
      const unit = byId.get(unitId);
      if (unit)
        tallies.set(unit.path, {
          participants: tally.scores.length,
          attempts: tally.attempts,
          scoreSum: tally.scores.reduce((sum, score) => sum + score, 0),
        });
    }
    const audienceSchools = new Set(schools.filter((school) => unitInAudience(loaded, school)));
    const participation = (unit: ReportUnit, headcount: number | null): UnitParticipation => {
      const sum = { participants: 0, attempts: 0, scoreSum: 0 };
      for (const [path, tally] of tallies) {
        if (!path.startsWith(unit.path)) continue;
        sum.participants += tally.participants;
        sum.attempts += tally.attempts;
        sum.scoreSum += tally.scoreSum;
      }
      return { unitId: unit.id, unitName: unit.name, headcount, ...sum };
    };
    const schoolRows = schools
      .filter((school) => audienceSchools.has(school) || [...tallies.keys()].some((path) => path.startsWith(school.path)))
      .map((school) => participation(school, audienceSchools.has(school) ? headcountFor(school, kinds) : null));
    // A commune is ranked by rate only when every school of the audience in it declared a headcount.
    const communeRows = units
      .filter((unit) => unit.kind === 'commune')
      .map((commune) => {
        const mine = [...audienceSchools]
          .filter((school) => school.path.startsWith(commune.path))
          .map((school) => headcountFor(school, kinds));
        const headcount =
          mine.length > 0 && mine.every((count) => count !== null) ? mine.reduce<number>((sum, count) => sum + count!, 0) : null;
        return participation(commune, headcount);
      })
      .filter((row) => row.participants > 0 || row.headcount !== null);
    return {
      ...this.scopes.header(scope),
      unitId: top.id,
      unitName: top.name,
      schools: table(schoolRows, byId),
      communes: table(communeRows, byId),
      final: scope.rounds.every((round) => round.closesAt <= scope.now),
      perfectCount: ranking.perfectCount,
      prizeCount: loaded.contest.prizeCount,
      prizes: await this.prizes(ranking, loaded.contest.prizeCount, !!scope.round),
    };
  }

  private async prizes(ranking: Ranking, count: number, perRound: boolean): Promise<CollectiveReportPrizeDto[]> {
    const top = ranking.people.slice(0, count);
    if (top.length === 0) return [];
    const rows: { id: string; full_name: string; unit_name: string | null }[] = await this.dataSource.query(
      `SELECT u.id, u.full_name, unit.name AS unit_name FROM unnest($1::uuid[], $2::uuid[]) AS p(user_id, unit_id)
         JOIN app_user u ON u.id = p.user_id LEFT JOIN unit ON unit.id = p.unit_id`,
      [top.map((person) => person.userId), top.map((person) => person.unitId)],
    );
    const people = new Map(rows.map((row) => [row.id, row]));
    return top.map((person) => ({
      rank: person.rank,
      fullName: people.get(person.userId)?.full_name ?? '—',
      unitName: people.get(person.userId)?.unit_name ?? null,
      score: person.score,
      correctCount: person.correctCount,
      durationMs: person.durationMs,
      prediction: perRound ? person.prediction : null,
    }));
  }
}

function table(rows: UnitParticipation[], units: Map<string, ReportUnit>): CollectiveReportTableDto {
  const { byParticipants, byRate } = collectiveRanking(rows);
  const rateRank = new Map(byRate.map((row) => [row.unitId, row.rank]));
  const participantsRank = new Map(byParticipants.map((row) => [row.unitId, row.rank]));
  const present = (row: (typeof byParticipants)[number]): CollectiveReportUnitDto => {
    const unit = units.get(row.unitId)!;
    return {
      unitId: row.unitId,
      unitName: row.unitName,
      kind: unit.kind,
      level: unit.level,
      parentName: unit.parentId ? (units.get(unit.parentId)?.name ?? null) : null,
      headcount: row.headcount,
      participants: row.participants,
      attempts: row.attempts,
      meanScore: row.meanScore,
      participationRate: row.participationRate,
      rankByParticipants: participantsRank.get(row.unitId)!,
      rankByRate: rateRank.get(row.unitId) ?? null,
    };
  };
  return { byParticipants: byParticipants.map(present), byRate: byRate.map(present) };
}
