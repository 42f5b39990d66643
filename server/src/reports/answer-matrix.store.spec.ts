import { parseCells, parseWrong } from './answer-matrix.store.js';

describe('the answer blobs PostgreSQL sends', () => {
  it.each<[string, number[][]]>([
    ['', []],
    ['1 2 1', [[1, 2, 1]]],
    [
      '1 2 0,1 3 0.5,12 20 1,100000 483 0.25',
      [
        [1, 2, 0],
        [1, 3, 0.5],
        [12, 20, 1],
        [100000, 483, 0.25],
      ],
    ],
  ])('parseCells(%j)', (text, cells) => {
    const parsed = parseCells(text);
    expect(Array.from(parsed.attempt, (n, i) => [n, parsed.question[i], parsed.credit[i]])).toEqual(cells);
  });

  it.each<[string, [number, number, string][]]>([
    ['', []],
    ['3\x1f7\x1fb', [[3, 7, 'b']]],
    [
      '1\x1f2\x1fa,c\x1e10\x1f1\x1fkhông biết, có lẽ\x1e2\x1f5\x1f',
      [
        [1, 2, 'a,c'],
        [10, 1, 'không biết, có lẽ'],
        [2, 5, ''],
      ],
    ],
  ])('parseWrong(%j)', (text, records) => expect(parseWrong(text)).toEqual(records));
});
