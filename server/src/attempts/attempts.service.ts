import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ContestsService, type LoadedContest } from '../contests/contests.service.js';
import { roundState } from '../contests/contest-view.js';
import { assertMayStartLate } from '../contests/late-start-guard.js';
import { DEFAULT_LATE_START, mayStartAt } from '../contests/rules/late-start.js';
import { acceptsAnswer, deadlineFor } from '../contests/rules/deadline.js';
import { attemptOptionIds, drawPaper, PaperShortfallError } from '../contests/rules/draw.js';
import { isWellFormedResponse } from '../contests/rules/scoring.js';
import { AnswerWriter } from './answer-writer.js';
import type { AttemptDto, SaveAnswerResultDto, SavedAnswerDto } from './attempt.dto.js';
import { AttemptMetaCache, type AttemptMeta, type ItemMeta } from './attempt-meta.cache.js';
import { QuestionContentCache } from './question-content.cache.js';

const UNIQUE_VIOLATION = '23505';
const secureRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

/** The paper as the columns of `unnest($9::int[], $10::uuid[], $11::int[], $12::jsonb[])`. */
function itemColumns(items: ItemMeta[]): [number[], string[], number[], string[]] {
  return [
    items.map((item) => item.position),
    items.map((item) => item.questionId),
    items.map((item) => item.version),
    items.map((item) => JSON.stringify(item.optionMap)),
  ];
}

/** Taking a timed contest: the paper, the saved answers, the server's clock. */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly metaCache: AttemptMetaCache,
    private readonly content: QuestionContentCache,
    private readonly answers: AnswerWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts an attempt in the open round, or resumes the active one: one active attempt per person and round. */
  async start(actor: AuthUser, contestId: string, roundId?: string): Promise<AttemptDto> {
    const loaded = await this.contests.load(contestId);
    if (loaded.contest.status !== 'published') throw new AppError('CONTEST_NOT_FOUND');
    if (!(await this.contests.eligible(actor, loaded))) throw new AppError('CONTEST_NOT_ELIGIBLE');
    const now = new Date();
    const round = loaded.rounds.find((candidate) => (roundId ? candidate.id === roundId : roundState(candidate, now) === 'open'));
    if (!round) throw roundId ? new AppError('ROUND_NOT_FOUND') : new AppError('CONTEST_NOT_OPEN');
    const open = roundState(round, now) === 'open';
    if (open && mayStartAt(loaded.contest.lateStart ?? DEFAULT_LATE_START, now, round.closesAt, loaded.contest.durationSeconds)) {
      try {
        const started = await this.startPaper(actor, loaded, round, now);
        if ('id' in started)
          return this.paperView(await this.metaCache.get(started.id), { number: started.number, status: 'active' }, loaded, []);
        if (started.active) return this.view(actor, started.active);
        throw new AppError('ATTEMPTS_EXHAUSTED', { allowed: loaded.contest.attemptsAllowed });
      } catch (error) {
        // Two starts at once (a double tap, two devices): the unique index keeps one; both get it.
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      }
    }
    const [active] = await this.dataSource.query(`SELECT id FROM attempt WHERE round_id = $1 AND user_id = $2 AND status = 'active'`, [
      round.id,
      actor.id,
    ]);
    if (active) return this.view(actor, active.id);
    if (!open) throw new AppError('CONTEST_NOT_OPEN');
    assertMayStartLate(loaded.contest, round, now);
    throw new AppError('CONTEST_NOT_OPEN');
  }

  /**
   * In one statement: resumes nothing and inserts nothing when an attempt is active or the
   * attempts are used up; otherwise stores a new attempt and its paper.
   */
  private async startPaper(
    actor: AuthUser,
    loaded: LoadedContest,
    round: { id: string; closesAt: Date },
    now: Date,
  ): Promise<{ id: string; number: number } | { active: string | null }> {
    const { contest } = loaded;
    const items = this.drawItems(contest);
    const deadlineAt = deadlineFor(now, contest.durationSeconds, round.closesAt);
    const [row]: { active: string | null; id: string | null; number: number | null }[] = await this.dataSource.query(
      `WITH prior AS (
         SELECT count(*)::int AS used, (array_agg(id) FILTER (WHERE status = 'active'))[1] AS active
           FROM attempt WHERE round_id = $2 AND user_id = $3
       ), new_attempt AS (
         INSERT INTO attempt (contest_id, round_id, user_id, unit_id, number, started_at, deadline_at, question_count)
         SELECT $1, $2, $3, $4, prior.used + 1, $5, $6, $7 FROM prior WHERE prior.active IS NULL AND prior.used < $8
         RETURNING id, number
       ), paper AS (
         INSERT INTO attempt_item (attempt_id, position, question_id, version, option_map)
         SELECT new_attempt.id, item.* FROM new_attempt, unnest($9::int[], $10::uuid[], $11::int[], $12::jsonb[]) AS item
       )
       SELECT prior.active, new_attempt.id, new_attempt.number FROM prior LEFT JOIN new_attempt ON true`,
      [contest.id, round.id, actor.id, actor.unitId, now, deadlineAt, items.length, contest.attemptsAllowed, ...itemColumns(items)],
    );
    if (!row!.id) return { active: row!.active };
    this.remember(row!.id, contest.id, round.id, actor, now, deadlineAt, items);
    return { id: row!.id, number: row!.number! };
  }

  /** Draws and stores a paper; the caller owns the transaction. */
  async createPaper(
    tx: EntityManager,
    actor: AuthUser,
    loaded: LoadedContest,
    roundId: string,
    closesAt: Date,
    number: number,
    now: Date,
  ): Promise<string> {
    const { contest } = loaded;
    const items = this.drawItems(contest);
    const deadlineAt = deadlineFor(now, contest.durationSeconds, closesAt);
    // One statement: the attempt and its paper commit together without a transaction's round trips.
    const [{ id }] = await tx.query(
      `WITH new_attempt AS (
         INSERT INTO attempt (contest_id, round_id, user_id, unit_id, number, started_at, deadline_at, question_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
       ), paper AS (
         INSERT INTO attempt_item (attempt_id, position, question_id, version, option_map)
         SELECT new_attempt.id, item.* FROM new_attempt, unnest($9::int[], $10::uuid[], $11::int[], $12::jsonb[]) AS item
       )
       SELECT id FROM new_attempt`,
      [contest.id, roundId, actor.id, actor.unitId, number, now, deadlineAt, items.length, ...itemColumns(items)],
    );
    this.remember(id, contest.id, roundId, actor, now, deadlineAt, items);
    return id;
  }

  private drawItems(contest: LoadedContest['contest']): ItemMeta[] {
    let paper;
    try {
      paper = drawPaper(contest.pool, contest.drawMatrix, contest.questionCount, secureRandom);
    } catch (error) {
      if (error instanceof PaperShortfallError) throw new AppError('CONTEST_MATRIX_UNFILLABLE');
      throw error;
    }
    return paper.map((item, position) => {
      const ids = attemptOptionIds(item.optionOrder.length, secureRandom);
      return {
        questionId: item.questionId,
        version: item.version,
        position,
        optionMap: item.optionOrder.map((optionId, index) => ({ id: ids[index]!, optionId })),
      };
    });
  }

  private remember(
    id: string,
    contestId: string,
    roundId: string,
    actor: AuthUser,
    startedAt: Date,
    deadlineAt: Date,
    items: ItemMeta[],
  ): void {
    this.metaCache.remember({
      id,
      contestId,
      roundId,
      userId: actor.id,
      unitId: actor.unitId,
      startedAt,
      deadlineAt,
      items: new Map(items.map((item) => [item.questionId, item])),
    });
  }

  /** The paper as its taker sees it: no key, no explanation, per-attempt option ids, saved answers. */
  async view(actor: AuthUser, attemptId: string): Promise<AttemptDto> {
    const meta = await this.owned(actor, attemptId);
    const [[attempt], answers, loaded] = await Promise.all([
      this.dataSource.query(`SELECT number, status FROM attempt WHERE id = $1`, [attemptId]),
      this.dataSource.query(`SELECT question_id, response, seq, saved_at FROM attempt_answer WHERE attempt_id = $1`, [attemptId]),
      this.contests.load(meta.contestId),
    ]);
    return this.paperView(meta, attempt, loaded, answers);
  }

  private async paperView(
    meta: AttemptMeta,
    attempt: { number: number; status: string },
    loaded: LoadedContest,
    answers: { question_id: string; response: unknown; seq: number; saved_at: Date }[],
  ): Promise<AttemptDto> {
    const items = [...meta.items.values()].sort((a, b) => a.position - b.position);
    const contents = await this.content.get(items);
    return {
      id: meta.id,
      contestId: meta.contestId,
      roundId: meta.roundId,
      number: attempt.number,
      status: attempt.status as AttemptDto['status'],
      deadlineAt: meta.deadlineAt.toISOString(),
      serverNow: new Date().toISOString(),
      predictionEnabled: loaded.contest.predictionEnabled,
      questions: items.map((item) => {
        const content = contents.get(item.questionId)!;
        const text = new Map(content.options.map((option) => [option.id, option.text]));
        return {
          id: item.questionId,
          type: content.type,
          stem: content.stem,
          ...(item.optionMap.length
            ? { options: item.optionMap.map((option) => ({ id: option.id, text: text.get(option.optionId) ?? '' })) }
            : {}),
        };
      }),
      answers: Object.fromEntries(
        answers.map((answer): [string, SavedAnswerDto] => [
          answer.question_id,
          { response: answer.response, seq: answer.seq, savedAt: new Date(answer.saved_at).toISOString() },
        ]),
      ),
    };
  }

  /**
   * Saves one answer, acknowledged only after it is committed. A retry is harmless, and an
   * older sequence number never overwrites a newer answer. After the deadline (plus grace) it
   * is refused.
   */
  async saveAnswer(actor: AuthUser, attemptId: string, questionId: string, response: unknown, seq: number): Promise<SaveAnswerResultDto> {
    const meta = await this.owned(actor, attemptId);
    const item = meta.items.get(questionId);
    if (!item) throw new AppError('QUESTION_NOT_IN_ATTEMPT');
    const [content] = (await this.content.get([item])).values();
    if (
      !isWellFormedResponse(
        content!.type,
        response,
        item.optionMap.map((option) => option.id),
      )
    )
      throw new AppError('ANSWER_INVALID');
    const now = new Date();
    if (!acceptsAnswer(now, meta.deadlineAt, this.config.answerGraceSeconds)) throw new AppError('ATTEMPT_DEADLINE_PASSED');
    const outcome = await this.answers.write({ attemptId, questionId, response: JSON.stringify(response), seq, savedAt: now });
    if (outcome.kind === 'closed') throw new AppError('ATTEMPT_SUBMITTED');
    return { savedAt: outcome.savedAt.toISOString(), applied: outcome.kind === 'applied' };
  }

  async owned(actor: AuthUser, attemptId: string): Promise<AttemptMeta> {
    const meta = await this.metaCache.get(attemptId);
    if (meta.userId !== actor.id) throw new AppError('ATTEMPT_NOT_FOUND');
    return meta;
  }
}
