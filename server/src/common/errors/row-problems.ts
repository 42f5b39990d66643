import type { Language } from './error-catalog.js';

/** What can be wrong with one row of an imported file, in both languages. */
const ROW_PROBLEMS = {
  REQUIRED: { vi: 'Thiếu "{field}".', en: '"{field}" is missing.' },
  INVALID_VALUE: { vi: '"{field}" không hợp lệ: "{value}".', en: '"{field}" is not valid: "{value}".' },
  DUPLICATE_IN_FILE: { vi: '"{field}" "{value}" lặp lại ở dòng {other}.', en: '"{field}" "{value}" repeats row {other}.' },
  PARENT_NOT_FOUND: { vi: 'Không tìm thấy đơn vị cấp trên có mã "{value}".', en: 'No parent unit has the code "{value}".' },
  PARENT_CYCLE: { vi: 'Đơn vị cấp trên tạo thành vòng lặp.', en: 'The parent units form a cycle.' },
  OUT_OF_SCOPE: { vi: 'Đơn vị "{value}" nằm ngoài phạm vi quản lý của bạn.', en: 'Unit "{value}" is outside the units you manage.' },
  SCHOOL_LEVEL_REQUIRED: {
    vi: 'Trường học cần có cấp học (MN, TH, THCS, THPT, LC).',
    en: 'A school needs a level (MN, TH, THCS, THPT, LC).',
  },
  PHONE_TAKEN: { vi: 'Số điện thoại "{value}" đã được dùng.', en: 'The phone number "{value}" is already used.' },
} as const;

export type RowProblemCode = keyof typeof ROW_PROBLEMS;

export interface RowProblem {
  row: number;
  code: RowProblemCode;
  params?: Record<string, string | number>;
}

export function describeRowProblem(problem: RowProblem, language: Language): { row: number; code: RowProblemCode; message: string } {
  const params = problem.params ?? {};
  const message = ROW_PROBLEMS[problem.code][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return { row: problem.row, code: problem.code, message };
}
