import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/app-config.js';
import { createTestDatabase } from './test-database.js';

export const ADMIN_PASSWORD = 'Admin-Test-2025';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  form?: FormData;
  lang?: string;
  headers?: Record<string, string>;
}

export class TestApp {
  constructor(
    readonly app: NestExpressApplication,
    readonly baseUrl: string,
    private readonly cleanup: () => Promise<void>,
  ) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.lang) headers['accept-language'] = options.lang;
    let body: FormData | string | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }

  post<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }

  patch<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  async login(username: string, password: string): Promise<string> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.token;
  }

  close(): Promise<void> {
    return this.cleanup();
  }
}

/** The whole application on a free port, on a fresh PostgreSQL database (TEST_DATABASE_URL) or an in-memory PGlite. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ ADMIN_PASSWORD, DATA_DIR: ':memory:', DATABASE_URL: database?.url, ...env }, { clientDir: '/nonexistent' });
  // TEST_LOGS=1 shows the server's log (errors behind a 500) while a test runs.
  const app = await createApp(config, process.env.TEST_LOGS ? {} : { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return new TestApp(app, `http://127.0.0.1:${port}`, async () => {
    await app.close();
    await database?.drop();
  });
}
