import { normalizePhone, parseBirthDate, parseRosterRows } from './roster-import.js';

describe('parseBirthDate', () => {
  it.each([
    ['05/09/2014', '2014-09-05'],
    ['5/9/2014', '2014-09-05'],
    ['05-09-2014', '2014-09-05'],
    ['2014-09-05', '2014-09-05'],
    ['31/02/2014', undefined],
    ['2014/09/05', undefined],
    ['hôm qua', undefined],
    ['01/01/1900', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseBirthDate(text)).toBe(expected);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['0901 234 567', '0901234567'],
    ['+84 901.234.567', '0901234567'],
    ['(090) 123-4567', '0901234567'],
  ])('%s → %s', (text, expected) => expect(normalizePhone(text)).toBe(expected));
});

describe('parseRosterRows', () => {
  const row = (rowNumber: number, fields: Partial<Record<string, string>>) => ({
    rowNumber,
    fullName: '',
    birthDate: '',
    kind: '',
    className: '',
    position: '',
    phone: '',
    ...fields,
  });

  it('infers students from a class, staff otherwise, and honours a stated kind', () => {
    const { drafts, problems } = parseRosterRows([
      row(2, { fullName: 'Nguyễn  Văn An', className: '5A' }),
      row(3, { fullName: 'Trần Thị Bình', position: 'Giáo viên' }),
      row(4, { fullName: 'Lê Cường', kind: 'Giao vien', className: '5A' }),
    ]);
    expect(problems).toEqual([]);
    expect(drafts.map((d) => [d.fullName, d.kind])).toEqual([
      ['Nguyễn Văn An', 'student'],
      ['Trần Thị Bình', 'staff'],
      ['Lê Cường', 'staff'],
    ]);
  });

  it('reports bad rows by number and keeps the good ones', () => {
    const { drafts, problems } = parseRosterRows([
      row(2, { fullName: 'A' }),
      row(3, { fullName: 'Phạm Dũng', birthDate: '32/01/2014' }),
      row(4, { fullName: 'Võ Em', kind: 'phụ huynh' }),
      row(5, { fullName: 'Đỗ Giang', phone: '0901234567' }),
      row(6, { fullName: 'Bùi Hà', phone: '0901 234 567' }),
      row(7, { fullName: 'Huỳnh Khánh', phone: '123' }),
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'REQUIRED'],
      [3, 'INVALID_VALUE'],
      [4, 'INVALID_VALUE'],
      [6, 'DUPLICATE_IN_FILE'],
      [7, 'INVALID_VALUE'],
    ]);
    expect(drafts.map((d) => d.rowNumber)).toEqual([5]);
  });
});
