import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SettingsService } from '../database/settings.service.js';
import { UsersService } from '../users/users.service.js';
import { Session } from './session.entity.js';
import { decodeSessionToken, encodeSessionToken } from './session-token.js';

interface CachedSession {
  user: AuthUser;
  expiresAt: number;
  checkedAt: number;
}

// A resolved session is trusted this long before the database is asked again. Logout, password
// changes and resets in this process drop it at once; another process sees them within this delay.
const CACHE_MS = 60_000;

/** Signed, expiring session tokens backed by a session row that logout revokes. One code path for HTTP and sockets. */
@Injectable()
export class SessionsService {
  private secret: string | undefined;
  private readonly cache = new Map<string, CachedSession>();

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingsService,
    private readonly users: UsersService,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3_600_000;
  }

  async open(userId: string, client: { ip?: string; userAgent?: string }): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlMs);
    const session = await this.sessions.save(
      this.sessions.create({ userId, expiresAt, ip: client.ip ?? null, userAgent: client.userAgent?.slice(0, 300) ?? null }),
    );
    // The first requests after a sign-in (a whole class starting a contest at once) need no lookup.
    const user = await this.users.findAuthUser(userId);
    if (user) this.remember(session.id, user, expiresAt.getTime(), Date.now());
    return { token: encodeSessionToken({ sid: session.id, uid: userId, exp: expiresAt.getTime() }, await this.signingSecret()), expiresAt };
  }

  async resolve(token: string | undefined, now = Date.now()): Promise<AuthUser> {
    if (!token) throw new AppError('AUTH_REQUIRED');
    const check = decodeSessionToken(token, await this.signingSecret(), now);
    if (!check.ok) throw new AppError(check.reason === 'expired' ? 'AUTH_SESSION_EXPIRED' : 'AUTH_REQUIRED');
    const { sid, uid } = check.claims;
    const cached = this.cache.get(sid);
    if (cached && cached.expiresAt > now && now - cached.checkedAt < CACHE_MS) return cached.user;
    const session = await this.sessions.findOneBy({ id: sid });
    if (!session || session.userId !== uid || session.revokedAt) throw new AppError('AUTH_REQUIRED');
    if (session.expiresAt.getTime() <= now) throw new AppError('AUTH_SESSION_EXPIRED');
    const user = await this.users.findAuthUser(uid);
    if (!user) throw new AppError('AUTH_REQUIRED');
    this.remember(sid, user, session.expiresAt.getTime(), now);
    return user;
  }

  private remember(sid: string, user: AuthUser, expiresAt: number, now: number): void {
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(sid, { user, expiresAt, checkedAt: now });
  }

  async revoke(token: string | undefined): Promise<void> {
    if (!token) return;
    const check = decodeSessionToken(token, await this.signingSecret(), Date.now());
    if (!check.ok) return;
    this.cache.delete(check.claims.sid);
    await this.sessions.update({ id: check.claims.sid }, { revokedAt: new Date() });
  }

  /** After a password change: every other session of the user ends. */
  async revokeOthers(userId: string, keepToken: string | undefined): Promise<void> {
    const keep = keepToken ? decodeSessionToken(keepToken, await this.signingSecret(), Date.now()) : undefined;
    const keepId = keep?.ok ? keep.claims.sid : '00000000-0000-0000-0000-000000000000';
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND id <> :keepId AND revoked_at IS NULL', { userId, keepId })
      .execute();
    for (const [sid, cached] of this.cache) if (cached.user.id === userId && sid !== keepId) this.cache.delete(sid);
  }

  private async signingSecret(): Promise<string> {
    this.secret ??=
      this.config.sessionSecret ?? (await this.settings.getOrCreate('session_secret', () => randomBytes(48).toString('base64url')));
    return this.secret;
  }
}
