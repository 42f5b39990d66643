import { canRescue, hostScreen, hostStep, isStepKey, playerScreen, type PlayerFacts } from './phases.js';

describe('hostScreen', () => {
  it.each([
    ['lobby', 'lobby'],
    ['question', 'question'],
    ['closed', 'question'],
    ['revealed', 'reveal'],
    ['leaderboard', 'leaderboard'],
    ['finished', 'podium'],
  ] as const)('%s → %s', (phase, screen) => {
    expect(hostScreen(phase)).toBe(screen);
  });
});

describe('hostStep', () => {
  const round = { questionIndex: 0, questionCount: 3, playerCount: 2 };

  it.each([
    ['lobby with players', { ...round, phase: 'lobby', questionIndex: -1 }, { action: 'start', label: 'start' }],
    [
      'empty lobby',
      { ...round, phase: 'lobby', questionIndex: -1, playerCount: 0 },
      { action: 'start', label: 'start', blocked: 'noPlayers' },
    ],
    ['question open: close early and reveal', { ...round, phase: 'question' }, { action: 'reveal', label: 'closeAndReveal' }],
    ['time up', { ...round, phase: 'closed' }, { action: 'reveal', label: 'reveal' }],
    ['revealed', { ...round, phase: 'revealed' }, { action: 'next', label: 'showLeaderboard' }],
    ['leaderboard after question 1 of 3', { ...round, phase: 'leaderboard' }, { action: 'next', label: 'nextQuestion' }],
    ['leaderboard after the last question', { ...round, phase: 'leaderboard', questionIndex: 2 }, { action: 'next', label: 'finish' }],
    ['finished', { ...round, phase: 'finished', questionIndex: 2 }, null],
  ] as const)('%s', (_name, facts, expected) => {
    expect(hostStep(facts)).toEqual(expected);
  });
});

describe('canRescue', () => {
  it.each([
    ['elimination, revealed, 3 out', 'elimination', 'revealed', 3, true],
    ['elimination, leaderboard, 1 out', 'elimination', 'leaderboard', 1, true],
    ['elimination, nobody out', 'elimination', 'revealed', 0, false],
    ['elimination, question open', 'elimination', 'question', 3, false],
    ['speed mode', 'speed', 'revealed', 3, false],
    ['finished', 'elimination', 'finished', 3, false],
  ] as const)('%s', (_name, mode, phase, out, expected) => {
    expect(canRescue(mode, phase, out)).toBe(expected);
  });
});

describe('playerScreen', () => {
  const base: PlayerFacts = {
    joined: true,
    kicked: false,
    phase: 'question',
    questionIndex: 1,
    eliminated: false,
    answered: false,
    sending: false,
    resultIndex: 0,
  };

  it.each([
    ['not joined', { joined: false, phase: undefined }, 'join'],
    ['kicked wins over everything', { kicked: true, phase: 'finished' }, 'kicked'],
    ['lobby', { phase: 'lobby', questionIndex: -1, resultIndex: undefined }, 'lobby'],
    ['question open', {}, 'answer'],
    ['answer on its way', { sending: true }, 'sending'],
    ['answer acknowledged', { answered: true }, 'received'],
    ['time up without an answer', { phase: 'closed' }, 'closed'],
    ['time up with an answer', { phase: 'closed', answered: true }, 'received'],
    ['revealed, result not here yet', { phase: 'revealed' }, 'closed'],
    ['revealed with this question’s result', { phase: 'revealed', resultIndex: 1 }, 'result'],
    ['leaderboard keeps the result', { phase: 'leaderboard', resultIndex: 1 }, 'result'],
    ['eliminated earlier, next question open', { eliminated: true }, 'eliminated'],
    ['eliminated on this question: sees the result first', { phase: 'revealed', eliminated: true, resultIndex: 1 }, 'result'],
    ['eliminated earlier, between questions', { phase: 'leaderboard', eliminated: true }, 'eliminated'],
    ['finished', { phase: 'finished', resultIndex: 1 }, 'finished'],
  ] as const)('%s', (_name, change, expected) => {
    expect(playerScreen({ ...base, ...change } as PlayerFacts)).toBe(expected);
  });
});

describe('isStepKey', () => {
  it.each([
    ['a presenter remote (PageDown) on the page', { key: 'PageDown' }, 'BODY', true],
    ['the right arrow on the page', { key: 'ArrowRight' }, 'DIV', true],
    ['the right arrow while typing', { key: 'ArrowRight' }, 'input', false],
    ['PageDown on a focused button (it has its own action)', { key: 'PageDown' }, 'BUTTON', false],
    ['with a modifier', { key: 'ArrowRight', altKey: true }, 'BODY', false],
    ['another key', { key: 'Enter' }, 'BODY', false],
  ])('%s', (_name, key, tag, expected) => {
    expect(isStepKey(key, tag)).toBe(expected);
  });
});
