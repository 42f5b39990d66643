import { BroadcastThrottle, type ThrottleDecision } from './broadcast-throttle.js';

type Step = ['request', string, number, ThrottleDecision] | ['fired', string, number] | ['forget', string];

describe('BroadcastThrottle (interval 250 ms)', () => {
  it.each<[string, Step[]]>([
    ['the first request emits at once', [['request', 'r1', 1_000, { emitNow: true }]]],
    [
      'a request in the quiet period schedules a trailing emission at its end',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_100, { emitNow: false, emitAt: 1_250 }],
      ],
    ],
    [
      'more requests in the same quiet period schedule nothing more',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_010, { emitNow: false, emitAt: 1_250 }],
        ['request', 'r1', 1_020, { emitNow: false }],
        ['request', 'r1', 1_249, { emitNow: false }],
      ],
    ],
    [
      'two requests at the same instant emit once',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_000, { emitNow: false, emitAt: 1_250 }],
      ],
    ],
    [
      'after the trailing emission a new quiet period starts',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_100, { emitNow: false, emitAt: 1_250 }],
        ['fired', 'r1', 1_252],
        ['request', 'r1', 1_300, { emitNow: false, emitAt: 1_502 }],
      ],
    ],
    [
      'a pending trailing emission covers a request that races its timer',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_100, { emitNow: false, emitAt: 1_250 }],
        ['request', 'r1', 1_260, { emitNow: false }],
      ],
    ],
    [
      'a trailing timer lost for a whole interval no longer blocks',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_100, { emitNow: false, emitAt: 1_250 }],
        ['request', 'r1', 1_500, { emitNow: true }],
        ['request', 'r1', 1_600, { emitNow: false, emitAt: 1_750 }],
      ],
    ],
    [
      'a request at the end of the quiet period emits at once',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_250, { emitNow: true }],
        ['request', 'r1', 1_499, { emitNow: false, emitAt: 1_500 }],
      ],
    ],
    [
      'keys are throttled apart',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r2', 1_001, { emitNow: true }],
        ['request', 'r1', 1_002, { emitNow: false, emitAt: 1_250 }],
        ['request', 'r2', 1_003, { emitNow: false, emitAt: 1_251 }],
      ],
    ],
    [
      'an emission recorded by fired() starts a quiet period too',
      [
        ['fired', 'r1', 1_000],
        ['request', 'r1', 1_100, { emitNow: false, emitAt: 1_250 }],
      ],
    ],
    [
      'a forgotten key starts afresh',
      [
        ['request', 'r1', 1_000, { emitNow: true }],
        ['request', 'r1', 1_100, { emitNow: false, emitAt: 1_250 }],
        ['forget', 'r1'],
        ['request', 'r1', 1_120, { emitNow: true }],
      ],
    ],
  ])('%s', (_name, steps) => {
    const throttle = new BroadcastThrottle(250);
    for (const step of steps) {
      if (step[0] === 'request') expect([step[2], throttle.request(step[1], step[2])]).toEqual([step[2], step[3]]);
      else if (step[0] === 'fired') throttle.fired(step[1], step[2]);
      else throttle.forget(step[1]);
    }
  });

  it('emits at most once per interval under a steady flood, and never falls silent', () => {
    const throttle = new BroadcastThrottle(250);
    const emissions: number[] = [];
    let timerAt: number | null = null;
    for (let now = 0; now <= 10_000; now += 7) {
      if (timerAt !== null && now >= timerAt) {
        throttle.fired('r1', now);
        emissions.push(now);
        timerAt = null;
      }
      const decision = throttle.request('r1', now);
      if (decision.emitNow) emissions.push(now);
      if (decision.emitAt !== undefined) timerAt = decision.emitAt;
    }
    const gaps = emissions.slice(1).map((time, index) => time - emissions[index]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...gaps)).toBeLessThan(250 + 7);
    expect(emissions.length).toBeGreaterThanOrEqual(38);
  });

  it.each([0, -5, Number.NaN])('refuses an interval of %p', (interval) => {
    expect(() => new BroadcastThrottle(interval)).toThrow(RangeError);
  });
});
