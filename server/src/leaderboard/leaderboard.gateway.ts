import { type OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsUUID, validateSync } from 'class-validator';
import type { Namespace, Socket } from 'socket.io';
import { SessionsService } from '../auth/sessions.service.js';
import { authenticateHandshake } from '../auth/socket-auth.js';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { pickLanguage } from '../common/http/language.js';
import { ContestsService } from '../contests/contests.service.js';
import { toAck, type Ack } from '../realtime/socket-envelope.js';
import { CONTEST_EVENTS, leaderboardRoom } from '../realtime/socket-events.js';
import type { LeaderboardDto } from './leaderboard.dto.js';
import { LeaderboardService } from './leaderboard.service.js';

class WatchDto {
  @IsUUID() contestId: string;
  @IsOptional() @IsUUID() roundId?: string;
}

/** `/contests`: anyone may watch a published contest's board (names masked); organizers in scope see full names. */
@WebSocketGateway({ namespace: '/contests', cors: false })
export class LeaderboardGateway implements OnGatewayInit {
  constructor(
    private readonly sessions: SessionsService,
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
  ) {}

  afterInit(server: Namespace): void {
    server.use((socket, next) => {
      socket.data.language = pickLanguage(socket.handshake.headers['accept-language']);
      authenticateHandshake(this.sessions, socket).then(
        (user) => {
          socket.data.user = user;
          next();
        },
        () => next(), // a public board needs no session
      );
    });
    this.leaderboard.setPublisher((roundId, build) => {
      for (const full of [false, true]) {
        const room = leaderboardRoom(roundId, full);
        if (!server.adapter.rooms.get(room)?.size) continue;
        build(full).then(
          (snapshot) => server.to(room).emit(CONTEST_EVENTS.leaderboardUpdate, snapshot),
          () => undefined,
        );
      }
    });
  }

  @SubscribeMessage(CONTEST_EVENTS.watch)
  watch(socket: Socket, payload: unknown): Promise<Ack<LeaderboardDto>> {
    return toAck(socket.data.language ?? 'vi', async () => {
      const input = plainToInstance(WatchDto, payload ?? {});
      if (typeof payload !== 'object' || validateSync(input, { whitelist: true, forbidNonWhitelisted: true }).length > 0)
        throw new AppError('VALIDATION_FAILED');
      const user = socket.data.user as AuthUser | undefined;
      const loaded = await this.contests.load(input.contestId);
      const full =
        !!user &&
        user.role !== 'participant' &&
        (await this.contests.assertReadable(user, loaded).then(
          () => true,
          () => false,
        ));
      if (!full && loaded.contest.status !== 'published') throw new AppError('CONTEST_NOT_FOUND');
      const snapshot = await this.leaderboard.snapshot(input.contestId, input.roundId, { limit: 20, full });
      for (const room of socket.rooms) if (room !== socket.id) await socket.leave(room);
      await socket.join(leaderboardRoom(snapshot.roundId, full));
      return snapshot;
    });
  }
}
