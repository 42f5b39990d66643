import { inAudience, type Candidate } from './contest-audience.js';

const student: Candidate = { userId: 'u1', role: 'participant', kind: 'student', unitPath: '/d/c1/s1/', unitLevel: 'TH' };

describe('inAudience', () => {
  it.each([
    ['the owner subtree by default', {}, [], student, true],
    ['outside the owner subtree', {}, [], { ...student, unitPath: '/d2/s9/' }, false],
    ['a named unit subtree', { unitIds: ['c1'] }, ['/d/c1/'], student, true],
    ['a sibling unit only', { unitIds: ['c2'] }, ['/d/c2/'], student, false],
    ['the right level', { levels: ['TH'] }, [], student, true],
    ['another level', { levels: ['THCS'] }, [], student, false],
    ['staff only', { kinds: ['staff'] }, [], student, false],
    ['listed by name only', { userIds: ['u1'] }, [], { ...student, unitPath: '/elsewhere/' }, true],
    ['not listed when only names count', { userIds: ['u2'] }, [], student, false],
    ['an organizer never takes part', {}, [], { ...student, role: 'organizer' }, false],
  ] as const)('%s', (_name, audience, unitPaths, candidate, expected) => {
    expect(inAudience(audience as never, '/d/', [...unitPaths], candidate)).toBe(expected);
  });
});
