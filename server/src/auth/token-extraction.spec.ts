import { extractToken } from './token-extraction.js';

describe('extractToken', () => {
  it.each([
    [{ authorization: 'Bearer abc.def' }, 'abc.def'],
    [{ authorization: 'bearer abc' }, 'abc'],
    [{ token: 'from-handshake' }, 'from-handshake'],
    [{ cookie: 'a=1; lantoa_session=tok%2Ben; b=2' }, 'tok+en'],
    [{ authorization: 'Basic xyz', cookie: 'other=1' }, undefined],
    [{ token: 42 }, undefined],
    [{}, undefined],
  ])('%j → %s', (source, expected) => {
    expect(extractToken(source)).toBe(expected);
  });

  it('prefers the bearer header over the cookie', () => {
    expect(extractToken({ authorization: 'Bearer header', cookie: 'lantoa_session=cookie' })).toBe('header');
  });
});
