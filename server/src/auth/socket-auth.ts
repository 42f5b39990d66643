import type { Socket } from 'socket.io';
import type { AuthUser } from '../common/auth/auth-user.js';
import type { SessionsService } from './sessions.service.js';
import { extractToken } from './token-extraction.js';

/** The socket.io handshake is authenticated by the same session code as HTTP: `auth: { token }`, a bearer header or the cookie. */
export function authenticateHandshake(sessions: SessionsService, socket: Socket): Promise<AuthUser> {
  const { headers, auth } = socket.handshake;
  return sessions.resolve(extractToken({ authorization: headers.authorization, cookie: headers.cookie, token: (auth as { token?: unknown })?.token }));
}
