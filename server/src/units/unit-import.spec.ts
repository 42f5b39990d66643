import { orderByParent, parseUnitRows, type UnitDraft } from './unit-import.js';

const row = (rowNumber: number, fields: Partial<Record<string, string>>) => ({
  rowNumber,
  code: '',
  name: '',
  kind: '',
  level: '',
  parentCode: '',
  staffCount: '',
  studentCount: '',
  ...fields,
});

describe('parseUnitRows', () => {
  it('accepts Vietnamese kind words without diacritics and normalises codes', () => {
    const { drafts, problems } = parseUnitRows([
      row(2, { code: 'xa-a', name: 'Xã  A', kind: 'Xa/Phuong' }),
      row(3, { code: 'th-a', name: 'Trường A', kind: 'Trường', level: 'th', parentCode: 'xa-a', studentCount: '1.450' }),
    ]);
    expect(problems).toEqual([]);
    expect(drafts).toEqual([
      expect.objectContaining({ code: 'XA-A', name: 'Xã A', kind: 'commune', level: null }),
      expect.objectContaining({ code: 'TH-A', kind: 'school', level: 'TH', parentCode: 'XA-A', studentCount: 1450 }),
    ]);
  });

  it.each([
    [{ code: '', name: 'Tên', kind: 'Khác' }, 'REQUIRED'],
    [{ code: 'A B', name: 'Tên', kind: 'Khác' }, 'INVALID_VALUE'],
    [{ code: 'A', name: '', kind: 'Khác' }, 'REQUIRED'],
    [{ code: 'A', name: 'Tên', kind: 'Bệnh viện' }, 'INVALID_VALUE'],
    [{ code: 'A', name: 'Tên', kind: 'Trường' }, 'SCHOOL_LEVEL_REQUIRED'],
    [{ code: 'A', name: 'Tên', kind: 'Trường', level: 'DH' }, 'INVALID_VALUE'],
    [{ code: 'A', name: 'Tên', kind: 'Khác', staffCount: '-1' }, 'INVALID_VALUE'],
  ])('reports %j as %s', (fields, code) => {
    const { drafts, problems } = parseUnitRows([row(7, fields)]);
    expect(drafts).toEqual([]);
    expect(problems[0]).toMatchObject({ row: 7, code });
  });

  it('reports a code repeated in the file with the first row', () => {
    const { problems } = parseUnitRows([
      row(2, { code: 'A', name: 'Một', kind: 'Khác' }),
      row(5, { code: 'a', name: 'Hai', kind: 'Khác' }),
    ]);
    expect(problems).toEqual([{ row: 5, code: 'DUPLICATE_IN_FILE', params: { field: 'Mã đơn vị', value: 'A', other: 2 } }]);
  });
});

describe('orderByParent', () => {
  const draft = (rowNumber: number, code: string, parentCode: string | null): UnitDraft => ({
    rowNumber,
    code,
    parentCode,
    name: code,
    kind: 'other',
    level: null,
    staffCount: null,
    studentCount: null,
  });

  it('puts parents first', () => {
    const { ordered } = orderByParent([draft(2, 'C', 'B'), draft(3, 'B', 'A'), draft(4, 'A', 'ROOT')]);
    expect(ordered.map((d) => d.code)).toEqual(['A', 'B', 'C']);
  });

  it('reports a cycle and leaves its rows out', () => {
    const { ordered, problems } = orderByParent([draft(2, 'A', 'B'), draft(3, 'B', 'A'), draft(4, 'C', null)]);
    expect(ordered.map((d) => d.code)).toEqual(['C']);
    expect(problems.map((p) => p.code)).toContain('PARENT_CYCLE');
  });
});
