import { api, setUnauthorizedHandler } from './api/client.js';
import { ApiError, call } from './api/errors.js';
import type { AuthConfig, RegisterInput, Role, Session as SessionResult, User } from './api/types.js';
import { cleanInput } from './text/input.js';
import { forgetUnits } from './units/public-units.js';

class Session {
  user = $state<User | null>(null);
  loaded = $state(false);
  /** Set when the server ended the session under our feet; the login page explains it. */
  expired = $state(false);
  config = $state<AuthConfig | null>(null);

  #loading: Promise<void> | undefined;

  get role(): Role | undefined {
    return this.user?.role;
  }

  get canManage(): boolean {
    return this.role === 'admin' || this.role === 'organizer';
  }

  hasRole(roles: readonly Role[]): boolean {
    return this.user !== null && roles.includes(this.user.role);
  }

  /** Loads the current user once; later calls wait for the same request. */
  ensureLoaded(): Promise<void> {
    this.#loading ??= this.#loadMe();
    return this.#loading;
  }

  async #loadMe(): Promise<void> {
    try {
      this.user = await call<User>(api.GET('/api/auth/me'));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) console.warn(error);
      this.user = null;
    } finally {
      this.loaded = true;
    }
  }

  async loadConfig(): Promise<AuthConfig> {
    if (this.config) return this.config;
    try {
      this.config = await call<AuthConfig>(api.GET('/api/auth/config'));
    } catch {
      this.config = { selfRegistration: false };
    }
    return this.config;
  }

  async login(username: string, password: string): Promise<User> {
    const body = cleanInput({ username, password }, ['password']);
    const { user } = await call<SessionResult>(api.POST('/api/auth/login', { body }));
    this.#signedIn(user);
    return user;
  }

  async register(input: RegisterInput): Promise<User> {
    const body = cleanInput({ ...input }, ['password']);
    const { user } = await call<SessionResult>(api.POST('/api/auth/register', { body }));
    this.#signedIn(user);
    return user;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await call(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
  }

  async logout(): Promise<void> {
    try {
      await call(api.POST('/api/auth/logout'));
    } finally {
      this.user = null;
      this.expired = false;
      forgetUnits();
    }
  }

  /** Called on a 401 from any API route: the cookie is gone or expired. */
  expire(): void {
    if (this.user) this.expired = true;
    this.user = null;
  }

  #signedIn(user: User): void {
    forgetUnits();
    this.user = user;
    this.loaded = true;
    this.expired = false;
    this.#loading = Promise.resolve();
  }
}

export const session = new Session();
setUnauthorizedHandler(() => session.expire());
