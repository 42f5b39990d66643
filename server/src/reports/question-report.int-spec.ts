import { DataSource } from 'typeorm';
import { publishedContest } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import { AnswerMatrixStore } from './answer-matrix.store.js';

// Five single-choice questions, keys a b c d a; 25 people take the contest, answering as the table says ('-': never
// answered, which scores 0). People 7, 12 and 18 take it a second time. Every figure is checked against a plain,
// textbook computation written below, independent of rules/item-analysis.ts.
const KEYS = ['a', 'b', 'c', 'd', 'a'];
const FIRST = `
  abcda abcdb abca- abbdc accda bbcda abdcb a-cda cbcbb adadc abcda bccdd ababb ddcda abccc bab-d abcdd ccdab abcba aacdb bbada accda abbac -bcdb abcda`
  .trim()
  .split(/\s+/);
const SECOND: Record<number, string> = { 7: 'abcda', 12: 'bdddd', 18: 'abadb' };

type Paper = string; // five letters or '-'
const marks = (paper: Paper) => [...paper].map((letter, q) => (letter === KEYS[q] ? 1 : 0));
const total = (paper: Paper) => marks(paper).reduce<number>((sum, mark) => sum + mark, 0);

// ---- the independent computation: sample statistics as a textbook writes them.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const covariance = (xs: number[], ys: number[]) => {
  const [mx, my] = [mean(xs), mean(ys)];
  return xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0) / (xs.length - 1);
};
const variance = (xs: number[]) => covariance(xs, xs);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** Adjusted Fisher–Pearson skewness G1 and excess kurtosis G2 (what spreadsheets call SKEW and KURT). */
function shape(xs: number[]) {
  const n = xs.length;
  const m = mean(xs);
  const s = Math.sqrt(variance(xs));
  const z3 = xs.reduce((sum, x) => sum + ((x - m) / s) ** 3, 0);
  const z4 = xs.reduce((sum, x) => sum + ((x - m) / s) ** 4, 0);
  return {
    skewness: (n / ((n - 1) * (n - 2))) * z3,
    kurtosis: ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * z4 - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3)),
  };
}
function expected(papers: Paper[]) {
  const matrix = papers.map(marks);
  const totals = papers.map(total);
  const items = KEYS.map((_, q) => {
    const x = matrix.map((row) => row[q]!);
    const rest = totals.map((t, i) => t - x[i]!);
    const wrong = new Map<string, number>();
    for (const paper of papers) if (paper[q] !== '-' && paper[q] !== KEYS[q]) wrong.set(paper[q]!, (wrong.get(paper[q]!) ?? 0) + 1);
    const [response, count] = [...wrong].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [undefined, 0];
    return {
      facility: mean(x),
      sd: Math.sqrt(variance(x)),
      discriminationIndex: (100 * covariance(x, rest)) / Math.sqrt(variance(x) * variance(rest)),
      discriminativeEfficiency: (100 * covariance(x, rest)) / covariance(sorted(x), sorted(rest)),
      wrong: response ? { response, count } : null,
      variance: variance(x),
    };
  });
  const alpha = (KEYS.length / (KEYS.length - 1)) * (1 - items.reduce((sum, item) => sum + item.variance, 0) / variance(totals));
  const sd = Math.sqrt(variance(totals));
  return {
    items,
    test: {
      attempts: papers.length,
      mean: mean(totals),
      median: median(totals),
      sd,
      ...shape(totals),
      cronbachAlpha: 100 * alpha,
      errorRatio: 100 * Math.sqrt(1 - alpha),
      standardError: Math.sqrt(1 - alpha) * sd,
    },
  };
}

describe('item analysis report (integration)', () => {
  let app: TestApp;
  let admin: string;
  let contestId: string;
  let questionIds: string[];
  const people: string[] = [];

  /** Takes the contest answering `paper` (options by the bank's letters; the paper's own ids are shuffled). */
  async function take(token: string, paper: Paper): Promise<void> {
    const attempt = (await app.post(`/api/contests/${contestId}/attempts`, {}, { token })).body;
    const maps: { question_id: string; option_map: { id: string; optionId: string }[] }[] = await app.app
      .get(DataSource)
      .query(`SELECT question_id, option_map FROM attempt_item WHERE attempt_id = $1`, [attempt.id]);
    for (const { question_id: questionId, option_map: optionMap } of maps) {
      const letter = paper[questionIds.indexOf(questionId)]!;
      if (letter === '-') continue;
      const response = optionMap.find((option) => option.optionId === letter)!.id;
      const saved = await app.request('PUT', `/api/attempts/${attempt.id}/answers/${questionId}`, { token, body: { response, seq: 1 } });
      expect(saved.status).toBe(200);
    }
    expect((await app.post(`/api/attempts/${attempt.id}/submit`, {}, { token })).body.correctCount).toBe(total(paper));
  }
  const report = async (query = '') => {
    const response = await app.get(`/api/reports/contests/${contestId}/questions${query}`, { token: admin });
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    app = await startTestApp();
    app.app.get(AnswerMatrixStore).bulkFrom = 0; // the set-wise reads a large contest uses, here on a small one
    admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Sở Phân tích', kind: 'department' });
    const school = await createUnit(app, admin, { name: 'Trường THCS Phân tích', kind: 'school', level: 'THCS', parentId: department.id });
    const author = await createUser(app, admin, { fullName: 'Tác Giả', role: 'organizer', unitId: department.id });
    const authorToken = await app.login(author.username, author.password);
    questionIds = [];
    for (const [q, key] of KEYS.entries()) {
      const created = await app.post(
        '/api/questions',
        {
          type: 'single',
          stem: `Câu hỏi phân tích số ${q + 1} về Luật Thi đua, khen thưởng?`,
          options: ['a', 'b', 'c', 'd'].map((letter) => ({
            text: `Phương án ${letter.toUpperCase()} của câu ${q + 1}`,
            correct: letter === key,
          })),
          topic: 'law-ch2-emulation',
          cognitiveLevel: 'recognition',
          difficulty: 'easy',
        },
        { token: authorToken },
      );
      expect(created.status).toBe(201);
      questionIds.push(created.body.question.id);
    }
    await app.post('/api/questions/status', { ids: questionIds, status: 'in_review' }, { token: authorToken });
    expect((await app.post('/api/questions/status', { ids: questionIds, status: 'approved' }, { token: admin })).body.changed).toBe(5);
    contestId = (await publishedContest(app, admin, { ownerUnitId: department.id, questionCount: 5, attemptsAllowed: 2 })).id;
    for (let n = 1; n <= 26; n++) {
      const created = await createUser(app, admin, { fullName: `Học Sinh ${n}`, role: 'participant', unitId: school.id, kind: 'student' });
      people.push(await app.login(created.username, created.password));
    }
    for (const [index, paper] of FIRST.entries()) await take(people[index]!, paper);
    for (const [person, paper] of Object.entries(SECOND)) await take(people[Number(person) - 1]!, paper);
  });
  afterAll(() => app.close());

  const papers = {
    first: FIRST,
    best: FIRST.map((paper, i) => (SECOND[i + 1] && total(SECOND[i + 1]!) > total(paper) ? SECOND[i + 1]! : paper)),
    last: FIRST.map((paper, i) => SECOND[i + 1] ?? paper),
    all: [...FIRST, ...Object.values(SECOND)],
  };

  it.each(Object.entries(papers))('matches the textbook figures to 1e-6 with attempts=%s', async (choice, chosen) => {
    const body = await report(`?attempts=${choice}`);
    const want = expected(chosen);
    expect(body.attemptsChoice).toBe(choice);
    for (const [key, value] of Object.entries(want.test)) expect([key, body.test[key]]).toEqual([key, expect.closeTo(value, 6)]);
    expect(body.questions).toHaveLength(5);
    for (const [q, item] of want.items.entries()) {
      const got = body.questions.find((question: { questionId: string }) => question.questionId === questionIds[q])!;
      expect(got.attempts).toBe(chosen.length);
      expect(got.stem).toBe(`Câu hỏi phân tích số ${q + 1} về Luật Thi đua, khen thưởng?`);
      for (const key of ['facility', 'sd', 'discriminationIndex', 'discriminativeEfficiency'] as const)
        expect([q + 1, key, got[key]]).toEqual([q + 1, key, expect.closeTo(item[key], 6)]);
      const wrong = item.wrong && {
        response: item.wrong.response,
        count: item.wrong.count,
        label: item.wrong.response.toUpperCase(),
        text: `Phương án ${item.wrong.response.toUpperCase()} của câu ${q + 1}`,
      };
      expect(got.mostChosenWrong).toEqual(wrong);
      const flags = [
        ...(item.discriminativeEfficiency < 15 ? ['low_efficiency'] : []),
        ...(item.facility > 0.9 ? ['too_easy'] : []),
        ...(item.facility < 0.1 ? ['too_hard'] : []),
      ];
      expect([q + 1, got.flags]).toEqual([q + 1, flags]);
    }
  });

  it('serves the analysis from its cache until an attempt is submitted', async () => {
    const first = await report('?attempts=all');
    const again = await report('?attempts=all');
    expect(again.cached).toBe(true);
    expect(again.computedAt).toBe(first.computedAt);
    await take(people[25]!, 'abcda');
    const fresh = await report('?attempts=all');
    expect(fresh.cached).toBe(false);
    expect(fresh.test.attempts).toBe(29);
    expect(fresh.test.mean).toBeCloseTo(expected([...papers.all, 'abcda']).test.mean, 9);
  });
});
