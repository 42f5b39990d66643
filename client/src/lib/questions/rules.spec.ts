import type { QuestionInput } from '../api/types.js';
import { en } from '../i18n/en.js';
import { interpolate, type MessageParams } from '../i18n/translate.js';
import { vi, type MessageKey } from '../i18n/vi.js';
import { checkDraft, describeProblem, ruleCodes, type RuleProblem } from './rules.js';

const single: QuestionInput = {
  type: 'single',
  stem: 'Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ ngày nào?',
  options: [
    { text: '01/01/2024', correct: true },
    { text: '01/7/2023', correct: false },
  ],
};

const inVi = (key: MessageKey, params?: MessageParams) => interpolate(vi[key], params);
const inEn = (key: MessageKey, params?: MessageParams) => interpolate(en[key], params);
const codes = (draft: QuestionInput) => checkDraft(draft).map((problem) => problem.code);

describe('checkDraft (the server rules, mirrored)', () => {
  it.each<[string, QuestionInput]>([
    ['single', single],
    [
      'multiple',
      {
        type: 'multiple',
        stem: 'Chọn các ý đúng',
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
          { text: 'C', correct: false },
        ],
      },
    ],
    [
      'true_false',
      {
        type: 'true_false',
        stem: 'Đúng hay sai?',
        options: [
          { text: 'Đúng', correct: false },
          { text: 'Sai', correct: true },
        ],
      },
    ],
    ['short_text', { type: 'short_text', stem: 'Thủ đô?', accepted: ['Hà Nội'] }],
    ['numeric', { type: 'numeric', stem: 'Luật có bao nhiêu điều?', numeric: { value: 96, tolerance: 0 } }],
  ])('accepts a sound %s question', (_type, draft) => {
    expect(checkDraft(draft)).toEqual([]);
  });

  it.each<[string, QuestionInput, RuleProblem]>([
    [
      'a single-choice question with two keys',
      {
        ...single,
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      },
      { field: 'options', code: 'SINGLE_NEEDS_ONE_KEY', params: { keys: 2 } },
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
      { field: 'options', code: 'SINGLE_NEEDS_ONE_KEY', params: { keys: 0 } },
    ],
    [
      'a multiple-choice question whose every option is right',
      {
        type: 'multiple',
        stem: 'x',
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      },
      { field: 'options', code: 'MULTIPLE_NEEDS_KEYS', params: { keys: 2 } },
    ],
    [
      'a multiple-choice question with one key',
      {
        type: 'multiple',
        stem: 'x',
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: false },
          { text: 'C', correct: false },
        ],
      },
      { field: 'options', code: 'MULTIPLE_NEEDS_KEYS', params: { keys: 1 } },
    ],
    ['an empty stem', { ...single, stem: '   ' }, { field: 'stem', code: 'STEM_REQUIRED' }],
    [
      'a stem of 100,000 characters',
      { ...single, stem: 'a'.repeat(100_000) },
      { field: 'stem', code: 'TOO_LONG', params: { field: 'stem', max: 5000 } },
    ],
    [
      'an explanation of 5,001 characters',
      { ...single, explanation: 'a'.repeat(5001) },
      { field: 'explanation', code: 'TOO_LONG', params: { field: 'explanation', max: 5000 } },
    ],
    [
      'one option',
      { ...single, options: [{ text: 'A', correct: true }] },
      { field: 'options', code: 'OPTIONS_TOO_FEW', params: { min: 2 } },
    ],
    [
      'nine options',
      { ...single, options: Array.from({ length: 9 }, (_, index) => ({ text: `Ý ${index}`, correct: index === 0 })) },
      { field: 'options', code: 'OPTIONS_TOO_MANY', params: { max: 8 } },
    ],
    [
      'an empty option',
      {
        ...single,
        options: [
          { text: 'A', correct: true },
          { text: ' ', correct: false },
        ],
      },
      { field: 'options.1', code: 'OPTION_EMPTY', params: { index: 2 } },
    ],
    [
      'an option of 1,001 characters',
      {
        ...single,
        options: [
          { text: 'A', correct: true },
          { text: 'b'.repeat(1001), correct: false },
        ],
      },
      { field: 'options.1', code: 'TOO_LONG', params: { field: '#2', max: 1000 } },
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
      { field: 'options.1', code: 'OPTION_REPEATED', params: { text: 'dieu 5' } },
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
      { field: 'options', code: 'TRUE_FALSE_SHAPE' },
    ],
    [
      'a true/false with no key',
      {
        type: 'true_false',
        stem: 'x',
        options: [
          { text: 'Đúng', correct: false },
          { text: 'Sai', correct: false },
        ],
      },
      { field: 'options', code: 'TRUE_FALSE_SHAPE' },
    ],
    [
      'a short answer with no answers',
      { type: 'short_text', stem: 'x', accepted: [' '] },
      { field: 'accepted', code: 'SHORT_TEXT_NEEDS_ANSWERS' },
    ],
    [
      'a short answer with options',
      { type: 'short_text', stem: 'x', accepted: ['y'], options: [{ text: 'A', correct: true }] },
      { field: 'options', code: 'NO_OPTIONS_EXPECTED' },
    ],
    [
      'a numeric question with no value',
      { type: 'numeric', stem: 'x', numeric: { value: Number.NaN, tolerance: 0 } },
      { field: 'numeric', code: 'NUMERIC_NEEDS_VALUE' },
    ],
    [
      'a numeric question with a negative tolerance',
      { type: 'numeric', stem: 'x', numeric: { value: 1, tolerance: -1 } },
      { field: 'numeric', code: 'NUMERIC_NEEDS_VALUE' },
    ],
  ])('refuses %s', (_name, draft, problem) => {
    expect(checkDraft(draft)).toContainEqual(problem);
  });

  it('reports every problem at once, field by field', () => {
    expect(
      codes({
        type: 'single',
        stem: '',
        options: [
          { text: 'A', correct: true },
          { text: 'a', correct: true },
        ],
      }),
    ).toEqual(['STEM_REQUIRED', 'OPTION_REPEATED', 'SINGLE_NEEDS_ONE_KEY']);
  });
});

describe('describeProblem', () => {
  it('words a single-choice question with two keys as the server does', () => {
    const [problem] = checkDraft({
      ...single,
      options: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    });
    expect(describeProblem(problem!, inVi)).toBe('Câu một lựa chọn phải có đúng 1 đáp án đúng (đang có 2).');
    expect(describeProblem(problem!, inEn)).toBe('A single-choice question needs exactly 1 correct option (it has 2).');
  });

  it('names options by the letter the editor shows', () => {
    expect(describeProblem({ field: 'options.1', code: 'OPTION_EMPTY', params: { index: 2 } }, inVi)).toBe('Phương án B chưa có nội dung.');
    expect(describeProblem({ field: 'options.2', code: 'TOO_LONG', params: { field: '#3', max: 1000 } }, inEn)).toBe(
      '“Option C” is longer than 1000 characters.',
    );
    expect(describeProblem({ field: 'stem', code: 'TOO_LONG', params: { field: 'stem', max: 5000 } }, inVi)).toBe(
      '“Nội dung câu hỏi” dài quá 5000 ký tự.',
    );
  });

  it('has a message for every rule in both languages', () => {
    for (const code of ruleCodes) {
      expect(vi[`rule.${code}`]).toBeTruthy();
      expect(en[`rule.${code}`]).toBeTruthy();
    }
  });
});
