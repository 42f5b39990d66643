import type { Sheet } from '../common/spreadsheet/write-table.js';
import type { ParticipantReportRowDto } from './participant-report.dto.js';
import { DECIMAL, excelDuration, MINUTES_SECONDS, vietnameseDateTime } from './sheet-formats.js';

const KIND = { staff: 'Cán bộ, giáo viên', student: 'Học sinh' } as const;

/** Everyone of the unit, in rank order. */
export function participantReportSheet(rows: readonly ParticipantReportRowDto[], maxScore: number): Sheet {
  return {
    name: 'Theo thí sinh',
    columns: [
      { header: 'Hạng', width: 8 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Tên đăng nhập', width: 18 },
      { header: 'Đơn vị', width: 36 },
      { header: 'Lớp', width: 8 },
      { header: 'Đối tượng', width: 18 },
      { header: 'Ngày sinh', width: 12 },
      { header: `Điểm (/${maxScore})`, width: 12, numberFormat: DECIMAL },
      { header: 'Số câu đúng', width: 12 },
      { header: 'Thời gian làm bài', width: 16, numberFormat: MINUTES_SECONDS },
      { header: 'Nộp bài lúc', width: 20 },
      { header: 'Số lượt đã thi', width: 14 },
      { header: 'Nghi trùng tài khoản', width: 18 },
    ],
    rows: rows.map((row) => [
      row.rank,
      row.fullName,
      row.username,
      row.unitName,
      row.className ?? '',
      row.kind ? KIND[row.kind] : '',
      row.birthDate ? row.birthDate.split('-').reverse().join('/') : '',
      row.score,
      row.correctCount,
      excelDuration(row.durationMs),
      vietnameseDateTime(row.submittedAt),
      row.attemptsUsed,
      row.possibleDuplicate ? 'Có' : '',
    ]),
  };
}
