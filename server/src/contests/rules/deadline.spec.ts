import { acceptsAnswer, deadlineFor, remainingMs } from './deadline.js';

const at = (time: string) => new Date(`2026-11-09T${time}+07:00`);

describe('deadlineFor', () => {
  it.each<[string, string, number, string, string]>([
    ['the duration ends first', '08:00:00', 20 * 60, '17:00:00', '08:20:00'],
    ['the round closes first', '16:50:00', 20 * 60, '17:00:00', '17:00:00'],
    ['both at once', '16:40:00', 20 * 60, '17:00:00', '17:00:00'],
    ['a start after the close ends at the close', '17:05:00', 20 * 60, '17:00:00', '17:00:00'],
    ['a duration in odd seconds', '08:00:00', 901, '17:00:00', '08:15:01'],
  ])('%s', (_name, startedAt, duration, closesAt, expected) => {
    expect(deadlineFor(at(startedAt), duration, at(closesAt))).toEqual(at(expected));
  });

  it.each<[string, Date, number, Date]>([
    ['a zero duration', at('08:00:00'), 0, at('17:00:00')],
    ['a negative duration', at('08:00:00'), -60, at('17:00:00')],
    ['a NaN duration', at('08:00:00'), Number.NaN, at('17:00:00')],
    ['an invalid start', new Date('nope'), 60, at('17:00:00')],
    ['an invalid close', at('08:00:00'), 60, new Date(Number.NaN)],
  ])('refuses %s', (_name, startedAt, duration, closesAt) => {
    expect(() => deadlineFor(startedAt, duration, closesAt)).toThrow(RangeError);
  });
});

describe('acceptsAnswer', () => {
  const deadline = at('08:20:00');
  it.each<[string, string, number, boolean]>([
    ['well before', '08:10:00', 5, true],
    ['at the deadline', '08:20:00', 5, true],
    ['inside the grace', '08:20:04.999', 5, true],
    ['at the end of the grace', '08:20:05', 5, true],
    ['a millisecond after the grace', '08:20:05.001', 5, false],
    ['after the deadline without grace', '08:20:00.001', 0, false],
    ['a negative grace counts as none', '08:20:00', -10, true],
    ['a negative grace does not shorten the attempt', '08:19:59', -10, true],
    ['long after', '09:00:00', 5, false],
  ])('%s', (_name, now, grace, expected) => {
    expect(acceptsAnswer(at(now), deadline, grace)).toBe(expected);
  });
});

describe('remainingMs', () => {
  const deadline = at('08:20:00');
  it.each<[string, number]>([
    ['08:00:00', 20 * 60_000],
    ['08:19:59.250', 750],
    ['08:20:00', 0],
    ['08:25:00', 0],
  ])('at %s', (now, expected) => {
    expect(remainingMs(at(now), deadline)).toBe(expected);
  });
});
