import type { Response } from 'express';

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Sends a generated file as an attachment; the name is ASCII with an RFC 5987 copy for any other characters. */
export function sendDownload(response: Response, content: Buffer | string, filename: string): void {
  const extension = filename.split('.').pop() ?? '';
  const ascii = filename
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '');
  response.setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
  response.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  response.send(content);
}
