import ExcelJS from 'exceljs';
import { createUnit, createUser, form, xlsxFile } from '../testing/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/test-app.js';

describe('users and rosters (integration)', () => {
  let app: TestApp;
  let admin: string;
  let school: { id: string; code: string };
  let otherSchool: { id: string; code: string };
  let organizer: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin', ADMIN_PASSWORD);
    const department = await createUnit(app, admin, { name: 'Sở Thử', kind: 'department' });
    const commune = await createUnit(app, admin, { name: 'Xã Hưng Long', kind: 'commune', parentId: department.id });
    const otherCommune = await createUnit(app, admin, { name: 'Xã Bình Chánh', kind: 'commune', parentId: department.id });
    school = await createUnit(app, admin, { name: 'Trường Tiểu học Hưng Long', kind: 'school', level: 'TH', parentId: commune.id });
    otherSchool = await createUnit(app, admin, {
      name: 'Trường THCS Bình Chánh',
      kind: 'school',
      level: 'THCS',
      parentId: otherCommune.id,
    });
    const account = await createUser(app, admin, { fullName: 'Tổ Chức Hưng Long', role: 'organizer', unitId: commune.id });
    organizer = await app.login(account.username, account.password);
  });
  afterAll(() => app.close());

  const header = ['Họ và tên', 'Ngày sinh', 'Lớp', 'Số điện thoại'];

  it('previews a roster with generated usernames and row errors, writing nothing', async () => {
    const file = await xlsxFile([
      header,
      ['Nguyễn Văn An', '05/09/2014', '5A', ''],
      ['', '01/01/2014', '5A', ''],
      ['Trần Thị Bình', '31/02/2014', '5B', ''],
      ['Lê Văn Cường', '2014-03-04', '5B', '12345'],
    ]);
    const response = await app.request('POST', '/api/users/import?dryRun=true', {
      token: organizer,
      form: form(file, { unitId: school.id }),
    });
    expect(response.status).toBe(200);
    expect(response.body.errors.map((error: { row: number }) => error.row)).toEqual([3, 4, 5]);
    expect(response.body.preview[0]).toMatchObject({
      row: 2,
      fullName: 'Nguyễn Văn An',
      username: 'annv',
      kind: 'student',
      className: '5A',
      birthDate: '2014-09-05',
    });
    expect((await app.get(`/api/users?unitId=${school.id}&q=an`, { token: organizer })).body.total).toBe(0);
  });

  it('imports a clean roster: unique ASCII usernames, working passwords, a credentials sheet', async () => {
    const file = await xlsxFile([
      header,
      ['Nguyễn Văn An', '05/09/2014', '5A', ''],
      ['Nguyễn Văn Ân', '06/09/2014', '5A', ''],
      ['Đặng Thị Đào', '07/09/2014', '5B', '0912345678'],
    ]);
    const response = await app.request('POST', '/api/users/import?dryRun=false', {
      token: organizer,
      form: form(file, { unitId: school.id }),
    });
    expect(response.body.errors).toEqual([]);
    expect(response.body.created).toBe(3);
    const usernames = response.body.credentials.map((credential: { username: string }) => credential.username);
    expect(usernames).toEqual(['annv', 'annv2', 'daodt']);
    for (const username of usernames) expect(username).toMatch(/^[a-z0-9]+$/);
    const first = response.body.credentials[0];
    const token = await app.login(first.username, first.password);
    expect((await app.get('/api/auth/me', { token })).body).toMatchObject({
      fullName: 'Nguyễn Văn An',
      kind: 'student',
      className: '5A',
      unitId: school.id,
    });

    const sheet = await fetch(`${app.baseUrl}${response.body.credentialsFile}`, { headers: { authorization: `Bearer ${organizer}` } });
    expect(sheet.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await sheet.arrayBuffer());
    const rows = workbook.worksheets[0]!.getSheetValues() as unknown[][];
    expect(rows[1]!.slice(1, 6)).toEqual(['STT', 'Họ và tên', 'Lớp', 'Tên đăng nhập', 'Mật khẩu']);
    expect(rows[2]!.slice(1, 6)).toEqual([1, 'Nguyễn Văn An', '5A', 'annv', first.password]);
    expect((await app.get(response.body.credentialsFile, { token: admin })).body.code).toBe('CREDENTIALS_EXPIRED');
  });

  it('finds people ignoring diacritics and case', async () => {
    const found = await app.get(`/api/users?unitId=${school.id}&q=${encodeURIComponent('DANG THI DAO')}`, { token: organizer });
    expect(found.body.items.map((user: { fullName: string }) => user.fullName)).toEqual(['Đặng Thị Đào']);
  });

  it('refuses a phone already used, row by row', async () => {
    const file = await xlsxFile([header, ['Phạm Văn Em', '01/01/2014', '5C', '0912345678']]);
    const response = await app.request('POST', '/api/users/import?dryRun=false', {
      token: organizer,
      form: form(file, { unitId: school.id }),
    });
    expect(response.body.errors).toEqual([expect.objectContaining({ row: 2, code: 'PHONE_TAKEN' })]);
    expect(response.body.credentials).toBeUndefined();
    expect(response.body.created).toBe(0);
  });

  it('flags likely duplicate accounts (same folded name, birth date and school)', async () => {
    await createUser(app, admin, {
      fullName: 'Võ Minh Khoa',
      role: 'participant',
      unitId: school.id,
      kind: 'student',
      className: '5A',
      birthDate: '2014-01-02',
    });
    await createUser(app, admin, {
      fullName: 'Vo  Minh Khoa',
      role: 'participant',
      unitId: school.id,
      kind: 'student',
      className: '5B',
      birthDate: '2014-01-02',
    });
    const groups = (await app.get('/api/users/duplicates', { token: organizer })).body as { users: { fullName: string }[] }[];
    expect(groups).toHaveLength(1);
    expect(groups[0]!.users.map((user) => user.fullName).sort()).toEqual(['Vo Minh Khoa', 'Võ Minh Khoa']);
  });

  it('keeps an organizer out of schools outside their subtree', async () => {
    const file = await xlsxFile([header, ['Ai Đó', '', '6A', '']]);
    const imported = await app.request('POST', '/api/users/import?dryRun=true', {
      token: organizer,
      form: form(file, { unitId: otherSchool.id }),
    });
    expect(imported.body.code).toBe('OUT_OF_SCOPE');
    expect((await app.get(`/api/users?unitId=${otherSchool.id}`, { token: organizer })).body.code).toBe('OUT_OF_SCOPE');
    const outsider = await createUser(app, admin, {
      fullName: 'Người Xã Khác',
      role: 'participant',
      unitId: otherSchool.id,
      kind: 'staff',
    });
    expect((await app.post(`/api/users/${outsider.id}/reset-password`, undefined, { token: organizer })).body.code).toBe('OUT_OF_SCOPE');
    expect(
      (await app.post('/api/users', { fullName: 'Xuân', role: 'participant', unitId: otherSchool.id, kind: 'staff' }, { token: organizer }))
        .body.code,
    ).toBe('OUT_OF_SCOPE');
    expect((await app.post('/api/users', { fullName: 'Quản Trị Giả', role: 'admin' }, { token: organizer })).body.code).toBe('FORBIDDEN');
    const everyone = (await app.get('/api/users?pageSize=500', { token: organizer })).body.items as { id: string }[];
    expect(everyone.map((user) => user.id)).not.toContain(outsider.id);
  });

  it('lets an organizer reset a password in their subtree', async () => {
    const person = await createUser(app, admin, { fullName: 'Quên Mật Khẩu', role: 'participant', unitId: school.id, kind: 'staff' });
    const reset = await app.post(`/api/users/${person.id}/reset-password`, undefined, { token: organizer });
    expect(reset.status).toBe(200);
    await app.login(person.username, reset.body.password);
    expect((await app.post('/api/auth/login', { username: person.username, password: person.password })).status).toBe(401);
  });

  it('gives a participant no access to other people', async () => {
    const person = await createUser(app, admin, { fullName: 'Người Tham Gia', role: 'participant', unitId: school.id, kind: 'staff' });
    const token = await app.login(person.username, person.password);
    expect((await app.get('/api/users', { token })).status).toBe(403);
    expect((await app.get('/api/users/duplicates', { token })).status).toBe(403);
    expect((await app.post(`/api/users/${person.id}/reset-password`, undefined, { token })).status).toBe(403);
    expect((await app.request('POST', '/api/users/import', { token, form: new FormData() })).status).toBe(403);
  });
});
