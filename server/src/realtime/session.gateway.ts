import { type OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { requireSession } from '../auth/socket-auth.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { AuthUser } from '../common/auth/auth-user.js';
import { SOCKET_EVENTS } from './socket-events.js';
import { toAck, type Ack } from './socket-envelope.js';

/** The default namespace: a session is required at the handshake; `session:me` answers who the socket is. */
@WebSocketGateway({ cors: false })
export class SessionGateway implements OnGatewayInit {
  constructor(private readonly sessions: SessionsService) {}

  afterInit(server: Server): void {
    requireSession(server, this.sessions);
  }

  @SubscribeMessage(SOCKET_EVENTS.sessionMe)
  me(socket: Socket): Promise<Ack<Pick<AuthUser, 'id' | 'username' | 'fullName' | 'role' | 'unitId' | 'kind'>>> {
    return toAck(socket.data.language ?? 'vi', () => {
      const { id, username, fullName, role, unitId, kind } = socket.data.user as AuthUser;
      return { id, username, fullName, role, unitId, kind };
    });
  }
}
