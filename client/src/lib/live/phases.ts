// Which screen the projector and the phones show for the round's phase. Pure.
import type { LiveMode, LivePhase } from '../../../../server/src/live/live-contract.js';

export type HostScreen = 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'podium';

const HOST_SCREENS: Record<LivePhase, HostScreen> = {
  lobby: 'lobby',
  question: 'question',
  // Time is up but the key is not shown yet: the question stays on screen.
  closed: 'question',
  revealed: 'reveal',
  leaderboard: 'leaderboard',
  finished: 'podium',
};

export function hostScreen(phase: LivePhase): HostScreen {
  return HOST_SCREENS[phase];
}

export type HostAction = 'start' | 'reveal' | 'next';

export type HostStepLabel = 'start' | 'closeAndReveal' | 'reveal' | 'showLeaderboard' | 'nextQuestion' | 'finish';

export interface HostStep {
  action: HostAction;
  label: HostStepLabel;
  /** Why it cannot be taken now, if so. */
  blocked?: 'noPlayers';
}

export interface HostRoundFacts {
  phase: LivePhase;
  questionIndex: number;
  questionCount: number;
  playerCount: number;
}

/** The one big button of the host's controls, or null when the round is over. */
export function hostStep(round: HostRoundFacts): HostStep | null {
  switch (round.phase) {
    case 'lobby':
      return round.playerCount > 0 ? { action: 'start', label: 'start' } : { action: 'start', label: 'start', blocked: 'noPlayers' };
    case 'question':
      return { action: 'reveal', label: 'closeAndReveal' };
    case 'closed':
      return { action: 'reveal', label: 'reveal' };
    case 'revealed':
      return { action: 'next', label: 'showLeaderboard' };
    case 'leaderboard':
      return { action: 'next', label: round.questionIndex + 1 >= round.questionCount ? 'finish' : 'nextQuestion' };
    case 'finished':
      return null;
  }
}

/** Rescue is for elimination rounds, between questions, when someone has left the floor. */
export function canRescue(mode: LiveMode, phase: LivePhase, eliminatedCount: number): boolean {
  return mode === 'elimination' && (phase === 'revealed' || phase === 'leaderboard') && eliminatedCount > 0;
}

export type PlayerScreen =
  'join' | 'kicked' | 'lobby' | 'answer' | 'sending' | 'received' | 'closed' | 'result' | 'eliminated' | 'finished';

export interface PlayerFacts {
  joined: boolean;
  kicked: boolean;
  phase: LivePhase | undefined;
  questionIndex: number;
  eliminated: boolean;
  /** The server has this player's answer to the open question. */
  answered: boolean;
  /** An answer is on its way and not acknowledged yet. */
  sending: boolean;
  /** The question index of the last `player:result`, if any. */
  resultIndex: number | undefined;
}

export function playerScreen(facts: PlayerFacts): PlayerScreen {
  if (facts.kicked) return 'kicked';
  if (!facts.joined || !facts.phase) return 'join';
  if (facts.phase === 'finished') return 'finished';
  if (facts.phase === 'lobby') return 'lobby';
  const hasResult = facts.resultIndex === facts.questionIndex;
  if (facts.phase === 'revealed' || facts.phase === 'leaderboard') {
    if (hasResult) return 'result';
    return facts.eliminated ? 'eliminated' : 'closed';
  }
  if (facts.eliminated) return 'eliminated';
  if (facts.answered) return 'received';
  if (facts.phase === 'closed') return 'closed';
  return facts.sending ? 'sending' : 'answer';
}

/** Presenter remotes send PageDown or the right arrow: either moves the round on, as the big button does. */
export function isStepKey(
  key: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean },
  targetTag: string,
): boolean {
  if (key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(targetTag.toUpperCase())) return false;
  return key.key === 'PageDown' || key.key === 'ArrowRight';
}
