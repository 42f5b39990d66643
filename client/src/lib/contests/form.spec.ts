import type { Contest } from '../api/types.js';
import {
  cellKey,
  checkForm,
  drawMatrix,
  emptyForm,
  formFromContest,
  formToInput,
  fromVietnamInput,
  matrixTotal,
  moveTieBreak,
  nextRound,
  toVietnamInput,
  type ContestForm,
} from './form.js';

describe('Vietnam time in datetime-local inputs', () => {
  it.each([
    ['2025-11-26T01:00:00.000Z', '2025-11-26T08:00'],
    ['2025-11-26T17:30:00.000Z', '2025-11-27T00:30'],
    ['2025-12-31T16:59:00.000Z', '2025-12-31T23:59'],
  ])('%s is %s in Hồ Chí Minh City', (iso, local) => {
    expect(toVietnamInput(iso)).toBe(local);
    expect(fromVietnamInput(local)).toBe(iso);
  });

  it.each(['', '2025-11-26', '2025-02-30T08:00', '2025-11-26T24:00', 'soon'])('refuses %p', (value) => {
    expect(fromVietnamInput(value)).toBeNull();
  });
});

const valid = (): ContestForm => ({
  ...emptyForm(Date.parse('2025-11-26T01:20:00Z'), 'Tuần 1'),
  title: 'Tìm hiểu Luật Thi đua, khen thưởng',
});

describe('emptyForm and nextRound', () => {
  it('opens the first round at the next full hour for a week, with the usual defaults', () => {
    const form = valid();
    expect(form.rounds).toEqual([{ name: 'Tuần 1', opensAt: '2025-11-26T09:00', closesAt: '2025-12-03T09:00' }]);
    expect(form).toMatchObject({ durationMinutes: 20, questionCount: 20, attemptsAllowed: 3, counting: 'best', predictionEnabled: true });
    expect(form.tieBreaks).toEqual(['prediction', 'time', 'submitted']);
  });

  it('starts the next round when the last closes, as long as it', () => {
    expect(nextRound(valid().rounds, 'Tuần 2')).toEqual({ name: 'Tuần 2', opensAt: '2025-12-03T09:00', closesAt: '2025-12-10T09:00' });
    expect(nextRound([], 'Đợt 1')).toEqual({ name: 'Đợt 1', opensAt: '', closesAt: '' });
  });
});

describe('the draw matrix', () => {
  it('keeps cells with a count; * is any topic or level', () => {
    const matrix = { [cellKey('ch1', 'recognition')]: 5, [cellKey(null, 'application')]: 3, [cellKey('ch2', null)]: 0 };
    expect(drawMatrix(matrix)).toEqual([
      { topic: 'ch1', cognitiveLevel: 'recognition', count: 5 },
      { topic: null, cognitiveLevel: 'application', count: 3 },
    ]);
    expect(matrixTotal(matrix)).toBe(8);
  });
});

describe('formToInput and formFromContest', () => {
  it('sends instants, seconds and trimmed NFC text', () => {
    const form = { ...valid(), title: '  Cuộc thi '.normalize('NFD'), description: ' ', durationMinutes: 15, levels: ['THCS' as const] };
    const input = formToInput(form);
    expect(input.title).toBe('Cuộc thi');
    expect(input.description).toBeUndefined();
    expect(input.durationSeconds).toBe(900);
    expect(input.rounds).toEqual([{ name: 'Tuần 1', opensAt: '2025-11-26T02:00:00.000Z', closesAt: '2025-12-03T02:00:00.000Z' }]);
    expect(input.audience).toEqual({ levels: ['THCS'] });
  });

  it('reads a saved contest back into the same form', () => {
    const input = formToInput({ ...valid(), matrix: { [cellKey('ch1', null)]: 4 }, unitIds: ['u1'] });
    const contest = {
      ...input,
      id: 'c1',
      ownerUnitId: 'owner',
      status: 'draft',
      demo: false,
      description: null,
      rules: null,
      audience: input.audience ?? {},
      drawMatrix: input.drawMatrix ?? [],
      tieBreaks: input.tieBreaks ?? [],
      reviewShows: input.reviewShows!,
      registration: input.registration!,
      lateStart: input.lateStart!,
      rounds: input.rounds.map((round, position) => ({
        ...round,
        id: `r${position}`,
        position,
        state: 'upcoming' as const,
        latestStartAt: round.closesAt,
      })),
    } satisfies Contest;
    const form = formFromContest(contest);
    expect(form.rounds[0]).toEqual({ id: 'r0', name: 'Tuần 1', opensAt: '2025-11-26T09:00', closesAt: '2025-12-03T09:00' });
    expect(form.matrix).toEqual({ 'ch1|*': 4 });
    expect(form.unitIds).toEqual(['u1']);
    expect(form.ownerUnitId).toBe('owner');
  });

  it.each<[Partial<ContestForm>, unknown]>([
    [{}, { registration: 'audience_only', lateStart: { mode: 'until_close' } }],
    [
      { registration: 'open', lateStartMode: 'full_duration' },
      { registration: 'open', lateStart: { mode: 'full_duration' } },
    ],
    [{ lateStartMode: 'minutes_before_close', lateStartMinutes: 30 }, { lateStart: { mode: 'minutes_before_close', minutes: 30 } }],
  ])('sends the participation settings %j', (change, expected) => {
    const input = formToInput({ ...valid(), ...change });
    expect(input).toMatchObject(expected as object);
    if (input.lateStart?.mode !== 'minutes_before_close') expect(input.lateStart).not.toHaveProperty('minutes');
  });
});

const shortRound = () => ({ name: 'Đợt ngắn', opensAt: '2025-11-26T08:00', closesAt: '2025-11-26T08:30' });

describe('checkForm', () => {
  it('accepts the defaults with a title', () => {
    expect(checkForm(valid())).toEqual([]);
  });

  it('accepts a short round when new attempts may start until the close, or a long enough one', () => {
    expect(checkForm({ ...valid(), rounds: [shortRound()] })).toEqual([]);
    expect(checkForm({ ...valid(), lateStartMode: 'full_duration', durationMinutes: 29, rounds: [shortRound()] })).toEqual([]);
  });

  it.each<[string, (form: ContestForm) => void, string, string]>([
    ['a short title', (form) => (form.title = 'ab'), 'title', 'contestForm.error.title'],
    ['no rounds', (form) => (form.rounds = []), 'rounds', 'contestForm.error.noRounds'],
    ['a round without a name', (form) => (form.rounds[0]!.name = ' '), 'round.0.name', 'contestForm.error.roundName'],
    ['a missing time', (form) => (form.rounds[0]!.opensAt = ''), 'round.0.opensAt', 'contestForm.error.dateTime'],
    [
      'a round closing before it opens',
      (form) => (form.rounds[0]!.closesAt = '2025-11-26T08:00'),
      'round.0.closesAt',
      'contestForm.error.closesBeforeOpens',
    ],
    [
      'rounds overlapping',
      (form) => form.rounds.push({ name: 'Tuần 2', opensAt: '2025-12-01T08:00', closesAt: '2025-12-08T08:00' }),
      'round.1.opensAt',
      'contestForm.error.roundsOverlap',
    ],
    ['a zero duration', (form) => (form.durationMinutes = 0), 'durationMinutes', 'contestForm.error.duration'],
    ['too many questions', (form) => (form.questionCount = 201), 'questionCount', 'contestForm.error.questionCount'],
    ['a matrix asking more than the paper has', (form) => (form.matrix = { 'ch1|*': 21 }), 'matrix', 'contestForm.error.matrixTooMany'],
    ['a negative cell', (form) => (form.matrix = { 'ch1|*': -1 }), 'matrix', 'contestForm.error.matrixCell'],
    ['no attempts', (form) => (form.attemptsAllowed = 0), 'attemptsAllowed', 'contestForm.error.attempts'],
    [
      'closing minutes out of range',
      (form) => Object.assign(form, { lateStartMode: 'minutes_before_close', lateStartMinutes: 0 }),
      'lateStartMinutes',
      'lateStart.error.minutes',
    ],
    [
      'a round shorter than a full duration',
      (form) => Object.assign(form, { lateStartMode: 'full_duration', durationMinutes: 60, rounds: [shortRound()] }),
      'lateStart',
      'lateStart.error.noTime',
    ],
    [
      'a round inside the closing minutes',
      (form) => Object.assign(form, { lateStartMode: 'minutes_before_close', lateStartMinutes: 30, rounds: [shortRound()] }),
      'lateStart',
      'lateStart.error.noTime',
    ],
  ])('finds %s', (_name, change, field, message) => {
    const form = valid();
    change(form);
    expect(checkForm(form)).toContainEqual(expect.objectContaining({ field, message }));
  });
});

describe('moveTieBreak', () => {
  it.each([
    [0, 1, ['time', 'prediction', 'submitted']],
    [2, -1, ['prediction', 'submitted', 'time']],
    [0, -1, ['prediction', 'time', 'submitted']],
    [2, 1, ['prediction', 'time', 'submitted']],
  ] as const)('index %p by %p', (index, step, expected) => {
    expect(moveTieBreak(['prediction', 'time', 'submitted'], index, step)).toEqual(expected);
  });
});
