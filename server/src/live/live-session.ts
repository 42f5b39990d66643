import { BroadcastThrottle } from '../leaderboard/rules/broadcast-throttle.js';
import { tidySpaces } from '../common/text/vietnamese.js';
import type { LiveEngine } from './engine/live-engine.js';
import { replay } from './engine/replay.js';
import type { RoundContent } from './engine/views.js';
import { contentOf, engineConfigOf, type LiveRoundRecord } from './live-round.model.js';
import type { RoundLog } from './live-store.js';
import type { LiveWriter, RoundUpdate } from './live-writer.js';

interface PlayerIdentity {
  userId: string | null;
  tokenHash: string;
}

/**
 * One round held in memory by the process that runs it: the engine, the indexes a join needs
 * (resume tokens, accounts, nicknames), the round's sequence counter and its writer and timers.
 */
export class LiveSession {
  readonly content: RoundContent;
  readonly connections = new Map<string, number>();
  questionTimer: NodeJS.Timeout | undefined;
  /** for evicting rounds nobody uses any more (abandoned in the lobby, say); they rebuild on next use */
  lastUsedAt = Date.now();
  evictionTimer: NodeJS.Timeout | undefined;
  private lastSeq: number;
  private readonly identities = new Map<string, PlayerIdentity>();
  private readonly byToken = new Map<string, string>();
  private readonly byAccount = new Map<string, string>();
  private readonly nicknames = new Set<string>();
  private readonly throttle: BroadcastThrottle;
  private readonly throttleTimers = new Map<string, NodeJS.Timeout>();

  private constructor(
    readonly round: LiveRoundRecord,
    readonly engine: LiveEngine,
    readonly writer: LiveWriter,
    lastSeq: number,
    throttleMs: number,
  ) {
    this.content = contentOf(round);
    this.lastSeq = lastSeq;
    this.throttle = new BroadcastThrottle(throttleMs);
  }

  static rebuild(round: LiveRoundRecord, log: RoundLog, writer: LiveWriter, now: number, throttleMs: number): LiveSession {
    const { engine } = replay(engineConfigOf(round), log.commands, now);
    const session = new LiveSession(round, engine, writer, log.lastSeq, throttleMs);
    for (const player of log.players) session.remember(player.id, player.nickname, player.userId, player.tokenHash);
    return session;
  }

  nextSeq(): number {
    return ++this.lastSeq;
  }

  playerByToken(tokenHash: string): string | undefined {
    return this.byToken.get(tokenHash);
  }

  playerByAccount(userId: string): string | undefined {
    return this.byAccount.get(userId);
  }

  nicknameTaken(nickname: string): boolean {
    return this.nicknames.has(nicknameKey(nickname));
  }

  remember(playerId: string, nickname: string, userId: string | null, tokenHash: string): void {
    const previous = this.identities.get(playerId);
    if (previous) this.byToken.delete(previous.tokenHash);
    this.identities.set(playerId, { userId, tokenHash });
    this.byToken.set(tokenHash, playerId);
    if (userId) this.byAccount.set(userId, playerId);
    this.nicknames.add(nicknameKey(nickname));
  }

  /** What the round row says after the latest change. */
  roundUpdate(): RoundUpdate {
    const engine = this.engine;
    return {
      seq: this.lastSeq,
      status: engine.phase === 'finished' ? 'finished' : engine.phase === 'lobby' ? 'lobby' : 'running',
      phase: engine.phase,
      questionIndex: engine.questionIndex,
      playerCount: engine.playerCount,
      startedAt: engine.startedAt,
      finishedAt: engine.finishedAt,
    };
  }

  connect(playerId: string): void {
    this.connections.set(playerId, (this.connections.get(playerId) ?? 0) + 1);
  }

  disconnect(playerId: string): void {
    const count = (this.connections.get(playerId) ?? 1) - 1;
    if (count > 0) this.connections.set(playerId, count);
    else this.connections.delete(playerId);
  }

  /** At most one call of `fire` per key per interval, the latest state going out at the end of a busy interval. */
  throttled(key: string, fire: () => void): void {
    if (this.throttleTimers.has(key)) return;
    const now = Date.now();
    const decision = this.throttle.request(key, now);
    if (decision.emitNow) {
      fire();
      return;
    }
    const timer = setTimeout(
      () => {
        this.throttleTimers.delete(key);
        this.throttle.fired(key, Date.now());
        fire();
      },
      Math.max(0, (decision.emitAt ?? now) - now),
    );
    timer.unref();
    this.throttleTimers.set(key, timer);
  }

  dispose(): void {
    clearTimeout(this.questionTimer);
    clearTimeout(this.evictionTimer);
    for (const timer of this.throttleTimers.values()) clearTimeout(timer);
    this.throttleTimers.clear();
  }
}

/** Two guests may not both be "Minh Anh" and "minh  anh": the same name to a reader ("Đức" and "Dục" are not). */
export function nicknameKey(nickname: string): string {
  return tidySpaces(nickname).toLocaleLowerCase('vi');
}
