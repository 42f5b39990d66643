// "Rung chuông vàng": who is still on the floor, as the projector tracks it from reveals and rescues. Pure.
import type { LiveRescueScope } from '../../../../server/src/live/live-contract.js';

/** Players who left the floor, by the question that eliminated them. */
export type EliminationLog = ReadonlyMap<number, readonly string[]>;

export function recordEliminations(log: EliminationLog, questionIndex: number, playerIds: readonly string[] | undefined): EliminationLog {
  if (!playerIds?.length) return log;
  const next = new Map(log);
  next.set(questionIndex, [...new Set([...(log.get(questionIndex) ?? []), ...playerIds])]);
  return next;
}

/** The server names who a rescue brought back: they leave the log wherever they were in it. */
export function bringBack(log: EliminationLog, playerIds: readonly string[]): EliminationLog {
  const back = new Set(playerIds);
  const next = new Map<number, readonly string[]>();
  for (const [question, ids] of log) {
    const left = ids.filter((id) => !back.has(id));
    if (left.length > 0) next.set(question, left);
  }
  return next;
}

/**
 * After a reconnect, the reveal's list of players on the floor says who is out: everyone else the
 * host knows of. Only when the list is complete (it is capped for very large rounds).
 */
export function logFromFloor(
  log: EliminationLog,
  questionIndex: number,
  known: readonly { playerId: string }[],
  onFloor: readonly { playerId: string }[],
  remaining: number,
): EliminationLog {
  if (onFloor.length < remaining) return log;
  const floor = new Set(onFloor.map((player) => player.playerId));
  const already = eliminatedIds(log);
  const out = known.map((player) => player.playerId).filter((id) => !floor.has(id) && !already.has(id));
  return recordEliminations(log, questionIndex, out);
}

export function eliminatedIds(log: EliminationLog): Set<string> {
  return new Set([...log.values()].flat());
}

/** How many a rescue of this scope would bring back: `last` is those out on the last revealed question. */
export function rescueCount(log: EliminationLog, scope: LiveRescueScope, lastRevealed: number): number {
  return scope === 'all' ? eliminatedIds(log).size : (log.get(lastRevealed)?.length ?? 0);
}

export interface FloorPlayer {
  playerId: string;
  nickname: string;
  unitName?: string;
  eliminated: boolean;
}

/** Everyone in the lobby list, those still on the floor first, each group in join order. */
export function floorPlayers(
  players: readonly { playerId: string; nickname: string; unitName?: string; eliminated?: boolean }[],
  out: ReadonlySet<string>,
): FloorPlayer[] {
  const marked = players.map((player) => ({ ...player, eliminated: player.eliminated ?? out.has(player.playerId) }));
  return [...marked.filter((player) => !player.eliminated), ...marked.filter((player) => player.eliminated)];
}

/** Rank change on the last question: positive when the player climbed. */
export function rankMove(standing: { rank: number; previousRank?: number }): number {
  return standing.previousRank === undefined ? 0 : standing.previousRank - standing.rank;
}
