import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

interface StoredSheet {
  ownerId: string;
  content: Buffer;
  filename: string;
  expiresAt: number;
}

const LIFETIME_MS = 60 * 60 * 1000;

/**
 * Keeps a freshly generated credentials sheet for its maker to download, for an hour, in
 * memory only: initial passwords are never written to the database in clear.
 */
@Injectable()
export class CredentialsStore {
  private readonly sheets = new Map<string, StoredSheet>();

  put(ownerId: string, content: Buffer, filename: string, now = Date.now()): string {
    this.sweep(now);
    const id = randomBytes(16).toString('hex');
    this.sheets.set(id, { ownerId, content, filename, expiresAt: now + LIFETIME_MS });
    return id;
  }

  take(id: string, ownerId: string, now = Date.now()): StoredSheet | undefined {
    const sheet = this.sheets.get(id);
    if (!sheet || sheet.ownerId !== ownerId || sheet.expiresAt <= now) return undefined;
    return sheet;
  }

  private sweep(now: number): void {
    for (const [id, sheet] of this.sheets) if (sheet.expiresAt <= now) this.sheets.delete(id);
  }
}
