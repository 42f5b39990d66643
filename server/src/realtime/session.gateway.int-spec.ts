import { io, type Socket } from 'socket.io-client';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import { SOCKET_EVENTS } from './socket-events.js';

function connect(app: TestApp, options: { token?: string; cookie?: string }): Socket {
  return io(app.baseUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: options.token ? { token: options.token } : {},
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
  });
}

function connected(socket: Socket): Promise<void> {
  return socket.connected ? Promise.resolve() : once(socket, 'connect');
}

function once<T>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

const setups: [string, Record<string, string>][] = [
  ['embedded or PostgreSQL, one process', {}],
  ...(process.env.REDIS_URL ? [['with the Redis adapter', { REDIS_URL: process.env.REDIS_URL }] as [string, Record<string, string>]] : []),
];

describe.each(setups)('socket.io handshake (%s)', (_name, env) => {
  let app: TestApp;
  let token: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    app = await startTestApp(env);
    token = await app.login('admin', ADMIN_PASSWORD);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => app.close());

  it('authenticates with the same session token as HTTP, in auth or in the cookie', async () => {
    const byToken = connect(app, { token });
    const byCookie = connect(app, { cookie: `lantoa_session=${encodeURIComponent(token)}` });
    sockets.push(byToken, byCookie);
    for (const socket of [byToken, byCookie]) {
      await connected(socket);
      const ack = await socket.timeout(5000).emitWithAck(SOCKET_EVENTS.sessionMe);
      expect(ack).toEqual({ data: expect.objectContaining({ username: 'admin', role: 'admin' }) });
    }
  });

  it.each([
    ['no token', undefined],
    ['a bad token', 'x.y'],
  ])('refuses %s at the handshake with a coded error', async (_label, bad) => {
    const socket = connect(app, { token: bad });
    sockets.push(socket);
    const error = await once<{ data: { code: string; message: string } }>(socket, 'connect_error');
    expect(error.data).toEqual({ code: 'AUTH_REQUIRED', message: 'Vui lòng đăng nhập.' });
    expect(socket.connected).toBe(false);
  });

  it('stops accepting a session after logout', async () => {
    const fresh = await app.login('admin', ADMIN_PASSWORD);
    await app.post('/api/auth/logout', undefined, { token: fresh });
    const socket = connect(app, { token: fresh });
    sockets.push(socket);
    expect((await once<{ data: { code: string } }>(socket, 'connect_error')).data.code).toBe('AUTH_REQUIRED');
  });
});
