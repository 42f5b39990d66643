import { api, login, uniqueSuffix, type Api } from '../support/api.js';
import { startServer, type RunningServer } from '../support/server.js';

describe('HTTP against the built server', () => {
  let server: RunningServer;
  let anonymous: Api;

  beforeAll(async () => {
    server = await startServer({ label: 'http' });
    anonymous = api(server.url);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('reports the database as up on /api/health', async () => {
    const response = await anonymous.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', databaseKind: server.databaseKind });
    expect(response.body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lets admin log in with ADMIN_PASSWORD and refuses a wrong password with a stable code', async () => {
    const { token, user } = await login(server.url, 'admin', server.adminPassword);
    expect(user).toMatchObject({ username: 'admin', role: 'admin' });
    const me = await api(server.url, token).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('admin');

    const wrong = await anonymous.post('/api/auth/login', { username: 'admin', password: 'not-the-password-1' }, { language: 'en' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(wrong.body.message).toMatch(/password/i);
  });

  it('answers a malformed JSON body with 400 MALFORMED_JSON, in the caller language, without a stack', async () => {
    const response = await anonymous.request('POST', '/api/auth/login', {
      body: '{"username": "admin", "password": ',
      headers: { 'content-type': 'application/json' },
      language: 'vi',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
    expect(response.body.message).toContain('JSON');
    expect(response.text).not.toMatch(/at \S+ \(|node_modules|SyntaxError/);
  });

  it('answers an unknown /api route with 404 ROUTE_NOT_FOUND as JSON, not the app page', async () => {
    for (const [method, route] of [
      ['GET', '/api/no-such-thing'],
      ['POST', '/api/units/not-a-route/at-all'],
    ] as const) {
      const response = await anonymous.request(method, route, { language: 'en' });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.body.code).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('requires a session for protected routes', async () => {
    const response = await anonymous.get('/api/units');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH_REQUIRED');
  });

  it('publishes the OpenAPI document at /api/docs-json with the login route', async () => {
    const response = await anonymous.get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/units']));
    expect(response.body.paths['/api/auth/login'].post).toBeDefined();
    const ui = await anonymous.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('serves the app page for a deep link such as /units (history-mode routing)', async () => {
    const root = await anonymous.get('/');
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/html');
    for (const route of ['/units', '/login', '/units/00000000-0000-4000-8000-000000000000/people']) {
      const response = await anonymous.get(route);
      expect({ route, status: response.status }).toEqual({ route, status: 200 });
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.text).toBe(root.text);
      expect(response.text).toMatch(/<script type="module"[^>]*src="\/assets\//);
    }
  });

  it('sends security headers', async () => {
    const response = await anonymous.get('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('restart on the same data', () => {
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.stop();
  });

  it('keeps units and sessions across a restart on the same DATA_DIR', async () => {
    server = await startServer({ label: 'restart' });
    const { client: admin, token } = await login(server.url, 'admin', server.adminPassword);
    const code = `E2E-RESTART-${uniqueSuffix()}`;
    const created = await admin.post('/api/units', { code, name: 'Phòng Giáo dục thử khởi động lại', kind: 'department' });
    expect(created.status).toBeLessThan(300);
    expect(created.body).toMatchObject({ code, kind: 'department' });

    server = await server.restart();

    const { client: again } = await login(server.url, 'admin', server.adminPassword);
    const units = await again.get<{ id: string; code: string; name: string }[]>('/api/units');
    expect(units.status).toBe(200);
    expect(units.body.find((unit) => unit.code === code)).toMatchObject({ id: created.body.id, name: 'Phòng Giáo dục thử khởi động lại' });

    // A token issued before the restart still works: sessions and their signing secret live in the database.
    const before = await api(server.url, token).get('/api/auth/me');
    expect(before.status).toBe(200);
    expect(before.body.username).toBe('admin');
  });
});
