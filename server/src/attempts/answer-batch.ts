/** One autosave waiting for the next batched write. */
export interface PendingAnswer {
  attemptId: string;
  questionId: string;
  response: string;
  seq: number;
  savedAt: Date;
}

export interface AnswerBatchPlan<T extends PendingAnswer> {
  /** What the statement writes: one row per (attempt, question), the highest seq. */
  rows: T[];
  /** For every pending answer, the row written in its place (itself, or a newer save of the same question). */
  writtenFor: T[];
}

const key = (answer: PendingAnswer) => `${answer.attemptId}/${answer.questionId}`;

/**
 * One INSERT … ON CONFLICT may not touch a row twice, so saves of the same question in one batch
 * collapse to the one with the highest seq (on a tie the first arrival stays, as it would one by one: a save only replaces a lower seq).
 */
export function planAnswerBatch<T extends PendingAnswer>(pending: T[]): AnswerBatchPlan<T> {
  const newest = new Map<string, T>();
  for (const answer of pending) {
    const current = newest.get(key(answer));
    if (!current || answer.seq > current.seq) newest.set(key(answer), answer);
  }
  return { rows: [...newest.values()], writtenFor: pending.map((answer) => newest.get(key(answer))!) };
}
