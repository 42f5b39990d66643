import type { ContestRound } from '../api/types.js';
import { attemptsLeft, contestPhase, currentRound, groupByPhase } from './phase.js';

const round = (
  id: string,
  state: ContestRound['state'],
  opensAt = '2025-11-01T00:00:00Z',
  closesAt = '2025-11-08T00:00:00Z',
): ContestRound => ({
  id,
  position: 0,
  name: id,
  state,
  opensAt,
  closesAt,
  latestStartAt: closesAt,
});

describe('contestPhase and currentRound', () => {
  it.each([
    [['closed', 'open', 'upcoming'], 'open', 'r1'],
    [['closed', 'upcoming', 'upcoming'], 'upcoming', 'r1'],
    [['closed', 'closed'], 'done', 'r1'],
    [['upcoming'], 'upcoming', 'r0'],
  ] as const)('%p → %p, current %p', (states, phase, current) => {
    const rounds = states.map((state, index) => round(`r${index}`, state));
    expect(contestPhase({ rounds })).toBe(phase);
    expect(currentRound(rounds)?.id).toBe(current);
  });

  it('has no current round without rounds', () => {
    expect(currentRound([])).toBeUndefined();
  });
});

describe('groupByPhase', () => {
  it('orders open contests by closing time, upcoming by opening time, done latest first', () => {
    const contests = [
      { id: 'open-late', rounds: [round('a', 'open', '2025-11-01T00:00:00Z', '2025-11-30T00:00:00Z')] },
      { id: 'open-soon', rounds: [round('b', 'open', '2025-11-01T00:00:00Z', '2025-11-10T00:00:00Z')] },
      { id: 'next-month', rounds: [round('c', 'upcoming', '2025-12-01T00:00:00Z', '2025-12-08T00:00:00Z')] },
      { id: 'next-week', rounds: [round('d', 'upcoming', '2025-11-20T00:00:00Z', '2025-11-27T00:00:00Z')] },
      { id: 'old', rounds: [round('e', 'closed', '2025-01-01T00:00:00Z', '2025-01-08T00:00:00Z')] },
      { id: 'recent', rounds: [round('f', 'closed', '2025-10-01T00:00:00Z', '2025-10-08T00:00:00Z')] },
    ];
    const groups = groupByPhase(contests);
    expect(groups.open.map((c) => c.id)).toEqual(['open-soon', 'open-late']);
    expect(groups.upcoming.map((c) => c.id)).toEqual(['next-week', 'next-month']);
    expect(groups.done.map((c) => c.id)).toEqual(['recent', 'old']);
  });
});

describe('attemptsLeft', () => {
  it.each([
    [3, undefined, null],
    [3, { attemptsUsed: 1, bestScore: 5, bestCorrect: 5, activeAttemptId: null }, 2],
    [3, { attemptsUsed: 4, bestScore: null, bestCorrect: null, activeAttemptId: null }, 0],
  ])('%p allowed, mine %p → %p', (attemptsAllowed, mine, expected) => {
    expect(attemptsLeft({ attemptsAllowed, mine })).toBe(expected);
  });
});
