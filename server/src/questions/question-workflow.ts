import type { QuestionStatus } from './question-draft.js';

export type TransitionRefusal = 'NOT_ALLOWED' | 'OWN_QUESTION' | 'COMMENT_REQUIRED';

const TRANSITIONS: Record<QuestionStatus, QuestionStatus[]> = {
  draft: ['in_review', 'retired'],
  in_review: ['approved', 'draft'],
  approved: ['retired'],
  retired: ['draft'],
};

/**
 * The review flow: authors submit, another organizer approves or sends back with a comment.
 * Pure; returns why a change is refused, or undefined when it may happen.
 */
export function refuseTransition(
  from: QuestionStatus,
  to: QuestionStatus,
  change: { actorIsAuthor: boolean; comment?: string },
): TransitionRefusal | undefined {
  if (from === to || !TRANSITIONS[from].includes(to)) return 'NOT_ALLOWED';
  if (from === 'in_review' && to === 'approved' && change.actorIsAuthor) return 'OWN_QUESTION';
  if (from === 'in_review' && to === 'draft' && !change.comment?.trim()) return 'COMMENT_REQUIRED';
  return undefined;
}
