import { io, type Socket } from 'socket.io-client';
import { CONTEST_EVENTS } from '../../../../server/src/realtime/socket-events.js';
import type { Leaderboard } from '../api/types.js';
import { changedEntries, entryKey } from './board-diff.js';
import { getLeaderboard } from './contests-api.js';

export type BoardConnection = 'connecting' | 'live' | 'reconnecting';

type WatchAck = { data: Leaderboard } | { error: { code: string; message: string } };

const POLL_MS = 10_000;
const ACK_TIMEOUT_MS = 8_000;
const HIGHLIGHT_MS = 2_500;

/**
 * A contest round's leaderboard, kept live over socket.io (`/contests`, `contest:watch` then
 * `leaderboard:update`). A first picture comes over HTTP; while the socket is down it polls.
 */
export class BoardWatcher {
  board = $state<Leaderboard | null>(null);
  error = $state<{ code: string; message: string } | null>(null);
  connection = $state<BoardConnection>('connecting');
  updatedAt = $state<number | null>(null);
  /** How many pictures have arrived: a test hook, and the key of the "just updated" pulse. */
  updates = $state(0);
  /** Keys of the people whose rank or score just changed, highlighted for a moment. */
  changed = $state<readonly string[]>([]);

  #socket: Socket | undefined;
  #roundId: string | undefined;
  #poller: ReturnType<typeof setInterval> | undefined;
  #highlight: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  constructor(readonly contestId: string) {}

  start(roundId?: string): void {
    this.#roundId = roundId;
    void this.#fetch();
    const socket = io('/contests', { withCredentials: true });
    this.#socket = socket;
    socket.on('connect', () => void this.#watch());
    socket.on('disconnect', () => this.#down());
    socket.on('connect_error', () => this.#down());
    socket.on(CONTEST_EVENTS.leaderboardUpdate, (snapshot: Leaderboard) => {
      if (snapshot.contestId === this.contestId && snapshot.roundId === this.board?.roundId) this.#apply(snapshot);
    });
  }

  /** Another round: a fresh picture and the socket moved to that round's room. */
  watchRound(roundId: string): void {
    if (roundId === this.#roundId) return;
    this.#roundId = roundId;
    this.changed = [];
    void this.#fetch(true);
    if (this.#socket?.connected) void this.#watch();
  }

  stop(): void {
    this.#stopped = true;
    clearInterval(this.#poller);
    clearTimeout(this.#highlight);
    this.#socket?.disconnect();
    this.#socket = undefined;
  }

  readonly key = entryKey;

  async #watch(): Promise<void> {
    const socket = this.#socket;
    if (!socket) return;
    try {
      const ack = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(CONTEST_EVENTS.watch, {
        contestId: this.contestId,
        ...(this.#roundId ? { roundId: this.#roundId } : {}),
      })) as WatchAck;
      if ('error' in ack) {
        this.error = ack.error;
        return;
      }
      this.error = null;
      this.connection = 'live';
      clearInterval(this.#poller);
      this.#poller = undefined;
      this.#apply(ack.data, true);
    } catch {
      this.#down();
    }
  }

  #down(): void {
    if (this.#stopped) return;
    this.connection = this.connection === 'connecting' && !this.board ? 'connecting' : 'reconnecting';
    this.#poller ??= setInterval(() => void this.#fetch(), POLL_MS);
  }

  async #fetch(replace = false): Promise<void> {
    const round = this.#roundId;
    try {
      const snapshot = await getLeaderboard(this.contestId, round);
      if (this.#stopped || round !== this.#roundId) return;
      this.error = null;
      this.#apply(snapshot, replace);
    } catch (error) {
      if (this.#stopped) return;
      const { code, message } = error as { code?: string; message?: string };
      if (!this.board) this.error = { code: code ?? 'UNKNOWN', message: message ?? '' };
    }
  }

  #apply(snapshot: Leaderboard, replace = false): void {
    const changed = replace ? [] : changedEntries(this.board, snapshot);
    if (changed.length > 0) {
      this.changed = changed;
      clearTimeout(this.#highlight);
      this.#highlight = setTimeout(() => (this.changed = []), HIGHLIGHT_MS);
    }
    this.board = snapshot;
    this.#roundId ??= snapshot.roundId;
    this.updatedAt = Date.now();
    this.updates++;
  }
}
