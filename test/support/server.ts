import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { artifactsDir, repoRoot } from './paths.js';

export const E2E_ADMIN_PASSWORD = 'Quantri-e2e-2026';

export interface StartOptions {
  /** Reuse a data folder (restart tests); by default a fresh temporary one is made and removed on stop. */
  dataDir?: string;
  port?: number;
  adminPassword?: string;
  demoData?: boolean;
  /** Name for the saved log under test/artifacts/logs. */
  label?: string;
  env?: Record<string, string>;
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  adminPassword: string;
  databaseKind: 'postgres' | 'embedded';
  log(): string;
  /** SIGTERM, then SIGKILL after a grace period; removes the data folder unless it was given or keepData is set. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Stops and starts again on the same port and data folder. */
  restart(): Promise<RunningServer>;
}

const SERVER_ENTRY = path.join(repoRoot, 'server', 'dist', 'main.js');
// Variables from the caller's shell that must not leak into the server under test.
const SCRUBBED = [
  'DATABASE_URL',
  'TEST_DATABASE_URL',
  'REDIS_URL',
  'DATA_DIR',
  'PORT',
  'DEMO_DATA',
  'ADMIN_PASSWORD',
  'SESSION_SECRET',
  'PUBLIC_URL',
  'NODE_OPTIONS',
  'CLIENT_DIR',
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function serverEnvironment(
  options: Required<Pick<StartOptions, 'adminPassword' | 'demoData'>> & { port: number; dataDir: string; extra: Record<string, string> },
) {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of SCRUBBED) delete env[name];
  Object.assign(env, {
    PORT: String(options.port),
    DATA_DIR: options.dataDir,
    ADMIN_PASSWORD: options.adminPassword,
    DEMO_DATA: String(options.demoData),
    NODE_ENV: 'production',
    NO_COLOR: '1',
  });
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  if (process.env.E2E_REDIS_URL) env.REDIS_URL = process.env.E2E_REDIS_URL;
  return { ...env, ...options.extra };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before it was healthy`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      const body = (await response.json().catch(() => ({}))) as { database?: string };
      if (response.ok && body.database === 'up') return;
      last = `HTTP ${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms (last: ${last})`);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function printLog(title: string, log: string): void {
  process.stderr.write(`\n----- ${title} -----\n${log.slice(-20000)}\n----- end of server log -----\n`);
}

function anyTestFailed(): boolean {
  return (globalThis as { __e2eFailed?: boolean }).__e2eFailed === true;
}

/** Starts the built server (`node server/dist/main.js` from the repo root) and resolves once /api/health says the database is up. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'lantoa-e2e-'));
  const port = options.port ?? (await freePort());
  const adminPassword = options.adminPassword ?? E2E_ADMIN_PASSWORD;
  const demoData = options.demoData ?? false;
  const label = options.label ?? `server-${port}`;
  const url = `http://127.0.0.1:${port}`;

  const started = Date.now();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: repoRoot,
    env: serverEnvironment({ port, dataDir, adminPassword, demoData, extra: options.env ?? {} }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const log = () => output;
  const saveLog = () => {
    mkdirSync(path.join(artifactsDir, 'logs'), { recursive: true });
    writeFileSync(path.join(artifactsDir, 'logs', `${label}.log`), output);
  };

  const stop = async ({ keepData = false } = {}): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const stopping = Date.now();
      child.kill('SIGTERM');
      if (!(await exited(child, 10000))) {
        output += '\n[e2e] server ignored SIGTERM for 10 s; sending SIGKILL\n';
        child.kill('SIGKILL');
        await exited(child, 5000);
      }
      output += `\n[e2e] stopped in ${Date.now() - stopping} ms (exit ${child.exitCode ?? child.signalCode})\n`;
    }
    saveLog();
    if (anyTestFailed()) printLog(`log of ${label} (${url})`, output);
    if (ownsDataDir && !keepData) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, 90000);
  } catch (error) {
    child.kill('SIGKILL');
    await exited(child, 5000);
    saveLog();
    printLog(`log of ${label} that failed to start`, output);
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  output += `\n[e2e] healthy after ${Date.now() - started} ms\n`;

  const server: RunningServer = {
    url,
    port,
    dataDir,
    adminPassword,
    databaseKind: process.env.E2E_DATABASE_URL ? 'postgres' : 'embedded',
    log,
    stop,
    restart: async () => {
      await stop({ keepData: true });
      const next = await startServer({ ...options, dataDir, port, label: `${label}-restarted` });
      // The restarted server owns the temporary folder now, if this one did.
      if (!ownsDataDir) return next;
      const stopNext = next.stop;
      return {
        ...next,
        stop: async (opts) => {
          await stopNext(opts);
          if (!opts?.keepData) rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
  return server;
}
