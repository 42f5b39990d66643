import ExcelJS from 'exceljs';
import type { Socket } from 'socket.io-client';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import type { LiveJoinResult, LiveQuestionView } from './live-contract.js';
import { approvedQuestions, closeAll, connected, createRound, liveSocket, nextEvent, ok } from './testing/live-test-kit.js';

describe('live rounds in the reports: standings by school and the scoped listing (integration)', () => {
  let app: TestApp;
  let admin: string;
  let organizer: string;
  let otherOrganizer: string;
  let participant: string;
  let communeA: { id: string };
  let communeB: { id: string };
  let schoolA: { id: string };
  let schoolB: { id: string };
  let questions: string[];
  const sockets: Socket[] = [];
  const open = async (token?: string) => {
    const socket = liveSocket(app, token);
    sockets.push(socket);
    return connected(socket);
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Phòng GD&ĐT Báo cáo trực tiếp', kind: 'department' });
    communeA = await createUnit(app, admin, { name: 'Xã Tân Phú', kind: 'commune', parentId: department.id });
    communeB = await createUnit(app, admin, { name: 'Xã Tân Hòa', kind: 'commune', parentId: department.id });
    schoolA = await createUnit(app, admin, { name: 'Trường TH Tân Phú', kind: 'school', level: 'TH', parentId: communeA.id });
    schoolB = await createUnit(app, admin, { name: 'Trường THCS Tân Phú', kind: 'school', level: 'THCS', parentId: communeA.id });
    const o = await createUser(app, admin, { fullName: 'Tổ Chức Tân Phú', role: 'organizer', unitId: communeA.id });
    const p = await createUser(app, admin, { fullName: 'Tổ Chức Tân Hòa', role: 'organizer', unitId: communeB.id });
    const s = await createUser(app, admin, {
      fullName: 'Lê Văn Học',
      role: 'participant',
      unitId: schoolA.id,
      kind: 'student',
      className: '5B',
    });
    organizer = await app.login(o.username, o.password);
    otherOrganizer = await app.login(p.username, p.password);
    participant = await app.login(s.username, s.password);
    questions = await approvedQuestions(app, department.id, 2);
  });
  afterEach(() => closeAll(sockets));
  afterAll(() => app.close());

  it('ranks the schools of a played round by mean score, exports them, and lists the round only within scope', async () => {
    const round = await createRound(app, organizer, { title: 'Rung chuông trường', questionIds: questions, mode: 'flat' });
    const lobbyOnly = await createRound(app, organizer, { title: 'Chưa bắt đầu', questionIds: questions, mode: 'flat' });
    const host = await open(organizer);
    await ok(host, 'host:open', { roundId: round.id });
    const players = {
      an: await open(),
      binh: await open(),
      chi: await open(),
      dung: await open(),
      kicked: await open(),
    };
    await ok<LiveJoinResult>(players.an, 'player:join', { pin: round.pin, nickname: 'An', unitId: schoolA.id });
    await ok<LiveJoinResult>(players.binh, 'player:join', { pin: round.pin, nickname: 'Bình', unitId: schoolA.id });
    await ok<LiveJoinResult>(players.chi, 'player:join', { pin: round.pin, nickname: 'Chi', unitId: schoolB.id });
    await ok<LiveJoinResult>(players.dung, 'player:join', { pin: round.pin, nickname: 'Dũng' });
    const out = await ok<LiveJoinResult>(players.kicked, 'player:join', { pin: round.pin, nickname: 'Em', unitId: schoolB.id });
    await ok(host, 'host:kick', { playerId: out.playerId });

    // Flat: a point per correct answer. An 2, Bình 1, Chi 1, Dũng 0.
    const answer = (socket: Socket, index: number, right: boolean) =>
      ok(socket, 'player:answer', { questionIndex: index, response: right ? round.right[index]![0] : round.wrong[index] });
    let opened = nextEvent<LiveQuestionView>(players.an, 'round:question');
    await ok(host, 'host:start');
    await opened;
    await answer(players.an, 0, true);
    await answer(players.binh, 0, true);
    await answer(players.chi, 0, false);
    await ok(host, 'host:reveal');
    await ok(host, 'host:next');
    opened = nextEvent<LiveQuestionView>(players.an, 'round:question');
    await ok(host, 'host:next');
    await opened;
    await answer(players.an, 1, true);
    await answer(players.binh, 1, false);
    await answer(players.chi, 1, true);
    await ok(host, 'host:reveal');
    await ok(host, 'host:end');

    const results = await app.get(`/api/live-rounds/${round.id}/results`, { token: organizer });
    expect(results.status).toBe(200);
    expect(results.body.schools).toEqual([
      {
        unitId: schoolA.id,
        unitName: 'Trường TH Tân Phú',
        players: 2,
        meanScore: 1.5,
        totalScore: 3,
        bestScore: 2,
        correctCount: 3,
        rank: 1,
      },
      {
        unitId: schoolB.id,
        unitName: 'Trường THCS Tân Phú',
        players: 1,
        meanScore: 1,
        totalScore: 1,
        bestScore: 1,
        correctCount: 1,
        rank: 2,
      },
      { unitId: null, unitName: null, players: 1, meanScore: 0, totalScore: 0, bestScore: 0, correctCount: 0, rank: null },
    ]);

    const exported = await fetch(`${app.baseUrl}/api/live-rounds/${round.id}/export?format=xlsx`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exported.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Theo trường')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Điểm trung bình');
    expect(sheet.getRow(2).values).toEqual([undefined, 1, 'Trường TH Tân Phú', 2, 1.5, 3, 2, 3]);
    expect(sheet.getRow(4).getCell(2).value).toBe('(Không chọn trường)');

    const listed = await app.get('/api/reports/live-rounds', { token: organizer });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({
        id: round.id,
        title: 'Rung chuông trường',
        mode: 'flat',
        status: 'finished',
        ownerUnitId: communeA.id,
        questionCount: 2,
        players: 4,
        schools: 2,
        date: expect.any(String),
        finishedAt: expect.any(String),
      }),
    ]);
    expect(listed.body.map((row: { id: string }) => row.id)).not.toContain(lobbyOnly.id);
    const ids = async (token: string, query = '') =>
      (await app.get(`/api/reports/live-rounds${query}`, { token })).body.map((row: { id: string }) => row.id);
    expect(await ids(admin)).toContain(round.id);
    expect(await ids(admin, `?unitId=${communeA.id}`)).toEqual([round.id]);
    expect(await ids(admin, `?unitId=${communeB.id}`)).toEqual([]);
    expect(await ids(otherOrganizer)).toEqual([]);
    expect(await ids(organizer, `?unitId=${schoolA.id}`)).toEqual([]);

    const outside = await app.get(`/api/reports/live-rounds?unitId=${communeA.id}`, { token: otherOrganizer });
    expect([outside.status, outside.body.code]).toEqual([403, 'OUT_OF_SCOPE']);
    const forbidden = await app.get('/api/reports/live-rounds', { token: participant });
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'FORBIDDEN']);
    const malformed = await app.get('/api/reports/live-rounds?unitId=not-a-uuid', { token: organizer });
    expect([malformed.status, malformed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
