#!/usr/bin/env node
// npm run bench:reports [-- --participants 100000] [--schools 100] [--communes 10] [--repeat 3] [--reuse]
//
// Generates, directly in PostgreSQL, a published contest whose one (closed) round was taken by
// --participants people (default 100,000) of --schools schools (default 100) under --communes
// communes (default 10) of one department, 20 questions each (2,000,000 answers), with a few
// percent more accounts that did not take part and some likely duplicate accounts; then starts
// the built server on that database and times every report over HTTP:
//   by unit (department, commune, school; the commune and school as their own organizers),
//   by participant (first and deep pages, by rank / name / unit, a diacritic-free search),
//   by question (cold, then cached; attempts=best and all), collective ranking, exports.
// DATABASE_URL: the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/); the script
// drops and creates the database lantoa_bench_reports on it (--reuse keeps a database an earlier
// run generated with the same sizes and skips the generation). The data are synthetic: abilities
// and question difficulties follow a logistic model so that the item statistics mean something.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort, login } from './bench-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { default: pg } = await import('pg');
const { foldVietnamese } = await import(path.join(root, 'server/dist/common/text/vietnamese.js'));

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = { participants: 100_000, schools: 100, communes: 10, repeat: 3, reuse: false, generateOnly: false };
  const numeric = { '--participants': 'participants', '--schools': 'schools', '--communes': 'communes', '--repeat': 'repeat' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reuse') options.reuse = true;
    else if (arg === '--generate-only') options.generateOnly = true;
    else if (numeric[arg]) options[numeric[arg]] = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  for (const key of Object.values(numeric))
    if (!(Number.isInteger(options[key]) && options[key] >= 1)) throw new Error(`--${key} must be a whole number ≥ 1`);
  if (options.participants > 1_000_000) throw new Error('--participants: at most 1,000,000');
  if (options.schools < options.communes) throw new Error('--schools must be at least --communes');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const QUESTIONS = 20;
const DATABASE = 'lantoa_bench_reports';
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/';
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();
const ADMIN_PASSWORD = 'Bench-Admin-1';
const ORGANIZER_PASSWORD = 'Bench-Organizer-1';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (value, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';
const seconds = (ms) => `${fmt(ms / 1000, 1)} s`;

// ---------------------------------------------------------------- the database

async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-reports' });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The sizes an earlier run generated, or undefined when the database is missing or differs. */
async function generatedSizes() {
  const exists = await withClient(serverUrl, (client) =>
    client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]).then((r) => r.rowCount > 0),
  );
  if (!exists) return undefined;
  return withClient(databaseUrl, async (client) => {
    const rows = await client.query(`SELECT value FROM app_setting WHERE key = 'bench_reports'`).catch(() => ({ rows: [] }));
    return rows.rows[0] ? JSON.parse(rows.rows[0].value) : undefined;
  });
}

async function recreateDatabase() {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  });
}

// ---------------------------------------------------------------- the server

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-bench-reports-'));
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    ADMIN_PASSWORD,
    DEMO_DATA: 'false',
    DATABASE_URL: databaseUrl,
  };
  const child = spawn(process.execPath, ['server/dist/main.js'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 600 && !up && child.exitCode === null; i++) {
    up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await sleep(250);
  }
  if (!up) throw new Error('the server did not start');
  return {
    base,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- generation

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Gia', 'Bảo', 'Hoàng', 'Quốc', 'Thu', 'Đức', 'Kim'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Huy', 'Khánh', 'Khoa', 'Lan', 'Linh', 'Long'];
GIVEN.push('Mai', 'Minh', 'My', 'Nam', 'Ngân', 'Nhi', 'Phong', 'Phúc', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang');
GIVEN.push('Trí', 'Trung', 'Tú', 'Uyên', 'Vy', 'Yến');
const LEVELS = ['MN', 'TH', 'THCS'];
const LEVEL_NAMES = { MN: 'Trường Mầm non', TH: 'Trường Tiểu học', THCS: 'Trường THCS' };
const COMMUNE_NAMES = ['Hòa Bình', 'Tân Phú', 'Phước Lộc', 'Đông Hải', 'Sơn Trà', 'Vĩnh Điện', 'Quế Sơn', 'Điện Bàn', 'Hội An', 'Tam Kỳ'];
// Item difficulty (logit) per question: easy to hard; q20 is answered at random (a broken item).
const DIFFICULTY = Array.from({ length: QUESTIONS }, (_, q) => -2.6 + (4.6 * q) / (QUESTIONS - 2));

/** Units (department → communes → schools), accounts, questions, the contest and its attempts; returns what the timing needs. */
async function generate(client) {
  const timings = [];
  const step = async (name, run) => {
    const started = performance.now();
    const result = await run();
    timings.push([name, performance.now() - started]);
    console.error(`  ${name}: ${seconds(performance.now() - started)}`);
    return result;
  };
  await client.query(`SET session_replication_role = replica`); // no FK triggers: the rows are consistent by construction
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET maintenance_work_mem = '512MB'`);

  const department = { id: randomUUID(), name: 'Sở GD&ĐT Thành phố Lan Tỏa' };
  department.path = `/${department.id}/`;
  const communes = Array.from({ length: options.communes }, (_, c) => {
    const id = randomUUID();
    return {
      id,
      name: `UBND xã ${COMMUNE_NAMES[c % COMMUNE_NAMES.length]}${c >= COMMUNE_NAMES.length ? ` ${c + 1}` : ''}`,
      path: `${department.path}${id}/`,
    };
  });
  const schools = Array.from({ length: options.schools }, (_, s) => {
    const id = randomUUID();
    const commune = communes[s % options.communes];
    const level = LEVELS[s % LEVELS.length];
    return {
      id,
      level,
      commune,
      name: `${LEVEL_NAMES[level]} số ${s + 1} ${commune.name.replace('UBND xã ', '')}`,
      path: `${commune.path}${id}/`,
    };
  });
  const accountsPerSchool = Math.ceil((options.participants * 1.05) / options.schools);
  await step('units', () =>
    client.query(
      `INSERT INTO unit (id, code, name, name_folded, kind, level, parent_id, path, staff_count, student_count)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::int[], $10::int[])`,
      [
        [department, ...communes, ...schools].map((u) => u.id),
        [department, ...communes, ...schools].map((_, i) => `BENCH-${i}`),
        [department, ...communes, ...schools].map((u) => u.name),
        [department, ...communes, ...schools].map((u) => foldVietnamese(u.name)),
        ['department', ...communes.map(() => 'commune'), ...schools.map(() => 'school')],
        [null, ...communes.map(() => null), ...schools.map((s) => s.level)],
        [null, ...communes.map(() => department.id), ...schools.map((s) => s.commune.id)],
        [department, ...communes, ...schools].map((u) => u.path),
        // Headcounts a little above the accounts, except every tenth school, which declares none.
        [null, ...communes.map(() => null), ...schools.map((_, s) => (s % 10 === 9 ? null : Math.round(accountsPerSchool * 0.08)))],
        [null, ...communes.map(() => null), ...schools.map((_, s) => (s % 10 === 9 ? null : Math.round(accountsPerSchool * 1.1)))],
      ],
    ),
  );

  // Accounts: ~5 % more than participants; one in fourteen is staff. Names and birth dates drawn at random, so a few
  // accidental twins exist, plus 100 deliberate duplicates (the same person registered twice at the same school).
  const accounts = Math.ceil(options.participants * 1.05);
  await step(`accounts (${fmt(accounts + 100)})`, async () => {
    await client.query(
      `CREATE TEMP TABLE g_user AS
       SELECT n, gen_random_uuid() AS id, (n % $2::int) AS school, f, m, g, n % 14 = 0 AS staff,
              date '2009-01-01' + (random() * 1460)::int AS birth
         FROM (SELECT n, (random() * $3::int)::int % $3::int AS f, (random() * $4::int)::int % $4::int AS m,
                      (random() * $5::int)::int % $5::int AS g
                 FROM generate_series(0, $1::int - 1) AS n) AS drawn`,
      [accounts, options.schools, FAMILY.length, MIDDLE.length, GIVEN.length],
    );
    await client.query(
      `INSERT INTO app_user (id, username, password_hash, full_name, full_name_folded, role, unit_id, kind, class_name, birth_date)
       SELECT u.id, 'bench' || u.n, 'not-a-hash', ($1::text[])[u.f + 1] || ' ' || ($3::text[])[u.m + 1] || ' ' || ($5::text[])[u.g + 1],
              ($2::text[])[u.f + 1] || ' ' || ($4::text[])[u.m + 1] || ' ' || ($6::text[])[u.g + 1], 'participant', s.id,
              CASE WHEN u.staff THEN 'staff' ELSE 'student' END, CASE WHEN u.staff THEN NULL ELSE (6 + u.n % 4) || 'A' END, u.birth
         FROM g_user u JOIN unnest($7::uuid[]) WITH ORDINALITY AS s(id, idx) ON s.idx = u.school + 1`,
      [FAMILY, FAMILY.map(foldVietnamese), MIDDLE, MIDDLE.map(foldVietnamese), GIVEN, GIVEN.map(foldVietnamese), schools.map((s) => s.id)],
    );
    await client.query(
      `INSERT INTO app_user (username, password_hash, full_name, full_name_folded, role, unit_id, kind, class_name, birth_date)
       SELECT 'bench-dup' || n, password_hash, full_name, full_name_folded, role, unit_id, kind, class_name, birth_date
         FROM (SELECT row_number() OVER () AS n, * FROM app_user WHERE username LIKE 'bench%' ORDER BY username LIMIT 100) AS twins`,
    );
  });

  const questionIds = Array.from({ length: QUESTIONS }, () => randomUUID());
  const contestId = randomUUID();
  const roundId = randomUUID();
  await step('questions and contest', async () => {
    const stems = questionIds.map((_, q) => `Câu ${q + 1}: theo Luật Thi đua, khen thưởng năm 2022, điều nào sau đây đúng (${q + 1})?`);
    await client.query(
      `INSERT INTO question (id, owner_unit_id, status, cognitive_level, stem_folded)
       SELECT id, $2, 'approved', 'recognition', stem FROM unnest($1::uuid[], $3::text[]) AS q(id, stem)`,
      [questionIds, department.id, stems.map(foldVietnamese)],
    );
    const options4 = JSON.stringify(['a', 'b', 'c', 'd'].map((id, k) => ({ id, text: `Phương án ${id.toUpperCase()}`, correct: k === 0 })));
    await client.query(
      `INSERT INTO question_version (question_id, version, type, stem, options)
       SELECT id, 1, 'single', stem, $2::jsonb FROM unnest($1::uuid[], $3::text[]) AS q(id, stem)`,
      [questionIds, options4, stems],
    );
    const pool = questionIds.map((questionId) => ({
      questionId,
      version: 1,
      topic: null,
      cognitiveLevel: 'recognition',
      optionIds: ['a', 'b', 'c', 'd'],
    }));
    const day = 86_400_000;
    await client.query(
      `INSERT INTO contest (id, owner_unit_id, title, status, audience, question_count, pool, attempts_allowed, review_shows, prize_count, published_at)
       VALUES ($1, $2, 'Tìm hiểu Luật Thi đua, khen thưởng (bench)', 'published', '{}', $3, $4::jsonb, 3,
               '{"score": true, "correctness": true, "key": true, "explanation": true}', 10, $5)`,
      [contestId, department.id, QUESTIONS, JSON.stringify(pool), new Date(Date.now() - 4 * day)],
    );
    await client.query(
      `INSERT INTO contest_round (id, contest_id, position, name, opens_at, closes_at) VALUES ($1, $2, 0, 'Tuần 1', $3, $4)`,
      [roundId, contestId, new Date(Date.now() - 3 * day), new Date(Date.now() - day)],
    );
  });

  // One attempt for each of the first `participants` accounts (spread over every school), 20 items each.
  await step(`attempts (${fmt(options.participants)})`, () =>
    client.query(
      `CREATE TEMP TABLE g_attempt AS
       SELECT gen_random_uuid() AS attempt_id, u.id AS user_id, a.unit_id,
              (random() + random() + random() + random() - 2) * 1.8 AS ability,
              (ARRAY[1, 3, 7, 9, 11, 13, 17, 19])[1 + (random() * 8)::int % 8] AS stride, (random() * $2::int)::int % $2::int AS shift,
              now() - interval '3 days' + random() * interval '47 hours' AS started_at,
              (120000 + random() * 1000000)::int AS duration_ms, (random() * 400)::int AS prediction
         FROM g_user u JOIN app_user a ON a.id = u.id WHERE u.n < $1::int`,
      [options.participants, QUESTIONS],
    ),
  );
  await step(`items and answers (${fmt(options.participants * QUESTIONS)})`, async () => {
    await client.query(
      `CREATE TEMP TABLE g_item AS
       SELECT attempt_id, pos, question, rot, ids, answered, correct,
              CASE WHEN correct THEN 0 WHEN wrong < 0.5 THEN 1 + question % 3 WHEN wrong < 0.8 THEN 1 + (question + 1) % 3 ELSE 1 + (question + 2) % 3 END AS chosen
         FROM (SELECT t.attempt_id, p.pos, (t.shift + p.pos * t.stride) % $1 AS question, (random() * 4)::int % 4 AS rot,
                      md5(t.attempt_id::text || p.pos) AS ids, random() > 0.02 AS answered, random() AS wrong,
                      random() < CASE WHEN (t.shift + p.pos * t.stride) % $1 = $1 - 1 THEN 0.5
                                      ELSE 1 / (1 + exp(-(t.ability - ($2::float8[])[1 + (t.shift + p.pos * t.stride) % $1]))) END AS correct
                 FROM g_attempt t CROSS JOIN generate_series(0, $1 - 1) AS p(pos)) AS drawn`,
      [QUESTIONS, DIFFICULTY],
    );
    await client.query(
      `INSERT INTO attempt_item (attempt_id, position, question_id, version, option_map)
       SELECT i.attempt_id, i.pos, ($1::uuid[])[1 + i.question], 1,
              jsonb_build_array(
                jsonb_build_object('id', substr(i.ids, 1, 8), 'optionId', chr(97 + (0 + i.rot) % 4)),
                jsonb_build_object('id', substr(i.ids, 9, 8), 'optionId', chr(97 + (1 + i.rot) % 4)),
                jsonb_build_object('id', substr(i.ids, 17, 8), 'optionId', chr(97 + (2 + i.rot) % 4)),
                jsonb_build_object('id', substr(i.ids, 25, 8), 'optionId', chr(97 + (3 + i.rot) % 4)))
         FROM g_item i`,
      [questionIds],
    );
    // Shown at position j is option (j + rot) % 4, so option c was chosen at j = (c − rot + 4) % 4; 2 % were cleared (null).
    await client.query(
      `INSERT INTO attempt_answer (attempt_id, question_id, response, seq, saved_at, correct, credit)
       SELECT i.attempt_id, ($1::uuid[])[1 + i.question],
              CASE WHEN i.answered THEN to_jsonb(substr(i.ids, 1 + 8 * ((i.chosen - i.rot + 4) % 4), 8)) ELSE 'null'::jsonb END, 1,
              now() - interval '2 days', i.answered AND i.correct, CASE WHEN i.answered AND i.correct THEN 1 ELSE 0 END
         FROM g_item i`,
      [questionIds],
    );
    await client.query(
      `INSERT INTO attempt (id, contest_id, round_id, user_id, unit_id, number, status, started_at, deadline_at, submitted_at, submitted_by,
                            question_count, correct_count, score, duration_ms, prediction)
       SELECT t.attempt_id, $1, $2, t.user_id, t.unit_id, 1, 'submitted', t.started_at, t.started_at + interval '20 minutes',
              t.started_at + t.duration_ms * interval '1 millisecond', 'participant', $3, c.correct, c.correct, t.duration_ms, t.prediction
         FROM g_attempt t
         JOIN (SELECT attempt_id, count(*) FILTER (WHERE answered AND correct)::int AS correct FROM g_item GROUP BY attempt_id) AS c
           ON c.attempt_id = t.attempt_id`,
      [contestId, roundId, QUESTIONS],
    );
  });
  // What autovacuum does soon after a load like this: statistics, and the visibility map index-only scans rely on.
  await step('vacuum analyze', () => client.query(`VACUUM (ANALYZE)`));
  await client.query(`INSERT INTO app_setting (key, value) VALUES ('bench_reports', $1)`, [
    JSON.stringify({ participants: options.participants, schools: options.schools, communes: options.communes, contestId, roundId }),
  ]);
  return timings;
}

async function benchFacts(client) {
  const [setting] = (await client.query(`SELECT value FROM app_setting WHERE key = 'bench_reports'`)).rows;
  const facts = JSON.parse(setting.value);
  const count = async (sql) => Number((await client.query(sql)).rows[0].count);
  facts.accounts = await count(`SELECT count(*) FROM app_user WHERE role = 'participant'`);
  facts.attempts = await count(`SELECT count(*) FROM attempt`);
  facts.answers = await count(`SELECT count(*) FROM attempt_answer`);
  facts.items = await count(`SELECT count(*) FROM attempt_item`);
  facts.sizeMb = Number((await client.query(`SELECT pg_database_size(current_database()) / 1048576 AS mb`)).rows[0].mb);
  const units = await client.query(`SELECT id, kind, name FROM unit WHERE code LIKE 'BENCH-%' ORDER BY code`);
  facts.department = units.rows.find((u) => u.kind === 'department');
  facts.commune = units.rows.find((u) => u.kind === 'commune');
  facts.school = (await client.query(`SELECT id, name FROM unit WHERE parent_id = $1 ORDER BY name LIMIT 1`, [facts.commune.id])).rows[0];
  return facts;
}

// ---------------------------------------------------------------- timing

async function createOrganizer(base, token, unitId, name) {
  const response = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ fullName: name, role: 'organizer', unitId, password: ORGANIZER_PASSWORD }),
  });
  if (response.status !== 201) throw new Error(`create organizer: ${response.status} ${await response.text()}`);
  return login(base, (await response.json()).user.username, ORGANIZER_PASSWORD);
}

/** CPU seconds (user + system) a process has used; 0 once it is gone. */
function cpuSeconds(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU of the server and of its PostgreSQL backends (parallel workers, short-lived, are not counted). */
function cpuMeter(serverPid, client) {
  const backends = async () =>
    (await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows.map(
      (row) => row.pid,
    );
  return async () => {
    const pids = await backends();
    return { server: cpuSeconds(serverPid), postgres: new Map(pids.map((pid) => [pid, cpuSeconds(pid)])) };
  };
}

function serverRssMb(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** Times every report over HTTP: the first call (cold: nothing in the server's memory yet for it) and the median of the next `repeat`. */
async function timeReports(server, facts) {
  const admin = await login(server.base, 'admin', ADMIN_PASSWORD);
  const communeOrganizer = await createOrganizer(server.base, admin, facts.commune.id, 'Tổ chức xã (bench)');
  const schoolOrganizer = await createOrganizer(server.base, admin, facts.school.id, 'Tổ chức trường (bench)');
  const report = (path) => `/api/reports/contests/${facts.contestId}/${path}`;
  // Warm the server up on other routes, so that a report's cold call counts its data, not the process's first request.
  for (let i = 0; i < 3; i++)
    for (const path of ['/api/units', `/api/contests/${facts.contestId}`, '/api/auth/me'])
      await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${admin}` } }).then((response) => response.arrayBuffer());
  const results = [];
  const pgClient = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-reports-meter' });
  await pgClient.connect();
  const meter = cpuMeter(server.pid, pgClient);
  async function call(token, path) {
    const before = await meter();
    const started = performance.now();
    const response = await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    const after = await meter();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.toString('utf8', 0, 300)}`);
    let postgres = 0;
    for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
    return { ms, bytes: body.length, body, cpu: { server: after.server - before.server, postgres } };
  }
  async function time(label, token, path, { target, group, check } = {}) {
    console.error(`… ${label}`);
    const first = await call(token, path);
    if (check) check(first.body);
    const warm = [];
    for (let i = 0; i < options.repeat; i++) warm.push((await call(token, path)).ms);
    warm.sort((a, b) => a - b);
    results.push({
      group,
      label,
      cold: first.ms,
      coldCpu: first.cpu,
      warm: warm[Math.floor(warm.length / 2)] ?? NaN,
      bytes: first.bytes,
      target,
    });
  }
  const json = (body) => JSON.parse(body.toString('utf8'));
  const expectRows = (count) => (body) => {
    const rows = json(body).rows.length;
    if (rows !== count) throw new Error(`expected ${count} rows, got ${rows}`);
  };
  const expectParticipants = (body) => {
    const total = json(body).total.participants;
    if (total !== facts.participants) throw new Error(`the total row counts ${total} participants, not ${facts.participants}`);
  };
  const { commune, school } = facts;
  const U = 'by unit';
  await time(`department → ${options.communes} communes (admin)`, admin, report('units'), {
    target: 1000,
    group: U,
    check: expectParticipants,
  });
  await time(`commune → ${options.schools / options.communes} schools (admin)`, admin, report(`units?parentId=${commune.id}`), {
    target: 1000,
    group: U,
  });
  await time('one school (admin)', admin, report(`units?parentId=${school.id}`), { target: 1000, group: U });
  await time('commune organizer, own commune', communeOrganizer, report('units'), {
    target: 1000,
    group: U,
    check: expectRows(options.schools / options.communes),
  });
  await time('school organizer, own school', schoolOrganizer, report('units'), { target: 1000, group: U });
  await time('overall (every round)', admin, report('units?roundId=overall'), { target: 1000, group: U });
  const P = 'by participant';
  await time('department, page 1 by rank', admin, report('participants?pageSize=50'), { target: 1000, group: P, check: expectRows(50) });
  await time('department, page 1,000 by rank', admin, report('participants?pageSize=50&page=1000'), {
    target: 1000,
    group: P,
    check: expectRows(50),
  });
  await time('department, page 1 by name', admin, report('participants?sort=name'), { target: 1000, group: P });
  await time('department, page 500 by unit', admin, report('participants?sort=unit&page=500'), { target: 1000, group: P });
  await time('department, search "nguyen van an"', admin, report(`participants?q=${encodeURIComponent('nguyen van an')}`), {
    target: 1000,
    group: P,
  });
  await time('department, not taken part', admin, report('participants?status=absent'), { target: 1000, group: P });
  await time('department, overall, page 1', admin, report('participants?roundId=overall'), { target: 1000, group: P });
  await time('commune organizer, page 1', communeOrganizer, report('participants'), { target: 1000, group: P });
  await time('school organizer, page 1', schoolOrganizer, report('participants'), { target: 1000, group: P });
  const Q = 'by question';
  await time('attempts=best (cold, then cached)', admin, report('questions?attempts=best'), { target: 5000, group: Q });
  await time('attempts=all', admin, report('questions?attempts=all'), { target: 5000, group: Q });
  await time('attempts=first', admin, report('questions?attempts=first'), { target: 5000, group: Q });
  await time('school organizer, attempts=best', schoolOrganizer, report('questions'), { target: 5000, group: Q });
  const C = 'collective';
  await time('round: units ranked, prize list', admin, report('collective'), { group: C });
  await time('overall', admin, report('collective?roundId=overall'), { group: C });
  const E = 'export';
  await time('.csv units', admin, report('export?format=csv'), { group: E });
  await time('.csv participants (all rows)', admin, report('export?format=csv&table=participants'), { group: E });
  await time('.xlsx, every sheet', admin, report('export?format=xlsx'), { group: E });
  await pgClient.end();
  return { results, rssMb: serverRssMb(server.pid) };
}

function printFigures(facts, timing, generation) {
  const line = (text = '') => console.log(text);
  line();
  line(
    `bench:reports — ${fmt(facts.participants)} participants, ${fmt(facts.accounts)} accounts, ${options.schools} schools under ${options.communes} communes, ${QUESTIONS} questions`,
  );
  line(
    `database ${DATABASE} on PostgreSQL: ${fmt(facts.attempts)} attempts, ${fmt(facts.items)} paper items, ${fmt(facts.answers)} answers, ${fmt(facts.sizeMb)} MB`,
  );
  if (generation.length)
    line(
      `generated in ${seconds(generation.reduce((sum, [, ms]) => sum + ms, 0))} (${generation.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')})`,
    );
  line(`each report: the first call (cold), then the median of ${options.repeat} more; ms over HTTP on loopback;`);
  line(`cpu: CPU seconds of the cold call in the server + in its PostgreSQL backends (what it costs on an idle machine)`);
  line();
  line(`${'report'.padEnd(50)}${'cold'.padStart(9)}${'warm'.padStart(9)}${'cpu (srv+pg)'.padStart(15)}${'size'.padStart(10)}  target`);
  let group;
  for (const row of timing.results) {
    if (row.group !== group) line(`${(group = row.group)}`);
    const verdict =
      row.target === undefined
        ? ''
        : `≤ ${fmt(row.target)} ms ${row.cold <= row.target && row.warm <= row.target ? 'ok' : row.warm <= row.target ? 'ok warm, cold over' : 'OVER'}`;
    const size = row.bytes > 1024 * 1024 ? `${fmt(row.bytes / 1024 / 1024, 1)} MB` : `${fmt(row.bytes / 1024, 1)} kB`;
    const cpu = `${fmt(row.coldCpu.server, 2)}+${fmt(row.coldCpu.postgres, 2)}`;
    line(
      `  ${row.label.padEnd(48)}${fmt(row.cold).padStart(9)}${fmt(row.warm).padStart(9)}${cpu.padStart(15)}${size.padStart(10)}  ${verdict}`,
    );
  }
  line();
  line(
    `server RSS after the run: ${fmt(timing.rssMb)} MB; load average now ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${cpus().length} cores (shared)`,
  );
}

// ---------------------------------------------------------------- the run

const started = performance.now();
const sizes = options.reuse ? await generatedSizes() : undefined;
const reusable =
  sizes && sizes.participants === options.participants && sizes.schools === options.schools && sizes.communes === options.communes;
let server;
let generation = [];
let exitCode = 0;
try {
  if (!reusable) {
    console.error(`… database ${DATABASE} (re)created; the server migrates it`);
    await recreateDatabase();
  }
  server = await startServer();
  if (!reusable) {
    console.error(`… generating ${fmt(options.participants)} participants × ${QUESTIONS} questions`);
    generation = await withClient(databaseUrl, generate);
  }
  const facts = await withClient(databaseUrl, benchFacts);
  if (!options.generateOnly) printFigures(facts, await timeReports(server, facts), generation);
  console.log(`whole run: ${seconds(performance.now() - started)}${reusable ? ' (the data of an earlier run reused)' : ''}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await server?.stop();
}
process.exitCode = exitCode;
