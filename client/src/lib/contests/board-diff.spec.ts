import type { Leaderboard } from '../api/types.js';
import { changedEntries } from './board-diff.js';

const board = (roundId: string, entries: [string, number, number][]): Leaderboard => ({
  contestId: 'c',
  contestTitle: 'Cuộc thi',
  rounds: [],
  roundId,
  provisional: true,
  perfectCount: null,
  participants: entries.length,
  units: [],
  entries: entries.map(([displayName, rank, score]) => ({
    displayName,
    rank,
    score,
    unitName: 'THCS A',
    correctCount: score,
    durationMs: 1000,
  })),
});

describe('changedEntries', () => {
  it('marks newcomers and people who moved, not the others', () => {
    const before = board('r1', [
      ['An', 1, 20],
      ['Bình', 2, 18],
      ['Chi', 3, 15],
    ]);
    const after = board('r1', [
      ['An', 1, 20],
      ['Dũng', 2, 19],
      ['Bình', 3, 18],
      ['Chi', 4, 15],
    ]);
    expect(changedEntries(before, after)).toEqual(['Dũng|THCS A', 'Bình|THCS A', 'Chi|THCS A']);
  });

  it('marks nothing on the first picture or another round', () => {
    const next = board('r1', [['An', 1, 20]]);
    expect(changedEntries(null, next)).toEqual([]);
    expect(changedEntries(board('r0', []), next)).toEqual([]);
  });
});
