import { chosenIds, isAnswered, parseNumber, toggleOption } from './answers.js';

describe('isAnswered', () => {
  it.each([
    ['opt1', true],
    ['  ', false],
    [['a'], true],
    [[], false],
    [0, true],
    [Number.NaN, false],
    [undefined, false],
    [null, false],
  ])('%p → %p', (response, expected) => {
    expect(isAnswered(response)).toBe(expected);
  });
});

describe('parseNumber', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 42 ', 42],
    ['-3', -3],
    [',5', 0.5],
    ['1.000,5', undefined],
    ['', undefined],
    ['mười', undefined],
    ['1e3', undefined],
  ])('%p → %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('chosenIds', () => {
  it.each([
    ['a', ['a']],
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    [[1, 'b'], ['b']],
    [3, []],
    [null, []],
  ])('%p → %p', (response, expected) => {
    expect(chosenIds(response)).toEqual(expected);
  });
});

describe('toggleOption', () => {
  it.each([
    [undefined, 'b', ['b']],
    [['c'], 'a', ['a', 'c']],
    [['a', 'c'], 'a', ['c']],
    [['x'], 'b', ['b']],
  ])('%p + %p → %p', (response, optionId, expected) => {
    expect(toggleOption(response, optionId, ['a', 'b', 'c'])).toEqual(expected);
  });
});
