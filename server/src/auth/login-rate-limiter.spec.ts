import { LoginRateLimiter } from './login-rate-limiter.js';

describe('LoginRateLimiter', () => {
  const rule = { maxFailures: 3, windowMs: 60_000 };

  it('allows attempts until the limit, then locks until the oldest failure ages out', () => {
    const limiter = new LoginRateLimiter(rule);
    limiter.recordFailure('an', 0);
    limiter.recordFailure('an', 10_000);
    expect(limiter.retryAfter('an', 10_000)).toBe(0);
    limiter.recordFailure('an', 20_000);
    expect(limiter.retryAfter('an', 20_000)).toBe(40_000);
    expect(limiter.retryAfter('an', 59_999)).toBe(1);
    expect(limiter.retryAfter('an', 60_000)).toBe(0);
  });

  it('keeps keys apart', () => {
    const limiter = new LoginRateLimiter(rule);
    for (const at of [0, 1, 2]) limiter.recordFailure('an', at);
    expect(limiter.retryAfter('an', 3)).toBeGreaterThan(0);
    expect(limiter.retryAfter('binh', 3)).toBe(0);
  });

  it('forgets a key on reset', () => {
    const limiter = new LoginRateLimiter(rule);
    for (const at of [0, 1, 2]) limiter.recordFailure('an', at);
    limiter.reset('an');
    expect(limiter.retryAfter('an', 3)).toBe(0);
  });
});
