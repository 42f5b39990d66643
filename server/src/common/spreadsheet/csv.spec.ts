import { parseCsv, toCsv } from './csv.js';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a;b\r\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"x, y","say ""hi"""\n', [['x, y', 'say "hi"']]],
    ['"line\nbreak",z', [['line\nbreak', 'z']]],
    ['a,,c', [['a', '', 'c']]],
  ])('%j', (input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs it and round-trips', () => {
    const rows = [
      ['Tên', 'Ghi chú'],
      ['Trường "A"', 'x,y'],
      ['Lớp 5', ''],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual(rows);
  });
});
