import { planAnswerBatch, type PendingAnswer } from './answer-batch.js';

const at = new Date('2026-11-26T01:00:00Z');
const save = (attemptId: string, questionId: string, seq: number, response = `"${seq}"`): PendingAnswer => ({
  attemptId,
  questionId,
  response,
  seq,
  savedAt: at,
});

describe('planAnswerBatch', () => {
  it('keeps every save of different questions', () => {
    const pending = [save('a', 'q1', 1), save('a', 'q2', 1), save('b', 'q1', 1)];
    const plan = planAnswerBatch(pending);
    expect(plan.rows).toEqual(pending);
    expect(plan.writtenFor).toEqual(pending);
  });

  it.each([
    ['newer arrives last', [1, 2], 2],
    ['newer arrives first', [2, 1], 2],
    ['same seq twice', [3, 3], 3],
    ['three saves', [1, 5, 4], 5],
  ])('collapses saves of one question to the highest seq (%s)', (_case, seqs, kept) => {
    const pending = seqs.map((seq, i) => save('a', 'q1', seq, `"r${i}"`));
    const plan = planAnswerBatch(pending);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]!.seq).toBe(kept);
    expect(new Set(plan.writtenFor)).toEqual(new Set(plan.rows));
  });

  it('keeps the first arrival on a tie, as saving them one by one would (only a higher seq replaces)', () => {
    const first = save('a', 'q1', 3, '"first"');
    const second = save('a', 'q1', 3, '"second"');
    expect(planAnswerBatch([first, second]).rows).toEqual([first]);
  });
});
