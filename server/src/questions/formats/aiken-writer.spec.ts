import type { QuestionDraft } from '../question-draft.js';
import { parseAiken } from './aiken-parser.js';
import { toAiken } from './aiken-writer.js';

const single: QuestionDraft = {
  type: 'single',
  stem: 'Theo Luật Thi đua, khen thưởng năm 2022,\nhình thức nào là danh hiệu thi đua?',
  options: [
    { text: 'Huân chương Lao động', correct: false, feedback: 'không xuất được' },
    { text: 'Chiến sĩ thi đua cơ sở', correct: true },
    { text: 'Bằng khen', correct: false },
  ],
  explanation: 'Aiken không có chỗ cho giải thích.',
};
const trueFalse: QuestionDraft = {
  type: 'true_false',
  stem: 'Chỉ thị 34-CT/TW ban hành ngày 07/04/2014.',
  options: [
    { text: 'Đúng', correct: true },
    { text: 'Sai', correct: false },
  ],
};

describe('toAiken', () => {
  it('writes single-choice and true/false questions', () => {
    expect(toAiken([single, trueFalse])).toEqual({
      text: [
        'Theo Luật Thi đua, khen thưởng năm 2022,',
        'hình thức nào là danh hiệu thi đua?',
        'A) Huân chương Lao động',
        'B) Chiến sĩ thi đua cơ sở',
        'C) Bằng khen',
        'ANSWER: B',
        '',
        'Chỉ thị 34-CT/TW ban hành ngày 07/04/2014.',
        'A) Đúng',
        'B) Sai',
        'ANSWER: A',
        '',
      ].join('\n'),
      skipped: [],
    });
  });

  it('round-trips stem, options and key; true/false reads back as single choice', () => {
    const { questions, problems } = parseAiken(toAiken([single, trueFalse]).text);
    expect(problems).toEqual([]);
    expect(questions).toEqual([
      { line: 1, type: 'single', stem: single.stem, options: single.options!.map(({ text, correct }) => ({ text, correct })) },
      { line: 8, type: 'single', stem: trueFalse.stem, options: trueFalse.options },
    ]);
  });

  it.each<[string, QuestionDraft, string]>([
    [
      'multiple choice',
      {
        type: 'multiple',
        stem: 'S',
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
          { text: 'c', correct: false },
        ],
      },
      'UNSUPPORTED_TYPE',
    ],
    ['short answer', { type: 'short_text', stem: 'S', accepted: ['a'] }, 'UNSUPPORTED_TYPE'],
    ['numeric', { type: 'numeric', stem: 'S', numeric: { value: 1, tolerance: 0 } }, 'UNSUPPORTED_TYPE'],
    [
      'single with two keys',
      {
        type: 'single',
        stem: 'S',
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
        ],
      },
      'NOT_ONE_CORRECT_OPTION',
    ],
    ['single with one option', { type: 'single', stem: 'S', options: [{ text: 'a', correct: true }] }, 'TOO_FEW_OPTIONS'],
    [
      'single with 27 options',
      {
        type: 'single',
        stem: 'S',
        options: Array.from({ length: 27 }, (_, index) => ({ text: `p${index}`, correct: index === 0 })),
      },
      'TOO_MANY_OPTIONS',
    ],
    [
      'a stem line that reads as an option',
      {
        type: 'single',
        stem: 'Xét:\nA. điều kiện',
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: false },
        ],
      },
      'STEM_LOOKS_LIKE_OPTION',
    ],
  ])('skips %s and says why', (_name, draft, reason) => {
    expect(toAiken([single, draft, trueFalse]).skipped).toEqual([{ index: 1, reason }]);
    expect(parseAiken(toAiken([single, draft, trueFalse]).text).questions).toHaveLength(2);
  });
});
