/**
 * The live-round contract: socket event names, payload shapes and room names, declared once and
 * imported by the server, the client and the tests. Pure types and constants only.
 *
 * Every event a client sends is acknowledged with `{ data }` or `{ error: { code, message } }`
 * (see realtime/socket-envelope.ts); error codes are in common/errors/live-errors.ts.
 */

export const LIVE_NAMESPACE = '/live';

export const LIVE_EVENTS = {
  // host → server (the socket must belong to the round's owner or an organizer above it)
  /** `{ roundId }` → ack `{ data: LiveHostView }`; the socket joins the host room (several host devices allowed) */
  hostOpen: 'host:open',
  /**
   * `{}` → lobby → question 0 open. start, reveal, next and end also take `{ fromPhase }`: refused with
   * LIVE_INVALID_TRANSITION unless the round is in that phase, so two host devices pressing at once move it once.
   * Each acks `{ data: LiveRoundState }`.
   */
  hostStart: 'host:start',
  /** `{}` → closed → revealed (early close allowed: question → closed → revealed) */
  hostReveal: 'host:reveal',
  /** `{}` → revealed → leaderboard → next question open → … → finished */
  hostNext: 'host:next',
  /** `{ scope?: 'last' | 'all' }` → elimination only; brings players back, logged */
  hostRescue: 'host:rescue',
  /** `{ playerId }` → the player is removed and cannot come back */
  hostKick: 'host:kick',
  /** `{}` → finished at any phase; results saved */
  hostEnd: 'host:end',

  // player → server
  /** `LiveJoinRequest` → ack `{ data: LiveJoinResult }` */
  playerJoin: 'player:join',
  /** `LiveAnswerRequest` → ack `{ data: { accepted: true, answeredAtMs } }` once durably recorded */
  playerAnswer: 'player:answer',

  // server → clients
  /**
   * `LiveRoundState` to everyone in the round whenever the phase changes (also when a question closes on
   * time or because everyone answered). Broadcasts never embed `question`: it comes in `round:question`,
   * which is sent just before the `round:state` of a question opening. Snapshots (join and host:open acks) do.
   */
  state: 'round:state',
  /** `LiveQuestionView` when a question opens (no key); phones get no `stem` unless the host shows it on phones */
  question: 'round:question',
  /** `LiveReveal` to everyone when the host reveals; `eliminatedPlayerIds` and `onFloor` go to the host room only */
  reveal: 'round:reveal',
  /** `LivePlayerResult` to each player (own socket) after a reveal, and again to rescued players */
  playerResult: 'player:result',
  /** `LiveLeaderboard` between questions */
  leaderboard: 'round:leaderboard',
  /** `LiveFinished` at the end */
  finished: 'round:finished',
  /** `LiveLobby` to the host room when players join, leave or are kicked */
  players: 'round:players',
  /** `LiveAnswerCount` to the host room while a question is open (at most 5 a second) */
  answerCount: 'round:answers',
  /** `{ playerId }` to a kicked player's sockets */
  kicked: 'player:kicked',
  /** `LiveRescueNotice` to everyone when the host rescues (rescued players also get a fresh `player:result`) */
  rescue: 'round:rescue',
} as const;

/** `round:players` lists at most this many players (the latest to join); `count` is always the total. */
export const LIVE_LOBBY_LIST_LIMIT = 300;
/** `LiveReveal.onFloor` (host only) lists at most this many players; `remaining` is always the total. */
export const LIVE_FLOOR_LIST_LIMIT = 500;

export type LiveMode = 'speed' | 'flat' | 'elimination';
export type LivePhase = 'lobby' | 'question' | 'closed' | 'revealed' | 'leaderboard' | 'finished';
export type LiveRescueScope = 'last' | 'all';
export type LiveQuestionType = 'single' | 'multiple' | 'true_false';

/** A choice: an option id for single/true_false, a list of option ids for multiple. */
export type LiveResponse = string | string[];

export interface LiveOption {
  id: string;
  text: string;
}

/** What a phone or the projector sees while a question is open: never a key. */
export interface LiveQuestionView {
  index: number;
  count: number;
  type: LiveQuestionType;
  /** Omitted on phones when the host shows the text only on the projector. */
  stem?: string;
  options: LiveOption[];
  seconds: number;
  openedAt: string;
  closesAt: string;
  serverNow: string;
}

export interface LiveRoundState {
  roundId: string;
  title: string;
  mode: LiveMode;
  phase: LivePhase;
  /** -1 in the lobby */
  questionIndex: number;
  questionCount: number;
  playerCount: number;
  /** elimination: players still on the floor */
  remaining?: number;
  serverNow: string;
  question?: LiveQuestionView;
}

export interface LiveMe {
  playerId: string;
  nickname: string;
  unitName?: string;
  score: number;
  streak: number;
  rank?: number;
  eliminated: boolean;
  /** whether this player has answered the open question */
  answered: boolean;
}

export interface LiveJoinRequest {
  pin: string;
  /** a guest's nickname; signed-in players use their account's name */
  nickname?: string;
  /** the player's school, from the unit tree */
  unitId?: string;
  /** from an earlier join: same player, same score and streak */
  resumeToken?: string;
}

export interface LiveJoinResult {
  playerId: string;
  resumeToken: string;
  state: LiveRoundState;
  me: LiveMe;
  /** what a phone coming back shows at once, by phase: the reveal and this player's result, the board, the podium */
  reveal?: LiveReveal;
  result?: LivePlayerResult;
  leaderboard?: LiveLeaderboard;
  finished?: LiveFinished;
}

export interface LiveAnswerRequest {
  questionIndex: number;
  response: LiveResponse;
}

export interface LiveAnswerAck {
  accepted: true;
  /** server-measured response time */
  answeredAtMs: number;
}

export interface LiveAnswerCount {
  questionIndex: number;
  answered: number;
  /** players who may answer (on the floor, not kicked) */
  eligible: number;
}

export interface LiveReveal {
  questionIndex: number;
  correctOptionIds: string[];
  distribution: { optionId: string; count: number }[];
  noAnswer: number;
  explanation?: string;
  citation?: string;
  /** elimination: who left the floor on this question (host room only), how many, and who remains */
  eliminatedPlayerIds?: string[];
  eliminatedCount?: number;
  remaining?: number;
  /** elimination, host room only: the players still on the floor (at most LIVE_FLOOR_LIST_LIMIT) */
  onFloor?: LiveLobbyPlayer[];
  /** elimination: answered the final question right */
  goldenBellPlayerIds?: string[];
}

export interface LivePlayerResult {
  questionIndex: number;
  correct: boolean;
  answered: boolean;
  points: number;
  score: number;
  streak: number;
  rank: number;
  eliminated: boolean;
}

export interface LiveStanding {
  playerId: string;
  nickname: string;
  unitName?: string;
  score: number;
  rank: number;
  /** rank before the last question, for "movers" */
  previousRank?: number;
  eliminated?: boolean;
}

export interface LiveUnitStanding {
  unitId: string;
  unitName: string;
  players: number;
  totalScore: number;
  meanScore: number;
}

export interface LiveLeaderboard {
  questionIndex: number;
  top: LiveStanding[];
  /** biggest rank gains on the last question */
  movers: LiveStanding[];
  units: LiveUnitStanding[];
  remaining?: number;
}

export interface LiveFinished {
  podium: LiveStanding[];
  top: LiveStanding[];
  units: LiveUnitStanding[];
  /** elimination: the last player on the floor after question k ("người chơi xuất sắc nhất") */
  bestPlayerId?: string;
  goldenBellPlayerIds?: string[];
}

export interface LiveLobbyPlayer {
  playerId: string;
  nickname: string;
  unitName?: string;
}

export interface LiveLobby {
  /** the latest LIVE_LOBBY_LIST_LIMIT players to join, in join order; kicked players are left out */
  players: LiveLobbyPlayer[];
  count: number;
  /** players with at least one connected device */
  connected?: number;
}

export interface LiveRescueNotice {
  /** the last revealed question */
  questionIndex: number;
  scope: LiveRescueScope;
  /** players brought back */
  count: number;
  /** host room only: who was brought back */
  playerIds?: string[];
  remaining: number;
}

/** What host:open returns: everything a projector or a second host device needs to catch up. */
export interface LiveHostView {
  state: LiveRoundState;
  pin: string;
  joinUrl: string;
  lobby: LiveLobby;
  answerCount?: LiveAnswerCount;
  reveal?: LiveReveal;
  leaderboard?: LiveLeaderboard;
  finished?: LiveFinished;
  /** the open question with its stem, for the projector */
  question?: LiveQuestionView;
}

export function liveRoundRoom(roundId: string): string {
  return `live:${roundId}`;
}

export function liveHostRoom(roundId: string): string {
  return `live:${roundId}:host`;
}

export function livePlayerRoom(playerId: string): string {
  return `live-player:${playerId}`;
}
