import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/app-config.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, TestApp } from '../testing/test-app.js';
import { createTestDatabase } from '../testing/test-database.js';
import type { LiveHostView, LiveJoinResult, LivePlayerResult } from './live-contract.js';
import { approvedQuestions, closeAll, connected, createRound, liveSocket, nextEvent, ok, refused } from './testing/live-test-kit.js';

/** An app on a database that outlives it: PostgreSQL (TEST_DATABASE_URL) or an embedded one in a data folder. */
async function startOn(env: Record<string, string>): Promise<TestApp> {
  const config = loadConfig({ ADMIN_PASSWORD, ...env }, { clientDir: '/nonexistent' });
  const app = await createApp(config, process.env.TEST_LOGS ? {} : { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return new TestApp(app, `http://127.0.0.1:${port}`, () => app.close());
}

describe('live rounds across a process restart (integration)', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const sockets: Socket[] = [];
  const open = async (app: TestApp, token?: string) => {
    const socket = liveSocket(app, token);
    sockets.push(socket);
    return connected(socket);
  };

  beforeAll(async () => {
    const database = await createTestDatabase();
    if (database) {
      env = { DATABASE_URL: database.url };
      cleanup = database.drop;
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-live-'));
      env = { DATA_DIR: dataDir };
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
  });
  afterEach(() => closeAll(sockets));
  afterAll(() => cleanup());

  it('rebuilds a round mid-question from the database: players resume with their score, answers stay recorded', async () => {
    let app = await startOn(env);
    const admin = await app.login('admin', ADMIN_PASSWORD);
    const school = await createUnit(app, admin, { name: 'Trường TH Tân Nhựt', kind: 'school', level: 'TH' });
    const host = await createUser(app, admin, { fullName: 'Cô Hạnh', role: 'organizer', unitId: school.id });
    let token = await app.login(host.username, host.password);
    const questionIds = await approvedQuestions(app, school.id, 3);
    const round = await createRound(app, token, { title: 'Sau khi khởi động lại', questionIds, mode: 'speed', secondsPerQuestion: 120 });

    let projector = await open(app, token);
    await ok(projector, 'host:open', { roundId: round.id });
    const mai = await open(app);
    const tung = await open(app);
    const maiJoined = await ok<LiveJoinResult>(mai, 'player:join', { pin: round.pin, nickname: 'Mai' });
    const tungJoined = await ok<LiveJoinResult>(tung, 'player:join', { pin: round.pin, nickname: 'Tùng' });
    await ok(projector, 'host:start');
    await ok(mai, 'player:answer', { questionIndex: 0, response: round.right[0]![0] });
    await ok(tung, 'player:answer', { questionIndex: 0, response: round.wrong[0] });
    const result = nextEvent<LivePlayerResult>(mai, 'player:result');
    await ok(projector, 'host:reveal');
    const before = await result;
    expect(before.score).toBeGreaterThan(500);
    await ok(projector, 'host:next');
    await ok(projector, 'host:next');
    const answered = await ok<{ answeredAtMs: number }>(mai, 'player:answer', { questionIndex: 1, response: round.right[1]![0] });

    closeAll(sockets);
    await app.close();
    app = await startOn(env);
    token = await app.login(host.username, host.password);
    const stored = await app.get(`/api/live-rounds/${round.id}`, { token });
    expect(stored.body).toMatchObject({ status: 'running', phase: 'question', questionIndex: 1, playerCount: 2 });

    const maiBack = await open(app);
    const back = await ok<LiveJoinResult>(maiBack, 'player:join', { pin: round.pin, resumeToken: maiJoined.resumeToken });
    expect(back.playerId).toBe(maiJoined.playerId);
    expect(back.me).toMatchObject({ score: before.score, streak: 1, rank: 1, answered: true });
    expect(back.state).toMatchObject({ phase: 'question', questionIndex: 1, playerCount: 2, question: { index: 1 } });
    expect(await refused(maiBack, 'player:answer', { questionIndex: 1, response: round.right[1]![0] })).toBe('LIVE_ALREADY_ANSWERED');

    const tungBack = await open(app);
    await ok(tungBack, 'player:join', { pin: round.pin, resumeToken: tungJoined.resumeToken });
    projector = await open(app, token);
    const view = await ok<LiveHostView>(projector, 'host:open', { roundId: round.id });
    expect(view).toMatchObject({
      state: { phase: 'question', questionIndex: 1 },
      answerCount: { answered: 1, eligible: 2 },
      lobby: { count: 2 },
    });
    const closed = nextEvent(projector, 'round:state', 5_000, (state: { phase: string }) => state.phase === 'closed');
    await ok(tungBack, 'player:answer', { questionIndex: 1, response: round.right[1]![0] });
    await closed;
    const maiResult = nextEvent<LivePlayerResult>(maiBack, 'player:result');
    await ok(projector, 'host:reveal');
    const speed = Math.round(1000 * (1 - answered.answeredAtMs / 120_000 / 2));
    expect(await maiResult).toMatchObject({ correct: true, points: speed + 100, score: before.score + speed + 100, streak: 2, rank: 1 });

    const results = await app.get(`/api/live-rounds/${round.id}/results`, { token });
    expect(results.body.answers).toHaveLength(4);
    expect(results.body.players.map((player: { nickname: string; score: number }) => [player.nickname, player.score])).toEqual([
      ['Mai', before.score + speed + 100],
      ['Tùng', expect.any(Number)],
    ]);
    closeAll(sockets);
    await app.close();
  });
});
