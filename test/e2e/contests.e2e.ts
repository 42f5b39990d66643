import type { BrowserContext, Page } from 'playwright-core';
import { api, login, type Api } from '../support/api.js';
import { horizontalOverflow, launchBrowser, PHONE, screenshot, watchPage, type LaunchedBrowser } from '../support/browser.js';
import { answerCurrent, numberAttribute, openContest, type ContestSummary } from '../support/contests.js';
import { startServer, type RunningServer } from '../support/server.js';
import { textOf, until } from '../support/waits.js';

const STUDENT = { username: 'hs.vinhloc', password: 'demo1234', school: 'Trường Tiểu học Vĩnh Lộc (mẫu)' };

interface UnitRow {
  participants: number;
  attempts: number;
}

/** The school's row of the public board: participants and attempts, or zeros when the school has no row yet. */
async function unitRow(board: Page, name: string): Promise<UnitRow> {
  const row = board.getByTestId('board-unit').filter({ hasText: name });
  if ((await row.count()) === 0) return { participants: 0, attempts: 0 };
  const cells = (await row.first().locator('td').allTextContents()).map((text) => Number(text.replace(/\D/g, '')));
  return { participants: cells[0] ?? 0, attempts: cells[1] ?? 0 };
}

describe('A timed contest in Chromium at phone size, with the public board on a second screen', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let phone: BrowserContext;
  let projector: BrowserContext;
  let page: Page;
  let board: Page;
  let problems: string[];
  let organizer: Api;
  let contest: ContestSummary;
  let attemptId: string;
  let boardBefore: { participants: number; updates: number; school: UnitRow };
  const overflowing = new Map<string, string[]>();

  async function capture(target: Page, name: string): Promise<void> {
    await screenshot(target, name);
    if (target !== page) return;
    const culprits = await horizontalOverflow(target);
    if (culprits.length > 0) overflowing.set(`${name} (${new URL(target.url()).pathname})`, culprits);
  }

  beforeAll(async () => {
    server = await startServer({ demoData: true, label: 'contests' });
    organizer = (await login(server.url, 'tochuc.so', 'demo1234')).client;
    // On a shared PostgreSQL database the demo participant may have used the demo contest's attempts in earlier runs.
    contest = await openContest(organizer, { fresh: server.databaseKind === 'postgres' });
    browser = await launchBrowser();
    phone = await browser.phone({ baseURL: server.url });
    page = await phone.newPage();
    problems = watchPage(page);
    projector = await browser.desktop({ baseURL: server.url });
    board = await projector.newPage();
    problems.push(...watchPage(board));
  });

  afterAll(async () => {
    if (problems?.length && (globalThis as { __e2eFailed?: boolean }).__e2eFailed)
      process.stderr.write(`\nbrowser problems:\n${problems.join('\n')}\n`);
    await phone?.close();
    await projector?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the public board without signing in, live over the socket', async () => {
    await board.goto(`/contests/${contest.id}/board`);
    await board.getByTestId('board').waitFor();
    await until(async () => (await board.getByTestId('board').getAttribute('data-connection')) === 'live', 'the board socket to be live');
    await board.getByTestId('board-participants').waitFor();
    await board.getByTestId('board-provisional').waitFor();
    boardBefore = {
      participants: await numberAttribute(board.getByTestId('board-participants'), 'data-count'),
      updates: await numberAttribute(board.getByTestId('board'), 'data-updates'),
      school: await unitRow(board, STUDENT.school),
    };
    // The board is public: the page did not send the projector to the login page.
    expect(new URL(board.url()).pathname).toBe(`/contests/${contest.id}/board`);
    await capture(board, 'contests-board-before');
  });

  it('lets a demo student find the contest and open it', async () => {
    await page.goto('/login');
    await page.getByTestId('login-username').fill(STUDENT.username);
    await page.getByTestId('login-password').fill(STUDENT.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-contests').click();
    await page.waitForURL((url) => url.pathname === '/contests');
    const ours = page.locator(`[data-testid="contest-card"][data-contest-id="${contest.id}"]`);
    await ours.waitFor();
    expect(await ours.textContent()).toContain(contest.title);
    await capture(page, 'contests-phone-list');

    await ours.getByRole('link', { name: contest.title }).click();
    await page.waitForURL((url) => url.pathname === `/contests/${contest.id}`);
    await textOf(page.getByTestId('page-title'), new RegExp(contest.title.slice(0, 20).replace(/[()]/g, '.')));
    await page.getByTestId('contest-start').waitFor();
    await capture(page, 'contests-phone-contest');
  });

  it('starts, answers two questions, and after a reload finds the answers and a countdown that kept running', async () => {
    await page.getByTestId('contest-start').click();
    await page.waitForURL((url) => /^\/attempts\/[0-9a-f-]{36}$/.test(url.pathname));
    attemptId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByTestId('attempt-question').waitFor();
    const countdown = page.getByTestId('attempt-countdown');
    expect(await countdown.textContent()).toMatch(/\d+:\d{2}/);
    await capture(page, 'contests-phone-attempt-start');

    await answerCurrent(page, 0);
    await page.getByTestId('attempt-next').click();
    await until(async () => (await numberAttribute(page.getByTestId('attempt-question'), 'data-number')) === 2, 'the second question');
    await answerCurrent(page, 1);
    await page.locator('[data-testid="attempt-save-state"][data-state="saved"]').waitFor();
    await page.getByTestId('attempt-nav-toggle').click();
    await page.getByTestId('attempt-navigator').waitFor();
    expect(await page.locator('[data-testid="attempt-nav-item"][data-answered="true"]').count()).toBe(2);
    await capture(page, 'contests-phone-attempt-two-answered');

    const chosenBefore = await page.getByTestId('attempt-question').getAttribute('data-question-id');
    const remainingBefore = await numberAttribute(countdown, 'data-remaining-ms');
    await page.waitForTimeout(2000);
    await page.reload();
    await page.getByTestId('attempt-question').waitFor();
    await until(async () => (await numberAttribute(countdown, 'data-remaining-ms')) > 0, 'the countdown after the reload');
    const remainingAfter = await numberAttribute(countdown, 'data-remaining-ms');
    // Counting on from the server's deadline, not started again from the full duration.
    expect(remainingAfter).toBeLessThan(remainingBefore - 1000);
    expect(remainingAfter).toBeGreaterThan(remainingBefore - 60_000);
    // Back on the question it was on, with both answers, as the server has them.
    expect(await page.getByTestId('attempt-question').getAttribute('data-question-id')).toBe(chosenBefore);
    expect(await page.locator('[data-testid="attempt-nav-item"][data-answered="true"]').count()).toBe(2);
    const student = (await login(server.url, STUDENT.username, STUDENT.password)).client;
    const saved = await student.get(`/api/attempts/${attemptId}`);
    expect(saved.status).toBe(200);
    expect(saved.body.status).toBe('active');
    expect(Object.keys(saved.body.answers)).toHaveLength(2);
    expect(JSON.stringify(saved.body)).not.toMatch(/"correct"|explanation/);
    await capture(page, 'contests-phone-attempt-reloaded');
  });

  it('answers the rest and submits with a prediction, then shows the score and a rank', async () => {
    const question = page.getByTestId('attempt-question');
    const total = await numberAttribute(question, 'data-total');
    expect(total).toBeGreaterThan(2);
    // The reload came back on the second question; the rest are answered one screen after another.
    for (let number = 3; number <= total; number++) {
      await page.getByTestId('attempt-next').click();
      await until(async () => (await numberAttribute(question, 'data-number')) === number, `question ${number}`);
      await answerCurrent(page, number);
    }
    expect(await page.getByTestId('attempt-next').isDisabled()).toBe(true);
    await page.locator('[data-testid="attempt-save-state"][data-state="saved"]').waitFor();

    await page.getByTestId('attempt-submit').click();
    await page.getByTestId('submit-prediction').waitFor();
    await textOf(page.getByTestId('submit-summary'), new RegExp(`${total}/${total}`));
    await capture(page, 'contests-phone-submit');
    await page.getByTestId('submit-prediction').fill('37');
    await page.getByTestId('submit-confirm').click();

    const score = page.getByTestId('result-score');
    await score.waitFor();
    const correct = await numberAttribute(score, 'data-correct');
    expect(correct).toBeGreaterThanOrEqual(0);
    expect(correct).toBeLessThanOrEqual(total);
    const rank = page.getByTestId('result-rank');
    expect(await numberAttribute(rank, 'data-rank')).toBeGreaterThanOrEqual(1);
    await textOf(rank, /Hạng \d+/);
    await capture(page, 'contests-phone-result');

    const student = (await login(server.url, STUDENT.username, STUDENT.password)).client;
    const after = await student.get(`/api/attempts/${attemptId}`);
    expect(after.body.status).toBe('submitted');
  });

  it('updates the public board on the second screen after the submission', async () => {
    await until(
      async () => (await numberAttribute(board.getByTestId('board-participants'), 'data-count')) > boardBefore.participants,
      'the board to count the new participant',
      10000,
    );
    expect(await numberAttribute(board.getByTestId('board'), 'data-updates')).toBeGreaterThan(boardBefore.updates);
    const school = await unitRow(board, STUDENT.school);
    expect(school.attempts).toBe(boardBefore.school.attempts + 1);
    expect(school.participants).toBe(boardBefore.school.participants + 1);
    await capture(board, 'contests-board-after');
  });

  it('opens the review of the paper as the contest allows', async () => {
    await page.getByTestId('result-review').click();
    await page.waitForURL((url) => url.pathname === `/attempts/${attemptId}/review`);
    await page.locator('[data-testid="review-item"], [data-testid="review-unavailable"]').first().waitFor();
    const policy = (await organizer.get(`/api/contests/${contest.id}`)).body.review;
    if (policy === 'immediately') expect(await page.getByTestId('review-item').count()).toBeGreaterThan(2);
    await capture(page, 'contests-phone-review');
  });

  it('leaves the public board open to anyone, with no session at all', async () => {
    const anonymous = await api(server.url).get(`/api/contests/${contest.id}/leaderboard`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.participants).toBeGreaterThan(boardBefore.participants);
  });

  it(`keeps every participant page within ${PHONE.width} px, with no page errors`, () => {
    expect(Object.fromEntries(overflowing)).toEqual({});
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });
});
