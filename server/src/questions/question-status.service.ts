import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { QuestionStatus } from './question-draft.js';
import { Question } from './question.entity.js';
import { QuestionScope } from './question-scope.js';
import { refuseTransition } from './question-workflow.js';

/** Bulk status changes along the review flow; each question is checked on its own. */
@Injectable()
export class QuestionStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: QuestionScope,
  ) {}

  async change(actor: AuthUser, ids: string[], status: QuestionStatus, comment?: string): Promise<{ changed: number; refused: string[] }> {
    return this.dataSource.transaction(async (tx) => {
      const questions = await tx.getRepository(Question).find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } });
      if (questions.length === 0) throw new AppError('QUESTION_NOT_FOUND');
      const refused: string[] = [];
      const accepted: Question[] = [];
      for (const question of questions) {
        await this.scope.assertEditable(actor, question.ownerUnitId, tx);
        const refusal = refuseTransition(question.status, status, { actorIsAuthor: question.authorId === actor.id, comment });
        if (refusal) refused.push(question.id);
        else accepted.push(question);
      }
      if (accepted.length === 0 && ids.length === 1) throw new AppError('STATUS_CHANGE_NOT_ALLOWED');
      for (const question of accepted) {
        const review = status === 'approved' || (question.status === 'in_review' && status === 'draft');
        await tx.getRepository(Question).update(
          { id: question.id },
          {
            status,
            updatedAt: new Date(),
            ...(review ? { reviewerId: actor.id, reviewComment: comment?.trim() || null } : {}),
            ...(status === 'approved' ? { needsReview: false } : {}),
          },
        );
      }
      return { changed: accepted.length, refused };
    });
  }
}
