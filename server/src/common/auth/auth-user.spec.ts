import { managesPath, type AuthUser } from './auth-user.js';

const base: AuthUser = {
  id: 'u',
  username: 'u',
  fullName: 'U',
  role: 'organizer',
  unitId: 'b',
  kind: null,
  className: null,
  unitPath: '/a/b/',
};

describe('managesPath', () => {
  it.each([
    ['admin sees everything', { ...base, role: 'admin', unitPath: null } as AuthUser, '/x/', true],
    ['organizer manages own unit', base, '/a/b/', true],
    ['organizer manages a unit below', base, '/a/b/c/', true],
    ['organizer does not manage the parent', base, '/a/', false],
    ['organizer does not manage a sibling', base, '/a/bb/', false],
    ['participant manages nothing', { ...base, role: 'participant' } as AuthUser, '/a/b/', false],
  ])('%s', (_name, user, path, expected) => {
    expect(managesPath(user, path)).toBe(expected);
  });
});
