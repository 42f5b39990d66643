import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuestionDraft } from './question-draft.js';

/** seed-questions/ at the top of the repository: the same depth from src/questions and dist/questions. */
export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed-questions');

export interface SeedDocumentRecord {
  id: string;
  number: string;
  title: string;
  issuer: string | null;
  issuedAt: string | null;
  effectiveAt: string | null;
  supersededBy: string | null;
}

export interface SeedQuestionRecord extends QuestionDraft {
  key: string;
}

function readArrays<T>(dir: string, prefix = ''): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name.startsWith(prefix))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T[]);
}

/** "1998" → "1998-01-01"; full dates pass; anything else is unknown. */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return /^\d{4}$/.test(value) ? `${value}-01-01` : null;
}

export function readSeedRegister(dir = SEED_DIR) {
  const documents = readArrays<SeedDocumentRecord>(path.join(dir, 'register'), 'documents').map((document) => ({
    ...document,
    number: document.number || '—',
    issuedAt: isoDate(document.issuedAt),
    effectiveAt: isoDate(document.effectiveAt),
  }));
  const topics = readArrays<{ code: string; name: string }>(path.join(dir, 'register'), 'topics');
  return { documents, topics };
}

export function readSeedQuestions(dir = SEED_DIR): SeedQuestionRecord[] {
  return readArrays<SeedQuestionRecord>(path.join(dir, 'data'));
}
