import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { ContestsService } from '../contests/contests.service.js';
import { AttemptMetaCache } from './attempt-meta.cache.js';
import { AttemptSubmissionService } from './attempt-submission.service.js';
import { AttemptsService } from './attempts.service.js';
import { QuestionContentCache } from './question-content.cache.js';

/**
 * Finished attempts for demo data: a real paper drawn by the same rules, answers right with the
 * given probability, submitted and scored by the same code as a real submission.
 */
@Injectable()
export class AttemptSimulation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly attempts: AttemptsService,
    private readonly metaCache: AttemptMetaCache,
    private readonly content: QuestionContentCache,
    private readonly submission: AttemptSubmissionService,
  ) {}

  async finishedAttempt(
    person: AuthUser,
    contestId: string,
    roundId: string,
    skill: number,
    random: () => number,
    startedAt: Date,
    durationMs: number,
  ): Promise<void> {
    const loaded = await this.contests.load(contestId);
    const round = loaded.rounds.find((candidate) => candidate.id === roundId)!;
    const id = await this.dataSource.transaction((tx) =>
      this.attempts.createPaper(tx, person, loaded, round.id, round.closesAt, 1, startedAt),
    );
    const meta = await this.metaCache.get(id);
    const contents = await this.content.get([...meta.items.values()]);
    const answers = [...meta.items.values()].map((item) => {
      const content = contents.get(item.questionId)!;
      const right = random() < skill;
      const correctIds = new Set(content.options.filter((option) => option.correct === right).map((option) => option.id));
      const ids = item.optionMap.filter((option) => correctIds.has(option.optionId)).map((option) => option.id);
      const response =
        content.type === 'multiple'
          ? ids.slice(0, right ? ids.length : 1)
          : content.type === 'short_text'
            ? right
              ? content.accepted[0]
              : 'không nhớ'
            : content.type === 'numeric'
              ? right
                ? content.numericValue
                : 0
              : (ids[0] ?? null);
      return { questionId: item.questionId, response };
    });
    const savedAt = new Date(startedAt.getTime() + durationMs);
    await this.dataSource.query(
      `INSERT INTO attempt_answer (attempt_id, question_id, response, seq, saved_at)
       SELECT $1, question_id, response, 1, $4 FROM unnest($2::uuid[], $3::jsonb[]) AS a(question_id, response)`,
      [id, answers.map((answer) => answer.questionId), answers.map((answer) => JSON.stringify(answer.response ?? null)), savedAt],
    );
    // Submitted as if at the end of the simulated time, not now.
    await this.dataSource.query(`UPDATE attempt SET deadline_at = $2 WHERE id = $1`, [id, savedAt]);
    await this.submission.finalize({ ...meta, deadlineAt: savedAt }, 'participant', Math.floor(random() * 40));
  }
}
