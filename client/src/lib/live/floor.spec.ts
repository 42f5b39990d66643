import {
  bringBack,
  eliminatedIds,
  logFromFloor,
  floorPlayers,
  rankMove,
  recordEliminations,
  rescueCount,
  type EliminationLog,
} from './floor.js';

describe('the elimination log', () => {
  let log: EliminationLog = new Map();
  log = recordEliminations(log, 0, ['a', 'b']);
  log = recordEliminations(log, 1, []);
  log = recordEliminations(log, 2, ['c']);
  log = recordEliminations(log, 2, ['c', 'd']);

  it('records each question’s eliminated once', () => {
    expect([...log.entries()]).toEqual([
      [0, ['a', 'b']],
      [2, ['c', 'd']],
    ]);
    expect([...eliminatedIds(log)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    ['last, after question 3 (index 2)', 'last', 2, 2],
    ['last, after question 4 that eliminated nobody', 'last', 3, 0],
    ['all', 'all', 3, 4],
  ] as const)('rescue %s brings back %p', (_name, scope, lastRevealed, count) => {
    expect(rescueCount(log, scope, lastRevealed)).toBe(count);
  });

  it('counts nobody to rescue in an empty log', () => {
    expect(rescueCount(new Map(), 'last', 0)).toBe(0);
    expect(rescueCount(new Map(), 'all', 0)).toBe(0);
  });
});

describe('floorPlayers', () => {
  const players = [
    { playerId: 'a', nickname: 'An' },
    { playerId: 'b', nickname: 'Bình' },
    { playerId: 'c', nickname: 'Chi', eliminated: false },
    { playerId: 'd', nickname: 'Dũng', eliminated: true },
  ];

  it('puts those on the floor first; a flag from the server wins over the local log', () => {
    const floor = floorPlayers(players, new Set(['a', 'c']));
    expect(floor.map((player) => [player.playerId, player.eliminated])).toEqual([
      ['b', false],
      ['c', false],
      ['a', true],
      ['d', true],
    ]);
  });
});

describe('rankMove', () => {
  it.each([
    [{ rank: 2, previousRank: 5 }, 3],
    [{ rank: 5, previousRank: 2 }, -3],
    [{ rank: 1 }, 0],
  ])('%p → %p', (standing, move) => {
    expect(rankMove(standing)).toBe(move);
  });
});

describe('bringBack and logFromFloor', () => {
  const log: EliminationLog = new Map([
    [0, ['a', 'b']],
    [2, ['c']],
  ]);

  it('removes the rescued players from the questions that eliminated them', () => {
    expect([...bringBack(log, ['b', 'c']).entries()]).toEqual([[0, ['a']]]);
  });

  const players = ['a', 'b', 'c', 'd', 'e'].map((playerId) => ({ playerId }));

  it('marks everyone the host knows and the floor list leaves out', () => {
    const rebuilt = logFromFloor(new Map(), 3, players, [{ playerId: 'd' }, { playerId: 'e' }], 2);
    expect([...eliminatedIds(rebuilt)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('trusts no capped list', () => {
    expect(logFromFloor(new Map(), 3, players, [{ playerId: 'd' }], 2).size).toBe(0);
  });
});
