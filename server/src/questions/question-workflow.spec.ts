import { refuseTransition } from './question-workflow.js';

describe('refuseTransition', () => {
  it.each([
    ['draft', 'in_review', false, undefined, undefined],
    ['in_review', 'approved', false, undefined, undefined],
    ['in_review', 'approved', true, undefined, 'OWN_QUESTION'],
    ['in_review', 'draft', false, 'Sửa phương án B', undefined],
    ['in_review', 'draft', false, '  ', 'COMMENT_REQUIRED'],
    ['draft', 'approved', false, undefined, 'NOT_ALLOWED'],
    ['approved', 'retired', true, undefined, undefined],
    ['retired', 'draft', true, undefined, undefined],
    ['approved', 'draft', false, undefined, 'NOT_ALLOWED'],
    ['draft', 'draft', false, undefined, 'NOT_ALLOWED'],
  ] as const)('%s → %s (author: %s, comment: %j) → %s', (from, to, actorIsAuthor, comment, expected) => {
    expect(refuseTransition(from, to, { actorIsAuthor, comment })).toBe(expected);
  });
});
