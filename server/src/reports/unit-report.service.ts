import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { ContestsService } from '../contests/contests.service.js';
import type { SchoolLevel } from '../units/unit.entity.js';
import { audiencePredicate, unitInAudience } from './audience.js';
import type { UnitReportDto, UnitReportRowDto } from './report.dto.js';
import { headcountFor, ReportScopeService, type ReportScope, type ReportUnit } from './report-scope.service.js';
import { RoundAttemptsStore } from './round-attempts.store.js';
import { UnitRollup } from './rules/unit-rollup.js';

const CACHED_REPORTS = 64;

/** Participation and scores for the children of any unit of the tree, rolled up from everything below each. */
@Injectable()
export class UnitReportService {
  private readonly cache = new Map<string, UnitReportDto>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: ReportScopeService,
    private readonly store: RoundAttemptsStore,
    private readonly contests: ContestsService,
  ) {}

  async report(actor: AuthUser, contestId: string, roundId: string | undefined, parentId: string | undefined): Promise<UnitReportDto> {
    const scope = await this.scopes.resolve(actor, contestId, roundId);
    return this.forScope(scope, await this.scopes.unitIn(scope, parentId));
  }

  async forScope(scope: ReportScope, parent: ReportUnit): Promise<UnitReportDto> {
    const { loaded } = scope;
    const kinds = loaded.contest.audience.kinds ?? [];
    const units = await this.scopes.units(parent.path);
    const [registered, tallies, stamps, path] = await Promise.all([
      this.registered(scope, units),
      this.store.tallies(scope),
      Promise.all(scope.rounds.map((round) => this.store.attempts(round.id).then((attempts) => attempts.version))),
      this.scopes.pathTo(scope, parent),
    ]);
    const header = this.scopes.header(scope);
    // Everything the figures depend on; the same facts give the same table, so a repeat costs no roll-up.
    const key = createHash('sha1')
      .update(JSON.stringify([stamps, scope.round?.id, parent.id, header.maxScore, units, registered, loaded.contest]))
      .digest('base64');
    const cached = this.cache.get(key);
    if (cached) return { ...cached, ...header, path };
    const pathOf = new Map(units.map((unit) => [unit.id, unit.path]));
    const rollup = new UnitRollup({
      maxScore: header.maxScore,
      schools: units
        .filter((unit) => unit.kind === 'school')
        .map((school) => ({
          path: school.path,
          level: school.level,
          headcount: headcountFor(school, kinds),
          inAudience: unitInAudience(loaded, school),
        })),
      registered: registered.flatMap(({ unitId, count }) => (pathOf.has(unitId) ? [{ path: pathOf.get(unitId)!, count }] : [])),
      counted: [...tallies].flatMap(([unitId, tally]) => (pathOf.has(unitId) ? [{ path: pathOf.get(unitId)!, ...tally }] : [])),
    });
    const hasChildren = new Set(units.map((unit) => unit.parentId));
    const row = (
      unit: ReportUnit | null,
      name: string,
      level: SchoolLevel | null,
      inside: (path: string) => boolean,
    ): UnitReportRowDto => ({
      unitId: unit?.id ?? null,
      unitName: name,
      kind: unit?.kind ?? null,
      level,
      hasChildren: !!unit && hasChildren.has(unit.id),
      ...rollup.figures(inside),
    });
    const children = units
      .filter((unit) => unit.parentId === parent.id)
      .filter((unit) => !rollup.isEmpty((path) => path.startsWith(unit.path)))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const schools = units.filter((unit) => unit.kind === 'school' && unit.level !== null);
    const levels = [...new Set(schools.map((school) => school.level!))].sort();
    const byLevel = levels
      .map((level) => {
        const paths = schools.filter((school) => school.level === level).map((school) => school.path);
        const inside = (path: string) => paths.some((school) => path.startsWith(school));
        return rollup.isEmpty(inside) ? undefined : row(null, level, level, inside);
      })
      .filter((level): level is UnitReportRowDto => level !== undefined);
    const report: UnitReportDto = {
      ...header,
      parentId: parent.id,
      parentName: parent.name,
      path,
      rows: children.map((child) => row(child, child.name, child.level, (unitPath) => unitPath.startsWith(child.path))),
      total: row(parent, parent.name, parent.level, (unitPath) => unitPath.startsWith(parent.path)),
      byLevel,
    };
    if (this.cache.size >= CACHED_REPORTS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, report);
    return report;
  }

  /** Accounts of the audience per unit of `units`, plus the people who enrolled themselves. */
  private async registered(scope: ReportScope, units: ReportUnit[]): Promise<{ unitId: string; count: number }[]> {
    const audience = audiencePredicate(scope.loaded, units, 2);
    const [accounts, enrolled] = await Promise.all([
      this.dataSource.query(
        `SELECT u.unit_id, count(*)::int AS count FROM app_user u
          WHERE u.role = 'participant' AND u.unit_id = ANY($1::uuid[]) AND ${audience.sql}
          GROUP BY u.unit_id`,
        [units.map((unit) => unit.id), ...audience.params],
      ) as Promise<{ unit_id: string; count: number }[]>,
      this.selfRegistrations(scope.loaded.contest.id),
    ]);
    return [...accounts.map((row) => ({ unitId: row.unit_id, count: row.count })), ...enrolled];
  }

  private async selfRegistrations(contestId: string): Promise<{ unitId: string; count: number }[]> {
    const rows = await this.contests.registrationsByUnit(contestId);
    return rows.flatMap((row) => (row.unitId ? [{ unitId: row.unitId, count: row.registered }] : []));
  }
}
