import { RoundBoard } from '../../leaderboard/round-board.js';
import type { TieBreak } from '../../leaderboard/rules/tie-breaks.js';
import { chooseAttempts, countedAttempts, rankOverall, rankRound, type SubmittedAttempt } from './round-ranking.js';

let sequence = 0;
/** An attempt of `user`: correct answers out of 5, time in seconds, submitted at minute `at`. */
function attempt(user: string, correct: number, seconds: number, at: number, extra: Partial<SubmittedAttempt> = {}): SubmittedAttempt {
  sequence++;
  return {
    attemptId: `00000000-0000-0000-0000-${String(sequence).padStart(12, '0')}`,
    userId: user,
    unitId: `unit-${user}`,
    number: 1,
    correctCount: correct,
    score: correct,
    durationMs: seconds * 1000,
    submittedAt: at * 60_000,
    prediction: null,
    questionCount: 5,
    ...extra,
  };
}
const order = (attempts: SubmittedAttempt[], final = false, tieBreaks: TieBreak[] = ['prediction', 'time', 'submitted']) =>
  rankRound(attempts, { counting: 'best', tieBreaks, final }).people.map((person) => person.userId);

describe('countedAttempts', () => {
  const attempts = [
    attempt('u1', 3, 100, 1, { number: 1 }),
    attempt('u1', 4, 300, 2, { number: 2 }),
    attempt('u1', 4, 200, 3, { number: 3 }),
  ];
  it.each<[string, 'best' | 'last', TieBreak[], number]>([
    ['best: most correct, then the shorter time', 'best', ['time', 'submitted'], 3],
    ['best with submission before time: the earlier of the two fours', 'best', ['submitted', 'time'], 2],
    ['best with no time tie-break: the first best stays', 'best', ['prediction'], 2],
    ['last: the latest submission, whatever it scored', 'last', ['time'], 3],
  ])('%s', (_name, counting, tieBreaks, number) => {
    const person = countedAttempts(attempts, counting, tieBreaks).get('u1')!;
    expect(person.counted.number).toBe(number);
    expect(person.attempts).toBe(3);
  });

  it('replays in submission order, not in the order given', () => {
    const late = attempt('u2', 1, 10, 9, { number: 2 });
    const early = attempt('u2', 5, 10, 1, { number: 1 });
    expect(countedAttempts([late, early], 'last', ['time']).get('u2')!.counted.number).toBe(2);
  });
});

describe('rankRound', () => {
  it.each<[string, SubmittedAttempt[], boolean, TieBreak[], string[]]>([
    ['more correct first', [attempt('a', 3, 10, 1), attempt('b', 5, 99, 2)], false, ['time'], ['b', 'a']],
    ['then shorter time', [attempt('a', 4, 30, 1), attempt('b', 4, 20, 2)], false, ['time', 'submitted'], ['b', 'a']],
    ['then earlier submission', [attempt('a', 4, 20, 5), attempt('b', 4, 20, 2)], false, ['time', 'submitted'], ['b', 'a']],
    ['time off: submission decides', [attempt('a', 4, 10, 5), attempt('b', 4, 90, 2)], false, ['submitted'], ['b', 'a']],
    [
      'open round: the prediction is skipped',
      [attempt('a', 4, 10, 1, { prediction: 1 }), attempt('b', 4, 20, 2, { prediction: 0 })],
      false,
      ['prediction', 'time'],
      ['a', 'b'],
    ],
    // One perfect paper (c): b's guess of 1 is right, a's 7 is off; a person without a guess is furthest.
    [
      'closed round: the prediction closest to the real count',
      [attempt('a', 4, 10, 1, { prediction: 7 }), attempt('b', 4, 20, 2, { prediction: 1 }), attempt('d', 4, 5, 1), attempt('c', 5, 50, 3)],
      true,
      ['prediction', 'time'],
      ['c', 'b', 'a', 'd'],
    ],
    ['full ties go by user id', [attempt('b', 2, 10, 1), attempt('a', 2, 10, 1)], true, ['time', 'submitted'], ['a', 'b']],
  ])('%s', (_name, attempts, final, tieBreaks, expected) => expect(order(attempts, final, tieBreaks)).toEqual(expected));

  it('counts perfect papers only when the round is final, and numbers the ranks from 1', () => {
    const attempts = [attempt('a', 5, 10, 1), attempt('b', 5, 20, 1), attempt('c', 2, 20, 1)];
    expect(rankRound(attempts, { counting: 'best', tieBreaks: ['time'], final: false }).perfectCount).toBeNull();
    const final = rankRound(attempts, { counting: 'best', tieBreaks: ['time'], final: true });
    expect(final.perfectCount).toBe(2);
    expect(final.people.map((person) => [person.userId, person.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  // The report's rank must be the leaderboard's: replay random rounds through the live board and compare.
  it.each([
    ['best', false],
    ['best', true],
    ['last', false],
    ['last', true],
  ] as const)('agrees with the live leaderboard (%s, final %s)', (counting, final) => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const attempts = Array.from({ length: 400 }, (_, i) =>
      attempt(`user-${Math.floor(random() * 120)}`, Math.floor(random() * 6), 10 + Math.floor(random() * 5), Math.floor(random() * 30), {
        prediction: random() < 0.8 ? Math.floor(random() * 10) : null,
        number: i,
      }),
    );
    const tieBreaks: TieBreak[] = ['prediction', 'time', 'submitted'];
    const board = new RoundBoard(counting, tieBreaks);
    for (const entry of [...attempts].sort((a, b) => a.submittedAt - b.submittedAt || (a.attemptId < b.attemptId ? -1 : 1)))
      board.add(entry);
    const expected = final
      ? board.finalOrder().ranking.map((entry) => entry.userId)
      : board.tree.top(1000).map(({ entry }) => entry.userId);
    expect(rankRound(attempts, { counting, tieBreaks, final }).people.map((person) => person.userId)).toEqual(expected);
  });
});

describe('rankOverall', () => {
  it("adds the counted attempts of every round and ranks them by the leaderboard's overall rule", () => {
    const round1 = rankRound([attempt('a', 5, 100, 1), attempt('b', 3, 10, 1), attempt('c', 4, 10, 1)], {
      counting: 'best',
      tieBreaks: ['time'],
      final: true,
    });
    const round2 = rankRound([attempt('b', 5, 10, 9), attempt('c', 4, 50, 9), attempt('c', 2, 5, 10)], {
      counting: 'best',
      tieBreaks: ['time'],
      final: true,
    });
    const overall = rankOverall([round1, round2], ['time']);
    expect(overall.people.map((p) => [p.userId, p.rank, p.correctCount, p.durationMs / 1000, p.attempts, p.rounds])).toEqual([
      ['b', 1, 8, 20, 2, 2],
      ['c', 2, 8, 60, 3, 2],
      ['a', 3, 5, 100, 1, 1],
    ]);
    expect(overall.people[0]!.attemptId).toBeNull();
  });
});

describe('chooseAttempts', () => {
  const attempts = [
    attempt('a', 2, 10, 1, { number: 1 }),
    attempt('a', 5, 10, 2, { number: 2 }),
    attempt('a', 3, 10, 3, { number: 3 }),
    attempt('b', 4, 10, 1, { number: 1 }),
  ];
  it.each<['first' | 'best' | 'last' | 'all', number[]]>([
    ['first', [1, 1]],
    ['best', [2, 1]],
    ['last', [3, 1]],
    ['all', [1, 2, 3, 1]],
  ])('%s', (choice, numbers) => {
    const chosen = chooseAttempts(attempts, choice, ['time']);
    expect(chosen.map((a) => a.number)).toEqual(numbers);
  });
});
