import type { Language } from '../../common/errors/error-catalog.js';
import type { FormatProblem, FormatProblemCode } from '../question-draft.js';

/** What can be wrong in an imported question file, in both languages. Params appear as {name}. */
const FORMAT_PROBLEMS: Record<FormatProblemCode, Record<Language, string>> = {
  GIFT_UNSUPPORTED_TYPE: {
    vi: 'Lantoa chưa hỗ trợ loại câu hỏi "{type}"; câu hỏi này được bỏ qua.',
    en: 'Lantoa does not support "{type}" questions; this question is skipped.',
  },
  GIFT_SYNTAX: {
    vi: 'Sai cú pháp GIFT: dấu ngoặc nhọn mở và đóng của phần đáp án không khớp.',
    en: 'GIFT syntax error: the opening and closing braces of the answers do not match.',
  },
  GIFT_NO_ANSWERS: {
    vi: 'Câu hỏi không có đáp án đúng nào.',
    en: 'The question has no correct answer.',
  },
  GIFT_NUMERIC_INVALID: {
    vi: 'Đáp án số "{value}" không hợp lệ. Hãy dùng dấu chấm thập phân, ví dụ 5, 2.5:0.1 hoặc 4..6.',
    en: 'The numeric answer "{value}" is not valid. Use a decimal point, e.g. 5, 2.5:0.1 or 4..6.',
  },
  GIFT_WEIGHTS_INVALID: {
    vi: 'Tổng tỉ lệ điểm của các đáp án đúng là {total}%, phải bằng 100%.',
    en: 'The credit of the correct answers adds up to {total}%; it must be 100%.',
  },
  AIKEN_NO_ANSWER_LINE: {
    vi: 'Câu hỏi bắt đầu ở dòng này không có dòng "ANSWER: …" sau các phương án.',
    en: 'The question starting on this line has no "ANSWER: …" line after its options.',
  },
  AIKEN_ANSWER_NOT_AN_OPTION: {
    vi: 'Đáp án "{answer}" không phải là một trong các phương án.',
    en: 'The answer "{answer}" is not one of the options.',
  },
  AIKEN_TOO_FEW_OPTIONS: {
    vi: 'Câu hỏi cần ít nhất 2 phương án (đang có {count}).',
    en: 'A question needs at least 2 options (it has {count}).',
  },
  AIKEN_OPTION_BEFORE_QUESTION: {
    vi: 'Phương án xuất hiện khi chưa có nội dung câu hỏi.',
    en: 'An option appears before any question text.',
  },
  AIKEN_ANSWER_WITHOUT_OPTIONS: {
    vi: 'Dòng "ANSWER" xuất hiện khi câu hỏi chưa có phương án nào.',
    en: 'An "ANSWER" line appears before the question has any options.',
  },
  INVALID_VALUE: { vi: '"{field}" không hợp lệ: "{value}".', en: '"{field}" is not valid: "{value}".' },
  REQUIRED: { vi: 'Thiếu "{field}".', en: '"{field}" is missing.' },
  TOO_LONG: { vi: '"{field}" dài quá {max} ký tự.', en: '"{field}" is longer than {max} characters.' },
  NOT_UTF8: {
    vi: 'Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với mã hóa UTF-8 rồi tải lên lại.',
    en: 'The file is not UTF-8 text. Save it again with UTF-8 encoding and upload it again.',
  },
};

export const FORMAT_PROBLEM_CODES = Object.keys(FORMAT_PROBLEMS) as FormatProblemCode[];

/** Field and type names that parsers put in params, shown in the reader's language. */
const PARAM_WORDS: Record<string, Record<Language, string>> = {
  stem: { vi: 'nội dung câu hỏi', en: 'question text' },
  essay: { vi: 'tự luận', en: 'essay' },
  matching: { vi: 'ghép đôi', en: 'matching' },
  description: { vi: 'mô tả (không có đáp án)', en: 'description (no answers)' },
};

export function describeFormatProblem(
  problem: FormatProblem,
  language: Language,
): { line: number; code: FormatProblemCode; message: string } {
  const params = problem.params ?? {};
  const message = FORMAT_PROBLEMS[problem.code][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return name === 'field' || name === 'type' ? (PARAM_WORDS[value]?.[language] ?? value) : value;
  });
  return { line: problem.line, code: problem.code, message };
}
