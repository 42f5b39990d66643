import type { BrowserContext, Page } from 'playwright-core';
import { login, uniqueSuffix, type Api } from '../support/api.js';
import { horizontalOverflow, launchBrowser, PHONE, screenshot, watchPage, type LaunchedBrowser } from '../support/browser.js';
import { rosterWorkbook, XLSX_MIME } from '../support/roster.js';
import { startServer, type RunningServer } from '../support/server.js';
import { textOf } from '../support/waits.js';

interface Unit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('Chromium at phone width: admin, roster import, participant', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let admin: Api;
  let commune: Unit;
  const suffix = uniqueSuffix();
  const schoolCode = `E2E-TH-${suffix}`;
  const schoolName = `Trường Tiểu học Kiểm Thử ${suffix}`;
  let school: Unit;
  let participant: { username: string; password: string; fullName: string };
  /** Pages that scroll sideways at phone width, checked by the last test so a layout fault does not hide the flow. */
  const overflowing = new Map<string, string[]>();

  async function capture(name: string): Promise<void> {
    await screenshot(page, name);
    const culprits = await horizontalOverflow(page);
    if (culprits.length > 0) overflowing.set(`${name} (${new URL(page.url()).pathname})`, culprits);
  }

  beforeAll(async () => {
    server = await startServer({ demoData: true, label: 'browser' });
    admin = (await login(server.url, 'admin', server.adminPassword)).client;
    const units = (await admin.get<Unit[]>('/api/units')).body;
    const demo = units.find((unit) => unit.code === 'DEMO-XA-VINHLOC') ?? units.find((unit) => unit.kind === 'commune');
    if (demo) commune = demo;
    else {
      // On a shared PostgreSQL database the demo is only loaded into an empty one: make a commune of our own.
      const department = await admin.post<Unit>('/api/units', { code: `E2E-SO-${suffix}`, name: 'Sở GD&ĐT kiểm thử', kind: 'department' });
      const created = await admin.post<Unit>('/api/units', {
        code: `E2E-XA-${suffix}`,
        name: 'Xã Vĩnh Lộc kiểm thử',
        kind: 'commune',
        parentId: department.body.id,
      });
      commune = created.body;
    }
    browser = await launchBrowser();
    context = await browser.phone({ baseURL: server.url });
    page = await context.newPage();
    problems = watchPage(page);
  });

  afterAll(async () => {
    if (problems?.length && (globalThis as { __e2eFailed?: boolean }).__e2eFailed)
      process.stderr.write(`\nbrowser problems:\n${problems.join('\n')}\n`);
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out deep link to the login page and back after admin signs in', async () => {
    await page.goto('/units');
    await page.waitForURL(/\/login\?next=%2Funits$/);
    await textOf(page.getByTestId('page-title'), /^Đăng nhập$/);
    await capture('phone-login');

    await signIn(page, 'admin', 'wrong-password-1');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toMatch(/không đúng/);

    await signIn(page, 'admin', server.adminPassword);
    await page.waitForURL((url) => url.pathname === '/units');
    await textOf(page.getByTestId('page-title'), /^Đơn vị$/);
    await page.getByTestId('nav-people').waitFor();
    await page.locator(`[data-testid="unit-node"][data-unit-code="${commune.code}"]`).first().waitFor({ state: 'attached' });
    await capture('phone-units');
  });

  it('creates a school under a demo commune through the unit form', async () => {
    await page.getByTestId('unit-create').click();
    await page.getByTestId('unit-form-code').fill(schoolCode);
    await page.getByTestId('unit-form-name').fill(schoolName);
    await page.getByTestId('unit-form-kind').selectOption('school');
    await page.getByTestId('unit-form-level').selectOption('TH');
    await page.getByTestId('unit-form-parent').selectOption(commune.id);
    await page.getByTestId('unit-form-staff').fill('42');
    await page.getByTestId('unit-form-students').fill('900');
    await capture('phone-unit-form');
    await page.getByTestId('unit-form-submit').click();
    await textOf(page.getByTestId('units-message'), new RegExp(schoolName));

    const node = page.locator(`[data-testid="unit-node"][data-unit-code="${schoolCode}"]`);
    await node.waitFor();
    expect(await node.textContent()).toContain(schoolName);

    const saved = (await admin.get<(Unit & { level: string; staffCount: number; studentCount: number })[]>('/api/units')).body.find(
      (unit) => unit.code === schoolCode,
    );
    expect(saved).toMatchObject({ name: schoolName, kind: 'school', level: 'TH', parentId: commune.id, staffCount: 42, studentCount: 900 });
    school = saved!;

    await node.getByTestId('unit-people').first().click();
    await page.waitForURL((url) => url.pathname === `/units/${school.id}/people`);
    await textOf(page.getByTestId('page-title'), new RegExp(schoolName));
  });

  it('previews a roster with a bad row, then imports a clean one and shows the credentials sheet', async () => {
    await page.getByTestId('roster-import').click();
    const withError = await rosterWorkbook([
      ['Nguyễn Thị Ánh', '05/09/2014', '5A'],
      ['Trần Văn Bình', '31/02/2014', '5A'],
      ['Lê Hoàng Đức', new Date(Date.UTC(2014, 10, 20)), '5B'],
    ]);
    await page.getByTestId('roster-import-file').setInputFiles({ name: 'danh-sach-loi.xlsx', mimeType: XLSX_MIME, buffer: withError });
    const preview = page.getByTestId('roster-import-preview');
    await preview.waitFor();
    // Row 3 of the sheet (the header is row 1) has a 31 February.
    const errorRows = preview.locator('.row-errors tbody tr');
    await errorRows.first().waitFor();
    expect(await errorRows.count()).toBe(1);
    expect(await errorRows.first().textContent()).toMatch(/3[\s\S]*Ngày sinh/);
    await capture('phone-roster-preview-error');

    // A dry run writes nothing.
    expect((await admin.get('/api/users', { query: { unitId: school.id } })).body.total).toBe(0);

    const clean = await rosterWorkbook([
      ['Nguyễn Thị Ánh', '05/09/2014', '5A'],
      ['Trần Văn Bình', '28/02/2014', '5A'],
      ['Lê Hoàng Đức', new Date(Date.UTC(2014, 10, 20)), '5B'],
    ]);
    await page.getByTestId('roster-import-file').setInputFiles({ name: 'danh-sach.xlsx', mimeType: XLSX_MIME, buffer: clean });
    await textOf(page.getByTestId('roster-import-count'), /3/);
    expect(await preview.locator('.row-errors').count()).toBe(0);
    await page.getByTestId('roster-import-confirm').click();

    const sheet = page.getByTestId('credentials-sheet');
    await sheet.waitFor();
    const cards = sheet.locator('article');
    expect(await cards.count()).toBe(3);
    const first = cards.filter({ hasText: 'Nguyễn Thị Ánh' });
    const secrets = await first.locator('dd.secret').allTextContents();
    expect(secrets).toHaveLength(2);
    participant = { fullName: 'Nguyễn Thị Ánh', username: secrets[0]!.trim(), password: secrets[1]!.trim() };
    expect(participant.username).toMatch(/^[a-z0-9._-]+$/);
    expect(participant.password.length).toBeGreaterThanOrEqual(8);
    await capture('phone-credentials-sheet');

    const people = await admin.get('/api/users', { query: { unitId: school.id } });
    expect(people.body.total).toBe(3);
    expect(people.body.items.map((user: { fullName: string }) => user.fullName).sort()).toEqual([
      'Lê Hoàng Đức',
      'Nguyễn Thị Ánh',
      'Trần Văn Bình',
    ]);
  });

  it('reloads a deep link and lands on the same page', async () => {
    const target = `/units/${school.id}/people`;
    await page.goto(target);
    await textOf(page.getByTestId('page-title'), new RegExp(schoolName));
    await page.reload();
    expect(new URL(page.url()).pathname).toBe(target);
    await textOf(page.getByTestId('page-title'), new RegExp(schoolName));
    await page.locator('[data-testid="roster-row"]').first().waitFor();
    expect(await page.locator('[data-testid="roster-row"]').count()).toBe(3);
  });

  it('logs out and signs in as an imported participant with the credentials shown', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await textOf(page.getByTestId('page-title'), /^Đăng nhập$/);
    // The session is gone on the server too.
    await page.goto('/units');
    await page.waitForURL(/\/login/);

    await page.goto('/login');
    await signIn(page, participant.username, participant.password);
    await page.waitForURL((url) => url.pathname === '/');
    await textOf(page.getByTestId('page-title'), new RegExp(participant.fullName));
    await page.getByTestId('nav-contests').waitFor();
    expect(await page.getByTestId('nav-units').count()).toBe(0);
    await capture('phone-participant-home');

    // A participant who opens an organizer page is sent home.
    await page.goto('/units');
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('switches the language from Vietnamese to English, and keeps it on a reloaded deep link', async () => {
    const nav = page.getByTestId('nav-contests');
    await textOf(nav, /^Cuộc thi$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByTestId('lang-switch').selectOption('en');
    await textOf(nav, /^Contests$/);
    await textOf(page.getByTestId('page-title'), new RegExp(`Welcome|${participant.fullName}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await capture('phone-participant-home-en');

    await page.getByTestId('nav-account').click();
    await page.waitForURL((url) => url.pathname === '/account');
    await textOf(page.getByTestId('page-title'), /^Account$/);
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/account');
    await textOf(page.getByTestId('page-title'), /^Account$/);
    await textOf(page.getByTestId('nav-contests'), /^Contests$/);
    await capture('phone-account-en');
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });

  it(`keeps every visited page within ${PHONE.width} px (no sideways scrolling)`, () => {
    expect(Object.fromEntries(overflowing)).toEqual({});
  });
});
