import type { EngineConfig } from './engine/engine-types.js';
import type { RoundContent } from './engine/views.js';
import type { LiveMode, LivePhase, LiveQuestionType, LiveRescueScope } from './live-contract.js';

export interface LiveSettings {
  secondsPerQuestion: number;
  /** question index → seconds, where the organizer changed the default */
  secondsOverrides: Record<string, number>;
  allowGuests: boolean;
  requireSchool: boolean;
  /** 1-based; 0: only in the lobby; null: until the end */
  lateJoinUntilQuestion: number | null;
  rescueScope: LiveRescueScope;
  showStemOnPhones: boolean;
  /** 1-based: the sole survivor after this question or later is "người chơi xuất sắc nhất" */
  bestPlayerFromQuestion: number;
  graceMs: number;
}

/** A question as frozen into a round when it was created: the version, the option order and ids, the key. */
export interface FrozenQuestion {
  questionId: string;
  version: number;
  type: LiveQuestionType;
  stem: string;
  /** in the order shown; `id` is the round's own, `sourceId` the bank's */
  options: { id: string; sourceId: string; text: string; correct: boolean }[];
  seconds: number;
  explanation: string | null;
  citation: string | null;
}

export type LiveRoundStatus = 'lobby' | 'running' | 'finished';

export interface LiveRoundRecord {
  id: string;
  ownerUnitId: string;
  ownerUnitName: string;
  ownerPath: string;
  hostUserId: string | null;
  hostName: string | null;
  contestId: string | null;
  title: string;
  mode: LiveMode;
  settings: LiveSettings;
  questions: FrozenQuestion[];
  pin: string;
  status: LiveRoundStatus;
  phase: LivePhase;
  questionIndex: number;
  playerCount: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export function engineConfigOf(round: Pick<LiveRoundRecord, 'mode' | 'settings' | 'questions'>): EngineConfig {
  return {
    mode: round.mode,
    questions: round.questions.map((question) => ({
      type: question.type,
      optionIds: question.options.map((option) => option.id),
      correctOptionIds: question.options.filter((option) => option.correct).map((option) => option.id),
      seconds: question.seconds,
    })),
    lateJoinUntilQuestion: round.settings.lateJoinUntilQuestion,
    rescueScope: round.settings.rescueScope,
    bestPlayerFromQuestion: round.settings.bestPlayerFromQuestion,
    graceMs: round.settings.graceMs,
  };
}

export function contentOf(round: Pick<LiveRoundRecord, 'id' | 'title' | 'mode' | 'settings' | 'questions'>): RoundContent {
  return {
    roundId: round.id,
    title: round.title,
    mode: round.mode,
    showStemOnPhones: round.settings.showStemOnPhones,
    questions: round.questions.map((question) => ({
      type: question.type,
      stem: question.stem,
      options: question.options.map(({ id, text }) => ({ id, text })),
      explanation: question.explanation,
      citation: question.citation,
    })),
  };
}
