import { latestStartAt, leavesTimeToStart, mayStartAt, requiredRemainingMs, type LateStartRule } from './late-start.js';

const at = (time: string) => new Date(`2026-11-09T${time}+07:00`);
const closes = at('17:00:00');
const TWENTY_MINUTES = 20 * 60;

describe('mayStartAt', () => {
  it.each<[string, LateStartRule, string, boolean]>([
    ['until_close: early in the window', { mode: 'until_close' }, '08:00:00', true],
    ['until_close: a millisecond before the close', { mode: 'until_close' }, '16:59:59.999', true],
    ['until_close: after the close', { mode: 'until_close' }, '17:00:00.001', false],
    ['full_duration: more than a duration left', { mode: 'full_duration' }, '16:39:59.999', true],
    ['full_duration: exactly a duration left', { mode: 'full_duration' }, '16:40:00', true],
    ['full_duration: a millisecond less than a duration left', { mode: 'full_duration' }, '16:40:00.001', false],
    ['full_duration: in the last minute', { mode: 'full_duration' }, '16:59:00', false],
    ['minutes_before_close: before the last 30 minutes', { mode: 'minutes_before_close', minutes: 30 }, '16:29:59.999', true],
    ['minutes_before_close: exactly 30 minutes left', { mode: 'minutes_before_close', minutes: 30 }, '16:30:00', true],
    ['minutes_before_close: inside the last 30 minutes', { mode: 'minutes_before_close', minutes: 30 }, '16:30:00.001', false],
    ['minutes_before_close: ignores the duration', { mode: 'minutes_before_close', minutes: 5 }, '16:50:00', true],
  ])('%s', (_name, rule, now, expected) => {
    expect(mayStartAt(rule, at(now), closes, TWENTY_MINUTES)).toBe(expected);
  });

  it.each<[string, LateStartRule, number]>([
    ['until_close needs nothing left', { mode: 'until_close' }, 0],
    ['full_duration needs the duration', { mode: 'full_duration' }, 1_200_000],
    ['minutes_before_close needs the minutes', { mode: 'minutes_before_close', minutes: 15 }, 900_000],
    ['extra minutes are ignored outside their mode', { mode: 'full_duration', minutes: 15 }, 1_200_000],
  ])('%s', (_name, rule, expected) => {
    expect(requiredRemainingMs(rule, TWENTY_MINUTES)).toBe(expected);
  });

  it.each<[string, LateStartRule, number]>([
    ['minutes missing', { mode: 'minutes_before_close' }, TWENTY_MINUTES],
    ['zero minutes', { mode: 'minutes_before_close', minutes: 0 }, TWENTY_MINUTES],
    ['negative minutes', { mode: 'minutes_before_close', minutes: -5 }, TWENTY_MINUTES],
    ['a zero duration', { mode: 'full_duration' }, 0],
    ['an unknown mode', { mode: 'whenever' } as unknown as LateStartRule, TWENTY_MINUTES],
  ])('refuses %s', (_name, rule, duration) => {
    expect(() => mayStartAt(rule, at('08:00:00'), closes, duration)).toThrow(RangeError);
  });
});

describe('latestStartAt', () => {
  it.each<[LateStartRule, string]>([
    [{ mode: 'until_close' }, '17:00:00'],
    [{ mode: 'full_duration' }, '16:40:00'],
    [{ mode: 'minutes_before_close', minutes: 45 }, '16:15:00'],
  ])('%j → %s', (rule, expected) => {
    expect(latestStartAt(rule, closes, TWENTY_MINUTES)).toEqual(at(expected));
  });

  it('refuses an invalid close', () => {
    expect(() => latestStartAt({ mode: 'until_close' }, new Date('nope'), TWENTY_MINUTES)).toThrow(RangeError);
  });
});

describe('leavesTimeToStart', () => {
  it.each<[string, LateStartRule, string, boolean]>([
    ['a long window', { mode: 'full_duration' }, '08:00:00', true],
    ['a window just longer than the duration', { mode: 'full_duration' }, '16:39:59', true],
    ['a window exactly the duration long', { mode: 'full_duration' }, '16:40:00', false],
    ['a window shorter than the duration', { mode: 'full_duration' }, '16:50:00', false],
    ['a window shorter than the closing minutes', { mode: 'minutes_before_close', minutes: 60 }, '16:30:00', false],
    ['any window until the close', { mode: 'until_close' }, '16:59:00', true],
  ])('%s', (_name, rule, opens, expected) => {
    expect(leavesTimeToStart(rule, at(opens), closes, TWENTY_MINUTES)).toBe(expected);
  });
});
