import type { Sheet } from '../common/spreadsheet/write-table.js';
import type { CollectiveReportDto, CollectiveReportTableDto } from './collective-report.dto.js';
import { DECIMAL, excelDuration, MINUTES_SECONDS, PERCENT } from './sheet-formats.js';

/** Units by number of participants, with their rank by rate beside it. */
export function collectiveReportSheet(table: CollectiveReportTableDto, name: string, maxScore: number): Sheet {
  return {
    name,
    columns: [
      { header: 'Hạng theo số người dự thi', width: 14 },
      { header: 'Hạng theo tỉ lệ tham gia', width: 14 },
      { header: 'Đơn vị', width: 40 },
      { header: 'Trực thuộc', width: 28 },
      { header: 'Số CB/HS', width: 12 },
      { header: 'Số người dự thi', width: 16 },
      { header: 'Tỉ lệ tham gia', width: 14, numberFormat: PERCENT },
      { header: 'Số lượt thi', width: 12 },
      { header: `Điểm trung bình (/${maxScore})`, width: 20, numberFormat: DECIMAL },
    ],
    rows: table.byParticipants.map((unit) => [
      unit.rankByParticipants,
      unit.rankByRate,
      unit.unitName,
      unit.parentName ?? '',
      unit.headcount,
      unit.participants,
      unit.participationRate,
      unit.attempts,
      unit.meanScore,
    ]),
  };
}

/** The prize list of the round (or overall). */
export function prizeSheet(report: CollectiveReportDto): Sheet {
  return {
    name: 'Giải cá nhân',
    columns: [
      { header: 'Hạng', width: 8 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Đơn vị', width: 36 },
      { header: `Điểm (/${report.maxScore})`, width: 12, numberFormat: DECIMAL },
      { header: 'Số câu đúng', width: 12 },
      { header: 'Thời gian làm bài', width: 16, numberFormat: MINUTES_SECONDS },
      { header: 'Dự đoán', width: 10 },
    ],
    rows: report.prizes.map((prize) => [
      prize.rank,
      prize.fullName,
      prize.unitName ?? '',
      prize.score,
      prize.correctCount,
      excelDuration(prize.durationMs),
      prize.prediction,
    ]),
  };
}
