import {
  LIVE_FLOOR_LIST_LIMIT,
  LIVE_LOBBY_LIST_LIMIT,
  type LiveAnswerCount,
  type LiveFinished,
  type LiveLeaderboard,
  type LiveLobby,
  type LiveLobbyPlayer,
  type LiveMe,
  type LiveMode,
  type LiveOption,
  type LivePlayerResult,
  type LiveQuestionType,
  type LiveQuestionView,
  type LiveReveal,
  type LiveRoundState,
  type LiveStanding,
  type LiveUnitStanding,
} from '../live-contract.js';
import type { EnginePlayer } from './engine-types.js';
import type { LiveEngine } from './live-engine.js';

/** What the views show that the rules do not need: titles, texts, explanations. */
export interface RoundContent {
  roundId: string;
  title: string;
  mode: LiveMode;
  showStemOnPhones: boolean;
  questions: readonly {
    type: LiveQuestionType;
    stem: string;
    options: readonly LiveOption[];
    explanation: string | null;
    citation: string | null;
  }[];
}

export type Audience = 'phone' | 'host';

export const LEADERBOARD_SIZE = 10;
export const MOVERS_SIZE = 5;
export const PODIUM_SIZE = 3;

const iso = (ms: number) => new Date(ms).toISOString();

export function stateView(engine: LiveEngine, content: RoundContent, now: number, withQuestion?: Audience): LiveRoundState {
  const state: LiveRoundState = {
    roundId: content.roundId,
    title: content.title,
    mode: content.mode,
    phase: engine.phase,
    questionIndex: engine.questionIndex,
    questionCount: engine.questionCount,
    playerCount: engine.playerCount,
    serverNow: iso(now),
  };
  if (content.mode === 'elimination') state.remaining = engine.remaining;
  if (withQuestion && engine.phase === 'question') state.question = questionView(engine, content, now, withQuestion);
  return state;
}

export function questionView(engine: LiveEngine, content: RoundContent, now: number, audience: Audience): LiveQuestionView {
  const index = engine.questionIndex;
  const question = content.questions[index]!;
  const view: LiveQuestionView = {
    index,
    count: engine.questionCount,
    type: question.type,
    options: question.options.map(({ id, text }) => ({ id, text })),
    seconds: engine.config.questions[index]!.seconds,
    openedAt: iso(engine.openedAt!),
    closesAt: iso(engine.closesAt!),
    serverNow: iso(now),
  };
  if (audience === 'host' || content.showStemOnPhones) view.stem = question.stem;
  return view;
}

/** The last revealed question: key, distribution, and in elimination who left the floor (names for the host only). */
export function revealView(engine: LiveEngine, content: RoundContent, audience: Audience): LiveReveal {
  const index = engine.lastRevealed;
  const tally = engine.tally(index)!;
  const question = content.questions[index]!;
  const reveal: LiveReveal = {
    questionIndex: index,
    correctOptionIds: [...engine.config.questions[index]!.correctOptionIds],
    distribution: question.options.map((option) => ({ optionId: option.id, count: tally.distribution.get(option.id) ?? 0 })),
    noAnswer: Math.max(0, tally.eligibleAtClose - tally.answered),
  };
  if (question.explanation) reveal.explanation = question.explanation;
  if (question.citation) reveal.citation = question.citation;
  if (content.mode === 'elimination') {
    reveal.eliminatedCount = tally.eliminatedPlayerIds.length;
    reveal.remaining = engine.remaining;
    if (audience === 'host') {
      reveal.eliminatedPlayerIds = [...tally.eliminatedPlayerIds];
      reveal.onFloor = engine
        .allPlayers()
        .filter((player) => !player.kicked && !player.eliminated)
        .slice(0, LIVE_FLOOR_LIST_LIMIT)
        .map(lobbyPlayer);
    }
    if (index === engine.questionCount - 1) reveal.goldenBellPlayerIds = [...tally.goldenBellPlayerIds];
  }
  return reveal;
}

export function playerResultView(engine: LiveEngine, player: EnginePlayer): LivePlayerResult {
  const index = engine.lastRevealed;
  const answer = player.answers[index];
  return {
    questionIndex: index,
    correct: answer?.correct ?? false,
    answered: answer !== undefined,
    points: answer?.correct ? answer.points : 0,
    score: player.score,
    streak: player.streak,
    rank: player.rank ?? 0,
    eliminated: player.eliminated,
  };
}

export function standingView(engine: LiveEngine, player: EnginePlayer): LiveStanding {
  const standing: LiveStanding = { playerId: player.id, nickname: player.nickname, score: player.score, rank: player.rank ?? 0 };
  if (player.unitName) standing.unitName = player.unitName;
  if (player.previousRank !== undefined) standing.previousRank = player.previousRank;
  if (engine.config.mode === 'elimination') standing.eliminated = player.eliminated;
  return standing;
}

export function leaderboardView(engine: LiveEngine): LiveLeaderboard {
  const ranking = engine.ranking();
  const movers = ranking
    .filter((player) => player.previousRank !== undefined && player.rank !== undefined && player.previousRank > player.rank)
    .sort((a, b) => b.previousRank! - b.rank! - (a.previousRank! - a.rank!) || a.rank! - b.rank!)
    .slice(0, MOVERS_SIZE);
  const board: LiveLeaderboard = {
    questionIndex: engine.questionIndex,
    top: ranking.slice(0, LEADERBOARD_SIZE).map((player) => standingView(engine, player)),
    movers: movers.map((player) => standingView(engine, player)),
    units: unitStandings(engine),
  };
  if (engine.config.mode === 'elimination') board.remaining = engine.remaining;
  return board;
}

export function finishedView(engine: LiveEngine): LiveFinished {
  const ranking = engine.ranking();
  const finished: LiveFinished = {
    podium: ranking.slice(0, PODIUM_SIZE).map((player) => standingView(engine, player)),
    top: ranking.slice(0, LEADERBOARD_SIZE).map((player) => standingView(engine, player)),
    units: unitStandings(engine),
  };
  if (engine.config.mode === 'elimination') {
    if (engine.bestPlayerId) finished.bestPlayerId = engine.bestPlayerId;
    finished.goldenBellPlayerIds = [...engine.goldenBellPlayerIds];
  }
  return finished;
}

/** Schools by mean score (so a school is not ahead for sending more players), then by players, then by name. */
export function unitStandings(engine: LiveEngine): LiveUnitStanding[] {
  const units = new Map<string, LiveUnitStanding>();
  for (const player of engine.ranking()) {
    if (!player.unitId) continue;
    const unit = units.get(player.unitId) ?? {
      unitId: player.unitId,
      unitName: player.unitName ?? '',
      players: 0,
      totalScore: 0,
      meanScore: 0,
    };
    unit.players++;
    unit.totalScore += player.score;
    units.set(player.unitId, unit);
  }
  return [...units.values()]
    .map((unit) => ({ ...unit, meanScore: Math.round((unit.totalScore / unit.players) * 100) / 100 }))
    .sort((a, b) => b.meanScore - a.meanScore || b.players - a.players || a.unitName.localeCompare(b.unitName, 'vi'));
}

export function lobbyView(engine: LiveEngine, connected?: number): LiveLobby {
  const active = engine.allPlayers().filter((player) => !player.kicked);
  const lobby: LiveLobby = { players: active.slice(-LIVE_LOBBY_LIST_LIMIT).map(lobbyPlayer), count: active.length };
  if (connected !== undefined) lobby.connected = connected;
  return lobby;
}

export function answerCountView(engine: LiveEngine): LiveAnswerCount {
  return engine.answerCount();
}

export function meView(engine: LiveEngine, player: EnginePlayer): LiveMe {
  const me: LiveMe = {
    playerId: player.id,
    nickname: player.nickname,
    score: player.score,
    streak: player.streak,
    eliminated: player.eliminated,
    answered: engine.phase === 'question' && player.answers[engine.questionIndex] !== undefined,
  };
  if (player.unitName) me.unitName = player.unitName;
  if (player.rank !== undefined) me.rank = player.rank;
  return me;
}

function lobbyPlayer(player: EnginePlayer): LiveLobbyPlayer {
  const entry: LiveLobbyPlayer = { playerId: player.id, nickname: player.nickname };
  if (player.unitName) entry.unitName = player.unitName;
  return entry;
}
