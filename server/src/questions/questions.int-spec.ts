import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { createUnit, createUser, form } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';

const single = (stem: string, extra: Record<string, unknown> = {}) => ({
  type: 'single',
  stem,
  options: [
    { text: 'Thi đua thường xuyên và thi đua theo chuyên đề', correct: true },
    { text: 'Thi đua cá nhân và thi đua tập thể', correct: false },
    { text: 'Thi đua ngắn hạn và dài hạn', correct: false },
  ],
  explanation: 'Khoản 1 Điều 16 Luật Thi đua, khen thưởng năm 2022.',
  legalBasis: { documentId: 'luat-06-2022-qh15', article: 'Điều 16', clause: 'Khoản 1' },
  topic: 'law-ch2-emulation',
  cognitiveLevel: 'recognition',
  difficulty: 'easy',
  ...extra,
});

const textFile = (text: string | Buffer, name: string) => Object.assign(new Blob([text]), { name });

describe('question bank (integration)', () => {
  let app: TestApp;
  let admin: string;
  let department: { id: string };
  let school: { id: string };
  let author: string;
  let reviewer: string;
  let schoolOrganizer: string;
  let schoolOrganizerId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin', ADMIN_PASSWORD);
    department = await createUnit(app, admin, { name: 'Sở GD&ĐT Ngân hàng', kind: 'department' });
    const commune = await createUnit(app, admin, { name: 'Xã Tân Nhựt', kind: 'commune', parentId: department.id });
    school = await createUnit(app, admin, { name: 'Trường THCS Tân Nhựt', kind: 'school', level: 'THCS', parentId: commune.id });
    const a = await createUser(app, admin, { fullName: 'Tác Giả', role: 'organizer', unitId: department.id });
    const r = await createUser(app, admin, { fullName: 'Người Duyệt', role: 'organizer', unitId: department.id });
    const s = await createUser(app, admin, { fullName: 'Tổ Chức Trường', role: 'organizer', unitId: school.id });
    [author, reviewer, schoolOrganizer] = await Promise.all([
      app.login(a.username, a.password),
      app.login(r.username, r.password),
      app.login(s.username, s.password),
    ]);
    schoolOrganizerId = s.id;
  });
  afterAll(() => app.close());

  const create = async (token: string, body: Record<string, unknown>) => {
    const response = await app.post('/api/questions', body, { token });
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body.question as { id: string; version: number; status: string };
  };

  it('has the shipped topics and legal documents from the first start', async () => {
    const topics = (await app.get('/api/topics', { token: author })).body as { code: string }[];
    expect(topics.map((topic) => topic.code)).toEqual(expect.arrayContaining(['law-ch1-general', 'plan-2023-2025']));
    const documents = (await app.get('/api/legal-documents', { token: author })).body as { id: string; supersededBy: string | null }[];
    expect(documents.find((document) => document.id === 'nd-98-2023')?.supersededBy).toBe('nd-152-2025');
  });

  it("refuses a single-choice question with two keys, explaining why in the caller's language", async () => {
    const body = single('Câu có hai đáp án đúng?', {
      options: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    });
    const vi = await app.post('/api/questions', body, { token: author });
    expect(vi.status).toBe(400);
    expect(vi.body.code).toBe('QUESTION_INVALID');
    expect(vi.body.details).toEqual([
      expect.objectContaining({
        field: 'options',
        code: 'SINGLE_NEEDS_ONE_KEY',
        message: 'Câu một lựa chọn phải có đúng 1 đáp án đúng (đang có 2).',
      }),
    ]);
    const en = await app.post('/api/questions', body, { token: author, lang: 'en' });
    expect(en.body.details[0].message).toBe('A single-choice question needs exactly 1 correct option (it has 2).');
  });

  it('refuses a stem of 100,000 characters and leaves the bank unchanged', async () => {
    const before = (await app.get('/api/questions', { token: author })).body.total;
    const response = await app.post('/api/questions', single('Đ'.repeat(100_000)), { token: author });
    expect(response.body.details[0]).toMatchObject({ field: 'stem', code: 'TOO_LONG' });
    expect((await app.get('/api/questions', { token: author })).body.total).toBe(before);
  });

  it('finds questions ignoring diacritics and case, and reports a duplicate stem', async () => {
    await create(author, single('Gương điển hình tiên tiến được tuyên truyền như thế nào?'));
    const found = await app.get(`/api/questions?q=${encodeURIComponent('tien tien DIEN HINH')}`, { token: author });
    expect(found.body.items.map((q: { stem: string }) => q.stem)).toContain('Gương điển hình tiên tiến được tuyên truyền như thế nào?');
    const again = await app.post('/api/questions', single('gương điển hình tiên tiến được tuyên truyền NHƯ THẾ NÀO'), { token: author });
    expect(again.status).toBe(201);
    expect(again.body.duplicates).toHaveLength(1);
  });

  it('runs the review flow: submit, no self-approval, send back with a comment, approve', async () => {
    const question = await create(author, single('Luật quy định mấy hình thức tổ chức thi đua?'));
    const status = (token: string, body: Record<string, unknown>) =>
      app.post('/api/questions/status', { ids: [question.id], ...body }, { token });
    expect((await status(author, { status: 'approved' })).body.code).toBe('STATUS_CHANGE_NOT_ALLOWED');
    expect((await status(author, { status: 'in_review' })).body).toEqual({ changed: 1, refused: [] });
    expect((await status(author, { status: 'approved' })).body.code).toBe('STATUS_CHANGE_NOT_ALLOWED');
    expect((await status(reviewer, { status: 'draft' })).body.code).toBe('STATUS_CHANGE_NOT_ALLOWED');
    expect((await status(reviewer, { status: 'draft', comment: 'Thêm căn cứ khoản' })).body.changed).toBe(1);
    expect((await app.get(`/api/questions/${question.id}`, { token: author })).body).toMatchObject({
      status: 'draft',
      reviewComment: 'Thêm căn cứ khoản',
    });
    await status(author, { status: 'in_review' });
    expect((await status(reviewer, { status: 'approved' })).body.changed).toBe(1);
  });

  it('never changes an approved question under a contest: an edit makes a new version', async () => {
    const question = await create(author, single('Hình thức tổ chức thi đua gồm những gì?'));
    await app.post('/api/questions/status', { ids: [question.id], status: 'in_review' }, { token: author });
    await app.post('/api/questions/status', { ids: [question.id], status: 'approved' }, { token: reviewer });
    const edited = await app.patch(`/api/questions/${question.id}`, single('Hình thức tổ chức thi đua gồm những gì (sửa)?'), {
      token: author,
    });
    expect(edited.body.question).toMatchObject({ version: 2, status: 'draft', stem: 'Hình thức tổ chức thi đua gồm những gì (sửa)?' });
    const versions: { version: number; stem: string }[] = await app.app
      .get(DataSource)
      .query(`SELECT version, stem FROM question_version WHERE question_id = $1 ORDER BY version`, [question.id]);
    expect(versions).toEqual([
      { version: 1, stem: 'Hình thức tổ chức thi đua gồm những gì?' },
      { version: 2, stem: 'Hình thức tổ chức thi đua gồm những gì (sửa)?' },
    ]);
    const draftEdit = await app.patch(`/api/questions/${question.id}`, single('Hình thức tổ chức thi đua gồm những gì (sửa lần 2)?'), {
      token: author,
    });
    expect(draftEdit.body.question.version).toBe(2);
  });

  it('flags every question resting on a superseded document, and keeps flagged ones out of the matrix', async () => {
    const question = await create(
      author,
      single('Theo Nghị định 98/2023, nguyên tắc khen thưởng là gì?', {
        legalBasis: { documentId: 'nd-98-2023', article: 'Điều 4' },
        topic: 'decree-152-2025',
      }),
    );
    await app.post('/api/questions/status', { ids: [question.id], status: 'in_review' }, { token: author });
    await app.post('/api/questions/status', { ids: [question.id], status: 'approved' }, { token: reviewer });
    const cell = async () =>
      ((await app.get('/api/questions/matrix', { token: author })).body as { topic: string; cognitiveLevel: string; count: number }[]).find(
        (c) => c.topic === 'decree-152-2025' && c.cognitiveLevel === 'recognition',
      )?.count ?? 0;
    const before = await cell();
    expect((await app.patch('/api/legal-documents/nd-98-2023/supersede', { supersededBy: 'nd-152-2025' }, { token: author })).status).toBe(
      403,
    );
    const flagged = await app.patch('/api/legal-documents/nd-98-2023/supersede', { supersededBy: 'nd-152-2025' }, { token: admin });
    expect(flagged.body.flagged).toBeGreaterThanOrEqual(1);
    expect((await app.get(`/api/questions/${question.id}`, { token: author })).body.needsReview).toBe(true);
    expect(await cell()).toBe(before - 1);
    const listed = await app.get('/api/questions?needsReview=true&documentId=nd-98-2023', { token: author });
    expect(listed.body.items.map((q: { id: string }) => q.id)).toContain(question.id);
  });

  it("lets a school organizer read the department's bank but not edit it, unless granted", async () => {
    const question = await create(author, single('Ai tổ chức cụm, khối thi đua?'));
    expect((await app.get(`/api/questions/${question.id}`, { token: schoolOrganizer })).status).toBe(200);
    const refused = await app.patch(`/api/questions/${question.id}`, single('Ai tổ chức cụm, khối thi đua (trường sửa)?'), {
      token: schoolOrganizer,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('BANK_READ_ONLY');
    expect(
      (await app.post('/api/questions', single('Câu của trường đặt vào sở?', { ownerUnitId: department.id }), { token: schoolOrganizer }))
        .body.code,
    ).toBe('BANK_READ_ONLY');
    expect(
      (await app.post('/api/questions/grants', { unitId: department.id, userId: schoolOrganizerId }, { token: schoolOrganizer })).body.code,
    ).toBe('OUT_OF_SCOPE');
    expect((await app.post('/api/questions/grants', { unitId: department.id, userId: schoolOrganizerId }, { token: author })).status).toBe(
      204,
    );
    expect(
      (await app.patch(`/api/questions/${question.id}`, single('Ai tổ chức cụm, khối thi đua (trường sửa)?'), { token: schoolOrganizer }))
        .status,
    ).toBe(200);
  });

  it('keeps participants out of the bank', async () => {
    const student = await createUser(app, admin, {
      fullName: 'Học Sinh',
      role: 'participant',
      unitId: school.id,
      kind: 'student',
      className: '8A',
    });
    const token = await app.login(student.username, student.password);
    expect((await app.get('/api/questions', { token })).status).toBe(403);
    expect((await app.get('/api/questions/export?format=json', { token })).status).toBe(403);
  });

  describe('import and export', () => {
    const gift = [
      '$CATEGORY: $course$/top/law-ch1-general',
      '',
      '::Hiệu lực:: Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ ngày nào? {=01/01/2024 ~01/7/2023 ~15/6/2022 #### Khoản 1 Điều 94.}',
      '',
      'Câu hỏi ghép đôi { =a -> 1 =b -> 2 =c -> 3 }',
      '',
      'Câu hỏi một lựa chọn có hai đáp án đúng { =Một =Hai ~Ba }',
      '',
      'Luật Thi đua, khen thưởng năm 2022 gồm bao nhiêu điều? {#96}',
    ].join('\n');

    it('previews a GIFT file with every error by line and writes nothing; then imports the valid questions when asked', async () => {
      const before = (await app.get('/api/questions', { token: author })).body.total;
      const preview = await app.request('POST', '/api/questions/import?format=gift&dryRun=true', {
        token: author,
        form: form(textFile(gift, 'bank.gift')),
      });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ dryRun: true, valid: 2, imported: 0 });
      expect(preview.body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
        [5, 'GIFT_UNSUPPORTED_TYPE'],
        [7, 'SINGLE_NEEDS_ONE_KEY'],
      ]);
      expect(preview.body.questions[0]).toMatchObject({ line: 3, type: 'single', topic: 'law-ch1-general' });
      const strict = await app.request('POST', '/api/questions/import?format=gift&dryRun=false', {
        token: author,
        form: form(textFile(gift, 'bank.gift')),
      });
      expect(strict.body.imported).toBe(0);
      expect((await app.get('/api/questions', { token: author })).body.total).toBe(before);
      const lenient = await app.request('POST', '/api/questions/import?format=gift&dryRun=false&skipInvalid=true', {
        token: author,
        form: form(textFile(gift, 'bank.gift')),
      });
      expect(lenient.body.imported).toBe(2);
      expect((await app.get('/api/questions', { token: author })).body.total).toBe(before + 2);
      const again = await app.request('POST', '/api/questions/import?format=gift&dryRun=true', {
        token: author,
        form: form(textFile(gift, 'bank.gift')),
      });
      expect(
        again.body.errors.filter((e: { code: string }) => e.code === 'DUPLICATE_IN_BANK').map((e: { line: number }) => e.line),
      ).toEqual([3, 9]);
    });

    it('reports Aiken errors by line', async () => {
      const aiken = ['Câu hỏi một?', 'A. Một', 'B. Hai', 'ANSWER: C', '', 'Câu hỏi hai?', 'A. Một', 'B. Hai'].join('\n');
      const response = await app.request('POST', '/api/questions/import?format=aiken', {
        token: author,
        form: form(textFile(aiken, 'bank.txt')),
      });
      expect(response.body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
        [4, 'AIKEN_ANSWER_NOT_AN_OPTION'],
        [6, 'AIKEN_NO_ANSWER_LINE'],
      ]);
    });

    it.each([
      ['a file that is not UTF-8', textFile(Buffer.from([0x43, 0xe2, 0x75, 0x20, 0xff]), 'bank.gift'), 'gift', 400, 'FILE_NOT_UTF8'],
      ['a 50 MB upload', textFile(Buffer.alloc(50 * 1024 * 1024, 0x61), 'big.gift'), 'gift', 413, 'PAYLOAD_TOO_LARGE'],
      ['an unknown format', textFile('x', 'bank.doc'), 'docx', 400, 'VALIDATION_FAILED'],
    ])('refuses %s', async (_name, file, format, status, code) => {
      const response = await app.request('POST', `/api/questions/import?format=${format}`, { token: author, form: form(file) });
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(code);
    });

    it('reports formulas and merged cells row by row', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Câu hỏi');
      sheet.addRow(['Loại câu hỏi', 'Nội dung câu hỏi', 'Phương án A', 'Phương án B', 'Đáp án đúng']);
      sheet.addRow(['Một lựa chọn', 'Câu bình thường số một?', 'X', 'Y', 'A']);
      sheet.addRow(['Một lựa chọn', 'Câu có công thức?', { formula: '1+1', result: 2 }, 'Y', 'A']);
      sheet.addRow(['Một lựa chọn', 'Câu có ô gộp?', 'X', 'Y', 'A']);
      sheet.mergeCells('C4:D4');
      const file = Object.assign(new Blob([await workbook.xlsx.writeBuffer()]), { name: 'bank.xlsx' });
      const response = await app.request('POST', '/api/questions/import?format=xlsx', { token: author, form: form(file) });
      expect(response.body.valid).toBe(1);
      expect(response.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    });

    describe('round trips', () => {
      let source: { id: string };
      const varied = [
        single('Câu một lựa chọn để xuất nhập: hình thức thi đua?'),
        {
          ...single('Câu nhiều lựa chọn: những hình thức nào là hình thức tổ chức thi đua?'),
          type: 'multiple',
          options: [
            { text: 'Thường xuyên', correct: true },
            { text: 'Theo chuyên đề', correct: true },
            { text: 'Ngắn hạn', correct: false },
          ],
          tags: ['hình thức', 'Điều 16'],
        },
        {
          ...single('Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ 01/01/2024.'),
          type: 'true_false',
          options: [
            { text: 'Đúng', correct: true },
            { text: 'Sai', correct: false },
          ],
          facts: ['F005'],
        },
        {
          ...single('Thủ đô của Việt Nam là thành phố nào?'),
          type: 'short_text',
          options: undefined,
          accepted: ['Hà Nội', 'Thành phố Hà Nội'],
          acceptWithoutDiacritics: true,
        },
        {
          ...single('Luật Thi đua, khen thưởng năm 2022 có bao nhiêu điều?'),
          type: 'numeric',
          options: undefined,
          numeric: { value: 96, tolerance: 0 },
          cognitiveLevel: 'comprehension',
          difficulty: 'hard',
        },
      ];
      const content = (q: Record<string, any>) => ({
        stem: q.stem,
        type: q.type,
        explanation: q.explanation,
        topic: q.topic,
        cognitiveLevel: q.cognitiveLevel,
        difficulty: q.difficulty,
        tags: q.tags,
        facts: q.facts,
        accepted: q.accepted,
        acceptWithoutDiacritics: q.acceptWithoutDiacritics,
        numeric: q.numeric,
        legalBasis: { documentId: q.legalBasis.documentId, article: q.legalBasis.article, clause: q.legalBasis.clause },
        options: q.options.map(({ text, correct }: { text: string; correct: boolean }) => ({ text, correct })),
      });
      const byStem = (a: { stem: string }, b: { stem: string }) => a.stem.localeCompare(b.stem);
      const setStatus = (unitId: string, status: string) =>
        app.app.get(DataSource).query(`UPDATE question SET status = $2 WHERE owner_unit_id = $1`, [unitId, status]);

      beforeAll(async () => {
        source = await createUnit(app, admin, { name: 'Ngân hàng nguồn', kind: 'other', parentId: department.id });
        for (const body of varied) await create(admin, { ...body, ownerUnitId: source.id });
      });

      it.each(['json', 'xlsx', 'csv'])('%s: export, then import into another bank, without loss', async (format) => {
        const exported = await fetch(`${app.baseUrl}/api/questions/export?format=${format}&unitId=${source.id}`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        expect(exported.status).toBe(200);
        const bytes = Buffer.from(await exported.arrayBuffer());
        const original = (await app.get(`/api/questions?unitId=${source.id}`, { token: admin })).body.items;
        expect(original).toHaveLength(varied.length);
        const target = await createUnit(app, admin, { name: `Ngân hàng nhận ${format}`, kind: 'other', parentId: department.id });
        await setStatus(source.id, 'retired'); // so the copies are not reported as duplicates of their source
        const imported = await app.request('POST', `/api/questions/import?format=${format}&dryRun=false&ownerUnitId=${target.id}`, {
          token: admin,
          form: form(textFile(bytes, `bank.${format}`)),
        });
        await setStatus(source.id, 'draft');
        expect(imported.body.errors).toEqual([]);
        expect(imported.body.imported).toBe(varied.length);
        const copies = (await app.get(`/api/questions?unitId=${target.id}`, { token: admin })).body.items;
        await setStatus(target.id, 'retired');
        expect(copies.map(content).sort(byStem)).toEqual(original.map(content).sort(byStem));
      });
    });
  });
});
