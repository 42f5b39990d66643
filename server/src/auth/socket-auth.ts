import type { Namespace, Server, Socket } from 'socket.io';
import type { AuthUser } from '../common/auth/auth-user.js';
import { resolveError } from '../common/errors/error-body.js';
import { pickLanguage } from '../common/http/language.js';
import type { SessionsService } from './sessions.service.js';
import { extractToken } from './token-extraction.js';

/** The socket.io handshake is authenticated by the same session code as HTTP: `auth: { token }`, a bearer header or the cookie. */
export function authenticateHandshake(sessions: SessionsService, socket: Socket): Promise<AuthUser> {
  const { headers, auth } = socket.handshake;
  return sessions.resolve(
    extractToken({ authorization: headers.authorization, cookie: headers.cookie, token: (auth as { token?: unknown })?.token }),
  );
}

/**
 * Refuses a connection without a valid session: the client's `connect_error` carries
 * `data: { code, message }`. On success `socket.data.user` and `socket.data.language` are set.
 */
export function requireSession(server: Server | Namespace, sessions: SessionsService): void {
  server.use((socket, next) => {
    const language = pickLanguage(socket.handshake.headers['accept-language']);
    socket.data.language = language;
    authenticateHandshake(sessions, socket).then(
      (user) => {
        socket.data.user = user;
        next();
      },
      (error: unknown) => next(Object.assign(new Error('unauthorized'), { data: resolveError(error, language).body })),
    );
  });
}
