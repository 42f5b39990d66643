import type { Sheet } from '../common/spreadsheet/write-table.js';
import type { UnitReportDto, UnitReportRowDto } from './report.dto.js';
import { DECIMAL, PERCENT } from './sheet-formats.js';

/** The by-unit table as a sheet: Vietnamese headers, number formats, the total row last. */
export function unitReportSheet(report: UnitReportDto): Sheet {
  return {
    name: 'Theo đơn vị',
    columns: columns(report, 'Đơn vị'),
    rows: [...report.rows.map((row) => line(row)), line(report.total, `Tổng cộng — ${report.total.unitName}`)],
  };
}

/** The same figures by school level (MN, TH, THCS…). */
export function levelReportSheet(report: UnitReportDto): Sheet {
  return { name: 'Theo cấp học', columns: columns(report, 'Cấp học'), rows: report.byLevel.map((row) => line(row)) };
}

function columns(report: UnitReportDto, first: string) {
  return [
    { header: first, width: 40 },
    { header: 'Cấp học', width: 10 },
    { header: 'Số CB/HS', width: 12 },
    { header: 'Đã có tài khoản', width: 16 },
    { header: 'Số người dự thi', width: 16 },
    { header: 'Tỉ lệ tham gia', width: 14, numberFormat: PERCENT },
    { header: 'Tỉ lệ so với tài khoản', width: 20, numberFormat: PERCENT },
    { header: 'Số lượt thi', width: 12 },
    { header: `Điểm trung bình (/${report.maxScore})`, width: 20, numberFormat: DECIMAL },
    { header: 'Trung vị', width: 10, numberFormat: DECIMAL },
    { header: 'Cao nhất', width: 10 },
    { header: 'Đạt điểm tối đa', width: 16 },
    ...Array.from({ length: 10 }, (_, band) => ({ header: `Phổ điểm ${band * 10}–${band === 9 ? 100 : band * 10 + 10}%`, width: 12 })),
  ];
}

function line(row: UnitReportRowDto, name = row.unitName): (string | number | null)[] {
  return [
    name,
    row.level ?? '',
    row.headcount,
    row.registered,
    row.participants,
    row.participationRate,
    row.registeredRate,
    row.attempts,
    row.meanScore,
    row.medianScore,
    row.highestScore,
    row.fullMarks,
    ...row.distribution,
  ];
}
