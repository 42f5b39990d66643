import { availability, cellsToCheck, matrixRows, shortfallsByKey } from './draw-matrix.js';

const bank = [
  { topic: 'ch1', cognitiveLevel: 'recognition' as const, count: 10 },
  { topic: 'ch1', cognitiveLevel: 'application' as const, count: 4 },
  { topic: 'ch2', cognitiveLevel: 'recognition' as const, count: 6 },
  { topic: 'ch2', cognitiveLevel: null, count: 2 },
  { topic: null, cognitiveLevel: 'recognition' as const, count: 3 },
];

describe('availability', () => {
  const available = availability(bank);

  it.each([
    ['ch1', 'recognition', 10],
    ['ch1', 'comprehension', 0],
    ['ch1', null, 14],
    ['ch2', null, 8],
    [null, 'recognition', 19],
    [null, 'application', 4],
    [null, null, 25],
    ['ch9', null, 0],
  ])('%p × %p → %p', (topic, level, expected) => {
    expect(available(topic, level)).toBe(expected);
  });
});

describe('matrixRows', () => {
  const topics = [
    { code: 'ch2', name: 'Chương II' },
    { code: 'ch1', name: 'Chương I' },
    { code: 'ch3', name: 'Chương III' },
  ];

  it('lists topics with questions in the topic list order, then topics only the matrix names', () => {
    expect(matrixRows(bank, topics, {}).map((row) => row.name)).toEqual(['Chương II', 'Chương I']);
    expect(matrixRows(bank, topics, { 'ch3|*': 2, 'zz|recognition': 1, '*|application': 3 }).map((row) => row.topic)).toEqual([
      'ch2',
      'ch1',
      'ch3',
      'zz',
    ]);
  });
});

describe('cellsToCheck', () => {
  it.each([
    [{}, 20, [{ topic: null, cognitiveLevel: null, count: 20 }]],
    [
      { 'ch1|recognition': 5 },
      20,
      [
        { topic: 'ch1', cognitiveLevel: 'recognition', count: 5 },
        { topic: null, cognitiveLevel: null, count: 15 },
      ],
    ],
    [
      { 'ch1|recognition': 5, '*|*': 2 },
      10,
      [
        { topic: 'ch1', cognitiveLevel: 'recognition', count: 5 },
        { topic: null, cognitiveLevel: null, count: 5 },
      ],
    ],
    [{ 'ch1|recognition': 20 }, 20, [{ topic: 'ch1', cognitiveLevel: 'recognition', count: 20 }]],
  ])('%p for %p questions', (matrix, count, expected) => {
    expect(cellsToCheck(matrix, count)).toEqual(expected);
  });
});

describe('shortfallsByKey', () => {
  it('keys shortfalls like the editor cells', () => {
    const map = shortfallsByKey([
      { topic: 'ch1', cognitiveLevel: 'application', count: 5, available: 4 },
      { topic: null, cognitiveLevel: null, count: 30, available: 25 },
    ]);
    expect([...map.keys()]).toEqual(['ch1|application', '*|*']);
  });
});
