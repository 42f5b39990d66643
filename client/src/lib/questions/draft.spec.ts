import type { Question } from '../api/types.js';
import { choice, emptyForm, fromQuestion, parseDecimal, participantView, splitTags, toInput, type QuestionForm } from './draft.js';
import { checkDraft } from './rules.js';

const form = (change: Partial<QuestionForm>): QuestionForm => ({ ...emptyForm(), stem: 'Câu hỏi?', ...change });

const stored: Question = {
  id: '0233f484-2bb9-4cd7-9477-e5fb268154aa',
  ownerUnitId: '89e88ec0-d880-4de1-b178-008ae1fabbc0',
  status: 'approved',
  needsReview: false,
  version: 2,
  type: 'multiple',
  title: 'Tiêu đề GIFT',
  stem: 'Chọn các hình thức khen thưởng',
  options: [
    { id: 'a', text: 'Huân chương', correct: true, weight: 50 },
    { id: 'b', text: 'Huy chương', correct: true, weight: 50, feedback: 'Đúng' },
    { id: 'c', text: 'Giấy khen của lớp', correct: false },
  ],
  accepted: [],
  acceptWithoutDiacritics: false,
  numeric: null,
  partialCredit: true,
  explanation: 'Điều 6',
  legalBasis: { documentId: 'luat-06-2022-qh15', documentNumber: '06/2022/QH15', documentTitle: 'Luật', article: 'Điều 6', clause: null },
  topic: 'law-ch1-general',
  cognitiveLevel: 'recognition',
  difficulty: 'easy',
  tags: ['hình thức', 'khen thưởng'],
  facts: ['F010'],
  authorId: null,
  reviewerId: null,
  reviewComment: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('toInput', () => {
  it('sends the options of a single-choice question with their keys', () => {
    const input = toInput(form({ choices: [choice('Có', true), choice('Không')] }));
    expect(input).toEqual({
      type: 'single',
      stem: 'Câu hỏi?',
      options: [
        { text: 'Có', correct: true },
        { text: 'Không', correct: false },
      ],
    });
  });

  it('gives a true/false question the fixed options "Đúng" and "Sai"', () => {
    expect(toInput(form({ type: 'true_false', truth: 'Sai' })).options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ]);
  });

  it('sends no options for short answers and numbers, whatever the choices held', () => {
    const short = toInput(form({ type: 'short_text', accepted: [' Hà Nội ', '', 'Thủ đô'], acceptWithoutDiacritics: true }));
    expect(short).toEqual({ type: 'short_text', stem: 'Câu hỏi?', accepted: ['Hà Nội', 'Thủ đô'], acceptWithoutDiacritics: true });
    const numeric = toInput(form({ type: 'numeric', numericValue: '1,5', numericTolerance: '0.25' }));
    expect(numeric).toEqual({ type: 'numeric', stem: 'Câu hỏi?', numeric: { value: 1.5, tolerance: 0.25 } });
    expect(checkDraft(numeric)).toEqual([]);
  });

  it('leaves out empty optional fields and writes text in NFC', () => {
    const decomposed = 'Điều 94'.normalize('NFD');
    const input = toInput(form({ stem: 'Luật'.normalize('NFD'), article: ` ${decomposed} `, tags: 'a, b;  a , ', explanation: '  ' }));
    expect(input.stem).toBe('Luật'.normalize('NFC'));
    expect(input.legalBasis).toEqual({ article: 'Điều 94' });
    expect(input.tags).toEqual(['a', 'b']);
    expect(input).not.toHaveProperty('explanation');
    expect(input).not.toHaveProperty('topic');
  });

  it('keeps what the editor does not show (title, facts, weights, feedback) through a load and save', () => {
    const input = toInput(fromQuestion(stored));
    expect(input).toEqual({
      type: 'multiple',
      stem: stored.stem,
      title: 'Tiêu đề GIFT',
      options: [
        { text: 'Huân chương', correct: true, weight: 50 },
        { text: 'Huy chương', correct: true, weight: 50, feedback: 'Đúng' },
        { text: 'Giấy khen của lớp', correct: false },
      ],
      partialCredit: true,
      explanation: 'Điều 6',
      legalBasis: { documentId: 'luat-06-2022-qh15', article: 'Điều 6' },
      topic: 'law-ch1-general',
      cognitiveLevel: 'recognition',
      difficulty: 'easy',
      tags: ['hình thức', 'khen thưởng'],
      facts: ['F010'],
    });
  });

  it('keeps the keys when a multiple-choice question becomes single choice, so the rule can explain them', () => {
    const edited = { ...fromQuestion(stored), type: 'single' as const };
    expect(checkDraft(toInput(edited))).toContainEqual({ field: 'options', code: 'SINGLE_NEEDS_ONE_KEY', params: { keys: 2 } });
  });

  it('reads a true/false question back with its key', () => {
    const truth = fromQuestion({
      ...stored,
      type: 'true_false',
      options: [
        { id: 'a', text: 'Đúng', correct: false, feedback: 'Không phải' },
        { id: 'b', text: 'Sai', correct: true },
      ],
    });
    expect(truth.truth).toBe('Sai');
    expect(toInput(truth).options).toEqual([
      { text: 'Đúng', correct: false, feedback: 'Không phải' },
      { text: 'Sai', correct: true },
    ]);
  });
});

describe('participantView', () => {
  it('never carries the key', () => {
    const view = participantView(toInput(fromQuestion(stored)));
    expect(view).toEqual({
      type: 'multiple',
      stem: stored.stem,
      options: [
        { id: 'A', text: 'Huân chương' },
        { id: 'B', text: 'Huy chương' },
        { id: 'C', text: 'Giấy khen của lớp' },
      ],
    });
    expect(JSON.stringify(view)).not.toMatch(/correct|weight|feedback|Điều 6/);
  });
});

describe('parseDecimal and splitTags', () => {
  it.each([
    ['1,5', 1.5],
    [' 2 ', 2],
    ['-0.5', -0.5],
    ['', Number.NaN],
    ['abc', Number.NaN],
  ])('%p → %p', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('splits on commas and semicolons, without blanks or repeats', () => {
    expect(splitTags('tiền thưởng;  danh   hiệu, ,tiền thưởng')).toEqual(['tiền thưởng', 'danh hiệu']);
  });
});
