import { RankingTree } from './ranking-tree.js';

interface Score {
  points: number;
  ms: number;
}
const byPointsThenTime = (a: Score, b: Score) => b.points - a.points || a.ms - b.ms;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function treeOf(entries: [string, Score][]): RankingTree<Score> {
  const tree = new RankingTree(byPointsThenTime);
  for (const [id, entry] of entries) tree.upsert(id, entry);
  return tree;
}

/** The reference: every entry sorted the slow way. */
function sortedIds(entries: Map<string, Score>): string[] {
  return [...entries.entries()]
    .sort(([idA, a], [idB, b]) => byPointsThenTime(a, b) || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .map(([id]) => id);
}

describe('RankingTree', () => {
  const race: [string, Score][] = [
    ['lan', { points: 18, ms: 600_000 }],
    ['minh', { points: 20, ms: 900_000 }],
    ['an', { points: 20, ms: 700_000 }],
    ['binh', { points: 18, ms: 600_000 }],
    ['chi', { points: 5, ms: 100_000 }],
  ];

  it.each<[string, string, number | undefined]>([
    ['more points first', 'an', 1],
    ['then less time', 'minh', 2],
    ['a full tie goes by id', 'binh', 3],
    ['the other side of the tie', 'lan', 4],
    ['the last', 'chi', 5],
    ['an unknown id', 'nobody', undefined],
  ])('ranks by the comparator: %s', (_name, id, rank) => {
    expect(treeOf(race).rank(id)).toBe(rank);
  });

  it.each<[string, (tree: RankingTree<Score>) => unknown, string[], number]>([
    ['an update moves an entry', (tree) => tree.upsert('chi', { points: 20, ms: 1 }), ['chi', 'an', 'minh', 'binh', 'lan'], 5],
    ['an update can move an entry down', (tree) => tree.upsert('an', { points: 0, ms: 0 }), ['minh', 'binh', 'lan', 'chi', 'an'], 5],
    ['a removal closes the gap', (tree) => tree.remove('minh'), ['an', 'binh', 'lan', 'chi'], 4],
    ['removing an unknown id changes nothing', (tree) => tree.remove('nobody'), ['an', 'minh', 'binh', 'lan', 'chi'], 5],
    [
      're-adding the same entry changes nothing',
      (tree) => tree.upsert('lan', { points: 18, ms: 600_000 }),
      ['an', 'minh', 'binh', 'lan', 'chi'],
      5,
    ],
  ])('%s', (_name, change, order, size) => {
    const tree = treeOf(race);
    change(tree);
    expect(tree.top(10).map(({ id }) => id)).toEqual(order);
    expect(tree.size).toBe(size);
    order.forEach((id, index) => expect(tree.rank(id)).toBe(index + 1));
  });

  it.each<[number, string[]]>([
    [0, []],
    [2, ['an', 'minh']],
    [5, ['an', 'minh', 'binh', 'lan', 'chi']],
    [99, ['an', 'minh', 'binh', 'lan', 'chi']],
    [-1, []],
  ])('top(%i)', (count, ids) => {
    const top = treeOf(race).top(count);
    expect(top.map(({ id }) => id)).toEqual(ids);
    expect(top.map(({ rank }) => rank)).toEqual(ids.map((_id, index) => index + 1));
  });

  it('reports whether a removal found the id and keeps its entries', () => {
    const tree = treeOf(race);
    expect(tree.get('an')).toEqual({ points: 20, ms: 700_000 });
    expect(tree.remove('an')).toBe(true);
    expect(tree.remove('an')).toBe(false);
    expect(tree.get('an')).toBeUndefined();
    expect(new RankingTree(byPointsThenTime).top(3)).toEqual([]);
  });

  it.each([1, 2, 3])('agrees with a sorted array over 1,000 random operations (seed %i)', (seed) => {
    const random = seeded(seed);
    const tree = new RankingTree(byPointsThenTime);
    const reference = new Map<string, Score>();
    const pick = (size: number) => Math.floor(random() * size);
    for (let step = 0; step < 1_000; step++) {
      const id = `p${pick(150)}`;
      if (random() < 0.2) {
        expect(tree.remove(id)).toBe(reference.delete(id));
      } else {
        // Few distinct values, so that ties and the id tie-break are common.
        const entry = { points: pick(6), ms: pick(4) * 1000 };
        tree.upsert(id, entry);
        reference.set(id, entry);
      }
      const expected = sortedIds(reference);
      expect(tree.size).toBe(expected.length);
      const probe = `p${pick(150)}`;
      expect(tree.rank(probe)).toBe(reference.has(probe) ? expected.indexOf(probe) + 1 : undefined);
      expect(tree.top(5).map((ranked) => ranked.id)).toEqual(expected.slice(0, 5));
    }
    const expected = sortedIds(reference);
    expect(tree.top(tree.size).map((ranked) => ranked.id)).toEqual(expected);
    expected.forEach((id, index) => expect(tree.rank(id)).toBe(index + 1));
  });

  it('stays correct through 100,000 upserts arriving in rank order, then updates', () => {
    // Inserting in order is the worst case for an unbalanced tree: it would be quadratic here.
    const tree = new RankingTree(byPointsThenTime);
    const count = 100_000;
    for (let index = 0; index < count; index++) tree.upsert(`p${index}`, { points: 0, ms: index });
    for (let index = 0; index < count; index += 10) tree.upsert(`p${index}`, { points: 1, ms: index });
    expect(tree.size).toBe(count);
    expect(tree.rank('p0')).toBe(1);
    expect(tree.rank('p99990')).toBe(count / 10);
    expect(tree.rank('p1')).toBe(count / 10 + 1);
    expect(tree.rank('p99999')).toBe(count);
    const all = tree.top(count);
    const outOfOrder = all.filter((ranked, index) => index > 0 && byPointsThenTime(all[index - 1]!.entry, ranked.entry) >= 0);
    expect(all).toHaveLength(count);
    expect(outOfOrder).toEqual([]);
  });
});
