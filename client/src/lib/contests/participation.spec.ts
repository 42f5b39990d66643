import { requiredRemainingMs, startOffer, type StartOffer } from './participation.js';

const NOW = Date.parse('2026-11-09T09:00:00Z');
const open = { state: 'open' as const, latestStartAt: '2026-11-09T09:30:00Z' };
const contest = (fields: Partial<Parameters<typeof startOffer>[0]> = {}) => ({
  access: 'audience' as const,
  attemptsAllowed: 3,
  mine: { attemptsUsed: 1, bestScore: null, bestCorrect: null, activeAttemptId: null },
  ...fields,
});

describe('startOffer', () => {
  it.each<[string, Parameters<typeof startOffer>[0], Parameters<typeof startOffer>[1], string | null, number, StartOffer]>([
    ['an open round with attempts left', contest(), open, null, NOW, 'start'],
    ['a running attempt comes first', contest(), { ...open, latestStartAt: '2026-11-09T08:00:00Z' }, 'a1', NOW, 'continue'],
    ['at the latest start exactly', contest(), open, null, Date.parse(open.latestStartAt), 'start'],
    ['a millisecond after the latest start', contest(), open, null, Date.parse(open.latestStartAt) + 1, 'too_late'],
    [
      'attempts used up',
      contest({ mine: { attemptsUsed: 3, bestScore: 5, bestCorrect: 5, activeAttemptId: null } }),
      open,
      null,
      NOW,
      'no_attempts',
    ],
    ['outside the audience, registration open', contest({ access: 'can_register' }), open, null, NOW, 'register'],
    ['registration before the round opens', contest({ access: 'can_register' }), { ...open, state: 'upcoming' }, null, NOW, 'register'],
    ['registered: like the audience', contest({ access: 'registered' }), open, null, NOW, 'start'],
    ['an upcoming round', contest(), { ...open, state: 'upcoming' }, null, NOW, 'upcoming'],
    ['a closed round', contest(), { ...open, state: 'closed' }, null, NOW, 'finished'],
    ['no round', contest(), undefined, null, NOW, 'finished'],
  ])('%s', (_name, given, round, running, now, expected) => {
    expect(startOffer(given, round, running, now)).toBe(expected);
  });
});

describe('requiredRemainingMs', () => {
  it.each<[Parameters<typeof requiredRemainingMs>[0], number]>([
    [{ mode: 'until_close' }, 0],
    [{ mode: 'full_duration' }, 1_200_000],
    [{ mode: 'minutes_before_close', minutes: 30 }, 1_800_000],
  ])('%j', (rule, expected) => {
    expect(requiredRemainingMs(rule, 1200)).toBe(expected);
  });
});
