import type { RescueRecord } from './engine/engine-types.js';
import {
  answerCountView,
  finishedView,
  leaderboardView,
  lobbyView,
  playerResultView,
  questionView,
  revealView,
  stateView,
} from './engine/views.js';
import { LIVE_EVENTS, liveHostRoom, livePlayerRoom, liveRoundRoom, type LiveRescueNotice } from './live-contract.js';
import type { LiveSession } from './live-session.js';

/** How the gateway lets services reach sockets. */
export interface LivePublisher {
  emit(rooms: string | string[], event: string, payload: unknown): void;
  /** Every socket in `fromRoom` leaves `room`. */
  leave(fromRoom: string, room: string): void;
}

/** Round-room and host-room messages for each change of a round; phones never see names of others beyond the boards. */
export class LiveFanout {
  constructor(private readonly publisher: () => LivePublisher | undefined) {}

  /** After a phase change: the payload of the new phase first, then `round:state`. */
  phase(session: LiveSession, now: number): void {
    const out = this.publisher();
    if (!out) return;
    const { engine, content } = session;
    const players = liveRoundRoom(content.roundId);
    const hosts = liveHostRoom(content.roundId);
    switch (engine.phase) {
      case 'question':
        out.emit(players, LIVE_EVENTS.question, questionView(engine, content, now, 'phone'));
        out.emit(hosts, LIVE_EVENTS.question, questionView(engine, content, now, 'host'));
        break;
      case 'revealed':
        out.emit(players, LIVE_EVENTS.reveal, revealView(engine, content, 'phone'));
        out.emit(hosts, LIVE_EVENTS.reveal, revealView(engine, content, 'host'));
        for (const player of engine.ranking())
          out.emit(livePlayerRoom(player.id), LIVE_EVENTS.playerResult, playerResultView(engine, player));
        break;
      case 'leaderboard':
        out.emit([players, hosts], LIVE_EVENTS.leaderboard, leaderboardView(engine));
        break;
      case 'finished':
        out.emit([players, hosts], LIVE_EVENTS.finished, finishedView(engine));
        break;
    }
    out.emit([players, hosts], LIVE_EVENTS.state, stateView(engine, content, now));
    if (engine.phase === 'question') out.emit(hosts, LIVE_EVENTS.answerCount, answerCountView(engine));
  }

  rescue(session: LiveSession, record: RescueRecord, now: number): void {
    const out = this.publisher();
    if (!out) return;
    const { engine, content } = session;
    const notice: LiveRescueNotice = {
      questionIndex: record.afterQuestion,
      scope: record.scope,
      count: record.playerIds.length,
      remaining: engine.remaining,
    };
    out.emit(liveRoundRoom(content.roundId), LIVE_EVENTS.rescue, notice);
    out.emit(liveHostRoom(content.roundId), LIVE_EVENTS.rescue, { ...notice, playerIds: record.playerIds });
    for (const id of record.playerIds) {
      const player = engine.player(id);
      if (player) out.emit(livePlayerRoom(id), LIVE_EVENTS.playerResult, playerResultView(engine, player));
    }
    out.emit([liveRoundRoom(content.roundId), liveHostRoom(content.roundId)], LIVE_EVENTS.state, stateView(engine, content, now));
  }

  kicked(session: LiveSession, playerId: string, now: number): void {
    const out = this.publisher();
    if (!out) return;
    const { engine, content } = session;
    out.emit(livePlayerRoom(playerId), LIVE_EVENTS.kicked, { playerId });
    out.leave(livePlayerRoom(playerId), liveRoundRoom(content.roundId));
    out.emit(liveHostRoom(content.roundId), LIVE_EVENTS.players, lobbyView(engine, session.connections.size));
    out.emit([liveRoundRoom(content.roundId), liveHostRoom(content.roundId)], LIVE_EVENTS.state, stateView(engine, content, now));
  }

  /** Joins and disconnects: the lobby to the host room, a few times a second at most. */
  lobby(session: LiveSession): void {
    session.throttled('lobby', () =>
      this.publisher()?.emit(
        liveHostRoom(session.content.roundId),
        LIVE_EVENTS.players,
        lobbyView(session.engine, session.connections.size),
      ),
    );
  }

  /** Answers in: the count to the host room, a few times a second at most. */
  answers(session: LiveSession): void {
    session.throttled('answers', () => {
      if (session.engine.phase !== 'question') return;
      this.publisher()?.emit(liveHostRoom(session.content.roundId), LIVE_EVENTS.answerCount, answerCountView(session.engine));
    });
  }
}
