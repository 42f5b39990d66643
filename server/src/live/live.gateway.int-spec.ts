import ExcelJS from 'exceljs';
import type { Socket } from 'socket.io-client';
import { publishedContest } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import type {
  LiveAnswerCount,
  LiveFinished,
  LiveHostView,
  LiveJoinResult,
  LiveLeaderboard,
  LiveLobby,
  LivePlayerResult,
  LiveQuestionView,
  LiveRescueNotice,
  LiveReveal,
  LiveRoundState,
} from './live-contract.js';
import {
  approvedQuestions,
  closeAll,
  connected,
  createRound,
  eventually,
  liveSocket,
  nextEvent,
  ok,
  record,
  refused,
  type RoundKey,
} from './testing/live-test-kit.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const speedPoints = (ms: number, seconds: number) => Math.round(1000 * (1 - ms / (seconds * 1000) / 2));

describe('live rounds (integration)', () => {
  let app: TestApp;
  let organizer: string;
  let otherOrganizer: string;
  let participant: string;
  let participantName: string;
  let communeA: { id: string };
  let schoolA: { id: string };
  let schoolB: { id: string };
  let schoolC: { id: string };
  let singles: string[];
  let extras: { multiple: string; trueFalse: string; draft: string; shortText: string };
  const sockets: Socket[] = [];

  const open = async (token?: string) => {
    const socket = liveSocket(app, token);
    sockets.push(socket);
    return connected(socket);
  };
  const join = (socket: Socket, round: RoundKey, fields: Record<string, unknown> = {}) =>
    ok<LiveJoinResult>(socket, 'player:join', { pin: round.pin, ...fields });

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Sở GD&ĐT Trực tiếp', kind: 'department' });
    communeA = await createUnit(app, admin, { name: 'Xã Vĩnh Lộc', kind: 'commune', parentId: department.id });
    const communeB = await createUnit(app, admin, { name: 'Xã Bình Lợi', kind: 'commune', parentId: department.id });
    schoolA = await createUnit(app, admin, { name: 'Trường TH Vĩnh Lộc 1', kind: 'school', level: 'TH', parentId: communeA.id });
    schoolB = await createUnit(app, admin, { name: 'Trường THCS Vĩnh Lộc A', kind: 'school', level: 'THCS', parentId: communeA.id });
    schoolC = await createUnit(app, admin, { name: 'Trường TH Bình Lợi', kind: 'school', level: 'TH', parentId: communeB.id });
    const o = await createUser(app, admin, { fullName: 'Tổ Chức Vĩnh Lộc', role: 'organizer', unitId: communeA.id });
    const p = await createUser(app, admin, { fullName: 'Tổ Chức Bình Lợi', role: 'organizer', unitId: communeB.id });
    participantName = 'Nguyễn Thị Ánh Tuyết';
    const s = await createUser(app, admin, {
      fullName: participantName,
      role: 'participant',
      unitId: schoolA.id,
      kind: 'student',
      className: '5A',
    });
    organizer = await app.login(o.username, o.password);
    otherOrganizer = await app.login(p.username, p.password);
    participant = await app.login(s.username, s.password);
    const option = (text: string, correct: boolean) => ({ text, correct });
    const ids = await approvedQuestions(app, department.id, 6, [
      {
        type: 'multiple',
        stem: 'Những hình thức nào là danh hiệu thi đua?',
        options: [option('Chiến sĩ thi đua cơ sở', true), option('Lao động tiên tiến', true), option('Huân chương Lao động', false)],
        status: 'approved',
      },
      {
        type: 'true_false',
        stem: 'Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ 01/01/2024.',
        options: [option('Đúng', true), option('Sai', false)],
        status: 'approved',
      },
      { type: 'single', stem: 'Câu hỏi nháp chưa duyệt', options: [option('A', true), option('B', false)], status: 'draft' },
      { type: 'short_text', stem: 'Luật số mấy?', accepted: ['06/2022/QH15'], status: 'approved' },
    ]);
    singles = ids.slice(0, 6);
    extras = { multiple: ids[6]!, trueFalse: ids[7]!, draft: ids[8]!, shortText: ids[9]! };
  });
  afterEach(() => closeAll(sockets));
  afterAll(() => app.close());

  describe('REST', () => {
    it('creates a round from approved choice questions with a PIN, and refuses what cannot be played', async () => {
      const body = { title: 'Rung chuông vàng Xã Vĩnh Lộc', mode: 'speed', secondsPerQuestion: 15 };
      const created = await app.post(
        '/api/live-rounds',
        { ...body, questionIds: [singles[0], extras.multiple, extras.trueFalse], secondsOverrides: [{ questionIndex: 1, seconds: 30 }] },
        { token: organizer },
      );
      expect(created.status).toBe(201);
      expect(created.body.pin).toMatch(/^[1-9]\d{5}$/);
      const round = await app.get(`/api/live-rounds/${created.body.id}`, { token: organizer });
      expect(round.body).toMatchObject({
        title: body.title,
        mode: 'speed',
        pin: created.body.pin,
        status: 'lobby',
        phase: 'lobby',
        questionCount: 3,
        playerCount: 0,
        ownerUnitId: communeA.id,
        settings: { allowGuests: true, requireSchool: false, lateJoinUntilQuestion: 0, rescueScope: 'last', showStemOnPhones: false },
      });
      expect(round.body.questions.map((q: { type: string; seconds: number }) => [q.type, q.seconds])).toEqual([
        ['single', 15],
        ['multiple', 30],
        ['true_false', 15],
      ]);
      expect(round.body.questions[1].options.filter((o: { correct: boolean }) => o.correct)).toHaveLength(2);

      const post = (extra: Record<string, unknown>, token = organizer) => app.post('/api/live-rounds', { ...body, ...extra }, { token });
      expect((await post({ questionIds: [singles[0], extras.draft] })).body.code).toBe('LIVE_QUESTION_NOT_USABLE');
      expect((await post({ questionIds: [extras.shortText] })).body.code).toBe('LIVE_QUESTION_NOT_USABLE');
      expect((await post({ questionIds: ['00000000-0000-4000-8000-000000000000'] })).body.code).toBe('QUESTION_NOT_FOUND');
      expect((await post({})).body.code).toBe('VALIDATION_FAILED');
      expect((await post({ questionIds: [singles[0]], secondsOverrides: [{ questionIndex: 3, seconds: 20 }] })).body.code).toBe(
        'VALIDATION_FAILED',
      );
      expect((await post({ questionIds: [singles[0]], secondsPerQuestion: 2 })).body.code).toBe('VALIDATION_FAILED');
      expect((await post({ questionIds: [singles[0]], mode: 'kahoot' })).body.code).toBe('VALIDATION_FAILED');
      const byParticipant = await post({ questionIds: [singles[0]] }, participant);
      expect([byParticipant.status, byParticipant.body.code]).toEqual([403, 'FORBIDDEN']);

      const mine = await app.get('/api/live-rounds', { token: organizer });
      expect(mine.body.map((r: { id: string }) => r.id)).toContain(created.body.id);
      const theirs = await app.get('/api/live-rounds', { token: otherOrganizer });
      expect(theirs.body.map((r: { id: string }) => r.id)).not.toContain(created.body.id);
      expect((await app.get(`/api/live-rounds/${created.body.id}`, { token: otherOrganizer })).body.code).toBe('LIVE_ROUND_NOT_FOUND');

      const info = await app.get(`/api/live/join?pin=${created.body.pin}`);
      expect(info.status).toBe(200);
      expect(info.body).toMatchObject({
        title: body.title,
        mode: 'speed',
        allowGuests: true,
        requireSchool: false,
        phase: 'lobby',
        joinable: true,
      });
      expect(info.body.schools.map((school: { id: string }) => school.id).sort()).toEqual([schoolA.id, schoolB.id].sort());
      for (const pin of ['012345', 'abc']) {
        const missing = await app.get(`/api/live/join?pin=${pin}`);
        expect([missing.status, missing.body.code]).toEqual([404, 'LIVE_ROUND_NOT_FOUND']);
      }
    });

    it("draws a round from a published contest's frozen pool, choice questions only", async () => {
      const contest = await publishedContest(app, organizer, { questionCount: 5 });
      const created = await app.post(
        '/api/live-rounds',
        { title: 'Từ cuộc thi', contestId: contest.id, questionCount: 4, mode: 'flat' },
        { token: organizer },
      );
      expect(created.status).toBe(201);
      const round = await app.get(`/api/live-rounds/${created.body.id}`, { token: organizer });
      expect(round.body.contestId).toBe(contest.id);
      expect(round.body.questions).toHaveLength(4);
      for (const question of round.body.questions) expect(['single', 'multiple', 'true_false']).toContain(question.type);
      expect(new Set(round.body.questions.map((q: { questionId: string }) => q.questionId)).size).toBe(4);
    });
  });

  it('runs a speed round: join, kick, answers refused with codes, points from the server clock, reconnect, two host devices', async () => {
    const round = await createRound(app, organizer, {
      title: 'Kahoot lớp 5',
      questionIds: singles.slice(0, 3),
      mode: 'speed',
      secondsPerQuestion: 20,
    });
    const host = await open(organizer);
    const view = await ok<LiveHostView>(host, 'host:open', { roundId: round.id });
    expect(view).toMatchObject({
      pin: round.pin,
      state: { phase: 'lobby', questionIndex: -1, questionCount: 3, playerCount: 0 },
      lobby: { count: 0 },
    });
    expect(view.joinUrl).toContain(`/play?pin=${round.pin}`);
    const counts = record<LiveAnswerCount>(host, 'round:answers');

    let anh = await open();
    const binh = await open();
    const student = await open(participant);
    const stranger = await open();
    expect(await refused(stranger, 'player:join', { pin: round.pin, nickname: 'đ.m' })).toBe('LIVE_NICKNAME_REJECTED');
    expect(await refused(stranger, 'player:join', { pin: round.pin, nickname: '   ' })).toBe('LIVE_NICKNAME_REJECTED');
    expect(await refused(stranger, 'player:join', { pin: round.pin === '999999' ? '999998' : '999999', nickname: 'An' })).toBe(
      'LIVE_ROUND_NOT_FOUND',
    );
    const lobby = nextEvent<LiveLobby>(host, 'round:players', 5_000, (update) => update.count === 3);
    const a = await join(anh, round, { nickname: 'Minh  Anh ' });
    expect(a).toMatchObject({
      state: { phase: 'lobby', roundId: round.id },
      me: { nickname: 'Minh Anh', score: 0, streak: 0, eliminated: false },
    });
    expect(a.resumeToken.length).toBeGreaterThan(20);
    expect(await refused(stranger, 'player:join', { pin: round.pin, nickname: 'minh anh' })).toBe('LIVE_NICKNAME_TAKEN');
    const b = await join(binh, round, { nickname: 'Bình' });
    const s = await join(student, round, { nickname: 'ignored for accounts' });
    expect(s.me).toMatchObject({ nickname: participantName, unitName: 'Trường TH Vĩnh Lộc 1' });
    expect((await lobby).players.map((player) => player.nickname)).toEqual(['Minh Anh', 'Bình', participantName]);

    const kicked = nextEvent(binh, 'player:kicked');
    expect(await ok<LiveRoundState>(host, 'host:kick', { playerId: b.playerId })).toMatchObject({ playerCount: 2 });
    expect(await kicked).toEqual({ playerId: b.playerId });
    expect(await refused(binh, 'player:join', { pin: round.pin, resumeToken: b.resumeToken })).toBe('LIVE_PLAYER_KICKED');
    expect(await refused(await open(), 'player:join', { pin: round.pin, resumeToken: b.resumeToken })).toBe('LIVE_PLAYER_KICKED');
    expect(await refused(anh, 'host:start')).toBe('LIVE_NOT_HOST');
    expect(await refused(await open(otherOrganizer), 'host:open', { roundId: round.id })).toBe('LIVE_NOT_HOST');
    expect(await refused(await open(participant), 'host:open', { roundId: round.id })).toBe('LIVE_NOT_HOST');
    expect(await refused(anh, 'player:answer', { questionIndex: 0, response: round.right[0]![0] })).toBe('LIVE_WRONG_QUESTION');
    expect(await refused(host, 'host:reveal')).toBe('LIVE_INVALID_TRANSITION');

    const phoneQuestion = nextEvent<LiveQuestionView>(anh, 'round:question');
    const hostQuestion = nextEvent<LiveQuestionView>(host, 'round:question');
    expect(await ok<LiveRoundState>(host, 'host:start')).toMatchObject({ phase: 'question', questionIndex: 0, playerCount: 2 });
    const question = await phoneQuestion;
    expect(question).toMatchObject({ index: 0, count: 3, type: 'single', seconds: 20 });
    expect(question.stem).toBeUndefined();
    expect(question.options).toHaveLength(4);
    expect(Date.parse(question.closesAt) - Date.parse(question.openedAt)).toBe(20_000);
    expect((await hostQuestion).stem).toContain('Câu hỏi trực tiếp số 1');
    expect(await refused(await open(), 'player:join', { pin: round.pin, nickname: 'Đến muộn' })).toBe('LIVE_JOIN_CLOSED');

    await sleep(300);
    const first = await ok<{ accepted: true; answeredAtMs: number }>(anh, 'player:answer', {
      questionIndex: 0,
      response: round.right[0]![0],
    });
    expect(first.accepted).toBe(true);
    expect(first.answeredAtMs).toBeGreaterThanOrEqual(300);
    expect(first.answeredAtMs).toBeLessThan(10_000);
    expect(await refused(anh, 'player:answer', { questionIndex: 0, response: round.wrong[0] })).toBe('LIVE_ALREADY_ANSWERED');
    expect(await refused(student, 'player:answer', { questionIndex: 1, response: round.right[0]![0] })).toBe('LIVE_WRONG_QUESTION');
    expect(await refused(student, 'player:answer', { questionIndex: 0, response: 'not-an-option' })).toBe('ANSWER_INVALID');
    expect(await refused(student, 'player:answer', { questionIndex: 'x', response: 'y' })).toBe('VALIDATION_FAILED');
    expect(await refused(binh, 'player:answer', { questionIndex: 0, response: round.right[0]![0] })).toBe('LIVE_PLAYER_KICKED');
    expect(await refused(stranger, 'player:answer', { questionIndex: 0, response: round.right[0]![0] })).toBe('LIVE_NOT_JOINED');
    await eventually(() => counts.some((count) => count.answered === 1));
    expect(counts.at(-1)).toEqual({ questionIndex: 0, answered: 1, eligible: 2 });

    const resultA = nextEvent<LivePlayerResult>(anh, 'player:result');
    const resultS = nextEvent<LivePlayerResult>(student, 'player:result');
    const revealed = nextEvent<LiveReveal>(student, 'round:reveal');
    await ok(host, 'host:reveal');
    expect(await refused(student, 'player:answer', { questionIndex: 0, response: round.right[0]![0] })).toBe('LIVE_QUESTION_CLOSED');
    const reveal = await revealed;
    expect(reveal).toMatchObject({
      questionIndex: 0,
      correctOptionIds: round.right[0],
      noAnswer: 1,
      explanation: expect.stringContaining('Luật'),
    });
    expect(reveal.distribution.find((entry) => entry.optionId === round.right[0]![0])?.count).toBe(1);
    expect(await resultA).toEqual({
      questionIndex: 0,
      correct: true,
      answered: true,
      points: speedPoints(first.answeredAtMs, 20),
      score: speedPoints(first.answeredAtMs, 20),
      streak: 1,
      rank: 1,
      eliminated: false,
    });
    expect(await resultS).toMatchObject({ answered: false, correct: false, points: 0, score: 0, streak: 0, rank: 2 });

    const board = nextEvent<LiveLeaderboard>(student, 'round:leaderboard');
    await ok(host, 'host:next', { fromPhase: 'revealed' });
    // A second host device pressing "next" at the same moment does not skip the leaderboard.
    expect(await refused(host, 'host:next', { fromPhase: 'revealed' })).toBe('LIVE_INVALID_TRANSITION');
    expect(await refused(host, 'host:next', { fromPhase: 'somewhere' })).toBe('VALIDATION_FAILED');
    expect(await refused(host, 'host:next', { skip: true })).toBe('VALIDATION_FAILED');
    expect((await board).top.map((standing) => [standing.nickname, standing.rank])).toEqual([
      ['Minh Anh', 1],
      [participantName, 2],
    ]);
    await ok(host, 'host:next');
    // Question 2: both answer, so it closes at once; the streak adds 100.
    const closed = nextEvent<LiveRoundState>(anh, 'round:state', 5_000, (state) => state.phase === 'closed');
    await ok(student, 'player:answer', { questionIndex: 1, response: round.wrong[1] });
    const second = await ok<{ answeredAtMs: number }>(anh, 'player:answer', { questionIndex: 1, response: round.right[1]![0] });
    expect(await closed).toMatchObject({ questionIndex: 1, phase: 'closed' });
    const secondResult = nextEvent<LivePlayerResult>(anh, 'player:result');
    await ok(host, 'host:reveal');
    const scoreAfterTwo = speedPoints(first.answeredAtMs, 20) + speedPoints(second.answeredAtMs, 20) + 100;
    expect(await secondResult).toMatchObject({
      correct: true,
      points: speedPoints(second.answeredAtMs, 20) + 100,
      score: scoreAfterTwo,
      streak: 2,
    });
    await ok(host, 'host:next');
    await ok(host, 'host:next');

    // A phone reloads mid-question: same player, score and streak; the question is still open.
    anh.close();
    await sleep(100);
    anh = await open();
    const back = await join(anh, round, { resumeToken: a.resumeToken });
    expect(back.playerId).toBe(a.playerId);
    expect(back.me).toMatchObject({ score: scoreAfterTwo, streak: 2, rank: 1, answered: false });
    expect(back.state).toMatchObject({ phase: 'question', questionIndex: 2, question: { index: 2 } });
    expect(back.state.question!.stem).toBeUndefined();
    await ok(anh, 'player:answer', { questionIndex: 2, response: round.right[2]![0] });

    // The projector reconnects; a phone opens as a second host device and reveals.
    host.close();
    const projector = await open(organizer);
    const caughtUp = await ok<LiveHostView>(projector, 'host:open', { roundId: round.id });
    expect(caughtUp).toMatchObject({ state: { phase: 'question', questionIndex: 2 }, answerCount: { answered: 1, eligible: 2 } });
    expect(caughtUp.question!.stem).toContain('Câu hỏi trực tiếp số 3');
    const hostPhone = await open(organizer);
    await ok(hostPhone, 'host:open', { roundId: round.id });
    const onProjector = nextEvent<LiveReveal>(projector, 'round:reveal');
    await ok(hostPhone, 'host:reveal');
    expect((await onProjector).questionIndex).toBe(2);
    const finished = nextEvent<LiveFinished>(student, 'round:finished');
    await ok(projector, 'host:end');
    const podium = (await finished).podium;
    expect(podium.map((standing) => standing.nickname)).toEqual(['Minh Anh', participantName]);
    expect(await refused(projector, 'host:next')).toBe('LIVE_INVALID_TRANSITION');

    const results = await app.get(`/api/live-rounds/${round.id}/results`, { token: organizer });
    expect(results.status).toBe(200);
    expect(results.body.round).toMatchObject({ status: 'finished', phase: 'finished' });
    expect(
      results.body.players.map((player: { nickname: string; rank: number | null; kicked: boolean }) => [
        player.nickname,
        player.rank,
        player.kicked,
      ]),
    ).toEqual([
      ['Minh Anh', 1, false],
      [participantName, 2, false],
      ['Bình', null, true],
    ]);
    expect(results.body.players[0].score).toBe(scoreAfterTwo + speedPoints(results.body.answers.at(-1).responseMs, 20) + 200);
    expect(results.body.answers).toHaveLength(4);
    for (const answer of results.body.answers) expect(Number.isNaN(Date.parse(answer.answeredAt))).toBe(false);
    expect(results.body.answers[0]).toMatchObject({
      playerId: a.playerId,
      questionIndex: 0,
      responseMs: first.answeredAtMs,
      correct: true,
    });
    expect((await app.get(`/api/live-rounds/${round.id}/results`, { token: otherOrganizer })).body.code).toBe('LIVE_ROUND_NOT_FOUND');
    expect((await app.get(`/api/live/join?pin=${round.pin}`)).body.code).toBe('LIVE_ROUND_NOT_FOUND');
  });

  it('closes a question on the server clock and refuses a late answer; flat mode counts correct answers', async () => {
    const round = await createRound(app, organizer, {
      title: 'Hết giờ',
      questionIds: singles.slice(0, 2),
      mode: 'flat',
      secondsPerQuestion: 5,
    });
    const host = await open(organizer);
    await ok(host, 'host:open', { roundId: round.id });
    const fast = await open();
    const slow = await open();
    await join(fast, round, { nickname: 'Nhanh' });
    await join(slow, round, { nickname: 'Chậm' });
    const opened = nextEvent<LiveQuestionView>(slow, 'round:question');
    await ok(host, 'host:start');
    const question = await opened;
    await ok(fast, 'player:answer', { questionIndex: 0, response: round.right[0]![0] });
    const closed = await nextEvent<LiveRoundState>(slow, 'round:state', 8_000, (state) => state.phase === 'closed');
    expect(Date.parse(closed.serverNow) - Date.parse(question.closesAt)).toBeGreaterThanOrEqual(0);
    expect(await refused(slow, 'player:answer', { questionIndex: 0, response: round.right[0]![0] })).toBe('LIVE_QUESTION_CLOSED');
    const result = nextEvent<LivePlayerResult>(fast, 'player:result');
    await ok(host, 'host:reveal');
    expect(await result).toMatchObject({ correct: true, points: 1, score: 1 });
  });

  it('runs Rung chuông vàng: elimination at the reveal, a logged rescue, the best player and the golden bell', async () => {
    const round = await createRound(app, organizer, {
      title: 'Rung chuông vàng',
      questionIds: singles.slice(0, 3),
      mode: 'elimination',
      secondsPerQuestion: 20,
    });
    const host = await open(organizer);
    await ok(host, 'host:open', { roundId: round.id });
    const [p1, p2, p3] = [await open(), await open(), await open()];
    const j1 = await join(p1, round, { nickname: 'Lan' });
    const j2 = await join(p2, round, { nickname: 'Huệ' });
    const j3 = await join(p3, round, { nickname: 'Cúc' });
    await ok(host, 'host:start');
    await ok(p1, 'player:answer', { questionIndex: 0, response: round.right[0]![0] });
    await ok(p2, 'player:answer', { questionIndex: 0, response: round.wrong[0] });
    await ok(p3, 'player:answer', { questionIndex: 0, response: round.right[0]![0] });
    const hostReveal = nextEvent<LiveReveal>(host, 'round:reveal');
    const phoneReveal = nextEvent<LiveReveal>(p1, 'round:reveal');
    const out = nextEvent<LivePlayerResult>(p2, 'player:result');
    await ok(host, 'host:reveal');
    expect(await hostReveal).toMatchObject({ eliminatedPlayerIds: [j2.playerId], eliminatedCount: 1, remaining: 2 });
    expect((await hostReveal).onFloor!.map((player) => player.nickname)).toEqual(['Lan', 'Cúc']);
    const phone = await phoneReveal;
    expect(phone).toMatchObject({ eliminatedCount: 1, remaining: 2 });
    expect(phone.eliminatedPlayerIds).toBeUndefined();
    expect(await out).toMatchObject({ correct: false, eliminated: true });

    const notice = nextEvent<LiveRescueNotice>(host, 'round:rescue');
    const phoneNotice = nextEvent<LiveRescueNotice>(p1, 'round:rescue');
    const back = nextEvent<LivePlayerResult>(p2, 'player:result');
    expect(await ok<LiveRoundState>(host, 'host:rescue', {})).toMatchObject({ remaining: 3 });
    expect(await notice).toEqual({ questionIndex: 0, scope: 'last', count: 1, playerIds: [j2.playerId], remaining: 3 });
    expect((await phoneNotice).playerIds).toBeUndefined();
    expect((await back).eliminated).toBe(false);
    expect(await refused(host, 'host:rescue', { scope: 'last' })).toBe('LIVE_RESCUE_NOT_POSSIBLE');
    expect(await refused(host, 'host:rescue', { scope: 'some' })).toBe('VALIDATION_FAILED');

    await ok(host, 'host:next');
    await ok(host, 'host:next');
    await ok(p1, 'player:answer', { questionIndex: 1, response: round.right[1]![0] });
    await ok(p2, 'player:answer', { questionIndex: 1, response: round.wrong[1] });
    await ok(p3, 'player:answer', { questionIndex: 1, response: round.wrong[1] });
    const second = nextEvent<LiveReveal>(host, 'round:reveal');
    await ok(host, 'host:reveal');
    expect(await second).toMatchObject({ remaining: 1, eliminatedCount: 2 });
    await ok(host, 'host:next');
    await ok(host, 'host:next');
    expect(await refused(p2, 'player:answer', { questionIndex: 2, response: round.right[2]![0] })).toBe('LIVE_ELIMINATED');
    await ok(p1, 'player:answer', { questionIndex: 2, response: round.right[2]![0] });
    const bell = nextEvent<LiveReveal>(host, 'round:reveal');
    await ok(host, 'host:reveal');
    expect((await bell).goldenBellPlayerIds).toEqual([j1.playerId]);
    await ok(host, 'host:next');
    const finished = nextEvent<LiveFinished>(p3, 'round:finished');
    await ok(host, 'host:next');
    expect(await finished).toMatchObject({ bestPlayerId: j1.playerId, goldenBellPlayerIds: [j1.playerId] });

    const results = (await app.get(`/api/live-rounds/${round.id}/results`, { token: organizer })).body;
    expect(results.rescues).toEqual([
      { afterQuestion: 0, scope: 'last', playerIds: [j2.playerId], at: expect.any(String), byUserId: expect.any(String) },
    ]);
    expect(results.bestPlayerId).toBe(j1.playerId);
    const byName = Object.fromEntries(results.players.map((player: { nickname: string }) => [player.nickname, player])) as Record<
      string,
      { score: number; eliminated: boolean; eliminatedAtQuestion: number | null; goldenBell: boolean }
    >;
    expect(byName.Lan).toMatchObject({ score: 3, eliminated: false, goldenBell: true });
    expect(byName['Huệ']).toMatchObject({ score: 0, eliminated: true, eliminatedAtQuestion: 1 });
    expect(byName['Cúc']).toMatchObject({ score: 1, eliminated: true, eliminatedAtQuestion: 1 });
    expect(j3.playerId).toBeDefined();

    const exported = await fetch(`${app.baseUrl}/api/live-rounds/${round.id}/export?format=xlsx`, {
      headers: { authorization: `Bearer ${organizer}` },
    });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exported.arrayBuffer()) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kết quả', 'Theo trường', 'Câu trả lời', 'Cứu trợ']);
    const players = workbook.getWorksheet('Kết quả')!;
    expect(players.getRow(2).getCell(2).value).toBe('Lan');
    expect(String(players.getRow(2).getCell(9).value)).toContain('Rung chuông vàng');
    const answers = workbook.getWorksheet('Câu trả lời')!;
    expect(answers.rowCount).toBe(1 + 7);
    expect(answers.getRow(2).getCell(8).value).toMatch(/^\d{2}:\d{2}:\d{2},\d{3} \d{2}\/\d{2}\/\d{4}$/);
    expect(String(answers.getRow(2).getCell(4).value)).toMatch(/^A\. Đúng 1$/);
  });

  it('holds to the join rules: accounts only, schools from the round’s unit, no late joiners unless allowed', async () => {
    const accountsOnly = await createRound(app, organizer, {
      title: 'Chỉ tài khoản',
      questionIds: singles.slice(0, 2),
      mode: 'flat',
      allowGuests: false,
      requireSchool: true,
    });
    expect(await refused(await open(), 'player:join', { pin: accountsOnly.pin, nickname: 'Khách' })).toBe('LIVE_GUESTS_NOT_ALLOWED');
    const student = await open(participant);
    const first = await join(student, accountsOnly);
    expect(first.me).toMatchObject({ nickname: participantName, unitName: 'Trường TH Vĩnh Lộc 1' });
    const again = await join(await open(participant), accountsOnly);
    expect(again.playerId).toBe(first.playerId);
    expect(again.resumeToken).not.toBe(first.resumeToken);

    const schools = await createRound(app, organizer, {
      title: 'Chọn trường',
      questionIds: singles.slice(0, 2),
      mode: 'speed',
      requireSchool: true,
      lateJoinUntilQuestion: 1,
    });
    const guest = await open();
    expect(await refused(guest, 'player:join', { pin: schools.pin, nickname: 'An' })).toBe('LIVE_SCHOOL_REQUIRED');
    expect(await refused(guest, 'player:join', { pin: schools.pin, nickname: 'An', unitId: schoolC.id })).toBe('UNIT_NOT_FOUND');
    expect(await refused(guest, 'player:join', { pin: schools.pin, nickname: 'An', unitId: communeA.id })).toBe('UNIT_NOT_SCHOOL');
    expect((await join(guest, schools, { nickname: 'An', unitId: schoolB.id })).me.unitName).toBe('Trường THCS Vĩnh Lộc A');
    const host = await open(organizer);
    await ok(host, 'host:open', { roundId: schools.id });
    await ok(host, 'host:start');
    const late = await join(await open(), schools, { nickname: 'Đến trễ', unitId: schoolA.id });
    expect(late.state).toMatchObject({ phase: 'question', questionIndex: 0 });
    await ok(host, 'host:reveal');
    expect((await app.get(`/api/live/join?pin=${schools.pin}`)).body).toMatchObject({ phase: 'revealed', joinable: false });
    expect(await refused(await open(), 'player:join', { pin: schools.pin, nickname: 'Trễ quá', unitId: schoolA.id })).toBe(
      'LIVE_JOIN_CLOSED',
    );
    const board = await ok<LiveHostView>(host, 'host:open', { roundId: schools.id });
    expect(board.reveal?.questionIndex).toBe(0);
  });
});
