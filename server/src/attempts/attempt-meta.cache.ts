import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';

export interface ItemMeta {
  questionId: string;
  version: number;
  position: number;
  /** attempt option id → the version's option id */
  optionMap: { id: string; optionId: string }[];
}

export interface AttemptMeta {
  id: string;
  contestId: string;
  roundId: string;
  userId: string;
  unitId: string | null;
  startedAt: Date;
  deadlineAt: Date;
  items: Map<string, ItemMeta>;
}

/**
 * What the answer path needs of an attempt, which never changes once the paper is drawn
 * (owner, deadline, paper). Its status is not cached: the save statement itself checks it.
 */
@Injectable()
export class AttemptMetaCache {
  private readonly cache = new Map<string, AttemptMeta>();

  constructor(private readonly dataSource: DataSource) {}

  async get(attemptId: string): Promise<AttemptMeta> {
    const hit = this.cache.get(attemptId);
    if (hit) return hit;
    const [attempt] = await this.dataSource.query(
      `SELECT id, contest_id, round_id, user_id, unit_id, started_at, deadline_at FROM attempt WHERE id = $1`,
      [attemptId],
    );
    if (!attempt) throw new AppError('ATTEMPT_NOT_FOUND');
    const items: { question_id: string; version: number; position: number; option_map: ItemMeta['optionMap'] }[] =
      await this.dataSource.query(
        `SELECT question_id, version, position, option_map FROM attempt_item WHERE attempt_id = $1 ORDER BY position`,
        [attemptId],
      );
    const meta: AttemptMeta = {
      id: attempt.id,
      contestId: attempt.contest_id,
      roundId: attempt.round_id,
      userId: attempt.user_id,
      unitId: attempt.unit_id,
      startedAt: new Date(attempt.started_at),
      deadlineAt: new Date(attempt.deadline_at),
      items: new Map(
        items.map((item) => [
          item.question_id,
          { questionId: item.question_id, version: item.version, position: item.position, optionMap: item.option_map },
        ]),
      ),
    };
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(attemptId, meta);
    return meta;
  }

  remember(meta: AttemptMeta): void {
    this.cache.set(meta.id, meta);
  }
}
