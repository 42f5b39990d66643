// The review flow as the server runs it (server/src/questions/question-workflow.ts). Pure.
import type { QuestionStatus } from '../api/types.js';

export type ReviewAction = 'submit' | 'approve' | 'sendBack' | 'retire' | 'restore';

/** The status each action moves a question to. */
export const actionTarget: Record<ReviewAction, QuestionStatus> = {
  submit: 'in_review',
  approve: 'approved',
  sendBack: 'draft',
  retire: 'retired',
  restore: 'draft',
};

const ACTIONS: Record<QuestionStatus, ReviewAction[]> = {
  draft: ['submit', 'retire'],
  in_review: ['approve', 'sendBack'],
  approved: ['retire'],
  retired: ['restore'],
};

/** The actions offered for a question in this status. */
export function actionsFor(status: QuestionStatus): ReviewAction[] {
  return ACTIONS[status];
}

/** The actions offered on a selection of questions: any that applies to at least one of them. */
export function bulkActions(statuses: Iterable<QuestionStatus>): ReviewAction[] {
  const found = new Set<ReviewAction>();
  for (const status of statuses) for (const action of ACTIONS[status]) found.add(action);
  return (['submit', 'approve', 'sendBack', 'retire', 'restore'] as const).filter((action) => found.has(action));
}

/** Why an action cannot be taken on one question, or undefined when the server will allow it. */
export function refusal(
  status: QuestionStatus,
  action: ReviewAction,
  change: { actorIsAuthor: boolean; comment?: string },
): 'NOT_ALLOWED' | 'OWN_QUESTION' | 'COMMENT_REQUIRED' | undefined {
  if (!ACTIONS[status].includes(action)) return 'NOT_ALLOWED';
  if (action === 'approve' && change.actorIsAuthor) return 'OWN_QUESTION';
  if (action === 'sendBack' && !change.comment?.trim()) return 'COMMENT_REQUIRED';
  return undefined;
}
