import type { QuestionDraft } from './question-draft.js';
import { checkDraft, describeRule, stemKey } from './question-rules.js';

const single: QuestionDraft = {
  type: 'single',
  stem: 'Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ ngày nào?',
  options: [
    { text: '01/01/2024', correct: true },
    { text: '01/7/2023', correct: false },
  ],
};

describe('checkDraft', () => {
  it('accepts a sound question of each type', () => {
    expect(checkDraft(single)).toEqual([]);
    expect(
      checkDraft({
        type: 'multiple',
        stem: 'Chọn các ý đúng',
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
          { text: 'C', correct: false },
        ],
      }),
    ).toEqual([]);
    expect(
      checkDraft({
        type: 'true_false',
        stem: 'Đúng hay sai?',
        options: [
          { text: 'Đúng', correct: false },
          { text: 'Sai', correct: true },
        ],
      }),
    ).toEqual([]);
    expect(checkDraft({ type: 'short_text', stem: 'Thủ đô?', accepted: ['Hà Nội'] })).toEqual([]);
    expect(checkDraft({ type: 'numeric', stem: 'Bao nhiêu điều?', numeric: { value: 96, tolerance: 0 } })).toEqual([]);
  });

  it.each<[string, QuestionDraft, string]>([
    [
      'a single-choice question with two keys',
      {
        ...single,
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      },
      'SINGLE_NEEDS_ONE_KEY',
    ],
    [
      'a single-choice question with no key',
      {
        ...single,
        options: [
          { text: 'A', correct: false },
          { text: 'B', correct: false },
        ],
      },
      'SINGLE_NEEDS_ONE_KEY',
    ],
    [
      'a multiple-choice question whose every option is right',
      {
        type: 'multiple',
        stem: 'x y z',
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      },
      'MULTIPLE_NEEDS_KEYS',
    ],
    ['an empty stem', { ...single, stem: '   ' }, 'STEM_REQUIRED'],
    ['a stem of 100,000 characters', { ...single, stem: 'a'.repeat(100_000) }, 'TOO_LONG'],
    ['one option', { ...single, options: [{ text: 'A', correct: true }] }, 'OPTIONS_TOO_FEW'],
    [
      'an empty option',
      {
        ...single,
        options: [
          { text: 'A', correct: true },
          { text: ' ', correct: false },
        ],
      },
      'OPTION_EMPTY',
    ],
    [
      'an option repeated without diacritics',
      {
        ...single,
        options: [
          { text: 'Điều 5', correct: true },
          { text: 'dieu 5', correct: false },
        ],
      },
      'OPTION_REPEATED',
    ],
    [
      'a true/false with other words',
      {
        type: 'true_false',
        stem: 'x',
        options: [
          { text: 'Có', correct: true },
          { text: 'Không', correct: false },
        ],
      },
      'TRUE_FALSE_SHAPE',
    ],
    ['a short answer with no answers', { type: 'short_text', stem: 'x', accepted: [' '] }, 'SHORT_TEXT_NEEDS_ANSWERS'],
    [
      'a numeric question with a negative tolerance',
      { type: 'numeric', stem: 'x', numeric: { value: 1, tolerance: -1 } },
      'NUMERIC_NEEDS_VALUE',
    ],
  ])('refuses %s', (_name, draft, code) => {
    expect(checkDraft(draft).map((problem) => problem.code)).toContain(code);
  });

  it('explains a problem in both languages', () => {
    const [problem] = checkDraft({
      ...single,
      options: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    });
    expect(describeRule(problem!, 'vi').message).toBe('Câu một lựa chọn phải có đúng 1 đáp án đúng (đang có 2).');
    expect(describeRule(problem!, 'en').message).toBe('A single-choice question needs exactly 1 correct option (it has 2).');
  });
});

describe('stemKey', () => {
  it('ignores case, diacritics, punctuation and spaces', () => {
    expect(stemKey('Điển hình  tiên tiến là gì?')).toBe(stemKey('dien hinh tien tien la gi'));
  });
});
