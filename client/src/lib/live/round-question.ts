// The projector's question when the live snapshot has none (a host reopening the page after the
// question closed): rebuilt from the round's frozen questions, which the host may read. Pure.
import type { LiveQuestionView } from '../../../../server/src/live/live-contract.js';

export interface FrozenQuestion {
  index: number;
  type: LiveQuestionView['type'];
  stem: string;
  options: { id: string; text: string }[];
  seconds: number;
}

/** A closed question's view: no time left to count, the options without their key. */
export function closedQuestionView(questions: readonly FrozenQuestion[], index: number, serverNow: number): LiveQuestionView | null {
  const question = questions.find((item) => item.index === index);
  if (!question) return null;
  const at = new Date(serverNow).toISOString();
  return {
    index,
    count: questions.length,
    type: question.type,
    stem: question.stem,
    options: question.options.map(({ id, text }) => ({ id, text })),
    seconds: question.seconds,
    openedAt: at,
    closesAt: at,
    serverNow: at,
  };
}
