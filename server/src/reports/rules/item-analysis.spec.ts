import { analyseItems, analyseMatrix, type AnalysisAttempt, type ItemAnalysis } from './item-analysis.js';

/** One attempt a line (or between '/'): 'credit:response' cells for q1…qn, split by spaces; an empty response is null. */
function attempts(table: string): AnalysisAttempt[] {
  const rows = table
    .split(/[\n/]/)
    .map((line) => line.trim())
    .filter(Boolean);
  return rows.map((line, row) => ({
    attemptId: `a${row + 1}`,
    items: line.split(/\s+/).map((cell, i) => {
      const [credit, response] = [cell.slice(0, cell.indexOf(':')), cell.slice(cell.indexOf(':') + 1)];
      return { questionId: `q${i + 1}`, credit: Number(credit), maxCredit: 1, response: response || null };
    }),
  }));
}
/** Marks only: '1 0.5 / 0 1' is two attempts at two questions. */
const marks = (table: string) => attempts(table.replace(/(\S+)/g, (m) => (m === '/' ? m : `${m}:`)));
const item = (result: ItemAnalysis, id: string) => result.items.find((it) => it.questionId === id)!;
const closeTo = (actual: number | null, expected: number, digits = 6) => {
  expect(actual).not.toBeNull();
  expect(actual!).toBeCloseTo(expected, digits);
};
const noNaN = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'object' && value !== null
      ? Object.values(value).every(noNaN)
      : true;

// q1 single (key B), q2 single (key C), q3 true/false (key T), q4 multiple with partial credit (key A,C), q5 numeric (42).
const CONTEST = attempts(`
  0:C 1:C 1:T 0:B 0:24
  0:A 0:D 1:T 0.5:A,B,C 0:24
  1:B 1:C 1:T 1:A,C 0:24
  1:B 0:B 1:T 1:A,C 0:24
  0:C 0:A 1:T 0:D 0:
  1:B 0:D 1:T 0.5:A 0:40
  0:C 0:D 0:F 0:B 0:24
  0:C 0:D 1:T 0:D 0:40
  1:B 0:D 1:T 1:A,C 1:42
  0:C 1:C 1:T 0:D 0:24
  1:B 0:D 1:T 1:A,C 1:42
  0:A 0:D 1:T 0.5:C 0:
  1:B 0:B 1:T 1:A,C 0:24
  1:B 1:C 1:T 1:A,C 0:24
  0:C 1:C 1:T 0:B 0:24
  0:C 1:C 1:T 1:A,C 0:40
  0:D 0:B 1:T 0:D 0:40
  0:C 0:B 1:T 0.25:A,B,D 0:24
  1:B 0:D 1:T 1:A,C 0:24
  1:B 1:C 1:T 0:B,D 0:
  1:B 0:A 1:T 1:A,C 0:24
  1:B 0:B 1:T 1:A,C 0:
  1:B 1:C 1:T 0:D 0:24
  0:D 0:D 1:T 1:A,C 0:40
  0:C 0:D 1:T 0.5:C 0:24
`);

describe('analyseItems: 25 attempts × 5 questions', () => {
  // Expected figures computed independently with numpy 2.4 / scipy 1.17 (textbook definitions, not Moodle's code):
  // facility = x.mean(); sd = x.std(ddof=1); DI = 100·corrcoef(x, total − x); DE = 100·cov(x, rest) / cov(sort x, sort rest);
  // skew(bias=False), kurtosis(bias=False, fisher=True); alpha = p/(p−1)·(1 − Σ var_i / var_total); all var with ddof=1.
  const result = analyseItems(CONTEST);
  const expected = {
    q1: [0.48, 0.5099019513592785, 52.98866540941616, 76.2658227848101, { response: 'C', count: 9 }, []],
    q2: [0.32, 0.47609522856952335, -11.66019058142347, -14.583333333333334, { response: 'D', count: 10 }, ['low_efficiency']],
    q3: [0.96, 0.2, 28.5764891727183, 99.99999999999999, { response: 'F', count: 1 }, ['too_easy']],
    q4: [0.53, 0.458257569495584, 36.02796832322806, 41.50246305418719, { response: 'D', count: 5 }, []],
    q5: [0.08, 0.27688746209726917, 21.166605059707504, 41.52046783625731, { response: '24', count: 14 }, ['too_hard']],
  } as const;

  it.each(Object.entries(expected))('%s', (id, [facility, sd, di, de, wrong, flags]) => {
    const stats = item(result, id);
    expect(stats.attempts).toBe(25);
    closeTo(stats.facility, facility);
    closeTo(stats.sd, sd);
    closeTo(stats.discriminationIndex, di);
    closeTo(stats.discriminativeEfficiency, de);
    expect(stats.mostChosenWrong).toEqual(wrong);
    expect(stats.flags).toEqual(flags);
  });

  it('test statistics', () => {
    const t = result.test;
    expect(t.attempts).toBe(25);
    closeTo(t.mean, 2.37);
    closeTo(t.median, 2.5);
    closeTo(t.sd, 1.1018923117377064);
    closeTo(t.skewness, -0.1788600730811575);
    closeTo(t.kurtosis, -0.6926193918640511);
    closeTo(t.cronbachAlpha, 41.2663006177076);
    closeTo(t.errorRatio, 76.6379144955631);
    closeTo(t.standardError, 0.844467287702727);
  });
});

describe('analyseItems: degenerate input', () => {
  const NONE = { skewness: null, kurtosis: null, cronbachAlpha: null, errorRatio: null, standardError: null };
  const one = (credit: number, maxCredit: number) => [{ attemptId: 'a', items: [{ questionId: 'q1', credit, maxCredit }] }];
  const DI_NONE = { discriminationIndex: null, discriminativeEfficiency: null };
  // prettier-ignore
  it.each<[string, AnalysisAttempt[], object, object | null]>([
    ['no attempts', [], { attempts: 0, mean: null, median: null, sd: null, ...NONE }, null],
    ['one attempt', marks('1 0.5'), { attempts: 1, mean: 1.5, median: 1.5, sd: null, ...NONE }, { facility: 1, sd: null, ...DI_NONE }],
    ['two attempts: sd only (Moodle needs s > 2 for the rest, CIC too)', marks('1 1 / 0 0'), { mean: 1, median: 1, sd: Math.SQRT2, ...NONE }, { sd: Math.SQRT1_2 }],
    ['three attempts: no kurtosis', marks('1 1 / 0 1 / 0 0'), { median: 1, skewness: 0, kurtosis: null, cronbachAlpha: 200 / 3, errorRatio: 100 / Math.sqrt(3) }, null],
    ['every total equal', marks('1 0 / 0 1 / 1 0 / 0 1'), { mean: 1, sd: 0, ...NONE }, { discriminationIndex: expect.closeTo(-100, 9), discriminativeEfficiency: expect.closeTo(-100, 9) }],
    ['a constant question', marks('1 1 / 1 0 / 1 1 / 1 0'), { cronbachAlpha: 0 }, { facility: 1, sd: 0, ...DI_NONE, flags: ['too_easy'] }],
    ['constant credit 0.1 (rounding noise)', marks('0.1 1 / 0.1 0 / 0.1 1'), {}, DI_NONE],
    ['a single question: no CIC', marks('1 / 0 / 1 / 1'), { mean: 0.75, cronbachAlpha: null, errorRatio: null }, { discriminationIndex: null }],
    ['two identical questions: alpha 100 %', marks('0 0 / 1 1 / 1 1 / 0 0'), { cronbachAlpha: 100, errorRatio: 0, standardError: 0 }, null],
    ['max credit 0', one(0, 0), { mean: 0 }, { facility: null, sd: null, flags: [] }],
    ['NaN credit counts as 0', one(NaN, 1), { mean: 0 }, { facility: 0 }],
    ['an attempt without items', [{ attemptId: 'a', items: [] }], { attempts: 1, mean: 0, median: 0 }, null],
  ])('%s', (_name, input, test, q1) => {
    const result = analyseItems(input);
    expect(noNaN(result)).toBe(true);
    for (const [key, value] of Object.entries(test)) {
      if (typeof value === 'number') closeTo(result.test[key as keyof typeof result.test], value, 9);
      else expect(result.test[key as keyof typeof result.test]).toEqual(value);
    }
    if (q1) expect(item(result, 'q1')).toMatchObject(q1);
  });

  it('counts a question only in the attempts that contain it; the first of duplicates wins', () => {
    const q = (questionId: string, credit: number) => ({ questionId, credit, maxCredit: 1 });
    const result = analyseItems([
      { attemptId: 'a', items: [q('q1', 1), q('q2', 1)] },
      { attemptId: 'b', items: [q('q1', 0), q('q1', 1)] },
      { attemptId: 'c', items: [q('q2', 0)] },
    ]);
    expect(result.items.map((it) => [it.questionId, it.attempts])).toEqual([
      ['q1', 2],
      ['q2', 2],
    ]);
    expect(result.test).toMatchObject({ attempts: 3, median: 0 });
    closeTo(result.test.mean, 2 / 3);
    expect(item(result, 'q1').facility).toBe(0.5);
  });
});

describe('analyseItems: flags and the most chosen wrong answer', () => {
  // q1 right in the first `right` of n attempts; q2 copies it, so efficiency is 100 % and only facility can flag.
  const facilityOf = (right: number, n: number) => marks(Array.from({ length: n }, (_, i) => (i < right ? '1 1' : '0 0')).join(' / '));
  it.each<[string, AnalysisAttempt[], string[]]>([
    ['facility 0.95 is too easy', facilityOf(19, 20), ['too_easy']],
    ['facility exactly 0.9 is not', facilityOf(9, 10), []],
    ['facility 0.05 is too hard', facilityOf(1, 20), ['too_hard']],
    ['facility exactly 0.1 is not', facilityOf(1, 10), []],
    ['a question against the rest: low efficiency', marks('1 0 0 / 0 1 1 / 1 0 1 / 0 1 0'), ['low_efficiency']],
    ['a question with the rest: efficiency 100 %', marks('1 1 1 / 0 0 0 / 1 1 0 / 0 0 1'), []],
    ['no efficiency (constant): no flag', marks('0.5 1 / 0.5 0'), []],
  ])('%s', (_name, input, flags) => expect(item(analyseItems(input), 'q1').flags).toEqual(flags));

  it.each<[string, string, { response: string; count: number } | null]>([
    ['ties go to the smaller response', '0:D / 0:B / 0:D / 0:B / 1:A', { response: 'B', count: 2 }],
    ['partial credit is wrong; full credit and blanks are not', '0.5:A,B / 1:A / 1:A / 0: / 0:', { response: 'A,B', count: 1 }],
    ['nothing wrong', '1:A / 1:A', null],
  ])('%s', (_name, table, wrong) => expect(item(analyseItems(attempts(table)), 'q1').mostChosenWrong).toEqual(wrong));
});

describe('analyseMatrix: the compressed form reports read', () => {
  it('gives the figures analyseItems gives; a question an attempt did not draw has no entry', () => {
    const objects = analyseItems([
      { attemptId: 'a', items: [{ questionId: 'q1', credit: 1, maxCredit: 1, response: 'A' }] },
      {
        attemptId: 'b',
        items: [
          { questionId: 'q1', credit: 0, maxCredit: 1, response: 'C' },
          { questionId: 'q2', credit: 1, maxCredit: 1 },
        ],
      },
      {
        attemptId: 'c',
        items: [
          { questionId: 'q2', credit: 0, maxCredit: 1 },
          { questionId: 'q1', credit: 0, maxCredit: 1, response: 'C' },
        ],
      },
      { attemptId: 'd', items: [{ questionId: 'q2', credit: 1, maxCredit: 1 }] },
    ]);
    const matrix = analyseMatrix({
      questionIds: ['q1', 'q2', 'q3'],
      rowStarts: [0, 1, 3, 5, 6],
      columns: [0, 0, 1, 1, 0, 1],
      credits: [1, 0, 1, 0, 0, 1],
      maxCredits: 1,
      responses: ['A', 'C', null, null, 'C', null],
    });
    expect(matrix).toEqual(objects);
    expect(matrix.items.map((it) => [it.questionId, it.attempts])).toEqual([
      ['q1', 3],
      ['q2', 3],
    ]);
    expect(item(matrix, 'q1').mostChosenWrong).toEqual({ response: 'C', count: 2 });
  });

  it('matches the 25-attempt case', () => {
    const entries = CONTEST.flatMap((a) => a.items);
    const matrix = analyseMatrix({
      questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
      rowStarts: Array.from({ length: 26 }, (_, a) => a * 5),
      columns: entries.map((_, i) => i % 5),
      credits: entries.map((it) => it.credit),
      maxCredits: entries.map(() => 1),
      responses: entries.map((it) => it.response),
    });
    expect(matrix).toEqual(analyseItems(CONTEST));
  });

  it.each([
    ['rowStarts must start at 0', { rowStarts: [1, 1], columns: [], credits: [] }],
    ['as many columns as entries', { rowStarts: [0, 2], columns: [0], credits: [1, 1] }],
    ['no rowStarts at all', { rowStarts: [], columns: [], credits: [] }],
  ])('refuses a malformed matrix: %s', (_name, parts) => {
    expect(() => analyseMatrix({ questionIds: ['q1'], maxCredits: 1, ...parts })).toThrow(RangeError);
  });
});
