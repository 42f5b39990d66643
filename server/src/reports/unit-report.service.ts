import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { managesPath } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { ContestsService, type LoadedContest } from '../contests/contests.service.js';
import { roundState } from '../contests/contest-view.js';
import { UnitsService } from '../units/units.service.js';
import type { SchoolLevel } from '../units/unit.entity.js';
import type { UnitReportDto, UnitReportRowDto } from './report.dto.js';
import { participationRate, summarize } from './rules/score-summary.js';

interface SchoolFacts {
  id: string;
  path: string;
  level: SchoolLevel | null;
  headcount: number | null;
}

interface Counted {
  path: string;
  score: number;
  attempts: number;
}

/** Participation and scores for the children of any unit of the tree, rolled up from the schools below each. */
@Injectable()
export class UnitReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly units: UnitsService,
  ) {}

  async byUnit(actor: AuthUser, contestId: string, roundId: string | undefined, parentId: string | undefined): Promise<UnitReportDto> {
    const loaded = await this.contests.load(contestId);
    await this.contests.assertReadable(actor, loaded);
    const round = this.pickRound(loaded, roundId);
    const parent = await this.units.get(
      parentId ?? (actor.role === 'admin' || managesPath(actor, loaded.ownerPath) ? loaded.contest.ownerUnitId : actor.unitId!),
    );
    if (!managesPath(actor, parent.path)) throw new AppError('OUT_OF_SCOPE');
    const kinds = loaded.contest.audience.kinds ?? [];
    const [children, schools, registered, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT id, name, level, path, EXISTS (SELECT 1 FROM unit c WHERE c.parent_id = unit.id) AS has_children FROM unit WHERE parent_id = $1 ORDER BY name`,
        [parent.id],
      ) as Promise<{ id: string; name: string; level: SchoolLevel | null; path: string; has_children: boolean }[]>,
      this.schools(parent.path, kinds),
      this.registered(parent.path, kinds),
      this.counted(round.id, parent.path, loaded.contest.counting),
    ]);
    const maxScore = loaded.contest.questionCount;
    const row = (
      unitId: string | null,
      unitName: string,
      level: SchoolLevel | null,
      hasChildren: boolean,
      inside: (path: string) => boolean,
    ): UnitReportRowDto => {
      const mine = counted.filter((entry) => inside(entry.path));
      const summary = summarize(
        mine.map((entry) => entry.score),
        maxScore,
      );
      const headcounts = schools.filter((school) => inside(school.path)).map((school) => school.headcount);
      const headcount = headcounts.some((value) => value !== null)
        ? headcounts.reduce<number>((sum, value) => sum + (value ?? 0), 0)
        : null;
      return {
        unitId,
        unitName,
        level,
        hasChildren,
        headcount,
        registered: [...registered.entries()].filter(([path]) => inside(path)).reduce((sum, [, count]) => sum + count, 0),
        participants: mine.length,
        participationRate: participationRate(mine.length, headcount),
        attempts: mine.reduce((sum, entry) => sum + entry.attempts, 0),
        meanScore: round2(summary.mean),
        medianScore: round2(summary.median),
        highestScore: summary.highest,
        fullMarks: summary.fullMarks,
        distribution: summary.distribution,
      };
    };
    const levels = [...new Set(schools.map((school) => school.level).filter((level): level is SchoolLevel => level !== null))].sort();
    return {
      contestId,
      roundId: round.id,
      parentId: parent.id,
      parentName: parent.name,
      maxScore,
      rows: children.map((child) => row(child.id, child.name, child.level, child.has_children, (path) => path.startsWith(child.path))),
      total: row(parent.id, parent.name, parent.level, children.length > 0, (path) => path.startsWith(parent.path)),
      byLevel: levels.map((level) => {
        const paths = schools.filter((school) => school.level === level).map((school) => school.path);
        return row(null, level, level, false, (path) => paths.some((schoolPath) => path.startsWith(schoolPath)));
      }),
    };
  }

  pickRound(loaded: LoadedContest, roundId: string | undefined) {
    const now = new Date();
    const round = roundId
      ? loaded.rounds.find((candidate) => candidate.id === roundId)
      : (loaded.rounds.find((candidate) => roundState(candidate, now) === 'open') ??
        [...loaded.rounds].reverse().find((candidate) => roundState(candidate, now) === 'closed') ??
        loaded.rounds[0]);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    return round;
  }

  private async schools(prefix: string, kinds: string[]): Promise<SchoolFacts[]> {
    const rows: { id: string; path: string; level: SchoolLevel | null; staff_count: number | null; student_count: number | null }[] =
      await this.dataSource.query(
        `SELECT id, path, level, staff_count, student_count FROM unit WHERE kind = 'school' AND path LIKE $1 || '%'`,
        [prefix],
      );
    return rows.map((row) => {
      const staff = kinds.length === 0 || kinds.includes('staff') ? row.staff_count : 0;
      const students = kinds.length === 0 || kinds.includes('student') ? row.student_count : 0;
      return {
        id: row.id,
        path: row.path,
        level: row.level,
        headcount: staff === null && students === null ? null : (staff ?? 0) + (students ?? 0),
      };
    });
  }

  /** Accounts of the audience's kinds per unit path. */
  private async registered(prefix: string, kinds: string[]): Promise<Map<string, number>> {
    const rows: { path: string; count: number }[] = await this.dataSource.query(
      `SELECT unit.path, count(*)::int AS count FROM app_user u JOIN unit ON unit.id = u.unit_id
        WHERE u.role = 'participant' AND unit.path LIKE $1 || '%' AND (cardinality($2::text[]) = 0 OR u.kind = ANY($2))
        GROUP BY unit.path`,
      [prefix, kinds],
    );
    return new Map(rows.map((row) => [row.path, row.count]));
  }

  /** Each participant's counted attempt (best or last) with the number of attempts they used. */
  private async counted(roundId: string, prefix: string, counting: 'best' | 'last'): Promise<Counted[]> {
    const order = counting === 'best' ? 'a.correct_count DESC, a.score DESC, a.duration_ms ASC' : 'a.number DESC';
    return this.dataSource.query(
      `SELECT DISTINCT ON (a.user_id) unit.path, a.score, count(*) OVER (PARTITION BY a.user_id)::int AS attempts
         FROM attempt a JOIN unit ON unit.id = a.unit_id
        WHERE a.round_id = $1 AND a.status = 'submitted' AND unit.path LIKE $2 || '%'
        ORDER BY a.user_id, ${order}`,
      [roundId, prefix],
    );
  }
}

function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
