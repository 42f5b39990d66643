export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON when the response is JSON, otherwise undefined. */
  body: T;
}

export interface RequestOptions {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (a string, a FormData, a Buffer). */
  body?: BodyInit;
  headers?: Record<string, string>;
  language?: 'vi' | 'en';
  query?: Record<string, string | number | boolean | undefined>;
}

export type Api = ReturnType<typeof api>;

/** HTTP against a running server; `token` goes in `Authorization: Bearer`. */
export function api(baseUrl: string, token?: string) {
  const request = async <T = any>(method: string, route: string, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
    const url = new URL(route, baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { ...options.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.language) headers['accept-language'] = options.language;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(30000) });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, headers: response.headers, text, body: (isJson && text ? JSON.parse(text) : undefined) as T };
  };
  return {
    baseUrl,
    token,
    request,
    get: <T = any>(route: string, options?: RequestOptions) => request<T>('GET', route, options),
    post: <T = any>(route: string, json?: unknown, options?: RequestOptions) => request<T>('POST', route, { ...options, json }),
    patch: <T = any>(route: string, json?: unknown, options?: RequestOptions) => request<T>('PATCH', route, { ...options, json }),
    put: <T = any>(route: string, json?: unknown, options?: RequestOptions) => request<T>('PUT', route, { ...options, json }),
    delete: <T = any>(route: string, options?: RequestOptions) => request<T>('DELETE', route, options),
    upload: <T = any>(route: string, form: FormData, options?: RequestOptions) => request<T>('POST', route, { ...options, body: form }),
    withToken: (next: string) => api(baseUrl, next),
  };
}

/** Logs in and returns an api() bound to the new token, with the user. */
export async function login(baseUrl: string, username: string, password: string) {
  const response = await api(baseUrl).post<{ token: string; user: { id: string; role: string; username: string } }>('/api/auth/login', {
    username,
    password,
  });
  if (response.status !== 200) throw new Error(`login as ${username} failed: HTTP ${response.status} ${response.text}`);
  return { client: api(baseUrl, response.body.token), token: response.body.token, user: response.body.user };
}

/** A unique suffix so tests can share a PostgreSQL database across runs. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
}
