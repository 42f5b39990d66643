import type { ColumnSpec, RowRecord } from '../common/spreadsheet/columns.js';
import type { RowProblem } from '../common/errors/row-problems.js';
import { foldVietnamese, tidySpaces } from '../common/text/vietnamese.js';
import { SCHOOL_LEVELS, type SchoolLevel, type UnitKind } from './unit.entity.js';

export type UnitColumn = 'code' | 'name' | 'kind' | 'level' | 'parentCode' | 'staffCount' | 'studentCount';

export const UNIT_COLUMNS: ColumnSpec<UnitColumn>[] = [
  { key: 'code', header: 'Mã đơn vị', aliases: ['code', 'ma'], required: true },
  { key: 'name', header: 'Tên đơn vị', aliases: ['name', 'ten'], required: true },
  { key: 'kind', header: 'Loại đơn vị', aliases: ['kind', 'loai'], required: true },
  { key: 'level', header: 'Cấp học', aliases: ['level'] },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', aliases: ['parent', 'parent code', 'ma cap tren'] },
  { key: 'staffCount', header: 'Số cán bộ, giáo viên, nhân viên', aliases: ['staff', 'so cbgvnv', 'so can bo'] },
  { key: 'studentCount', header: 'Số học sinh', aliases: ['students', 'so hs'] },
];

const KIND_WORDS: Record<string, UnitKind> = {
  department: 'department',
  so: 'department',
  'so gd&dt': 'department',
  'phong gd&dt': 'department',
  phong: 'department',
  commune: 'commune',
  xa: 'commune',
  phuong: 'commune',
  'xa/phuong': 'commune',
  'dac khu': 'commune',
  school: 'school',
  truong: 'school',
  'truong hoc': 'school',
  other: 'other',
  khac: 'other',
};

export interface UnitDraft {
  rowNumber: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: SchoolLevel | null;
  parentCode: string | null;
  staffCount: number | null;
  studentCount: number | null;
}

function count(value: string, field: string, row: number, problems: RowProblem[]): number | null {
  if (value === '') return null;
  const number = Number(value.replace(/[.\s]/g, ''));
  if (!Number.isInteger(number) || number < 0 || number > 1_000_000) {
    problems.push({ row, code: 'INVALID_VALUE', params: { field, value } });
    return null;
  }
  return number;
}

/** Checks each row on its own and against the others in the file; pure. */
export function parseUnitRows(rows: RowRecord<UnitColumn>[]): { drafts: UnitDraft[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const drafts: UnitDraft[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const code = row.code.trim().toUpperCase();
    const name = tidySpaces(row.name);
    if (!code) problems.push({ row: row.rowNumber, code: 'REQUIRED', params: { field: 'Mã đơn vị' } });
    else if (!/^[A-Z0-9._-]{1,40}$/.test(code))
      problems.push({ row: row.rowNumber, code: 'INVALID_VALUE', params: { field: 'Mã đơn vị', value: row.code } });
    else if (firstRowOfCode.has(code))
      problems.push({
        row: row.rowNumber,
        code: 'DUPLICATE_IN_FILE',
        params: { field: 'Mã đơn vị', value: code, other: firstRowOfCode.get(code)! },
      });
    if (name.length < 2) problems.push({ row: row.rowNumber, code: 'REQUIRED', params: { field: 'Tên đơn vị' } });
    const kind = KIND_WORDS[foldVietnamese(row.kind)];
    if (!kind) problems.push({ row: row.rowNumber, code: 'INVALID_VALUE', params: { field: 'Loại đơn vị', value: row.kind } });
    const levelText = row.level.trim().toUpperCase();
    const level = (SCHOOL_LEVELS as readonly string[]).includes(levelText) ? (levelText as SchoolLevel) : null;
    if (levelText && !level) problems.push({ row: row.rowNumber, code: 'INVALID_VALUE', params: { field: 'Cấp học', value: row.level } });
    else if (kind === 'school' && !level) problems.push({ row: row.rowNumber, code: 'SCHOOL_LEVEL_REQUIRED' });
    const staffCount = count(row.staffCount, 'Số cán bộ, giáo viên, nhân viên', row.rowNumber, problems);
    const studentCount = count(row.studentCount, 'Số học sinh', row.rowNumber, problems);
    if (code && !firstRowOfCode.has(code)) firstRowOfCode.set(code, row.rowNumber);
    if (problems.length > before || !kind) continue;
    const parentCode = row.parentCode.trim().toUpperCase() || null;
    drafts.push({ rowNumber: row.rowNumber, code, name, kind, level, parentCode, staffCount, studentCount });
  }
  return { drafts, problems };
}

/** Orders drafts so that a parent defined in the same file comes before its children; reports cycles. */
export function orderByParent(drafts: UnitDraft[]): { ordered: UnitDraft[]; problems: RowProblem[] } {
  const byCode = new Map(drafts.map((draft) => [draft.code, draft]));
  const ordered: UnitDraft[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: RowProblem[] = [];
  const visit = (draft: UnitDraft): boolean => {
    const seen = state.get(draft.code);
    if (seen === 'done') return true;
    if (seen === 'visiting') return false;
    state.set(draft.code, 'visiting');
    const parent = draft.parentCode ? byCode.get(draft.parentCode) : undefined;
    if (parent && !visit(parent)) {
      problems.push({ row: draft.rowNumber, code: 'PARENT_CYCLE' });
      state.set(draft.code, 'done');
      return false;
    }
    state.set(draft.code, 'done');
    ordered.push(draft);
    return true;
  };
  drafts.forEach(visit);
  const cyclic = new Set(problems.map((problem) => problem.row));
  return { ordered: ordered.filter((draft) => !cyclic.has(draft.rowNumber)), problems };
}
