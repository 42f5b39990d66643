import { breadcrumb } from './breadcrumb.js';

const so = { unitId: 'so', unitName: 'Sở GD&ĐT' };
const xa = { unitId: 'xa-a', unitName: 'Xã A' };
const truong = { unitId: 'thcs-a1', unitName: 'THCS A1' };

describe('breadcrumb', () => {
  it.each([
    ['the top alone', [so], undefined, [['Sở GD&ĐT', true, true]]],
    [
      'two levels down',
      [so, xa, truong],
      undefined,
      [
        ['Sở GD&ĐT', true, false],
        ['Xã A', false, false],
        ['THCS A1', false, true],
      ],
    ],
    [
      'the current unit already at the end',
      [so, xa],
      xa,
      [
        ['Sở GD&ĐT', true, false],
        ['Xã A', false, true],
      ],
    ],
    [
      'a current unit the path does not reach yet',
      [so],
      xa,
      [
        ['Sở GD&ĐT', true, false],
        ['Xã A', false, true],
      ],
    ],
    ['a repeated unit in bad data', [so, so], undefined, [['Sở GD&ĐT', true, true]]],
    ['nothing', [], undefined, []],
  ])('%s', (_case, path, current, expected) => {
    expect(breadcrumb(path, current).map((crumb) => [crumb.name, crumb.top, crumb.current])).toEqual(expected);
  });

  it('keeps the ids for the links', () => {
    expect(breadcrumb([so, xa, truong]).map((crumb) => crumb.id)).toEqual(['so', 'xa-a', 'thcs-a1']);
  });
});
