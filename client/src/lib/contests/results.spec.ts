import { choiceOf, pageCount, pageOfRank, queryFor, visibleUnits } from './results.js';

describe('the results picker', () => {
  it.each<[string | null, number, object]>([
    [null, 1, { page: 1, pageSize: 50 }],
    ['overall', 2, { page: 2, pageSize: 50, scope: 'overall' }],
    ['r1', 3, { page: 3, pageSize: 50, scope: 'round', roundId: 'r1' }],
  ])('%s, page %d', (choice, page, expected) => {
    expect(queryFor(choice, page)).toEqual(expected);
  });

  it.each<[{ scope: 'round' | 'overall'; roundId: string | null }, string]>([
    [{ scope: 'round', roundId: 'r2' }, 'r2'],
    [{ scope: 'overall', roundId: null }, 'overall'],
  ])('reads %j back as %s', (results, expected) => {
    expect(choiceOf(results)).toBe(expected);
  });
});

describe('paging', () => {
  it.each<[number, number, number]>([
    [0, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [1000, 50, 20],
  ])('%d entries by %d: %d pages', (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });

  it.each<[number, number]>([
    [1, 1],
    [50, 1],
    [51, 2],
    [137, 3],
  ])('rank %d is on page %d', (rank, expected) => {
    expect(pageOfRank(rank, 50)).toBe(expected);
  });
});

describe('visibleUnits', () => {
  const units = Array.from({ length: 14 }, (_, index) => ({ unitId: `u${index + 1}` }));
  it.each<[boolean, string | null, string[]]>([
    [true, null, units.map((unit) => unit.unitId)],
    [false, null, units.slice(0, 10).map((unit) => unit.unitId)],
    [false, 'u13', [...units.slice(0, 10).map((unit) => unit.unitId), 'u13']],
    [false, 'u2', units.slice(0, 10).map((unit) => unit.unitId)],
  ])('all=%s keep=%s', (all, keep, expected) => {
    expect(visibleUnits(units, all, keep).map((unit) => unit.unitId)).toEqual(expected);
  });
});
