import { ancestorsOf, buildTree, filterTree, flattenTree, subtreeIds } from './tree.js';

const units = [
  { id: 'so', parentId: null, name: 'Sở GD&ĐT' },
  { id: 'xa2', parentId: 'so', name: 'Xã Tân Nhựt' },
  { id: 'xa1', parentId: 'so', name: 'Xã Bình Chánh' },
  { id: 'th1', parentId: 'xa1', name: 'Trường TH Bình Chánh' },
  { id: 'mn1', parentId: 'xa1', name: 'Trường MN Hoa Sữa' },
  { id: 'orphan', parentId: 'missing', name: 'Trường THCS Ngoài phạm vi' },
];

describe('buildTree', () => {
  const tree = buildTree(units);

  it('makes roots of units without a visible parent', () => {
    expect(tree.map((node) => node.unit.id)).toEqual(['so', 'orphan']);
  });

  it('sorts children by Vietnamese name and sets depth', () => {
    const so = tree[0];
    expect(so.children.map((node) => node.unit.id)).toEqual(['xa1', 'xa2']);
    expect(so.children[0].children.map((node) => [node.unit.id, node.depth])).toEqual([
      ['mn1', 2],
      ['th1', 2],
    ]);
  });

  it('survives a cycle without looping', () => {
    const cyclic = [
      { id: 'a', parentId: 'b', name: 'A' },
      { id: 'b', parentId: 'a', name: 'B' },
    ];
    expect(flattenTree(buildTree(cyclic))).toHaveLength(0);
  });
});

describe('flattenTree', () => {
  it('lists units depth first', () => {
    expect(flattenTree(buildTree(units)).map((node) => node.unit.id)).toEqual(['so', 'xa1', 'mn1', 'th1', 'xa2', 'orphan']);
  });
});

describe('filterTree', () => {
  it('keeps matches and their ancestors', () => {
    const filtered = filterTree(buildTree(units), (unit) => unit.id === 'mn1');
    expect(flattenTree(filtered).map((node) => node.unit.id)).toEqual(['so', 'xa1', 'mn1']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterTree(buildTree(units), () => false)).toEqual([]);
  });
});

describe('ancestorsOf', () => {
  it('returns the chain from the root', () => {
    expect(ancestorsOf(units, 'th1').map((unit) => unit.id)).toEqual(['so', 'xa1']);
    expect(ancestorsOf(units, 'so')).toEqual([]);
  });
});

describe('subtreeIds', () => {
  it('contains the unit and its descendants only', () => {
    expect([...subtreeIds(units, 'xa1')].sort()).toEqual(['mn1', 'th1', 'xa1']);
  });
});
