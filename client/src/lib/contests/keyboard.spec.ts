import { optionLetter, shortcutFor } from './keyboard.js';

describe('shortcutFor', () => {
  it.each([
    ['1', 4, { kind: 'choose', index: 0 }],
    ['4', 4, { kind: 'choose', index: 3 }],
    ['5', 4, null],
    ['6', 6, { kind: 'choose', index: 5 }],
    ['7', 8, null],
    ['a', 4, { kind: 'choose', index: 0 }],
    ['C', 4, { kind: 'choose', index: 2 }],
    ['e', 5, { kind: 'choose', index: 4 }],
    ['e', 4, null],
    ['f', 6, { kind: 'flag' }],
    ['F', 2, { kind: 'flag' }],
    ['ArrowRight', 4, { kind: 'next' }],
    ['ArrowLeft', 4, { kind: 'prev' }],
    ['Enter', 4, null],
    ['x', 4, null],
    ['0', 4, null],
  ])('%p with %p options → %p', (key, count, expected) => {
    expect(shortcutFor({ key }, count)).toEqual(expected);
  });

  it('leaves browser shortcuts and typing alone', () => {
    expect(shortcutFor({ key: 'ArrowLeft', altKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'f', ctrlKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'a', metaKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'a' }, 4, true)).toBeNull();
    expect(shortcutFor({ key: 'ArrowRight' }, 0, true)).toBeNull();
  });

  it('moves between questions without options too', () => {
    expect(shortcutFor({ key: 'ArrowRight' }, 0)).toEqual({ kind: 'next' });
    expect(shortcutFor({ key: '1' }, 0)).toBeNull();
  });
});

describe('optionLetter', () => {
  it.each([
    [0, 'A'],
    [3, 'D'],
    [5, 'F'],
  ])('%p → %p', (index, letter) => {
    expect(optionLetter(index)).toBe(letter);
  });
});
