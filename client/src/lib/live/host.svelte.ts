import type { Socket } from 'socket.io-client';
import {
  LIVE_EVENTS,
  type LiveAnswerCount,
  type LiveFinished,
  type LiveHostView,
  type LiveLeaderboard,
  type LiveLobby,
  type LiveQuestionView,
  type LiveRescueNotice,
  type LiveRescueScope,
  type LiveReveal,
  type LiveRoundState,
  type LiveStanding,
} from '../../../../server/src/live/live-contract.js';
import { bringBack, eliminatedIds, logFromFloor, recordEliminations, type EliminationLog } from './floor.js';
import { getLiveRound } from './live-api.js';
import { LiveClock } from './live-clock.js';
import { closedQuestionView, type FrozenQuestion } from './round-question.js';
import { asFailure, connectLive, request, type Connection, type LiveFailure } from './live-socket.js';
import { canRescue, hostScreen, hostStep, type HostAction } from './phases.js';

/**
 * The projector and any second host device: one socket to /live, `host:open` on every (re)connect
 * for the full picture, then the round's broadcasts. The server owns every transition and timer.
 */
export class LiveHost {
  state = $state<LiveRoundState | null>(null);
  pin = $state('');
  joinUrl = $state<string | undefined>(undefined);
  lobby = $state<LiveLobby>({ players: [], count: 0 });
  question = $state<LiveQuestionView | null>(null);
  answerCount = $state<LiveAnswerCount | null>(null);
  reveal = $state<LiveReveal | null>(null);
  leaderboard = $state<LiveLeaderboard | null>(null);
  finished = $state<LiveFinished | null>(null);
  // Replaced whole on each change, never mutated: a plain map in a raw state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  eliminations = $state.raw<EliminationLog>(new Map());
  connection = $state<Connection>('connecting');
  /** host:open was refused (not the host, no such round): nothing to show. */
  fatal = $state<LiveFailure | null>(null);
  /** The last control that was refused, shown by the controls. */
  actionError = $state<LiveFailure | null>(null);
  busy = $state<string | null>(null);
  /** How many pictures have arrived: a test hook. */
  updates = $state(0);

  readonly clock = new LiveClock();

  screen = $derived(this.state ? hostScreen(this.state.phase) : null);
  step = $derived(
    this.state
      ? hostStep({
          phase: this.state.phase,
          questionIndex: this.state.questionIndex,
          questionCount: this.state.questionCount,
          // The lobby list is pushed on every join; the state only on phase changes.
          playerCount: this.state.phase === 'lobby' ? this.lobby.count : this.state.playerCount,
        })
      : null,
  );
  eliminated = $derived(eliminatedIds(this.eliminations));
  rescuable = $derived(this.state ? canRescue(this.state.mode, this.state.phase, this.eliminated.size) : false);

  #socket: Socket | undefined;
  #stopped = false;
  /** The round's frozen questions, fetched once: the snapshot after a reload carries the open question only. */
  #questions: FrozenQuestion[] | undefined;

  constructor(readonly roundId: string) {}

  start(): void {
    getLiveRound(this.roundId).then(
      (round) => {
        this.#questions = round.questions;
        this.#fillQuestion();
      },
      () => undefined,
    );
    const socket = connectLive();
    this.#socket = socket;
    socket.on('connect', () => void this.#open());
    socket.on('disconnect', () => this.#down());
    socket.on('connect_error', () => this.#down());
    socket.on(LIVE_EVENTS.state, (state: LiveRoundState) => this.#applyState(state, true));
    socket.on(LIVE_EVENTS.question, (question: LiveQuestionView) => this.#applyQuestion(question, true));
    socket.on(LIVE_EVENTS.answerCount, (count: LiveAnswerCount) => {
      if (count.questionIndex === this.state?.questionIndex) this.answerCount = count;
    });
    socket.on(LIVE_EVENTS.players, (lobby: LiveLobby) => (this.lobby = lobby));
    socket.on(LIVE_EVENTS.reveal, (reveal: LiveReveal) => this.#applyReveal(reveal));
    socket.on(LIVE_EVENTS.leaderboard, (board: LiveLeaderboard) => {
      this.leaderboard = board;
      this.#recordOut(board.questionIndex, board.top);
      this.updates++;
    });
    socket.on(LIVE_EVENTS.rescue, (notice: LiveRescueNotice) => {
      this.eliminations = bringBack(this.eliminations, notice.playerIds ?? []);
      if (this.state) this.state = { ...this.state, remaining: notice.remaining };
      if (this.leaderboard) this.leaderboard = { ...this.leaderboard, remaining: notice.remaining };
      this.updates++;
    });
    socket.on(LIVE_EVENTS.finished, (finished: LiveFinished) => {
      this.finished = finished;
      this.updates++;
    });
  }

  stop(): void {
    this.#stopped = true;
    this.#socket?.disconnect();
    this.#socket = undefined;
  }

  /** The big button: start, reveal, next. */
  act(action: HostAction | 'end'): Promise<void> {
    const events = { start: LIVE_EVENTS.hostStart, reveal: LIVE_EVENTS.hostReveal, next: LIVE_EVENTS.hostNext, end: LIVE_EVENTS.hostEnd };
    return this.#control(action, events[action], {});
  }

  kick(playerId: string): Promise<void> {
    return this.#control(`kick:${playerId}`, LIVE_EVENTS.hostKick, { playerId }, () => {
      const players = this.lobby.players.filter((player) => player.playerId !== playerId);
      this.lobby = { players, count: Math.min(this.lobby.count, players.length) };
    });
  }

  /** Who came back is applied from the `round:rescue` notice, which every host device gets. */
  rescue(scope: LiveRescueScope): Promise<void> {
    return this.#control('rescue', LIVE_EVENTS.hostRescue, { scope });
  }

  /** A player's name for an id from anything the host has seen. */
  nameOf(playerId: string): string | undefined {
    return (
      this.lobby.players.find((player) => player.playerId === playerId)?.nickname ??
      this.leaderboard?.top.find((standing) => standing.playerId === playerId)?.nickname ??
      this.finished?.top.find((standing) => standing.playerId === playerId)?.nickname
    );
  }

  async #control(name: string, event: string, payload: object, done?: () => void): Promise<void> {
    const socket = this.#socket;
    if (!socket || this.busy) return;
    this.busy = name;
    this.actionError = null;
    try {
      const data = await request<unknown>(socket, event, payload);
      done?.();
      if (isRoundState(data)) this.#applyState(data, false);
    } catch (error) {
      this.actionError = asFailure(error);
    } finally {
      this.busy = null;
    }
  }

  async #open(): Promise<void> {
    const socket = this.#socket;
    if (!socket) return;
    const sentAt = Date.now();
    try {
      const view = await request<LiveHostView>(socket, LIVE_EVENTS.hostOpen, { roundId: this.roundId });
      this.clock.fromAck(view.state.serverNow, sentAt, Date.now());
      this.#applyView(view);
      this.connection = 'live';
      this.fatal = null;
    } catch (error) {
      const failure = asFailure(error);
      if (failure.code === 'TIMEOUT') this.#down();
      else this.fatal = failure;
    }
  }

  #applyView(view: LiveHostView): void {
    this.pin = view.pin;
    this.joinUrl = view.joinUrl;
    this.lobby = view.lobby;
    this.answerCount = view.answerCount ?? null;
    this.leaderboard = view.leaderboard ?? null;
    this.finished = view.finished ?? null;
    this.question = view.question ?? view.state.question ?? this.question;
    if (view.reveal) this.#applyReveal(view.reveal);
    else this.reveal = null;
    // After a reconnect the leaderboard also tells who left the floor.
    if (view.leaderboard) this.#recordOut(view.leaderboard.questionIndex, view.leaderboard.top);
    this.#applyState(view.state, false);
    this.#fillQuestion();
  }

  /** Time up or revealed with no question in hand: the projector still shows its text and options. */
  #fillQuestion(): void {
    const state = this.state;
    if (!state || !this.#questions || (state.phase !== 'closed' && state.phase !== 'revealed')) return;
    if (this.question?.index === state.questionIndex) return;
    this.question = closedQuestionView(this.#questions, state.questionIndex, this.clock.now());
  }

  #applyState(state: LiveRoundState, pushed: boolean): void {
    if (state.roundId !== this.roundId) return;
    if (pushed) this.clock.fromPush(state.serverNow);
    const previous = this.state;
    this.state = state;
    if (state.question) this.#applyQuestion(state.question, false);
    if (previous && previous.questionIndex !== state.questionIndex) {
      this.answerCount = null;
      this.reveal = null;
    }
    this.updates++;
  }

  #applyQuestion(question: LiveQuestionView, pushed: boolean): void {
    if (pushed) this.clock.fromPush(question.serverNow);
    const known = this.question;
    // A broadcast for phones may leave the text out; the projector keeps the text it has, or asks again.
    const stem = question.stem ?? (known?.index === question.index ? known.stem : undefined);
    this.question = { ...question, stem };
    if (known?.index !== question.index) {
      this.answerCount = null;
      this.reveal = null;
    }
    if (stem === undefined && pushed) void this.#open();
  }

  #applyReveal(reveal: LiveReveal): void {
    this.reveal = reveal;
    this.eliminations = recordEliminations(this.eliminations, reveal.questionIndex, reveal.eliminatedPlayerIds);
    if (reveal.onFloor && reveal.remaining !== undefined)
      this.eliminations = logFromFloor(this.eliminations, reveal.questionIndex, this.lobby.players, reveal.onFloor, reveal.remaining);
    this.updates++;
  }

  /** Standings flagged as eliminated that the log does not have yet (a reconnect missed their reveal). */
  #recordOut(questionIndex: number, standings: readonly LiveStanding[]): void {
    const known = this.eliminated;
    const missing = standings
      .filter((standing) => standing.eliminated && !known.has(standing.playerId))
      .map((standing) => standing.playerId);
    this.eliminations = recordEliminations(this.eliminations, questionIndex, missing);
  }

  #down(): void {
    if (this.#stopped) return;
    this.connection = this.state ? 'reconnecting' : 'connecting';
  }
}

function isRoundState(value: unknown): value is LiveRoundState {
  return typeof value === 'object' && value !== null && 'phase' in value && 'roundId' in value;
}
