import { createRouter, type HooksContext } from 'sv-router';
import type { Role } from './lib/api/types.js';
import { session } from './lib/session.svelte.js';
import Layout from './pages/Layout.svelte';
import Home from './pages/Home.svelte';
import Login from './pages/Login.svelte';
import NotFound from './pages/NotFound.svelte';

declare module 'sv-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Signed-in users are sent home (login, register). */
    guestOnly?: boolean;
    /** Only these roles may open the page. */
    roles?: Role[];
  }
}

const managers: Role[] = ['admin', 'organizer'];
let firstNavigation = true;

async function guard({ meta, pathname, search }: HooksContext): Promise<void> {
  await session.ensureLoaded();
  if (meta.guestOnly && session.user) throw navigate('/', { replace: true });
  if (meta.public) return;
  if (!session.user) {
    const query = new URLSearchParams(search as Record<string, string>).toString();
    const next = pathname === '/' ? undefined : pathname + (query ? `?${query}` : '');
    throw navigate('/login', { replace: true, search: next ? { next } : undefined });
  }
  if (meta.roles && !session.hasRole(meta.roles)) throw navigate('/', { replace: true });
}

function focusTitle(): void {
  if (firstNavigation) {
    firstNavigation = false;
    return;
  }
  requestAnimationFrame(() => document.getElementById('page-title')?.focus({ preventScroll: true }));
}

export const { p, navigate, isActive, route } = createRouter({
  layout: Layout,
  hooks: { beforeLoad: guard, afterLoad: focusTitle },
  '/': Home,
  '/login': { '/': Login, meta: { public: true, guestOnly: true } },
  '/register': {
    '/': () => import('./pages/Register.svelte'),
    meta: { public: true, guestOnly: true },
  },
  '/account': () => import('./pages/Account.svelte'),
  '/contests': {
    '/': () => import('./pages/contests/ContestsPage.svelte'),
    '/new': { '/': () => import('./pages/contests/ContestEditorPage.svelte'), meta: { roles: managers } },
    '/:id': {
      '/': () => import('./pages/contests/ContestPage.svelte'),
      '/edit': { '/': () => import('./pages/contests/ContestEditorPage.svelte'), meta: { roles: managers } },
      // The projector page: no sign-in needed for a published contest.
      '/board': { '/': () => import('./pages/contests/BoardPage.svelte'), meta: { public: true } },
      '/results': () => import('./pages/contests/ResultsPage.svelte'),
      '/reports': {
        '/': () => import('./pages/reports/ReportPage.svelte'),
        '/print': () => import('./pages/reports/PrintPage.svelte'),
        meta: { roles: managers },
      },
    },
  },
  '/attempts': {
    '/:id': () => import('./pages/attempts/AttemptPage.svelte'),
    '/:id/review': () => import('./pages/attempts/ReviewPage.svelte'),
    meta: { roles: ['participant'] },
  },
  '/units': {
    '/': () => import('./pages/units/UnitsPage.svelte'),
    '/:id/people': () => import('./pages/people/PeoplePage.svelte'),
    meta: { roles: managers },
  },
  '/people': { '/': () => import('./pages/people/PeopleIndex.svelte'), meta: { roles: managers } },
  '/live': {
    '/': () => import('./pages/live/LiveRoundsPage.svelte'),
    '/new': () => import('./pages/live/LiveRoundEditorPage.svelte'),
    '/:id': {
      '/': () => import('./pages/live/LiveRoundPage.svelte'),
      // The projector, and a phone as a second host device.
      '/host': () => import('./pages/live/HostPage.svelte'),
    },
    meta: { roles: managers },
  },
  // Players join by PIN or QR code, with an account or as guests.
  '/play': { '/': () => import('./pages/live/PlayPage.svelte'), meta: { public: true } },
  '/reports': { '/': () => import('./pages/reports/ReportsIndex.svelte'), meta: { roles: managers } },
  '/questions': {
    '/': () => import('./pages/questions/QuestionsPage.svelte'),
    '/new': () => import('./pages/questions/QuestionEditorPage.svelte'),
    '/import': () => import('./pages/questions/QuestionImportPage.svelte'),
    '/documents': () => import('./pages/questions/DocumentsPage.svelte'),
    '/:id': () => import('./pages/questions/QuestionEditorPage.svelte'),
    meta: { roles: managers },
  },
  '*': NotFound,
});

/** A `next` query value is only followed when it is a path inside this app. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
