import { formatClock, formatElapsed, formatRate, formatScore, formatWhen, splitDuration } from './format.js';

describe('splitDuration', () => {
  it.each([
    [0, { hours: 0, minutes: 0, seconds: 0, tenths: 0 }],
    [205_460, { hours: 0, minutes: 3, seconds: 25, tenths: 4 }],
    [3_723_999, { hours: 1, minutes: 2, seconds: 3, tenths: 9 }],
    [-10, { hours: 0, minutes: 0, seconds: 0, tenths: 0 }],
  ])('%p ms', (ms, parts) => {
    expect(splitDuration(ms)).toEqual(parts);
  });
});

describe('formatElapsed', () => {
  it.each([
    [205_460, 'vi-VN', '3:25,4'],
    [205_460, 'en-GB', '3:25.4'],
    [59_900, 'vi-VN', '0:59,9'],
    [3_723_999, 'vi-VN', '1:02:03,9'],
  ])('%p ms in %s → %p', (ms, locale, expected) => {
    expect(formatElapsed(ms, locale)).toBe(expected);
  });
});

describe('formatScore and formatRate', () => {
  it('keeps two decimals of partial credit, in the locale', () => {
    expect(formatScore(17.5, 'vi-VN')).toBe('17,5');
    expect(formatScore(17.456, 'en-GB')).toBe('17.46');
    expect(formatScore(20, 'vi-VN')).toBe('20');
  });

  it('shows rates as percentages', () => {
    expect(formatRate(0.4567, 'en-GB')).toBe('45.7%');
    expect(formatRate(1, 'en-GB')).toBe('100%');
  });
});

describe('formatWhen and formatClock', () => {
  it('shows instants on Vietnam time with a four-digit year', () => {
    expect(formatWhen('2025-11-26T16:05:00Z', 'vi-VN')).toBe('23:05 26/11/2025');
    expect(formatWhen('2025-11-26T16:05:00Z', 'en-GB')).toBe('26/11/2025, 23:05');
    expect(formatClock('2025-11-26T07:03:22Z', 'vi-VN')).toBe('14:03:22');
  });
});
