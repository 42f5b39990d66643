import type { LocatedDraft } from '../question-draft.js';
import { parseGift } from './gift-parser.js';

const ab = [
  { text: 'a', correct: true },
  { text: 'b', correct: false },
];
const trueFalse = (isTrue: boolean) => [
  { text: 'Đúng', correct: isTrue },
  { text: 'Sai', correct: !isTrue },
];

describe('parseGift: each construct', () => {
  it.each<[string, string, Omit<LocatedDraft, 'line'> & { line?: number }]>([
    ['single choice', 'Câu hỏi?{=a ~b}', { type: 'single', stem: 'Câu hỏi?', options: ab }],
    ['answers over several lines', 'Câu hỏi?\n{\n\t=a\n\t~b\n}', { type: 'single', stem: 'Câu hỏi?', options: ab }],
    ['// comment lines', '// đầu tệp\nCâu hỏi?{=a ~b}', { type: 'single', stem: 'Câu hỏi?', options: ab, line: 2 }],
    ['a // inside a line is text', 'Xem http://a.vn?{=a ~b}', { type: 'single', stem: 'Xem http://a.vn?', options: ab }],
    [
      '$CATEGORY: last level of the path',
      '$CATEGORY: $course$/top/Luật TĐKT/Chương 1\n\nCâu?{=a ~b}',
      { type: 'single', stem: 'Câu?', options: ab, topic: 'Chương 1', line: 3 },
    ],
    [
      '$CATEGORY: a plain name',
      '$CATEGORY: Khen thưởng\n\nCâu?{=a ~b}',
      { type: 'single', stem: 'Câu?', options: ab, topic: 'Khen thưởng', line: 3 },
    ],
    [
      '$CATEGORY: // is a slash in a name',
      '$CATEGORY: $course$/top/Thi đua//khen thưởng\n\nCâu?{=a ~b}',
      { type: 'single', stem: 'Câu?', options: ab, topic: 'Thi đua/khen thưởng', line: 3 },
    ],
    [
      '$CATEGORY: directly followed by a question',
      '$CATEGORY: Chương 2\nCâu?{=a ~b}',
      { type: 'single', stem: 'Câu?', options: ab, topic: 'Chương 2', line: 2 },
    ],
    ['::title::', '::Câu 1::Câu hỏi?{=a ~b}', { type: 'single', stem: 'Câu hỏi?', title: 'Câu 1', options: ab }],
    ['[html] prefix', '[html]<b>Câu</b>?{=a ~b}', { type: 'single', stem: '<b>Câu</b>?', options: ab }],
    ['[moodle] prefix', '[moodle]Câu?{=a ~b}', { type: 'single', stem: 'Câu?', options: ab }],
    ['[plain] prefix', '::T::[plain]Câu?{=a ~b}', { type: 'single', stem: 'Câu?', title: 'T', options: ab }],
    ['[markdown] prefix', '[markdown]*Câu*?{=a ~b}', { type: 'single', stem: '*Câu*?', options: ab }],
    ['an unknown [prefix] stays', '[Luật 2022] Câu?{=a ~b}', { type: 'single', stem: '[Luật 2022] Câu?', options: ab }],
    [
      'answer feedback #',
      'Câu?{=a#Đúng rồi ~b#Chưa đúng}',
      {
        type: 'single',
        stem: 'Câu?',
        options: [
          { text: 'a', correct: true, feedback: 'Đúng rồi' },
          { text: 'b', correct: false, feedback: 'Chưa đúng' },
        ],
      },
    ],
    ['general feedback ####', 'Câu?{=a ~b ####Vì Điều 5.}', { type: 'single', stem: 'Câu?', options: ab, explanation: 'Vì Điều 5.' }],
    [
      'missing word: a blank where the answers stood',
      'Luật có {=8 ~9} chương.',
      {
        type: 'single',
        stem: 'Luật có _____ chương.',
        options: [
          { text: '8', correct: true },
          { text: '9', correct: false },
        ],
      },
    ],
    [
      '~%50% weights with two positives: multiple with partial credit',
      'Chọn hai?{~%50%a ~%50%b ~%-100%c}',
      {
        type: 'multiple',
        stem: 'Chọn hai?',
        partialCredit: true,
        options: [
          { text: 'a', correct: true, weight: 50 },
          { text: 'b', correct: true, weight: 50 },
          { text: 'c', correct: false, weight: -100 },
        ],
      },
    ],
    [
      'decimal weights',
      'Chọn ba?{~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}',
      {
        type: 'multiple',
        stem: 'Chọn ba?',
        partialCredit: true,
        options: [
          { text: 'a', correct: true, weight: 33.33333 },
          { text: 'b', correct: true, weight: 33.33333 },
          { text: 'c', correct: true, weight: 33.33333 },
          { text: 'd', correct: false, weight: 0 },
        ],
      },
    ],
    ['one ~%100% and no =: single', 'Câu?{~%100%a ~b}', { type: 'single', stem: 'Câu?', options: ab }],
    [
      '= with a partly right answer: single with weights',
      'Câu?{=a ~%50%b ~c}',
      {
        type: 'single',
        stem: 'Câu?',
        partialCredit: true,
        options: [
          { text: 'a', correct: true, weight: 100 },
          { text: 'b', correct: false, weight: 50 },
          { text: 'c', correct: false, weight: 0 },
        ],
      },
    ],
    ['{T}', 'Luật có hiệu lực năm 2024.{T}', { type: 'true_false', stem: 'Luật có hiệu lực năm 2024.', options: trueFalse(true) }],
    ['{TRUE}', 'Câu.{TRUE}', { type: 'true_false', stem: 'Câu.', options: trueFalse(true) }],
    ['{F}', 'Câu.{F}', { type: 'true_false', stem: 'Câu.', options: trueFalse(false) }],
    ['{FALSE}', 'Câu.{FALSE}', { type: 'true_false', stem: 'Câu.', options: trueFalse(false) }],
    [
      '{T#wrong#right}: the two feedbacks',
      'Câu.{T#Sai rồi#Chính xác}',
      {
        type: 'true_false',
        stem: 'Câu.',
        options: trueFalse(true),
        trueFeedback: 'Chính xác',
        falseFeedback: 'Sai rồi',
      },
    ],
    [
      '{F#wrong#right}: the two feedbacks',
      'Câu.{FALSE#Sai rồi#Chính xác####Giải thích}',
      {
        type: 'true_false',
        stem: 'Câu.',
        options: trueFalse(false),
        trueFeedback: 'Sai rồi',
        falseFeedback: 'Chính xác',
        explanation: 'Giải thích',
      },
    ],
    ['{true} in lower case is a short answer, as in Moodle', 'Câu.{true}', { type: 'short_text', stem: 'Câu.', accepted: ['true'] }],
    [
      '{=a =b} without ~: short answer',
      'Thủ đô?{=Hà Nội =Ha Noi}',
      { type: 'short_text', stem: 'Thủ đô?', accepted: ['Hà Nội', 'Ha Noi'] },
    ],
    [
      '=%100% weights in a short answer; partial ones are not accepted',
      'Thủ đô?{=%100%Hà Nội#Đúng =%50%Hà Đông =%0%Huế#Sai}',
      {
        type: 'short_text',
        stem: 'Thủ đô?',
        accepted: ['Hà Nội'],
      },
    ],
    ['{#value}', 'Số chương?{#8}', { type: 'numeric', stem: 'Số chương?', numeric: { value: 8, tolerance: 0 } }],
    ['{#value:tolerance}', 'Năm?{#1822:5}', { type: 'numeric', stem: 'Năm?', numeric: { value: 1822, tolerance: 5 } }],
    ['{#min..max}', 'Năm?{#1817..1827}', { type: 'numeric', stem: 'Năm?', numeric: { value: 1822, tolerance: 5 } }],
    [
      'several numeric answers: the 100% one',
      'Số?{#=%50%3:1#gần đúng =%100%2.5:0.1#đúng ~#sai}',
      { type: 'numeric', stem: 'Số?', numeric: { value: 2.5, tolerance: 0.1 } },
    ],
  ])('%s', (_name, text, expected) => {
    const { questions, problems } = parseGift(text);
    expect(problems).toEqual([]);
    expect(questions).toEqual([{ line: 1, ...expected }]);
  });

  it.each([
    ['\\:', ':'],
    ['\\#', '#'],
    ['\\=', '='],
    ['\\{', '{'],
    ['\\}', '}'],
    ['\\~', '~'],
    ['\\\\', '\\'],
    ['\\n', '\n'],
  ])('escape %s', (escaped, char) => {
    const { questions, problems } = parseGift(
      `::Mục ${escaped} một::Dấu ${escaped} ở đây?{=đáp ${escaped} án ~khác#nhận ${escaped} xét ####giải ${escaped} thích}`,
    );
    expect(problems).toEqual([]);
    expect(questions).toEqual([
      {
        line: 1,
        type: 'single',
        title: `Mục ${char} một`,
        stem: `Dấu ${char} ở đây?`,
        options: [
          { text: `đáp ${char} án`, correct: true },
          { text: 'khác', correct: false, feedback: `nhận ${char} xét` },
        ],
        explanation: `giải ${char} thích`,
      },
    ]);
  });

  it('reads \\\\{ as a backslash followed by a real brace', () => {
    expect(parseGift('Đường dẫn C:\\\\{=a ~b}').questions[0].stem).toBe('Đường dẫn C:\\');
  });
});

describe('parseGift: questions it cannot take', () => {
  it.each([
    ['matching (=…->)', 'Ghép?{=Luật->Quốc hội =Nghị định->Chính phủ}', 'GIFT_UNSUPPORTED_TYPE', { type: 'matching' }],
    ['essay {}', 'Trình bày suy nghĩ.{}', 'GIFT_UNSUPPORTED_TYPE', { type: 'essay' }],
    ['essay with only general feedback', 'Trình bày.{####Gợi ý}', 'GIFT_UNSUPPORTED_TYPE', { type: 'essay' }],
    ['description (no answers)', 'Phần 1: Luật Thi đua, khen thưởng', 'GIFT_UNSUPPORTED_TYPE', { type: 'description' }],
    ['unclosed brace', 'Câu?{=a ~b', 'GIFT_SYNTAX', undefined],
    ['closing brace first', 'Câu?} {=a ~b', 'GIFT_SYNTAX', undefined],
    ['no correct choice', 'Câu?{~a ~b}', 'GIFT_NO_ANSWERS', undefined],
    ['numeric without answers', 'Số?{#}', 'GIFT_NO_ANSWERS', undefined],
    ['numeric without a full-credit answer', 'Số?{#=%50%3}', 'GIFT_NO_ANSWERS', undefined],
    ['short answer without a full-credit answer', 'Câu?{=%50%a}', 'GIFT_NO_ANSWERS', undefined],
    ['numeric that is not a number', 'Số?{#ba}', 'GIFT_NUMERIC_INVALID', { value: 'ba' }],
    ['numeric with a decimal comma', 'Số?{#2,5}', 'GIFT_NUMERIC_INVALID', { value: '2,5' }],
    ['numeric range upside down', 'Số?{#9..1}', 'GIFT_NUMERIC_INVALID', { value: '9..1' }],
    ['weights that do not add up to 100%', 'Câu?{~%50%a ~%30%b ~c}', 'GIFT_WEIGHTS_INVALID', { total: 80 }],
    ['no question text', '{=a ~b}', 'REQUIRED', { field: 'stem' }],
  ])('%s', (_name, text, code, params) => {
    const { questions, problems } = parseGift(`// bình luận\n${text}`);
    expect(questions).toEqual([]);
    expect(problems).toEqual([{ line: 2, code, ...(params ? { params } : {}) }]);
  });

  it('skips a broken question and reads the others, each with its first line', () => {
    const text = [
      '::A::Câu 1?{=a ~b}',
      '',
      '',
      'Câu 2?',
      '{=a ~b',
      '',
      '// ghi chú',
      'Câu 3?{T}',
      '',
      'Ghép?{=x->y =z->w}',
      '',
      'Câu 5?{#4}',
    ].join('\r\n');
    const { questions, problems } = parseGift(text);
    expect(questions.map((question) => [question.line, question.stem])).toEqual([
      [1, 'Câu 1?'],
      [8, 'Câu 3?'],
      [12, 'Câu 5?'],
    ]);
    expect(problems).toEqual([
      { line: 4, code: 'GIFT_SYNTAX' },
      { line: 10, code: 'GIFT_UNSUPPORTED_TYPE', params: { type: 'matching' } },
    ]);
  });

  it('keeps a topic for every question until the next $CATEGORY', () => {
    const text = '$CATEGORY: A\n\nQ1{T}\n\nQ2{F}\n\n$CATEGORY: $course$/top\n\nQ3{T}';
    expect(parseGift(text).questions.map((question) => question.topic)).toEqual(['A', 'A', undefined]);
  });
});

describe('parseGift: text', () => {
  it('normalises to NFC and trims every field', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const { questions } = parseGift(
      nfd('$CATEGORY: Thi đua\n\n::  Tiêu đề ::  Điều lệ   {\n  =Đúng luật  #  Chính xác \n ~Sai  ####  Giải thích  }'),
    );
    expect(questions).toEqual([
      {
        line: 3,
        type: 'single',
        topic: 'Thi đua',
        title: 'Tiêu đề',
        stem: 'Điều lệ',
        options: [
          { text: 'Đúng luật', correct: true, feedback: 'Chính xác' },
          { text: 'Sai', correct: false },
        ],
        explanation: 'Giải thích',
      },
    ]);
    expect(JSON.stringify(questions)).toBe(JSON.stringify(questions).normalize('NFC'));
  });

  it('ignores a byte-order mark and an empty file', () => {
    expect(parseGift('\uFEFFCâu?{T}').questions).toHaveLength(1);
    expect(parseGift('')).toEqual({ questions: [], problems: [] });
  });

  it('reads 2,000 questions', () => {
    const text = Array.from(
      { length: 2_000 },
      (_, index) =>
        `::Câu ${index + 1}::Theo Luật Thi đua, khen thưởng năm 2022, câu số ${index + 1}?{\n\t=Đúng#Chính xác\n\t~Sai 1\n\t~Sai 2\n\t~Sai 3\n\t####Điều ${index % 96}\n}`,
    ).join('\n\n');
    const { questions, problems } = parseGift(text);
    expect(problems).toEqual([]);
    expect(questions).toHaveLength(2_000);
    expect(questions[1_999]).toMatchObject({ line: 1_999 * 8 + 1, title: 'Câu 2000' });
  });
});
