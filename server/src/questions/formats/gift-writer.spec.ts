import type { QuestionDraft } from '../question-draft.js';
import { parseGift } from './gift-parser.js';
import { toGift } from './gift-writer.js';

const tricky = 'Điều 3: "A = B" # {khoản 1} ~ 2 \\ hết';

const VARIED: QuestionDraft[] = [
  {
    type: 'single',
    topic: 'Chương I: Những quy định chung',
    title: 'Câu 1: phạm vi',
    stem: 'Theo Luật Thi đua, khen thưởng năm 2022, {điều} nào quy định phạm vi điều chỉnh?',
    options: [
      { text: 'Điều 1', correct: true, feedback: 'Đúng: Điều 1 # phạm vi.' },
      { text: 'Điều 2 = đối tượng', correct: false },
      { text: '~Điều 3~', correct: false, feedback: 'Sai {x}' },
    ],
    explanation: 'Điều 1 quy định phạm vi điều chỉnh.\nĐiều 2 quy định đối tượng áp dụng.',
  },
  {
    type: 'multiple',
    topic: 'Chương I: Những quy định chung',
    stem: tricky,
    partialCredit: true,
    options: [
      { text: 'Tự nguyện, tự giác', correct: true, weight: 50 },
      { text: 'Công khai, minh bạch', correct: true, weight: 50, feedback: 'Nguyên tắc # 2' },
      { text: '%50% bắt buộc', correct: false, weight: 0 },
      { text: 'Bình quân chủ nghĩa', correct: false, weight: -100 },
    ],
  },
  {
    type: 'true_false',
    topic: 'Chương II/Thi đua',
    stem: 'Luật Thi đua, khen thưởng 06/2022/QH15 có hiệu lực từ 01/01/2024.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    trueFeedback: 'Chính xác: 01/01/2024.',
    falseFeedback: 'Xem Điều 96.',
    explanation: 'Điều 96 #hiệu lực',
  },
  {
    type: 'true_false',
    stem: 'Chỉ thị 34-CT/TW ban hành năm 2010.',
    options: [
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ],
    falseFeedback: 'Ban hành ngày 07/04/2014.',
  },
  {
    type: 'short_text',
    title: '::lạ::',
    stem: 'Thủ đô của Việt Nam là _____ .',
    accepted: ['Hà Nội', 'Thành phố Hà Nội', 'a=b{c}'],
    explanation: 'Hiến pháp: Thủ đô là Hà Nội.',
  },
  {
    type: 'numeric',
    topic: 'Chương II/Thi đua',
    stem: 'Luật Thi đua, khen thưởng năm 2022 có bao nhiêu điều?',
    numeric: { value: 96, tolerance: 0 },
  },
  {
    type: 'numeric',
    stem: 'Tiền thưởng bằng bao nhiêu lần mức lương cơ sở?',
    numeric: { value: -1.5, tolerance: 0.25 },
    explanation: 'Ví dụ: 1,5 ± 0,25',
  },
  {
    type: 'single',
    stem: '//Bắt đầu bằng hai gạch chéo',
    options: [
      { text: '[html]không phải định dạng', correct: false },
      { text: 'T', correct: true },
    ],
  },
  {
    type: 'single',
    stem: 'Câu có điểm từng phần',
    partialCredit: true,
    options: [
      { text: 'Đúng nhất', correct: true, weight: 100 },
      { text: 'Gần đúng', correct: false, weight: 50 },
      { text: 'Sai', correct: false, weight: 0 },
    ],
  },
];

describe('toGift', () => {
  it.each(VARIED.map((draft, index) => [`${index + 1}: ${draft.type}`, index]))('round-trips draft %s', (_name, index) => {
    const { questions, problems } = parseGift(toGift(VARIED));
    expect(problems).toEqual([]);
    const { line: _line, ...read } = questions[index as number];
    expect(read).toEqual(VARIED[index as number]);
  });

  it('writes $CATEGORY only when the topic changes, with Moodle-style paths', () => {
    const text = toGift(VARIED);
    expect(text.match(/^\$CATEGORY: .*$/gm)).toEqual([
      '$CATEGORY: $course$/top/Chương I: Những quy định chung',
      '$CATEGORY: $course$/top/Chương II//Thi đua',
      '$CATEGORY: $course$/top',
      '$CATEGORY: $course$/top/Chương II//Thi đua',
      '$CATEGORY: $course$/top',
    ]);
  });

  it.each<[string, QuestionDraft, string]>([
    [
      'escapes special characters',
      { type: 'short_text', stem: 'a:b#c=d{e}f~g\\h', accepted: ['x'] },
      'a\\:b\\#c\\=d\\{e\\}f\\~g\\\\h {=x}',
    ],
    ['writes newlines as \\n', { type: 'short_text', stem: 'dòng 1\ndòng 2', accepted: ['x'] }, 'dòng 1\\ndòng 2 {=x}'],
    [
      'true/false with both feedbacks',
      {
        type: 'true_false',
        stem: 'S',
        options: [
          { text: 'Đúng', correct: false },
          { text: 'Sai', correct: true },
        ],
        trueFeedback: 'w',
        falseFeedback: 'r',
      },
      'S {FALSE#w#r}',
    ],
    [
      'true/false with only the right feedback',
      {
        type: 'true_false',
        stem: 'S',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
        trueFeedback: 'r',
      },
      'S {TRUE##r}',
    ],
    [
      'numeric with tolerance',
      { type: 'numeric', stem: 'N', numeric: { value: 2.5, tolerance: 0.5 }, explanation: 'e' },
      'N {#2.5:0.5####e}',
    ],
    ['numeric exact', { type: 'numeric', stem: 'N', numeric: { value: 8, tolerance: 0 } }, 'N {#8}'],
    [
      'multiple without partial credit as equal weights',
      {
        type: 'multiple',
        stem: 'M',
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
          { text: 'c', correct: true },
          { text: 'd', correct: false },
        ],
      },
      'M {\n\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33333%c\n\t~d\n}',
    ],
  ])('%s', (_name, draft, expected) => {
    expect(toGift([draft])).toBe(`${expected}\n`);
  });

  it('writes nothing for no drafts', () => {
    expect(toGift([])).toBe('');
  });
});
