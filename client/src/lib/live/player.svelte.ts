import type { Socket } from 'socket.io-client';
import {
  LIVE_EVENTS,
  type LiveAnswerAck,
  type LiveFinished,
  type LiveJoinResult,
  type LiveMe,
  type LivePlayerResult,
  type LiveQuestionView,
  type LiveRescueNotice,
  type LiveResponse,
  type LiveRoundState,
} from '../../../../server/src/live/live-contract.js';
import { LiveClock } from './live-clock.js';
import { lookUpPin, type LiveJoinInfo } from './live-api.js';
import { asFailure, connectLive, request, type Connection, type LiveFailure } from './live-socket.js';
import { playerScreen } from './phases.js';
import { browserStorage, forgetResume, readResume, saveResume } from './resume.js';

/** Join refusals after which a saved resume token is useless. */
const STALE_TOKEN_CODES = new Set(['LIVE_ROUND_NOT_FOUND', 'LIVE_NOT_JOINED', 'VALIDATION_FAILED', 'LIVE_JOIN_CLOSED']);
const ANSWER_TRIES = 3;

export interface JoinDetails {
  nickname?: string;
  unitId?: string;
}

/**
 * A phone in a live round: looks the PIN up, joins (or comes back with the saved resume token),
 * answers, and follows the round's broadcasts. A lost connection re-joins by itself.
 */
export class LivePlayer {
  pin = $state('');
  info = $state<LiveJoinInfo | null>(null);
  lookupError = $state<LiveFailure | null>(null);
  joinError = $state<LiveFailure | null>(null);
  joining = $state(false);
  /** A saved token is being tried. */
  resuming = $state(false);

  me = $state<LiveMe | null>(null);
  state = $state<LiveRoundState | null>(null);
  question = $state<LiveQuestionView | null>(null);
  /** The options picked for the open question (several for a multiple-answer one). */
  chosen = $state<string[]>([]);
  sending = $state(false);
  answerError = $state<LiveFailure | null>(null);
  result = $state<LivePlayerResult | null>(null);
  finished = $state<LiveFinished | null>(null);
  kicked = $state(false);
  /** The last result came back after a rescue: this player is on the floor again. */
  rescued = $state(false);
  connection = $state<Connection>('connecting');

  readonly clock = new LiveClock();

  screen = $derived(
    playerScreen({
      joined: this.me !== null,
      kicked: this.kicked,
      phase: this.state?.phase,
      questionIndex: this.state?.questionIndex ?? -1,
      eliminated: this.me?.eliminated ?? false,
      answered: this.me?.answered ?? false,
      sending: this.sending,
      resultIndex: this.result?.questionIndex,
    }),
  );

  #socket: Socket | undefined;
  #resumeToken: string | undefined;
  #details: JoinDetails = {};
  #stopped = false;

  /** Looks the PIN up; with a saved token for it, joins straight back. */
  async lookUp(pin: string): Promise<void> {
    this.pin = pin;
    this.lookupError = null;
    this.info = null;
    try {
      this.info = await lookUpPin(pin);
    } catch (error) {
      this.lookupError = asFailure(error);
      return;
    }
    const saved = readResume(browserStorage(), pin, Date.now());
    if (saved) {
      this.#resumeToken = saved.resumeToken;
      this.resuming = true;
      await this.join({});
      this.resuming = false;
    }
  }

  async join(details: JoinDetails): Promise<void> {
    if (this.joining) return;
    this.#details = details;
    this.joining = true;
    this.joinError = null;
    try {
      await this.#join();
    } catch (error) {
      const failure = asFailure(error);
      if (failure.code === 'LIVE_PLAYER_KICKED') this.#kickedOut();
      else if (this.#resumeToken && STALE_TOKEN_CODES.has(failure.code)) {
        // The token belongs to an older round with this PIN: join afresh.
        this.#resumeToken = undefined;
        forgetResume(browserStorage(), this.pin);
        this.#disconnect();
        if (!this.resuming) this.joinError = failure;
      } else {
        this.joinError = failure;
        this.#disconnect();
      }
    } finally {
      this.joining = false;
    }
  }

  /** Picks one option and sends it (single, true/false), or toggles it (multiple, sent with `submitChosen`). */
  choose(optionId: string): void {
    const question = this.question;
    if (!question || this.screen !== 'answer') return;
    if (question.type === 'multiple') {
      this.chosen = this.chosen.includes(optionId) ? this.chosen.filter((id) => id !== optionId) : [...this.chosen, optionId];
      return;
    }
    void this.#answer(optionId);
  }

  submitChosen(): void {
    if (this.chosen.length > 0) void this.#answer([...this.chosen]);
  }

  /** Leaves for another round: the token is forgotten. */
  leave(): void {
    forgetResume(browserStorage(), this.pin);
    this.#resumeToken = undefined;
    this.#disconnect();
    this.me = null;
    this.state = null;
    this.question = null;
    this.result = null;
    this.finished = null;
    this.info = null;
    this.kicked = false;
    this.chosen = [];
  }

  stop(): void {
    this.#stopped = true;
    this.#disconnect();
  }

  /** This player's place in the final standings, if they made the list. */
  finalRank = $derived.by(() => {
    const mine = this.finished?.top.find((standing) => standing.playerId === this.me?.playerId);
    return mine?.rank ?? this.me?.rank;
  });

  async #join(): Promise<void> {
    const socket = this.#ensureSocket();
    const sentAt = Date.now();
    const payload = {
      pin: this.pin,
      ...(this.#resumeToken ? { resumeToken: this.#resumeToken } : {}),
      ...(this.#details.nickname ? { nickname: this.#details.nickname } : {}),
      ...(this.#details.unitId ? { unitId: this.#details.unitId } : {}),
    };
    const joined = await request<LiveJoinResult>(socket, LIVE_EVENTS.playerJoin, payload);
    this.clock.fromAck(joined.state.serverNow, sentAt, Date.now());
    this.#resumeToken = joined.resumeToken;
    saveResume(browserStorage(), this.pin, {
      resumeToken: joined.resumeToken,
      playerId: joined.playerId,
      roundId: joined.state.roundId,
      savedAt: Date.now(),
    });
    this.me = joined.me;
    this.connection = 'live';
    this.#applyState(joined.state, false);
    // Coming back after a reveal or at the end: the result and the podium at once, not a blank wait.
    if (joined.result) this.result = joined.result;
    if (joined.finished) this.finished = joined.finished;
    // Answered before a reload: the choice itself is not known here, only that it counts.
    if (!joined.me.answered) this.chosen = [];
  }

  #ensureSocket(): Socket {
    if (this.#socket) return this.#socket;
    const socket = connectLive();
    this.#socket = socket;
    socket.on('connect', () => {
      // socket.io reconnected by itself: same player, same score.
      if (this.me && this.#resumeToken && !this.joining) void this.#rejoin();
    });
    socket.on('disconnect', () => this.#down());
    socket.on('connect_error', () => this.#down());
    socket.on(LIVE_EVENTS.state, (state: LiveRoundState) => this.#applyState(state, true));
    socket.on(LIVE_EVENTS.question, (question: LiveQuestionView) => this.#applyQuestion(question, true));
    socket.on(LIVE_EVENTS.playerResult, (result: LivePlayerResult) => this.#applyResult(result));
    socket.on(LIVE_EVENTS.finished, (finished: LiveFinished) => {
      this.finished = finished;
      const mine = finished.top.find((standing) => standing.playerId === this.me?.playerId);
      if (this.me && mine) this.me = { ...this.me, rank: mine.rank, score: mine.score };
    });
    socket.on(LIVE_EVENTS.kicked, () => this.#kickedOut());
    socket.on(LIVE_EVENTS.rescue, (notice: LiveRescueNotice) => {
      if (this.me && notice.playerIds?.includes(this.me.playerId)) this.me = { ...this.me, eliminated: false };
    });
    return socket;
  }

  async #rejoin(): Promise<void> {
    this.joining = true;
    try {
      await this.#join();
    } catch (error) {
      const failure = asFailure(error);
      if (failure.code === 'LIVE_PLAYER_KICKED') this.#kickedOut();
      else this.joinError = failure;
    } finally {
      this.joining = false;
    }
  }

  async #answer(response: LiveResponse): Promise<void> {
    const socket = this.#socket;
    const question = this.question;
    if (!socket || !question || this.sending || this.me?.answered) return;
    this.chosen = Array.isArray(response) ? response : [response];
    this.sending = true;
    this.answerError = null;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await request<LiveAnswerAck>(socket, LIVE_EVENTS.playerAnswer, { questionIndex: question.index, response });
          this.#markAnswered(question.index);
          return;
        } catch (error) {
          const failure = asFailure(error);
          // A retry after a lost ack finds the first one recorded: that is a success.
          if (failure.code === 'LIVE_ALREADY_ANSWERED') return this.#markAnswered(question.index);
          const stillOpen = this.state?.phase === 'question' && this.state.questionIndex === question.index;
          if (failure.code === 'TIMEOUT' && stillOpen && attempt < ANSWER_TRIES) continue;
          this.answerError = failure;
          this.chosen = [];
          return;
        }
      }
    } finally {
      this.sending = false;
    }
  }

  #markAnswered(questionIndex: number): void {
    if (this.me && this.state?.questionIndex === questionIndex) this.me = { ...this.me, answered: true };
  }

  #applyState(state: LiveRoundState, pushed: boolean): void {
    if (pushed) this.clock.fromPush(state.serverNow);
    this.state = state;
    if (state.question) this.#applyQuestion(state.question, pushed);
  }

  #applyQuestion(question: LiveQuestionView, pushed: boolean): void {
    if (pushed) this.clock.fromPush(question.serverNow);
    const isNew = this.question?.index !== question.index;
    this.question = question;
    if (isNew && this.me && this.state?.questionIndex !== question.index) {
      // The question event came before the state change: the state follows.
      this.state = this.state ? { ...this.state, phase: 'question', questionIndex: question.index, question } : this.state;
    }
    if (isNew) {
      this.chosen = [];
      this.answerError = null;
      if (this.me && pushed) this.me = { ...this.me, answered: false };
    }
  }

  #applyResult(result: LivePlayerResult): void {
    const previous = this.result;
    this.rescued = previous?.questionIndex === result.questionIndex && previous.eliminated && !result.eliminated;
    this.result = result;
    if (this.me) this.me = { ...this.me, score: result.score, streak: result.streak, rank: result.rank, eliminated: result.eliminated };
  }

  /** The token is kept: a reload tries it, the server refuses it, and the phone stays out. */
  #kickedOut(): void {
    this.kicked = true;
    this.#disconnect();
  }

  #disconnect(): void {
    this.#socket?.disconnect();
    this.#socket = undefined;
  }

  #down(): void {
    if (this.#stopped || !this.#socket) return;
    this.connection = this.me ? 'reconnecting' : 'connecting';
  }
}
