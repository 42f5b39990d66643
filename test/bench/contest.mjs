#!/usr/bin/env node
// npm run bench:contest [-- N] [--concurrency 200] [--think MS] [--rate 2000[,1000,…]] [--rate-seconds 10] [--profile]
//
// N simulated participants (default 2,000, at most 10,000) take a timed contest on the real
// database (PostgreSQL when DATABASE_URL is set, else the embedded PGlite):
//   setup  the server starts with the demo data (483-question seed bank in the demo department);
//          N accounts are imported as rosters (one CSV per demo school) and signed in; the
//          department organizer creates and publishes a contest (20 questions, 20 minutes, open
//          now); one socket.io watcher (a worker thread) watches its public leaderboard.
//   0      floor: 10,000 × GET /api/health (one SELECT 1 each), the cost of any request here.
//   1      burst: all N start their attempt at once, at most --concurrency requests in flight.
//   2      every participant saves all 20 answers, one PUT each; no think time by default
//          (closed loop: the most the server takes), or --think MS (mean) between answers.
//   2b…    open loop at each --rate (saves/s) for --rate-seconds (re-saves with a higher seq): the
//          latency at that rate, counted from the scheduled send time. --rate 0 skips it.
//   3      every participant submits; submit latency, and the delay from a submit's response to
//          the first leaderboard:update the watcher receives that counts it.
// Per phase: server CPU seconds (utime+stime from /proc/<pid>/stat), PostgreSQL CPU (every local
// postgres process), the load generator's own CPU, machine busy %, server RSS (/proc/<pid>/status).
// --profile: the server runs with --inspect on loopback; a CPU profile is taken per phase and
// summarised (files in a temporary folder, for Chrome DevTools).
// Loopback only; the load generator shares the machine's cores with the server and the database.
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { freePort, startBenchServer } from './bench-server.mjs';
import { CORES, fmt, pad, perSecond, procMemory, reading, summarize, TICK } from './measure.mjs';

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = { n: 2000, concurrency: 200, think: 0, rates: [2000], rateSeconds: 10, loginConcurrency: 8, profile: false };
  const numeric = {
    '--concurrency': 'concurrency',
    '--think': 'think',
    '--rate-seconds': 'rateSeconds',
    '--login-concurrency': 'loginConcurrency',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--profile') options.profile = true;
    else if (arg === '--rate')
      options.rates = String(argv[++i])
        .split(',')
        .map(Number)
        .filter((rate) => rate > 0)
        .map((rate) => Math.min(rate, 20_000));
    else if (numeric[arg]) options[numeric[arg]] = Number(argv[++i]);
    else if (/^\d+$/.test(arg)) options.n = Number(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  for (const [key, value] of Object.entries(options))
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) throw new Error(`bad --${key}`);
  if (options.rates.some((rate) => !Number.isFinite(rate))) throw new Error('bad --rate');
  if (options.n < 1 || options.n > 10_000) throw new Error('N must be 1 to 10,000');
  options.concurrency = Math.min(Math.max(1, options.concurrency), 2000);
  options.loginConcurrency = Math.min(Math.max(1, options.loginConcurrency), 64);
  options.rateSeconds = Math.min(options.rateSeconds, 120);
  return options;
}

const options = parseArgs(process.argv.slice(2));
const N = options.n;
const QUESTIONS = 20;

// ---------------------------------------------------------------- HTTP client (keep-alive, cheap)

let agent;
let base;

// A server that stops answering (no response at all for STALL_MS while requests wait) ends the
// run: every waiting and later request resolves at once with status 0 "stalled".
const STALL_MS = 30_000;
const inFlight = new Set();
let lastResponseAt = performance.now();
let stalled;
let currentPhase = 'setup';
const stallTimer = setInterval(() => {
  if (stalled || inFlight.size === 0 || performance.now() - lastResponseAt < STALL_MS) return;
  stalled = `the server gave no response for ${STALL_MS / 1000} s with ${inFlight.size} requests waiting (${currentPhase})`;
  console.error(`!! ${stalled}; abandoning the run`);
  for (const req of inFlight) req.destroy(new Error('stalled'));
}, 1000);
stallTimer.unref();

/** One JSON request; resolves { status, body, ms, serviceMs } and never rejects (network errors: status 0). */
function request(method, url, { token, body, retries = 1 } = {}) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  if (stalled) return Promise.resolve({ status: 0, body: 'stalled', ms: 0, serviceMs: 0 });
  if (inFlight.size === 0) lastResponseAt = started;
  return new Promise((resolve) => {
    let onSocket = started;
    const req = http.request(
      `${base}${url}`,
      {
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        lastResponseAt = performance.now();
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          inFlight.delete(req);
          const end = performance.now();
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode, body: parsed, ms: end - started, serviceMs: end - onSocket });
        });
        res.on(
          'error',
          () => inFlight.delete(req) && resolve({ status: 0, body: 'response error', ms: performance.now() - started, serviceMs: 0 }),
        );
      },
    );
    req.on('socket', () => (onSocket = performance.now()));
    inFlight.add(req);
    req.on('error', (error) => {
      inFlight.delete(req);
      // A kept-alive socket the server closed as we reused it: every request here is safe to repeat.
      if (retries > 0 && !stalled && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        stats.retries++;
        request(method, url, { token, body, retries: retries - 1 }).then((r) => resolve({ ...r, ms: performance.now() - started }));
      } else resolve({ status: 0, body: error.message, ms: performance.now() - started, serviceMs: 0 });
    });
    if (payload) req.write(payload);
    req.end();
  });
}
const stats = { retries: 0 };
const errorKey = (response) =>
  `${response.status} ${response.body?.code ?? (typeof response.body === 'string' ? response.body.slice(0, 80) : JSON.stringify(response.body)?.slice(0, 80))}`;

class Semaphore {
  constructor(limit) {
    this.limit = limit;
    this.active = 0;
    this.waiting = [];
    this.head = 0;
  }
  acquire() {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release() {
    if (this.head < this.waiting.length) {
      const next = this.waiting[this.head];
      this.waiting[this.head++] = undefined;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting = this.waiting.slice(this.head);
        this.head = 0;
      }
      next();
    } else this.active--;
  }
}

/** Runs `task(item, index)` for every item, at most `limit` at once. */
async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Transactions of the bench database and WAL syncs of the cluster (PostgreSQL only).
let pgClient;
async function pgReading() {
  if (!pgClient) return undefined;
  const database = await pgClient.query(
    `SELECT xact_commit + xact_rollback AS xacts FROM pg_stat_database WHERE datname = current_database()`,
  );
  const wal = await pgClient.query(`SELECT wal_sync FROM pg_stat_wal`).catch(() => ({ rows: [{ wal_sync: NaN }] }));
  const xid = await pgClient.query(`SELECT pg_current_xact_id()::text::bigint AS xid`);
  return { xacts: Number(database.rows[0].xacts), walSyncs: Number(wal.rows[0].wal_sync), xid: Number(xid.rows[0].xid) };
}

const phases = [];
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

async function phase(name, pid, profiler, run) {
  console.error(`… ${name}`);
  currentPhase = name;
  if (profiler) await profiler.start();
  const pgBefore = await pgReading();
  loopDelay.reset();
  const before = reading(pid);
  const result = await run();
  const after = reading(pid);
  // Idle backends flush their statistics within PGSTAT_IDLE_INTERVAL (10 s); the xid counter is exact.
  if (pgClient) await sleep(10_500);
  const pgAfter = await pgReading();
  const profile = profiler ? await profiler.stop(name) : undefined;
  const wall = (after.at - before.at) / 1000;
  const machineTotal = after.machine.total - before.machine.total;
  const row = {
    name,
    wall,
    ...result,
    serverCpu: after.server - before.server,
    postgresCpu: after.postgres !== undefined && before.postgres !== undefined ? after.postgres - before.postgres : undefined,
    loadgenCpu: after.loadgen - before.loadgen,
    machineBusy: machineTotal > 0 ? 1 - (after.machine.idle - before.machine.idle) / machineTotal : NaN,
    machineBusySeconds: (machineTotal - (after.machine.idle - before.machine.idle)) / TICK,
    rssBefore: before.memory.rssMb,
    rssAfter: after.memory.rssMb,
    hwm: after.memory.hwmMb,
    loopP99: loopDelay.percentile(99) / 1e6,
    xacts: pgBefore && pgAfter ? pgAfter.xacts - pgBefore.xacts : undefined,
    walSyncs: pgBefore && pgAfter ? pgAfter.walSyncs - pgBefore.walSyncs : undefined,
    writeXacts: pgBefore && pgAfter ? pgAfter.xid - pgBefore.xid - 1 : undefined,
    profile,
  };
  phases.push(row);
  return row;
}

// ---------------------------------------------------------------- optional CPU profile over the inspector

async function connectProfiler(port) {
  const { default: WebSocket } = await import('ws');
  let list;
  for (let i = 0; i < 40 && !list; i++) {
    list = await fetch(`http://127.0.0.1:${port}/json/list`).then(
      (r) => r.json(),
      () => undefined,
    );
    if (!list) await sleep(250);
  }
  const socket = new WebSocket(list[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const handler = pending.get(message.id);
    if (!handler) return;
    pending.delete(message.id);
    if (message.error) handler.reject(new Error(message.error.message));
    else handler.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      pending.set(++id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 1000 });
  const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-contest-profile-'));
  return {
    dir,
    start: () => send('Profiler.start'),
    stop: async (name) => {
      const { profile } = await send('Profiler.stop');
      const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return { file, ...summarizeProfile(profile) };
    },
    close: () => socket.close(),
  };
}

/** Self time by function and by package/source area. */
function summarizeProfile(profile) {
  const byFunction = new Map();
  const byArea = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    let area;
    let where;
    const modules = url.lastIndexOf('/node_modules/');
    if (!url) area = functionName.startsWith('(') ? functionName : '(native)';
    else if (modules >= 0) {
      const parts = url.slice(modules + 14).split('/');
      area = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      where = url.slice(modules + 14);
    } else if (url.includes('/server/dist/')) {
      area = `lantoa:${url.slice(url.indexOf('/server/dist/') + 13).split('/')[0]}`;
      where = url.slice(url.indexOf('/server/dist/') + 13);
    } else if (url.startsWith('node:')) area = 'node core';
    else area = url;
    where = where ?? url;
    const key = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    byArea.set(area, (byArea.get(area) ?? 0) + hits);
  }
  const top = (map, count) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, hits]) => ({ key, share: hits / total }));
  return { functions: top(byFunction, 15), areas: top(byArea, 12) };
}

// ---------------------------------------------------------------- participants

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Gia', 'Bảo', 'Hoàng', 'Quốc', 'Thu', 'Đức', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Huy',
  'Khánh',
  'Khoa',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'My',
  'Nam',
  'Ngân',
  'Nhi',
  'Phong',
  'Phúc',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Trí',
  'Trung',
  'Tú',
  'Uyên',
  'Vy',
  'Yến',
];

function rosterCsv(school, count, offset) {
  const rows = ['Họ và tên,Đối tượng,Lớp'];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const name = `${FAMILY[n % FAMILY.length]} ${MIDDLE[Math.floor(n / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(n / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`;
    // Kindergartens: staff only; primary and lower secondary: four students for every teacher.
    const student = school.level !== 'MN' && i % 5 !== 0;
    const grade = school.level === 'TH' ? 5 : 9;
    rows.push(student ? `${name},Học sinh,${grade}${'ABCD'[i % 4]}` : `${name},Giáo viên,`);
  }
  return rows.join('\n');
}

function anyResponse(question) {
  const options = question.options ?? [];
  const pick = () => options[Math.floor(Math.random() * options.length)].id;
  switch (question.type) {
    case 'single':
    case 'true_false':
      return pick();
    case 'multiple':
      return [pick()];
    case 'numeric':
      return Math.floor(Math.random() * 100);
    default:
      return 'Luật Thi đua, khen thưởng';
  }
}

// ---------------------------------------------------------------- the run

const profilePort = options.profile ? await freePort() : undefined;
const setupStarted = performance.now();
const server = await startBenchServer({ demo: true, nodeArgs: profilePort ? [`--inspect=127.0.0.1:${profilePort}`] : [] });
const serverUp = performance.now();
base = server.base;
agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(options.concurrency, options.loginConcurrency) });
let watcher;
let profiler;
const setup = {};
let exitCode = 0;

try {
  const organizer = await request('POST', '/api/auth/login', { body: { username: 'tochuc.so', password: 'demo1234' } });
  if (organizer.status !== 200)
    throw new Error(`organizer login: ${organizer.status} ${JSON.stringify(organizer.body)} (is the demo data loaded?)`);
  const organizerToken = organizer.body.token;

  // Rosters: one CSV per demo school, imported one school at a time (one transaction each).
  const units = await request('GET', '/api/units', { token: organizerToken });
  const schools = units.body.filter((unit) => unit.kind === 'school');
  if (schools.length === 0) throw new Error('no demo schools');
  const importStarted = performance.now();
  const accounts = [];
  let offset = 0;
  for (const [index, school] of schools.entries()) {
    const count = Math.floor(N / schools.length) + (index < N % schools.length ? 1 : 0);
    if (count === 0) continue;
    const form = new FormData();
    form.append('unitId', school.id);
    form.append('file', new Blob([rosterCsv(school, count, offset)], { type: 'text/csv' }), 'danh-sach.csv');
    offset += count;
    const response = await fetch(`${base}/api/users/import?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${organizerToken}` },
      body: form,
    });
    const body = await response.json();
    if (!response.ok || body.created !== count)
      throw new Error(`roster import ${school.name}: ${response.status} ${JSON.stringify(body).slice(0, 400)}`);
    for (const credential of body.credentials) accounts.push({ username: credential.username, password: credential.password });
  }
  setup.importSeconds = (performance.now() - importStarted) / 1000;
  setup.schools = schools.length;

  // Sign-ins: argon2 verification, plus the first-sign-in rehash at full cost.
  const loginStarted = performance.now();
  const participants = [];
  let loginFailures = 0;
  const loginErrors = new Map();
  await pool(accounts, options.loginConcurrency, async (account) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await request('POST', '/api/auth/login', { body: account });
      if (response.status === 200) return participants.push({ token: response.body.token, seq: 0 });
      loginErrors.set(errorKey(response), (loginErrors.get(errorKey(response)) ?? 0) + 1);
    }
    loginFailures++;
  });
  setup.loginSeconds = (performance.now() - loginStarted) / 1000;
  setup.loginErrors = loginErrors;
  if (loginErrors.size)
    console.error(`sign-in errors (retried up to 3 times): ${[...loginErrors].map(([key, count]) => `${count}× ${key}`).join(', ')}`);
  if (participants.length === 0) throw new Error('no participant could sign in');

  // The contest: 20 questions from the whole department bank, 20 minutes, open now.
  const now = Date.now();
  const created = await request('POST', '/api/contests', {
    token: organizerToken,
    body: {
      title: `Bench: tìm hiểu Luật Thi đua, khen thưởng (${N} người)`,
      rounds: [{ name: 'Tuần 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3 * 3_600_000).toISOString() }],
      durationSeconds: 1200,
      questionCount: QUESTIONS,
      attemptsAllowed: 3,
    },
  });
  if (created.status !== 201) throw new Error(`create contest: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await request('POST', `/api/contests/${created.body.id}/publish`, { token: organizerToken });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  const contestId = created.body.id;

  // The public leaderboard watcher, on its own thread.
  const updates = [];
  watcher = new Worker(new URL('./leaderboard-watcher.mjs', import.meta.url), { workerData: { base, contestId } });
  await new Promise((resolve, reject) => {
    watcher.on('message', (message) => {
      if (message.type === 'update') updates.push(message);
      else if (message.type === 'ready') resolve();
      else if (message.type === 'error') reject(new Error(`watcher: ${message.message}`));
    });
    watcher.once('error', reject);
    setTimeout(() => reject(new Error('watcher: not ready in 15 s')), 15_000).unref();
  });
  setup.totalSeconds = (performance.now() - setupStarted) / 1000;
  setup.serverStartSeconds = (serverUp - setupStarted) / 1000;

  if (server.databaseUrl) {
    const { default: pg } = await import('pg');
    pgClient = new pg.Client({ connectionString: server.databaseUrl, application_name: 'bench-stats' });
    await pgClient.connect();
  }
  if (profilePort) profiler = await connectProfiler(profilePort);
  await sleep(500); // let the sign-in work settle before measuring

  // ---- 0: the floor, a request that does nothing but one SELECT 1
  await phase('0 floor: GET /api/health', server.pid, profiler, async () => {
    const latencies = [];
    const errors = new Map();
    await pool(Array.from({ length: 10_000 }), options.concurrency, async () => {
      const response = await request('GET', '/api/health');
      if (response.status === 200) latencies.push(response.ms);
      else errors.set(errorKey(response), (errors.get(errorKey(response)) ?? 0) + 1);
    });
    return { requests: 10_000, ok: latencies.length, latency: summarize(latencies), errors };
  });

  // ---- 1: burst of starts
  const semaphore = new Semaphore(options.concurrency);
  const startErrors = new Map();
  const one = await phase('1 start attempts (burst)', server.pid, profiler, async () => {
    const latencies = [];
    const doneAts = [];
    const t0 = performance.now();
    await pool(participants, options.concurrency, async (participant) => {
      const response = await request('POST', `/api/contests/${contestId}/attempts`, { token: participant.token, body: {} });
      if (response.status === 201) {
        participant.attemptId = response.body.id;
        participant.questions = response.body.questions.map((question) => ({
          id: question.id,
          type: question.type,
          options: question.options,
        }));
        latencies.push(response.ms);
        doneAts.push(performance.now());
      } else {
        const key = errorKey(response);
        startErrors.set(key, (startErrors.get(key) ?? 0) + 1);
      }
    });
    doneAts.sort((a, b) => a - b);
    return {
      requests: participants.length,
      ok: latencies.length,
      latency: summarize(latencies),
      timeline: perSecond(doneAts, t0),
      fiveThousandAt: doneAts.length >= 5000 ? (doneAts[4999] - t0) / 1000 : undefined,
      errors: startErrors,
    };
  });
  const takers = participants.filter((participant) => participant.attemptId);
  if (takers.length === 0) throw new Error(`no attempt started: ${[...startErrors].join(', ')}`);
  const wrongPapers = takers.filter((participant) => participant.questions.length !== QUESTIONS).length;
  if (wrongPapers) throw new Error(`${wrongPapers} papers without ${QUESTIONS} questions`);

  // ---- 2: every answer saved, one PUT each
  const save = async (participant, question, latencies, service, doneAts, errors) => {
    const response = await request('PUT', `/api/attempts/${participant.attemptId}/answers/${question.id}`, {
      token: participant.token,
      body: { response: anyResponse(question), seq: ++participant.seq },
    });
    if (response.status === 200 && response.body.applied) {
      latencies.push(response.ms);
      service?.push(response.serviceMs);
      doneAts?.push(performance.now());
    } else {
      const key = response.status === 200 ? '200 not applied (a newer seq was saved)' : errorKey(response);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
    return response;
  };
  const answerErrors = new Map();
  await phase(options.think ? `2 answers (think ~${options.think} ms)` : '2 answers (no think time)', server.pid, profiler, async () => {
    const latencies = [];
    const doneAts = [];
    const t0 = performance.now();
    await Promise.all(
      takers.map(async (participant) => {
        for (const question of participant.questions) {
          if (options.think) await sleep(options.think * (0.5 + Math.random()));
          await semaphore.acquire();
          try {
            await save(participant, question, latencies, undefined, doneAts, answerErrors);
          } finally {
            semaphore.release();
          }
        }
      }),
    );
    const timeline = perSecond(doneAts, t0);
    return {
      requests: takers.length * QUESTIONS,
      ok: latencies.length,
      latency: summarize(latencies),
      timeline,
      peak: Math.max(...timeline),
      errors: answerErrors,
    };
  });

  // ---- 2b…: open loop at each target rate
  for (const [index, rate] of options.rates.entries()) {
    const rateErrors = new Map();
    await phase(`2${'bcdefgh'[index] ?? 'x'} answers, open loop ${fmt(rate)}/s`, server.pid, profiler, async () => {
      const total = Math.round(rate * options.rateSeconds);
      const latencies = [];
      const service = [];
      const pending = [];
      const t0 = performance.now();
      let sent = 0;
      let behind = 0;
      while (sent < total) {
        const due = Math.min(total, Math.floor(((performance.now() - t0) * rate) / 1000) + 1);
        if (due - sent > rate / 100) behind++;
        for (; sent < due; sent++) {
          const scheduled = t0 + (sent * 1000) / rate;
          const participant = takers[sent % takers.length];
          const question = participant.questions[Math.floor(Math.random() * participant.questions.length)];
          const own = [];
          pending.push(
            save(participant, question, own, service, undefined, rateErrors).then(() => {
              // Latency from the scheduled send time, so a stalled generator or queue is not hidden.
              if (own.length) latencies.push(performance.now() - scheduled);
            }),
          );
        }
        await sleep(1);
      }
      await Promise.all(pending);
      const wall = (performance.now() - t0) / 1000;
      return {
        openRate: rate,
        requests: total,
        ok: latencies.length,
        latency: summarize(latencies),
        service: summarize(service),
        achieved: latencies.length / wall,
        behindTicks: behind,
        errors: rateErrors,
      };
    });
  }

  // ---- 3: submissions and the leaderboard
  const submitted = [];
  const submitPhaseStart = Date.now();
  const submitErrors = new Map();
  const three = await phase('3 submit', server.pid, profiler, async () => {
    const latencies = [];
    let okCount = 0;
    await pool(takers, options.concurrency, async (participant) => {
      const response = await request('POST', `/api/attempts/${participant.attemptId}/submit`, {
        token: participant.token,
        body: { prediction: Math.floor(Math.random() * takers.length) },
      });
      if (response.status === 200) {
        // When this response arrives the board holds this submission and every one answered before it.
        submitted.push({ at: Date.now(), count: ++okCount });
        latencies.push(response.ms);
      } else {
        const key = errorKey(response);
        submitErrors.set(key, (submitErrors.get(key) ?? 0) + 1);
      }
    });
    // Wait (bounded) for the update that counts the last submission.
    for (let i = 0; i < 50 && !(updates.at(-1)?.participants >= okCount); i++) await sleep(100);
    return { requests: takers.length, ok: latencies.length, latency: summarize(latencies), errors: submitErrors };
  });

  // Leaderboard delay: a submit's response is the k-th to arrive, so the board then counts at least k;
  // the delay runs to the first update whose count reaches k (0 when the watcher had it before this
  // thread read the response: the two threads' clocks are the same wall clock).
  const delays = [];
  let unseen = 0;
  let u = 0;
  for (const submission of submitted) {
    while (u < updates.length && updates[u].participants < submission.count) u++;
    if (u < updates.length) delays.push(Math.max(0, updates[u].at - submission.at));
    else unseen++;
  }
  const delay = summarize(delays);
  if (process.env.BENCH_DEBUG)
    console.error({
      updates: updates.map((x) => [x.at - submitted[0]?.at, x.participants]),
      submitted: submitted.map((x) => [x.at - submitted[0].at, x.count]).slice(-5),
    });
  const submitWindow = submitted.length ? (submitted.at(-1).at - submitted[0].at) / 1000 : 0;
  const updatesDuring = updates.filter((update) => update.at >= submitPhaseStart).length;

  // ---------------------------------------------------------------- report
  const memory = procMemory(server.pid);
  console.log('');
  console.log(
    `Lantoa contest bench — ${fmt(N)} participants, ${QUESTIONS} questions each, at most ${options.concurrency} requests in flight`,
  );
  console.log(
    `database: ${server.kind}${process.env.DATABASE_URL ? ' (fresh database on DATABASE_URL)' : ' (in the server process)'}; Node ${process.version}; ${CORES} cores shared by the server, the database and this load generator`,
  );
  console.log(
    `setup: server with demo data ${fmt(setup.serverStartSeconds, 1)} s; roster import ${fmt(N)} accounts into ${setup.schools} schools ${fmt(setup.importSeconds, 1)} s (${fmt(N / setup.importSeconds)}/s); ${fmt(N)} sign-ins ${fmt(setup.loginSeconds, 1)} s (${fmt(N / setup.loginSeconds)}/s, ${options.loginConcurrency} at once)`,
  );
  if (setup.loginErrors.size)
    console.log(
      `sign-in errors (retried): ${[...setup.loginErrors].map(([key, count]) => `${count}× ${key}`).join(', ')}; ${fmt(loginFailures)} accounts left out`,
    );
  console.log('');
  const table = (columns, rows) => {
    const header = columns.map(([title, width], index) => pad(title, width, index === 0)).join(' ');
    console.log(header);
    console.log('-'.repeat(header.length));
    for (const row of rows) console.log(columns.map(([, width, value], index) => pad(value(row), width, index === 0)).join(' '));
  };
  const perOk = (value, row) => (value === undefined || !row.ok ? '—' : fmt((value * 1000) / row.ok, 2));
  table(
    [
      ['phase', 34, (row) => row.name],
      ['requests', 9, (row) => fmt(row.requests)],
      ['ok', 7, (row) => fmt(row.ok)],
      ['wall s', 7, (row) => fmt(row.wall, 1)],
      ['ok/s', 7, (row) => fmt(row.achieved ?? row.ok / row.wall)],
      ['p50 ms', 7, (row) => fmt(row.latency.p50)],
      ['p95 ms', 7, (row) => fmt(row.latency.p95)],
      ['p99 ms', 7, (row) => fmt(row.latency.p99)],
      ['max ms', 7, (row) => fmt(row.latency.max)],
      ['bench loop p99', 15, (row) => `${fmt(row.loopP99)} ms`],
    ],
    phases,
  );
  console.log('');
  console.log('CPU seconds per phase (and per successful request, in ms); "other" is the rest of the machine (other programs, kernel):');
  table(
    [
      ['phase', 34, (row) => row.name],
      ['server s', 9, (row) => fmt(row.serverCpu, 1)],
      ['cores', 6, (row) => fmt(row.serverCpu / row.wall, 2)],
      ['ms/ok', 6, (row) => perOk(row.serverCpu, row)],
      ['postgres s', 11, (row) => (row.postgresCpu === undefined ? 'n/a' : fmt(row.postgresCpu, 1))],
      ['ms/ok', 6, (row) => perOk(row.postgresCpu, row)],
      ['bench s', 8, (row) => fmt(row.loadgenCpu, 1)],
      ['ms/ok', 6, (row) => perOk(row.loadgenCpu, row)],
      ['other s', 8, (row) => fmt(Math.max(0, row.machineBusySeconds - row.serverCpu - (row.postgresCpu ?? 0) - row.loadgenCpu), 1)],
      ['machine busy', 13, (row) => `${fmt(row.machineBusy * 100)} %`],
      ['db xacts/ok', 12, (row) => (row.xacts === undefined || !row.ok ? 'n/a' : fmt(row.xacts / row.ok, 1))],
      ['writes/ok', 10, (row) => (row.writeXacts === undefined || !row.ok ? 'n/a' : fmt(row.writeXacts / row.ok, 1))],
      ['commits/WAL sync', 17, (row) => (row.walSyncs ? fmt(row.xacts / row.walSyncs, 1) : 'n/a')],
      ['server RSS MB', 14, (row) => `${fmt(row.rssBefore)}→${fmt(row.rssAfter)}`],
    ],
    phases,
  );
  console.log('');
  console.log(`attempts started per second (1 s buckets): ${one.timeline.join(' ')}`);
  const two = phases.find((row) => row.name.startsWith('2 '));
  console.log(`answer saves per second (1 s buckets):   ${two.timeline.join(' ')}`);
  for (const row of phases.filter((candidate) => candidate.openRate))
    console.log(
      `open loop ${fmt(row.openRate)}/s offered: ${fmt(row.achieved)} saves/s achieved; latency from the scheduled send p50/p95/p99 ${fmt(row.latency.p50)}/${fmt(row.latency.p95)}/${fmt(row.latency.p99)} ms, from the socket ${fmt(row.service.p50)}/${fmt(row.service.p95)}/${fmt(row.service.p99)} ms${row.behindTicks ? `; the generator fell behind schedule ${row.behindTicks} times` : ''}`,
    );
  console.log(
    `submit latency p50 ${fmt(three.latency.p50)} ms, p99 ${fmt(three.latency.p99)} ms (${fmt(three.ok)} submissions in ${fmt(submitWindow, 1)} s)`,
  );
  console.log(
    `leaderboard update delay (submit response → first leaderboard:update counting it): p50 ${fmt(delay.p50)} ms, p99 ${fmt(delay.p99)} ms, max ${fmt(delay.max)} ms; ${updatesDuring} updates received${unseen ? `; ${unseen} submissions never seen` : ''}`,
  );
  if (stalled) console.log(`!! ${stalled}; later requests were not sent`);
  console.log(
    `server memory now: RSS ${fmt(memory.rssMb)} MB, peak ${fmt(memory.hwmMb)} MB; request retries after a reset socket: ${stats.retries}`,
  );
  for (const row of phases)
    if (row.errors?.size) console.log(`errors in ${row.name}: ${[...row.errors].map(([key, count]) => `${count}× ${key}`).join(', ')}`);

  console.log('');
  console.log('targets (this 2-core machine):');
  const startRate = one.ok / one.wall;
  const startVerdict = one.fiveThousandAt !== undefined ? one.fiveThousandAt <= 10 : startRate >= 500;
  console.log(
    `  5,000 attempts started within 10 s: ${one.fiveThousandAt !== undefined ? `5,000th after ${fmt(one.fiveThousandAt, 1)} s` : `${fmt(startRate)}/s (500/s needed; N < 5,000)`} — ${startVerdict ? 'met' : 'MISSED'}`,
  );
  const closedVerdict = two.ok / two.wall >= 2000 && two.latency.p99 <= 150;
  console.log(
    `  ≥ 2,000 durable saves/s with p99 ≤ 150 ms, ${options.think ? `think time ~${fmt(options.think)} ms (not a capacity figure)` : 'no think time'}: ${fmt(two.ok / two.wall)}/s, p99 ${fmt(two.latency.p99)} ms — ${closedVerdict ? 'met' : 'MISSED'}`,
  );
  for (const row of phases.filter((candidate) => candidate.openRate)) {
    const openVerdict = row.openRate >= 2000 && row.achieved >= 0.99 * 2000 && row.latency.p99 <= 150;
    console.log(
      `  the same, open loop at ${fmt(row.openRate)}/s offered: ${fmt(row.achieved)}/s, p99 ${fmt(row.latency.p99)} ms — ${openVerdict ? 'met' : row.openRate < 2000 ? (row.latency.p99 <= 150 ? `p99 met at this lower rate` : 'p99 missed even at this lower rate') : 'MISSED'}`,
    );
  }
  console.log(
    `  leaderboard visible within 1 s of a submission: p99 ${fmt(delay.p99)} ms, max ${fmt(delay.max)} ms — ${delay.p99 <= 1000 && !unseen ? 'met' : 'MISSED'}`,
  );

  if (profiler) {
    console.log('');
    console.log(`server CPU profiles (self time; files for Chrome DevTools in ${profiler.dir}):`);
    for (const row of phases) {
      if (!row.profile) continue;
      console.log(`  ${row.name}: ${row.profile.areas.map((area) => `${area.key} ${fmt(area.share * 100)}%`).join(', ')}`);
      for (const fn of row.profile.functions.slice(0, 10)) console.log(`      ${pad(`${fmt(fn.share * 100, 1)}%`, 6)} ${fn.key}`);
    }
  }
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  profiler?.close();
  await pgClient?.end().catch(() => undefined);
  watcher?.postMessage('close');
  await watcher?.terminate();
  agent.destroy();
  await server.stop();
}
process.exit(exitCode);
