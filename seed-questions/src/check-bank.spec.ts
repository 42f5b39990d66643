import { checkBank, normalizeStem } from './check-bank.js';
import { loadBank } from './load-bank.js';
import type { SeedBank, SeedQuestion } from './seed-types.js';

const register: Omit<SeedBank, 'questions'> = {
  documents: [
    {
      id: 'luat-06-2022-qh15',
      number: '06/2022/QH15',
      title: 'Luật Thi đua, khen thưởng',
      issuer: 'Quốc hội',
      issuedAt: '2022-06-15',
      effectiveAt: '2024-01-01',
      supersededBy: null,
    },
  ],
  facts: [
    { id: 'F005', statement: 'Luật có hiệu lực từ 01/01/2024.', documentId: 'luat-06-2022-qh15', article: 'Điều 94', source: 'Công báo' },
    { id: 'F010', statement: 'Tám điểm mới.', documentId: 'luat-06-2022-qh15', article: '—', source: 'báo' },
  ],
  topics: [{ code: 'law-ch1-general', name: 'Chương I' }],
};

const good: SeedQuestion = {
  key: 'q1',
  type: 'single',
  stem: 'Theo Luật Thi đua, khen thưởng năm 2022, Luật có hiệu lực từ ngày nào?',
  options: [
    { text: '01/01/2024', correct: true },
    { text: '01/7/2023', correct: false },
    { text: '15/6/2022', correct: false },
  ],
  explanation: 'Khoản 1 Điều 94 quy định hiệu lực từ 01/01/2024.',
  legalBasis: { documentId: 'luat-06-2022-qh15', article: 'Điều 94' },
  facts: ['F005'],
  topic: 'law-ch1-general',
  cognitiveLevel: 'recognition',
  difficulty: 'easy',
};

const check = (...questions: SeedQuestion[]) => checkBank({ ...register, questions: questions.map((q) => ({ ...q, file: 'test.json' })) });

describe('checkBank catches', () => {
  it('nothing in a sound question', () => {
    expect(check(good)).toEqual([]);
  });

  it.each<[string, Partial<SeedQuestion>, RegExp]>([
    [
      'two keys on a single',
      {
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
          { text: 'C', correct: false },
        ],
      },
      /exactly 1 key/,
    ],
    ['one key on a multiple', { type: 'multiple' }, /2 or more keys/],
    [
      'a repeated option',
      {
        options: [
          { text: 'A', correct: true },
          { text: 'a', correct: false },
          { text: 'C', correct: false },
        ],
      },
      /repeated/,
    ],
    [
      '"all of the above"',
      {
        options: [
          { text: 'A', correct: true },
          { text: 'Tất cả các ý trên', correct: false },
          { text: 'C', correct: false },
        ],
      },
      /all of the above/,
    ],
    ['a fact outside the register', { facts: ['F999'] }, /not in the register/],
    ['a banned fact', { facts: ['F010'] }, /warned against/],
    ['no fact', { facts: [] }, /no fact/],
    ['no legal basis', { legalBasis: { documentId: '', article: '' } }, /legal basis/],
    ['an unknown document', { legalBasis: { documentId: 'nd-x', article: 'Điều 1' } }, /unknown document/],
    ['no explanation', { explanation: '' }, /explanation/],
    ['an unknown topic', { topic: 'nope' }, /unknown topic/],
    ['decomposed text', { stem: good.stem.normalize('NFD') }, /NFC/],
    [
      'a bad true/false',
      {
        type: 'true_false',
        options: [
          { text: 'Có', correct: true },
          { text: 'Không', correct: false },
        ],
      },
      /Đúng/,
    ],
    ['short text without answers', { type: 'short_text', options: undefined, accepted: [] }, /accepted/],
    ['numeric without a value', { type: 'numeric', options: undefined }, /numeric needs/],
  ])('%s', (_name, change, pattern) => {
    expect(check({ ...good, ...change }).join('\n')).toMatch(pattern);
  });

  it('a repeated key and a stem repeated up to case, diacritics and punctuation', () => {
    const problems = check(good, { ...good, stem: 'theo luat thi dua khen thuong nam 2022 luat co hieu luc tu ngay nao' });
    expect(problems.join('\n')).toMatch(/key repeats/);
    expect(problems.join('\n')).toMatch(/same stem/);
  });

  it('normalises stems', () => {
    expect(normalizeStem('  Điển hình, TIÊN tiến? ')).toBe('dien hinh tien tien');
  });
});

describe('the seed bank that ships', () => {
  const bank = loadBank();

  it('passes every check', () => {
    expect(checkBank(bank)).toEqual([]);
  });

  it('has at least 300 questions over every topic', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(300);
    const topics = new Set(bank.questions.map((question) => question.topic));
    for (const topic of bank.topics) expect([topic.code, topics.has(topic.code)]).toEqual([topic.code, true]);
  });

  it('can fill a 20-question paper by cognitive level (8 / 6 / 4 / 2)', () => {
    const count = (level: string) => bank.questions.filter((question) => question.cognitiveLevel === level).length;
    expect(count('recognition')).toBeGreaterThanOrEqual(8);
    expect(count('comprehension')).toBeGreaterThanOrEqual(6);
    expect(count('application')).toBeGreaterThanOrEqual(4);
    expect(count('high_application')).toBeGreaterThanOrEqual(2);
  });
});
