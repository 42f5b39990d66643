import { type OnGatewayDisconnect, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { SessionsService } from '../auth/sessions.service.js';
import { authenticateHandshake } from '../auth/socket-auth.js';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/errors/error-catalog.js';
import { pickLanguage } from '../common/http/language.js';
import { toAck, type Ack } from '../realtime/socket-envelope.js';
import type { HostCommand } from './engine/engine-types.js';
import {
  LIVE_EVENTS,
  LIVE_NAMESPACE,
  liveHostRoom,
  livePlayerRoom,
  liveRoundRoom,
  type LiveAnswerAck,
  type LiveHostView,
  type LiveJoinResult,
  type LivePhase,
  type LiveRoundState,
} from './live-contract.js';
import { LivePlayService } from './live-play.service.js';
import { HostKickDto, HostOpenDto, HostRescueDto, HostStepDto, socketPayload } from './live-socket.dto.js';
import { parseAnswerRequest } from './rules/answer-payload.js';
import { parseJoinRequest } from './rules/join-payload.js';

interface LiveSocketData {
  user?: AuthUser;
  language?: Language;
  /** the round this socket hosts, after host:open */
  liveHost?: string;
  /** the player this socket plays as, after player:join */
  livePlayer?: { roundId: string; playerId: string };
}

type Handler = (socket: Socket, payload: unknown) => Promise<Ack<unknown>>;

/**
 * `/live`: transport only. Hosts need a session; players may be guests. Every event is acknowledged
 * with one envelope. Events are dispatched from one `onAny` listener per socket rather than through
 * @SubscribeMessage, which builds an rxjs pipeline per event per socket: about 20 KB a player, and
 * a hall holds 5,000 of them.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect {
  private readonly handlers: Record<string, Handler> = {
    [LIVE_EVENTS.hostOpen]: (socket, payload) => this.hostOpen(socket, payload),
    [LIVE_EVENTS.hostStart]: (socket, payload) => this.start(socket, payload),
    [LIVE_EVENTS.hostReveal]: (socket, payload) => this.reveal(socket, payload),
    [LIVE_EVENTS.hostNext]: (socket, payload) => this.next(socket, payload),
    [LIVE_EVENTS.hostEnd]: (socket, payload) => this.end(socket, payload),
    [LIVE_EVENTS.hostRescue]: (socket, payload) => this.rescue(socket, payload),
    [LIVE_EVENTS.hostKick]: (socket, payload) => this.kick(socket, payload),
    [LIVE_EVENTS.playerJoin]: (socket, payload) => this.join(socket, payload),
    [LIVE_EVENTS.playerAnswer]: (socket, payload) => this.answer(socket, payload),
  };

  constructor(
    private readonly sessions: SessionsService,
    private readonly play: LivePlayService,
  ) {}

  afterInit(server: Namespace): void {
    server.use((socket, next) => {
      socket.data.language = pickLanguage(socket.handshake.headers['accept-language']);
      authenticateHandshake(this.sessions, socket).then(
        (user) => {
          socket.data.user = user;
          next();
        },
        () => next(), // a guest player needs no session
      );
    });
    server.on('connection', (socket) => socket.onAny((event: string, ...args: unknown[]) => this.dispatch(socket, event, args)));
    this.play.setPublisher({
      emit: (rooms, event, payload) => server.to(rooms).emit(event, payload),
      leave: (fromRoom, room) => server.in(fromRoom).socketsLeave(room),
    });
  }

  /** The payload is the first argument, the ack callback the last; an event without an ack is still handled. */
  dispatch(socket: Socket, event: string, args: unknown[]): void {
    const handler = this.handlers[event];
    if (!handler) return;
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (reply: unknown) => void) : undefined;
    void handler(socket, args[0]).then((reply) => ack?.(reply));
  }

  handleDisconnect(socket: Socket): void {
    const player = data(socket).livePlayer;
    if (player) this.play.disconnected(player.roundId, player.playerId);
  }

  hostOpen(socket: Socket, payload: unknown): Promise<Ack<LiveHostView>> {
    return this.ack(socket, async () => {
      const { roundId } = socketPayload(HostOpenDto, payload);
      const view = await this.play.hostOpen(data(socket).user, roundId);
      const previous = data(socket).liveHost;
      if (previous && previous !== roundId) await socket.leave(liveHostRoom(previous));
      data(socket).liveHost = roundId;
      await socket.join(liveHostRoom(roundId));
      return view;
    });
  }

  start(socket: Socket, payload: unknown): Promise<Ack<LiveRoundState>> {
    return this.host(socket, () => ({ command: { type: 'start' }, fromPhase: socketPayload(HostStepDto, payload).fromPhase }));
  }

  reveal(socket: Socket, payload: unknown): Promise<Ack<LiveRoundState>> {
    return this.host(socket, () => ({ command: { type: 'reveal' }, fromPhase: socketPayload(HostStepDto, payload).fromPhase }));
  }

  next(socket: Socket, payload: unknown): Promise<Ack<LiveRoundState>> {
    return this.host(socket, () => ({ command: { type: 'next' }, fromPhase: socketPayload(HostStepDto, payload).fromPhase }));
  }

  end(socket: Socket, payload: unknown): Promise<Ack<LiveRoundState>> {
    return this.host(socket, () => ({ command: { type: 'end' }, fromPhase: socketPayload(HostStepDto, payload).fromPhase }));
  }

  rescue(socket: Socket, payload: unknown): Promise<Ack<LiveRoundState>> {
    return this.host(socket, () => ({ command: { type: 'rescue', scope: socketPayload(HostRescueDto, payload).scope } }));
  }

  kick(socket: Socket, payload: unknown): Promise<Ack<LiveRoundState>> {
    return this.host(socket, () => ({ command: { type: 'kick', playerId: socketPayload(HostKickDto, payload).playerId } }));
  }

  join(socket: Socket, payload: unknown): Promise<Ack<LiveJoinResult>> {
    return this.ack(socket, () => {
      const request = parseJoinRequest(payload);
      if (!request) throw new AppError('VALIDATION_FAILED');
      return this.play.join(data(socket).user, request, (roundId, playerId) => {
        const previous = data(socket).livePlayer;
        if (previous && (previous.roundId !== roundId || previous.playerId !== playerId)) {
          this.play.disconnected(previous.roundId, previous.playerId);
          void socket.leave(liveRoundRoom(previous.roundId));
          void socket.leave(livePlayerRoom(previous.playerId));
        }
        data(socket).livePlayer = { roundId, playerId };
        void socket.join([liveRoundRoom(roundId), livePlayerRoom(playerId)]);
      });
    });
  }

  answer(socket: Socket, payload: unknown): Promise<Ack<LiveAnswerAck>> {
    return this.ack(socket, () => {
      const player = data(socket).livePlayer;
      if (!player) throw new AppError('LIVE_NOT_JOINED');
      const request = parseAnswerRequest(payload);
      if (!request) throw new AppError('VALIDATION_FAILED');
      return this.play.answer(player.roundId, player.playerId, request);
    });
  }

  private host(socket: Socket, parse: () => { command: HostCommand; fromPhase?: LivePhase }): Promise<Ack<LiveRoundState>> {
    return this.ack(socket, () => {
      const roundId = data(socket).liveHost;
      if (!roundId) throw new AppError('LIVE_NOT_HOST');
      const { command, fromPhase } = parse();
      return this.play.host(data(socket).user, roundId, command, fromPhase);
    });
  }

  private ack<T>(socket: Socket, handler: () => Promise<T> | T): Promise<Ack<T>> {
    return toAck(data(socket).language ?? 'vi', handler);
  }
}

function data(socket: Socket): LiveSocketData {
  return socket.data as LiveSocketData;
}
