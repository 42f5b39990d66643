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
import { acceptsAnswer, deadlineFor } from '../contests/rules/deadline.js';
import { attemptOptionIds, drawPaper, PaperShortfallError } from '../contests/rules/draw.js';
import { isWellFormedResponse } from '../contests/rules/scoring.js';
import { AnswerWriter } from './answer-writer.js';
import type { AttemptDto, SaveAnswerResultDto, SavedAnswerDto } from './attempt.dto.js';
import { Attempt } from './attempt.entity.js';
import { AttemptMetaCache, type AttemptMeta, type ItemMeta } from './attempt-meta.cache.js';
import { QuestionContentCache } from './question-content.cache.js';

const UNIQUE_VIOLATION = '23505';
const secureRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

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
    const [active] = await this.dataSource.query(`SELECT id FROM attempt WHERE round_id = $1 AND user_id = $2 AND status = 'active'`, [
      round.id,
      actor.id,
    ]);
    if (active) return this.view(actor, active.id);
    if (roundState(round, now) !== 'open') throw new AppError('CONTEST_NOT_OPEN');
    assertMayStartLate(loaded.contest, round, now);
    const [{ used }] = await this.dataSource.query(`SELECT count(*)::int AS used FROM attempt WHERE round_id = $1 AND user_id = $2`, [
      round.id,
      actor.id,
    ]);
    if (used >= loaded.contest.attemptsAllowed) throw new AppError('ATTEMPTS_EXHAUSTED', { allowed: loaded.contest.attemptsAllowed });
    try {
      const id = await this.dataSource.transaction((tx) => this.createPaper(tx, actor, loaded, round.id, round.closesAt, used + 1, now));
      return this.view(actor, id);
    } catch (error) {
      // Two starts at once (a double tap, two devices): the unique index keeps one; both get it.
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      const [winner] = await this.dataSource.query(`SELECT id FROM attempt WHERE round_id = $1 AND user_id = $2 AND status = 'active'`, [
        round.id,
        actor.id,
      ]);
      if (!winner) throw error;
      return this.view(actor, winner.id);
    }
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
    let paper;
    try {
      paper = drawPaper(contest.pool, contest.drawMatrix, contest.questionCount, secureRandom);
    } catch (error) {
      if (error instanceof PaperShortfallError) throw new AppError('CONTEST_MATRIX_UNFILLABLE');
      throw error;
    }
    const deadlineAt = deadlineFor(now, contest.durationSeconds, closesAt);
    const [{ id }] = await tx.query(
      `INSERT INTO attempt (contest_id, round_id, user_id, unit_id, number, started_at, deadline_at, question_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [contest.id, roundId, actor.id, actor.unitId, number, now, deadlineAt, paper.length],
    );
    const items: ItemMeta[] = paper.map((item, position) => {
      const ids = attemptOptionIds(item.optionOrder.length, secureRandom);
      return {
        questionId: item.questionId,
        version: item.version,
        position,
        optionMap: item.optionOrder.map((optionId, index) => ({ id: ids[index]!, optionId })),
      };
    });
    await tx.query(
      `INSERT INTO attempt_item (attempt_id, position, question_id, version, option_map)
       SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::int[], $5::jsonb[])`,
      [
        id,
        items.map((item) => item.position),
        items.map((item) => item.questionId),
        items.map((item) => item.version),
        items.map((item) => JSON.stringify(item.optionMap)),
      ],
    );
    this.metaCache.remember({
      id,
      contestId: contest.id,
      roundId,
      userId: actor.id,
      unitId: actor.unitId,
      startedAt: now,
      deadlineAt,
      items: new Map(items.map((item) => [item.questionId, item])),
    });
    return id;
  }

  /** The paper as its taker sees it: no key, no explanation, per-attempt option ids, saved answers. */
  async view(actor: AuthUser, attemptId: string): Promise<AttemptDto> {
    const meta = await this.owned(actor, attemptId);
    const [attempt] = await this.dataSource.getRepository(Attempt).findBy({ id: attemptId });
    const loaded = await this.contests.load(meta.contestId);
    const items = [...meta.items.values()].sort((a, b) => a.position - b.position);
    const contents = await this.content.get(items);
    const answers: { question_id: string; response: unknown; seq: number; saved_at: Date }[] = await this.dataSource.query(
      `SELECT question_id, response, seq, saved_at FROM attempt_answer WHERE attempt_id = $1`,
      [attemptId],
    );
    return {
      id: attemptId,
      contestId: meta.contestId,
      roundId: meta.roundId,
      number: attempt!.number,
      status: attempt!.status,
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
