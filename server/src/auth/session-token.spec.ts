import { decodeSessionToken, encodeSessionToken } from './session-token.js';

const secret = 's'.repeat(40);
const claims = { sid: 'session-1', uid: 'user-1', exp: 2_000 };

describe('session tokens', () => {
  it('round-trips before expiry', () => {
    const token = encodeSessionToken(claims, secret);
    expect(decodeSessionToken(token, secret, 1_999)).toEqual({ ok: true, claims });
  });

  it('refuses an expired token', () => {
    expect(decodeSessionToken(encodeSessionToken(claims, secret), secret, 2_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token signed with another secret', () => {
    const token = encodeSessionToken(claims, 'o'.repeat(40));
    expect(decodeSessionToken(token, secret, 0)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a token whose payload was changed', () => {
    const [, signature] = encodeSessionToken(claims, secret).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, uid: 'admin' })).toString('base64url');
    expect(decodeSessionToken(`${forged}.${signature}`, secret, 0)).toEqual({ ok: false, reason: 'signature' });
  });

  it.each(['', 'abc', 'a.b.c', '..', 'bm90IGpzb24.x'])('refuses the malformed token %j', (token) => {
    expect(decodeSessionToken(token, secret, 0).ok).toBe(false);
  });
});
