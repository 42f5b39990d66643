import { overallRanking, type RoundResult, type RoundResults } from './overall-ranking.js';
import type { TieBreak } from './tie-breaks.js';

const result = (userId: string, fields: Partial<RoundResult> = {}): RoundResult => ({
  userId,
  unitId: 'school',
  correctCount: 10,
  score: 10,
  durationMs: 600_000,
  submittedAt: 1_000,
  prediction: 5,
  ...fields,
});

const DEFAULT: TieBreak[] = ['prediction', 'time', 'submitted'];
const ids = (rounds: RoundResults[], tieBreaks: TieBreak[] = DEFAULT) => overallRanking(rounds, tieBreaks).map((entry) => entry.userId);

describe('overallRanking', () => {
  it.each<[string, RoundResults[], TieBreak[], string[]]>([
    [
      'more correct answers across rounds first, whatever the time',
      [
        { entries: [result('a', { correctCount: 9, durationMs: 1 }), result('b', { correctCount: 10 })], perfectCount: null },
        { entries: [result('a', { correctCount: 9 }), result('b', { correctCount: 9 })], perfectCount: null },
      ],
      DEFAULT,
      ['b', 'a'],
    ],
    [
      'two rounds beat one good round',
      [
        { entries: [result('a', { correctCount: 10 }), result('b', { correctCount: 6 })], perfectCount: 1 },
        { entries: [result('b', { correctCount: 6 })], perfectCount: 0 },
      ],
      DEFAULT,
      ['b', 'a'],
    ],
    [
      'then the prediction gaps summed over the closed rounds',
      [
        { entries: [result('a', { prediction: 3 }), result('b', { prediction: 9, durationMs: 1 })], perfectCount: 4 },
        { entries: [result('a', { prediction: 0 }), result('b', { prediction: 2 })], perfectCount: 2 },
      ],
      DEFAULT,
      ['a', 'b'], // a: 1 + 2 = 3, b: 5 + 0 = 5
    ],
    [
      'an open round has no gap yet: time decides',
      [
        {
          entries: [result('a', { prediction: 5, durationMs: 700_000 }), result('b', { prediction: 99, durationMs: 500_000 })],
          perfectCount: null,
        },
      ],
      DEFAULT,
      ['b', 'a'],
    ],
    [
      'no prediction in a closed round is further off than any',
      [{ entries: [result('a', { prediction: null, durationMs: 1 }), result('b', { prediction: 1_000 })], perfectCount: 0 }],
      DEFAULT,
      ['b', 'a'],
    ],
    [
      'then the total time',
      [
        { entries: [result('a', { durationMs: 300_000 }), result('b', { durationMs: 200_000 })], perfectCount: null },
        { entries: [result('a', { durationMs: 300_000 }), result('b', { durationMs: 500_000 })], perfectCount: null },
      ],
      DEFAULT,
      ['a', 'b'],
    ],
    [
      'then the earlier latest submission',
      [
        { entries: [result('a', { submittedAt: 100 }), result('b', { submittedAt: 500 })], perfectCount: null },
        { entries: [result('a', { submittedAt: 900 }), result('b', { submittedAt: 800 })], perfectCount: null },
      ],
      DEFAULT,
      ['b', 'a'],
    ],
    [
      'the tie-breaks in the order the contest sets: time before prediction',
      [{ entries: [result('a', { prediction: 5, durationMs: 2 }), result('b', { prediction: 50, durationMs: 1 })], perfectCount: 5 }],
      ['time', 'prediction', 'submitted'],
      ['b', 'a'],
    ],
    ['a full tie falls back to the id', [{ entries: [result('b'), result('a')], perfectCount: 3 }], DEFAULT, ['a', 'b']],
    ['nobody: an empty ranking', [{ entries: [], perfectCount: 0 }], DEFAULT, []],
  ])('%s', (_name, rounds, tieBreaks, expected) => {
    expect(ids(rounds, tieBreaks)).toEqual(expected);
  });

  it('sums what it ranks on and keeps the unit of the latest counted attempt', () => {
    const [person] = overallRanking(
      [
        {
          entries: [result('a', { correctCount: 8, score: 8, durationMs: 100, submittedAt: 10, prediction: 2, unitId: 'old' })],
          perfectCount: 5,
        },
        {
          entries: [result('a', { correctCount: 7, score: 7.5, durationMs: 200, submittedAt: 20, prediction: 1, unitId: 'new' })],
          perfectCount: null,
        },
      ],
      DEFAULT,
    );
    expect(person).toEqual({
      userId: 'a',
      unitId: 'new',
      rounds: 2,
      correctCount: 15,
      score: 15.5,
      durationMs: 300,
      submittedAt: 20,
      predictionGap: 3,
    });
  });

  it('refuses an unknown tie-break', () => {
    expect(() => overallRanking([], ['luck' as TieBreak])).toThrow(RangeError);
  });
});
