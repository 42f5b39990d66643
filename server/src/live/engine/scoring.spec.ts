import type { EngineQuestion } from './engine-types.js';
import { compareStanding } from './ranking.js';
import { answerPoints, isCorrect, isWellFormed, speedPoints, streakBonus } from './scoring.js';

describe('speedPoints (Kahoot: round(1000 × (1 − (t ÷ T) ÷ 2)))', () => {
  it.each([
    [0, 20, 1000],
    [1, 20, 1000],
    [40, 20, 999],
    [5_000, 20, 875],
    [10_000, 20, 750],
    [19_999, 20, 500],
    [20_000, 20, 500],
    [25_000, 20, 500],
    [-50, 20, 1000],
    [2_500, 10, 875],
    [3_333, 10, 833],
  ])('t = %i ms of T = %i s → %i', (t, seconds, expected) => {
    expect(speedPoints(t, seconds)).toBe(expected);
  });
});

describe('streakBonus: +100 per consecutive correct answer beyond the first, at most +500', () => {
  it.each([
    [0, 0],
    [1, 100],
    [2, 200],
    [4, 400],
    [5, 500],
    [6, 500],
    [40, 500],
    [-1, 0],
  ])('%i correct in a row before this one → +%i', (before, bonus) => {
    expect(streakBonus(before)).toBe(bonus);
  });
});

describe('answerPoints', () => {
  it.each([
    ['speed, correct at once, no streak', 'speed', true, 0, 0, 1000],
    ['speed, correct at half time, third in a row', 'speed', true, 10_000, 2, 950],
    ['speed, correct at the buzzer, sixth in a row', 'speed', true, 20_000, 5, 1000],
    ['speed, wrong earns nothing whatever the streak', 'speed', false, 100, 4, 0],
    ['flat, correct: one point, no speed or streak', 'flat', true, 19_000, 3, 1],
    ['flat, wrong', 'flat', false, 100, 0, 0],
    ['elimination counts correct answers', 'elimination', true, 5_000, 7, 1],
  ] as const)('%s', (_name, mode, correct, t, streakBefore, expected) => {
    expect(answerPoints(mode, correct, t, 20, streakBefore)).toBe(expected);
  });
});

const single: EngineQuestion = { type: 'single', optionIds: ['a', 'b', 'c'], correctOptionIds: ['b'], seconds: 20 };
const multiple: EngineQuestion = { type: 'multiple', optionIds: ['a', 'b', 'c', 'd'], correctOptionIds: ['a', 'c'], seconds: 20 };
const trueFalse: EngineQuestion = { type: 'true_false', optionIds: ['t', 'f'], correctOptionIds: ['f'], seconds: 20 };

describe('answers: shape and key', () => {
  it.each([
    ['single, the right option', single, 'b', true, true],
    ['single, another option', single, 'a', true, false],
    ['single, an unknown id', single, 'z', false, false],
    ['single, a list', single, ['b'], false, false],
    ['true/false, right', trueFalse, 'f', true, true],
    ['true/false, wrong', trueFalse, 't', true, false],
    ['multiple, exactly the right set in any order', multiple, ['c', 'a'], true, true],
    ['multiple, a subset earns nothing', multiple, ['a'], true, false],
    ['multiple, a superset earns nothing', multiple, ['a', 'b', 'c'], true, false],
    ['multiple, empty', multiple, [], false, false],
    ['multiple, a repeated id', multiple, ['a', 'a'], false, false],
    ['multiple, an unknown id', multiple, ['a', 'x'], false, false],
    ['multiple, a bare string', multiple, 'a', false, false],
  ] as const)('%s', (_name, question, response, wellFormed, correct) => {
    expect(isWellFormed(question, response as string | string[])).toBe(wellFormed);
    if (wellFormed) expect(isCorrect(question, response as string | string[])).toBe(correct);
  });
});

describe('compareStanding: score desc, then total response time asc, then join order', () => {
  const base = { score: 1000, correctMs: 5_000, joinOrder: 3 };
  it.each([
    ['a higher score first, however slow', { score: 1001, correctMs: 90_000, joinOrder: 9 }, 'a'],
    ['a lower score after', { score: 999, correctMs: 0, joinOrder: 0 }, 'b'],
    ['same score: faster first', { correctMs: 4_999, joinOrder: 9 }, 'a'],
    ['same score: slower after', { correctMs: 5_001, joinOrder: 0 }, 'b'],
    ['same score and time: who joined first', { joinOrder: 2 }, 'a'],
    ['same score and time: who joined later after', { joinOrder: 4 }, 'b'],
  ] as const)('%s', (_name, change, winner) => {
    const result = compareStanding({ ...base, ...change }, base);
    expect(result < 0 ? 'a' : 'b').toBe(winner);
  });
});
