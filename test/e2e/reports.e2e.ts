import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { login, uniqueSuffix, type Api } from '../support/api.js';
import { horizontalOverflow, launchBrowser, PHONE, screenshot, watchPage, type LaunchedBrowser } from '../support/browser.js';
import { artifactsDir } from '../support/paths.js';
import { pdfPageCount, pdfText } from '../support/pdf-text.js';
import { startServer, type RunningServer } from '../support/server.js';
import { textOf, until } from '../support/waits.js';

const HOUR = 3_600_000;
const ORGANIZER = { username: 'tochuc.so', password: 'demo1234' };

interface PaperQuestion {
  id: string;
  type: string;
  options?: { id: string }[];
}

/** Takes the contest once through the API: the first option (or "1") everywhere, then submits; returns the score. */
async function takeOnce(student: Api, contestId: string): Promise<number> {
  const attempt = await student.post<{ id: string; questions: PaperQuestion[] }>(`/api/contests/${contestId}/attempts`, {});
  if (attempt.status !== 201) throw new Error(`start attempt: HTTP ${attempt.status} ${attempt.text}`);
  for (const question of attempt.body.questions) {
    const response =
      question.type === 'multiple'
        ? [question.options![0]!.id]
        : question.options?.length
          ? question.options[0]!.id
          : question.type === 'numeric'
            ? 1
            : '1';
    const saved = await student.put(`/api/attempts/${attempt.body.id}/answers/${question.id}`, { response, seq: 1 });
    if (saved.status !== 200) throw new Error(`save answer: HTTP ${saved.status} ${saved.text}`);
  }
  const submitted = await student.post<{ score: number }>(`/api/attempts/${attempt.body.id}/submit`, {});
  if (submitted.status !== 200) throw new Error(`submit: HTTP ${submitted.status} ${submitted.text}`);
  return submitted.body.score;
}

/** The figures a unit's row shows, read from its cells. */
async function rowFigures(page: Page, unitId: string): Promise<Record<string, string>> {
  const row = page.locator(`[data-testid="report-unit-table"] [data-testid="report-unit-row"][data-unit-id="${unitId}"]`);
  await row.waitFor();
  const cells = await row
    .locator('td[data-col]')
    .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [(td as HTMLElement).dataset.col!, td.textContent!.trim()])));
  return { name: ((await row.locator('th').textContent()) ?? '').trim(), ...cells };
}

describe('Reports by unit in Chromium: drill down, export to Excel, print to PDF', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let desktop: BrowserContext;
  let page: Page;
  let problems: string[];
  let organizer: Api;
  const suffix = uniqueSuffix();
  const names = {
    commune: `Xã Kiểm Thử Báo Cáo ${suffix}`,
    schoolA: `Trường THCS Kiểm Thử A ${suffix}`,
    schoolB: `Trường Tiểu học Kiểm Thử B ${suffix}`,
  };
  let commune: { id: string };
  let schoolA: { id: string };
  let schoolB: { id: string };
  let contest: { id: string; title: string };
  let bestA: number[];
  let scoreB: number;

  beforeAll(async () => {
    server = await startServer({ demoData: true, label: 'reports' });
    organizer = (await login(server.url, ORGANIZER.username, ORGANIZER.password)).client;
    const me = (await organizer.get<{ unitId: string }>('/api/auth/me')).body;
    const unit = async (code: string, fields: Record<string, unknown>) => {
      const created = await organizer.post<{ id: string }>('/api/units', { code: `E2E-REPORTS-${suffix}-${code}`, ...fields });
      if (created.status !== 201) throw new Error(`create unit: HTTP ${created.status} ${created.text}`);
      return created.body;
    };
    commune = await unit('XA', { name: names.commune, kind: 'commune', parentId: me.unitId });
    schoolA = await unit('A', { name: names.schoolA, kind: 'school', level: 'THCS', parentId: commune.id, studentCount: 4 });
    schoolB = await unit('B', { name: names.schoolB, kind: 'school', level: 'TH', parentId: commune.id });

    const now = Date.now();
    const created = await organizer.post<{ id: string; title: string }>('/api/contests', {
      title: `Cuộc thi báo cáo ${suffix}`,
      audience: { unitIds: [commune.id] },
      rounds: [{ name: 'Đợt kiểm thử', opensAt: new Date(now - HOUR).toISOString(), closesAt: new Date(now + 24 * HOUR).toISOString() }],
      durationSeconds: 1200,
      questionCount: 5,
      attemptsAllowed: 3,
      review: 'immediately',
    });
    if (created.status !== 201) throw new Error(`create contest: HTTP ${created.status} ${created.text}`);
    const published = await organizer.post(`/api/contests/${created.body.id}/publish`);
    if (published.status !== 200) throw new Error(`publish: HTTP ${published.status} ${published.text}`);
    contest = created.body;

    const student = async (unitId: string, fullName: string, birthDate?: string) => {
      const password = 'Hocsinh-e2e-2026';
      const made = await organizer.post<{ user: { username: string } }>('/api/users', {
        fullName,
        password,
        role: 'participant',
        unitId,
        kind: 'student',
        className: '6A',
        birthDate,
      });
      if (made.status !== 201) throw new Error(`create user: HTTP ${made.status} ${made.text}`);
      return (await login(server.url, made.body.user.username, password)).client;
    };
    // School A: 4 accounts for a headcount of 4, two take part (one twice), and Cường has a second account
    // typed without diacritics (a likely duplicate); school B: one account, one participant, no headcount.
    const [an, binh] = [await student(schoolA.id, 'Nguyễn Văn An'), await student(schoolA.id, 'Trần Thị Bình')];
    await student(schoolA.id, 'Lê Văn Cường', '2012-05-01');
    await student(schoolA.id, 'Le Van Cuong', '2012-05-01');
    const dung = await student(schoolB.id, 'Phạm Thị Dung');
    const anScores = [await takeOnce(an, contest.id), await takeOnce(an, contest.id)];
    bestA = [Math.max(...anScores), await takeOnce(binh, contest.id)];
    scoreB = await takeOnce(dung, contest.id);

    browser = await launchBrowser();
    desktop = await browser.desktop({ baseURL: server.url });
    page = await desktop.newPage();
    // Charts draw at once, without their animation, so screenshots show them whole.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    problems = watchPage(page);
  });

  afterAll(async () => {
    if (problems?.length && (globalThis as { __e2eFailed?: boolean }).__e2eFailed)
      process.stderr.write(`\nbrowser problems:\n${problems.join('\n')}\n`);
    await desktop?.close();
    await browser?.close();
    await server?.stop();
  });

  it('opens the unit report from the contest page, the commune in its row with three participants', async () => {
    await page.goto('/login');
    await page.getByTestId('login-username').fill(ORGANIZER.username);
    await page.getByTestId('login-password').fill(ORGANIZER.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.goto(`/contests/${contest.id}`);
    await page.getByTestId('contest-reports-link').click();
    await page.waitForURL((url) => url.pathname === `/contests/${contest.id}/reports`);
    const row = await rowFigures(page, commune.id);
    expect(row).toMatchObject({ name: names.commune, participants: '3', attempts: '4', registered: '5', headcount: '4' });
    // The demo's communes have no participant in this contest; the total row adds up only ours.
    expect(await page.getByTestId('report-unit-total').getAttribute('data-participants')).toBe('3');
    await page.getByTestId('chart-units').and(page.locator('[data-drawn="true"]')).waitFor();
    await screenshot(page, 'reports-units-top');
  });

  it('drills into the commune, then into a school, with a breadcrumb back up', async () => {
    await page.locator(`[data-testid="report-unit-row"][data-unit-id="${commune.id}"] th a`).click();
    await page.waitForURL((url) => url.searchParams.get('parentId') === commune.id);
    await until(async () => (await page.getByTestId('report-units').getAttribute('data-parent-id')) === commune.id, 'the commune report');
    await textOf(page.getByTestId('report-breadcrumb'), new RegExp(names.commune));

    const a = await rowFigures(page, schoolA.id);
    const highestA = Math.max(...bestA);
    expect(a).toMatchObject({
      name: names.schoolA,
      headcount: '4',
      registered: '4',
      participants: '2',
      rate: '50%',
      registeredRate: '50%',
      attempts: '3',
      highest: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(highestA),
      fullMarks: String(bestA.filter((score) => score === 5).length),
    });
    const b = await rowFigures(page, schoolB.id);
    // No headcount for school B: no rate rather than a made-up one.
    expect(b).toMatchObject({ participants: '1', rate: '—', mean: new Intl.NumberFormat('vi-VN').format(scoreB) });
    expect(await page.getByTestId('report-unit-total').getAttribute('data-participants')).toBe('3');
    await screenshot(page, 'reports-units-commune');

    await page.locator(`[data-testid="report-unit-row"][data-unit-id="${schoolA.id}"] th a`).click();
    await page.waitForURL((url) => url.searchParams.get('unitId') === schoolA.id && url.searchParams.get('tab') === 'participants');
    await until(
      async () => (await page.getByTestId('report-people-total').getAttribute('data-total')) === '4',
      'the four people of school A',
    );
    const people = page.getByTestId('report-person');
    // Ranked first the two who took part, An (two attempts) and Bình; then the two accounts of Cường, both flagged.
    const names4 = (await people.locator('.name').allTextContents()).map((name) => name.trim());
    expect(names4.slice(0, 2).sort()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(names4.slice(2).sort()).toEqual(['Le Van Cuong', 'Lê Văn Cường']);
    expect(await page.locator('[data-testid="report-person"][data-duplicate="true"]').count()).toBe(2);
    const an = people.filter({ hasText: 'Nguyễn Văn An' });
    expect((await an.locator('td').allTextContents()).map((text) => text.trim())).toContain('2');
    await textOf(page.getByTestId('report-breadcrumb'), new RegExp(names.schoolA));
    await screenshot(page, 'reports-school-people');

    // The search ignores diacritics: "nguyen van an" finds Nguyễn Văn An alone.
    await page.getByTestId('report-people-search').fill('nguyen van an');
    await page.waitForURL((url) => url.searchParams.get('q') === 'nguyen van an');
    await until(async () => (await page.getByTestId('report-people-total').getAttribute('data-total')) === '1', 'one match');
    expect((await people.locator('.name').allTextContents()).map((name) => name.trim())).toEqual(['Nguyễn Văn An']);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('parentId') === commune.id && !url.searchParams.has('tab'));
    await page.getByTestId('report-breadcrumb').getByRole('link').first().click();
    await page.waitForURL((url) => !url.searchParams.has('parentId'));
    await rowFigures(page, commune.id);
  });

  it('analyses the questions of the best attempts, or of every attempt', async () => {
    await page.getByTestId('report-tab-questions').click();
    const papers = page.locator('[data-testid="report-test-stats"] [data-figure="attempts"] dd');
    // The best attempt of each of the three participants, then all four attempts.
    await textOf(papers, /^3$/);
    await page.getByTestId('chart-facility').and(page.locator('[data-drawn="true"]')).waitFor();
    expect(await page.getByTestId('report-question').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'reports-questions');
    await page.getByTestId('report-attempts-all').check();
    await page.waitForURL((url) => url.searchParams.get('attempts') === 'all');
    await textOf(papers, /^4$/);
  });

  it('ranks the schools by participants and lists the prizes', async () => {
    await page.getByTestId('report-tab-collective').click();
    const schools = page.getByTestId('report-collective-schools');
    await schools.waitFor();
    const first = schools.locator('table').first().locator(`[data-testid="report-ranked-unit"][data-unit-id="${schoolA.id}"]`);
    expect(await first.getAttribute('data-rank')).toBe('1');
    // Three people took part: all three are on the prize list (ten prizes).
    expect(await page.locator('[data-testid="report-prizes"] [data-testid="report-prize"]').count()).toBe(3);
    await screenshot(page, 'reports-collective');
    await page.getByTestId('report-tab-units').click();
    await page.waitForURL((url) => !url.searchParams.has('tab'));
  });

  it('downloads the commune report as .xlsx, with the school’s participants in its row', async () => {
    if ((await page.getByTestId('report-units').getAttribute('data-parent-id')) !== commune.id)
      await page.locator(`[data-testid="report-unit-row"][data-unit-id="${commune.id}"] th a`).click();
    await until(async () => (await page.getByTestId('report-units').getAttribute('data-parent-id')) === commune.id, 'the commune report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    mkdirSync(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, 'reports-commune.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets.find((candidate) => candidate.name === 'Theo đơn vị') ?? workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
    const participantsColumn = header.indexOf('Số người dự thi');
    expect(participantsColumn).toBeGreaterThan(0);
    let rowA: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === names.schoolA) rowA = row;
    });
    expect(rowA).toBeDefined();
    expect(rowA!.getCell(participantsColumn).value).toBe(2);
    expect(sheet.getCell('A1').value).toBe('Đơn vị');
    // One workbook, a sheet per table.
    expect(workbook.worksheets.map((candidate) => candidate.name)).toEqual(expect.arrayContaining(['Theo đơn vị', 'Theo câu hỏi']));
  });

  it('prints the commune report on A4 with the national motto, the tables and the charts', async () => {
    await page.getByTestId('report-print-link').click();
    await page.waitForURL(
      (url) => url.pathname === `/contests/${contest.id}/reports/print` && url.searchParams.get('parentId') === commune.id,
    );
    const sheet = page.locator('[data-testid="print-sheet"][data-ready="true"]');
    await sheet.waitFor();
    await page.getByTestId('print-chart-units').and(page.locator('[data-drawn="true"]')).waitFor();
    await page.getByTestId('print-chart-scores').and(page.locator('[data-drawn="true"]')).waitFor();
    expect(await page.getByTestId('print-motto').textContent()).toBe('Độc lập - Tự do - Hạnh phúc');
    await textOf(page.getByTestId('print-header'), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    await textOf(page.getByTestId('print-issuer'), /^SỞ GIÁO DỤC VÀ ĐÀO TẠO/);
    await textOf(page.getByTestId('print-date'), /, ngày \d{2} tháng \d{1,2} năm \d{4}$/);
    await page.getByTestId('print-place').fill('Bình Chánh');
    await textOf(page.getByTestId('print-date'), /^Bình Chánh, ngày/);
    expect(await page.locator('[data-testid="print-unit-table"] [data-testid="report-unit-row"]').count()).toBe(2);
    await screenshot(page, 'reports-print-screen');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const file = path.join(artifactsDir, 'reports-commune.pdf');
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen', reducedMotion: 'reduce' });
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Text, two tables and two charts drawn at three pixels per point: well over a few kilobytes.
    expect(statSync(file).size).toBeGreaterThan(30_000);
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    // A long name wraps inside its cell: compare with the lines joined.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toMatch(/Bình Chánh, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(text).toContain('NGƯỜI LẬP BIỂU');
    expect(text).toContain(names.schoolA);
    expect(text).toContain('Danh sách đạt giải cá nhân');
    // Nothing of the app around the sheet reaches the paper.
    expect(text).not.toContain('Trang chủ');
  });

  it(`reads on a ${PHONE.width}-px phone: only the tables scroll sideways`, async () => {
    const phone = await browser.phone({ baseURL: server.url });
    try {
      const small = await phone.newPage();
      await small.emulateMedia({ reducedMotion: 'reduce' });
      problems.push(...watchPage(small));
      await small.request.post('/api/auth/login', { data: ORGANIZER });
      await small.goto(`/contests/${contest.id}/reports?parentId=${commune.id}`);
      await rowFigures(small, schoolA.id);
      await small.getByTestId('chart-scores').and(small.locator('[data-drawn="true"]')).waitFor();
      expect(await horizontalOverflow(small)).toEqual([]);
      await screenshot(small, 'reports-phone');
    } finally {
      await phone.close();
    }
  });

  it('had no page errors', () => {
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });
});
