import path from 'node:path';

/** DATA_DIR=:memory: keeps the embedded database in memory (tests). */
export const IN_MEMORY = ':memory:';

export interface AppConfig {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  sessionSecret: string | undefined;
  sessionTtlHours: number;
  adminPassword: string | undefined;
  publicUrl: string | undefined;
  demoData: boolean;
  selfRegistration: boolean;
  logFormat: 'json' | 'text';
  clientDir: string;
  /** Express "trust proxy": which proxies' X-Forwarded-For and X-Forwarded-Proto to believe. */
  trustProxy: string;
  /** Seconds after an attempt's deadline during which an answer still in flight is accepted. */
  answerGraceSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment once; every problem names its variable. Pure: the environment is an argument. */
export function loadConfig(env: Env, defaults: { clientDir: string }): AppConfig {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
  };

  const sessionSecret = text('SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters long');
  }
  const adminPassword = text('ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < 8) {
    problems.push('ADMIN_PASSWORD must be at least 8 characters long');
  }
  const logFormat = text('LOG_FORMAT') ?? 'text';
  if (logFormat !== 'json' && logFormat !== 'text') problems.push(`LOG_FORMAT must be json or text (got "${logFormat}")`);

  const config: AppConfig = {
    port: integer('PORT', 3000, 1, 65535),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: text('DATA_DIR') === IN_MEMORY ? IN_MEMORY : path.resolve(text('DATA_DIR') ?? './data'),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    sessionSecret,
    sessionTtlHours: integer('SESSION_TTL_HOURS', 12, 1, 24 * 90),
    adminPassword,
    publicUrl: url('PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    demoData: flag('DEMO_DATA', false),
    selfRegistration: flag('SELF_REGISTRATION', true),
    logFormat: logFormat === 'json' ? 'json' : 'text',
    clientDir: path.resolve(text('CLIENT_DIR') ?? defaults.clientDir),
    trustProxy: text('TRUST_PROXY') ?? 'loopback',
    answerGraceSeconds: integer('ANSWER_GRACE_SECONDS', 5, 0, 120),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
