import type { Sheet } from '../common/spreadsheet/write-table.js';
import type { UnitReportDto, UnitReportRowDto } from './report.dto.js';

const PERCENT = '0.0%';
const DECIMAL = '0.00';

/** The by-unit table as a sheet: Vietnamese headers, number formats, the total row last. */
export function unitReportSheet(report: UnitReportDto): Sheet {
  const line = (row: UnitReportRowDto, name = row.unitName) => [
    name,
    row.level ?? '',
    row.headcount,
    row.registered,
    row.participants,
    row.participationRate,
    row.attempts,
    row.meanScore,
    row.medianScore,
    row.highestScore,
    row.fullMarks,
  ];
  return {
    name: 'Theo đơn vị',
    columns: [
      { header: 'Đơn vị', width: 40 },
      { header: 'Cấp học', width: 10 },
      { header: 'Số CB/HS', width: 12 },
      { header: 'Đã có tài khoản', width: 16 },
      { header: 'Số người dự thi', width: 16 },
      { header: 'Tỉ lệ tham gia', width: 14, numberFormat: PERCENT },
      { header: 'Số lượt thi', width: 12 },
      { header: `Điểm trung bình (/${report.maxScore})`, width: 20, numberFormat: DECIMAL },
      { header: 'Trung vị', width: 10, numberFormat: DECIMAL },
      { header: 'Cao nhất', width: 10 },
      { header: 'Đạt điểm tối đa', width: 16 },
    ],
    rows: [...report.rows.map((row) => line(row)), line(report.total, `Tổng cộng — ${report.total.unitName}`)],
  };
}
