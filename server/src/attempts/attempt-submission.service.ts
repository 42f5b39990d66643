import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { scoreResponse } from '../contests/rules/scoring.js';
import { LeaderboardService } from '../leaderboard/leaderboard.service.js';
import type { SubmitResultDto } from './attempt.dto.js';
import { Attempt } from './attempt.entity.js';
import { AttemptMetaCache, type AttemptMeta, type ItemMeta } from './attempt-meta.cache.js';
import { QuestionContentCache } from './question-content.cache.js';

/** Turns the version's option ids into the per-attempt ids a response uses, and back. */
function toVersionResponse(response: unknown, optionMap: ItemMeta['optionMap']): unknown {
  if (optionMap.length === 0) return response;
  const byAttemptId = new Map(optionMap.map((option) => [option.id, option.optionId]));
  if (typeof response === 'string') return byAttemptId.get(response) ?? null;
  if (Array.isArray(response)) return response.map((id) => byAttemptId.get(id as string) ?? null);
  return null;
}

/** Submitting an attempt, by its taker or by the sweeper at the deadline: scoring happens here, once. */
@Injectable()
export class AttemptSubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metaCache: AttemptMetaCache,
    private readonly content: QuestionContentCache,
    private readonly leaderboard: LeaderboardService,
  ) {}

  async submit(actor: AuthUser, attemptId: string, prediction: number | undefined): Promise<SubmitResultDto> {
    const meta = await this.metaCache.get(attemptId);
    if (meta.userId !== actor.id) throw new AppError('ATTEMPT_NOT_FOUND');
    const attempt = await this.finalize(meta, 'participant', prediction);
    return this.result(attempt);
  }

  /** Submits what was saved; idempotent: an attempt already submitted is returned as it is. */
  async finalize(meta: AttemptMeta, by: 'participant' | 'sweeper', prediction?: number): Promise<Attempt> {
    const contents = await this.content.get([...meta.items.values()]);
    const { attempt, changed } = await this.dataSource.transaction(async (tx) => {
      const attempt = await tx.getRepository(Attempt).findOne({ where: { id: meta.id }, lock: { mode: 'pessimistic_write' } });
      if (!attempt) throw new AppError('ATTEMPT_NOT_FOUND');
      if (attempt.status === 'submitted') return { attempt, changed: false };
      return { attempt: await this.score(tx, attempt, meta, contents, by, prediction), changed: true };
    });
    if (changed) await this.leaderboard.recordSubmission(attempt);
    return attempt;
  }

  async result(attempt: Attempt): Promise<SubmitResultDto> {
    const rank = await this.leaderboard.rankOf(attempt.contestId, attempt.roundId, attempt.userId);
    return {
      score: attempt.score ?? 0,
      correctCount: attempt.correctCount ?? 0,
      questionCount: attempt.questionCount,
      durationMs: attempt.durationMs ?? 0,
      rank: rank?.rank ?? null,
      provisional: rank?.provisional ?? true,
    };
  }

  private async score(
    tx: EntityManager,
    attempt: Attempt,
    meta: AttemptMeta,
    contents: Awaited<ReturnType<QuestionContentCache['get']>>,
    by: 'participant' | 'sweeper',
    prediction: number | undefined,
  ): Promise<Attempt> {
    const answers: { question_id: string; response: unknown }[] = await tx.query(
      `SELECT question_id, response FROM attempt_answer WHERE attempt_id = $1`,
      [attempt.id],
    );
    const scored = answers.map((answer) => {
      const item = meta.items.get(answer.question_id);
      const content = contents.get(answer.question_id);
      const result =
        item && content ? scoreResponse(content, toVersionResponse(answer.response, item.optionMap)) : { correct: false, credit: 0 };
      return { questionId: answer.question_id, ...result };
    });
    if (scored.length > 0) {
      await tx.query(
        `UPDATE attempt_answer x SET correct = s.correct, credit = s.credit
           FROM unnest($2::uuid[], $3::boolean[], $4::float8[]) AS s(question_id, correct, credit)
          WHERE x.attempt_id = $1 AND x.question_id = s.question_id`,
        [attempt.id, scored.map((s) => s.questionId), scored.map((s) => s.correct), scored.map((s) => s.credit)],
      );
    }
    const now = new Date();
    const end = now < attempt.deadlineAt ? now : attempt.deadlineAt;
    Object.assign(attempt, {
      status: 'submitted',
      submittedAt: end,
      submittedBy: by,
      correctCount: scored.filter((s) => s.correct).length,
      score: Math.round(scored.reduce((sum, s) => sum + s.credit, 0) * 100) / 100,
      durationMs: Math.max(0, end.getTime() - attempt.startedAt.getTime()),
      prediction: prediction ?? attempt.prediction,
    });
    await tx.getRepository(Attempt).save(attempt);
    return attempt;
  }
}
