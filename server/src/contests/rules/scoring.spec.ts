import { isWellFormedResponse, parseNumericResponse, scoreResponse, type KeyedQuestion } from './scoring.js';

const base: KeyedQuestion = {
  type: 'single',
  options: [],
  accepted: [],
  acceptWithoutDiacritics: false,
  numericValue: null,
  numericTolerance: null,
  partialCredit: false,
};
const single: KeyedQuestion = {
  ...base,
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
    { id: 'c', correct: false, weight: 50 },
  ],
};
const trueFalse: KeyedQuestion = {
  ...base,
  type: 'true_false',
  options: [
    { id: 't', correct: false },
    { id: 'f', correct: true },
  ],
};
const multiple: KeyedQuestion = {
  ...base,
  type: 'multiple',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: true },
    { id: 'c', correct: true },
    { id: 'd', correct: false },
    { id: 'e', correct: false },
  ],
};
const multipleCounted: KeyedQuestion = { ...multiple, partialCredit: true };
const multipleWeighted: KeyedQuestion = {
  ...multiple,
  partialCredit: true,
  options: [
    { id: 'a', correct: true, weight: 50 },
    { id: 'b', correct: true, weight: 30 },
    { id: 'c', correct: true, weight: 20 },
    { id: 'd', correct: false, weight: -100 },
    { id: 'e', correct: false, weight: -10 },
  ],
};
const shortText: KeyedQuestion = { ...base, type: 'short_text', accepted: ['Hà Nội', 'Thủ đô Hà Nội'] };
const shortTextFolded: KeyedQuestion = { ...shortText, accepted: ['Điện Biên Phủ'], acceptWithoutDiacritics: true };
const numeric: KeyedQuestion = { ...base, type: 'numeric', numericValue: 2.5, numericTolerance: 0.1 };
const numericExact: KeyedQuestion = { ...base, type: 'numeric', numericValue: 0.3, numericTolerance: null };

describe('scoreResponse', () => {
  it.each<[string, KeyedQuestion, unknown, boolean, number]>([
    ['single: the key', single, 'b', true, 1],
    ['single: a wrong option', single, 'a', false, 0],
    ['single: a weighted wrong option without partial credit', single, 'c', false, 0],
    ['single: a weighted wrong option with partial credit', { ...single, partialCredit: true }, 'c', false, 0.5],
    ['single: an unknown id', single, 'z', false, 0],
    ['single: an array', single, ['b'], false, 0],
    ['single: blank', single, null, false, 0],
    ['true_false: the key', trueFalse, 'f', true, 1],
    ['true_false: the other', trueFalse, 't', false, 0],
    ['true_false: a boolean instead of an id', trueFalse, false, false, 0],
    ['multiple: exactly the key, any order', multiple, ['c', 'a', 'b'], true, 1],
    ['multiple: all-or-nothing, one key missing', multiple, ['a', 'b'], false, 0],
    ['multiple: all-or-nothing, one wrong extra', multiple, ['a', 'b', 'c', 'd'], false, 0],
    ['multiple: empty', multiple, [], false, 0],
    ['multiple: a repeated id', multiple, ['a', 'a', 'b', 'c'], false, 0],
    ['multiple: an unknown id', multiple, ['a', 'b', 'c', 'x'], false, 0],
    ['multiple: a string', multiple, 'a', false, 0],
    ['multiple: a number inside', multiple, ['a', 1], false, 0],
    ['counted partial: two of three keys', multipleCounted, ['a', 'b'], false, 2 / 3],
    ['counted partial: three keys and a wrong one', multipleCounted, ['a', 'b', 'c', 'd'], false, 2 / 3],
    ['counted partial: one key and one wrong', multipleCounted, ['a', 'd'], false, 0],
    ['counted partial: floored at 0', multipleCounted, ['a', 'd', 'e'], false, 0],
    ['counted partial: the key', multipleCounted, ['a', 'b', 'c'], true, 1],
    ['weighted partial: sum of chosen weights', multipleWeighted, ['a', 'b'], false, 0.8],
    ['weighted partial: a negative weight counts', multipleWeighted, ['a', 'b', 'c', 'e'], false, 0.9],
    ['weighted partial: floored at 0', multipleWeighted, ['a', 'd'], false, 0],
    ['weighted partial: the key', multipleWeighted, ['a', 'b', 'c'], true, 1],
    [
      'weighted partial: capped at 1',
      { ...multipleWeighted, options: multipleWeighted.options.map((option) => ({ ...option, weight: option.correct ? 60 : 0 })) },
      ['a', 'b', 'd'],
      false,
      1,
    ],
    ['short_text: exact', shortText, 'Hà Nội', true, 1],
    ['short_text: case and spaces', shortText, '  hà   NỘI ', true, 1],
    ['short_text: decomposed input (NFD)', shortText, 'Hà Nội'.normalize('NFD'), true, 1],
    ['short_text: second accepted answer', shortText, 'thủ đô hà nội', true, 1],
    ['short_text: no diacritics when not allowed', shortText, 'Ha Noi', false, 0],
    ['short_text: another answer', shortText, 'Huế', false, 0],
    ['short_text: blank string', shortText, '   ', false, 0],
    ['short_text: a number', shortText, 42, false, 0],
    ['short_text: without diacritics when allowed, d for đ', shortTextFolded, 'dien bien phu', true, 1],
    ['short_text: with diacritics when folding is allowed', shortTextFolded, 'ĐIỆN BIÊN PHỦ', true, 1],
    ['short_text: folding still needs the right words', shortTextFolded, 'dien bien', false, 0],
    ['numeric: exact number', numeric, 2.5, true, 1],
    ['numeric: inside the tolerance', numeric, 2.58, true, 1],
    ['numeric: at the tolerance', numeric, 2.4, true, 1],
    ['numeric: outside the tolerance', numeric, 2.61, false, 0],
    ['numeric: Vietnamese decimal comma', numeric, '2,5', true, 1],
    ['numeric: dot in a string', numeric, ' 2.55 ', true, 1],
    ['numeric: NaN', numeric, Number.NaN, false, 0],
    ['numeric: Infinity', numeric, Number.POSITIVE_INFINITY, false, 0],
    ['numeric: words', numeric, 'hai phẩy năm', false, 0],
    ['numeric: two separators', numeric, '2,500.0', false, 0],
    ['numeric: empty string', numeric, '', false, 0],
    ['numeric: null tolerance is exact, with float slack', numericExact, 0.1 + 0.2, true, 1],
    ['numeric: null tolerance refuses a near miss', numericExact, 0.31, false, 0],
    ['numeric: a question without a value', { ...numeric, numericValue: null }, 2.5, false, 0],
    ['numeric: an object', numeric, { value: 2.5 }, false, 0],
  ])('%s', (_name, question, response, correct, credit) => {
    const score = scoreResponse(question, response);
    expect(score.correct).toBe(correct);
    expect(score.credit).toBeCloseTo(credit, 10);
  });

  it.each([undefined, null, {}, [], Symbol('x'), () => 'b', Object.create(null), [[['a']]]])(
    'never throws on %p, for any type',
    (response) => {
      for (const question of [single, trueFalse, multiple, multipleWeighted, shortText, shortTextFolded, numeric]) {
        expect(scoreResponse(question, response)).toEqual({ correct: false, credit: 0 });
      }
    },
  );
});

describe('isWellFormedResponse', () => {
  const ids = ['a', 'b', 'c'];
  it.each<[string, Parameters<typeof isWellFormedResponse>[0], unknown, boolean]>([
    ['single: a known id', 'single', 'a', true],
    ['single: an unknown id', 'single', 'z', false],
    ['single: a number', 'single', 1, false],
    ['single: blank', 'single', null, true],
    ['single: undefined', 'single', undefined, false],
    ['true_false: a known id', 'true_false', 'b', true],
    ['true_false: a boolean', 'true_false', true, false],
    ['multiple: known ids', 'multiple', ['a', 'c'], true],
    ['multiple: empty', 'multiple', [], true],
    ['multiple: repeated ids', 'multiple', ['a', 'a'], false],
    ['multiple: an unknown id', 'multiple', ['a', 'z'], false],
    ['multiple: a single id', 'multiple', 'a', false],
    ['short_text: a string', 'short_text', 'Hà Nội', true],
    ['short_text: too long', 'short_text', 'x'.repeat(1_001), false],
    ['short_text: a number', 'short_text', 12, false],
    ['numeric: a number', 'numeric', -3, true],
    ['numeric: a comma string', 'numeric', '2,5', true],
    ['numeric: NaN', 'numeric', Number.NaN, false],
    ['numeric: letters', 'numeric', '2a', false],
    ['numeric: an array', 'numeric', [2], false],
  ])('%s', (_name, type, response, expected) => {
    expect(isWellFormedResponse(type, response, ids)).toBe(expected);
  });
});

describe('parseNumericResponse', () => {
  it.each<[unknown, number | undefined]>([
    ['2,5', 2.5],
    ['-0,75', -0.75],
    ['+3', 3],
    [',5', 0.5],
    ['1.000', 1],
    ['1.000,5', undefined],
    ['1,2,3', undefined],
    ['1e3', undefined],
    ['0x10', undefined],
    ['', undefined],
    [7, 7],
  ])('%p → %p', (input, expected) => {
    expect(parseNumericResponse(input)).toBe(expected);
  });
});
