import type { BrowserContext, Page } from 'playwright-core';
import { api, login, uniqueSuffix, type Api } from '../support/api.js';
import { horizontalOverflow, launchBrowser, PHONE, screenshot, watchPage, type LaunchedBrowser } from '../support/browser.js';
import { questionWorkbook } from '../support/questions.js';
import { XLSX_MIME } from '../support/roster.js';
import { startServer, type RunningServer } from '../support/server.js';
import { textOf, until } from '../support/waits.js';

describe('Question bank in Chromium at phone width: import, unaccented search, editor', () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let organizer: { username: string; password: string; client: Api };
  const suffix = uniqueSuffix();
  // The marker keeps this run's questions apart on a shared database; the rest is the phrase searched without diacritics.
  const goodStem = `Câu kiểm thử ${suffix}: gương điển hình tiên tiến của trường được giới thiệu trên kênh nào?`;
  const secondStem = `Câu kiểm thử ${suffix}: Lantoa giúp lan tỏa gương người tốt, việc tốt.`;
  const badStem = `Câu kiểm thử ${suffix}: câu một lựa chọn mà có hai đáp án đúng?`;
  const unaccented = `${suffix.toLowerCase()} guong dien hinh tien tien`;
  const overflowing = new Map<string, string[]>();

  async function capture(name: string): Promise<void> {
    await screenshot(page, name);
    const culprits = await horizontalOverflow(page);
    if (culprits.length > 0) overflowing.set(`${name} (${new URL(page.url()).pathname})`, culprits);
  }

  beforeAll(async () => {
    server = await startServer({ demoData: true, label: 'questions' });
    // The demo organizer of the whole department; on a shared PostgreSQL database without the demo, the admin.
    const demo = await api(server.url).post('/api/auth/login', { username: 'tochuc.so', password: 'demo1234' });
    organizer =
      demo.status === 200
        ? { username: 'tochuc.so', password: 'demo1234', client: api(server.url, demo.body.token) }
        : { username: 'admin', password: server.adminPassword, client: (await login(server.url, 'admin', server.adminPassword)).client };
    browser = await launchBrowser();
    context = await browser.phone({ baseURL: server.url });
    page = await context.newPage();
    problems = watchPage(page);
    // Leaving the editor with unsaved changes asks first; the test means to leave.
    page.on('dialog', (dialog) => dialog.accept());
  });

  afterAll(async () => {
    if (problems?.length && (globalThis as { __e2eFailed?: boolean }).__e2eFailed)
      process.stderr.write(`\nbrowser problems:\n${problems.join('\n')}\n`);
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows an organizer the question bank in the navigation, with the topic × level matrix', async () => {
    await page.goto('/login');
    await page.getByTestId('login-username').fill(organizer.username);
    await page.getByTestId('login-password').fill(organizer.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');

    await page.getByTestId('nav-questions').click();
    await page.waitForURL((url) => url.pathname === '/questions');
    await textOf(page.getByTestId('page-title'), /^Ngân hàng câu hỏi$/);
    await page.getByTestId('question-row').first().waitFor();
    const total = (await organizer.client.get('/api/questions', { query: { pageSize: 1 } })).body.total as number;
    if (organizer.username === 'tochuc.so') expect(total).toBeGreaterThanOrEqual(300);

    const matrix = page.getByTestId('question-matrix');
    await matrix.locator('tfoot').waitFor();
    const approved = (await organizer.client.get('/api/questions/matrix')).body as { count: number }[];
    const sum = approved.reduce((count, cell) => count + cell.count, 0);
    expect((await matrix.locator('tfoot td').last().textContent())?.replace(/\D/g, '')).toBe(String(sum));
    await capture('phone-questions-bank');
  });

  it('previews an .xlsx with a row error, imports only the valid rows when asked', async () => {
    await page.getByTestId('question-import').click();
    await page.waitForURL((url) => url.pathname === '/questions/import');
    const file = await questionWorkbook([
      [
        'Một lựa chọn',
        goodStem,
        'Bản tin và trang thông tin của trường',
        'Không giới thiệu ở đâu',
        'Chỉ trong họp chi bộ',
        'A',
        'exemplary-models',
      ],
      ['Một lựa chọn', badStem, 'Một', 'Hai', 'Ba', 'A,B', 'exemplary-models'],
      ['Đúng/Sai', secondStem, null, null, null, 'Đúng', 'exemplary-models'],
    ]);
    await page.getByTestId('question-import-file').setInputFiles({ name: `cau-hoi-${suffix}.xlsx`, mimeType: XLSX_MIME, buffer: file });
    expect(await page.getByTestId('question-import-format').inputValue()).toBe('xlsx');

    const preview = page.getByTestId('question-import-preview');
    await preview.waitFor();
    await textOf(page.getByTestId('question-import-count'), /2/);
    expect(await preview.getByTestId('question-import-row').count()).toBe(2);
    // Row 3 of the sheet (row 1 is the header) is a single-choice question with two keys.
    const errors = page.getByTestId('question-import-errors').getByTestId('question-import-error');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().getAttribute('data-line')).toBe('3');
    expect(await errors.first().getAttribute('data-code')).toBe('SINGLE_NEEDS_ONE_KEY');
    expect(await errors.first().locator('td').first().textContent()).toBe('3');

    const confirm = page.getByTestId('question-import-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await capture('phone-question-import-preview');
    // The dry run wrote nothing.
    expect((await organizer.client.get('/api/questions', { query: { q: suffix } })).body.total).toBe(0);

    await page.getByTestId('question-import-skip-invalid').check();
    expect(await confirm.isEnabled()).toBe(true);
    await confirm.click();
    await textOf(page.getByTestId('question-import-done'), /2/);
    await capture('phone-question-import-done');

    const saved = (await organizer.client.get('/api/questions', { query: { q: suffix, pageSize: 10 } })).body;
    expect(saved.total).toBe(2);
    expect(saved.items.map((question: { stem: string }) => question.stem).sort()).toEqual([goodStem, secondStem].sort());
    expect(saved.items.every((question: { status: string }) => question.status === 'draft')).toBe(true);
  });

  it('finds an imported question by a search typed without diacritics', async () => {
    await page.getByTestId('nav-questions').click();
    await page.waitForURL((url) => url.pathname === '/questions');
    await page.getByTestId('question-row').first().waitFor();
    await page.getByTestId('question-search').fill(unaccented);
    const rows = page.getByTestId('question-row');
    await until(async () => (await rows.count()) === 1 && (await rows.first().textContent())!.includes(goodStem), 'the imported question');
    expect(await rows.first().getByTestId('question-open').textContent()).toBe(goodStem);
    await capture('phone-questions-search');
  });

  it('refuses a single-choice question with two keys as you type, and previews it as a participant sees it', async () => {
    await page.getByTestId('question-create').click();
    await page.waitForURL((url) => url.pathname === '/questions/new');
    const stem = `Câu soạn thử ${suffix}: theo Luật Thi đua, khen thưởng năm 2022, danh hiệu nào dành cho cá nhân?`;
    const options = ['Chiến sĩ thi đua cơ sở', 'Tập thể lao động xuất sắc', 'Cờ thi đua của Chính phủ', 'Tập thể lao động tiên tiến'];
    await page.getByTestId('question-editor-type').selectOption('multiple');
    await page.getByTestId('question-editor-stem').fill(stem);
    const texts = page.getByTestId('question-editor-option-text');
    for (const [index, text] of options.entries()) await texts.nth(index).fill(text);
    const keys = page.getByTestId('question-editor-correct');
    await keys.nth(0).check();
    await keys.nth(1).check();
    expect(await page.getByTestId('question-editor-errors').count()).toBe(0);

    // Two keys suit a multiple-choice question, not a single-choice one.
    await page.getByTestId('question-editor-type').selectOption('single');
    const summary = page.getByTestId('question-editor-errors');
    await textOf(summary, /Câu một lựa chọn phải có đúng 1 đáp án đúng \(đang có 2\)\./);
    expect(await page.locator('#field-options').textContent()).toContain('Câu một lựa chọn phải có đúng 1 đáp án đúng (đang có 2).');

    const preview = page.getByTestId('question-preview');
    await textOf(preview, new RegExp(`Câu soạn thử ${suffix}`));
    // The participant's own question view, with no option marked: the key is not shown.
    const buttons = preview.getByTestId('attempt-option');
    expect(await buttons.count()).toBe(4);
    expect((await buttons.allTextContents()).map((text) => text.replace(/^\s*[A-D]/, '').trim())).toEqual(options);
    expect(await preview.locator('[data-selected="true"]').count()).toBe(0);
    expect(await preview.locator('[role="radio"]').count()).toBe(4);
    const frame = await preview.boundingBox();
    expect(frame!.width).toBeLessThanOrEqual(376);
    await page.getByTestId('question-editor-save').click();
    await capture('phone-question-editor-invalid');
    expect(new URL(page.url()).pathname).toBe('/questions/new');

    // One key (a click on an option already marked keeps that one only): the message goes, and the question saves as a draft.
    await keys.nth(0).click();
    await until(async () => (await summary.count()) === 0, 'the message to go');
    await preview.scrollIntoViewIfNeeded();
    await capture('phone-question-editor-preview');
    await page.getByTestId('question-editor-save').click();
    await page.waitForURL((url) => /^\/questions\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByTestId('question-editor-message').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const saved = (await organizer.client.get(`/api/questions/${id}`)).body;
    expect(saved).toMatchObject({ type: 'single', stem, status: 'draft', version: 1 });
    expect(saved.options.map((option: { correct: boolean }) => option.correct)).toEqual([true, false, false, false]);
    await page.getByTestId('question-review-submit').waitFor();
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });

  it('lets an admin mark a decree superseded, shows how many questions were flagged, and opens them in the bank', async () => {
    const admin = await login(server.url, 'admin', server.adminPassword);
    // A question of this run rests on the decree, so one is flagged whatever the database held before.
    const created = await admin.client.post('/api/questions', {
      type: 'single',
      stem: `Câu kiểm thử ${suffix}: theo Nghị định 98/2023/NĐ-CP, khen thưởng phải bảo đảm nguyên tắc nào?`,
      options: [
        { text: 'Chính xác, công khai, công bằng, kịp thời', correct: true },
        { text: 'Chỉ cần kịp thời', correct: false },
        { text: 'Theo đề nghị của cá nhân', correct: false },
      ],
      legalBasis: { documentId: 'nd-98-2023', article: 'Điều 4' },
      topic: 'decree-152-2025',
      cognitiveLevel: 'recognition',
      difficulty: 'easy',
    });
    expect(created.status).toBe(201);
    const questionId = created.body.question.id as string;

    const adminContext = await browser.phone({ baseURL: server.url });
    const adminPage = await adminContext.newPage();
    const adminProblems = watchPage(adminPage);
    const look = async (name: string) => {
      await screenshot(adminPage, name);
      const culprits = await horizontalOverflow(adminPage);
      if (culprits.length > 0) overflowing.set(`${name} (${new URL(adminPage.url()).pathname})`, culprits);
    };
    try {
      await adminPage.goto('/login');
      await adminPage.getByTestId('login-username').fill('admin');
      await adminPage.getByTestId('login-password').fill(server.adminPassword);
      await adminPage.getByTestId('login-submit').click();
      await adminPage.waitForURL((url) => url.pathname === '/');

      await adminPage.getByTestId('nav-questions').click();
      await adminPage.getByTestId('question-documents').click();
      await adminPage.waitForURL((url) => url.pathname === '/questions/documents');
      await textOf(adminPage.getByTestId('page-title'), /^Văn bản pháp lý và chủ đề$/);
      const row = adminPage.locator('[data-testid="legal-document-row"][data-document-id="nd-98-2023"]');
      await row.waitFor();
      expect(await row.textContent()).toContain('98/2023/NĐ-CP');
      await look('phone-legal-documents');

      await row.getByTestId('supersede-open').click();
      const replacement = adminPage.getByTestId('supersede-replacement');
      await replacement.click();
      await replacement.fill('152/2025');
      await adminPage.locator('[data-testid="supersede-replacement-option"][data-value="nd-152-2025"]').click();
      expect(await replacement.inputValue()).toContain('152/2025/NĐ-CP');
      const answered = adminPage.waitForResponse(
        (response) => response.url().endsWith('/api/legal-documents/nd-98-2023/supersede') && response.request().method() === 'PATCH',
      );
      await adminPage.getByTestId('supersede-confirm').click();
      const response = await answered;
      expect(response.status()).toBe(200);
      const { flagged } = (await response.json()) as { flagged: number };
      expect(flagged).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ supersededBy: 'nd-152-2025' });
      await textOf(adminPage.getByTestId('supersede-result'), new RegExp(`^Đã gắn cờ rà soát ${flagged} câu hỏi\\.$`));
      await look('phone-legal-documents-flagged');
      expect((await admin.client.get(`/api/questions/${questionId}`)).body.needsReview).toBe(true);

      // The result links to the bank filtered on the questions to review that rest on this document.
      await adminPage.getByTestId('supersede-open-bank').click();
      await adminPage.waitForURL((url) => url.pathname === '/questions' && url.searchParams.get('needsReview') === 'true');
      expect(new URL(adminPage.url()).searchParams.get('documentId')).toBe('nd-98-2023');
      const rows = adminPage.getByTestId('question-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      const listed = (await admin.client.get('/api/questions', { query: { needsReview: 'true', documentId: 'nd-98-2023', pageSize: 25 } }))
        .body as { total: number; items: { id: string }[] };
      await textOf(adminPage.locator('#question-list-title'), new RegExp(`^${listed.total} câu hỏi$`));
      expect(await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-question-id')))).toEqual(
        listed.items.map((item) => item.id),
      );
      await look('phone-questions-needs-review');
      expect(adminProblems.filter((problem) => !problem.includes('401'))).toEqual([]);
    } finally {
      await adminContext.close();
    }
  });

  it(`keeps every visited page within ${PHONE.width} px (no sideways scrolling)`, () => {
    expect(Object.fromEntries(overflowing)).toEqual({});
  });
});
