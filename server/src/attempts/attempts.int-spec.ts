import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { CONTEST_EVENTS } from '../realtime/socket-events.js';
import { answerKey, contestBody, loadSeedBank, publishedContest, wrongResponse } from '../testing/contest-fixtures.js';
import { createUnit, createUser } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';
import { AttemptSweeper } from './attempt-sweeper.service.js';

const FORBIDDEN_KEYS = ['correct', 'accepted', 'explanation', 'numericValue', 'numeric', 'citation', 'key', 'weight', 'optionId'];

function assertNoKey(payload: unknown, where: string): void {
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if (name === 'reviewShows') continue; // the contest's review settings, not a key
        if (FORBIDDEN_KEYS.includes(name)) throw new Error(`${where}: "${path}.${name}" would reveal the key`);
        walk(item, `${path}.${name}`);
      }
    }
  };
  walk(payload, '$');
}

describe('timed contests (integration)', () => {
  let app: TestApp;
  let admin: string;
  let organizer: string;
  let otherOrganizer: string;
  let schoolA: { id: string };
  const students: { token: string; id: string }[] = [];

  beforeAll(async () => {
    app = await startTestApp({ ANSWER_GRACE_SECONDS: '0' });
    admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Sở GD&ĐT Thi', kind: 'department' });
    const communeA = await createUnit(app, admin, { name: 'Xã Vĩnh Lộc', kind: 'commune', parentId: department.id });
    const communeB = await createUnit(app, admin, { name: 'Xã Bình Lợi', kind: 'commune', parentId: department.id });
    schoolA = await createUnit(app, admin, {
      name: 'Trường TH Vĩnh Lộc',
      kind: 'school',
      level: 'TH',
      parentId: communeA.id,
      studentCount: 40,
    });
    await loadSeedBank(app, department.id);
    const o = await createUser(app, admin, { fullName: 'Tổ Chức Xã', role: 'organizer', unitId: communeA.id });
    const p = await createUser(app, admin, { fullName: 'Tổ Chức Xã Khác', role: 'organizer', unitId: communeB.id });
    organizer = await app.login(o.username, o.password);
    otherOrganizer = await app.login(p.username, p.password);
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']) {
      const student = await createUser(app, admin, {
        fullName: name,
        role: 'participant',
        unitId: schoolA.id,
        kind: 'student',
        className: '5A',
      });
      students.push({ token: await app.login(student.username, student.password), id: student.id });
    }
  });
  afterAll(() => app.close());

  it('refuses a draw matrix the bank cannot fill, naming the cell', async () => {
    const response = await app.post(
      '/api/contests',
      contestBody({ questionCount: 20, drawMatrix: [{ topic: 'vo-truong-toan', cognitiveLevel: 'high_application', count: 15 }] }),
      { token: organizer },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('CONTEST_MATRIX_UNFILLABLE');
    expect(response.body.details[0]).toMatchObject({ topic: 'vo-truong-toan', cognitiveLevel: 'high_application', count: 15 });
    expect(response.body.details[0].available).toBeLessThan(15);
  });

  it('draws each paper by the matrix, never repeating a question, and sends no key before submission', async () => {
    const matrix = [
      { topic: 'law-ch1-general', cognitiveLevel: 'recognition', count: 3 },
      { topic: 'plan-2023-2025', cognitiveLevel: null, count: 2 },
    ];
    const contest = await publishedContest(app, organizer, { questionCount: 6, drawMatrix: matrix });
    const started = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: students[0]!.token });
    expect(started.status).toBe(201);
    assertNoKey(started.body, 'start');
    const ids: string[] = started.body.questions.map((q: { id: string }) => q.id);
    expect(new Set(ids).size).toBe(6);
    const rows: { topic_code: string; cognitive_level: string }[] = await app.app
      .get(DataSource)
      .query(`SELECT topic_code, cognitive_level FROM question WHERE id = ANY($1)`, [ids]);
    expect(
      rows.filter((row) => row.topic_code === 'law-ch1-general' && row.cognitive_level === 'recognition').length,
    ).toBeGreaterThanOrEqual(3);
    expect(rows.filter((row) => row.topic_code === 'plan-2023-2025').length).toBeGreaterThanOrEqual(2);
    const deadline = Date.parse(started.body.deadlineAt) - Date.parse(started.body.serverNow);
    expect(deadline).toBeGreaterThan(1_190_000);
    expect(deadline).toBeLessThanOrEqual(1_200_000);

    const question = started.body.questions[0];
    const first = await app.request('PUT', `/api/attempts/${started.body.id}/answers/${question.id}`, {
      token: students[0]!.token,
      body: { response: question.options?.[0]?.id ?? 'x', seq: 1 },
    });
    assertNoKey(first.body, 'save');
    const resumed = await app.get(`/api/attempts/${started.body.id}`, { token: students[0]!.token });
    assertNoKey(resumed.body, 'resume');
    const again = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: students[0]!.token });
    expect(again.body.id).toBe(started.body.id);
    const list = await app.get('/api/contests', { token: students[0]!.token });
    assertNoKey(list.body, 'list');
  });

  it('keeps the newest answer: a re-save is harmless, an older sequence number never overwrites', async () => {
    const contest = await publishedContest(app, organizer);
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: students[1]!.token })).body;
    const question = attempt.questions.find((q: { options?: unknown[] }) => q.options && q.options.length >= 2);
    const put = (response: unknown, seq: number) =>
      app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, { token: students[1]!.token, body: { response, seq } });
    const newer = question.type === 'multiple' ? [question.options[1].id] : question.options[1].id;
    const older = question.type === 'multiple' ? [question.options[0].id] : question.options[0].id;
    expect((await put(newer, 5)).body.applied).toBe(true);
    expect((await put(newer, 5)).status).toBe(200);
    const stale = await put(older, 4);
    expect(stale.status).toBe(200);
    expect(stale.body.applied).toBe(false);
    const saved = (await app.get(`/api/attempts/${attempt.id}`, { token: students[1]!.token })).body.answers[question.id];
    expect(saved).toMatchObject({ response: newer, seq: 5 });
    expect((await put('not-an-option', 6)).body.code).toBe('ANSWER_INVALID');
    expect((await put(null, 7)).body.applied).toBe(true); // null clears an answer
    const listed = (
      (await app.get('/api/contests', { token: students[1]!.token })).body as {
        id: string;
        mine: { attemptsUsed: number; activeAttemptId: string };
      }[]
    ).find((c) => c.id === contest.id);
    expect(listed?.mine).toMatchObject({ attemptsUsed: 1, activeAttemptId: attempt.id });
    expect(
      (
        await app.request('PUT', `/api/attempts/${attempt.id}/answers/00000000-0000-4000-8000-000000000000`, {
          token: students[1]!.token,
          body: { response: 'x', seq: 1 },
        })
      ).body.code,
    ).toBe('QUESTION_NOT_IN_ATTEMPT');
    expect(
      (await app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, { token: students[1]!.token, body: { seq: 'x' } }))
        .body.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('writes a burst of saves together: every one acknowledged, the highest seq of each question kept', async () => {
    const contest = await publishedContest(app, organizer);
    const token = students[3]!.token;
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token })).body;
    const key = await answerKey(app, attempt.id);
    const put = (questionId: string, response: unknown, seq: number) =>
      app.request('PUT', `/api/attempts/${attempt.id}/answers/${questionId}`, { token, body: { response, seq } });
    const saves = attempt.questions.flatMap((question: { id: string; type: string; options?: { id: string }[] }) => [
      () => put(question.id, key.get(question.id), 2),
      () => put(question.id, wrongResponse(question, key.get(question.id)), 1),
    ]);
    const results = await Promise.all(saves.map((save: () => Promise<{ status: number }>) => save()));
    expect(results.map((result) => result.status)).toEqual(saves.map(() => 200));
    const saved = (await app.get(`/api/attempts/${attempt.id}`, { token })).body.answers;
    for (const question of attempt.questions) expect(saved[question.id]).toMatchObject({ response: key.get(question.id), seq: 2 });
    expect((await app.post(`/api/attempts/${attempt.id}/submit`, {}, { token })).body.correctCount).toBe(attempt.questions.length);
  });

  it('scores every answer acknowledged while a submit runs, and refuses the rest', async () => {
    const contest = await publishedContest(app, organizer);
    const token = students[3]!.token;
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token })).body;
    const key = await answerKey(app, attempt.id);
    const saves = attempt.questions.map((question: { id: string }) =>
      app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, { token, body: { response: key.get(question.id), seq: 1 } }),
    );
    const submit = app.post(`/api/attempts/${attempt.id}/submit`, {}, { token });
    const [submitted, ...saved] = await Promise.all([submit, ...saves]);
    const acknowledged = saved.filter((result) => result.status === 200).length;
    for (const refused of saved.filter((result) => result.status !== 200)) expect(refused.body.code).toBe('ATTEMPT_SUBMITTED');
    expect(submitted.body.correctCount).toBe(acknowledged);
  });

  it("lets nobody read or write another participant's attempt", async () => {
    const contest = await publishedContest(app, organizer);
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: students[2]!.token })).body;
    expect((await app.get(`/api/attempts/${attempt.id}`, { token: students[3]!.token })).body.code).toBe('ATTEMPT_NOT_FOUND');
    const question = attempt.questions[0];
    expect(
      (
        await app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, {
          token: students[3]!.token,
          body: { response: 'x', seq: 1 },
        })
      ).body.code,
    ).toBe('ATTEMPT_NOT_FOUND');
    expect((await app.post(`/api/attempts/${attempt.id}/submit`, {}, { token: students[3]!.token })).body.code).toBe('ATTEMPT_NOT_FOUND');
    expect((await app.get(`/api/attempts/${attempt.id}`, { token: organizer })).status).toBe(403);
  });

  it('shows an organizer only the contests of their subtree', async () => {
    const contest = await publishedContest(app, organizer, { title: 'Cuộc thi của xã Vĩnh Lộc' });
    expect(((await app.get('/api/contests', { token: organizer })).body as { id: string }[]).map((c) => c.id)).toContain(contest.id);
    expect(((await app.get('/api/contests', { token: otherOrganizer })).body as { id: string }[]).map((c) => c.id)).not.toContain(
      contest.id,
    );
    expect((await app.get(`/api/contests/${contest.id}`, { token: otherOrganizer })).body.code).toBe('CONTEST_NOT_FOUND');
    expect((await app.post(`/api/contests/${contest.id}/publish`, undefined, { token: otherOrganizer })).body.code).toBe('OUT_OF_SCOPE');
  });

  it('scores on submit, counts the best attempt by default and the last one when asked, and limits attempts', async () => {
    for (const counting of ['best', 'last'] as const) {
      const contest = await publishedContest(app, organizer, { counting, attemptsAllowed: 2, title: `Tính lượt ${counting}` });
      const token = students[3]!.token;
      const takeAll = async (right: boolean) => {
        const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token })).body;
        const key = await answerKey(app, attempt.id);
        let seq = 1;
        for (const question of attempt.questions) {
          const response = right ? key.get(question.id) : wrongResponse(question, key.get(question.id));
          expect(
            (await app.request('PUT', `/api/attempts/${attempt.id}/answers/${question.id}`, { token, body: { response, seq: seq++ } }))
              .status,
          ).toBe(200);
        }
        return (await app.post(`/api/attempts/${attempt.id}/submit`, { prediction: 3 }, { token })).body;
      };
      const perfect = await takeAll(true);
      expect(perfect).toMatchObject({ correctCount: 5, questionCount: 5, score: 5, rank: 1, provisional: true });
      expect((await takeAll(false)).correctCount).toBe(0);
      const board = (await app.get(`/api/contests/${contest.id}/leaderboard`, { token: organizer })).body;
      expect(board.entries[0]).toMatchObject({ displayName: 'Phạm Thị Dung', correctCount: counting === 'best' ? 5 : 0 });
      expect(board.units[0]).toMatchObject({ unitName: 'Trường TH Vĩnh Lộc', participants: 1, attempts: 2, participationRate: 0.025 });
      const third = await app.post(`/api/contests/${contest.id}/attempts`, {}, { token });
      expect(third.status).toBe(409);
      expect(third.body.code).toBe('ATTEMPTS_EXHAUSTED');
    }
  });

  it("masks students' names on the public board", async () => {
    const contest = await publishedContest(app, organizer);
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: students[0]!.token })).body;
    await app.post(`/api/attempts/${attempt.id}/submit`, {}, { token: students[0]!.token });
    const publicBoard = (await app.get(`/api/contests/${contest.id}/leaderboard`)).body;
    expect(publicBoard).toMatchObject({
      contestTitle: 'Tìm hiểu Luật Thi đua, khen thưởng năm 2022',
      rounds: [{ name: 'Tuần 1', state: 'open' }],
    });
    expect(publicBoard.entries[0].displayName).toBe('Nguyễn V. A.');
    expect((await app.get(`/api/contests/${contest.id}/leaderboard`, { token: organizer })).body.entries[0].displayName).toBe(
      'Nguyễn Văn An',
    );
  });

  it('shows the review with key and explanation only when the policy allows', async () => {
    const later = await publishedContest(app, organizer, { review: 'after_close' });
    const a = (await app.post(`/api/contests/${later.id}/attempts`, {}, { token: students[1]!.token })).body;
    expect((await app.get(`/api/attempts/${a.id}/review`, { token: students[1]!.token })).body.code).toBe('REVIEW_NOT_AVAILABLE');
    await app.post(`/api/attempts/${a.id}/submit`, {}, { token: students[1]!.token });
    expect((await app.get(`/api/attempts/${a.id}/review`, { token: students[1]!.token })).body.code).toBe('REVIEW_NOT_AVAILABLE');

    const now = await publishedContest(app, organizer, { review: 'immediately' });
    const b = (await app.post(`/api/contests/${now.id}/attempts`, {}, { token: students[1]!.token })).body;
    await app.post(`/api/attempts/${b.id}/submit`, {}, { token: students[1]!.token });
    const review = (await app.get(`/api/attempts/${b.id}/review`, { token: students[1]!.token })).body;
    expect(review.items).toHaveLength(5);
    expect(review.items[0]).toEqual(
      expect.objectContaining({ correct: false, key: expect.anything(), explanation: expect.any(String), citation: expect.any(String) }),
    );
  });

  it('refuses an answer after the deadline, and the sweeper submits what was saved', async () => {
    const contest = await publishedContest(app, organizer, {
      rounds: [
        { name: 'Chớp nhoáng', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 2_500).toISOString() },
      ],
    });
    const token = students[2]!.token;
    const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token })).body;
    const key = await answerKey(app, attempt.id);
    const [first, second] = attempt.questions;
    expect(
      (
        await app.request('PUT', `/api/attempts/${attempt.id}/answers/${first.id}`, {
          token,
          body: { response: key.get(first.id), seq: 1 },
        })
      ).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Date.parse(attempt.deadlineAt) - Date.parse(attempt.serverNow) + 300));
    const late = await app.request('PUT', `/api/attempts/${attempt.id}/answers/${second.id}`, {
      token,
      body: { response: key.get(second.id), seq: 2 },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ATTEMPT_DEADLINE_PASSED');
    await app.app.get(AttemptSweeper).sweep(); // its own 5-second timer may have got there first
    const [row] = await app.app
      .get(DataSource)
      .query(`SELECT status, submitted_by, correct_count FROM attempt WHERE id = $1`, [attempt.id]);
    expect(row).toEqual({ status: 'submitted', submitted_by: 'sweeper', correct_count: 1 });
    expect((await app.post(`/api/contests/${contest.id}/attempts`, {}, { token })).body.code).toBe('CONTEST_NOT_OPEN');
  });

  it('ranks by the prediction closest to the real count once the round closes, and lists prizes and collective rankings', async () => {
    const contest = await publishedContest(app, organizer, {
      title: 'Xếp hạng sau khi đóng',
      rounds: [
        { name: 'Đợt ngắn', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 2_500).toISOString() },
      ],
      prizeCount: 3,
    });
    // Nobody answers: everyone has 0 correct, and the real count of perfect papers is 0.
    for (const [index, prediction] of [7, 0, 3].entries()) {
      const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: students[index]!.token })).body;
      await app.post(`/api/attempts/${attempt.id}/submit`, { prediction }, { token: students[index]!.token });
    }
    const provisional = (await app.get(`/api/contests/${contest.id}/leaderboard`, { token: organizer })).body;
    expect(provisional.provisional).toBe(true);
    expect(provisional.perfectCount).toBeNull(); // during the window: no prediction tie-break yet, shorter time first
    await new Promise((resolve) => setTimeout(resolve, 2_800));
    const final = (await app.get(`/api/contests/${contest.id}/leaderboard`, { token: organizer })).body;
    expect(final).toMatchObject({ provisional: false, perfectCount: 0 });
    expect(final.entries.map((e: { displayName: string }) => e.displayName)).toEqual(['Trần Thị Bình', 'Lê Văn Cường', 'Nguyễn Văn An']);
    const results = (await app.get(`/api/contests/${contest.id}/results`, { token: organizer })).body;
    expect(results.final).toBe(true);
    expect(results.prizes.map((p: { prediction: number }) => p.prediction)).toEqual([0, 3, 7]);
    expect(results.collective.byRate[0]).toMatchObject({ unitName: 'Trường TH Vĩnh Lộc', participants: 3, participationRate: 0.075 });
    expect(results.overall[0]).toMatchObject({ rounds: 1, correctCount: 0 });
    expect((await app.get(`/api/contests/${contest.id}/results`, { token: students[0]!.token })).status).toBe(200);
  });

  it('pushes throttled leaderboard updates to every watcher', async () => {
    const contest = await publishedContest(app, organizer);
    const watchers: Socket[] = [0, 1].map(() =>
      io(`${app.baseUrl}/contests`, { transports: ['websocket'], forceNew: true, reconnection: false }),
    );
    try {
      const updates: number[][] = [[], []];
      for (const [index, socket] of watchers.entries()) {
        const ack = await socket.timeout(5000).emitWithAck(CONTEST_EVENTS.watch, { contestId: contest.id });
        expect(ack.data.participants).toBe(0);
        socket.on(CONTEST_EVENTS.leaderboardUpdate, (board: { participants: number }) => updates[index]!.push(board.participants));
      }
      const bad = await watchers[0]!.timeout(5000).emitWithAck(CONTEST_EVENTS.watch, { contestId: 'nope' });
      expect(bad.error.code).toBe('VALIDATION_FAILED');
      await watchers[0]!.timeout(5000).emitWithAck(CONTEST_EVENTS.watch, { contestId: contest.id });
      for (const student of students) {
        const attempt = (await app.post(`/api/contests/${contest.id}/attempts`, {}, { token: student.token })).body;
        await app.post(`/api/attempts/${attempt.id}/submit`, {}, { token: student.token });
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const received of updates) {
        expect(received.at(-1)).toBe(students.length);
        expect(received.length).toBeLessThan(students.length);
      }
    } finally {
      watchers.forEach((socket) => socket.close());
    }
  });
});
