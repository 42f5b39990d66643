import {
  defaultForm,
  formProblems,
  isLiveQuestion,
  moveQuestion,
  optionalNumber,
  toggleQuestion,
  toRoundInput,
  withMode,
  withOverride,
  type RoundForm,
} from './round-form.js';

const filled = (change: Partial<RoundForm> = {}): RoundForm => ({
  ...defaultForm(),
  title: 'Rung chuông vàng khối 9',
  questionIds: ['q1', 'q2', 'q3'],
  ...change,
});

describe('formProblems', () => {
  it.each([
    ['a complete form', {}, {}],
    ['no title', { title: '  ' }, { title: 'required' }],
    ['4 seconds', { secondsPerQuestion: 4 }, { seconds: 'secondsRange' }],
    ['301 seconds', { secondsPerQuestion: 301 }, { seconds: 'secondsRange' }],
    ['12.5 seconds', { secondsPerQuestion: 12.5 }, { seconds: 'secondsRange' }],
    ['no question picked', { questionIds: [] }, { questions: 'noQuestions' }],
    ['from a contest without one chosen', { source: 'contest', contestId: '' }, { questions: 'noContest' }],
    ['from a contest', { source: 'contest', contestId: 'c1', questionIds: [] }, {}],
    ['late join until question 3 of 3', { lateJoin: true, lateJoinUntilQuestion: 3 }, {}],
    ['late join past the last question', { lateJoin: true, lateJoinUntilQuestion: 4 }, { lateJoin: 'lateJoinRange' }],
    ['late join at 0', { lateJoin: true, lateJoinUntilQuestion: 0 }, { lateJoin: 'lateJoinRange' }],
    ['late join off ignores the number', { lateJoin: false, lateJoinUntilQuestion: 0 }, {}],
    ['a per-question time of 3 s', { secondsOverrides: { q2: 3 } }, { overrides: 'secondsRange' }],
    ['a time for a question no longer picked is ignored', { secondsOverrides: { gone: 3 } }, {}],
    ['drawing 0 from a contest', { source: 'contest', contestId: 'c1', drawCount: 0 }, { drawCount: 'countRange' }],
    [
      'late join until question 15 of a 15-question draw',
      { source: 'contest', contestId: 'c1', drawCount: 15, lateJoin: true, lateJoinUntilQuestion: 15 },
      {},
    ],
    ['best player from question 4 of 3', { mode: 'elimination', bestPlayerFromQuestion: 4 }, { bestPlayer: 'questionRange' }],
    ['best player from question 3 of 3', { mode: 'elimination', bestPlayerFromQuestion: 3 }, {}],
    ['best player ignored outside elimination', { mode: 'speed', bestPlayerFromQuestion: 9 }, {}],
  ] as const)('%s', (_name, change, expected) => {
    expect(formProblems(filled(change as Partial<RoundForm>))).toEqual(expected);
  });
});

describe('toRoundInput', () => {
  it('sends the picked questions in order and leaves out what does not apply', () => {
    expect(toRoundInput(filled({ title: ' Vòng chung kết ' }))).toEqual({
      title: 'Vòng chung kết',
      questionIds: ['q1', 'q2', 'q3'],
      mode: 'speed',
      secondsPerQuestion: 20,
      allowGuests: true,
      requireSchool: false,
      lateJoinUntilQuestion: 0,
      rescueScope: 'last',
      bestPlayerFromQuestion: 1,
      showStemOnPhones: false,
    });
  });

  it('sends a contest, the late-join limit and the rescue scope of an elimination round', () => {
    const input = toRoundInput(
      filled({ source: 'contest', contestId: 'c1', mode: 'elimination', lateJoin: true, lateJoinUntilQuestion: 2, rescueScope: 'all' }),
    );
    expect(input).toMatchObject({ contestId: 'c1', mode: 'elimination', lateJoinUntilQuestion: 2, rescueScope: 'all' });
    expect(input).not.toHaveProperty('questionIds');
  });

  it('sends per-question times by position, only where they differ from the round', () => {
    let form = filled({ secondsPerQuestion: 20 });
    form = withOverride(form, 'q3', 45);
    form = withOverride(form, 'q1', 20);
    form = withOverride(form, 'q2', 30);
    form = withOverride(form, 'q2', null);
    expect(toRoundInput(form).secondsOverrides).toEqual([{ questionIndex: 2, seconds: 45 }]);
    expect(toRoundInput(filled())).not.toHaveProperty('secondsOverrides');
  });

  it('sends how many to draw from a contest and when the best player counts', () => {
    expect(toRoundInput(filled({ source: 'contest', contestId: 'c1', drawCount: 15 }))).toMatchObject({
      contestId: 'c1',
      questionCount: 15,
    });
    expect(toRoundInput(filled({ mode: 'elimination', bestPlayerFromQuestion: 2 }))).toMatchObject({ bestPlayerFromQuestion: 2 });
    expect(toRoundInput(filled({ mode: 'speed', bestPlayerFromQuestion: 2 })).bestPlayerFromQuestion).toBe(1);
    expect(toRoundInput(filled({ mode: 'elimination', bestPlayerFromQuestion: null })).bestPlayerFromQuestion).toBe(1);
  });

  it('writes the title in NFC', () => {
    const decomposed = 'Rung chuông vàng'.normalize('NFD');
    expect(toRoundInput(filled({ title: decomposed })).title).toBe('Rung chuông vàng');
  });
});

describe('withMode', () => {
  it.each([
    ['default time follows the mode', 20, 'elimination', 15],
    ['a changed time stays', 30, 'elimination', 30],
  ] as const)('%s', (_name, seconds, mode, expected) => {
    expect(withMode(filled({ secondsPerQuestion: seconds }), mode).secondsPerQuestion).toBe(expected);
  });
});

describe('picking questions', () => {
  it.each([
    [0, -1, ['a', 'b', 'c']],
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [2, 1, ['a', 'b', 'c']],
  ] as const)('move %p by %p', (index, delta, expected) => {
    expect(moveQuestion(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });

  it('adds once and removes', () => {
    expect(toggleQuestion(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleQuestion(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleQuestion(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it.each([
    [{ type: 'single', status: 'approved' }, true],
    [{ type: 'multiple', status: 'approved' }, true],
    [{ type: 'true_false', status: 'approved' }, true],
    [{ type: 'short_text', status: 'approved' }, false],
    [{ type: 'single', status: 'draft' }, false],
  ])('%p is usable live: %p', (question, usable) => {
    expect(isLiveQuestion(question)).toBe(usable);
  });
});

describe('optionalNumber', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['12', 12],
    [' 7 ', 7],
    ['abc', Number.NaN],
  ])('%p → %p', (typed, expected) => {
    expect(optionalNumber(typed)).toBe(expected);
  });
});
