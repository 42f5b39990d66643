import type { FormatProblem } from '../question-draft.js';
import { describeFormatProblem, FORMAT_PROBLEM_CODES } from './format-problems.js';

const SAMPLE_PARAMS = { type: 'matching', value: 'x', total: 80, answer: 'D', count: 1, field: 'stem', max: 5000 };

describe('describeFormatProblem', () => {
  it.each(FORMAT_PROBLEM_CODES)('%s has a message in Vietnamese and English with every param filled in', (code) => {
    const problem: FormatProblem = { line: 7, code, params: SAMPLE_PARAMS };
    const vi = describeFormatProblem(problem, 'vi');
    const en = describeFormatProblem(problem, 'en');
    expect(vi).toMatchObject({ line: 7, code });
    expect(en).toMatchObject({ line: 7, code });
    expect(vi.message).not.toBe(en.message);
    expect(vi.message).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
    expect(vi.message).toBe(vi.message.normalize('NFC'));
    expect(`${vi.message} ${en.message}`).not.toMatch(/\{\w+\}/);
  });

  it.each<[FormatProblem, string, string]>([
    [
      { line: 3, code: 'GIFT_UNSUPPORTED_TYPE', params: { type: 'matching' } },
      'Lantoa chưa hỗ trợ loại câu hỏi "ghép đôi"; câu hỏi này được bỏ qua.',
      'Lantoa does not support "matching" questions; this question is skipped.',
    ],
    [
      { line: 3, code: 'GIFT_UNSUPPORTED_TYPE', params: { type: 'essay' } },
      'Lantoa chưa hỗ trợ loại câu hỏi "tự luận"; câu hỏi này được bỏ qua.',
      'Lantoa does not support "essay" questions; this question is skipped.',
    ],
    [
      { line: 3, code: 'GIFT_WEIGHTS_INVALID', params: { total: 80 } },
      'Tổng tỉ lệ điểm của các đáp án đúng là 80%, phải bằng 100%.',
      'The credit of the correct answers adds up to 80%; it must be 100%.',
    ],
    [
      { line: 3, code: 'AIKEN_ANSWER_NOT_AN_OPTION', params: { answer: 'E' } },
      'Đáp án "E" không phải là một trong các phương án.',
      'The answer "E" is not one of the options.',
    ],
    [{ line: 3, code: 'REQUIRED', params: { field: 'stem' } }, 'Thiếu "nội dung câu hỏi".', '"question text" is missing.'],
    [
      { line: 3, code: 'INVALID_VALUE', params: { field: 'Mức độ', value: 'stem' } },
      '"Mức độ" không hợp lệ: "stem".',
      '"Mức độ" is not valid: "stem".',
    ],
  ])('words %j', (problem, vi, en) => {
    expect(describeFormatProblem(problem, 'vi').message).toBe(vi);
    expect(describeFormatProblem(problem, 'en').message).toBe(en);
  });
});
