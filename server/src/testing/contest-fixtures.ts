import { DataSource } from 'typeorm';
import { SeedBankService } from '../questions/seed-bank.service.js';
import type { TestApp } from './test-app.js';

export async function loadSeedBank(app: TestApp, unitId: string): Promise<void> {
  await app.app.get(SeedBankService).loadQuestions(unitId);
}

export function contestBody(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: 'Tìm hiểu Luật Thi đua, khen thưởng năm 2022',
    rounds: [{ name: 'Tuần 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() }],
    durationSeconds: 1200,
    questionCount: 5,
    attemptsAllowed: 3,
    review: 'immediately',
    ...overrides,
  };
}

export async function publishedContest(
  app: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; rounds: { id: string }[] }> {
  const created = await app.post('/api/contests', contestBody(overrides), { token });
  if (created.status !== 201) throw new Error(`create contest: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await app.post(`/api/contests/${created.body.id}/publish`, undefined, { token });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}

/** The right response for every question of an attempt, read from the database (the test knows the key; clients never do). */
export async function answerKey(app: TestApp, attemptId: string): Promise<Map<string, unknown>> {
  const rows: {
    question_id: string;
    option_map: { id: string; optionId: string }[];
    type: string;
    options: { id: string; correct: boolean }[];
    accepted: string[];
    numeric_value: number | null;
  }[] = await app.app.get(DataSource).query(
    `SELECT i.question_id, i.option_map, v.type, v.options, v.accepted, v.numeric_value
         FROM attempt_item i JOIN question_version v ON v.question_id = i.question_id AND v.version = i.version WHERE i.attempt_id = $1`,
    [attemptId],
  );
  return new Map(
    rows.map((row) => {
      const correct = new Set(row.options.filter((option) => option.correct).map((option) => option.id));
      const ids = row.option_map.filter((option) => correct.has(option.optionId)).map((option) => option.id);
      const response =
        row.type === 'multiple' ? ids : row.type === 'short_text' ? row.accepted[0] : row.type === 'numeric' ? row.numeric_value : ids[0];
      return [row.question_id, response];
    }),
  );
}

/** A wrong response of the right shape for a question of the attempt paper. */
export function wrongResponse(question: { type: string; options?: { id: string }[] }, right: unknown): unknown {
  if (question.type === 'short_text') return 'không biết';
  if (question.type === 'numeric') return Number(right) + 1000;
  const other = question.options!.find((option) => option.id !== right && !(Array.isArray(right) && right.includes(option.id)));
  return question.type === 'multiple' ? [other!.id] : other!.id;
}
