import { participationRate, summarize } from './score-summary.js';

/** Distribution written as 'bucket:count' pairs; the other buckets are 0. */
const buckets = (spec: string) => {
  const out = new Array<number>(10).fill(0);
  for (const pair of spec.split(/\s+/).filter(Boolean)) out[Number(pair.split(':')[0])] = Number(pair.split(':')[1]);
  return out;
};

describe('summarize', () => {
  it('a hand-computed round out of 20', () => {
    // Sorted: 0, 3.5, 7, 9.99, 10, 12, 14, 18.5, 20, 20 → sum 114.99, median (10 + 12) / 2.
    const summary = summarize([12, 20, 3.5, 0, 18.5, 10, 20, 7, 14, 9.99], 20);
    expect(summary).toEqual({
      count: 10,
      mean: expect.closeTo(11.499, 12),
      median: 11,
      highest: 20,
      fullMarks: 2,
      // Buckets of 2 marks: 0→0, 3.5→1, 7→3, 9.99→4, 10→5, 12→6, 14→7, 18.5→9, 20 and 20→9 (top bucket closed).
      distribution: buckets('0:1 1:1 3:1 4:1 5:1 6:1 7:1 9:3'),
    });
  });

  it.each<[string, number[], number, object]>([
    ['no scores', [], 10, { count: 0, mean: null, median: null, highest: null, fullMarks: 0, distribution: buckets('') }],
    ['one score', [4], 10, { count: 1, mean: 4, median: 4, highest: 4, fullMarks: 0, distribution: buckets('4:1') }],
    ['odd count: the middle score', [3, 1, 2], 10, { median: 2, mean: 2 }],
    ['even count: mean of the two middle scores', [4, 1, 3, 2], 10, { median: 2.5 }],
    [
      'every lower boundary opens its bucket',
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      10,
      { distribution: buckets('0:1 1:1 2:1 3:1 4:1 5:1 6:1 7:1 8:1 9:2') },
    ],
    ['just below a boundary stays below', [0.99, 8.99, 9.99], 10, { distribution: buckets('0:1 8:1 9:1'), fullMarks: 0 }],
    ['boundaries that are inexact in binary (0.3, 0.7 of 1)', [0.3, 0.7, 0.6, 0.1], 1, { distribution: buckets('1:1 3:1 6:1 7:1') }],
    ['a fractional max: 7 marks', [0.7, 1.4, 6.3, 7], 7, { distribution: buckets('1:1 2:1 9:2'), fullMarks: 1 }],
    ['full marks within 1e-9 of the max', [20 - 1e-10, 19.99], 20, { fullMarks: 1, highest: 20 - 1e-10 }],
    ['out-of-range scores land in the end buckets', [-1, 11], 10, { distribution: buckets('0:1 9:1'), fullMarks: 1 }],
    ['NaN and Infinity are left out', [NaN, 5, Infinity, -Infinity], 10, { count: 1, mean: 5, highest: 5, distribution: buckets('5:1') }],
    ['max score 0: every score 0 is full marks, in the top bucket', [0, 0], 0, { fullMarks: 2, distribution: buckets('9:2') }],
  ])('%s', (_name, scores, max, expected) => {
    const summary = summarize(scores, max);
    expect(summary).toMatchObject(expected);
    expect(summary.distribution.reduce((a, b) => a + b, 0)).toBe(summary.count);
  });

  it('does not reorder the caller’s array', () => {
    const scores = [3, 1, 2];
    summarize(scores, 3);
    expect(scores).toEqual([3, 1, 2]);
  });
});

describe('participationRate', () => {
  it.each<[number, number | null, number | null]>([
    [45, 60, 0.75],
    [0, 60, 0],
    [60, 60, 1],
    [70, 60, 70 / 60], // a stale headcount shows as over 100 %, not hidden
    [12, null, null],
    [12, 0, null],
    [0, 0, null],
    [12, -5, null],
    [12, NaN, null],
    [NaN, 10, null],
  ])('%p of %p → %p', (participants, headcount, rate) => {
    expect(participationRate(participants, headcount)).toBe(rate);
  });
});
