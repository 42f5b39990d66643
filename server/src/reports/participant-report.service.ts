import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { foldVietnamese } from '../common/text/vietnamese.js';
import type { ParticipantKind } from '../users/user.entity.js';
import { audiencePredicate } from './audience.js';
import type {
  ParticipantReportDto,
  ParticipantReportQueryDto,
  ParticipantReportRowDto,
  ParticipantSort,
} from './participant-report.dto.js';
import { ReportScopeService, type ReportScope, type ReportUnit } from './report-scope.service.js';
import { RoundAttemptsStore, type Ranking } from './round-attempts.store.js';
import type { RankedPerson } from './rules/round-ranking.js';

interface Member {
  id: string;
  /** Folded (no diacritics, lower case): the order of people without a rank. */
  name: string;
  /** Infinity for someone without an attempt. */
  rank: number;
}

const HOMES_TTL_MS = 60_000;

/** Where everyone ranked has their account, as small integers, so that picking a subtree's people is one tight loop. */
class Homes {
  readonly at = Date.now();
  private readonly unitIndex = new Map<string, number>();
  private readonly personUnit: Int32Array;

  constructor(
    private readonly ranking: Ranking,
    homes: Map<string, string>,
  ) {
    this.personUnit = Int32Array.from(ranking.people, (person) => {
      const unit = homes.get(person.userId);
      if (unit === undefined) return -1;
      if (!this.unitIndex.has(unit)) this.unitIndex.set(unit, this.unitIndex.size);
      return this.unitIndex.get(unit)!;
    });
  }

  /** The ranked people whose account is in one of `units`, in rank order. */
  inside(units: readonly { id: string }[]): RankedPerson[] {
    const wanted = new Uint8Array(this.unitIndex.size + 1);
    for (const unit of units) {
      const index = this.unitIndex.get(unit.id);
      if (index !== undefined) wanted[index] = 1;
    }
    const people: RankedPerson[] = [];
    for (let i = 0; i < this.personUnit.length; i++)
      if (this.personUnit[i]! >= 0 && wanted[this.personUnit[i]!]) people.push(this.ranking.people[i]!);
    return people;
  }
}

interface PersonRow {
  id: string;
  full_name: string;
  username: string;
  unit_id: string;
  unit_name: string;
  class_name: string | null;
  kind: ParticipantKind | null;
  birth_date: string | null;
  duplicate: boolean;
}

/**
 * Everyone of a unit's subtree the contest concerns (its audience, and anyone who took part), with their counted
 * attempt and rank in the round. The people come from PostgreSQL (filtered by unit and name), the ranks from the
 * round's in-memory ranking; only the page's rows are read in full.
 */
@Injectable()
export class ParticipantReportService {
  private readonly unitsOfRanked = new Map<string, Homes>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly scopes: ReportScopeService,
    private readonly store: RoundAttemptsStore,
  ) {}

  async report(actor: AuthUser, contestId: string, query: ParticipantReportQueryDto): Promise<ParticipantReportDto> {
    const scope = await this.scopes.resolve(actor, contestId, query.roundId);
    const unit = await this.scopes.unitIn(scope, query.unitId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [{ total, rows }, path] = await Promise.all([
      this.rows(scope, unit, { ...query, from: (page - 1) * pageSize, to: page * pageSize }),
      this.scopes.pathTo(scope, unit),
    ]);
    return { ...this.scopes.header(scope), unitId: unit.id, unitName: unit.name, path, total, page, pageSize, rows };
  }

  /**
   * Rows `from` … `to` − 1 of everyone matching the filters, in the order asked for. By name or unit, PostgreSQL sorts
   * and pages. By rank, the round's ranking (in memory) is walked in order, keeping the people whose unit is inside;
   * those without an attempt follow, paged by PostgreSQL. A search narrows the people first, so it sorts them here.
   */
  async rows(
    scope: ReportScope,
    unit: ReportUnit,
    options: Pick<ParticipantReportQueryDto, 'q' | 'sort' | 'status'> & { from: number; to: number },
  ): Promise<{ total: number; rows: ParticipantReportRowDto[] }> {
    const sort = options.sort ?? 'rank';
    const [ranking, units] = await Promise.all([this.store.ranking(scope), this.scopes.units(unit.path)]);
    const filter = this.filter(scope, units, options);
    const size = Math.max(0, options.to - options.from);
    let page: string[];
    let total: number;
    if (sort !== 'rank') {
      ({ ids: page, total } = await this.sortedPage(filter, sort, options.from, size));
    } else if (options.q) {
      const members: Member[] = await this.dataSource.query(
        `SELECT u.id, u.full_name_folded AS name FROM app_user u WHERE ${filter.where}`,
        filter.params,
      );
      for (const member of members) member.rank = ranking.byUser.get(member.id)?.rank ?? Number.POSITIVE_INFINITY;
      members.sort(byRank);
      page = members.slice(options.from, options.to).map((member) => member.id);
      total = members.length;
    } else {
      const ranked = options.status === 'absent' ? [] : (await this.homes(scope, ranking)).inside(units);
      page = ranked.slice(options.from, options.to).map((person) => person.userId);
      total = ranked.length;
      if (options.status !== 'took') {
        const absent = this.filter(scope, units, { ...options, status: 'absent' });
        const rest = await this.sortedPage(absent, 'name', Math.max(0, options.from - ranked.length), size - page.length);
        page.push(...rest.ids);
        total += rest.total;
      }
    }
    const people = await this.people(page);
    return { total, rows: page.map((id) => toRow(people.get(id)!, ranking)) };
  }

  /**
   * Who the report lists, as SQL over `app_user u`: participant accounts of the unit's subtree that are of the audience,
   * or that submitted an attempt in the rounds reported (self-registered, or since moved out of the audience); then the
   * search and the status.
   */
  private filter(
    scope: ReportScope,
    units: ReportUnit[],
    options: Pick<ParticipantReportQueryDto, 'q' | 'status'>,
  ): { where: string; params: unknown[] } {
    const audience = audiencePredicate(scope.loaded, units, 4);
    const took = `EXISTS (SELECT 1 FROM attempt a WHERE a.round_id = ANY($3::uuid[]) AND a.user_id = u.id AND a.status = 'submitted')`;
    const status = options.status === 'took' ? `AND ${took}` : options.status === 'absent' ? `AND NOT ${took}` : '';
    const search = options.q ? `%${foldVietnamese(options.q).replace(/[%_\\]/g, '\\$&')}%` : null;
    return {
      where: `u.role = 'participant' AND u.unit_id = ANY($1::uuid[]) AND ($2::text IS NULL OR u.full_name_folded LIKE $2 OR u.username LIKE $2)
        AND (${audience.sql} OR ${took}) ${status}`,
      params: [units.map((candidate) => candidate.id), search, scope.rounds.map((round) => round.id), ...audience.params],
    };
  }

  /** One page of the people matching, sorted by name or by unit then name, and how many match in all. */
  private async sortedPage(
    filter: { where: string; params: unknown[] },
    sort: Exclude<ParticipantSort, 'rank'>,
    offset: number,
    limit: number,
  ): Promise<{ ids: string[]; total: number }> {
    const order = sort === 'unit' ? 'unit.name_folded, unit.id, u.full_name_folded, u.id' : 'u.full_name_folded, u.id';
    const next = filter.params.length + 1;
    const [rows, [{ total }]] = await Promise.all([
      limit > 0
        ? (this.dataSource.query(
            `SELECT u.id FROM app_user u JOIN unit ON unit.id = u.unit_id WHERE ${filter.where} ORDER BY ${order} LIMIT $${next} OFFSET $${next + 1}`,
            [...filter.params, limit, offset],
          ) as Promise<{ id: string }[]>)
        : Promise.resolve([]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM app_user u WHERE ${filter.where}`, filter.params) as Promise<
        { total: number }[]
      >,
    ]);
    return { ids: rows.map((row) => row.id), total };
  }

  /** The account unit of everyone ranked, read once per ranking and at most a minute old (people rarely move). */
  private async homes(scope: ReportScope, ranking: Ranking): Promise<Homes> {
    const cached = this.unitsOfRanked.get(ranking.stamp);
    if (cached && Date.now() - cached.at < HOMES_TTL_MS) return cached;
    const rows: { id: string; unit_id: string }[] = await this.dataSource.query(
      `SELECT u.id, u.unit_id FROM app_user u
        WHERE EXISTS (SELECT 1 FROM attempt a WHERE a.round_id = ANY($1::uuid[]) AND a.user_id = u.id AND a.status = 'submitted')`,
      [scope.rounds.map((round) => round.id)],
    );
    const homes = new Homes(ranking, new Map(rows.map((row) => [row.id, row.unit_id])));
    if (this.unitsOfRanked.size >= 8) this.unitsOfRanked.delete(this.unitsOfRanked.keys().next().value!);
    this.unitsOfRanked.set(ranking.stamp, homes);
    return homes;
  }

  /** The page's people in full, with the likely-duplicate flag of the users module's rule (same folded name, birth date, school). */
  private async people(ids: string[]): Promise<Map<string, PersonRow>> {
    if (ids.length === 0) return new Map();
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT u.id, u.full_name, u.username, u.unit_id, unit.name AS unit_name, u.class_name, u.kind, u.birth_date::text AS birth_date,
              u.birth_date IS NOT NULL AND EXISTS (
                SELECT 1 FROM app_user twin
                 WHERE twin.full_name_folded = u.full_name_folded AND twin.birth_date = u.birth_date
                   AND twin.unit_id = u.unit_id AND twin.role = 'participant' AND twin.id <> u.id) AS duplicate
         FROM app_user u JOIN unit ON unit.id = u.unit_id WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

/** By rank; people without an attempt last, by name; the id settles the rest. */
function byRank(a: Member, b: Member): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toRow(person: PersonRow, ranking: Ranking): ParticipantReportRowDto {
  const ranked = ranking.byUser.get(person.id);
  return {
    userId: person.id,
    fullName: person.full_name,
    username: person.username,
    unitId: person.unit_id,
    unitName: person.unit_name,
    className: person.class_name,
    kind: person.kind,
    birthDate: person.birth_date,
    attemptId: ranked?.attemptId ?? null,
    score: ranked?.score ?? null,
    correctCount: ranked?.correctCount ?? null,
    questionCount: ranked?.questionCount ?? null,
    durationMs: ranked?.durationMs ?? null,
    submittedAt: ranked ? new Date(ranked.submittedAt).toISOString() : null,
    rank: ranked?.rank ?? null,
    attemptsUsed: ranked?.attempts ?? 0,
    roundsTaken: ranked?.rounds ?? 0,
    possibleDuplicate: person.duplicate,
  };
}
