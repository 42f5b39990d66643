import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedBank, SeedDocument, SeedFact, SeedQuestion, SeedTopic } from './seed-types.js';

/** The folder that holds `data/` and `register/`; the bank never reads outside it. */
export const BANK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readJsonArray<T>(file: string): T[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`);
  return parsed as T[];
}

function jsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name.startsWith(prefix))
    .sort()
    .map((name) => path.join(dir, name));
}

export function loadBank(dir = BANK_DIR): SeedBank {
  const register = path.join(dir, 'register');
  return {
    documents: jsonFiles(register, 'documents').flatMap((file) => readJsonArray<SeedDocument>(file)),
    facts: jsonFiles(register, 'facts').flatMap((file) => readJsonArray<SeedFact>(file)),
    topics: jsonFiles(register, 'topics').flatMap((file) => readJsonArray<SeedTopic>(file)),
    questions: jsonFiles(path.join(dir, 'data')).flatMap((file) =>
      readJsonArray<SeedQuestion>(file).map((question) => ({ ...question, file: path.basename(file) })),
    ),
  };
}
