import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { answerKey, loadSeedBank, publishedContest, wrongResponse } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';

// Sở Báo cáo → Xã A (THCS A1: 10 staff + 40 students; TH A2: no headcount), Xã B (THCS B1: 20 students). Questions out
// of 5. Round 1 (closed during the test, so its ranking becomes final): An 5, Bình 0 then 1, Duy 2 (guessing 4 perfect
// papers), Cường 3, Dung 2 (guessing 1: the right count). Round 2 (open): Cường 4, An 3. Em and Duy's twin account
// (same name, birth date and school) never take part.
describe('reports (integration)', () => {
  let app: TestApp;
  let admin: string;
  let contestId: string;
  let rounds: { id: string }[];
  const tokens: Record<string, string> = {};
  const units: Record<string, { id: string }> = {};
  /** The rank each submission returned; only the last submitter's is still true at the end. */
  const ranksAtSubmit: Record<string, number> = {};

  async function take(person: string, right: number, prediction?: number): Promise<void> {
    const token = tokens[person]!;
    const attempt = (await app.post(`/api/contests/${contestId}/attempts`, {}, { token })).body;
    const key = await answerKey(app, attempt.id);
    for (const [index, question] of attempt.questions.entries()) {
      const response = index < right ? key.get(question.id) : wrongResponse(question, key.get(question.id));
      await app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, { token, body: { response, seq: 1 } });
    }
    const result = (await app.post(`/api/attempts/${attempt.id}/submit`, prediction === undefined ? {} : { prediction }, { token })).body;
    expect(result.correctCount).toBe(right);
    ranksAtSubmit[person] = result.rank;
  }

  async function person(key: string, unit: string, fullName: string, extra: Record<string, unknown> = {}) {
    const created = await createUser(app, admin, {
      fullName,
      role: 'participant',
      unitId: units[unit]!.id,
      kind: 'student',
      className: '6A',
      ...extra,
    });
    tokens[key] = await app.login(created.username, created.password);
  }
  async function organizer(key: string, unit: string) {
    const created = await createUser(app, admin, { fullName: `Tổ chức ${key}`, role: 'organizer', unitId: units[unit]!.id });
    tokens[key] = await app.login(created.username, created.password);
  }
  const get = (path: string, who = 'admin') => app.get(`/api/reports/contests/${contestId}/${path}`, { token: tokens[who] });
  const rowsOf = (report: { rows: { unitName: string }[] }) => report.rows.map((row) => row.unitName);

  beforeAll(async () => {
    app = await startTestApp();
    admin = tokens.admin = await app.login('admin', ADMIN_PASSWORD);
    units.department = await createUnit(app, admin, { name: 'Sở Báo cáo', kind: 'department' });
    units.communeA = await createUnit(app, admin, { name: 'Xã A', kind: 'commune', parentId: units.department.id });
    units.communeB = await createUnit(app, admin, { name: 'Xã B', kind: 'commune', parentId: units.department.id });
    const school = (name: string, level: string, parent: string, counts: Record<string, number> = {}) =>
      createUnit(app, admin, { name, kind: 'school', level, parentId: units[parent]!.id, ...counts });
    units.a1 = await school('THCS A1', 'THCS', 'communeA', { staffCount: 10, studentCount: 40 });
    units.a2 = await school('TH A2', 'TH', 'communeA');
    units.b1 = await school('THCS B1', 'THCS', 'communeB', { studentCount: 20 });
    units.elsewhere = await createUnit(app, admin, { name: 'Sở Khác', kind: 'department' });
    await loadSeedBank(app, units.department.id);
    const now = Date.now();
    const contest = await publishedContest(app, admin, {
      ownerUnitId: units.department.id,
      attemptsAllowed: 2,
      rounds: [
        { name: 'Tuần 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() },
        { name: 'Tuần 2', opensAt: new Date(now + 3_600_000).toISOString(), closesAt: new Date(now + 7_200_000).toISOString() },
      ],
    });
    contestId = contest.id;
    rounds = contest.rounds;
    await person('an', 'a1', 'Nguyễn Văn An');
    await person('binh', 'a1', 'Trần Thị Bình');
    await person('duy', 'a1', 'Nguyễn Văn Duy', { birthDate: '2012-01-02' });
    await person('duyTwin', 'a1', 'Nguyễn  Văn Duy', { birthDate: '2012-01-02' });
    await person('cuong', 'a2', 'Lê Văn Cường');
    await person('dung', 'b1', 'Phạm Thị Dung');
    await person('em', 'b1', 'Đỗ Văn Em');
    await organizer('schoolA1', 'a1');
    await organizer('communeB', 'communeB');
    await organizer('elsewhere', 'elsewhere');
    await take('an', 5, 7);
    await take('binh', 0);
    await take('binh', 1);
    await take('duy', 2, 4);
    await take('cuong', 3);
    await take('dung', 2, 1);
  });
  afterAll(() => app.close());

  describe('round 1 while open', () => {
    it('rolls participation and scores up to each commune, with a total row and rows by level', async () => {
      const report = (await get('units')).body;
      expect(report).toMatchObject({
        roundId: rounds[0]!.id,
        roundName: 'Tuần 1',
        parentId: units.department!.id,
        maxScore: 5,
        provisional: true,
      });
      expect(report.path.map((unit: { unitName: string }) => unit.unitName)).toEqual(['Sở Báo cáo']);
      expect(rowsOf(report)).toEqual(['Xã A', 'Xã B']);
      const [communeA, communeB] = report.rows;
      expect(communeA).toMatchObject({
        kind: 'commune',
        hasChildren: true,
        headcount: 50,
        schoolsWithoutHeadcount: 1,
        registered: 5,
        participants: 4,
        participationRate: 3 / 50, // TH A2 declared no headcount: its participant is left out of the rate
        registeredRate: 4 / 5,
        attempts: 5,
        meanScore: 2.75,
        medianScore: 2.5,
        highestScore: 5,
        fullMarks: 1,
        distribution: [0, 0, 1, 0, 1, 0, 1, 0, 0, 1],
      });
      expect(communeB).toMatchObject({
        headcount: 20,
        registered: 2,
        participants: 1,
        participationRate: 0.05,
        registeredRate: 0.5,
        attempts: 1,
        meanScore: 2,
      });
      expect(report.total).toMatchObject({
        unitName: 'Sở Báo cáo',
        headcount: 70,
        registered: 7,
        participants: 5,
        participationRate: 4 / 70,
        attempts: 6,
        meanScore: 2.6,
        medianScore: 2,
        highestScore: 5,
        fullMarks: 1,
      });
      for (const key of ['headcount', 'registered', 'participants', 'attempts', 'fullMarks', 'schoolsWithoutHeadcount'])
        expect(communeA[key] + communeB[key]).toBe(report.total[key]);
      expect(
        report.byLevel.map((row: Record<string, unknown>) => [row.unitName, row.headcount, row.participants, row.participationRate]),
      ).toEqual([
        ['TH', null, 1, null],
        ['THCS', 70, 4, 4 / 70],
      ]);
    });

    it('drills down to the schools of a commune', async () => {
      const report = (await get(`units?parentId=${units.communeA!.id}`)).body;
      expect(report.path.map((unit: { unitName: string }) => unit.unitName)).toEqual(['Sở Báo cáo', 'Xã A']);
      expect(
        report.rows.map((row: Record<string, unknown>) => [row.unitName, row.hasChildren, row.participants, row.participationRate]),
      ).toEqual([
        ['TH A2', false, 1, null],
        ['THCS A1', false, 3, 0.06],
      ]);
    });

    it('lists everyone of a unit with their counted attempt, rank, attempts used and likely duplicates', async () => {
      const report = (await get(`participants?unitId=${units.communeA!.id}&pageSize=10`)).body;
      expect(report.total).toBe(5);
      expect(
        report.rows.map((row: Record<string, unknown>) => [row.fullName, row.rank, row.score, row.attemptsUsed, row.possibleDuplicate]),
      ).toEqual([
        ['Nguyễn Văn An', 1, 5, 1, false],
        ['Lê Văn Cường', 2, 3, 1, false],
        ['Nguyễn Văn Duy', ranksAtSubmit.dung === 3 ? 4 : 3, 2, 1, true], // Dung (B) ties Duy on 2 correct: time decides
        ['Trần Thị Bình', 5, 1, 2, false],
        ['Nguyễn Văn Duy', null, null, 0, true],
      ]);
      expect(report.rows[0]).toMatchObject({ unitName: 'THCS A1', correctCount: 5, questionCount: 5, roundsTaken: 1, className: '6A' });
      expect(report.rows[0].attemptId).toEqual(expect.any(String));
    });

    it('pages, sorts by name or unit, filters by status and searches without diacritics', async () => {
      const names = async (query: string) =>
        (await get(`participants?${query}`)).body.rows.map((row: { fullName: string }) => row.fullName) as string[];
      expect(await names('pageSize=2&page=3')).toEqual(['Trần Thị Bình', 'Đỗ Văn Em']);
      expect((await get('participants?pageSize=2&page=3')).body).toMatchObject({ total: 7, page: 3, pageSize: 2 });
      expect(await names('sort=name&pageSize=3')).toEqual(['Đỗ Văn Em', 'Lê Văn Cường', 'Nguyễn Văn An']);
      expect(await names('sort=unit&pageSize=2')).toEqual(['Lê Văn Cường', 'Nguyễn Văn An']);
      expect(await names('status=absent')).toEqual(['Đỗ Văn Em', 'Nguyễn Văn Duy']);
      expect((await get('participants?status=took')).body.total).toBe(5);
      expect(await names('q=nguyen%20van%20duy')).toEqual(['Nguyễn Văn Duy', 'Nguyễn Văn Duy']);
      expect(await names('q=ĐỖ')).toEqual(['Đỗ Văn Em']);
      expect((await get('participants?pageSize=500')).body.code).toBe('VALIDATION_FAILED');
    });

    it('gives each participant the rank the leaderboard gave them', async () => {
      const rows = (await get('participants?status=took')).body.rows as { fullName: string; rank: number }[];
      const byName = Object.fromEntries(rows.map((row) => [row.fullName, row.rank]));
      expect(byName['Lê Văn Cường']).toBe(ranksAtSubmit.cuong);
      expect(byName['Phạm Thị Dung']).toBe(ranksAtSubmit.dung);
    });
  });

  describe('scope', () => {
    it('shows a school organizer their school only', async () => {
      const report = (await get('units', 'schoolA1')).body;
      expect(report).toMatchObject({
        parentId: units.a1!.id,
        rows: [],
        total: { participants: 3, headcount: 50, participationRate: 0.06 },
      });
      expect(report.path.map((unit: { unitName: string }) => unit.unitName)).toEqual(['THCS A1']);
      expect((await get('participants', 'schoolA1')).body.total).toBe(4);
      expect((await get(`units?parentId=${units.communeA!.id}`, 'schoolA1')).body.code).toBe('OUT_OF_SCOPE');
      expect((await get(`participants?unitId=${units.b1!.id}`, 'schoolA1')).body.code).toBe('OUT_OF_SCOPE');
      expect((await get('questions', 'schoolA1')).body.test.attempts).toBe(3);
      const collective = (await get('collective', 'schoolA1')).body;
      expect(collective.schools.byParticipants.map((unit: { unitName: string }) => unit.unitName)).toEqual(['THCS A1']);
    });

    it('keeps a commune organizer in their commune', async () => {
      const report = (await get('units', 'communeB')).body;
      expect(report.parentId).toBe(units.communeB!.id);
      expect(rowsOf(report)).toEqual(['THCS B1']);
      const response = await get(`units?parentId=${units.communeA!.id}`, 'communeB');
      expect([response.status, response.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    });

    it.each([
      ['a participant', 'an', 403, 'FORBIDDEN'],
      ["another department's organizer", 'elsewhere', 403, 'OUT_OF_SCOPE'],
    ])('refuses %s on every report', async (_who, who, status, code) => {
      for (const path of ['units', 'participants', 'questions', 'collective', 'export?format=csv']) {
        const response = await get(path, who);
        expect([path, response.status, response.body.code]).toEqual([path, status, code]);
      }
    });

    it('answers a bad round or contest with a code', async () => {
      expect((await get('units?roundId=nope')).body.code).toBe('VALIDATION_FAILED');
      expect((await get('units?roundId=00000000-0000-4000-8000-000000000000')).body.code).toBe('ROUND_NOT_FOUND');
      const missing = await app.get('/api/reports/contests/00000000-0000-4000-8000-000000000000/units', { token: admin });
      expect([missing.status, missing.body.code]).toEqual([404, 'CONTEST_NOT_FOUND']);
    });
  });

  describe('after round 1 closes', () => {
    beforeAll(async () => {
      const db = app.app.get(DataSource);
      await db.query(`UPDATE contest_round SET closes_at = now() - interval '1 second' WHERE id = $1`, [rounds[0]!.id]);
      await db.query(`UPDATE contest_round SET opens_at = now() - interval '1 second' WHERE id = $1`, [rounds[1]!.id]);
      await new Promise((resolve) => setTimeout(resolve, 5_200)); // the contests module caches a contest for 5 s
      await take('cuong', 4);
      await take('an', 3);
    });

    it('ranks round 1 finally: the prediction closest to the one perfect paper breaks the tie of Dung and Duy', async () => {
      const report = (await get(`participants?roundId=${rounds[0]!.id}&status=took`)).body;
      expect(report.provisional).toBe(false);
      expect(report.rows.map((row: { fullName: string; rank: number }) => [row.rank, row.fullName])).toEqual([
        [1, 'Nguyễn Văn An'],
        [2, 'Lê Văn Cường'],
        [3, 'Phạm Thị Dung'],
        [4, 'Nguyễn Văn Duy'],
        [5, 'Trần Thị Bình'],
      ]);
    });

    it('ranks units collectively and lists the prizes of the round, as the results page does', async () => {
      const report = (await get(`collective?roundId=${rounds[0]!.id}`)).body;
      expect(report).toMatchObject({ final: true, perfectCount: 1, prizeCount: 10 });
      const table = (rows: Record<string, unknown>[]) =>
        rows.map((row) => [row.unitName, row.participants, row.rankByParticipants, row.rankByRate]);
      expect(table(report.schools.byParticipants)).toEqual([
        ['THCS A1', 3, 1, 1],
        ['THCS B1', 1, 2, 2], // ties on participants share the rank; the rate orders them
        ['TH A2', 1, 2, null],
      ]);
      expect(table(report.schools.byRate)).toEqual([
        ['THCS A1', 3, 1, 1],
        ['THCS B1', 1, 2, 2],
      ]);
      expect(table(report.communes.byParticipants)).toEqual([
        ['Xã A', 4, 1, null], // TH A2 declared no headcount: Xã A is not ranked by rate
        ['Xã B', 1, 2, 1],
      ]);
      expect(report.prizes.map((prize: Record<string, unknown>) => [prize.rank, prize.fullName, prize.unitName, prize.prediction])).toEqual(
        [
          [1, 'Nguyễn Văn An', 'THCS A1', 7],
          [2, 'Lê Văn Cường', 'TH A2', null],
          [3, 'Phạm Thị Dung', 'THCS B1', 1],
          [4, 'Nguyễn Văn Duy', 'THCS A1', 4],
          [5, 'Trần Thị Bình', 'THCS A1', null],
        ],
      );
      const results = (await app.get(`/api/contests/${contestId}/results?roundId=${rounds[0]!.id}`, { token: admin })).body;
      expect(results.prizes.map((prize: { rank: number; displayName: string }) => [prize.rank, prize.displayName])).toEqual(
        report.prizes.map((prize: { rank: number; fullName: string }) => [prize.rank, prize.fullName]),
      );
    });

    it('reports round 2 by default, and every round together overall', async () => {
      expect((await get('units')).body).toMatchObject({ roundId: rounds[1]!.id, total: { participants: 2, attempts: 2 } });
      const overall = (await get('units?roundId=overall')).body;
      expect(overall).toMatchObject({ roundId: 'overall', maxScore: 10, provisional: true });
      expect(overall.total).toMatchObject({ participants: 5, attempts: 8, meanScore: 4, medianScore: 2, highestScore: 8, fullMarks: 0 });
      const people = (await get('participants?roundId=overall&status=took')).body.rows;
      expect(
        people.map((row: Record<string, unknown>) => [
          row.fullName,
          row.rank,
          row.correctCount,
          row.roundsTaken,
          row.attemptsUsed,
          row.attemptId,
        ]),
      ).toEqual([
        ['Nguyễn Văn An', 1, 8, 2, 2, null],
        ['Lê Văn Cường', 2, 7, 2, 2, null],
        ['Phạm Thị Dung', 3, 2, 1, 1, null],
        ['Nguyễn Văn Duy', 4, 2, 1, 1, null],
        ['Trần Thị Bình', 5, 1, 1, 2, null],
      ]);
      const collective = (await get('collective?roundId=overall')).body;
      expect(collective.prizes.map((prize: { fullName: string }) => prize.fullName).slice(0, 2)).toEqual(['Nguyễn Văn An', 'Lê Văn Cường']);
    });
  });

  describe('export', () => {
    async function download(query: string): Promise<Response> {
      return fetch(`${app.baseUrl}/api/reports/contests/${contestId}/export?${query}`, { headers: { authorization: `Bearer ${admin}` } });
    }

    it('writes one workbook with a sheet per table, Vietnamese headers, number formats and a frozen header row', async () => {
      const response = await download(`format=xlsx&roundId=${rounds[0]!.id}`);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Theo đơn vị',
        'Theo cấp học',
        'Theo thí sinh',
        'Theo câu hỏi',
        'Thống kê đề',
        'Tập thể - trường',
        'Tập thể - xã',
        'Giải cá nhân',
      ]);
      for (const sheet of workbook.worksheets)
        expect([sheet.name, sheet.views[0]]).toEqual([sheet.name, expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
      const units = workbook.getWorksheet('Theo đơn vị')!;
      expect([units.getCell('A1').value, units.getCell('E1').value, units.getCell('E2').value]).toEqual(['Đơn vị', 'Số người dự thi', 4]);
      expect(units.getCell('A4').value).toBe('Tổng cộng — Sở Báo cáo');
      expect(units.getCell('F2').numFmt).toBe('0.0%');
      const people = workbook.getWorksheet('Theo thí sinh')!;
      expect(people.rowCount).toBe(1 + 7);
      expect([people.getCell('A2').value, people.getCell('B2').value, people.getCell('H2').value]).toEqual([1, 'Nguyễn Văn An', 5]);
      expect(workbook.getWorksheet('Giải cá nhân')!.getCell('B4').value).toBe('Phạm Thị Dung');
    });

    it('writes one table as CSV, UTF-8 with a byte order mark', async () => {
      const response = await download(`format=csv&table=participants&roundId=${rounds[0]!.id}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]!.startsWith('Hạng,Họ và tên,Tên đăng nhập,Đơn vị')).toBe(true);
      expect(lines).toHaveLength(8);
      expect(response.headers.get('content-disposition')).toContain('theo-thi-sinh.csv');
      const units = await (await download('format=csv')).text(); // text() drops the byte order mark
      expect(units.split('\r\n')[0]).toBe(
        'Đơn vị,Cấp học,Số CB/HS,Đã có tài khoản,Số người dự thi,Tỉ lệ tham gia,Tỉ lệ so với tài khoản,Số lượt thi,Điểm trung bình (/5),Trung vị,Cao nhất,Đạt điểm tối đa,Phổ điểm 0–10%,Phổ điểm 10–20%,Phổ điểm 20–30%,Phổ điểm 30–40%,Phổ điểm 40–50%,Phổ điểm 50–60%,Phổ điểm 60–70%,Phổ điểm 70–80%,Phổ điểm 80–90%,Phổ điểm 90–100%',
      );
    });
  });
});
