import {
  LiveRefusal,
  type EngineAnswer,
  type EngineConfig,
  type EnginePlayer,
  type LiveCommand,
  type LivePhase,
  type LiveRescueScope,
  type LiveResponse,
  type QuestionTally,
  type RescueRecord,
} from './engine-types.js';
import { rankOrder } from './ranking.js';
import { answerPoints, isCorrect, isWellFormed } from './scoring.js';

/**
 * One live round's rules: lobby → question i open → closed → revealed → leaderboard → … →
 * finished (the host may end at any time). Time is always an argument, so replaying the
 * recorded commands with their server times rebuilds the same state.
 */
export class LiveEngine {
  phase: LivePhase = 'lobby';
  /** -1 in the lobby; afterwards the open or last opened question */
  questionIndex = -1;
  openedAt: number | null = null;
  /** the deadline players see; answers count until `closesAt + graceMs` */
  closesAt: number | null = null;
  closedAt: number | null = null;
  startedAt: number | null = null;
  finishedAt: number | null = null;
  lastRevealed = -1;
  bestPlayerId: string | null = null;
  goldenBellPlayerIds: string[] = [];
  readonly rescues: RescueRecord[] = [];

  private readonly players = new Map<string, EnginePlayer>();
  private readonly joined: EnginePlayer[] = [];
  private readonly tallies: QuestionTally[] = [];
  private ranked: EnginePlayer[] = [];
  private activeCount = 0;
  private eliminatedActive = 0;
  private eligibleNow = 0;

  constructor(readonly config: EngineConfig) {
    if (config.questions.length === 0) throw new RangeError('A live round needs at least one question');
  }

  get questionCount(): number {
    return this.config.questions.length;
  }

  /** Players not kicked. */
  get playerCount(): number {
    return this.activeCount;
  }

  /** Players on the floor (not kicked, not eliminated). */
  get remaining(): number {
    return this.activeCount - this.eliminatedActive;
  }

  get closeDueAt(): number | null {
    return this.phase === 'question' && this.closesAt !== null ? this.closesAt + this.config.graceMs : null;
  }

  player(id: string): EnginePlayer | undefined {
    return this.players.get(id);
  }

  /** Every player ever joined, kicked ones included, in join order. */
  allPlayers(): readonly EnginePlayer[] {
    return this.joined;
  }

  /** Players not kicked, best first; `rank` is the position + 1. */
  ranking(): readonly EnginePlayer[] {
    return this.ranked;
  }

  tally(questionIndex: number): QuestionTally | undefined {
    return this.tallies[questionIndex];
  }

  /** The open question: answers in, and players who may answer. */
  answerCount(): { questionIndex: number; answered: number; eligible: number } {
    const tally = this.tallies[this.questionIndex];
    if (this.phase !== 'question' || !tally) {
      return { questionIndex: this.questionIndex, answered: tally?.answered ?? 0, eligible: tally?.eligibleAtClose ?? 0 };
    }
    return { questionIndex: this.questionIndex, answered: tally.answered, eligible: this.eligibleNow };
  }

  apply(command: LiveCommand, at: number): unknown {
    switch (command.type) {
      case 'join':
        return this.join(command, at);
      case 'kick':
        return this.kick(command.playerId, at);
      case 'start':
        return this.start(at);
      case 'reveal':
        return this.reveal(at);
      case 'next':
        return this.next(at);
      case 'end':
        return this.end(at);
      case 'rescue':
        return this.rescue(command.scope, at);
      case 'answer':
        return this.answer(command.playerId, command.questionIndex, command.response, at);
    }
  }

  /** Closes the open question once its time (and the grace) is over; true when it did. */
  tick(at: number): boolean {
    const due = this.closeDueAt;
    if (due === null || at < due) return false;
    this.close(due);
    return true;
  }

  join(command: Extract<LiveCommand, { type: 'join' }>, at: number): EnginePlayer {
    this.tick(at);
    if (this.players.has(command.playerId)) throw new Error(`Player ${command.playerId} has already joined`);
    if (!this.acceptsNewPlayers()) throw new LiveRefusal('LIVE_JOIN_CLOSED');
    const firstQuestion = this.nextAnswerable();
    const player: EnginePlayer = {
      id: command.playerId,
      nickname: command.nickname,
      unitId: command.unitId,
      unitName: command.unitName,
      joinOrder: this.joined.length,
      joinedAt: at,
      firstQuestion,
      kicked: false,
      eliminated: false,
      eliminatedAt: null,
      score: 0,
      streak: 0,
      correctCount: 0,
      correctMs: 0,
      // A newcomer has the lowest score and joined last: they rank last, nobody else moves.
      rank: this.ranked.length + 1,
      previousRank: undefined,
      answers: [],
    };
    this.players.set(player.id, player);
    this.joined.push(player);
    this.ranked.push(player);
    this.activeCount++;
    if (this.phase === 'question') this.eligibleNow++;
    return player;
  }

  /** In the lobby; later only while a question up to `lateJoinUntilQuestion` can still be answered. Call tick() first. */
  acceptsNewPlayers(): boolean {
    if (this.phase === 'lobby') return true;
    const first = this.nextAnswerable();
    const limit = this.config.lateJoinUntilQuestion;
    return this.phase !== 'finished' && first < this.questionCount && (limit === null || first + 1 <= limit);
  }

  /** False when the player was already out. */
  kick(playerId: string, at: number): boolean {
    this.tick(at);
    const player = this.players.get(playerId);
    if (!player) throw new LiveRefusal('LIVE_NOT_JOINED');
    if (this.phase === 'finished') throw new LiveRefusal('LIVE_INVALID_TRANSITION');
    if (player.kicked) return false;
    if (this.phase === 'question' && this.mayAnswer(player, this.questionIndex)) {
      this.eligibleNow--;
      const answer = player.answers[this.questionIndex];
      if (answer) this.untally(answer);
    }
    player.kicked = true;
    this.activeCount--;
    if (player.eliminated) this.eliminatedActive--;
    this.rerank();
    this.closeIfAllAnswered(at);
    return true;
  }

  start(at: number): void {
    this.tick(at);
    if (this.phase !== 'lobby') throw new LiveRefusal('LIVE_INVALID_TRANSITION');
    this.startedAt = at;
    this.open(0, at);
  }

  /** Closes the open question early if need be, then shows the key; elimination takes players off the floor here. */
  reveal(at: number): QuestionTally {
    this.tick(at);
    if (this.phase === 'question') this.close(at);
    if (this.phase !== 'closed') throw new LiveRefusal('LIVE_INVALID_TRANSITION');
    const index = this.questionIndex;
    const tally = this.tallies[index]!;
    this.phase = 'revealed';
    this.lastRevealed = index;
    if (this.config.mode === 'elimination') {
      for (const player of this.joined) {
        if (!this.mayAnswer(player, index) || player.answers[index]?.correct) continue;
        player.eliminated = true;
        player.eliminatedAt = index;
        this.eliminatedActive++;
        tally.eliminatedPlayerIds.push(player.id);
      }
      if (this.bestPlayerId === null && index + 1 >= this.config.bestPlayerFromQuestion && this.remaining === 1) {
        this.bestPlayerId = this.joined.find((player) => !player.kicked && !player.eliminated)!.id;
      }
      if (index === this.questionCount - 1) {
        tally.goldenBellPlayerIds = this.joined
          .filter((player) => !player.kicked && !player.eliminated && player.answers[index]?.correct)
          .map((player) => player.id);
        this.goldenBellPlayerIds = tally.goldenBellPlayerIds;
      }
    }
    return tally;
  }

  /** revealed → leaderboard; leaderboard → the next question, or finished after the last. */
  next(at: number): void {
    this.tick(at);
    if (this.phase === 'revealed') this.phase = 'leaderboard';
    else if (this.phase === 'leaderboard') {
      if (this.questionIndex + 1 < this.questionCount) this.open(this.questionIndex + 1, at);
      else this.finish(at);
    } else throw new LiveRefusal('LIVE_INVALID_TRANSITION');
  }

  /** Finished at any phase; an open question is closed and scored first (not revealed). */
  end(at: number): void {
    this.tick(at);
    if (this.phase === 'finished') throw new LiveRefusal('LIVE_INVALID_TRANSITION');
    if (this.phase === 'question') this.close(at);
    this.finish(at);
  }

  /** Elimination only, between a reveal and the next question: players back on the floor. */
  rescue(scope: LiveRescueScope | undefined, at: number): RescueRecord {
    this.tick(at);
    if (this.config.mode !== 'elimination' || (this.phase !== 'revealed' && this.phase !== 'leaderboard'))
      throw new LiveRefusal('LIVE_INVALID_TRANSITION');
    const chosen = scope ?? this.config.rescueScope;
    const rescued = this.joined.filter(
      (player) => !player.kicked && player.eliminated && (chosen === 'all' || player.eliminatedAt === this.lastRevealed),
    );
    if (rescued.length === 0) throw new LiveRefusal('LIVE_RESCUE_NOT_POSSIBLE');
    for (const player of rescued) {
      player.eliminated = false;
      player.eliminatedAt = null;
    }
    this.eliminatedActive -= rescued.length;
    const record: RescueRecord = { afterQuestion: this.lastRevealed, scope: chosen, playerIds: rescued.map((p) => p.id), at };
    this.rescues.push(record);
    return record;
  }

  answer(playerId: string, questionIndex: number, response: LiveResponse, at: number): EngineAnswer {
    this.tick(at);
    const player = this.players.get(playerId);
    if (!player) throw new LiveRefusal('LIVE_NOT_JOINED');
    if (player.kicked) throw new LiveRefusal('LIVE_PLAYER_KICKED');
    if (this.phase === 'lobby' || questionIndex !== this.questionIndex) throw new LiveRefusal('LIVE_WRONG_QUESTION');
    if (this.phase !== 'question') throw new LiveRefusal('LIVE_QUESTION_CLOSED');
    if (player.eliminated) throw new LiveRefusal('LIVE_ELIMINATED');
    if (player.answers[questionIndex]) throw new LiveRefusal('LIVE_ALREADY_ANSWERED');
    const question = this.config.questions[questionIndex]!;
    if (!isWellFormed(question, response)) throw new LiveRefusal('ANSWER_INVALID');
    const responseMs = Math.min(Math.max(at - this.openedAt!, 0), question.seconds * 1000);
    const correct = isCorrect(question, response);
    const answer: EngineAnswer = {
      questionIndex,
      response,
      at,
      responseMs,
      correct,
      points: answerPoints(this.config.mode, correct, responseMs, question.seconds, player.streak),
    };
    player.answers[questionIndex] = answer;
    const tally = this.tallies[questionIndex]!;
    tally.answered++;
    for (const id of Array.isArray(response) ? response : [response]) tally.distribution.set(id, (tally.distribution.get(id) ?? 0) + 1);
    this.closeIfAllAnswered(at);
    return answer;
  }

  private open(index: number, at: number): void {
    const question = this.config.questions[index]!;
    this.phase = 'question';
    this.questionIndex = index;
    this.openedAt = at;
    this.closesAt = at + question.seconds * 1000;
    this.closedAt = null;
    this.tallies[index] = {
      answered: 0,
      distribution: new Map(question.optionIds.map((id) => [id, 0])),
      eligibleAtClose: 0,
      eliminatedPlayerIds: [],
      goldenBellPlayerIds: [],
    };
    this.eligibleNow = this.joined.filter((player) => this.mayAnswer(player, index)).length;
  }

  /** Scores the question: points and streaks move here, so ranks change once per question. */
  private close(at: number): void {
    const index = this.questionIndex;
    for (const player of this.ranked) player.previousRank = player.rank;
    let eligible = 0;
    for (const player of this.joined) {
      if (!this.mayAnswer(player, index)) continue;
      eligible++;
      const answer = player.answers[index];
      if (answer?.correct) {
        player.score += answer.points;
        player.streak++;
        player.correctCount++;
        player.correctMs += answer.responseMs;
      } else player.streak = 0;
    }
    this.tallies[index]!.eligibleAtClose = eligible;
    this.phase = 'closed';
    this.closedAt = at;
    this.rerank();
  }

  private finish(at: number): void {
    this.phase = 'finished';
    this.finishedAt = at;
  }

  /** The first question a player joining now could answer. */
  private nextAnswerable(): number {
    return this.phase === 'lobby' ? 0 : this.phase === 'question' ? this.questionIndex : this.questionIndex + 1;
  }

  private closeIfAllAnswered(at: number): void {
    const tally = this.tallies[this.questionIndex];
    if (this.phase === 'question' && tally && this.eligibleNow > 0 && tally.answered >= this.eligibleNow) this.close(at);
  }

  private mayAnswer(player: EnginePlayer, index: number): boolean {
    return !player.kicked && !player.eliminated && player.firstQuestion <= index;
  }

  private untally(answer: EngineAnswer): void {
    const tally = this.tallies[answer.questionIndex]!;
    tally.answered--;
    for (const id of Array.isArray(answer.response) ? answer.response : [answer.response])
      tally.distribution.set(id, (tally.distribution.get(id) ?? 1) - 1);
  }

  private rerank(): void {
    this.ranked = rankOrder(this.joined.filter((player) => !player.kicked));
    this.ranked.forEach((player, index) => (player.rank = index + 1));
    for (const player of this.joined) if (player.kicked) player.rank = undefined;
  }
}
