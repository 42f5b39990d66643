import type { EngineQuestion, LiveMode, LiveResponse } from './engine-types.js';

export const SPEED_MAX_POINTS = 1000;
export const STREAK_STEP = 100;
export const STREAK_CAP = 500;

/** Kahoot's published formula: round(1000 × (1 − (t ÷ T) ÷ 2)), so 1000 at once and 500 at the buzzer. */
export function speedPoints(responseMs: number, seconds: number): number {
  const limit = seconds * 1000;
  const t = Math.min(Math.max(responseMs, 0), limit);
  return Math.round(SPEED_MAX_POINTS * (1 - t / limit / 2));
}

/**
 * +100 for each consecutive correct answer before this one, at most +500: the first correct
 * answer of a run earns no bonus, the second +100, … the sixth and later +500.
 */
export function streakBonus(streakBefore: number): number {
  return Math.min(STREAK_STEP * Math.max(streakBefore, 0), STREAK_CAP);
}

/** Points for one answer. `flat` and `elimination` count correct answers. */
export function answerPoints(mode: LiveMode, correct: boolean, responseMs: number, seconds: number, streakBefore: number): number {
  if (!correct) return 0;
  if (mode !== 'speed') return 1;
  return speedPoints(responseMs, seconds) + streakBonus(streakBefore);
}

/** A response of the right shape: one of the options, or for `multiple` a non-empty set of them. */
export function isWellFormed(question: EngineQuestion, response: LiveResponse): boolean {
  if (question.type === 'multiple') {
    if (!Array.isArray(response) || response.length === 0 || response.length > question.optionIds.length) return false;
    return new Set(response).size === response.length && response.every((id) => question.optionIds.includes(id));
  }
  return typeof response === 'string' && question.optionIds.includes(response);
}

/** All or nothing: the one right option, or exactly the set of right options. */
export function isCorrect(question: EngineQuestion, response: LiveResponse): boolean {
  const chosen = Array.isArray(response) ? response : [response];
  return chosen.length === question.correctOptionIds.length && chosen.every((id) => question.correctOptionIds.includes(id));
}
