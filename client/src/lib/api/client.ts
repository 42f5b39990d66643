import createClient, { type Middleware } from 'openapi-fetch';
import { i18n } from '../i18n/i18n.svelte.js';
import type { paths } from './schema';

export const api = createClient<paths>({ baseUrl: '/', credentials: 'include' });

let onUnauthorized: (() => void) | undefined;

/** The session registers itself here so any 401 outside /api/auth ends it. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** For requests made outside openapi-fetch (uploads with progress): a 401 ends the session the same way. */
export function reportUnauthorized(): void {
  onUnauthorized?.();
}

const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.locale);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/')) {
      onUnauthorized?.();
    }
    return response;
  },
};

api.use(language);
