import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { ContestsService } from '../contests/contests.service.js';
import { roundState } from '../contests/contest-view.js';
import type { ReviewDto, ReviewItemDto } from './attempt.dto.js';
import { Attempt } from './attempt.entity.js';
import { AttemptMetaCache } from './attempt-meta.cache.js';
import { AttemptSubmissionService } from './attempt-submission.service.js';
import { QuestionContentCache } from './question-content.cache.js';

/** The review page: keys and explanations only once submitted and only as the contest's policy allows. */
@Injectable()
export class AttemptReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly metaCache: AttemptMetaCache,
    private readonly content: QuestionContentCache,
    private readonly submission: AttemptSubmissionService,
  ) {}

  async review(actor: AuthUser, attemptId: string): Promise<ReviewDto> {
    const meta = await this.metaCache.get(attemptId);
    if (meta.userId !== actor.id) throw new AppError('ATTEMPT_NOT_FOUND');
    const attempt = await this.dataSource.getRepository(Attempt).findOneBy({ id: attemptId });
    if (!attempt || attempt.status !== 'submitted') throw new AppError('REVIEW_NOT_AVAILABLE');
    const { contest, rounds } = await this.contests.load(meta.contestId);
    const round = rounds.find((candidate) => candidate.id === meta.roundId);
    const allowed =
      contest.reviewPolicy === 'immediately' ||
      (contest.reviewPolicy === 'after_close' && !!round && roundState(round, new Date()) === 'closed');
    const result = await this.submission.result(attempt);
    if (!allowed) {
      if (contest.reviewPolicy === 'never' && contest.reviewShows.score) return { result, items: [] };
      throw new AppError('REVIEW_NOT_AVAILABLE');
    }
    const shows = contest.reviewShows;
    const items = [...meta.items.values()].sort((a, b) => a.position - b.position);
    const contents = await this.content.get(items);
    const answers = new Map(
      (
        (await this.dataSource.query(`SELECT question_id, response, correct FROM attempt_answer WHERE attempt_id = $1`, [attemptId])) as {
          question_id: string;
          response: unknown;
          correct: boolean | null;
        }[]
      ).map((row) => [row.question_id, row]),
    );
    return {
      result,
      items: items.map((item): ReviewItemDto => {
        const content = contents.get(item.questionId)!;
        const answer = answers.get(item.questionId);
        const text = new Map(content.options.map((option) => [option.id, option]));
        const options = item.optionMap.map((option) => ({ id: option.id, text: text.get(option.optionId)?.text ?? '' }));
        const key =
          content.type === 'short_text'
            ? content.accepted
            : content.type === 'numeric'
              ? { value: content.numericValue, tolerance: content.numericTolerance }
              : item.optionMap.filter((option) => text.get(option.optionId)?.correct).map((option) => option.id);
        const citation =
          [content.citation.clause, content.citation.article, content.citation.document]
            .map((part) => part?.replace(/^—$/, '').replace(/\s+—$/, '').trim())
            .filter(Boolean)
            .join(', ') || null;
        return {
          questionId: item.questionId,
          type: content.type,
          stem: content.stem,
          ...(options.length ? { options } : {}),
          response: answer?.response ?? null,
          ...(shows.correctness ? { correct: answer?.correct ?? false } : {}),
          ...(shows.key ? { key } : {}),
          ...(shows.explanation ? { explanation: content.explanation, citation } : {}),
        };
      }),
    };
  }
}
