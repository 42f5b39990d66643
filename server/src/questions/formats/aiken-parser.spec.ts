import { parseAiken } from './aiken-parser.js';

const lines = (...text: string[]) => text.join('\n');

describe('parseAiken: questions it reads', () => {
  it.each([
    ['options with "."', lines('Luật có mấy chương?', 'A. 7', 'B. 8', 'ANSWER: B'), 'Luật có mấy chương?', ['7', '8'], 1],
    ['options with ")"', lines('Luật có mấy chương?', 'A) 7', 'B) 8', 'C) 9', 'ANSWER: C'), 'Luật có mấy chương?', ['7', '8', '9'], 2],
    ['a tab after the label', lines('Câu?', 'A.\tmột', 'B.\thai', 'ANSWER: A'), 'Câu?', ['một', 'hai'], 0],
    ['"answer:" in any case', lines('Câu?', 'A. một', 'B. hai', 'Answer: b'), 'Câu?', ['một', 'hai'], 1],
    [
      'question text over several lines',
      lines(
        'Theo Luật Thi đua, khen thưởng năm 2022,',
        'hình thức nào sau đây',
        'là danh hiệu thi đua?',
        'A. Huân chương',
        'B. Chiến sĩ thi đua cơ sở',
        'ANSWER: B',
      ),
      'Theo Luật Thi đua, khen thưởng năm 2022,\nhình thức nào sau đây\nlà danh hiệu thi đua?',
      ['Huân chương', 'Chiến sĩ thi đua cơ sở'],
      1,
    ],
    [
      'initials without a space stay question text',
      lines('C.Mác và V.I.Lênin bàn về thi đua trong tác phẩm nào?', 'A. Tác phẩm 1', 'B. Tác phẩm 2', 'ANSWER: A'),
      'C.Mác và V.I.Lênin bàn về thi đua trong tác phẩm nào?',
      ['Tác phẩm 1', 'Tác phẩm 2'],
      0,
    ],
    ['surrounding spaces and CRLF', '  Câu?  \r\n  A.  một  \r\n  B. hai\r\n  ANSWER:   A  \r\n', 'Câu?', ['một', 'hai'], 0],
  ])('%s', (_name, text, stem, optionTexts, correctIndex) => {
    const { questions, problems } = parseAiken(text);
    expect(problems).toEqual([]);
    expect(questions).toEqual([
      {
        line: 1,
        type: 'single',
        stem,
        options: optionTexts.map((optionText, index) => ({ text: optionText, correct: index === correctIndex })),
      },
    ]);
  });

  it('reads questions with or without blank lines between them, each with its first line', () => {
    const text = lines(
      'Câu 1?',
      'A. x',
      'B. y',
      'ANSWER: A',
      'Câu 2?',
      'A. x',
      'B. y',
      'ANSWER: B',
      '',
      '',
      'Câu 3?',
      'A. x',
      'B. y',
      'ANSWER: A',
    );
    expect(parseAiken(text).questions.map((question) => [question.line, question.stem])).toEqual([
      [1, 'Câu 1?'],
      [5, 'Câu 2?'],
      [11, 'Câu 3?'],
    ]);
  });

  it('normalises to NFC', () => {
    const { questions } = parseAiken(lines('Điều lệ?', 'A. Đúng', 'B. Sai', 'ANSWER: A').normalize('NFD'));
    expect(questions[0].stem).toBe('Điều lệ?');
    expect(questions[0].options?.map((option) => option.text)).toEqual(['Đúng', 'Sai']);
  });
});

describe("parseAiken: Moodle's error cases, by line", () => {
  it.each([
    ['an answer line after question text but no options', lines('Câu?', 'ANSWER: A'), [{ line: 2, code: 'AIKEN_ANSWER_WITHOUT_OPTIONS' }]],
    ['an answer line with no question at all', lines('ANSWER: A'), [{ line: 1, code: 'AIKEN_ANSWER_WITHOUT_OPTIONS' }]],
    [
      'options, then the next question without an ANSWER line',
      lines('Câu 1?', 'A. x', 'B. y', '', 'Câu 2?', 'A. x', 'B. y', 'ANSWER: A'),
      [{ line: 1, code: 'AIKEN_NO_ANSWER_LINE' }],
    ],
    ['options, then the end of the file', lines('Câu 1?', 'A. x', 'B. y', ''), [{ line: 1, code: 'AIKEN_NO_ANSWER_LINE' }]],
    ['question text alone at the end', lines('Câu 1?'), [{ line: 1, code: 'AIKEN_NO_ANSWER_LINE' }]],
    [
      'an answer that is not an option',
      lines('Câu?', 'A. x', 'B. y', 'ANSWER: D'),
      [{ line: 4, code: 'AIKEN_ANSWER_NOT_AN_OPTION', params: { answer: 'D' } }],
    ],
    [
      'an empty answer',
      lines('Câu?', 'A. x', 'B. y', 'ANSWER:'),
      [{ line: 4, code: 'AIKEN_ANSWER_NOT_AN_OPTION', params: { answer: '' } }],
    ],
    ['a single option', lines('Câu?', 'A. x', 'ANSWER: A'), [{ line: 3, code: 'AIKEN_TOO_FEW_OPTIONS', params: { count: 1 } }]],
    [
      'an option before any question text',
      lines('A. x', 'B. y'),
      [
        { line: 1, code: 'AIKEN_OPTION_BEFORE_QUESTION' },
        { line: 2, code: 'AIKEN_OPTION_BEFORE_QUESTION' },
      ],
    ],
    [
      'an option right after a finished question',
      lines('Câu?', 'A. x', 'B. y', 'ANSWER: A', 'C. z'),
      [{ line: 5, code: 'AIKEN_OPTION_BEFORE_QUESTION' }],
    ],
  ])('%s', (_name, text, problems) => {
    const result = parseAiken(text);
    expect(result.problems).toEqual(problems);
  });

  it('skips each broken question and keeps the good ones', () => {
    const text = lines(
      'Câu thiếu phương án',
      'A) Chỉ một',
      'ANSWER: A',
      '',
      'A) Chưa có câu hỏi',
      '',
      'ANSWER: Chưa có câu hỏi',
      '',
      'Câu tốt',
      'A) Đúng',
      'B) Sai',
      'ANSWER: A',
      '',
      'Câu bỏ dở',
      'A) Gần đúng',
      'B) Gần sai',
      '',
      'Câu tốt thứ hai',
      'A) Sai',
      'B) Đúng',
      'ANSWER: B',
    );
    const { questions, problems } = parseAiken(text);
    expect(problems).toEqual([
      { line: 3, code: 'AIKEN_TOO_FEW_OPTIONS', params: { count: 1 } },
      { line: 5, code: 'AIKEN_OPTION_BEFORE_QUESTION' },
      { line: 7, code: 'AIKEN_ANSWER_WITHOUT_OPTIONS' },
      { line: 14, code: 'AIKEN_NO_ANSWER_LINE' },
    ]);
    expect(questions.map((question) => [question.line, question.stem, question.options?.find((option) => option.correct)?.text])).toEqual([
      [9, 'Câu tốt', 'Đúng'],
      [18, 'Câu tốt thứ hai', 'Đúng'],
    ]);
  });
});
