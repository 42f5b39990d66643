#!/usr/bin/env node
// npm run bench:live [-- N] [--questions 10] [--spread-ms 3000] [--way spread|burst|both] [--target lantoa|bare|both] [--seconds 20]
//
// N socket.io-client players (default 1,000, at most 5,000) play a live round of --questions
// questions on the built Lantoa server (PostgreSQL when DATABASE_URL is set, else the embedded
// PGlite), then the same clients play the same round against a bare socket.io echo server
// (bench/bare-socket-server.mjs: join a room, broadcast, ack at once), so the ratio shows how close
// Lantoa is to the transport's limit. Each way is run twice: answers spread over --spread-ms (how
// a hall answers) and all at once (the worst case).
//
// Figures per run: join rate; question fan-out latency (host emits the command that opens a
// question → each player receives it) p50/p99; answer ack latency p50/p95/p99 (Lantoa acks after
// the durable write); answers/s while answers arrive; server CPU; server RSS per connected player.
// Everything runs on this machine: the players, the server and the database share its cores.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { LIVE_EVENTS } from '../../server/dist/live/live-contract.js';
import { login, startBenchServer } from './bench-server.mjs';
import { CORES, fmt, pad, procMemory, procTimes, summarize } from './measure.mjs';

function parseArgs(argv) {
  const options = {
    n: 1000,
    questions: 10,
    spreadMs: 3000,
    ways: ['spread', 'burst'],
    targets: ['lantoa', 'bare'],
    seconds: 20,
    joinConcurrency: 200,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--questions') options.questions = Number(argv[++i]);
    else if (arg === '--spread-ms') options.spreadMs = Number(argv[++i]);
    else if (arg === '--seconds') options.seconds = Number(argv[++i]);
    else if (arg === '--join-concurrency') options.joinConcurrency = Number(argv[++i]);
    else if (arg === '--target') options.targets = argv[++i] === 'both' ? ['lantoa', 'bare'] : [argv[i]];
    else if (arg === '--way') options.ways = argv[++i] === 'both' ? ['spread', 'burst'] : [argv[i]];
    else if (/^\d+$/.test(arg)) options.n = Number(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!(options.n >= 1 && options.n <= 5000)) throw new Error('N must be 1 to 5,000');
  if (!(options.questions >= 1 && options.questions <= 50)) throw new Error('--questions must be 1 to 50');
  if (options.targets.some((name) => name !== 'lantoa' && name !== 'bare')) throw new Error('--target is lantoa, bare or both');
  if (options.ways.some((way) => way !== 'spread' && way !== 'burst')) throw new Error('--way is spread, burst or both');
  if (options.spreadMs + 2000 > options.seconds * 1000) throw new Error('--seconds must leave 2 s after --spread-ms');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next], next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function connect(url, auth) {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth, timeout: 60_000 });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

function emit(socket, event, payload, timeoutMs = 60_000) {
  return socket
    .timeout(timeoutMs)
    .emitWithAck(event, payload)
    .then((reply) => {
      if (reply?.error) throw new Error(`${event}: ${reply.error.code} ${reply.error.message}`);
      return reply?.data;
    });
}

/**
 * How one server is driven. Lantoa: the organizer creates a round, a host socket opens it and
 * players join by PIN; each question opens on host:start / host:next and closes with host:reveal
 * once every answer is acknowledged. Bare: join a room, `next` broadcasts, `answer` acks.
 */
async function lantoaTarget() {
  const server = await startBenchServer({ demo: true });
  const token = await login(server.base, 'tochuc.so', 'demo1234');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const listed = await fetch(`${server.base}/api/questions?status=approved&pageSize=100`, { headers }).then((r) => r.json());
  const questionIds = (listed.items ?? listed.data ?? listed)
    .filter((question) => question.type === 'single')
    .map((question) => question.id)
    .slice(0, options.questions);
  if (questionIds.length < options.questions) throw new Error(`only ${questionIds.length} approved single-choice questions`);
  return {
    name: 'Lantoa',
    kind: server.kind,
    pid: server.pid,
    stop: server.stop,
    async newRound() {
      const response = await fetch(`${server.base}/api/live-rounds`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title: 'Bench', questionIds, mode: 'speed', secondsPerQuestion: options.seconds, allowGuests: true }),
      });
      const round = await response.json();
      if (!response.ok) throw new Error(`create live round: ${response.status} ${JSON.stringify(round)}`);
      const host = await connect(`${server.base}/live`, { token });
      await emit(host, LIVE_EVENTS.hostOpen, { roundId: round.id });
      return {
        host,
        url: `${server.base}/live`,
        questionEvent: LIVE_EVENTS.question,
        join: (socket, i) => emit(socket, LIVE_EVENTS.playerJoin, { pin: round.pin, nickname: `Người chơi ${i + 1}` }),
        answer: (socket, question) =>
          emit(socket, LIVE_EVENTS.playerAnswer, {
            questionIndex: question.index,
            response: question.options[Math.floor(Math.random() * question.options.length)].id,
          }),
        open: async (index, markOpened) => {
          if (index > 0) await emit(host, LIVE_EVENTS.hostNext, {}); // revealed → leaderboard
          markOpened();
          // lobby → first question, or leaderboard → next question
          return emit(host, index === 0 ? LIVE_EVENTS.hostStart : LIVE_EVENTS.hostNext, {});
        },
        close: () => emit(host, LIVE_EVENTS.hostReveal, {}),
        end: async () => {
          await emit(host, LIVE_EVENTS.hostEnd, {}).catch(() => undefined);
          host.close();
        },
      };
    },
  };
}

async function bareTarget() {
  const child = spawn(process.execPath, [path.join(root, 'test/bench/bare-socket-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
  const url = `http://127.0.0.1:${port}`;
  const options4 = [0, 1, 2, 3].map((i) => ({ id: `o${i}`, text: `Phương án ${i + 1}` }));
  return {
    name: 'bare socket.io',
    kind: 'no database',
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
    async newRound() {
      const host = await connect(url);
      return {
        host,
        url,
        questionEvent: 'question',
        join: (socket) => emit(socket, 'join', {}),
        answer: (socket, question) => emit(socket, 'answer', { questionIndex: question.index, response: question.options[0].id }),
        open: (index, markOpened) => {
          markOpened();
          return emit(host, 'next', { index, stem: 'Câu hỏi', options: options4 });
        },
        close: async () => undefined,
        end: async () => host.close(),
      };
    },
  };
}

/** One round on one target, answers spread or all at once. */
async function play(target, way) {
  const round = await target.newRound();
  const rssBefore = procMemory(target.pid).rssMb;
  const players = [];
  const joinStarted = performance.now();
  await pool(
    Array.from({ length: options.n }, (_, i) => i),
    options.joinConcurrency,
    async (i) => {
      const socket = await connect(round.url);
      await round.join(socket, i);
      players.push(socket);
    },
  );
  const joinSeconds = (performance.now() - joinStarted) / 1000;
  await sleep(500);
  const rssJoined = procMemory(target.pid).rssMb;
  const cpuBefore = procTimes(target.pid)?.own ?? 0;

  const fanOut = [];
  const acks = [];
  const refused = [];
  let answerSeconds = 0;
  let answers = 0;
  for (let index = 0; index < options.questions; index++) {
    let openedAt = 0;
    let firstAnswerAt = Infinity;
    let lastAckAt = 0;
    const allAcked = new Promise((resolve) => {
      let pending = players.length;
      for (const socket of players) {
        socket.once(round.questionEvent, (question) => {
          const receivedAt = performance.now();
          fanOut.push(receivedAt - openedAt);
          const delay = way === 'spread' ? Math.random() * options.spreadMs : 0;
          setTimeout(() => {
            const sentAt = performance.now();
            firstAnswerAt = Math.min(firstAnswerAt, sentAt);
            round
              .answer(socket, question)
              .then(
                () => acks.push(performance.now() - sentAt),
                (error) => refused.push(error.message),
              )
              .finally(() => {
                lastAckAt = performance.now();
                if (--pending === 0) resolve();
              });
          }, delay);
        });
      }
    });
    await round.open(index, () => (openedAt = performance.now()));
    await allAcked;
    answers += players.length;
    answerSeconds += (lastAckAt - firstAnswerAt) / 1000;
    await round.close();
  }
  const cpuSeconds = (procTimes(target.pid)?.own ?? 0) - cpuBefore;
  await round.end();
  for (const socket of players) socket.close();
  return {
    target: target.name,
    way,
    joinRate: options.n / joinSeconds,
    fanOut: summarize(fanOut),
    acks: summarize(acks),
    refused,
    answersPerSecond: answers / answerSeconds,
    cpuSeconds,
    kbPerPlayer: ((rssJoined - rssBefore) * 1024) / options.n,
    rssMb: rssJoined,
  };
}

const results = [];
const makers = { lantoa: lantoaTarget, bare: bareTarget };
for (const makeTarget of options.targets.map((name) => makers[name])) {
  const target = await makeTarget();
  try {
    for (const way of options.ways) {
      process.stderr.write(`… ${target.name}, answers ${way === 'spread' ? `spread over ${options.spreadMs} ms` : 'all at once'}\n`);
      results.push({ ...(await play(target, way)), kind: target.kind });
      await sleep(1000);
    }
  } finally {
    await target.stop();
  }
}

console.log(
  `\nLantoa live bench — ${fmt(options.n)} players, ${options.questions} questions, ${CORES} cores shared by server, database and players (Node ${process.version})\n`,
);
const columns = [
  ['server', 16, (r) => r.target, true],
  ['answers', 10, (r) => (r.way === 'spread' ? `over ${options.spreadMs / 1000} s` : 'at once'), true],
  ['joins/s', 8, (r) => fmt(r.joinRate)],
  ['fan-out p50', 12, (r) => `${fmt(r.fanOut.p50)} ms`],
  ['p99', 8, (r) => `${fmt(r.fanOut.p99)} ms`],
  ['ack p50', 8, (r) => `${fmt(r.acks.p50, 1)} ms`],
  ['p95', 8, (r) => `${fmt(r.acks.p95)} ms`],
  ['p99', 8, (r) => `${fmt(r.acks.p99)} ms`],
  ['answers/s', 10, (r) => fmt(r.answersPerSecond)],
  ['refused', 8, (r) => fmt(r.refused.length)],
  ['server CPU s', 13, (r) => fmt(r.cpuSeconds, 1)],
  ['RSS/player', 11, (r) => `${fmt(r.kbPerPlayer, 1)} KB`],
];
console.log(columns.map(([title, width, , left]) => pad(title, width, left)).join(' '));
console.log('-'.repeat(columns.reduce((sum, [, width]) => sum + width + 1, 0)));
for (const row of results) console.log(columns.map(([, width, value, left]) => pad(value(row), width, left)).join(' '));
for (const row of results.filter((r) => r.refused.length)) console.log(`${row.target} ${row.way}: first refusal: ${row.refused[0]}`);

const lantoa = (way) => results.find((r) => r.target === 'Lantoa' && r.way === way);
const bare = (way) => results.find((r) => r.target !== 'Lantoa' && r.way === way);
console.log(`\ndatabase: ${results.find((r) => r.target === 'Lantoa')?.kind ?? 'n/a'}`);
console.log('targets (5,000 players in one room):');
const verdict = (ok) => (ok ? 'met' : 'MISSED');
if (lantoa('spread')) {
  const row = lantoa('spread');
  console.log(`  fan-out p99 ≤ 300 ms: ${fmt(row.fanOut.p99)} ms — ${verdict(row.fanOut.p99 <= 300)}`);
  console.log(
    `  ack p99 ≤ 100 ms with answers spread over 3 s (durable write included): ${fmt(row.acks.p99)} ms — ${verdict(row.acks.p99 <= 100)}`,
  );
  console.log(`  ≤ 30 KB RSS per player: ${fmt(row.kbPerPlayer, 1)} KB — ${verdict(row.kbPerPlayer <= 30)}`);
}
if (lantoa('burst') && bare('burst')) {
  const [row, base] = [lantoa('burst'), bare('burst')];
  const ackRatio = row.acks.p99 / base.acks.p99;
  const rateRatio = row.answersPerSecond / base.answersPerSecond;
  console.log(
    `  all at once, ack p99 within 2× bare: ${fmt(row.acks.p99)} vs ${fmt(base.acks.p99)} ms (${fmt(ackRatio, 2)}×) — ${verdict(ackRatio <= 2)}`,
  );
  console.log(
    `  all at once, answers/s ≥ half of bare: ${fmt(row.answersPerSecond)} vs ${fmt(base.answersPerSecond)} (${fmt(rateRatio, 2)}) — ${verdict(rateRatio >= 0.5)}`,
  );
}
if (options.n < 5000) console.log(`  (N = ${fmt(options.n)} < 5,000: run \`npm run bench:live -- 5000\` for the targets' size)`);
process.exit(0);
