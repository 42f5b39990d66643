import { actionsFor, actionTarget, bulkActions, refusal } from './workflow.js';

describe('review flow', () => {
  it.each([
    ['draft', ['submit', 'retire']],
    ['in_review', ['approve', 'sendBack']],
    ['approved', ['retire']],
    ['retired', ['restore']],
  ] as const)('offers %s questions %p', (status, actions) => {
    expect(actionsFor(status)).toEqual(actions);
  });

  it('moves each action to the status the server expects', () => {
    expect(actionTarget).toEqual({ submit: 'in_review', approve: 'approved', sendBack: 'draft', retire: 'retired', restore: 'draft' });
  });

  it('offers a mixed selection every action that applies to one of them, in a fixed order', () => {
    expect(bulkActions(['approved', 'draft', 'draft'])).toEqual(['submit', 'retire']);
    expect(bulkActions(['in_review', 'retired'])).toEqual(['approve', 'sendBack', 'restore']);
    expect(bulkActions([])).toEqual([]);
  });

  it.each([
    ['in_review', 'approve', { actorIsAuthor: true }, 'OWN_QUESTION'],
    ['in_review', 'approve', { actorIsAuthor: false }, undefined],
    ['in_review', 'sendBack', { actorIsAuthor: false, comment: '  ' }, 'COMMENT_REQUIRED'],
    ['in_review', 'sendBack', { actorIsAuthor: false, comment: 'Sai điều' }, undefined],
    ['approved', 'submit', { actorIsAuthor: false }, 'NOT_ALLOWED'],
  ] as const)('%s → %s (%p) is %p', (status, action, change, expected) => {
    expect(refusal(status, action, change)).toBe(expected);
  });
});
