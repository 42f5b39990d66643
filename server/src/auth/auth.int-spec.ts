import { DataSource } from 'typeorm';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import { createUnit, createUser } from '../testing/fixtures.js';

describe('auth (integration)', () => {
  let app: TestApp;
  let adminToken: string;
  let schoolId: string;

  beforeAll(async () => {
    app = await startTestApp();
    adminToken = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, adminToken, { name: 'Sở Kiểm thử', kind: 'department' });
    schoolId = (
      await createUnit(app, adminToken, { name: 'Trường Tiểu học Kiểm thử', kind: 'school', level: 'TH', parentId: department.id })
    ).id;
  });
  afterAll(() => app.close());

  it('creates the admin account on first start and signs in with a token and an httpOnly cookie', async () => {
    const response = await app.post('/api/auth/login', { username: 'Admin', password: ADMIN_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(response.body.token).toEqual(expect.any(String));
    expect(response.headers.get('set-cookie')).toMatch(/lantoa_session=.+HttpOnly/i);
  });

  it('stores passwords hashed with argon2id, never in clear', async () => {
    const rows: { password_hash: string }[] = await app.app
      .get(DataSource)
      .query(`SELECT password_hash FROM app_user WHERE username = 'admin'`);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(ADMIN_PASSWORD);
  });

  it('refuses a wrong password with a stable code in both languages', async () => {
    const vi = await app.post('/api/auth/login', { username: 'admin', password: 'wrong-1234' });
    expect(vi.status).toBe(401);
    expect(vi.body).toEqual({ code: 'AUTH_INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const en = await app.post('/api/auth/login', { username: 'admin', password: 'wrong-1234' }, { lang: 'en-US,en;q=0.9' });
    expect(en.body.message).toBe('Wrong username or password.');
  });

  it('locks an account after five failures in a row', async () => {
    const user = await createUser(app, adminToken, { fullName: 'Lê Văn Khóa', role: 'participant', unitId: schoolId, kind: 'staff' });
    for (let i = 0; i < 5; i++)
      expect((await app.post('/api/auth/login', { username: user.username, password: 'nope-0000' })).status).toBe(401);
    const locked = await app.post('/api/auth/login', { username: user.username, password: user.password });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    expect(locked.body.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('reads the session from the bearer header or the cookie, and logout revokes it', async () => {
    const token = await app.login('admin', ADMIN_PASSWORD);
    expect((await app.get('/api/auth/me', { token })).body.username).toBe('admin');
    const byCookie = await app.get('/api/auth/me', { headers: { cookie: `lantoa_session=${encodeURIComponent(token)}` } });
    expect(byCookie.status).toBe(200);
    expect((await app.post('/api/auth/logout', undefined, { token })).status).toBe(204);
    const after = await app.get('/api/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH_REQUIRED');
  });

  it.each([
    ['no token', undefined],
    ['garbage', 'not-a-token'],
    ['a forged signature', 'eyJzaWQiOiJ4IiwidWlkIjoieSIsImV4cCI6OTk5OTk5OTk5OTk5OX0.forged'],
  ])('refuses %s with 401', async (_name, token) => {
    const response = await app.get('/api/units', { token });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH_REQUIRED');
  });

  it('expires sessions after SESSION_TTL_HOURS', async () => {
    const sessions = (app.app as any).get((await import('./sessions.service.js')).SessionsService);
    const token = await app.login('admin', ADMIN_PASSWORD);
    await expect(sessions.resolve(token, Date.now() + 13 * 3_600_000)).rejects.toMatchObject({ code: 'AUTH_SESSION_EXPIRED' });
  });

  it('changes a password, checking the current one, and ends the other sessions', async () => {
    const user = await createUser(app, adminToken, { fullName: 'Phạm Thị Đổi', role: 'participant', unitId: schoolId, kind: 'staff' });
    const first = await app.login(user.username, user.password);
    const second = await app.login(user.username, user.password);
    const wrong = await app.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Moi-12345' }, { token: first });
    expect(wrong.body.code).toBe('AUTH_WRONG_PASSWORD');
    const weak = await app.post('/api/auth/password', { currentPassword: user.password, newPassword: 'abcdefgh' }, { token: first });
    expect(weak.body.code).toBe('AUTH_WEAK_PASSWORD');
    expect(
      (await app.post('/api/auth/password', { currentPassword: user.password, newPassword: 'Moi-12345' }, { token: first })).status,
    ).toBe(204);
    expect((await app.get('/api/auth/me', { token: first })).status).toBe(200);
    expect((await app.get('/api/auth/me', { token: second })).status).toBe(401);
    await app.login(user.username, 'Moi-12345');
  });

  describe('self-registration', () => {
    const person = { fullName: 'Võ Thị Đăng Ký', password: 'DangKy-2025', kind: 'student', className: '5A', birthDate: '2014-05-01' };

    it('registers a participant in a school, with the phone as username', async () => {
      const response = await app.post('/api/auth/register', { ...person, phone: '0901000001', unitId: schoolId });
      expect(response.status).toBe(201);
      expect(response.body.user).toMatchObject({ username: '0901000001', role: 'participant', kind: 'student', unitId: schoolId });
    });

    it('keeps one account per phone', async () => {
      const again = await app.post('/api/auth/register', { ...person, phone: '0901000001', unitId: schoolId });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PHONE_TAKEN');
    });

    it('refuses a unit that is not a school, and malformed input', async () => {
      const units = (await app.get('/api/units/public')).body as { id: string; kind: string }[];
      const department = units.find((unit) => unit.kind === 'department')!;
      expect((await app.post('/api/auth/register', { ...person, phone: '0901000002', unitId: department.id })).body.code).toBe(
        'UNIT_NOT_SCHOOL',
      );
      const bad = await app.post('/api/auth/register', { ...person, phone: '12', unitId: 'x', extra: true });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['extra', 'phone', 'unitId']);
    });
  });
});

describe('auth with self-registration off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SELF_REGISTRATION: 'false' });
  });
  afterAll(() => app.close());

  it('refuses registration and hides the unit list', async () => {
    expect((await app.get('/api/auth/config')).body).toEqual({ selfRegistration: false });
    expect((await app.get('/api/units/public')).body.code).toBe('REGISTRATION_CLOSED');
    const response = await app.post('/api/auth/register', {
      fullName: 'Ai Đó',
      phone: '0901000003',
      password: 'DangKy-2025',
      unitId: '00000000-0000-4000-8000-000000000000',
      kind: 'staff',
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('REGISTRATION_CLOSED');
  });
});
