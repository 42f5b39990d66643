import { countdownView, LiveClock, PUSH_TOLERANCE_MS, refineOffset } from './live-clock.js';

const at = (iso: string) => Date.parse(iso);

describe('refineOffset', () => {
  it.each([
    ['no offset yet: the push is all there is', null, 200, 200],
    ['a push says the offset is too small: take it', 100, 400, 400],
    ['a push a little below the ack estimate (delivery delay): keep the estimate', 1_000, 700, 1_000],
    ['exactly at the tolerance: keep', PUSH_TOLERANCE_MS, 0, PUSH_TOLERANCE_MS],
    ['far below the estimate (the device clock jumped forward): take the push', 3_600_000, 50, 50],
  ])('%s', (_name, current, lowerBound, expected) => {
    expect(refineOffset(current, lowerBound)).toBe(expected);
  });
});

describe('LiveClock', () => {
  it('counts on the server clock whatever the device says', () => {
    let device = at('2030-01-01T00:00:00.000Z');
    const clock = new LiveClock(() => device);
    expect(clock.synced).toBe(false);
    clock.fromAck('2025-11-26T01:00:00.100Z', device, device + 200);
    // The server read its clock half way through the 200 ms round trip.
    expect(clock.now()).toBe(at('2025-11-26T01:00:00.000Z'));
    device += 5_000;
    expect(clock.now()).toBe(at('2025-11-26T01:00:05.000Z'));
  });

  it('ignores a late push but follows a device clock that changed', () => {
    let device = 10_000;
    const clock = new LiveClock(() => device);
    clock.fromAck(11_000, 9_900, 10_100); // offset 1 000
    clock.fromPush(10_800, 10_000); // delivered 200 ms late
    expect(clock.offset).toBe(1_000);
    device += 3_600_000; // the user moves the clock an hour on
    clock.fromPush(12_000, device);
    expect(clock.offset).toBe(12_000 - device);
  });
});

describe('countdownView', () => {
  const opened = '2025-11-26T01:00:00.000Z';
  const closes = '2025-11-26T01:00:20.000Z';

  it.each([
    ['just opened', at(opened), 20_000, 20, 1, 'calm'],
    ['half way', at(opened) + 10_000, 10_000, 10, 0.5, 'calm'],
    ['4.2 s left: shows 5 and hurries', at(opened) + 15_800, 4_200, 5, 0.21, 'hurry'],
    ['over', at(closes), 0, 0, 0, 'over'],
    ['past the close', at(closes) + 3_000, 0, 0, 0, 'over'],
    ['device behind the open time', at(opened) - 500, 20_500, 21, 1, 'calm'],
  ])('%s', (_name, now, remainingMs, seconds, fraction, tone) => {
    expect(countdownView(opened, closes, now)).toEqual({ remainingMs, seconds, fraction, tone });
  });

  it('refuses something that is not a time', () => {
    expect(() => countdownView('soon', closes, 0)).toThrow(RangeError);
  });
});
