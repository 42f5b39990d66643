import { ConfigError, loadConfig } from './app-config.js';

const defaults = { clientDir: '/srv/client' };

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({}, defaults);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.demoData).toBe(false);
    expect(config.selfRegistration).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u@127.0.0.1:5432/lantoa',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SESSION_SECRET: 'x'.repeat(40),
        ADMIN_PASSWORD: 'Secret-123',
        PUBLIC_URL: 'https://thi.example.vn/',
        DEMO_DATA: 'true',
        SELF_REGISTRATION: 'off',
      },
      defaults,
    );
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@127.0.0.1:5432/lantoa',
      redisUrl: 'redis://127.0.0.1:6379',
      adminPassword: 'Secret-123',
      publicUrl: 'https://thi.example.vn',
      demoData: true,
      selfRegistration: false,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ ADMIN_PASSWORD: '123' }, 'ADMIN_PASSWORD'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env, defaults)).toThrow(ConfigError);
    expect(() => loadConfig(env, defaults)).toThrow(new RegExp(variable));
  });

  it('keeps DATA_DIR=:memory: as it is', () => {
    expect(loadConfig({ DATA_DIR: ':memory:' }, defaults).dataDir).toBe(':memory:');
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', DEMO_DATA: 'y' }, defaults);
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
