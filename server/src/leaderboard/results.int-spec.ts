import { answerKey, loadSeedBank, publishedContest, wrongResponse } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';

const sleepUntil = (instant: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, instant - Date.now())));

type Who = 'an' | 'binh' | 'cuong' | 'dung' | 'em';

describe('results at close (integration)', () => {
  let app: TestApp;
  let organizer: string;
  const tokens = {} as Record<Who, string>;
  let stranger: string;
  let contest: { id: string; rounds: { id: string; closesAt: string }[] };
  let schools: Record<'big' | 'small' | 'idle', { id: string }>;

  /** Starts an attempt in the open round, answers `right` questions correctly and the rest wrongly, submits with a prediction. */
  async function take(who: Who, right: number, prediction?: number): Promise<void> {
    const token = tokens[who];
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token })).body;
    const key = await answerKey(app, attempt.id);
    let seq = 1;
    for (const [index, question] of (attempt.questions as { id: string; type: string; options?: { id: string }[] }[]).entries()) {
      const response = index < right ? key.get(question.id) : wrongResponse(question, key.get(question.id));
      const saved = await app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, {
        token,
        body: { response, seq: seq++ },
      });
      expect(saved.status).toBe(200);
    }
    const submitted = await app.post(`/api/attempts/${attempt.id}/submit`, prediction === undefined ? {} : { prediction }, { token });
    expect(submitted.body.correctCount).toBe(right);
  }

  const results = (token: string, query = '') => app.get(`/api/contests/${contest.id}/results${query}`, { token });
  const names = (entries: { displayName: string }[]) => entries.map((entry) => entry.displayName);

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Sở GD&ĐT Kết quả', kind: 'department' });
    const commune = await createUnit(app, admin, { name: 'Xã Bình Hưng', kind: 'commune', parentId: department.id });
    const elsewhere = await createUnit(app, admin, { name: 'Xã Bình Chánh', kind: 'commune', parentId: department.id });
    schools = {
      big: await createUnit(app, admin, {
        name: 'Trường TH Bình Hưng',
        kind: 'school',
        level: 'TH',
        parentId: commune.id,
        studentCount: 10,
      }),
      small: await createUnit(app, admin, {
        name: 'Trường TH Hưng Phú',
        kind: 'school',
        level: 'TH',
        parentId: commune.id,
        studentCount: 2,
      }),
      idle: await createUnit(app, admin, { name: 'Trường TH An Phú', kind: 'school', level: 'TH', parentId: commune.id, studentCount: 50 }),
    };
    const outside = await createUnit(app, admin, { name: 'Trường TH Bình Chánh', kind: 'school', level: 'TH', parentId: elsewhere.id });
    await loadSeedBank(app, department.id);
    const o = await createUser(app, admin, { fullName: 'Tổ Chức Bình Hưng', role: 'organizer', unitId: commune.id });
    organizer = await app.login(o.username, o.password);
    const people: [Who, string, { id: string }][] = [
      ['an', 'Nguyễn Văn An', schools.big],
      ['binh', 'Trần Thị Bình', schools.big],
      ['cuong', 'Lê Văn Cường', schools.big],
      ['dung', 'Phạm Thị Dung', schools.small],
      ['em', 'Hoàng Văn Em', schools.small],
    ];
    for (const [who, fullName, school] of people) {
      const user = await createUser(app, admin, { fullName, role: 'participant', unitId: school.id, kind: 'student', className: '5A' });
      tokens[who] = await app.login(user.username, user.password);
    }
    const strangerUser = await createUser(app, admin, { fullName: 'Đỗ Thị Lạ', role: 'participant', unitId: outside.id, kind: 'student' });
    stranger = await app.login(strangerUser.username, strangerUser.password);

    const now = Date.now();
    const firstCloses = new Date(now + 8_000).toISOString();
    contest = (await publishedContest(app, organizer, {
      title: 'Kết quả chung cuộc',
      prizeCount: 2,
      rounds: [
        { name: 'Đợt 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: firstCloses },
        { name: 'Đợt 2', opensAt: firstCloses, closesAt: new Date(now + 3_600_000).toISOString() },
      ],
    })) as typeof contest;
    // Round 1: three perfect papers (the real count is 3) with predictions 9, 3 and 2; one empty paper.
    await take('an', 5, 9);
    await take('binh', 5, 3);
    await take('dung', 5, 2);
    await take('cuong', 0, 3);
  });
  afterAll(() => app.close());

  it('is provisional while the round is open: no real count, no one else’s prediction', async () => {
    const provisional = (await results(tokens.cuong)).body;
    expect(provisional).toMatchObject({ scope: 'round', roundId: contest.rounds[0]!.id, final: false, perfectCount: null, prizeCount: 2 });
    expect(provisional.rounds.map((round: { perfectCount: number | null }) => round.perfectCount)).toEqual([null, null]);
    expect(provisional.prizes).toHaveLength(2);
    expect(provisional.ranking.total).toBe(4);
    expect(provisional.ranking.entries.every((entry: { prediction: number | null }) => entry.prediction === null)).toBe(true);
    expect(provisional.me).toMatchObject({ rank: 4, displayName: 'Lê Văn Cường', isMe: true, correctCount: 0 });
    const organizerView = (await results(organizer)).body;
    expect(organizerView.ranking.entries.map((entry: { prediction: number }) => entry.prediction).sort()).toEqual([2, 3, 3, 9]);
    expect(organizerView.me).toBeNull();
  });

  it('after the close: the prediction tie-break with the real count, the prize list of N, paging, masked names', async () => {
    await sleepUntil(Date.parse(contest.rounds[0]!.closesAt) + 100);
    const final = (await results(organizer, `?roundId=${contest.rounds[0]!.id}`)).body;
    expect(final).toMatchObject({ final: true, perfectCount: 3 });
    expect(final.rounds[0]).toMatchObject({ name: 'Đợt 1', state: 'closed', participants: 4, perfectCount: 3 });
    // All three have 5 correct: gaps |3−3| = 0, |2−3| = 1, |9−3| = 6.
    expect(names(final.prizes)).toEqual(['Trần Thị Bình', 'Phạm Thị Dung']);
    expect(final.prizes.map((entry: { predictionGap: number }) => entry.predictionGap)).toEqual([0, 1]);
    expect(names(final.ranking.entries)).toEqual(['Trần Thị Bình', 'Phạm Thị Dung', 'Nguyễn Văn An', 'Lê Văn Cường']);
    const secondPage = (await results(organizer, `?roundId=${contest.rounds[0]!.id}&page=2&pageSize=3`)).body.ranking;
    expect(secondPage).toMatchObject({ total: 4, page: 2, pageSize: 3, entries: [{ rank: 4, displayName: 'Lê Văn Cường' }] });

    const mine = (await results(tokens.an, `?roundId=${contest.rounds[0]!.id}`)).body;
    expect(names(mine.prizes)).toEqual(['Trần T. B.', 'Phạm T. D.']);
    expect(mine.prizes[0].prediction).toBe(3); // predictions are shown once the round has closed
    expect(mine.me).toMatchObject({ rank: 3, displayName: 'Nguyễn Văn An', isMe: true, predictionGap: 6 });
    expect(mine.ranking.entries[2]).toMatchObject({ displayName: 'Nguyễn Văn An', isMe: true });
    expect(mine.ranking.entries.filter((entry: { isMe: boolean }) => entry.isMe)).toHaveLength(1);
  });

  it('ranks units by number and by rate of participants, with headcounts from the unit tree', async () => {
    const { collective } = (await results(organizer, `?roundId=${contest.rounds[0]!.id}`)).body;
    const row = (unit: { unitName: string; rank: number; participants: number; headcount: number; participationRate: number }) => [
      unit.unitName,
      unit.rank,
      unit.participants,
      unit.headcount,
      unit.participationRate,
    ];
    expect(collective.byParticipants.map(row)).toEqual([
      ['Trường TH Bình Hưng', 1, 3, 10, 0.3],
      ['Trường TH Hưng Phú', 2, 1, 2, 0.5],
      ['Trường TH An Phú', 3, 0, 50, 0],
    ]);
    expect(collective.byRate.map(row)).toEqual([
      ['Trường TH Hưng Phú', 1, 1, 2, 0.5],
      ['Trường TH Bình Hưng', 2, 3, 10, 0.3],
      ['Trường TH An Phú', 3, 0, 50, 0],
    ]);
    expect(collective.byParticipants[0]).toMatchObject({ attempts: 3, meanScore: 3.33 });
  });

  it('ranks across rounds: correct answers summed, then the summed prediction gaps of closed rounds', async () => {
    await take('em', 4);
    await take('an', 0);
    const overall = (await results(organizer, '?scope=overall')).body;
    expect(overall).toMatchObject({ scope: 'overall', roundId: null, final: false, perfectCount: null });
    expect(overall.rounds.map((round: { participants: number }) => round.participants)).toEqual([4, 2]);
    expect(names(overall.ranking.entries)).toEqual(['Trần Thị Bình', 'Phạm Thị Dung', 'Nguyễn Văn An', 'Hoàng Văn Em', 'Lê Văn Cường']);
    expect(overall.ranking.entries[2]).toMatchObject({ rounds: 2, correctCount: 5, predictionGap: 6 });
    expect(names(overall.prizes)).toEqual(['Trần Thị Bình', 'Phạm Thị Dung']);
    expect(names(overall.overall)).toEqual(['Trần Thị Bình', 'Phạm Thị Dung']);
    // Across rounds each person counts once; the small school's two students are all of its headcount.
    expect(overall.collective.byRate[0]).toMatchObject({
      unitName: 'Trường TH Hưng Phú',
      participants: 2,
      participationRate: 1,
      attempts: 2,
    });
    expect(overall.collective.byParticipants[0]).toMatchObject({ unitName: 'Trường TH Bình Hưng', participants: 3, attempts: 4 });
    // The open round is provisional again; its real count is not known yet.
    const second = (await results(tokens.em)).body;
    expect(second).toMatchObject({ roundId: contest.rounds[1]!.id, final: false, perfectCount: null });
    expect(second.me).toMatchObject({ rank: 1, correctCount: 4, isMe: true });
  });

  it('is for those who may see the contest; bad queries are refused with a code', async () => {
    expect((await results(stranger)).body.code).toBe('CONTEST_NOT_FOUND');
    expect((await app.get(`/api/contests/${contest.id}/results`)).status).toBe(401);
    for (const query of ['?scope=everything', '?pageSize=1000', '?page=0', '?roundId=nope']) {
      expect([query, (await results(organizer, query)).body.code]).toEqual([query, 'VALIDATION_FAILED']);
    }
    expect((await results(organizer, '?roundId=00000000-0000-4000-8000-000000000000')).body.code).toBe('ROUND_NOT_FOUND');
  });
});
