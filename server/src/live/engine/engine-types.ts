import type { LiveMode, LivePhase, LiveQuestionType, LiveRescueScope, LiveResponse } from '../live-contract.js';

export type { LiveMode, LivePhase, LiveRescueScope, LiveResponse };

/** What the engine needs of a question: its shape and key, never its text. */
export interface EngineQuestion {
  type: LiveQuestionType;
  optionIds: readonly string[];
  correctOptionIds: readonly string[];
  seconds: number;
}

export interface EngineConfig {
  mode: LiveMode;
  questions: readonly EngineQuestion[];
  /**
   * 1-based: a player may join while some question up to this one can still be answered
   * (0: only in the lobby; null: until the round finishes).
   */
  lateJoinUntilQuestion: number | null;
  rescueScope: LiveRescueScope;
  /** 1-based: the sole player left on the floor after this question or a later one is the best player. */
  bestPlayerFromQuestion: number;
  /** An answer this long after the shown deadline still counts (the network between a tap and the server). */
  graceMs: number;
}

export type LiveCommand =
  | { type: 'join'; playerId: string; nickname: string; unitId: string | null; unitName: string | null }
  | { type: 'kick'; playerId: string }
  | { type: 'start' }
  | { type: 'reveal' }
  | { type: 'next' }
  | { type: 'end' }
  | { type: 'rescue'; scope?: LiveRescueScope }
  | { type: 'answer'; playerId: string; questionIndex: number; response: LiveResponse };

export type HostCommand = Extract<LiveCommand, { type: 'start' | 'reveal' | 'next' | 'end' | 'rescue' | 'kick' }>;

export type LiveRefusalCode =
  | 'LIVE_NOT_JOINED'
  | 'LIVE_PLAYER_KICKED'
  | 'LIVE_INVALID_TRANSITION'
  | 'LIVE_QUESTION_CLOSED'
  | 'LIVE_WRONG_QUESTION'
  | 'LIVE_ALREADY_ANSWERED'
  | 'LIVE_ELIMINATED'
  | 'LIVE_JOIN_CLOSED'
  | 'LIVE_RESCUE_NOT_POSSIBLE'
  | 'ANSWER_INVALID';

/** A command the rules refuse; the code is one of the error catalog's. */
export class LiveRefusal extends Error {
  constructor(readonly code: LiveRefusalCode) {
    super(code);
    this.name = 'LiveRefusal';
  }
}

export interface EngineAnswer {
  questionIndex: number;
  response: LiveResponse;
  /** server time the answer arrived */
  at: number;
  /** from the question opening, capped at the question's time */
  responseMs: number;
  correct: boolean;
  points: number;
}

export interface EnginePlayer {
  id: string;
  nickname: string;
  unitId: string | null;
  unitName: string | null;
  /** 0, 1, 2… in the order players joined: the last tie-break */
  joinOrder: number;
  joinedAt: number;
  /** the first question this player could answer; earlier ones neither score nor eliminate */
  firstQuestion: number;
  kicked: boolean;
  eliminated: boolean;
  /** the question whose reveal took this player off the floor */
  eliminatedAt: number | null;
  score: number;
  /** consecutive correct answers up to the last closed question */
  streak: number;
  correctCount: number;
  /** response time summed over correct answers: the first tie-break */
  correctMs: number;
  rank: number | undefined;
  /** the rank before the last closed question was scored */
  previousRank: number | undefined;
  answers: (EngineAnswer | undefined)[];
}

export interface QuestionTally {
  answered: number;
  /** answers per option id (a multiple-choice answer counts for each option chosen) */
  distribution: Map<string, number>;
  /** players who could answer when it closed (on the floor, not kicked, joined in time) */
  eligibleAtClose: number;
  eliminatedPlayerIds: string[];
  goldenBellPlayerIds: string[];
}

export interface RescueRecord {
  /** the last revealed question when the host rescued */
  afterQuestion: number;
  scope: LiveRescueScope;
  playerIds: string[];
  at: number;
}
