import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { tidySpaces } from '../common/text/vietnamese.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UnitsService } from '../units/units.service.js';
import { LiveRefusal, type HostCommand, type RescueRecord } from './engine/engine-types.js';
import { stateView } from './engine/views.js';
import type {
  LiveAnswerAck,
  LiveAnswerRequest,
  LiveHostView,
  LiveJoinRequest,
  LiveJoinResult,
  LivePhase,
  LiveRoundState,
} from './live-contract.js';
import { LiveFanout, type LivePublisher } from './live-fanout.js';
import type { LiveRoundRecord } from './live-round.model.js';
import { LiveSession } from './live-session.js';
import { hostSnapshot, playerSnapshot } from './live-snapshots.js';
import { LiveStore } from './live-store.js';
import { LiveWriter, type WritePart } from './live-writer.js';
import { isProfaneNickname } from './rules/nickname-filter.js';
import { isPin } from './rules/pin.js';

const THROTTLE_MS = 200;
const EVICT_FINISHED_AFTER_MS = 10 * 60_000;
const EVICT_IDLE_AFTER_MS = 2 * 3_600_000;
const SWEEP_EVERY_MS = 10 * 60_000;
export const NICKNAME_MAX_LENGTH = 24;

export type AttachPlayer = (roundId: string, playerId: string) => void;

/**
 * Rounds in play, one LiveSession each, held by this process. A round not in memory (a restart, an
 * eviction after a failed write) is rebuilt from its log on first use. Every change is applied to the
 * engine at once and acknowledged, or broadcast, only once its rows are committed.
 */
@Injectable()
export class LivePlayService implements OnModuleDestroy {
  private readonly logger = new Logger('LivePlay');
  private readonly sessions = new Map<string, LiveSession>();
  private readonly loading = new Map<string, Promise<LiveSession>>();
  private readonly pins = new Map<string, string>();
  private readonly units = new Map<string, { name: string; kind: string; path: string }>();
  private publisher: LivePublisher | undefined;
  private readonly fanout = new LiveFanout(() => this.publisher);
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: LiveStore,
    private readonly unitsService: UnitsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  setPublisher(publisher: LivePublisher): void {
    this.publisher = publisher;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweeper);
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    for (const session of sessions) session.dispose();
    await Promise.all(sessions.map((session) => session.writer.drain()));
  }

  /** The round in memory, if this process has it loaded. */
  loaded(roundId: string): LiveSession | undefined {
    return this.sessions.get(roundId);
  }

  /** The unfinished round with this PIN (for the join page); LIVE_ROUND_NOT_FOUND otherwise. */
  async inPlayByPin(pin: string): Promise<LiveSession> {
    const session = await this.sessionByPin(pin, false);
    this.tick(session, Date.now());
    if (session.engine.phase === 'finished') throw new AppError('LIVE_ROUND_NOT_FOUND');
    return session;
  }

  async hostOpen(actor: AuthUser | undefined, roundId: string): Promise<LiveHostView> {
    const session = await this.session(roundId);
    assertHost(actor, session.round);
    return hostSnapshot(session, Date.now(), this.joinUrl(session.round.pin));
  }

  /** `fromPhase`: refused unless the round is in that phase, so two host devices pressing at once move it once. */
  async host(actor: AuthUser | undefined, roundId: string, command: HostCommand, fromPhase?: LivePhase): Promise<LiveRoundState> {
    const session = await this.session(roundId);
    assertHost(actor, session.round);
    const { engine } = session;
    if (fromPhase && engine.phase !== fromPhase) throw new AppError('LIVE_INVALID_TRANSITION');
    const at = Date.now();
    this.tick(session, at);
    let changed = true;
    let rescue: RescueRecord | undefined;
    try {
      if (command.type === 'kick') changed = engine.kick(command.playerId, at);
      else if (command.type === 'rescue') rescue = engine.rescue(command.scope, at);
      else engine.apply(command, at);
    } catch (error) {
      throw asAppError(error);
    }
    this.syncTimer(session);
    if (changed) {
      const payload: Record<string, unknown> =
        command.type === 'kick' ? { playerId: command.playerId } : rescue ? { scope: rescue.scope, playerIds: rescue.playerIds } : {};
      const part: WritePart = {
        event: { seq: session.nextSeq(), type: command.type, payload, actorUserId: actor!.id, at },
        round: session.roundUpdate(),
      };
      if (command.type === 'kick') part.kick = { playerId: command.playerId, at };
      await session.writer.write(part);
      const now = Date.now();
      if (command.type === 'kick') this.fanout.kicked(session, command.playerId, now);
      else if (rescue) this.fanout.rescue(session, rescue, now);
      else this.fanout.phase(session, now);
      if (engine.phase === 'finished') this.finished(session);
    }
    return stateView(engine, session.content, Date.now(), 'host');
  }

  async join(actor: AuthUser | undefined, request: LiveJoinRequest, attach: AttachPlayer): Promise<LiveJoinResult> {
    const session = await this.sessionByPin(request.pin, Boolean(request.resumeToken));
    const { engine, round } = session;
    if (request.resumeToken) {
      const playerId = session.playerByToken(hashToken(request.resumeToken));
      if (playerId) return this.resume(session, playerId, request.resumeToken, attach);
      if (engine.phase === 'finished') throw new AppError('LIVE_ROUND_NOT_FOUND');
    }
    if (actor) {
      const existing = session.playerByAccount(actor.id);
      if (existing) return this.rejoinAccount(session, existing, actor, attach);
    } else if (!round.settings.allowGuests) throw new AppError('LIVE_GUESTS_NOT_ALLOWED');
    if (!actor && request.nickname === undefined && request.resumeToken) throw new AppError('LIVE_NOT_JOINED');
    const nickname = actor ? tidySpaces(actor.fullName) : guestNickname(request.nickname);
    const unit = await this.schoolOf(round, request.unitId, actor);
    if (round.settings.requireSchool && !unit) throw new AppError('LIVE_SCHOOL_REQUIRED');

    // From here on nothing awaits until the write: the checks and the join happen together.
    if (actor && session.playerByAccount(actor.id)) return this.rejoinAccount(session, session.playerByAccount(actor.id)!, actor, attach);
    if (!actor && session.nicknameTaken(nickname)) throw new AppError('LIVE_NICKNAME_TAKEN');
    const at = Date.now();
    this.tick(session, at);
    const playerId = randomUUID();
    const token = newToken();
    const tokenHash = hashToken(token);
    let player;
    try {
      player = engine.join({ type: 'join', playerId, nickname, unitId: unit?.id ?? null, unitName: unit?.name ?? null }, at);
    } catch (error) {
      throw asAppError(error);
    }
    session.remember(playerId, nickname, actor?.id ?? null, tokenHash);
    await session.writer.write({
      player: { id: playerId, userId: actor?.id ?? null, nickname, unitId: unit?.id ?? null, tokenHash, joinedAt: at },
      event: { seq: session.nextSeq(), type: 'join', payload: { playerId }, actorUserId: null, at },
      round: session.roundUpdate(),
    });
    attach(round.id, playerId);
    session.connect(playerId);
    this.fanout.lobby(session);
    return playerSnapshot(session, player, token, Date.now());
  }

  async answer(roundId: string, playerId: string, request: LiveAnswerRequest): Promise<LiveAnswerAck> {
    const session = this.sessions.get(roundId) ?? (await this.session(roundId));
    const at = Date.now();
    this.tick(session, at);
    let answer;
    try {
      answer = session.engine.answer(playerId, request.questionIndex, request.response, at);
    } catch (error) {
      throw asAppError(error);
    }
    const seq = session.nextSeq();
    if (session.engine.phase === 'question') this.fanout.answers(session);
    else {
      // Everyone who may answer has: the question closed with this answer.
      this.syncTimer(session);
      this.fanout.phase(session, at);
    }
    await session.writer.write({
      answer: {
        playerId,
        questionIndex: answer.questionIndex,
        seq,
        response: answer.response,
        answeredAt: at,
        responseMs: answer.responseMs,
        correct: answer.correct,
        points: answer.points,
      },
    });
    return { accepted: true, answeredAtMs: answer.responseMs };
  }

  disconnected(roundId: string, playerId: string): void {
    const session = this.sessions.get(roundId);
    if (!session) return;
    session.disconnect(playerId);
    this.fanout.lobby(session);
  }

  private resume(session: LiveSession, playerId: string, token: string, attach: AttachPlayer): LiveJoinResult {
    const player = session.engine.player(playerId)!;
    if (player.kicked) throw new AppError('LIVE_PLAYER_KICKED');
    attach(session.round.id, playerId);
    session.connect(playerId);
    this.fanout.lobby(session);
    return playerSnapshot(session, player, token, Date.now());
  }

  /** A signed-in player coming back without their token gets a new one (the old one stops working). */
  private async rejoinAccount(session: LiveSession, playerId: string, actor: AuthUser, attach: AttachPlayer): Promise<LiveJoinResult> {
    const player = session.engine.player(playerId)!;
    if (player.kicked) throw new AppError('LIVE_PLAYER_KICKED');
    const token = newToken();
    session.remember(playerId, player.nickname, actor.id, hashToken(token));
    await session.writer.write({ token: { playerId, tokenHash: hashToken(token) } });
    return this.resume(session, playerId, token, attach);
  }

  /** A school picked from the round's unit tree, or else the account's own school; undefined when neither. */
  private async schoolOf(
    round: LiveRoundRecord,
    unitId: string | undefined,
    actor: AuthUser | undefined,
  ): Promise<{ id: string; name: string } | undefined> {
    const id = unitId ?? actor?.unitId ?? undefined;
    if (!id) return undefined;
    let unit = this.units.get(id);
    if (!unit) {
      const found = await this.unitsService.get(id);
      unit = { name: found.name, kind: found.kind, path: found.path };
      this.units.set(id, unit);
    }
    if (unitId && !unit.path.startsWith(round.ownerPath)) throw new AppError('UNIT_NOT_FOUND');
    if (unit.kind === 'school') return { id, name: unit.name };
    if (unitId) throw new AppError('UNIT_NOT_SCHOOL');
    return undefined;
  }

  private async sessionByPin(pin: string, orFinished: boolean): Promise<LiveSession> {
    if (typeof pin !== 'string' || !isPin(pin)) throw new AppError('LIVE_ROUND_NOT_FOUND');
    const roundId = this.pins.get(pin) ?? (await this.store.roundIdByPin(pin, orFinished));
    if (!roundId) throw new AppError('LIVE_ROUND_NOT_FOUND');
    return this.session(roundId);
  }

  private session(roundId: string): Promise<LiveSession> {
    const live = this.sessions.get(roundId);
    if (live) {
      live.lastUsedAt = Date.now();
      return Promise.resolve(live);
    }
    let loading = this.loading.get(roundId);
    if (!loading) {
      loading = this.load(roundId).finally(() => this.loading.delete(roundId));
      this.loading.set(roundId, loading);
    }
    return loading;
  }

  private async load(roundId: string): Promise<LiveSession> {
    const round = await this.store.round(roundId);
    if (!round) throw new AppError('LIVE_ROUND_NOT_FOUND');
    const log = await this.store.log(roundId);
    // The embedded database has one connection: a second statement in flight would only queue.
    const writer = new LiveWriter(this.dataSource, roundId, this.config.databaseUrl ? 2 : 1, (error) => this.evict(roundId, error));
    const session = LiveSession.rebuild(round, log, writer, Date.now(), THROTTLE_MS);
    this.sessions.set(roundId, session);
    this.startSweeper();
    if (session.engine.phase === 'finished') this.finished(session);
    else this.pins.set(round.pin, roundId);
    this.syncTimer(session);
    if (log.commands.length > 0) this.logger.log(`round ${roundId} rebuilt from ${log.commands.length} commands`);
    return session;
  }

  /** Closes the open question if its time is over, and tells everyone. */
  private tick(session: LiveSession, at: number): void {
    if (!session.engine.tick(at)) return;
    clearTimeout(session.questionTimer);
    this.fanout.phase(session, at);
  }

  private syncTimer(session: LiveSession): void {
    clearTimeout(session.questionTimer);
    session.questionTimer = undefined;
    const due = session.engine.closeDueAt;
    if (due === null) return;
    session.questionTimer = setTimeout(
      () => {
        if (this.sessions.get(session.round.id) === session) this.tick(session, Date.now());
      },
      Math.max(0, due - Date.now()) + 1,
    );
    session.questionTimer.unref();
  }

  private finished(session: LiveSession): void {
    if (this.pins.get(session.round.pin) === session.round.id) this.pins.delete(session.round.pin);
    clearTimeout(session.evictionTimer);
    session.evictionTimer = setTimeout(() => {
      if (this.sessions.get(session.round.id) !== session) return;
      this.sessions.delete(session.round.id);
      session.dispose();
    }, EVICT_FINISHED_AFTER_MS);
    session.evictionTimer.unref();
  }

  private startSweeper(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      const idleSince = Date.now() - EVICT_IDLE_AFTER_MS;
      for (const [roundId, session] of this.sessions) {
        if (session.lastUsedAt > idleSince || session.engine.phase === 'question') continue;
        this.sessions.delete(roundId);
        if (this.pins.get(session.round.pin) === roundId) this.pins.delete(session.round.pin);
        session.dispose();
      }
    }, SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  /** A failed write: drop the round from memory; the next use rebuilds it from what was committed. */
  private evict(roundId: string, error: unknown): void {
    const session = this.sessions.get(roundId);
    this.logger.error(`round ${roundId}: a write failed, the round will be rebuilt from the database`, (error as Error)?.stack);
    if (!session) return;
    this.sessions.delete(roundId);
    if (this.pins.get(session.round.pin) === roundId) this.pins.delete(session.round.pin);
    session.dispose();
  }

  private joinUrl(pin: string): string {
    return `${this.config.publicUrl ?? ''}/play?pin=${pin}`;
  }
}

function assertHost(actor: AuthUser | undefined, round: LiveRoundRecord): void {
  if (!actor || !(actor.id === round.hostUserId || managesPath(actor, round.ownerPath))) throw new AppError('LIVE_NOT_HOST');
}

function guestNickname(raw: unknown): string {
  if (typeof raw !== 'string') throw new AppError('LIVE_NICKNAME_REJECTED');
  const nickname = tidySpaces(raw);
  const length = [...nickname].length;
  if (length === 0 || length > NICKNAME_MAX_LENGTH || !/[\p{L}\p{N}]/u.test(nickname) || /\p{C}/u.test(nickname))
    throw new AppError('LIVE_NICKNAME_REJECTED');
  if (isProfaneNickname(nickname)) throw new AppError('LIVE_NICKNAME_REJECTED');
  return nickname;
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function asAppError(error: unknown): unknown {
  return error instanceof LiveRefusal ? new AppError(error.code) : error;
}
