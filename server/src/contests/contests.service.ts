import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { tidySpaces } from '../common/text/vietnamese.js';
import type { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import type { ContestDto, ContestInputDto, MatrixShortfallDto, MyResultDto } from './contest.dto.js';
import { Contest } from './contest.entity.js';
import { inAudience } from './contest-audience.js';
import { ContestRegistrations, type UnitRegistrations } from './contest-registrations.js';
import { ContestRound } from './contest-round.entity.js';
import { roundState, toContestDto } from './contest-view.js';
import { matrixShortfalls, type MatrixCell, type PoolQuestion } from './rules/draw.js';
import { DEFAULT_LATE_START, leavesTimeToStart, type LateStartRule } from './rules/late-start.js';
import { contestAccess, sees, takes, type ContestAccess } from './rules/registration.js';

const EMPTY_MINE = { attemptsUsed: 0, bestScore: null, bestCorrect: null, activeAttemptId: null };
const DEFAULT_REVIEW_SHOWS = { score: true, correctness: true, key: true, explanation: true };
const CACHE_MS = 5_000;

export interface LoadedContest {
  contest: Contest;
  rounds: ContestRound[];
  ownerPath: string;
  audiencePaths: string[];
}

/** Contest definitions: rounds, audience, draw matrix; frozen at publish except the window. */
@Injectable()
export class ContestsService {
  private readonly cache = new Map<string, { loaded: LoadedContest; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Contest) private readonly contests: Repository<Contest>,
    @InjectRepository(ContestRound) private readonly rounds: Repository<ContestRound>,
    private readonly units: UnitsService,
    private readonly registrations: ContestRegistrations,
  ) {}

  /** The contest with its rounds, cached a few seconds: every answer save reads it. */
  async load(id: string, now = Date.now()): Promise<LoadedContest> {
    const hit = this.cache.get(id);
    if (hit && now - hit.at < CACHE_MS) return hit.loaded;
    const contest = await this.contests.findOneBy({ id });
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const rounds = await this.rounds.find({ where: { contestId: id }, order: { position: 'ASC' } });
    const ownerPath = (await this.units.get(contest.ownerUnitId)).path;
    const audiencePaths = contest.audience.unitIds?.length
      ? (await this.unitsByIds(contest.audience.unitIds)).map((unit) => unit.path)
      : [];
    const loaded = { contest, rounds, ownerPath, audiencePaths };
    this.cache.set(id, { loaded, at: now });
    return loaded;
  }

  async create(actor: AuthUser, input: ContestInputDto): Promise<ContestDto> {
    const owner = await this.units.getManageable(actor, input.ownerUnitId ?? actor.unitId ?? (await this.units.roots())[0]?.id ?? '');
    assertRounds(input.rounds);
    assertLateStart(input);
    await this.assertMatrix(input.drawMatrix ?? [], input.questionCount ?? 20, owner.path);
    const id = await this.dataSource.transaction(async (tx) => {
      const contest = await tx
        .getRepository(Contest)
        .save(tx.getRepository(Contest).create({ ...this.fields(input), ownerUnitId: owner.id, createdBy: actor.id }));
      await tx.getRepository(ContestRound).insert(
        input.rounds.map((round, position) => ({
          contestId: contest.id,
          position,
          name: tidySpaces(round.name),
          opensAt: new Date(round.opensAt),
          closesAt: new Date(round.closesAt),
        })),
      );
      return contest.id;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: string, input: ContestInputDto): Promise<ContestDto> {
    const { contest, ownerPath } = await this.load(id, 0);
    if (!managesPath(actor, ownerPath)) throw new AppError('OUT_OF_SCOPE');
    if (contest.status !== 'draft') throw new AppError('CONTEST_FROZEN');
    assertRounds(input.rounds);
    assertLateStart(input);
    await this.assertMatrix(input.drawMatrix ?? [], input.questionCount ?? 20, ownerPath);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(Contest).update({ id }, { ...this.fields(input), updatedAt: new Date() });
      await tx.getRepository(ContestRound).delete({ contestId: id });
      await tx.getRepository(ContestRound).insert(
        input.rounds.map((round, position) => ({
          contestId: id,
          position,
          name: tidySpaces(round.name),
          opensAt: new Date(round.opensAt),
          closesAt: new Date(round.closesAt),
        })),
      );
    });
    this.cache.delete(id);
    return this.get(actor, id);
  }

  /** Freezes the pool of approved questions the papers are drawn from; the contest appears to its audience. */
  async publish(actor: AuthUser, id: string): Promise<ContestDto> {
    const { contest, ownerPath } = await this.load(id, 0);
    if (!managesPath(actor, ownerPath)) throw new AppError('OUT_OF_SCOPE');
    if (contest.status !== 'draft') throw new AppError('CONTEST_FROZEN');
    const pool = await this.poolFor(ownerPath);
    const cells: MatrixCell[] = contest.drawMatrix.length
      ? contest.drawMatrix
      : [{ topic: null, cognitiveLevel: null, count: contest.questionCount }];
    const shortfalls = matrixShortfalls(pool, cells);
    if (shortfalls.length > 0 || pool.length < contest.questionCount)
      throw new AppError('CONTEST_MATRIX_UNFILLABLE', {}, shortfalls.map(toShortfallDto));
    await this.contests.update({ id }, { status: 'published', pool, publishedAt: new Date(), updatedAt: new Date() });
    this.cache.delete(id);
    return this.get(actor, id);
  }

  /** The only change a published contest takes: a later closing time, logged. */
  async extendRound(actor: AuthUser, contestId: string, roundId: string, closesAt: Date): Promise<ContestDto> {
    const { rounds, ownerPath } = await this.load(contestId, 0);
    if (!managesPath(actor, ownerPath)) throw new AppError('OUT_OF_SCOPE');
    const round = rounds.find((candidate) => candidate.id === roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    if (closesAt <= round.closesAt) throw new AppError('ROUND_EXTENSION_INVALID');
    const next = rounds.find((candidate) => candidate.position === round.position + 1);
    if (next && closesAt > next.opensAt) throw new AppError('CONTEST_ROUNDS_INVALID');
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(ContestRound).update({ id: roundId }, { closesAt });
      await tx.query(`INSERT INTO contest_window_change (round_id, old_closes_at, new_closes_at, changed_by) VALUES ($1, $2, $3, $4)`, [
        roundId,
        round.closesAt,
        closesAt,
        actor.id,
      ]);
    });
    this.cache.delete(contestId);
    return this.get(actor, contestId);
  }

  async markDemo(id: string): Promise<void> {
    await this.contests.update({ id }, { demo: true });
    this.cache.delete(id);
  }

  /** For a participant: attempts used, best result and the active attempt, per contest (in its open or last round). */
  async mine(actor: AuthUser, contestIds: string[]): Promise<Map<string, MyResultDto>> {
    if (contestIds.length === 0) return new Map();
    const rows: { contest_id: string; used: number; best_score: number | null; best_correct: number | null; active_id: string | null }[] =
      await this.dataSource.query(
        `SELECT contest_id, count(*)::int AS used, max(score) AS best_score, max(correct_count) AS best_correct,
              (array_agg(id) FILTER (WHERE status = 'active'))[1] AS active_id
         FROM attempt WHERE user_id = $1 AND contest_id = ANY($2) GROUP BY contest_id`,
        [actor.id, contestIds],
      );
    return new Map(
      rows.map((row) => [
        row.contest_id,
        { attemptsUsed: row.used, bestScore: row.best_score, bestCorrect: row.best_correct, activeAttemptId: row.active_id },
      ]),
    );
  }

  async get(actor: AuthUser, id: string): Promise<ContestDto> {
    const loaded = await this.load(id, 0);
    await this.assertReadable(actor, loaded);
    const dto = toContestDto(loaded.contest, loaded.rounds, new Date());
    if (actor.role === 'participant') {
      dto.mine = (await this.mine(actor, [id])).get(id) ?? EMPTY_MINE;
      dto.access = await this.access(actor, loaded);
    } else dto.registrations = await this.registrations.count(id);
    return dto;
  }

  /**
   * A participant of the owner's subtree enrols in a published contest that takes registrations;
   * idempotent, and harmless for someone already in the audience.
   */
  async register(actor: AuthUser, id: string): Promise<ContestDto> {
    const loaded = await this.load(id, 0);
    if (loaded.contest.status !== 'published') throw new AppError('CONTEST_NOT_FOUND');
    const access = await this.access(actor, loaded);
    if (access === 'none') throw new AppError('CONTEST_NOT_FOUND');
    if (access === 'closed') throw new AppError('CONTEST_REGISTRATION_CLOSED');
    if (access === 'ended') throw new AppError('CONTEST_REGISTRATION_ENDED');
    if (access === 'can_register') await this.registrations.add(id, actor.id, actor.unitId, new Date());
    return this.get(actor, id);
  }

  /** How many participants enrolled themselves (outside the audience): the "registered" figure of reports. */
  registeredCount(contestId: string): Promise<number> {
    return this.registrations.count(contestId);
  }

  /** Self-registrations per unit (the person's unit when they enrolled). */
  registrationsByUnit(contestId: string): Promise<UnitRegistrations[]> {
    return this.registrations.countByUnit(contestId);
  }

  /** Organizers: the contests of their subtree. Participants: the published contests they may take. */
  async list(actor: AuthUser): Promise<ContestDto[]> {
    const now = new Date();
    const contests = await this.dataSource.query(
      actor.role === 'participant'
        ? `SELECT c.id FROM contest c WHERE c.status = 'published' ORDER BY c.created_at DESC LIMIT 500`
        : `SELECT c.id FROM contest c JOIN unit owner ON owner.id = c.owner_unit_id
            WHERE ($1::text IS NULL OR owner.path LIKE $1 || '%') ORDER BY c.created_at DESC LIMIT 500`,
      actor.role === 'participant' ? [] : [actor.role === 'admin' ? null : actor.unitPath],
    );
    const ids = (contests as { id: string }[]).map((contest) => contest.id);
    const participant = actor.role === 'participant';
    const unit = participant && actor.unitId ? await this.units.get(actor.unitId) : null;
    const registered = participant ? await this.registrations.contestsOf(actor.id, ids) : new Set<string>();
    const result: ContestDto[] = [];
    for (const id of ids) {
      const loaded = await this.load(id);
      const access = participant ? await this.access(actor, loaded, { unit, registered: registered.has(id) }) : undefined;
      if (access && !sees(access)) continue;
      result.push({ ...toContestDto(loaded.contest, loaded.rounds, now), ...(access ? { access } : {}) });
    }
    if (participant) {
      const mine = await this.mine(
        actor,
        result.map((contest) => contest.id),
      );
      for (const contest of result) contest.mine = mine.get(contest.id) ?? EMPTY_MINE;
    }
    return result;
  }

  /** May this participant take the contest: in its audience, or enrolled themselves. */
  async eligible(actor: AuthUser, loaded: LoadedContest): Promise<boolean> {
    return takes(await this.access(actor, loaded));
  }

  /** Where a participant stands with the contest (see ContestAccess); `known` saves lookups in a list. */
  async access(actor: AuthUser, loaded: LoadedContest, known: { unit?: Unit | null; registered?: boolean } = {}): Promise<ContestAccess> {
    if (actor.role !== 'participant' || !actor.unitId) return 'none';
    const unit =
      known.unit ??
      (actor.unitPath && actor.unitLevel !== undefined
        ? { path: actor.unitPath, level: actor.unitLevel }
        : await this.units.get(actor.unitId));
    const { contest, ownerPath, audiencePaths, rounds } = loaded;
    const candidate = { userId: actor.id, role: actor.role, kind: actor.kind, unitPath: unit.path, unitLevel: unit.level };
    if (inAudience(contest.audience, ownerPath, audiencePaths, candidate)) return 'audience';
    const now = new Date();
    return contestAccess({
      policy: contest.registration,
      inAudience: false,
      registered: known.registered ?? (await this.registrations.has(contest.id, actor.id)),
      inOwnerSubtree: unit.path.startsWith(ownerPath),
      over: rounds.every((round) => roundState(round, now) === 'closed'),
    });
  }

  async assertReadable(actor: AuthUser, loaded: LoadedContest): Promise<void> {
    if (actor.role === 'participant') {
      if (loaded.contest.status !== 'published' || !sees(await this.access(actor, loaded))) throw new AppError('CONTEST_NOT_FOUND');
      return;
    }
    const path = actor.unitPath;
    if (actor.role !== 'admin' && !(path && (loaded.ownerPath.startsWith(path) || path.startsWith(loaded.ownerPath))))
      throw new AppError('CONTEST_NOT_FOUND');
  }

  async matrixShortfalls(actor: AuthUser, matrix: MatrixCell[], ownerUnitId?: string): Promise<MatrixShortfallDto[]> {
    const owner = await this.units.get(ownerUnitId ?? actor.unitId ?? (await this.units.roots())[0]?.id ?? '');
    return matrixShortfalls(await this.poolFor(owner.path), matrix).map(toShortfallDto);
  }

  /** Approved, unflagged questions of the banks the owner reads (its own, above and below it). */
  async poolFor(ownerPath: string): Promise<PoolQuestion[]> {
    const rows: { id: string; version: number; topic: string | null; level: string | null; options: { id: string }[] }[] =
      await this.dataSource.query(
        `SELECT q.id, q.current_version AS version, q.topic_code AS topic, q.cognitive_level AS level, v.options
         FROM question q JOIN unit owner ON owner.id = q.owner_unit_id
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE q.status = 'approved' AND NOT q.needs_review AND (owner.path LIKE $1 || '%' OR $1 LIKE owner.path || '%')`,
        [ownerPath],
      );
    return rows.map((row) => ({
      questionId: row.id,
      version: row.version,
      topic: row.topic,
      cognitiveLevel: row.level,
      optionIds: row.options.map((option) => option.id),
    }));
  }

  private async assertMatrix(matrix: MatrixCell[], questionCount: number, ownerPath: string): Promise<void> {
    const total = matrix.reduce((sum, cell) => sum + cell.count, 0);
    if (total > questionCount)
      throw new AppError('CONTEST_MATRIX_UNFILLABLE', {}, [{ topic: null, cognitiveLevel: null, count: total, available: questionCount }]);
    const shortfalls = matrixShortfalls(
      await this.poolFor(ownerPath),
      matrix.length ? matrix : [{ topic: null, cognitiveLevel: null, count: questionCount }],
    );
    if (shortfalls.length > 0) throw new AppError('CONTEST_MATRIX_UNFILLABLE', {}, shortfalls.map(toShortfallDto));
  }

  private fields(input: ContestInputDto): Partial<Contest> {
    return {
      title: tidySpaces(input.title),
      description: input.description ?? null,
      rules: input.rules ?? null,
      audience: input.audience ?? {},
      durationSeconds: input.durationSeconds ?? 1200,
      questionCount: input.questionCount ?? 20,
      drawMatrix: (input.drawMatrix ?? []) as MatrixCell[],
      attemptsAllowed: input.attemptsAllowed ?? 3,
      counting: input.counting ?? 'best',
      predictionEnabled: input.predictionEnabled ?? true,
      tieBreaks: input.tieBreaks ?? ['prediction', 'time', 'submitted'],
      reviewPolicy: input.review ?? 'after_close',
      reviewShows: input.reviewShows ?? DEFAULT_REVIEW_SHOWS,
      prizeCount: input.prizeCount ?? 10,
      registration: input.registration ?? 'audience_only',
      lateStart: lateStartOf(input.lateStart),
    };
  }

  private async unitsByIds(ids: string[]) {
    return this.dataSource.getRepository('unit').findBy({ id: In(ids) }) as Promise<{ id: string; path: string }[]>;
  }
}

function toShortfallDto(shortfall: { cell: MatrixCell; available: number }): MatrixShortfallDto {
  return {
    topic: shortfall.cell.topic,
    cognitiveLevel: shortfall.cell.cognitiveLevel,
    count: shortfall.cell.count,
    available: shortfall.available,
  };
}

function lateStartOf(input: ContestInputDto['lateStart']): LateStartRule {
  if (!input) return DEFAULT_LATE_START;
  return input.mode === 'minutes_before_close' ? { mode: input.mode, minutes: input.minutes! } : { mode: input.mode };
}

/** A late-start rule must leave each round some time to start in. */
function assertLateStart(input: ContestInputDto): void {
  const rule = lateStartOf(input.lateStart);
  const duration = input.durationSeconds ?? 1200;
  const shut = input.rounds.find((round) => !leavesTimeToStart(rule, new Date(round.opensAt), new Date(round.closesAt), duration));
  if (shut) throw new AppError('CONTEST_LATE_START_INVALID', { round: shut.name });
}

function assertRounds(rounds: { opensAt: string; closesAt: string }[]): void {
  const windows = rounds.map((round) => ({ opens: Date.parse(round.opensAt), closes: Date.parse(round.closesAt) }));
  const valid = windows.every(
    (window, index) => window.closes > window.opens && (index === 0 || window.opens >= windows[index - 1]!.closes),
  );
  if (!valid) throw new AppError('CONTEST_ROUNDS_INVALID');
}
