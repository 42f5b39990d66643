import { DataSource } from 'typeorm';
import { contestBody, loadSeedBank, publishedContest } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import { ContestsService } from './contests.service.js';

const sleepUntil = (instant: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, instant - Date.now())));

describe('contest self-registration and late starts (integration)', () => {
  let app: TestApp;
  let organizer: string;
  let schoolInAudience: { id: string };
  let otherSchool: { id: string };
  const tokens: Record<'audience' | 'outsider' | 'staff' | 'elsewhere' | 'late', string> = {
    audience: '',
    outsider: '',
    staff: '',
    elsewhere: '',
    late: '',
  };

  beforeAll(async () => {
    app = await startTestApp({ ANSWER_GRACE_SECONDS: '0' });
    const admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Sở GD&ĐT Đăng ký', kind: 'department' });
    const commune = await createUnit(app, admin, { name: 'Xã Tân Nhựt', kind: 'commune', parentId: department.id });
    const communeElsewhere = await createUnit(app, admin, { name: 'Xã Hưng Long', kind: 'commune', parentId: department.id });
    schoolInAudience = await createUnit(app, admin, { name: 'Trường TH Tân Nhựt', kind: 'school', level: 'TH', parentId: commune.id });
    otherSchool = await createUnit(app, admin, { name: 'Trường THCS Tân Nhựt', kind: 'school', level: 'THCS', parentId: commune.id });
    const schoolElsewhere = await createUnit(app, admin, {
      name: 'Trường TH Hưng Long',
      kind: 'school',
      level: 'TH',
      parentId: communeElsewhere.id,
    });
    await loadSeedBank(app, department.id);
    const o = await createUser(app, admin, { fullName: 'Tổ Chức Tân Nhựt', role: 'organizer', unitId: commune.id });
    organizer = await app.login(o.username, o.password);
    const people: [keyof typeof tokens, string, string, 'student' | 'staff'][] = [
      ['audience', 'Nguyễn Văn Đối Tượng', schoolInAudience.id, 'student'],
      ['outsider', 'Trần Thị Ngoài', otherSchool.id, 'student'],
      ['staff', 'Lê Văn Giáo Viên', otherSchool.id, 'staff'],
      ['elsewhere', 'Phạm Thị Xa', schoolElsewhere.id, 'student'],
      ['late', 'Võ Văn Muộn', schoolInAudience.id, 'student'],
    ];
    for (const [key, fullName, unitId, kind] of people) {
      const user = await createUser(app, admin, { fullName, role: 'participant', unitId, kind });
      tokens[key] = await app.login(user.username, user.password);
    }
  });
  afterAll(() => app.close());

  const audience = () => ({ unitIds: [schoolInAudience.id] });
  const listed = async (token: string, id: string) =>
    ((await app.get('/api/contests', { token })).body as { id: string; access?: string }[]).find((contest) => contest.id === id);
  const registrationRows = async (contestId: string) =>
    (await app.app
      .get(DataSource)
      .query(`SELECT user_id, unit_id, registered_at FROM contest_registration WHERE contest_id = $1`, [contestId])) as {
      user_id: string;
      unit_id: string;
      registered_at: Date;
    }[];

  it("lets participants of the owner's subtree enrol in an open contest, once, and then take it", async () => {
    const contest = await publishedContest(app, organizer, { title: 'Cuộc thi mở đăng ký', audience: audience(), registration: 'open' });
    expect(contest).toMatchObject({ registration: 'open', lateStart: { mode: 'until_close' } });

    expect(await listed(tokens.outsider, contest.id)).toMatchObject({ access: 'can_register' });
    expect((await app.get(`/api/contests/${contest.id}`, { token: tokens.outsider })).body.access).toBe('can_register');
    const before = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.outsider });
    expect(before.status).toBe(403);
    expect(before.body.code).toBe('CONTEST_NOT_ELIGIBLE');

    const first = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.outsider });
    expect(first.status).toBe(200);
    expect(first.body.access).toBe('registered');
    const [row] = await registrationRows(contest.id);
    const again = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.outsider });
    expect(again.status).toBe(200);
    expect(again.body.access).toBe('registered');
    const rows = await registrationRows(contest.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unit_id: otherSchool.id });
    expect(new Date(rows[0]!.registered_at).getTime()).toBe(new Date(row!.registered_at).getTime());

    expect(await listed(tokens.outsider, contest.id)).toMatchObject({ access: 'registered' });
    const started = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.outsider });
    expect(started.status).toBe(201);
    expect(started.body.questions).toHaveLength(5);

    // Someone in the audience has nothing to enrol in: harmless, and nothing is stored.
    const inAudience = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.audience });
    expect(inAudience.status).toBe(200);
    expect(inAudience.body.access).toBe('audience');
    expect(await registrationRows(contest.id)).toHaveLength(1);

    // A staff member of the same school enrols too: two registrations, counted for reports.
    expect((await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.staff })).status).toBe(200);
    expect((await app.get(`/api/contests/${contest.id}`, { token: organizer })).body.registrations).toBe(2);
    const service = app.app.get(ContestsService);
    expect(await service.registeredCount(contest.id)).toBe(2);
    expect(await service.registrationsByUnit(contest.id)).toEqual([{ unitId: otherSchool.id, registered: 2 }]);
  });

  it("refuses a participant outside the owner's subtree, and organizers, whatever the policy", async () => {
    const contest = await publishedContest(app, organizer, { audience: audience(), registration: 'open' });
    const refused = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.elsewhere });
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('CONTEST_NOT_FOUND');
    expect(await listed(tokens.elsewhere, contest.id)).toBeUndefined();
    expect((await app.get(`/api/contests/${contest.id}`, { token: tokens.elsewhere })).status).toBe(404);
    expect((await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: organizer })).body.code).toBe('FORBIDDEN');
    expect(await registrationRows(contest.id)).toHaveLength(0);
  });

  it('refuses registration to an audience-only contest with a stable code, and keeps it out of sight', async () => {
    const contest = await publishedContest(app, organizer, { audience: audience() });
    expect(contest).toMatchObject({ registration: 'audience_only' });
    const refused = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.outsider });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CONTEST_REGISTRATION_CLOSED');
    const english = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.outsider, lang: 'en' });
    expect(english.body.message).toMatch(/does not take registrations/);
    expect(await listed(tokens.outsider, contest.id)).toBeUndefined();
    expect((await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.outsider })).body.code).toBe('CONTEST_NOT_ELIGIBLE');
    expect(await registrationRows(contest.id)).toHaveLength(0);
  });

  it('takes no registrations once every round has closed', async () => {
    const now = Date.now();
    const contest = await publishedContest(app, organizer, {
      audience: audience(),
      registration: 'open',
      rounds: [{ name: 'Đã qua', opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 3_600_000).toISOString() }],
    });
    const refused = await app.post(`/api/contests/${contest.id}/registrations`, undefined, { token: tokens.outsider });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CONTEST_REGISTRATION_ENDED');
  });

  it('checks the settings, and freezes them at publish like every other rule', async () => {
    const invalid = [
      { registration: 'everyone' },
      { lateStart: { mode: 'minutes_before_close' } },
      { lateStart: { mode: 'minutes_before_close', minutes: 0 } },
      { lateStart: { mode: 'whenever' } },
      { lateStart: { mode: 'full_duration', minutes: 'ten' } },
    ];
    for (const overrides of invalid) {
      const response = await app.post('/api/contests', contestBody(overrides), { token: organizer });
      expect([response.status, response.body.code, overrides]).toEqual([400, 'VALIDATION_FAILED', overrides]);
    }
    const now = Date.now();
    const shut = await app.post(
      '/api/contests',
      contestBody({
        lateStart: { mode: 'full_duration' },
        durationSeconds: 1800,
        rounds: [{ name: 'Đợt ngắn', opensAt: new Date(now).toISOString(), closesAt: new Date(now + 1_200_000).toISOString() }],
      }),
      { token: organizer },
    );
    expect(shut.status).toBe(400);
    expect(shut.body).toMatchObject({ code: 'CONTEST_LATE_START_INVALID', message: expect.stringContaining('Đợt ngắn') });

    const contest = await publishedContest(app, organizer, {
      registration: 'open',
      lateStart: { mode: 'minutes_before_close', minutes: 15 },
    });
    expect(contest).toMatchObject({ registration: 'open', lateStart: { mode: 'minutes_before_close', minutes: 15 } });
    const patched = await app.patch(`/api/contests/${contest.id}`, contestBody({ registration: 'audience_only' }), { token: organizer });
    expect(patched.status).toBe(409);
    expect(patched.body.code).toBe('CONTEST_FROZEN');
    expect((await app.get(`/api/contests/${contest.id}`, { token: organizer })).body).toMatchObject({
      registration: 'open',
      lateStart: { mode: 'minutes_before_close', minutes: 15 },
    });
  });

  describe('late starts, on the server clock', () => {
    /** A contest whose only round closes `closesInMs` from now; its duration is one minute. */
    async function contestClosingIn(closesInMs: number, lateStart: unknown) {
      const now = Date.now();
      const contest = await publishedContest(app, organizer, {
        audience: audience(),
        durationSeconds: 60,
        lateStart,
        rounds: [{ name: 'Đợt', opensAt: new Date(now - 600_000).toISOString(), closesAt: new Date(now + closesInMs).toISOString() }],
      });
      const round = (contest as unknown as { rounds: { closesAt: string; latestStartAt: string }[] }).rounds[0]!;
      return { id: contest.id, closesAt: Date.parse(round.closesAt), latestStartAt: Date.parse(round.latestStartAt) };
    }

    async function startAndSubmit(contestId: string, token: string) {
      const started = await app.post(`/api/contests/${contestId}/attempts`, {}, { token });
      expect(started.status).toBe(201);
      await app.post(`/api/attempts/${started.body.id}/submit`, {}, { token });
      return started.body as { id: string; deadlineAt: string; serverNow: string };
    }

    it.each<[string, unknown, number]>([
      ['full_duration: only while a whole duration remains', { mode: 'full_duration' }, 60_000],
      ['minutes_before_close: not in the last N minutes', { mode: 'minutes_before_close', minutes: 1 }, 60_000],
    ])('%s', async (_name, lateStart, required) => {
      const contest = await contestClosingIn(required + 1_500, lateStart);
      expect(contest.closesAt - contest.latestStartAt).toBe(required);
      // Just before the boundary a new attempt starts, and gets its whole duration.
      expect(Date.now()).toBeLessThan(contest.latestStartAt - 300);
      const early = await startAndSubmit(contest.id, tokens.late);
      expect(Date.parse(early.deadlineAt) - Date.parse(early.serverNow)).toBeGreaterThan(59_000);
      // A resumed attempt is not a new start: past the boundary the active one still comes back.
      const running = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.audience });
      expect(running.status).toBe(201);
      await sleepUntil(contest.latestStartAt + 50);
      const resumed = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.audience });
      expect(resumed.body.id).toBe(running.body.id);
      // Just after it, while the round is still open, a new one is refused.
      const late = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.late });
      expect(Date.now()).toBeLessThan(contest.closesAt);
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({
        code: 'ATTEMPT_START_TOO_LATE',
        details: { latestStartAt: new Date(contest.latestStartAt).toISOString() },
      });
      expect(late.body.message).toMatch(/^Đã quá giờ bắt đầu lượt thi mới/);
      const english = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.late, lang: 'en' });
      expect(english.body.message).toMatch(/too late to start a new attempt/);
      await app.post(`/api/attempts/${running.body.id}/submit`, {}, { token: tokens.audience });
    });

    it('until_close: a new attempt may start until the last moment, cut short by the close', async () => {
      const contest = await contestClosingIn(2_000, { mode: 'until_close' });
      expect(contest.latestStartAt).toBe(contest.closesAt);
      await startAndSubmit(contest.id, tokens.late);
      await sleepUntil(contest.closesAt - 500);
      const last = await startAndSubmit(contest.id, tokens.late);
      expect(Date.parse(last.deadlineAt)).toBe(contest.closesAt);
      await sleepUntil(contest.closesAt + 50);
      expect((await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: tokens.late })).body.code).toBe('CONTEST_NOT_OPEN');
    });
  });
});
