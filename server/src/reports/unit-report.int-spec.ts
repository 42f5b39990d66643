import ExcelJS from 'exceljs';
import { answerKey, loadSeedBank, publishedContest, wrongResponse } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';

describe('reports by unit (integration)', () => {
  let app: TestApp;
  let admin: string;
  let organizerB: string;
  let contestId: string;
  let communeA: { id: string };
  let communeB: { id: string };
  let department: { id: string };

  /** Takes the contest as `token`, answering exactly `right` questions correctly. */
  async function takeWithScore(token: string, right: number): Promise<void> {
    const attempt = (await app.post(`/api/contests/${contestId}/attempts`, {}, { token })).body;
    const key = await answerKey(app, attempt.id);
    for (const [index, question] of attempt.questions.entries()) {
      const response = index < right ? key.get(question.id) : wrongResponse(question, key.get(question.id));
      await app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, { token, body: { response, seq: 1 } });
    }
    const result = (await app.post(`/api/attempts/${attempt.id}/submit`, {}, { token })).body;
    expect(result.correctCount).toBe(right);
  }

  async function student(unitId: string, name: string): Promise<string> {
    const person = await createUser(app, admin, { fullName: name, role: 'participant', unitId, kind: 'student', className: '6A' });
    return app.login(person.username, person.password);
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin', ADMIN_PASSWORD);
    department = await createUnit(app, admin, { name: 'Sở Báo cáo', kind: 'department' });
    communeA = await createUnit(app, admin, { name: 'Xã A', kind: 'commune', parentId: department.id });
    communeB = await createUnit(app, admin, { name: 'Xã B', kind: 'commune', parentId: department.id });
    const schoolA1 = await createUnit(app, admin, {
      name: 'THCS A1',
      kind: 'school',
      level: 'THCS',
      parentId: communeA.id,
      staffCount: 10,
      studentCount: 40,
    });
    const schoolA2 = await createUnit(app, admin, { name: 'TH A2', kind: 'school', level: 'TH', parentId: communeA.id });
    const schoolB1 = await createUnit(app, admin, { name: 'THCS B1', kind: 'school', level: 'THCS', parentId: communeB.id });
    await loadSeedBank(app, department.id);
    const organizer = await createUser(app, admin, { fullName: 'Tổ Chức B', role: 'organizer', unitId: communeB.id });
    organizerB = await app.login(organizer.username, organizer.password);
    contestId = (await publishedContest(app, admin, { ownerUnitId: department.id, attemptsAllowed: 2 })).id;
    const [a1x, a1y, a2, b1] = await Promise.all([
      student(schoolA1.id, 'An'),
      student(schoolA1.id, 'Bình'),
      student(schoolA2.id, 'Cường'),
      student(schoolB1.id, 'Dung'),
    ]);
    await takeWithScore(a1x!, 5);
    await takeWithScore(a1y!, 0);
    await takeWithScore(a1y!, 1); // best of two counts: 1
    await takeWithScore(a2!, 3);
    await takeWithScore(b1!, 2);
    await student(schoolB1.id, 'Em'); // registered, did not take part
  });
  afterAll(() => app.close());

  it('rolls participation and scores up to each child unit, with a total row and a row per level', async () => {
    const report = (await app.get(`/api/reports/contests/${contestId}/units`, { token: admin })).body;
    expect(report.parentId).toBe(department.id);
    const [rowA, rowB] = report.rows;
    expect(rowA).toMatchObject({
      unitName: 'Xã A',
      hasChildren: true,
      headcount: 50,
      registered: 3,
      participants: 3,
      participationRate: 0.06,
      attempts: 4,
      meanScore: 3,
      medianScore: 3,
      highestScore: 5,
      fullMarks: 1,
    });
    expect(rowA.distribution).toEqual([0, 0, 1, 0, 0, 0, 1, 0, 0, 1]);
    expect(rowB).toMatchObject({
      unitName: 'Xã B',
      headcount: null,
      registered: 2,
      participants: 1,
      participationRate: null,
      attempts: 1,
      meanScore: 2,
    });
    expect(report.total).toMatchObject({
      participants: 4,
      attempts: 5,
      meanScore: 2.75,
      medianScore: 2.5,
      highestScore: 5,
      fullMarks: 1,
      registered: 5,
    });
    expect(report.byLevel.map((row: { unitName: string; participants: number }) => [row.unitName, row.participants])).toEqual([
      ['TH', 1],
      ['THCS', 3],
    ]);
  });

  it('drills down to the schools of a commune', async () => {
    const report = (await app.get(`/api/reports/contests/${contestId}/units?parentId=${communeA.id}`, { token: admin })).body;
    expect(
      report.rows.map((row: { unitName: string; participants: number; participationRate: number | null }) => [
        row.unitName,
        row.participants,
        row.participationRate,
      ]),
    ).toEqual([
      ['TH A2', 1, null],
      ['THCS A1', 2, 0.04],
    ]);
  });

  it('keeps an organizer inside their subtree', async () => {
    const own = (await app.get(`/api/reports/contests/${contestId}/units`, { token: organizerB })).body;
    expect(own.parentId).toBe(communeB.id);
    expect(own.rows.map((row: { unitName: string }) => row.unitName)).toEqual(['THCS B1']);
    expect((await app.get(`/api/reports/contests/${contestId}/units?parentId=${communeA.id}`, { token: organizerB })).body.code).toBe(
      'OUT_OF_SCOPE',
    );
  });

  it('exports the table to .xlsx with Vietnamese headers and the total row', async () => {
    const response = await fetch(`${app.baseUrl}/api/reports/contests/${contestId}/export?format=xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Đơn vị');
    expect(sheet.getCell('E2').value).toBe(3);
    expect(sheet.getCell('A4').value).toBe('Tổng cộng — Sở Báo cáo');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
