import { clockOffset, countdownTone, formatCountdown, minutesLeft, remainingMs, ServerClock } from './clock.js';

const at = (iso: string) => Date.parse(iso);

describe('clockOffset', () => {
  it.each([
    ['a device on time, instant answer', '2025-11-26T01:00:00.000Z', at('2025-11-26T01:00:00.000Z'), at('2025-11-26T01:00:00.000Z'), 0],
    ['a device 10 minutes fast', '2025-11-26T01:00:00.000Z', at('2025-11-26T01:10:00.000Z'), at('2025-11-26T01:10:00.000Z'), -600_000],
    ['a device 3 s slow', '2025-11-26T01:00:03.000Z', at('2025-11-26T01:00:00.000Z'), at('2025-11-26T01:00:00.000Z'), 3_000],
    [
      'a 400 ms round trip: the server read its clock half way',
      '2025-11-26T01:00:00.200Z',
      at('2025-11-26T01:00:00.000Z'),
      at('2025-11-26T01:00:00.400Z'),
      0,
    ],
  ])('%s', (_name, serverNow, sentAt, receivedAt, expected) => {
    expect(clockOffset(serverNow, sentAt, receivedAt)).toBe(expected);
  });

  it('refuses a server time that is not a time', () => {
    expect(() => clockOffset('soon', 0, 0)).toThrow(RangeError);
  });
});

describe('remainingMs', () => {
  const deadline = '2025-11-26T01:20:00.000Z';

  it.each([
    ['device on time', 0, at('2025-11-26T01:00:00.000Z'), 1_200_000],
    ['device 10 minutes fast: the offset takes them back', -600_000, at('2025-11-26T01:10:00.000Z'), 1_200_000],
    ['device 1 hour slow', 3_600_000, at('2025-11-26T00:00:00.000Z'), 1_200_000],
    ['past the deadline', 0, at('2025-11-26T01:25:00.000Z'), 0],
  ])('%s', (_name, offset, deviceNow, expected) => {
    expect(remainingMs(deadline, offset, deviceNow)).toBe(expected);
  });
});

describe('ServerClock', () => {
  it('counts down on the server clock whatever the device clock says', () => {
    let device = at('2030-01-01T00:00:00.000Z'); // a device clock years off
    const clock = new ServerClock(() => device);
    clock.sample('2025-11-26T01:00:00.000Z', device - 100, device + 100);
    expect(clock.synced).toBe(true);
    expect(clock.remaining('2025-11-26T01:20:00.000Z')).toBe(1_200_000);
    device += 61_000;
    expect(clock.remaining('2025-11-26T01:20:00.000Z')).toBe(1_139_000);
    expect(clock.now()).toBe(at('2025-11-26T01:01:01.000Z'));
  });

  it('is corrected by a later sample when the device clock is changed mid-attempt', () => {
    let device = at('2025-11-26T01:00:00.000Z');
    const clock = new ServerClock(() => device);
    clock.sample('2025-11-26T01:00:00.000Z', device, device);
    device += 5 * 60_000 + 3_600_000; // five minutes pass and the user moves the clock an hour on
    expect(clock.remaining('2025-11-26T01:20:00.000Z')).toBe(0);
    clock.sample('2025-11-26T01:05:00.000Z', device - 50, device + 50);
    expect(clock.remaining('2025-11-26T01:20:00.000Z')).toBe(15 * 60_000);
  });

  it('keeps a good offset when a sample comes from a very slow round trip', () => {
    const clock = new ServerClock(() => 0);
    clock.sample(1_000, 0, 200);
    clock.sample(99_000, 0, 10_000);
    expect(clock.offset).toBe(900);
    expect(clock.uncertaintyMs).toBe(100);
  });

  it('takes even a slow first sample: it is better than the device alone', () => {
    const clock = new ServerClock(() => 0);
    expect(clock.synced).toBe(false);
    clock.sample(20_000, 0, 10_000);
    expect(clock.offset).toBe(15_000);
  });
});

describe('formatCountdown', () => {
  it.each([
    [1_200_000, '20:00'],
    [1_199_001, '20:00'],
    [1_199_000, '19:59'],
    [65_000, '1:05'],
    [999, '0:01'],
    [0, '0:00'],
    [-5_000, '0:00'],
    [3_900_000, '1:05:00'],
  ])('%p ms → %p', (ms, expected) => {
    expect(formatCountdown(ms)).toBe(expected);
  });
});

describe('countdownTone and minutesLeft', () => {
  it.each([
    [600_000, 'calm', 10],
    [300_000, 'warning', 5],
    [60_000, 'urgent', 1],
    [59_001, 'urgent', 1],
    [0, 'over', 0],
  ])('%p ms → %p, %p min', (ms, tone, minutes) => {
    expect(countdownTone(ms)).toBe(tone);
    expect(minutesLeft(ms)).toBe(minutes);
  });
});
