import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QuestionType } from '../questions/question-draft.js';
import type { StoredOption } from '../questions/question-version.entity.js';
import type { KeyedQuestion } from '../contests/rules/scoring.js';

export interface QuestionContent extends KeyedQuestion {
  questionId: string;
  version: number;
  type: QuestionType;
  stem: string;
  options: StoredOption[];
  explanation: string | null;
  citation: { document: string | null; article: string | null; clause: string | null };
}

interface QuestionVersionRow {
  question_id: string;
  version: number;
  type: QuestionType;
  stem: string;
  options: StoredOption[];
  accepted: string[];
  accept_without_diacritics: boolean;
  numeric_value: number | null;
  numeric_tolerance: number | null;
  partial_credit: boolean;
  explanation: string | null;
  legal_article: string | null;
  legal_clause: string | null;
  document: string | null;
}

/**
 * Question versions as papers use them. A version in a paper was approved and never changes,
 * so it is cached for the life of the process.
 */
@Injectable()
export class QuestionContentCache {
  private readonly cache = new Map<string, QuestionContent>();

  constructor(private readonly dataSource: DataSource) {}

  async get(refs: { questionId: string; version: number }[]): Promise<Map<string, QuestionContent>> {
    const key = (ref: { questionId: string; version: number }) => `${ref.questionId}:${ref.version}`;
    const missing = refs.filter((ref) => !this.cache.has(key(ref)));
    if (missing.length > 0) {
      const rows: QuestionVersionRow[] = await this.dataSource.query(
        `SELECT v.question_id, v.version, v.type, v.stem, v.options, v.accepted, v.accept_without_diacritics, v.numeric_value,
                v.numeric_tolerance, v.partial_credit, v.explanation, v.legal_article, v.legal_clause,
                coalesce(d.title || ' ' || d.number, d.title) AS document
           FROM question_version v LEFT JOIN legal_document d ON d.id = v.legal_document_id
           JOIN unnest($1::uuid[], $2::int[]) AS wanted(question_id, version) ON wanted.question_id = v.question_id AND wanted.version = v.version`,
        [missing.map((ref) => ref.questionId), missing.map((ref) => ref.version)],
      );
      for (const row of rows) {
        const content: QuestionContent = {
          questionId: row.question_id,
          version: row.version,
          type: row.type,
          stem: row.stem,
          options: row.options,
          accepted: row.accepted,
          acceptWithoutDiacritics: row.accept_without_diacritics,
          numericValue: row.numeric_value,
          numericTolerance: row.numeric_tolerance,
          partialCredit: row.partial_credit,
          explanation: row.explanation,
          citation: { document: row.document, article: row.legal_article, clause: row.legal_clause },
        };
        if (this.cache.size > 50_000) this.cache.clear();
        this.cache.set(key(content), content);
      }
    }
    return new Map(refs.map((ref) => [ref.questionId, this.cache.get(key(ref))!]));
  }
}
