import type { LiveAnswerRequest } from '../live-contract.js';

const MAX_OPTIONS = 20;
const MAX_ID_LENGTH = 64;

/**
 * Checks a `player:answer` payload by hand: it is the one event every player sends at once, and
 * this costs a fraction of a class-validator pass. Undefined when malformed.
 */
export function parseAnswerRequest(payload: unknown): LiveAnswerRequest | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const { questionIndex, response, ...rest } = payload as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (!Number.isInteger(questionIndex) || (questionIndex as number) < 0 || (questionIndex as number) > 10_000) return undefined;
  if (isOptionId(response)) return { questionIndex: questionIndex as number, response };
  if (Array.isArray(response) && response.length <= MAX_OPTIONS && response.every(isOptionId))
    return { questionIndex: questionIndex as number, response: response as string[] };
  return undefined;
}

function isOptionId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}
