import { compareEntries, DEFAULT_TIE_BREAKS, type RankEntry, type TieBreak } from './tie-breaks.js';

const base: RankEntry = { correctCount: 18, score: 90, durationMs: 600_000, submittedAt: 1_000, prediction: 100 };
const entry = (change: Partial<RankEntry>): RankEntry => ({ ...base, ...change });

type Winner = 'a' | 'b' | 'tie';
const winner = (result: number): Winner => (result < 0 ? 'a' : result > 0 ? 'b' : 'tie');

describe('compareEntries', () => {
  it.each<[string, TieBreak[], number | null, Partial<RankEntry>, Partial<RankEntry>, Winner]>([
    [
      'more correct answers first, whatever else',
      DEFAULT_TIE_BREAKS as TieBreak[],
      100,
      { correctCount: 19, durationMs: 900_000, prediction: 5 },
      {},
      'a',
    ],
    ['more correct beats a higher score', [], null, { correctCount: 19, score: 50 }, { score: 95 }, 'a'],
    ['the score alone does not rank', [], null, { score: 95 }, {}, 'tie'],
    ['prediction: closer to the real count first', ['prediction'], 100, { prediction: 97 }, { prediction: 104 }, 'a'],
    ['prediction: over and under by the same are equal', ['prediction'], 100, { prediction: 95 }, { prediction: 105 }, 'tie'],
    ['prediction: no prediction after any prediction', ['prediction'], 100, { prediction: null }, { prediction: 1_000_000 }, 'b'],
    ['prediction: two without one are equal', ['prediction'], 100, { prediction: null }, { prediction: null }, 'tie'],
    ['prediction: a real count of zero', ['prediction'], 0, { prediction: 0 }, { prediction: 1 }, 'a'],
    ['prediction: skipped while the count is unknown', ['prediction'], null, { prediction: 100 }, { prediction: 5 }, 'tie'],
    [
      'prediction then time: time decides a prediction tie',
      ['prediction', 'time'],
      100,
      { prediction: 90, durationMs: 300_000 },
      { prediction: 110 },
      'a',
    ],
    [
      'prediction before time',
      ['prediction', 'time'],
      100,
      { prediction: 100, durationMs: 900_000 },
      { prediction: 90, durationMs: 60_000 },
      'a',
    ],
    [
      'time before prediction when so ordered',
      ['time', 'prediction'],
      100,
      { prediction: 100, durationMs: 900_000 },
      { prediction: 90, durationMs: 60_000 },
      'b',
    ],
    [
      'provisional: time decides when prediction is skipped',
      ['prediction', 'time'],
      null,
      { prediction: 100, durationMs: 900_000 },
      { prediction: 90, durationMs: 60_000 },
      'b',
    ],
    ['time: shorter first', ['time'], null, { durationMs: 59_999 }, { durationMs: 60_000 }, 'a'],
    ['time before submitted', ['time', 'submitted'], null, { durationMs: 1, submittedAt: 9_000 }, { durationMs: 2, submittedAt: 1 }, 'a'],
    ['submitted: earlier first', ['submitted'], null, { submittedAt: 2_000 }, { submittedAt: 1_999 }, 'b'],
    ['submitted decides a time tie', ['time', 'submitted'], null, { submittedAt: 1 }, { submittedAt: 2 }, 'a'],
    [
      'submitted before time when so ordered',
      ['submitted', 'time'],
      null,
      { durationMs: 1, submittedAt: 9_000 },
      { durationMs: 2, submittedAt: 1 },
      'b',
    ],
    ['no tie-breaks: equal correct counts tie', [], 100, { durationMs: 1 }, { durationMs: 2 }, 'tie'],
    ['everything equal ties (the ranking then goes by id)', DEFAULT_TIE_BREAKS as TieBreak[], 100, {}, {}, 'tie'],
  ])('%s', (_name, order, actualCount, a, b, expected) => {
    const compare = compareEntries(order, actualCount);
    expect(winner(compare(entry(a), entry(b)))).toBe(expected);
    expect(winner(compare(entry(b), entry(a)))).toBe(expected === 'a' ? 'b' : expected === 'b' ? 'a' : 'tie');
  });

  it('applies the default order: correct → prediction → time → submitted', () => {
    const field: [string, RankEntry][] = [
      ['late', entry({ correctCount: 20, prediction: 100, durationMs: 500, submittedAt: 9 })],
      ['slow', entry({ correctCount: 20, prediction: 100, durationMs: 900 })],
      ['fast', entry({ correctCount: 20, prediction: 100, durationMs: 500, submittedAt: 5 })],
      ['guessed-far', entry({ correctCount: 20, prediction: 300, durationMs: 1 })],
      ['no-guess', entry({ correctCount: 20, prediction: null, durationMs: 1 })],
      ['fewer', entry({ correctCount: 19, prediction: 100, durationMs: 1 })],
    ];
    const ranked = (actual: number | null) =>
      [...field].sort(([, a], [, b]) => compareEntries(undefined, actual)(a, b)).map(([name]) => name);
    expect(ranked(100)).toEqual(['fast', 'late', 'slow', 'guessed-far', 'no-guess', 'fewer']);
    expect(ranked(null)).toEqual(['guessed-far', 'no-guess', 'fast', 'late', 'slow', 'fewer']);
  });

  it('refuses an unknown tie-break', () => {
    expect(() => compareEntries(['luck' as TieBreak], 1)).toThrow(RangeError);
  });
});
