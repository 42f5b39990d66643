import type { EnginePlayer } from './engine/engine-types.js';
import {
  answerCountView,
  finishedView,
  leaderboardView,
  lobbyView,
  meView,
  playerResultView,
  questionView,
  revealView,
  stateView,
} from './engine/views.js';
import type { LiveHostView, LiveJoinResult } from './live-contract.js';
import type { LiveSession } from './live-session.js';

/** Everything a projector or a second host device needs to catch up. */
export function hostSnapshot(session: LiveSession, now: number, joinUrl: string): LiveHostView {
  const { engine, content, round } = session;
  const view: LiveHostView = {
    state: stateView(engine, content, now, 'host'),
    pin: round.pin,
    joinUrl,
    lobby: lobbyView(engine, session.connections.size),
  };
  if (engine.phase === 'question') view.question = questionView(engine, content, now, 'host');
  if (engine.phase === 'question' || engine.phase === 'closed') view.answerCount = answerCountView(engine);
  if (revealShown(session)) view.reveal = revealView(engine, content, 'host');
  if (engine.phase === 'leaderboard') view.leaderboard = leaderboardView(engine);
  if (engine.phase === 'finished') view.finished = finishedView(engine);
  return view;
}

/** A player's view on joining or coming back: the state, themselves, and what the phone shows in this phase. */
export function playerSnapshot(session: LiveSession, player: EnginePlayer, resumeToken: string, now: number): LiveJoinResult {
  const { engine, content } = session;
  const result: LiveJoinResult = {
    playerId: player.id,
    resumeToken,
    state: stateView(engine, content, now, 'phone'),
    me: meView(engine, player),
  };
  if (revealShown(session)) {
    result.reveal = revealView(engine, content, 'phone');
    result.result = playerResultView(engine, player);
  }
  if (engine.phase === 'leaderboard') result.leaderboard = leaderboardView(engine);
  if (engine.phase === 'finished') result.finished = finishedView(engine);
  return result;
}

function revealShown({ engine }: LiveSession): boolean {
  return (engine.phase === 'revealed' || engine.phase === 'leaderboard') && engine.lastRevealed === engine.questionIndex;
}
