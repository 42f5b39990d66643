import type { BrowserContext, Page } from 'playwright-core';
import { login, type Api } from '../support/api.js';
import { horizontalOverflow, launchBrowser, PHONE, screenshot, watchPage, type LaunchedBrowser } from '../support/browser.js';
import { numberAttribute } from '../support/contests.js';
import { startServer, type RunningServer } from '../support/server.js';
import { textOf, until } from '../support/waits.js';

// A simulated demo participant: every one of them finished the demo contest's closed round.
const SIMULATED = { username: 'mau.th-vinhloc.1', password: 'demo1234' };
const STUDENT = { username: 'hs.vinhloc', password: 'demo1234' };
const HOUR = 3_600_000;

interface DemoContest {
  id: string;
  title: string;
  prizeCount: number;
  rounds: { id: string; name: string; state: 'upcoming' | 'open' | 'closed' }[];
}

describe('Results at close, and self-registration, in Chromium', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let projector: BrowserContext;
  let phone: BrowserContext;
  let desk: Page;
  let page: Page;
  let problems: string[];
  let organizer: Api;
  let contest: DemoContest;
  let closedRound: DemoContest['rounds'][number];
  const overflowing = new Map<string, string[]>();

  async function capture(target: Page, name: string): Promise<void> {
    await screenshot(target, name);
    if (target !== page) return;
    const culprits = await horizontalOverflow(target);
    if (culprits.length > 0) overflowing.set(`${name} (${new URL(target.url()).pathname})`, culprits);
  }

  beforeAll(async () => {
    server = await startServer({ demoData: true, label: 'contest-results' });
    organizer = (await login(server.url, 'tochuc.so', 'demo1234')).client;
    const listed = (await organizer.get<DemoContest[]>('/api/contests')).body;
    const demo = listed.find((item) => item.title.includes('(dữ liệu mẫu)') && item.rounds.some((round) => round.state === 'closed'));
    if (!demo) throw new Error('the demo contest with a closed round is missing');
    contest = demo;
    closedRound = demo.rounds.find((round) => round.state === 'closed')!;
    browser = await launchBrowser();
    projector = await browser.browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      baseURL: server.url,
    });
    projector.setDefaultTimeout(15000);
    desk = await projector.newPage();
    phone = await browser.phone({ baseURL: server.url });
    page = await phone.newPage();
    problems = [...watchPage(desk), ...watchPage(page)];
  });

  afterAll(async () => {
    if (problems?.length && (globalThis as { __e2eFailed?: boolean }).__e2eFailed)
      process.stderr.write(`\nbrowser problems:\n${problems.join('\n')}\n`);
    await projector?.close();
    await phone?.close();
    await browser?.close();
    await server?.stop();
  });

  async function signIn(target: Page, who: { username: string; password: string }): Promise<void> {
    await target.goto('/login');
    await target.getByTestId('login-username').fill(who.username);
    await target.getByTestId('login-password').fill(who.password);
    await target.getByTestId('login-submit').click();
    await target.waitForURL((url) => url.pathname === '/');
  }

  it("shows an organizer a closed round's final results on a wide screen: the real count and the prize list", async () => {
    const expected = (await organizer.get(`/api/contests/${contest.id}/results`, { query: { roundId: closedRound.id } })).body;
    expect(expected.final).toBe(true);
    expect(expected.ranking.total).toBeGreaterThan(contest.prizeCount);
    await signIn(desk, { username: 'tochuc.so', password: 'demo1234' });
    await desk.goto(`/contests/${contest.id}/results?round=${closedRound.id}`);
    await desk.getByTestId('results-final').waitFor();
    expect(await numberAttribute(desk.getByTestId('results-perfect'), 'data-count')).toBe(expected.perfectCount);
    const prizes = desk.getByTestId('results-prize');
    await until(async () => (await prizes.count()) === contest.prizeCount, `${contest.prizeCount} prizes`);
    await textOf(prizes.first(), new RegExp(expected.prizes[0].displayName.replace(/[().]/g, '.')));
    expect(await desk.getByTestId('results-entry').count()).toBe(Math.min(50, expected.ranking.total));
    expect(await desk.locator('[data-testid="results-collective-number"] [data-testid="results-unit"]').count()).toBeGreaterThan(0);
    await capture(desk, 'results-desktop-1920');

    // The whole contest, from the picker.
    await desk.getByTestId('results-round').selectOption('overall');
    await desk.locator('[data-testid="results"][data-scope="overall"]').waitFor();
    await until(async () => (await desk.getByTestId('results-prize').count()) === contest.prizeCount, 'the overall prize list');
    await capture(desk, 'results-desktop-1920-overall');
  });

  it('lets a participant reach the results from the contest page on a phone, with their own rank highlighted', async () => {
    await signIn(page, SIMULATED);
    await page.goto(`/contests/${contest.id}`);
    await page.getByTestId('contest-results-link').click();
    await page.waitForURL((url) => url.pathname === `/contests/${contest.id}/results`);
    await page.getByTestId('results').waitFor();
    await page.getByTestId('results-round').selectOption(closedRound.id);
    await page.getByTestId('results-final').waitFor();
    await until(async () => (await page.getByTestId('results-prize').count()) === contest.prizeCount, 'the prize list on the phone');
    await textOf(page.getByTestId('results-me'), /Hạng của bạn: \d+/);
    // Their line is on the page the "my rank" button leads to, highlighted.
    const jump = page.getByTestId('results-me').getByRole('button');
    if ((await jump.count()) > 0) await jump.click();
    await page.locator('[data-testid="results-entry"][data-me="true"]').waitFor();
    expect(await page.locator('[data-testid="results-entry"][data-me="true"]').count()).toBe(1);
    await page.getByTestId('results-prizes').scrollIntoViewIfNeeded();
    await capture(page, 'results-phone-360');
  });

  it('lets a participant outside the audience register for an open contest and then start it', async () => {
    const units = (await organizer.get<{ id: string; kind: string; name: string }[]>('/api/units')).body;
    const otherSchool = units.find((unit) => unit.kind === 'school' && !unit.name.includes('Vĩnh Lộc'));
    const now = Date.now();
    const created = await organizer.post('/api/contests', {
      title: `Cuộc thi mở đăng ký ${new Date(now).toISOString().slice(0, 16)}`,
      audience: { unitIds: [otherSchool!.id] },
      registration: 'open',
      lateStart: { mode: 'full_duration' },
      rounds: [{ name: 'Tuần 1', opensAt: new Date(now - HOUR).toISOString(), closesAt: new Date(now + 24 * HOUR).toISOString() }],
      durationSeconds: 900,
      questionCount: 10,
      attemptsAllowed: 1,
      review: 'never',
    });
    expect(created.status).toBe(201);
    expect((await organizer.post(`/api/contests/${created.body.id}/publish`)).status).toBe(200);

    await phone.clearCookies();
    await signIn(page, STUDENT);
    await page.goto('/contests');
    const card = page.locator(`[data-testid="contest-card"][data-contest-id="${created.body.id}"]`);
    await card.getByTestId('contest-can-register').waitFor();
    await page.goto(`/contests/${created.body.id}`);
    await page.getByTestId('contest-fact-late-start').waitFor();
    await page.getByTestId('contest-register').click();
    await page.getByTestId('contest-registered').waitFor();
    await page.getByTestId('contest-start').waitFor();
    await capture(page, 'registration-phone-registered');
    const student = (await login(server.url, STUDENT.username, STUDENT.password)).client;
    expect((await student.get(`/api/contests/${created.body.id}`)).body.access).toBe('registered');
  });

  it(`keeps the pages within ${PHONE.width} px, with no page errors`, () => {
    expect(Object.fromEntries(overflowing)).toEqual({});
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });
});
