import { DASH, formatCount, formatDay, formatDecimal, formatFraction, formatMinutes, formatPercentValue } from './format.js';

describe('report figures', () => {
  it.each([
    [0.5, 'vi-VN', '50%'],
    [0.125, 'vi-VN', '12,5%'],
    [0.125, 'en-GB', '12.5%'],
    [1.2, 'vi-VN', '120%'],
    [0, 'vi-VN', '0%'],
    [3 / 14171, 'vi-VN', '<0,1%'],
    [0.0005, 'vi-VN', '0,1%'],
    [null, 'vi-VN', DASH],
    [undefined, 'vi-VN', DASH],
    [Number.NaN, 'vi-VN', DASH],
  ])('fraction %p in %s → %p', (value, locale, expected) => {
    expect(formatFraction(value, locale)).toBe(expected);
  });

  it.each([
    [42.5, 'vi-VN', '42,5%'],
    [-12.25, 'en-GB', '-12.3%'],
    [null, 'en-GB', DASH],
  ])('percent value %p in %s → %p', (value, locale, expected) => {
    expect(formatPercentValue(value, locale)).toBe(expected);
  });

  it.each([
    [7.256, 'vi-VN', 2, '7,26'],
    [7, 'vi-VN', 2, '7'],
    [0.12345, 'en-GB', 3, '0.123'],
    [null, 'vi-VN', 2, DASH],
    [Number.POSITIVE_INFINITY, 'vi-VN', 2, DASH],
  ])('decimal %p in %s (%p digits) → %p', (value, locale, digits, expected) => {
    expect(formatDecimal(value, locale, digits)).toBe(expected);
  });

  it.each([
    [1234, 'vi-VN', '1.234'],
    [1234, 'en-GB', '1,234'],
    [null, 'vi-VN', DASH],
  ])('count %p in %s → %p', (value, locale, expected) => {
    expect(formatCount(value, locale)).toBe(expected);
  });

  it.each([
    [0, '0:00'],
    [65_400, '1:05'],
    [65_600, '1:06'],
    [3_725_000, '1:02:05'],
    [-5, '0:00'],
    [null, DASH],
  ])('%p ms → %p', (ms, expected) => {
    expect(formatMinutes(ms)).toBe(expected);
  });
});

describe('report days', () => {
  it.each([
    ['2026-11-25T17:30:00Z', 'vi-VN', '26/11/2026'],
    ['2026-11-25T16:00:00Z', 'en-GB', '25/11/2026'],
  ])('%s in %s → %s', (instant, locale, expected) => {
    expect(formatDay(instant, locale)).toBe(expected);
  });
});
