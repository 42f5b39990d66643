import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionType } from './question-draft.js';

export interface StoredOption {
  /** Stable within the version; attempts map their own per-attempt ids onto it. */
  id: string;
  text: string;
  correct: boolean;
  weight?: number;
  feedback?: string;
}

/** The content of a question as it was at one version; never changed once an approved question moves on. */
@Entity('question_version')
export class QuestionVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'question_id' })
  questionId: string;

  @Column('integer')
  version: number;

  @Column('text')
  type: QuestionType;

  @Column('text', { nullable: true })
  title: string | null;

  @Column('text')
  stem: string;

  @Column('jsonb', { default: () => `'[]'` })
  options: StoredOption[];

  @Column('jsonb', { default: () => `'[]'` })
  accepted: string[];

  @Column('boolean', { name: 'accept_without_diacritics', default: false })
  acceptWithoutDiacritics: boolean;

  @Column('double precision', { name: 'numeric_value', nullable: true })
  numericValue: number | null;

  @Column('double precision', { name: 'numeric_tolerance', nullable: true })
  numericTolerance: number | null;

  @Column('boolean', { name: 'partial_credit', default: false })
  partialCredit: boolean;

  @Column('text', { nullable: true })
  explanation: string | null;

  @Column('text', { name: 'legal_document_id', nullable: true })
  legalDocumentId: string | null;

  @Column('text', { name: 'legal_article', nullable: true })
  legalArticle: string | null;

  @Column('text', { name: 'legal_clause', nullable: true })
  legalClause: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  facts: string[];

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
