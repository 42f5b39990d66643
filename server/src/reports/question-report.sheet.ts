import type { Sheet } from '../common/spreadsheet/write-table.js';
import type { QuestionReportDto } from './question-report.dto.js';
import { DECIMAL, PERCENT } from './sheet-formats.js';

const FLAGS = { low_efficiency: 'Độ phân biệt thấp', too_easy: 'Quá dễ', too_hard: 'Quá khó' } as const;
const CHOICE = { first: 'lượt đầu', best: 'lượt tốt nhất', last: 'lượt cuối', all: 'mọi lượt' } as const;
/** Moodle shows these as percentages already (−100…100); Excel wants fractions. */
const fraction = (percent: number | null) => (percent === null ? null : percent / 100);

/** Item analysis, one question a row. */
export function questionReportSheet(report: QuestionReportDto): Sheet {
  return {
    name: 'Theo câu hỏi',
    columns: [
      { header: 'Câu', width: 6 },
      { header: 'Nội dung câu hỏi', width: 60 },
      { header: 'Chủ đề', width: 14 },
      { header: `Số bài (${CHOICE[report.attemptsChoice]})`, width: 18 },
      { header: 'Chỉ số dễ (tỉ lệ đúng)', width: 20, numberFormat: PERCENT },
      { header: 'Độ lệch chuẩn', width: 14, numberFormat: PERCENT },
      { header: 'Chỉ số phân biệt', width: 16, numberFormat: PERCENT },
      { header: 'Hiệu quả phân biệt', width: 18, numberFormat: PERCENT },
      { header: 'Phương án sai chọn nhiều nhất', width: 30 },
      { header: 'Số lần chọn', width: 12 },
      { header: 'Cảnh báo', width: 28 },
    ],
    rows: report.questions.map((question) => [
      question.position,
      question.stem,
      question.topic ?? '',
      question.attempts,
      question.facility,
      question.sd,
      fraction(question.discriminationIndex),
      fraction(question.discriminativeEfficiency),
      question.mostChosenWrong
        ? [question.mostChosenWrong.label ?? question.mostChosenWrong.response, question.mostChosenWrong.text].filter(Boolean).join('. ')
        : '',
      question.mostChosenWrong?.count ?? null,
      question.flags.map((flag) => FLAGS[flag]).join('; '),
    ]),
  };
}

/** The test as a whole: two columns, a figure a row. */
export function testReportSheet(report: QuestionReportDto): Sheet {
  const { test } = report;
  return {
    name: 'Thống kê đề',
    columns: [
      { header: 'Chỉ số', width: 40 },
      { header: 'Giá trị', width: 14, numberFormat: DECIMAL },
    ],
    rows: [
      ['Số bài phân tích', test.attempts],
      [`Điểm trung bình (/${report.maxScore})`, test.mean],
      ['Trung vị', test.median],
      ['Độ lệch chuẩn', test.sd],
      ['Hệ số bất đối xứng (skewness)', test.skewness],
      ['Độ nhọn (kurtosis)', test.kurtosis],
      ['Hệ số tin cậy Cronbach alpha (%)', test.cronbachAlpha],
      ['Tỉ lệ sai số (%)', test.errorRatio],
      ['Sai số chuẩn', test.standardError],
    ],
  };
}
