import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { UserDto } from '../users/user.dto.js';
import { toUserDto, UsersService } from '../users/users.service.js';
import type { RegisterDto } from './auth.dto.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { hashPassword, needsRehash, verifyPassword } from './password.js';
import { SessionsService } from './sessions.service.js';

interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

// Per account: 5 failures in 15 minutes lock it for the rest of the window; per IP, a school's
// shared connection gets more room (a class signs in together).
const ACCOUNT_RULE = { maxFailures: 5, windowMs: 15 * 60_000 };
const IP_RULE = { maxFailures: 50, windowMs: 15 * 60_000 };

@Injectable()
export class AuthService {
  private readonly accountLimiter = new LoginRateLimiter(ACCOUNT_RULE);
  private readonly ipLimiter = new LoginRateLimiter(IP_RULE);
  private decoy: Promise<string> | undefined;

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get selfRegistration(): boolean {
    return this.config.selfRegistration;
  }

  async login(username: string, password: string, client: ClientInfo, now = Date.now()) {
    const accountKey = username.trim().toLowerCase();
    const ipKey = client.ip ?? 'unknown';
    const wait = Math.max(this.accountLimiter.retryAfter(accountKey, now), this.ipLimiter.retryAfter(ipKey, now));
    if (wait > 0)
      throw new AppError('AUTH_TOO_MANY_ATTEMPTS', { seconds: Math.ceil(wait / 1000) }, { retryAfterSeconds: Math.ceil(wait / 1000) });
    const user = await this.users.findWithPassword(accountKey);
    // An unknown username costs the same hash check as a known one, so timing does not reveal accounts.
    const valid = await verifyPassword(user?.passwordHash ?? (await this.decoyHash()), password).then((ok) => ok && !!user);
    if (!user || !valid) {
      this.accountLimiter.recordFailure(accountKey, now);
      this.ipLimiter.recordFailure(ipKey, now);
      throw new AppError('AUTH_INVALID_CREDENTIALS');
    }
    if (user.disabled) throw new AppError('AUTH_ACCOUNT_DISABLED');
    this.accountLimiter.reset(accountKey);
    if (needsRehash(user.passwordHash)) await this.users.setPassword(user.id, password);
    const session = await this.sessions.open(user.id, client);
    return { ...session, user: toUserDto(user) };
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= hashPassword(randomBytes(16).toString('hex'));
    return this.decoy;
  }

  async register(input: RegisterDto, client: ClientInfo) {
    if (!this.config.selfRegistration) throw new AppError('REGISTRATION_CLOSED');
    const { user } = await this.users
      .create('system', {
        username: input.phone,
        password: input.password,
        fullName: input.fullName,
        role: 'participant',
        unitId: input.unitId,
        kind: input.kind,
        className: input.kind === 'student' ? input.className : undefined,
        birthDate: input.birthDate,
        phone: input.phone,
        selfRegistered: true,
      })
      .catch((error: unknown) => {
        // The phone is the username: either unique index means the phone is registered.
        throw error instanceof AppError && error.code === 'USERNAME_TAKEN' ? new AppError('PHONE_TAKEN') : error;
      });
    const session = await this.sessions.open(user.id, client);
    return { ...session, user: toUserDto(user) };
  }

  async me(actor: AuthUser): Promise<UserDto> {
    return toUserDto(await this.users.get(actor.id));
  }

  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string, token: string | undefined): Promise<void> {
    await this.users.changePassword(actor.id, currentPassword, newPassword);
    await this.sessions.revokeOthers(actor.id, token);
  }
}
