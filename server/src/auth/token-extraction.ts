export const SESSION_COOKIE = 'lantoa_session';

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The session token of an HTTP request or a socket.io handshake: bearer header, explicit token, or cookie. */
export function extractToken(source: { authorization?: string; cookie?: string; token?: unknown }): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(source.authorization ?? '')?.[1];
  if (bearer) return bearer;
  if (typeof source.token === 'string' && source.token) return source.token;
  return cookieValue(source.cookie, SESSION_COOKIE);
}
