import ExcelJS from 'exceljs';
import type { TestApp } from './test-app.js';

let counter = 0;

/** A unit code no other test in the run uses. */
export function uniqueCode(prefix: string): string {
  counter++;
  return `${prefix}-${process.pid}-${counter}`.toUpperCase();
}

export async function createUnit(app: TestApp, token: string, fields: Record<string, unknown>): Promise<{ id: string; code: string }> {
  const response = await app.post('/api/units', { code: uniqueCode(String(fields.kind ?? 'U')), ...fields }, { token });
  if (response.status !== 201) throw new Error(`create unit: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function createUser(
  app: TestApp,
  token: string,
  fields: Record<string, unknown>,
): Promise<{ username: string; password: string; id: string }> {
  const response = await app.post('/api/users', { password: 'Passw0rd-Test', ...fields }, { token });
  if (response.status !== 201) throw new Error(`create user: ${response.status} ${JSON.stringify(response.body)}`);
  return { username: response.body.user.username, id: response.body.user.id, password: (fields.password as string) ?? 'Passw0rd-Test' };
}

export async function xlsxFile(rows: (string | number)[][], name = 'file.xlsx'): Promise<Blob & { name: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return Object.assign(new Blob([buffer]), { name });
}

export function form(file: Blob & { name: string }, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.append('file', file, file.name);
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
