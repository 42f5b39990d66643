import { contestAccess, sees, takes, type AccessFacts, type ContestAccess } from './registration.js';

const facts = (overrides: Partial<AccessFacts>): AccessFacts => ({
  policy: 'open',
  inAudience: false,
  registered: false,
  inOwnerSubtree: true,
  over: false,
  ...overrides,
});

describe('contestAccess', () => {
  it.each<[string, Partial<AccessFacts>, ContestAccess, boolean, boolean]>([
    ['in the audience', { inAudience: true }, 'audience', true, true],
    ['in the audience of an audience-only contest', { inAudience: true, policy: 'audience_only' }, 'audience', true, true],
    ['in the audience after the close', { inAudience: true, over: true }, 'audience', true, true],
    ['registered', { registered: true }, 'registered', true, true],
    ['registered, then moved out of the subtree', { registered: true, inOwnerSubtree: false }, 'registered', true, true],
    ['registered, after the close', { registered: true, over: true }, 'registered', true, true],
    ['outside the audience, open registration', {}, 'can_register', false, true],
    ['outside the audience, audience only', { policy: 'audience_only' }, 'closed', false, false],
    ['outside the audience, open, but over', { over: true }, 'ended', false, false],
    ['outside the owner subtree', { inOwnerSubtree: false }, 'none', false, false],
    ['outside the owner subtree, audience only', { inOwnerSubtree: false, policy: 'audience_only' }, 'none', false, false],
  ])('%s', (_name, overrides, expected, mayTake, maySee) => {
    const access = contestAccess(facts(overrides));
    expect(access).toBe(expected);
    expect(takes(access)).toBe(mayTake);
    expect(sees(access)).toBe(maySee);
  });
});
