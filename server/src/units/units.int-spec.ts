import { createUnit, createUser, form, uniqueCode, xlsxFile } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';

describe('units (integration)', () => {
  let app: TestApp;
  let admin: string;
  let department: { id: string; code: string };
  let communeA: { id: string; code: string };
  let communeB: { id: string; code: string };
  let organizerA: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin', ADMIN_PASSWORD);
    department = await createUnit(app, admin, { name: 'Sở GD&ĐT Thử', kind: 'department' });
    communeA = await createUnit(app, admin, { name: 'Xã Vĩnh Lộc', kind: 'commune', parentId: department.id });
    communeB = await createUnit(app, admin, { name: 'Xã Bình Hưng', kind: 'commune', parentId: department.id });
    const organizer = await createUser(app, admin, { fullName: 'Tổ Chức A', role: 'organizer', unitId: communeA.id });
    organizerA = await app.login(organizer.username, organizer.password);
  });
  afterAll(() => app.close());

  it('lets an organizer create and edit schools in their subtree, normalising the name to NFC', async () => {
    const decomposed = 'Trường Tiểu học Vĩnh Lộc A'.normalize('NFD');
    const created = await app.post(
      '/api/units',
      { code: uniqueCode('th'), name: decomposed, kind: 'school', level: 'TH', parentId: communeA.id, studentCount: 1450 },
      { token: organizerA },
    );
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Trường Tiểu học Vĩnh Lộc A'.normalize('NFC'));
    const patched = await app.patch(`/api/units/${created.body.id}`, { staffCount: 62 }, { token: organizerA });
    expect(patched.body).toMatchObject({ staffCount: 62, studentCount: 1450 });
  });

  it('keeps an organizer inside their subtree', async () => {
    const outside = await app.post(
      '/api/units',
      { code: uniqueCode('th'), name: 'Trường ngoài', kind: 'school', level: 'TH', parentId: communeB.id },
      { token: organizerA },
    );
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('OUT_OF_SCOPE');
    expect((await app.patch(`/api/units/${communeB.id}`, { name: 'Đổi tên' }, { token: organizerA })).body.code).toBe('OUT_OF_SCOPE');
    expect((await app.patch(`/api/units/${communeA.id}`, { parentId: null }, { token: organizerA })).body.code).toBe('UNIT_INVALID_PARENT');
    const visible = (await app.get('/api/units', { token: organizerA })).body as { id: string }[];
    expect(visible.map((unit) => unit.id)).toContain(communeA.id);
    expect(visible.map((unit) => unit.id)).not.toContain(communeB.id);
    expect(visible.map((unit) => unit.id)).not.toContain(department.id);
  });

  it('refuses a school without a level, a duplicate code, and a move under its own child', async () => {
    expect(
      (
        await app.post(
          '/api/units',
          { code: uniqueCode('x'), name: 'Trường thiếu cấp', kind: 'school', parentId: communeA.id },
          { token: admin },
        )
      ).body.code,
    ).toBe('VALIDATION_FAILED');
    const code = uniqueCode('dup');
    await createUnit(app, admin, { code, name: 'Một', kind: 'other', parentId: communeA.id });
    const duplicate = await app.post('/api/units', { code, name: 'Hai', kind: 'other', parentId: communeA.id }, { token: admin });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('UNIT_CODE_TAKEN');
    const child = await createUnit(app, admin, { name: 'Con', kind: 'other', parentId: communeB.id });
    expect((await app.patch(`/api/units/${communeB.id}`, { parentId: child.id }, { token: admin })).body.code).toBe('UNIT_INVALID_PARENT');
  });

  it('moves a subtree with its descendants', async () => {
    const moving = await createUnit(app, admin, { name: 'Cụm di chuyển', kind: 'other', parentId: communeB.id });
    const school = await createUnit(app, admin, { name: 'Trường trong cụm', kind: 'school', level: 'MN', parentId: moving.id });
    await app.patch(`/api/units/${moving.id}`, { parentId: communeA.id }, { token: admin });
    const visible = (await app.get('/api/units', { token: organizerA })).body as { id: string }[];
    expect(visible.map((unit) => unit.id)).toEqual(expect.arrayContaining([moving.id, school.id]));
  });

  it('deletes only an empty unit', async () => {
    const empty = await createUnit(app, admin, { name: 'Trống', kind: 'other', parentId: communeA.id });
    expect((await app.request('DELETE', `/api/units/${communeA.id}`, { token: admin })).body.code).toBe('UNIT_NOT_EMPTY');
    expect((await app.request('DELETE', `/api/units/${empty.id}`, { token: organizerA })).status).toBe(204);
  });

  it('forbids participants from writing units and shows them only their own', async () => {
    const school = await createUnit(app, admin, { name: 'Trường HS', kind: 'school', level: 'THCS', parentId: communeA.id });
    const student = await createUser(app, admin, {
      fullName: 'Học Sinh Một',
      role: 'participant',
      unitId: school.id,
      kind: 'student',
      className: '9A',
    });
    const token = await app.login(student.username, student.password);
    expect((await app.post('/api/units', { code: uniqueCode('p'), name: 'X', kind: 'other', parentId: school.id }, { token })).status).toBe(
      403,
    );
    expect(((await app.get('/api/units', { token })).body as { id: string }[]).map((unit) => unit.id)).toEqual([school.id]);
  });

  describe('import', () => {
    const header = [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Cấp học',
      'Mã đơn vị cấp trên',
      'Số cán bộ, giáo viên, nhân viên',
      'Số học sinh',
    ];

    it('checks a file in a dry run, reports every bad row by number, and writes nothing', async () => {
      const good = uniqueCode('imp');
      const file = await xlsxFile([
        header,
        [good, 'Trường Mầm non Sen Hồng', 'Trường', 'MN', communeA.code, 30, 300],
        ['', 'Thiếu mã', 'Trường', 'TH', communeA.code, '', ''],
        [uniqueCode('imp'), 'Trường thiếu cấp', 'Trường', '', communeA.code, '', ''],
        [uniqueCode('imp'), 'Cấp trên lạ', 'Khác', '', 'KHONG-CO', '', ''],
        [good, 'Lặp mã', 'Khác', '', communeA.code, '', ''],
        [uniqueCode('imp'), 'Số âm', 'Khác', '', communeA.code, -3, ''],
      ]);
      const response = await app.request('POST', '/api/units/import?dryRun=true', { token: admin, form: form(file) });
      expect(response.status).toBe(200);
      expect(response.body.errors.map((error: { row: number }) => error.row)).toEqual([3, 4, 5, 6, 7]);
      expect(response.body.errors[0].message).toContain('Mã đơn vị');
      const after = (await app.get('/api/units', { token: admin })).body as { code: string }[];
      expect(after.map((unit) => unit.code)).not.toContain(good);
    });

    it('upserts by code, parents defined later in the same file included (CSV with ;)', async () => {
      const parent = uniqueCode('xa');
      const school = uniqueCode('th');
      const csv = [
        header.join(';'),
        `${school};Trường Tiểu học Tân Nhựt;Trường;TH;${parent};40;900`,
        `${parent};Xã Tân Nhựt;Xã/Phường;;${department.code};;`,
      ].join('\n');
      const file = Object.assign(new Blob([csv]), { name: 'units.csv' });
      const first = await app.request('POST', '/api/units/import?dryRun=false', { token: admin, form: form(file) });
      expect(first.body).toMatchObject({ created: 2, updated: 0, errors: [] });
      const second = await app.request('POST', '/api/units/import?dryRun=false', { token: admin, form: form(file) });
      expect(second.body).toMatchObject({ created: 0, updated: 2, errors: [] });
      const units = (await app.get('/api/units', { token: admin })).body as {
        code: string;
        parentId: string;
        id: string;
        studentCount: number;
      }[];
      const imported = units.find((unit) => unit.code === school)!;
      expect(imported.studentCount).toBe(900);
      expect(units.find((unit) => unit.id === imported.parentId)!.code).toBe(parent);
    });

    it("refuses rows outside the organizer's subtree", async () => {
      const file = await xlsxFile([header, [uniqueCode('th'), 'Trường xã khác', 'Trường', 'TH', communeB.code, '', '']]);
      const response = await app.request('POST', '/api/units/import?dryRun=false', { token: organizerA, form: form(file) });
      expect(response.body.errors).toEqual([expect.objectContaining({ row: 2, code: 'OUT_OF_SCOPE' })]);
      expect(response.body.created).toBe(0);
    });

    it.each([
      ['no file', undefined, 'FILE_REQUIRED'],
      ['a .txt file', Object.assign(new Blob(['x']), { name: 'units.txt' }), 'FILE_TYPE_UNSUPPORTED'],
      [
        'a CSV that is not UTF-8',
        Object.assign(new Blob([Buffer.from([0x4d, 0xe3, 0x20, 0xff, 0xfe])]), { name: 'units.csv' }),
        'FILE_NOT_UTF8',
      ],
      ['a broken .xlsx', Object.assign(new Blob(['not a zip']), { name: 'units.xlsx' }), 'FILE_UNREADABLE'],
      ['a file without the required columns', Object.assign(new Blob(['a,b\n1,2']), { name: 'units.csv' }), 'FILE_MISSING_COLUMNS'],
    ])('refuses %s with a clear code', async (_name, file, code) => {
      const data = new FormData();
      if (file) data.append('file', file, file.name);
      const response = await app.request('POST', '/api/units/import', { token: admin, form: data });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
    });

    it('serves the import template in both formats', async () => {
      const xlsx = await app.get('/api/units/import/template?format=xlsx', { token: admin });
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
      const csv = await fetch(`${app.baseUrl}/api/units/import/template?format=csv`, { headers: { authorization: `Bearer ${admin}` } });
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').startsWith('Mã đơn vị,Tên đơn vị')).toBe(true);
    });
  });
});
