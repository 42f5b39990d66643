import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/errors/error-catalog.js';
import { mapColumns } from '../common/spreadsheet/columns.js';
import { readTable } from '../common/spreadsheet/read-table.js';
import { foldVietnamese, normalizeStringsDeep } from '../common/text/vietnamese.js';
import { parseAiken } from './formats/aiken-parser.js';
import { decodeUtf8Text, NotUtf8Error } from './formats/encoding.js';
import { describeFormatProblem } from './formats/format-problems.js';
import { parseGift } from './formats/gift-parser.js';
import { parseJson } from './formats/json-format.js';
import { QUESTION_COLUMNS, rowsToDrafts } from './formats/table-format.js';
import { describeBankProblem } from './import-problems.js';
import type { LocatedDraft, ParseResult } from './question-draft.js';
import { checkDraft, describeRule, stemKey } from './question-rules.js';
import { QuestionScope } from './question-scope.js';
import { QuestionsService } from './questions.service.js';

export const IMPORT_FORMATS = ['gift', 'aiken', 'xlsx', 'csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportProblem {
  line: number;
  code: string;
  message: string;
}

export interface ImportOutcome {
  dryRun: boolean;
  total: number;
  valid: number;
  imported: number;
  errors: ImportProblem[];
  questions: { line: number; type: string; stem: string; topic?: string; cognitiveLevel?: string }[];
}

const PREVIEW_LIMIT = 500;

/** Two steps: a dry run lists what would be created and every problem by line; the confirm writes. */
@Injectable()
export class QuestionImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questions: QuestionsService,
    private readonly scope: QuestionScope,
  ) {}

  async import(
    actor: AuthUser,
    file: { buffer: Buffer; originalname: string },
    options: { format: ImportFormat; dryRun: boolean; skipInvalid: boolean; ownerUnitId?: string; language: Language },
  ): Promise<ImportOutcome> {
    const owner = await this.scope.ownerFor(actor, options.ownerUnitId);
    const parsed = await this.parse(file, options.format);
    const language = options.language;
    const errors: ImportProblem[] = parsed.problems.map((problem) => describeFormatProblem(problem, language));
    const valid = await this.checkAgainstBank(
      actor,
      parsed.questions.map((draft) => normalizeStringsDeep(draft)),
      errors,
      language,
    );
    errors.sort((a, b) => a.line - b.line);
    const outcome: ImportOutcome = {
      dryRun: options.dryRun,
      total: parsed.questions.length + new Set(parsed.problems.map((problem) => problem.line)).size,
      valid: valid.length,
      imported: 0,
      errors,
      questions: valid.slice(0, PREVIEW_LIMIT).map((draft) => ({
        line: draft.line,
        type: draft.type,
        stem: draft.stem,
        topic: draft.topic,
        cognitiveLevel: draft.cognitiveLevel,
      })),
    };
    if (options.dryRun || (errors.length > 0 && !options.skipInvalid) || valid.length === 0) return outcome;
    const drafts = valid.map(({ line: _line, ...draft }) => ({ ...draft, status: 'draft' as const }));
    await this.dataSource.transaction((tx) => this.questions.insertMany(actor.id, owner, drafts, tx));
    return { ...outcome, imported: valid.length };
  }

  private async parse(file: { buffer: Buffer; originalname: string }, format: ImportFormat): Promise<ParseResult> {
    if (format === 'xlsx' || format === 'csv') {
      const name = file.originalname.toLowerCase().endsWith(`.${format}`) ? file.originalname : `upload.${format}`;
      return rowsToDrafts(mapColumns(await readTable(file.buffer, name), QUESTION_COLUMNS));
    }
    let text: string;
    try {
      text = decodeUtf8Text(file.buffer);
    } catch (error) {
      if (error instanceof NotUtf8Error) throw new AppError('FILE_NOT_UTF8');
      throw error;
    }
    if (format === 'gift') return parseGift(text);
    if (format === 'aiken') return parseAiken(text);
    return parseJson(text);
  }

  /** Content rules, known topics and documents, and duplicates (in the bank and inside the file). */
  private async checkAgainstBank(
    actor: AuthUser,
    drafts: LocatedDraft[],
    errors: ImportProblem[],
    language: Language,
  ): Promise<LocatedDraft[]> {
    const [topicRows, documentRows] = await Promise.all([
      this.dataSource.query(`SELECT code, name FROM topic`) as Promise<{ code: string; name: string }[]>,
      this.dataSource.query(`SELECT id FROM legal_document`) as Promise<{ id: string }[]>,
    ]);
    // A topic may be written by its code or by its name, with or without diacritics.
    const topicByWord = new Map(
      topicRows.flatMap(
        (row) =>
          [
            [row.code, row.code],
            [foldVietnamese(row.name), row.code],
          ] as [string, string][],
      ),
    );
    const documents = new Set(documentRows.map((row) => row.id));
    const existing = await this.questions.existingStems(
      actor,
      drafts.map((draft) => stemKey(draft.stem)),
    );
    const seen = new Map<string, number>();
    const valid: LocatedDraft[] = [];
    for (const draft of drafts) {
      const before = errors.length;
      for (const problem of checkDraft(draft))
        errors.push({ line: draft.line, code: problem.code, message: describeRule(problem, language).message });
      if (draft.topic) draft.topic = topicByWord.get(draft.topic) ?? topicByWord.get(foldVietnamese(draft.topic)) ?? draft.topic;
      if (draft.topic && !topicRows.some((row) => row.code === draft.topic))
        errors.push({
          line: draft.line,
          code: 'UNKNOWN_TOPIC',
          message: describeBankProblem('UNKNOWN_TOPIC', language, { value: draft.topic }),
        });
      const documentId = draft.legalBasis?.documentId;
      if (documentId && !documents.has(documentId))
        errors.push({
          line: draft.line,
          code: 'UNKNOWN_DOCUMENT',
          message: describeBankProblem('UNKNOWN_DOCUMENT', language, { value: documentId }),
        });
      const key = stemKey(draft.stem);
      if (existing.has(key))
        errors.push({ line: draft.line, code: 'DUPLICATE_IN_BANK', message: describeBankProblem('DUPLICATE_IN_BANK', language) });
      else if (seen.has(key))
        errors.push({
          line: draft.line,
          code: 'DUPLICATE_IN_FILE',
          message: describeBankProblem('DUPLICATE_IN_FILE', language, { other: seen.get(key)! }),
        });
      if (!seen.has(key)) seen.set(key, draft.line);
      if (errors.length === before) valid.push(draft);
    }
    return valid;
  }
}
