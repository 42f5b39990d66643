import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { ContestRound } from '../contests/contest-round.entity.js';
import { roundState } from '../contests/contest-view.js';
import { ContestsService, type LoadedContest } from '../contests/contests.service.js';
import type { SchoolLevel, UnitKind } from '../units/unit.entity.js';
import { OVERALL, type ReportHeaderDto, type ReportUnitRefDto } from './report.dto.js';

export interface ReportUnit {
  id: string;
  name: string;
  kind: UnitKind;
  level: SchoolLevel | null;
  parentId: string | null;
  path: string;
  staffCount: number | null;
  studentCount: number | null;
}

/** What a report reads: the contest, the rounds it covers (one, or every one overall) and the reader's top unit. */
export interface ReportScope {
  loaded: LoadedContest;
  /** The round reported on; null overall. */
  round: ContestRound | null;
  rounds: ContestRound[];
  /** The highest unit of the contest's tree the reader may see: the owner unit, or the reader's own unit below it. */
  top: ReportUnit;
  now: Date;
}

/**
 * Who may read which report: admins everything; an organizer the contest's tree from their own unit down (a school
 * organizer: their school), when their unit lies above or inside the contest's owner unit. Participants never reach
 * here (the controller admits admins and organizers only).
 */
@Injectable()
export class ReportScopeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
  ) {}

  async resolve(actor: AuthUser, contestId: string, roundId: string | undefined): Promise<ReportScope> {
    const loaded = await this.contests.load(contestId);
    const now = new Date();
    const owner = loaded.ownerPath;
    let topPath: string;
    if (actor.role === 'admin' || (actor.unitPath !== null && owner.startsWith(actor.unitPath))) topPath = owner;
    else if (actor.role === 'organizer' && actor.unitPath?.startsWith(owner)) topPath = actor.unitPath;
    else throw new AppError('OUT_OF_SCOPE');
    const [top] = await this.units(`${topPath}`, true);
    if (!top) throw new AppError('UNIT_NOT_FOUND');
    if (roundId === OVERALL) return { loaded, round: null, rounds: loaded.rounds, top, now };
    const round = roundId ? loaded.rounds.find((candidate) => candidate.id === roundId) : currentRound(loaded.rounds, now);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    return { loaded, round, rounds: [round], top, now };
  }

  /** The unit asked for (the top unit by default); OUT_OF_SCOPE when it lies outside the reader's top unit. */
  async unitIn(scope: ReportScope, unitId: string | undefined): Promise<ReportUnit> {
    if (!unitId || unitId === scope.top.id) return scope.top;
    const [unit] = await this.dataSource.query(`${UNIT_COLUMNS} WHERE id = $1`, [unitId]).then(toUnits);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    if (!unit.path.startsWith(scope.top.path)) throw new AppError('OUT_OF_SCOPE');
    return unit;
  }

  /** Every unit of a subtree (or just its root), ordered by path. */
  async units(path: string, rootOnly = false): Promise<ReportUnit[]> {
    return this.dataSource
      .query(`${UNIT_COLUMNS} WHERE ${rootOnly ? 'path = $1' : `path LIKE $1 || '%'`} ORDER BY path`, [path])
      .then(toUnits);
  }

  /** From the reader's top unit down to `unit`, for a breadcrumb. */
  async pathTo(scope: ReportScope, unit: ReportUnit): Promise<ReportUnitRefDto[]> {
    const ids = unit.path
      .slice(scope.top.path.length - scope.top.id.length - 1)
      .split('/')
      .filter(Boolean);
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM unit WHERE id = ANY($1)`, [ids]);
    const names = new Map(rows.map((row) => [row.id, row.name]));
    return ids.map((id) => ({ unitId: id, unitName: names.get(id) ?? '—' }));
  }

  header(scope: ReportScope): ReportHeaderDto {
    const { loaded, round, rounds, now } = scope;
    return {
      contestId: loaded.contest.id,
      contestTitle: loaded.contest.title,
      roundId: round?.id ?? OVERALL,
      roundName: round?.name ?? 'Tổng hợp các đợt',
      provisional: rounds.some((candidate) => roundState(candidate, now) !== 'closed'),
      maxScore: loaded.contest.questionCount * rounds.length,
      generatedAt: now.toISOString(),
    };
  }
}

/** The open round, else the last closed one, else the first: the round a report means by default. */
export function currentRound(rounds: ContestRound[], now: Date): ContestRound | undefined {
  return (
    rounds.find((round) => roundState(round, now) === 'open') ??
    [...rounds].reverse().find((round) => roundState(round, now) === 'closed') ??
    rounds[0]
  );
}

/** The staff, students or both a school should field, by the contest's audience; null when it declared none. */
export function headcountFor(unit: Pick<ReportUnit, 'staffCount' | 'studentCount'>, kinds: readonly string[]): number | null {
  const staff = kinds.length === 0 || kinds.includes('staff') ? unit.staffCount : 0;
  const students = kinds.length === 0 || kinds.includes('student') ? unit.studentCount : 0;
  return staff === null && students === null ? null : (staff ?? 0) + (students ?? 0);
}

const UNIT_COLUMNS = `SELECT id, name, kind, level, parent_id, path, staff_count, student_count FROM unit`;

function toUnits(
  rows: {
    id: string;
    name: string;
    kind: UnitKind;
    level: SchoolLevel | null;
    parent_id: string | null;
    path: string;
    staff_count: number | null;
    student_count: number | null;
  }[],
): ReportUnit[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    parentId: row.parent_id,
    path: row.path,
    staffCount: row.staff_count,
    studentCount: row.student_count,
  }));
}
