import { isPhone, normalizePhone } from './validation.js';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(028) 3812-3456', '02838123456'],
  ])('%p → %p', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});

describe('isPhone', () => {
  it.each([
    ['0912345678', true],
    ['+84912345678', true],
    ['02838123456', true],
    ['912345678', false],
    ['09123', false],
    ['09123456789012', false],
    ['abc', false],
  ])('%p → %p', (input, expected) => {
    expect(isPhone(input)).toBe(expected);
  });
});
