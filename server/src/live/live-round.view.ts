import type { LiveRoundDto, LiveRoundSummaryDto } from './live-round.dto.js';
import type { LiveRoundRecord } from './live-round.model.js';
import type { LiveSession } from './live-session.js';

/** The row as stored, with the phase and player count of the process running it when it has it in memory. */
export function toSummaryDto(round: LiveRoundRecord, live?: LiveSession): LiveRoundSummaryDto {
  const engine = live?.engine;
  return {
    id: round.id,
    title: round.title,
    mode: round.mode,
    pin: round.pin,
    status: engine ? live.roundUpdate().status : round.status,
    phase: engine?.phase ?? round.phase,
    questionIndex: engine?.questionIndex ?? round.questionIndex,
    questionCount: round.questions.length,
    playerCount: engine?.playerCount ?? round.playerCount,
    ownerUnitId: round.ownerUnitId,
    ownerUnitName: round.ownerUnitName,
    hostUserId: round.hostUserId,
    hostName: round.hostName,
    contestId: round.contestId,
    createdAt: round.createdAt.toISOString(),
    startedAt: round.startedAt?.toISOString() ?? null,
    finishedAt: round.finishedAt?.toISOString() ?? null,
  };
}

export function toRoundDto(round: LiveRoundRecord, live?: LiveSession): LiveRoundDto {
  return {
    ...toSummaryDto(round, live),
    settings: round.settings,
    questions: round.questions.map((question, index) => ({
      index,
      questionId: question.questionId,
      version: question.version,
      type: question.type,
      stem: question.stem,
      options: question.options.map(({ id, text, correct }) => ({ id, text, correct })),
      seconds: question.seconds,
      explanation: question.explanation,
      citation: question.citation,
    })),
  };
}
