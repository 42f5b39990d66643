import type { LiveJoinRequest } from '../live-contract.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks a `player:join` payload by hand: a hall of players joins within seconds, and this costs a
 * fraction of a class-transformer and class-validator pass. Undefined when malformed.
 */
export function parseJoinRequest(payload: unknown): LiveJoinRequest | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const { pin, nickname, unitId, resumeToken, ...rest } = payload as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (!isText(pin, 1, 12)) return undefined;
  const request: LiveJoinRequest = { pin };
  if (nickname !== undefined) {
    if (!isText(nickname, 0, 200)) return undefined;
    request.nickname = nickname;
  }
  if (unitId !== undefined) {
    if (typeof unitId !== 'string' || !UUID.test(unitId)) return undefined;
    request.unitId = unitId;
  }
  if (resumeToken !== undefined) {
    if (!isText(resumeToken, 1, 200)) return undefined;
    request.resumeToken = resumeToken;
  }
  return request;
}

function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}
