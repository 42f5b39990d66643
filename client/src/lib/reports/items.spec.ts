import { selectItems } from './items.js';

const item = (position: number, facility: number | null, discriminationIndex: number | null, flags: string[] = []) => ({
  position,
  facility,
  discriminationIndex,
  flags,
});

const items = [
  item(1, 0.95, 10, ['too_easy', 'low_efficiency']),
  item(2, 0.5, 40),
  item(3, null, null),
  item(4, 0.05, -5, ['too_hard']),
  item(5, 0.5, 12),
];
const positions = (rows: { position: number }[]) => rows.map((row) => row.position);

describe('selectItems', () => {
  it.each([
    ['pool order', 'position', false, [1, 2, 3, 4, 5]],
    ['hardest first, ties by position, no figure last', 'facility', false, [4, 2, 5, 1, 3]],
    ['least discriminating first', 'discrimination', false, [4, 1, 5, 2, 3]],
    ['only the flagged', 'position', true, [1, 4]],
  ] as const)('%s', (_case, sort, flaggedOnly, expected) => {
    expect(positions(selectItems(items, { sort, flaggedOnly, page: 1, pageSize: 50 }).rows)).toEqual(expected);
  });

  it('pages, keeping the page inside the range', () => {
    expect(selectItems(items, { sort: 'position', flaggedOnly: false, page: 2, pageSize: 2 })).toMatchObject({
      total: 5,
      pages: 3,
      page: 2,
    });
    expect(positions(selectItems(items, { sort: 'position', flaggedOnly: false, page: 2, pageSize: 2 }).rows)).toEqual([3, 4]);
    expect(selectItems(items, { sort: 'position', flaggedOnly: false, page: 9, pageSize: 2 })).toMatchObject({ page: 3 });
    expect(selectItems([], { sort: 'position', flaggedOnly: true, page: 1, pageSize: 2 })).toEqual({
      rows: [],
      total: 0,
      pages: 1,
      page: 1,
    });
  });
});
