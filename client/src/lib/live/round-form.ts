// The "create a live round" form: defaults, checks and the request it sends. Pure.
import type { LiveMode, LiveQuestionType, LiveRescueScope } from '../../../../server/src/live/live-contract.js';
import { toNfc } from '../text/fold.js';
import type { LiveRoundInput } from './live-api.js';

export type QuestionSource = 'bank' | 'contest';

export interface RoundForm {
  title: string;
  mode: LiveMode;
  secondsPerQuestion: number;
  source: QuestionSource;
  questionIds: string[];
  /** Per-question time by question id, where it differs from secondsPerQuestion. */
  secondsOverrides: Record<string, number>;
  contestId: string;
  /** From a contest: how many to draw; null for the contest's own count. */
  drawCount: number | null;
  allowGuests: boolean;
  requireSchool: boolean;
  lateJoin: boolean;
  /** 1-based: players may still join while this question is open. */
  lateJoinUntilQuestion: number;
  rescueScope: LiveRescueScope;
  /** Elimination, 1-based: the sole survivor after this question or later is the best player; null for the server's default. */
  bestPlayerFromQuestion: number | null;
  showStemOnPhones: boolean;
}

export const SECONDS_MIN = 5;
export const SECONDS_MAX = 300;
export const MAX_LIVE_QUESTIONS = 100;
/** Without a choice, the sole survivor counts as the best player from the first question on. */
export const BEST_PLAYER_FROM_DEFAULT = 1;
export const MODE_SECONDS: Record<LiveMode, number> = { speed: 20, flat: 20, elimination: 15 };
export const LIVE_QUESTION_TYPES: readonly LiveQuestionType[] = ['single', 'multiple', 'true_false'];

export function defaultForm(): RoundForm {
  return {
    title: '',
    mode: 'speed',
    secondsPerQuestion: MODE_SECONDS.speed,
    source: 'bank',
    questionIds: [],
    secondsOverrides: {},
    contestId: '',
    drawCount: null,
    allowGuests: true,
    requireSchool: false,
    lateJoin: false,
    lateJoinUntilQuestion: 1,
    rescueScope: 'last',
    bestPlayerFromQuestion: null,
    showStemOnPhones: false,
  };
}

/** Picking a mode moves the time per question to that mode's usual figure unless the organizer changed it. */
export function withMode(form: RoundForm, mode: LiveMode): RoundForm {
  const untouched = form.secondsPerQuestion === MODE_SECONDS[form.mode];
  return { ...form, mode, secondsPerQuestion: untouched ? MODE_SECONDS[mode] : form.secondsPerQuestion };
}

export type FormProblem = 'required' | 'secondsRange' | 'noQuestions' | 'noContest' | 'lateJoinRange' | 'countRange' | 'questionRange';

export interface FormProblems {
  title?: FormProblem;
  seconds?: FormProblem;
  /** A per-question time out of range. */
  overrides?: FormProblem;
  questions?: FormProblem;
  drawCount?: FormProblem;
  lateJoin?: FormProblem;
  bestPlayer?: FormProblem;
}

const validSeconds = (value: number) => Number.isInteger(value) && value >= SECONDS_MIN && value <= SECONDS_MAX;
const isCount = (value: number, limit: number) => Number.isInteger(value) && value >= 1 && value <= limit;

/** How many questions the round will have, when known here (a contest's draw is counted by the server). */
export function questionTotal(form: RoundForm): number {
  return form.source === 'bank' ? form.questionIds.length : (form.drawCount ?? MAX_LIVE_QUESTIONS);
}

export function formProblems(form: RoundForm): FormProblems {
  const problems: FormProblems = {};
  if (!toNfc(form.title).trim()) problems.title = 'required';
  if (!validSeconds(form.secondsPerQuestion)) problems.seconds = 'secondsRange';
  if (form.source === 'bank') {
    if (form.questionIds.length === 0) problems.questions = 'noQuestions';
    if (form.questionIds.some((id) => id in form.secondsOverrides && !validSeconds(form.secondsOverrides[id]!)))
      problems.overrides = 'secondsRange';
  } else {
    if (!form.contestId) problems.questions = 'noContest';
    if (form.drawCount !== null && !isCount(form.drawCount, MAX_LIVE_QUESTIONS)) problems.drawCount = 'countRange';
  }
  const total = questionTotal(form);
  if (form.lateJoin && !isCount(form.lateJoinUntilQuestion, total)) problems.lateJoin = 'lateJoinRange';
  if (form.mode === 'elimination' && form.bestPlayerFromQuestion !== null && !isCount(form.bestPlayerFromQuestion, total))
    problems.bestPlayer = 'questionRange';
  return problems;
}

/** Every setting is sent, so the round runs as the form showed it whatever the server's defaults become. */
export function toRoundInput(form: RoundForm): LiveRoundInput {
  return {
    title: toNfc(form.title).trim(),
    ...(form.source === 'bank'
      ? { questionIds: [...form.questionIds], ...overridesOf(form) }
      : { contestId: form.contestId, ...(form.drawCount !== null ? { questionCount: form.drawCount } : {}) }),
    mode: form.mode,
    secondsPerQuestion: form.secondsPerQuestion,
    allowGuests: form.allowGuests,
    requireSchool: form.requireSchool,
    // 0: players join in the lobby only.
    lateJoinUntilQuestion: form.lateJoin ? form.lateJoinUntilQuestion : 0,
    rescueScope: form.rescueScope,
    bestPlayerFromQuestion: (form.mode === 'elimination' ? form.bestPlayerFromQuestion : null) ?? BEST_PLAYER_FROM_DEFAULT,
    showStemOnPhones: form.showStemOnPhones,
  };
}

/** Per-question times by position, only where they differ from the round's. */
function overridesOf(form: RoundForm): Pick<LiveRoundInput, 'secondsOverrides'> {
  const overrides = form.questionIds
    .map((id, questionIndex) => ({ questionIndex, seconds: form.secondsOverrides[id] }))
    .filter(
      (entry): entry is { questionIndex: number; seconds: number } =>
        entry.seconds !== undefined && entry.seconds !== form.secondsPerQuestion,
    );
  return overrides.length > 0 ? { secondsOverrides: overrides } : {};
}

/** Sets or clears (null, or the round's own time) one question's time. */
export function withOverride(form: RoundForm, questionId: string, seconds: number | null): RoundForm {
  const { [questionId]: _previous, ...rest } = form.secondsOverrides;
  return { ...form, secondsOverrides: seconds === null || Number.isNaN(seconds) ? rest : { ...rest, [questionId]: seconds } };
}

/** Moves the id at `index` one place up (-1) or down (+1); the ends stay put. */
export function moveQuestion(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function toggleQuestion(ids: readonly string[], id: string, on: boolean): string[] {
  if (on) return ids.includes(id) ? [...ids] : [...ids, id];
  return ids.filter((item) => item !== id);
}

export function isLiveQuestion(question: { type: string; status: string }): boolean {
  return question.status === 'approved' && (LIVE_QUESTION_TYPES as readonly string[]).includes(question.type);
}

/** A number input's value where empty means "not set". */
export function optionalNumber(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : Number.NaN;
}
