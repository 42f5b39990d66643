import {
  attemptOptionIds,
  drawPaper,
  matrixShortfalls,
  PaperShortfallError,
  shuffled,
  type MatrixCell,
  type PoolQuestion,
} from './draw.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let serial = 0;
function questions(count: number, topic: string | null, cognitiveLevel: string | null): PoolQuestion[] {
  return Array.from({ length: count }, () => {
    const questionId = `q${++serial}`;
    return { questionId, version: 1, topic, cognitiveLevel, optionIds: ['a', 'b', 'c', 'd'].map((id) => `${questionId}${id}`) };
  });
}
const cell = (topic: string | null, cognitiveLevel: string | null, count: number): MatrixCell => ({ topic, cognitiveLevel, count });

describe('matrixShortfalls', () => {
  const onlyA1 = questions(3, 'A', 'L1');
  const a1a2 = [...questions(1, 'A', 'L1'), ...questions(1, 'A', 'L2')];
  it.each<[string, PoolQuestion[], MatrixCell[], { cellIndex: number; available: number }[]]>([
    ['an empty matrix', onlyA1, [], []],
    ['an exact cell the pool fills', onlyA1, [cell('A', 'L1', 3)], []],
    ['an exact cell one short', onlyA1, [cell('A', 'L1', 4)], [{ cellIndex: 0, available: 3 }]],
    ['a topic nobody wrote', onlyA1, [cell('B', null, 1)], [{ cellIndex: 0, available: 0 }]],
    ['a level nobody wrote', onlyA1, [cell(null, 'L4', 2)], [{ cellIndex: 0, available: 0 }]],
    ['a question counts once across cells', onlyA1, [cell('A', null, 2), cell('A', 'L1', 2)], [{ cellIndex: 0, available: 1 }]],
    ['the specific cell is served first, whatever the matrix order', a1a2, [cell('A', null, 1), cell('A', 'L1', 1)], []],
    ['overlapping cells that only a rerouting fills', a1a2, [cell('A', null, 1), cell(null, 'L1', 1)], []],
    [
      'overlapping cells that nothing fills: the later of equally specific cells is short',
      a1a2,
      [cell('A', null, 1), cell(null, 'L1', 1), cell(null, 'L2', 1)],
      [{ cellIndex: 2, available: 0 }],
    ],
    ['an any-any cell takes what is left', onlyA1, [cell('A', 'L1', 2), cell(null, null, 2)], [{ cellIndex: 1, available: 1 }]],
    [
      'a question without a topic only fills an any-topic cell',
      questions(2, null, 'L1'),
      [cell('A', 'L1', 1), cell(null, 'L1', 2)],
      [{ cellIndex: 0, available: 0 }],
    ],
    ['a question listed twice counts once', [...onlyA1, ...onlyA1], [cell('A', 'L1', 4)], [{ cellIndex: 0, available: 3 }]],
    ['a zero count needs nothing', [], [cell('A', 'L1', 0)], []],
  ])('%s', (_name, pool, matrix, expected) => {
    expect(matrixShortfalls(pool, matrix)).toEqual(expected.map(({ cellIndex, available }) => ({ cell: matrix[cellIndex], available })));
  });

  it.each([-1, 1.5, Number.NaN])('refuses a cell count of %p', (count) => {
    expect(() => matrixShortfalls(onlyA1, [cell('A', 'L1', count)])).toThrow(RangeError);
  });
});

describe('drawPaper', () => {
  const bank = [
    ...questions(6, 'A', 'L1'),
    ...questions(1, 'A', 'L2'),
    ...questions(5, 'B', 'L1'),
    ...questions(4, 'B', 'L2'),
    ...questions(3, null, 'L3'),
    ...questions(5, 'C', null),
  ];
  const scenarios: [string, MatrixCell[], number][] = [
    ['a full matrix', [cell('A', 'L1', 3), cell('B', 'L2', 2), cell(null, 'L3', 1)], 6],
    ['a matrix with a remainder', [cell('A', null, 2), cell(null, 'L2', 2)], 10],
    ['overlapping cells that must not starve each other', [cell('A', null, 1), cell(null, 'L2', 5)], 6],
    ['an empty matrix', [], 7],
    ['the whole bank', [cell('C', null, 5)], bank.length],
  ];
  const seeds = Array.from({ length: 40 }, (_value, index) => index + 1);

  it.each(scenarios)('%s: obeys the matrix, no repeats, shuffled options, over 40 seeds', (_name, matrix, questionCount) => {
    const byId = new Map(bank.map((question) => [question.questionId, question]));
    for (const seed of seeds) {
      const paper = drawPaper(bank, matrix, questionCount, seeded(seed));
      expect(paper).toHaveLength(questionCount);
      expect(new Set(paper.map((item) => item.questionId)).size).toBe(questionCount);
      const drawn = paper.map((item) => byId.get(item.questionId)!);
      expect(matrixShortfalls(drawn, matrix)).toEqual([]);
      for (const item of paper) {
        expect(item.version).toBe(byId.get(item.questionId)!.version);
        expect([...item.optionOrder].sort()).toEqual([...byId.get(item.questionId)!.optionIds].sort());
      }
    }
  });

  it('draws the same paper from the same seed and different papers from different seeds', () => {
    const matrix = [cell('A', null, 2), cell('B', null, 2)];
    expect(drawPaper(bank, matrix, 6, seeded(7))).toEqual(drawPaper(bank, matrix, 6, seeded(7)));
    const papers = new Set(seeds.map((seed) => JSON.stringify(drawPaper(bank, matrix, 6, seeded(seed)))));
    expect(papers.size).toBe(seeds.length);
  });

  it('spreads a loose cell over every group that matches it and shuffles question and option order', () => {
    const levels = new Set<string | null>();
    const firstQuestions = new Set<string>();
    const firstOptions = new Set<string>();
    for (const seed of seeds) {
      const paper = drawPaper(bank, [cell('B', null, 3)], 3, seeded(seed));
      for (const item of paper) levels.add(bank.find((question) => question.questionId === item.questionId)!.cognitiveLevel);
      firstQuestions.add(paper[0]!.questionId);
      firstOptions.add(paper[0]!.optionOrder[0]!.slice(-1));
    }
    expect(levels).toEqual(new Set(['L1', 'L2']));
    expect(firstQuestions.size).toBeGreaterThan(5);
    expect(firstOptions).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('never mutates the pool', () => {
    const pool = questions(4, 'A', 'L1');
    const copy = structuredClone(pool);
    drawPaper(pool, [cell('A', 'L1', 2)], 4, seeded(1));
    expect(pool).toEqual(copy);
  });

  it.each<[string, MatrixCell[], number, { cell: MatrixCell; available: number }[]]>([
    ['a cell the bank cannot fill', [cell('A', 'L2', 2)], 2, [{ cell: cell('A', 'L2', 2), available: 1 }]],
    ['a paper longer than the bank', [], bank.length + 1, [{ cell: cell(null, null, bank.length + 1), available: bank.length }]],
  ])('throws PaperShortfallError for %s', (_name, matrix, questionCount, shortfalls) => {
    const draw = () => drawPaper(bank, matrix, questionCount, seeded(1));
    expect(draw).toThrow(PaperShortfallError);
    try {
      draw();
    } catch (error) {
      expect((error as PaperShortfallError).code).toBe('PAPER_SHORTFALL');
      expect((error as PaperShortfallError).shortfalls).toEqual(shortfalls);
    }
  });

  it.each<[string, MatrixCell[], number, () => number]>([
    ['a matrix larger than the paper', [cell('A', 'L1', 3)], 2, seeded(1)],
    ['a negative question count', [], -1, seeded(1)],
    ['a random source that returns 1', [], 3, () => 1],
    ['a random source that returns NaN', [], 3, () => Number.NaN],
  ])('refuses %s', (_name, matrix, questionCount, random) => {
    expect(() => drawPaper(bank, matrix, questionCount, random)).toThrow(RangeError);
  });
});

describe('attemptOptionIds', () => {
  it.each([0, 1, 4, 8, 50])('gives %i distinct opaque ids', (count) => {
    const ids = attemptOptionIds(count, seeded(count));
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{6,}$/);
  });

  it.each<[string, number, () => number, string[] | 'throws']>([
    ['the first letter for 0', 1, () => 0, ['aaaaaaaa']],
    ['the last digit just under 1', 1, () => 0.9999, ['99999999']],
    ['a stuck source cannot make two distinct ids', 2, () => 0.5, 'throws'],
  ])('%s', (_name, count, random, expected) => {
    if (expected === 'throws') expect(() => attemptOptionIds(count, random)).toThrow();
    else expect(attemptOptionIds(count, random)).toEqual(expected);
  });
});

describe('shuffled', () => {
  it.each([[[]], [[1]], [[1, 2, 3, 4, 5]]])('keeps the items of %p and leaves the input alone', (items) => {
    const input = [...items];
    expect([...shuffled(input, seeded(3))].sort()).toEqual([...items].sort());
    expect(input).toEqual(items);
  });

  it('reaches every order of three items', () => {
    const orders = new Set(Array.from({ length: 200 }, (_value, seed) => shuffled(['a', 'b', 'c'], seeded(seed)).join('')));
    expect(orders.size).toBe(6);
  });
});
