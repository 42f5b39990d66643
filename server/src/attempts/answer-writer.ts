import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { planAnswerBatch, type PendingAnswer } from './answer-batch.js';

export type AnswerWriteOutcome = { kind: 'applied'; savedAt: Date } | { kind: 'stale'; savedAt: Date } | { kind: 'closed' };

interface Waiting extends PendingAnswer {
  settle: (outcome: AnswerWriteOutcome) => void;
  fail: (error: unknown) => void;
}

const MAX_BATCH = 500;

// The attempt row is locked (key share, the lock the foreign key takes anyway) so that a submit
// holding it re-checks `active` after it commits: an acknowledged answer is always scored.
const UPSERT = `
  INSERT INTO attempt_answer (attempt_id, question_id, response, seq, saved_at)
  SELECT v.attempt_id, v.question_id, v.response::jsonb, v.seq, v.saved_at
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::timestamptz[]) AS v(attempt_id, question_id, response, seq, saved_at)
    JOIN attempt a ON a.id = v.attempt_id AND a.status = 'active'
     FOR KEY SHARE OF a
  ON CONFLICT (attempt_id, question_id) DO UPDATE
     SET response = EXCLUDED.response, seq = EXCLUDED.seq, saved_at = EXCLUDED.saved_at
   WHERE attempt_answer.seq < EXCLUDED.seq
  RETURNING attempt_id, question_id, saved_at`;

const STATE_OF_UNWRITTEN = `
  SELECT v.attempt_id, v.question_id, a.status, x.saved_at
    FROM unnest($1::uuid[], $2::uuid[]) AS v(attempt_id, question_id)
    JOIN attempt a ON a.id = v.attempt_id
    LEFT JOIN attempt_answer x ON x.attempt_id = v.attempt_id AND x.question_id = v.question_id`;

/**
 * Autosaves are written in batches (group commit): while one statement runs, the saves that arrive
 * queue up and go together in the next. One commit covers many answers, and each request is still
 * answered only after the commit that holds its answer.
 */
@Injectable()
export class AnswerWriter {
  private queue: Waiting[] = [];
  private inFlight = 0;
  private flushScheduled = false;
  // The embedded database serves one connection; PostgreSQL overlaps two statements.
  private readonly maxInFlight: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxInFlight = config.databaseUrl ? 2 : 1;
  }

  write(answer: PendingAnswer): Promise<AnswerWriteOutcome> {
    return new Promise((settle, fail) => {
      this.queue.push({ ...answer, settle, fail });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.flushScheduled = true;
    // After the current I/O callbacks, so the saves that arrived together share a statement.
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, MAX_BATCH);
    this.inFlight++;
    try {
      const outcomes = await this.writeBatch(batch);
      batch.forEach((waiting, i) => waiting.settle(outcomes[i]!));
    } catch (error) {
      for (const waiting of batch) waiting.fail(error);
    } finally {
      this.inFlight--;
      this.scheduleFlush();
    }
  }

  private async writeBatch(batch: Waiting[]): Promise<AnswerWriteOutcome[]> {
    const { rows, writtenFor } = planAnswerBatch(batch);
    const written: { attempt_id: string; question_id: string; saved_at: Date }[] = await this.dataSource.query(UPSERT, [
      rows.map((row) => row.attemptId),
      rows.map((row) => row.questionId),
      rows.map((row) => row.response),
      rows.map((row) => row.seq),
      rows.map((row) => row.savedAt),
    ]);
    const outcomes = new Map<Waiting, AnswerWriteOutcome>();
    const savedAtOf = new Map(written.map((row) => [`${row.attempt_id}/${row.question_id}`, new Date(row.saved_at)]));
    const unwritten: Waiting[] = [];
    for (const row of rows) {
      const savedAt = savedAtOf.get(`${row.attemptId}/${row.questionId}`);
      if (savedAt) outcomes.set(row, { kind: 'applied', savedAt });
      else unwritten.push(row);
    }
    if (unwritten.length > 0) for (const [row, outcome] of await this.stateOf(unwritten)) outcomes.set(row, outcome);
    return batch.map((waiting, i) => {
      const outcome = outcomes.get(writtenFor[i]!)!;
      if (writtenFor[i] === waiting || outcome.kind === 'closed') return outcome;
      return { kind: 'stale', savedAt: outcome.savedAt };
    });
  }

  /** Why a row was not written: the attempt is no longer active, or a newer save is already there. */
  private async stateOf(rows: Waiting[]): Promise<Map<Waiting, AnswerWriteOutcome>> {
    const states: { attempt_id: string; question_id: string; status: string; saved_at: Date | null }[] = await this.dataSource.query(
      STATE_OF_UNWRITTEN,
      [rows.map((row) => row.attemptId), rows.map((row) => row.questionId)],
    );
    const byKey = new Map(states.map((state) => [`${state.attempt_id}/${state.question_id}`, state]));
    return new Map(
      rows.map((row): [Waiting, AnswerWriteOutcome] => {
        const state = byKey.get(`${row.attemptId}/${row.questionId}`);
        if (!state || state.status !== 'active' || !state.saved_at) return [row, { kind: 'closed' }];
        return [row, { kind: 'stale', savedAt: new Date(state.saved_at) }];
      }),
    );
  }
}
