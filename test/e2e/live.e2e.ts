import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { login, type Api } from '../support/api.js';
import { horizontalOverflow, launchBrowser, screenshot, watchPage, type LaunchedBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { until } from '../support/waits.js';

const ORGANIZER = { username: 'tochuc.so', password: 'demo1234' };
const STUDENT = { username: 'hs.vinhloc', password: 'demo1234' };
const GUEST = 'Minh Khôi';
const LATECOMER = 'Khách Ba';
const PROJECTOR = { width: 1920, height: 1080 };

interface BankQuestion {
  id: string;
  type: string;
  stem: string;
  options: { id: string; text: string; correct: boolean }[];
}

interface PickedQuestion {
  id: string;
  right: string;
  wrong: string;
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Three approved single-choice questions of the demo bank whose options read differently, with a right and a wrong option text. */
async function pickQuestions(organizer: Api): Promise<PickedQuestion[]> {
  const listed = await organizer.get<{ items: BankQuestion[] }>('/api/questions', { query: { status: 'approved', pageSize: 200 } });
  if (listed.status !== 200) throw new Error(`GET /api/questions: HTTP ${listed.status} ${listed.text}`);
  const picked: PickedQuestion[] = [];
  for (const question of listed.body.items) {
    if (question.type !== 'single') continue;
    const texts = question.options.map((option) => option.text.trim());
    if (new Set(texts).size !== texts.length) continue;
    const right = question.options.find((option) => option.correct);
    const wrong = question.options.find((option) => !option.correct);
    if (right && wrong) picked.push({ id: question.id, right: right.text.trim(), wrong: wrong.text.trim() });
    if (picked.length === 3) return picked;
  }
  throw new Error(
    `the bank has ${picked.length} approved single-choice questions; the live test needs 3 (start the server with demo data)`,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The phone's option button whose text is exactly `text` (options may be shuffled and renamed per round). */
function optionButton(page: Page, text: string): Locator {
  return page
    .getByTestId('live-option-button')
    .filter({ has: page.locator('.text', { hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) }) });
}

async function attribute(locator: Locator, name: string): Promise<string | null> {
  return locator.first().getAttribute(name);
}

async function screenIs(page: Page, testid: string, screen: string, timeout = 20000): Promise<void> {
  await until(
    async () => (await attribute(page.getByTestId(testid), 'data-screen').catch(() => null)) === screen,
    `${testid} to show ${screen}`,
    timeout,
  );
}

describe('A live round in Chromium: a projector and two phones play three questions to the podium', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let organizer: Api;
  let questions: PickedQuestion[];
  let round: { id: string; pin: string };
  let hostContext: BrowserContext;
  let guestContext: BrowserContext;
  let studentContext: BrowserContext;
  let host: Page;
  let guest: Page;
  let student: Page;
  let problems: string[];
  const overflowing = new Map<string, string[]>();

  async function capture(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    if (page === host) return;
    const culprits = await horizontalOverflow(page);
    if (culprits.length > 0) overflowing.set(name, culprits);
  }

  async function projector(raw: Browser): Promise<BrowserContext> {
    const context = await raw.newContext({
      viewport: PROJECTOR,
      deviceScaleFactor: 1,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      baseURL: server.url,
    });
    context.setDefaultTimeout(15000);
    return context;
  }

  /** The host presses the big button, expecting it to do `action`. */
  async function hostStep(action: string): Promise<void> {
    const button = host.getByTestId('live-host-step');
    await until(
      async () => (await attribute(button, 'data-action')) === action && (await button.isEnabled()),
      `the host's ${action} button`,
    );
    await button.click();
  }

  beforeAll(async () => {
    server = await startServer({ demoData: true, label: 'live' });
    organizer = (await login(server.url, ORGANIZER.username, ORGANIZER.password)).client;
    questions = await pickQuestions(organizer);
    const created = await organizer.post<{ id: string; pin: string }>('/api/live-rounds', {
      title: 'Rung chuông vàng kiểm thử',
      questionIds: questions.map((question) => question.id),
      mode: 'speed',
      secondsPerQuestion: 30,
      allowGuests: true,
    });
    if (created.status !== 201) throw new Error(`POST /api/live-rounds: HTTP ${created.status} ${created.text}`);
    round = created.body;

    browser = await launchBrowser();
    hostContext = await projector(browser.browser);
    host = await hostContext.newPage();
    guestContext = await browser.phone({ baseURL: server.url });
    guest = await guestContext.newPage();
    studentContext = await browser.phone({ baseURL: server.url });
    student = await studentContext.newPage();
    problems = [...watchPage(host), ...watchPage(guest), ...watchPage(student)];
  });

  afterAll(async () => {
    if (problems?.length && (globalThis as { __e2eFailed?: boolean }).__e2eFailed)
      process.stderr.write(`\nbrowser problems:\n${problems.join('\n')}\n`);
    await hostContext?.close();
    await guestContext?.close();
    await studentContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('opens the projector lobby with the PIN and a QR code of the join address', async () => {
    await signIn(host, ORGANIZER.username, ORGANIZER.password);
    await host.getByTestId('nav-live').click();
    const listed = host.locator(`[data-testid="live-round"][data-round-id="${round.id}"]`);
    await listed.waitFor();
    await capture(host, 'live-host-list');
    await listed.getByTestId('live-open-host').click();
    await host.waitForURL((url) => url.pathname === `/live/${round.id}/host`);
    await screenIs(host, 'live-host', 'lobby');
    await until(async () => (await attribute(host.getByTestId('live-host'), 'data-connection')) === 'live', 'the host socket');
    expect(await attribute(host.getByTestId('live-pin'), 'data-pin')).toBe(round.pin);
    const qrUrl = new URL((await attribute(host.getByTestId('live-qr'), 'data-url'))!);
    expect(qrUrl.pathname).toBe('/play');
    expect(qrUrl.searchParams.get('pin')).toBe(round.pin);
    expect(await attribute(host.getByTestId('live-player-count'), 'data-count')).toBe('0');
    await expect(host.getByTestId('live-host-step').isDisabled()).resolves.toBe(true);
  });

  it('lets a guest join by PIN with a nickname and a student join with the account', async () => {
    // The guest scans the QR code: the PIN comes in the address.
    await guest.goto(`/play?pin=${round.pin}`);
    await guest.getByTestId('live-nickname').waitFor();
    await capture(guest, 'live-phone-join');
    // The server's profanity filter refuses teencode; the phone shows its message on the nickname field.
    await guest.getByTestId('live-nickname').fill('vcl');
    await guest.getByTestId('live-join-submit').click();
    await until(async () => (await attribute(guest.getByTestId('live-nickname'), 'aria-invalid')) === 'true', 'the nickname refused');
    await guest.getByText('Biệt danh không phù hợp').waitFor();
    await capture(guest, 'live-phone-nickname-refused');
    await guest.getByTestId('live-nickname').fill(GUEST);
    await guest.getByTestId('live-join-submit').click();
    await screenIs(guest, 'live-player', 'lobby');
    expect(await guest.getByTestId('live-me').textContent()).toBe(GUEST);

    // The student types the PIN after signing in.
    await signIn(student, STUDENT.username, STUDENT.password);
    await student.goto('/play');
    await student.getByTestId('live-pin-input').fill(round.pin.slice(0, 3) + ' ' + round.pin.slice(3));
    await student.getByTestId('live-pin-submit').click();
    await student.getByTestId('live-join-as').waitFor();
    await student.getByTestId('live-join-submit').click();
    await screenIs(student, 'live-player', 'lobby');
    await capture(student, 'live-phone-lobby');

    await until(async () => (await attribute(host.getByTestId('live-player-count'), 'data-count')) === '2', 'two players in the lobby');
    const names = await host.getByTestId('live-lobby-player').locator('.name').allTextContents();
    expect(names).toContain(GUEST);
    expect(names).toHaveLength(2);
    // Players are there: the host may start (the lobby list, not a stale state, decides).
    await until(() => host.getByTestId('live-host-step').isEnabled(), 'the start button enabled');
  });

  it('kicks a third player out for good', async () => {
    const latecomerContext = await browser.phone({ baseURL: server.url });
    try {
      const latecomer = await latecomerContext.newPage();
      await latecomer.goto(`/play?pin=${round.pin}`);
      await latecomer.getByTestId('live-nickname').fill(LATECOMER);
      await latecomer.getByTestId('live-join-submit').click();
      await screenIs(latecomer, 'live-player', 'lobby');
      await until(async () => (await attribute(host.getByTestId('live-player-count'), 'data-count')) === '3', 'three players in the lobby');
      await capture(host, 'live-host-lobby');

      await host.getByTestId('live-lobby-player').filter({ hasText: LATECOMER }).getByTestId('live-kick').click();
      await screenIs(latecomer, 'live-player', 'kicked');
      await until(async () => (await attribute(host.getByTestId('live-player-count'), 'data-count')) === '2', 'the kicked player gone');
      // A reload does not bring a kicked player back: the saved token is refused.
      await latecomer.reload();
      await screenIs(latecomer, 'live-player', 'kicked');
      expect(await attribute(host.getByTestId('live-player-count'), 'data-count')).toBe('2');
    } finally {
      await latecomerContext.close();
    }
  });

  it('plays three questions: phones answer, the projector reveals, ranks and shows the podium', async () => {
    await hostStep('start');

    for (const [index, question] of questions.entries()) {
      await screenIs(host, 'live-host', 'question');
      await until(
        async () => (await attribute(host.getByTestId('live-host'), 'data-question-index')) === String(index),
        `question ${index + 1} on the projector`,
      );
      await screenIs(guest, 'live-player', 'answer');
      await screenIs(student, 'live-player', 'answer');
      const countdown = Number(await attribute(guest.getByTestId('live-countdown'), 'data-remaining-ms'));
      expect(countdown).toBeGreaterThan(10_000);
      expect(countdown).toBeLessThanOrEqual(30_000);
      if (index === 0) {
        await capture(host, 'live-host-question');
        await capture(guest, 'live-phone-question');
      }

      // The guest is always right; the student is wrong on the first two and right on the last.
      await optionButton(guest, question.right).click();
      await screenIs(guest, 'live-player', 'received');
      if (index === 0) await capture(guest, 'live-phone-received');

      if (index === 1) {
        // The student's phone reloads mid-question: back in the same round, same score, still able to answer.
        const scoreBefore = await attribute(student.getByTestId('live-score'), 'data-score');
        await student.reload();
        await screenIs(student, 'live-player', 'answer');
        expect(await attribute(student.getByTestId('live-score'), 'data-score')).toBe(scoreBefore);
      }
      await optionButton(student, index === 2 ? question.right : question.wrong).click();
      await screenIs(student, 'live-player', 'received');

      // The question closes by itself once everyone has answered; the count may stop short of the last answer.
      await until(
        async () =>
          (await attribute(host.getByTestId('live-answered'), 'data-answered').catch(() => null)) === '2' ||
          (await attribute(host.getByTestId('live-host'), 'data-phase')) === 'closed',
        'both answers counted on the projector',
      );
      await hostStep('reveal');
      await screenIs(host, 'live-host', 'reveal');
      if (index === 1) {
        // The projector reloads on the reveal: back on the same chart and key.
        await host.reload();
        await screenIs(host, 'live-host', 'reveal');
      }
      const keyRow = host.locator('[data-testid="live-reveal-row"][data-correct="true"]');
      await keyRow.waitFor({ state: 'attached' });
      expect(await keyRow.count()).toBe(1);
      expect(await keyRow.textContent()).toContain(question.right);
      expect(await attribute(keyRow, 'data-count')).toBe(index === 2 ? '2' : '1');
      expect(await attribute(host.getByTestId('live-correct-count'), 'data-count')).toBe(index === 2 ? '2' : '1');

      await screenIs(guest, 'live-player', 'result');
      await screenIs(student, 'live-player', 'result');
      expect(await attribute(guest.getByTestId('live-result'), 'data-correct')).toBe('true');
      expect(Number(await attribute(guest.getByTestId('live-result'), 'data-points'))).toBeGreaterThanOrEqual(500);
      expect(await attribute(student.getByTestId('live-result'), 'data-correct')).toBe(index === 2 ? 'true' : 'false');
      if (index === 0) {
        await capture(host, 'live-host-reveal');
        await capture(guest, 'live-phone-result-right');
        await capture(student, 'live-phone-result-wrong');
        // A reload after the reveal comes back to the same result, not to a blank wait.
        await guest.reload();
        await screenIs(guest, 'live-player', 'result');
        expect(await attribute(guest.getByTestId('live-result'), 'data-correct')).toBe('true');
      }

      await hostStep('next');
      await screenIs(host, 'live-host', 'leaderboard');
      const leader = host.getByTestId('live-standing').first();
      await leader.waitFor();
      expect(await attribute(leader, 'data-rank')).toBe('1');
      expect(await leader.locator('.name').textContent()).toBe(GUEST);
      if (index === 0) await capture(host, 'live-host-leaderboard');

      await hostStep('next');
    }

    await screenIs(host, 'live-host', 'podium');
    const winner = host.locator('[data-testid="live-podium-place"][data-rank="1"]');
    await winner.waitFor();
    expect(await winner.getByTestId('live-podium-name').textContent()).toBe(GUEST);
    expect(await host.getByTestId('live-podium-place').count()).toBe(2);
    await host.waitForTimeout(1500); // the podium rises
    await capture(host, 'live-host-podium');

    await screenIs(guest, 'live-player', 'finished');
    await screenIs(student, 'live-player', 'finished');
    await until(async () => (await attribute(guest.getByTestId('live-finished'), 'data-rank')) === '1', 'the guest’s final rank');
    expect(await attribute(student.getByTestId('live-finished'), 'data-rank')).toBe('2');
    await capture(guest, 'live-phone-finished');
  });

  it('keeps the results: the round is finished with both players and the guest first', async () => {
    await host.getByTestId('live-results-link').click();
    await until(async () => new URL(host.url()).pathname === `/live/${round.id}`, `the results page (at ${host.url()})`);
    const first = host.locator('[data-testid="live-result-row"][data-rank="1"]');
    await first.waitFor();
    expect(await first.textContent()).toContain(GUEST);
    // The kicked player is listed too, without a rank.
    expect(await host.locator('[data-testid="live-result-row"]:not([data-rank=""])').count()).toBe(2);
    expect(await host.locator('[data-testid="live-result-row"][data-rank=""]').textContent()).toContain(LATECOMER);
    await capture(host, 'live-host-results');

    const saved = await organizer.get(`/api/live-rounds/${round.id}/results`);
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).toContain(GUEST);
    const exported = await organizer.get(`/api/live-rounds/${round.id}/export`, { query: { format: 'xlsx' } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('plays “Rung chuông vàng”: a wrong answer leaves the floor, the host rescues, both ring the golden bell', async () => {
    const created = await organizer.post<{ id: string; pin: string }>('/api/live-rounds', {
      title: 'Rung chuông vàng — vòng loại',
      questionIds: questions.slice(0, 2).map((question) => question.id),
      mode: 'elimination',
      secondsPerQuestion: 30,
      allowGuests: true,
      rescueScope: 'last',
    });
    expect(created.status).toBe(201);
    const bell = created.body;
    await host.goto(`/live/${bell.id}/host`);
    await screenIs(host, 'live-host', 'lobby');
    for (const phone of [guest, student]) await phone.goto(`/play?pin=${bell.pin}`);
    await guest.getByTestId('live-nickname').fill(GUEST);
    await guest.getByTestId('live-join-submit').click();
    await student.getByTestId('live-join-submit').click();
    await screenIs(guest, 'live-player', 'lobby');
    await screenIs(student, 'live-player', 'lobby');
    await hostStep('start');

    // Question 1: the student is wrong and leaves the floor.
    await screenIs(guest, 'live-player', 'answer');
    await screenIs(student, 'live-player', 'answer');
    await optionButton(guest, questions[0]!.right).click();
    await optionButton(student, questions[0]!.wrong).click();
    await hostStep('reveal');
    await screenIs(host, 'live-host', 'reveal');
    await host.getByTestId('live-reveal-floor').waitFor();
    await screenIs(student, 'live-player', 'result');
    await student.getByTestId('live-eliminated-now').waitFor();
    await capture(host, 'live-host-elimination-reveal');
    await capture(student, 'live-phone-eliminated');

    // The host rescues those who left on the last question: the student is back.
    await host.getByTestId('live-rescue-last').click();
    await student.getByTestId('live-rescued').waitFor();
    await until(async () => (await host.getByTestId('live-rescue-last').count()) === 0, 'the rescue button gone once nobody is out');
    await hostStep('next');
    await screenIs(host, 'live-host', 'leaderboard');
    await until(async () => (await attribute(host.getByTestId('live-remaining'), 'data-count')) === '2', 'two on the floor');
    expect(await host.locator('[data-testid="live-floor-player"][data-eliminated="false"]').count()).toBe(2);
    await capture(host, 'live-host-elimination-floor');

    // Question 2, the last: both right, both ring the golden bell.
    await hostStep('next');
    await screenIs(guest, 'live-player', 'answer');
    await screenIs(student, 'live-player', 'answer');
    await optionButton(guest, questions[1]!.right).click();
    await optionButton(student, questions[1]!.right).click();
    await hostStep('reveal');
    await screenIs(host, 'live-host', 'reveal');
    const celebration = host.locator('[data-testid="live-celebration"][data-kind="goldenBell"]');
    await celebration.waitFor();
    expect(await celebration.getByTestId('live-celebration-names').textContent()).toContain(GUEST);
    await capture(host, 'live-host-golden-bell');
    await hostStep('next');
    await hostStep('next');
    await screenIs(host, 'live-host', 'podium');
    await host.locator('[data-testid="live-celebration"][data-kind="goldenBell"]').waitFor();
    await screenIs(student, 'live-player', 'finished');
    await host.waitForTimeout(1500);
    await capture(host, 'live-host-elimination-podium');
    await capture(student, 'live-phone-elimination-finished');
  });

  it('has no phone page that scrolls sideways at 360 px', () => {
    expect(Object.fromEntries(overflowing)).toEqual({});
  });
});
