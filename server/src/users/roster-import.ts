import type { RowProblem } from '../common/errors/row-problems.js';
import type { ColumnSpec, RowRecord } from '../common/spreadsheet/columns.js';
import { foldVietnamese, tidySpaces } from '../common/text/vietnamese.js';
import { PHONE_PATTERN } from './user.dto.js';
import type { ParticipantKind } from './user.entity.js';

export type RosterColumn = 'fullName' | 'birthDate' | 'kind' | 'className' | 'position' | 'phone';

export const ROSTER_COLUMNS: ColumnSpec<RosterColumn>[] = [
  { key: 'fullName', header: 'Họ và tên', aliases: ['ho ten', 'full name', 'name'], required: true },
  { key: 'birthDate', header: 'Ngày sinh', aliases: ['birth date', 'ngay thang nam sinh'] },
  { key: 'kind', header: 'Đối tượng', aliases: ['kind', 'loai'] },
  { key: 'className', header: 'Lớp', aliases: ['class'] },
  { key: 'position', header: 'Chức vụ', aliases: ['position', 'chuc danh'] },
  { key: 'phone', header: 'Số điện thoại', aliases: ['phone', 'dien thoai', 'sdt'] },
];

const KIND_WORDS: Record<string, ParticipantKind> = {
  'hoc sinh': 'student',
  hs: 'student',
  student: 'student',
  'giao vien': 'staff',
  gv: 'staff',
  'can bo': 'staff',
  'nhan vien': 'staff',
  cb: 'staff',
  'cb-gv-nv': 'staff',
  staff: 'staff',
};

export interface RosterDraft {
  rowNumber: number;
  fullName: string;
  birthDate: string | null;
  kind: ParticipantKind;
  className: string | null;
  position: string | null;
  phone: string | null;
}

/** "05/09/2014", "5/9/2014", "2014-09-05" → "2014-09-05"; undefined when it is not a real date. */
export function parseBirthDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return undefined;
  if (date.getUTCFullYear() < 1930 || date > new Date()) return undefined;
  return date.toISOString().slice(0, 10);
}

export function normalizePhone(text: string): string {
  const digits = text.replace(/[\s.()-]/g, '');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

/** Checks every roster row; pure. A row with a class and no stated kind is a student, otherwise staff. */
export function parseRosterRows(rows: RowRecord<RosterColumn>[]): { drafts: RosterDraft[]; problems: RowProblem[] } {
  const drafts: RosterDraft[] = [];
  const problems: RowProblem[] = [];
  const phoneRows = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const fullName = tidySpaces(row.fullName);
    if (fullName.length < 2) problems.push({ row: row.rowNumber, code: 'REQUIRED', params: { field: 'Họ và tên' } });
    const birthDate = row.birthDate ? parseBirthDate(row.birthDate) : null;
    if (birthDate === undefined)
      problems.push({ row: row.rowNumber, code: 'INVALID_VALUE', params: { field: 'Ngày sinh', value: row.birthDate } });
    const statedKind = row.kind ? KIND_WORDS[foldVietnamese(row.kind)] : undefined;
    if (row.kind && !statedKind)
      problems.push({ row: row.rowNumber, code: 'INVALID_VALUE', params: { field: 'Đối tượng', value: row.kind } });
    const kind: ParticipantKind = statedKind ?? (row.className ? 'student' : 'staff');
    const phone = row.phone ? normalizePhone(row.phone) : null;
    if (phone && !PHONE_PATTERN.test(phone))
      problems.push({ row: row.rowNumber, code: 'INVALID_VALUE', params: { field: 'Số điện thoại', value: row.phone } });
    else if (phone && phoneRows.has(phone))
      problems.push({
        row: row.rowNumber,
        code: 'DUPLICATE_IN_FILE',
        params: { field: 'Số điện thoại', value: phone, other: phoneRows.get(phone)! },
      });
    if (phone && !phoneRows.has(phone)) phoneRows.set(phone, row.rowNumber);
    if (problems.length > before) continue;
    drafts.push({
      rowNumber: row.rowNumber,
      fullName,
      birthDate: birthDate ?? null,
      kind,
      className: row.className ? tidySpaces(row.className) : null,
      position: row.position ? tidySpaces(row.position) : null,
      phone,
    });
  }
  return { drafts, problems };
}
