import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { tidySpaces } from '../common/text/vietnamese.js';
import { LegalDocument } from './legal-document.entity.js';
import type { QuestionDraft } from './question-draft.js';
import type {
  DuplicateRefDto,
  ListQuestionsQueryDto,
  MatrixCellDto,
  QuestionDto,
  QuestionPageDto,
  SavedQuestionDto,
} from './question.dto.js';
import { Question } from './question.entity.js';
import { checkDraft, stemKey } from './question-rules.js';
import { QuestionVersion } from './question-version.entity.js';
import { toQuestionDto } from './question-view.js';
import { QuestionScope } from './question-scope.js';

/** The question bank: versioned content, scoped by the unit tree, searchable without diacritics. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly scope: QuestionScope,
  ) {}

  async list(actor: AuthUser, query: ListQuestionsQueryDto): Promise<QuestionPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const where: string[] = [this.scope.visibleSql(actor, 'owner')];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    // Every word must appear, in any order: "tien tien dien hinh" finds "điển hình tiên tiến".
    for (const word of stemKey(query.q ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 12))
      add(`q.stem_folded LIKE ?`, `%${word}%`);
    if (query.topic) add(`q.topic_code = ?`, query.topic);
    if (query.level) add(`q.cognitive_level = ?`, query.level);
    if (query.status) add(`q.status = ?`, query.status);
    if (query.documentId) add(`v.legal_document_id = ?`, query.documentId);
    if (query.unitId) add(`q.owner_unit_id = ?`, query.unitId);
    if (query.needsReview) add(`q.needs_review = ?`, query.needsReview === 'true');
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM question q JOIN unit owner ON owner.id = q.owner_unit_id
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version WHERE ${where.join(' AND ')}`,
      params,
    );
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT q.id FROM question q JOIN unit owner ON owner.id = q.owner_unit_id
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE ${where.join(' AND ')} ORDER BY q.topic_code NULLS LAST, q.created_at, q.id
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { items: await this.load(ids.map((row) => row.id)), total };
  }

  async get(actor: AuthUser, id: string): Promise<QuestionDto> {
    const question = await this.questions.findOneBy({ id });
    if (!question) throw new AppError('QUESTION_NOT_FOUND');
    await this.scope.assertVisible(actor, question.ownerUnitId);
    return (await this.load([id]))[0]!;
  }

  /** Several questions with their current versions, in the order asked. */
  async load(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<QuestionDto[]> {
    if (ids.length === 0) return [];
    const questions = await manager.getRepository(Question).findBy({ id: In(ids) });
    if (questions.length === 0) return [];
    const versions = await manager
      .getRepository(QuestionVersion)
      .find({ where: questions.map((q) => ({ questionId: q.id, version: q.currentVersion })) });
    const documentIds = [...new Set(versions.flatMap((version) => (version.legalDocumentId ? [version.legalDocumentId] : [])))];
    const documents = documentIds.length ? await manager.getRepository(LegalDocument).findBy({ id: In(documentIds) }) : [];
    const versionOf = new Map(versions.map((version) => [version.questionId, version]));
    const documentOf = new Map(documents.map((document) => [document.id, document]));
    const views = new Map(
      questions.map((q) => {
        const version = versionOf.get(q.id)!;
        return [q.id, toQuestionDto(q, version, version.legalDocumentId ? documentOf.get(version.legalDocumentId) : null)];
      }),
    );
    return ids.flatMap((id) => (views.has(id) ? [views.get(id)!] : []));
  }

  async create(actor: AuthUser, draft: QuestionDraft, ownerUnitId: string | undefined): Promise<SavedQuestionDto> {
    // Scope and content are checked before the transaction: PGlite serves one transaction at a time,
    // so a query on another connection inside it would wait forever.
    const owner = await this.scope.ownerFor(actor, ownerUnitId);
    this.assertValid(draft);
    return this.dataSource.transaction(async (tx) => {
      const [id] = await this.insertMany(actor.id, owner, [draft], tx);
      const duplicates = await this.duplicatesOf(actor, stemKey(draft.stem), id!, tx);
      return { question: (await this.load([id!], tx))[0]!, duplicates };
    });
  }

  /** Many new questions at once (imports, the seed bank): multi-row inserts, no reload. Drafts must be checked already. */
  async insertMany(
    authorId: string | null,
    ownerUnitId: string,
    drafts: (QuestionDraft & { seedKey?: string })[],
    tx: EntityManager,
  ): Promise<string[]> {
    const ids: string[] = [];
    const CHUNK = 500;
    for (let start = 0; start < drafts.length; start += CHUNK) {
      const chunk = drafts.slice(start, start + CHUNK).map((draft) => ({ id: randomUUID(), draft }));
      await tx.getRepository(Question).insert(
        chunk.map(({ id, draft }) => ({
          id,
          ownerUnitId,
          currentVersion: 1,
          status: draft.status ?? 'draft',
          ...this.classification(draft),
          authorId,
          seedKey: draft.seedKey ?? null,
        })),
      );
      await tx.getRepository(QuestionVersion).insert(chunk.map(({ id, draft }) => this.versionOf(id, 1, draft, authorId)));
      ids.push(...chunk.map(({ id }) => id));
    }
    return ids;
  }

  /** Edits a question. An approved question is never changed under a contest: it gets a new version and goes back to draft. */
  async update(actor: AuthUser, id: string, draft: QuestionDraft): Promise<SavedQuestionDto> {
    this.assertValid(draft);
    return this.dataSource.transaction(async (tx) => {
      const question = await tx.getRepository(Question).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!question) throw new AppError('QUESTION_NOT_FOUND');
      await this.scope.assertEditable(actor, question.ownerUnitId, tx);
      const versioned = question.status === 'approved' || question.status === 'retired';
      const nextVersion = versioned ? question.currentVersion + 1 : question.currentVersion;
      if (versioned) await tx.getRepository(QuestionVersion).insert(this.versionOf(id, nextVersion, draft, actor.id));
      else
        await tx
          .getRepository(QuestionVersion)
          .update({ questionId: id, version: nextVersion }, this.versionOf(id, nextVersion, draft, actor.id));
      await tx.getRepository(Question).update(
        { id },
        {
          ...this.classification(draft),
          currentVersion: nextVersion,
          status: versioned ? 'draft' : question.status,
          needsReview: false,
          updatedAt: new Date(),
        },
      );
      const duplicates = await this.duplicatesOf(actor, stemKey(draft.stem), id, tx);
      return { question: (await this.load([id], tx))[0]!, duplicates };
    });
  }

  /** A question never approved is deleted; one that may sit in a paper is retired instead. */
  async remove(actor: AuthUser, id: string): Promise<'deleted' | 'retired'> {
    const question = await this.questions.findOneBy({ id });
    if (!question) throw new AppError('QUESTION_NOT_FOUND');
    await this.scope.assertEditable(actor, question.ownerUnitId);
    const everApproved =
      question.currentVersion > 1 || question.status === 'approved' || question.status === 'retired' || question.reviewerId !== null;
    if (everApproved) {
      await this.questions.update({ id }, { status: 'retired', updatedAt: new Date() });
      return 'retired';
    }
    await this.questions.delete({ id });
    return 'deleted';
  }

  async matrix(actor: AuthUser, status: string = 'approved'): Promise<MatrixCellDto[]> {
    const rows: { topic: string | null; cognitive_level: MatrixCellDto['cognitiveLevel']; count: number }[] = await this.dataSource.query(
      `SELECT q.topic_code AS topic, q.cognitive_level, count(*)::int AS count
         FROM question q JOIN unit owner ON owner.id = q.owner_unit_id
        WHERE ${this.scope.visibleSql(actor, 'owner')} AND q.status = $1 AND NOT q.needs_review
        GROUP BY q.topic_code, q.cognitive_level ORDER BY q.topic_code, q.cognitive_level`,
      [status],
    );
    return rows.map((row) => ({ topic: row.topic, cognitiveLevel: row.cognitive_level, count: row.count }));
  }

  /** Existing stems among `keys` in the caller's visible bank (import preview, duplicate warnings). */
  async existingStems(actor: AuthUser, keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: { id: string; stem_folded: string }[] = await this.dataSource.query(
      `SELECT q.id, q.stem_folded FROM question q JOIN unit owner ON owner.id = q.owner_unit_id
        WHERE ${this.scope.visibleSql(actor, 'owner')} AND q.stem_folded = ANY($1) AND q.status <> 'retired'`,
      [keys],
    );
    return new Map(rows.map((row) => [row.stem_folded, row.id]));
  }

  private async duplicatesOf(actor: AuthUser, key: string, exceptId: string, tx: EntityManager): Promise<DuplicateRefDto[]> {
    const rows: { id: string; stem: string }[] = await tx.query(
      `SELECT q.id, v.stem FROM question q JOIN unit owner ON owner.id = q.owner_unit_id
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
        WHERE ${this.scope.visibleSql(actor, 'owner')} AND q.stem_folded = $1 AND q.id <> $2 AND q.status <> 'retired' LIMIT 5`,
      [key, exceptId],
    );
    return rows;
  }

  private assertValid(draft: QuestionDraft): void {
    const problems = checkDraft(draft);
    if (problems.length > 0) throw new AppError('QUESTION_INVALID', {}, problems);
  }

  private classification(draft: QuestionDraft) {
    return {
      topicCode: draft.topic ?? null,
      cognitiveLevel: draft.cognitiveLevel ?? null,
      difficulty: draft.difficulty ?? null,
      tags: (draft.tags ?? []).map((tag) => tidySpaces(tag)).filter(Boolean),
      stemFolded: stemKey(draft.stem),
    };
  }

  private versionOf(questionId: string, version: number, draft: QuestionDraft, createdBy: string | null): Partial<QuestionVersion> {
    return {
      questionId,
      version,
      type: draft.type,
      title: draft.title?.trim() || null,
      stem: draft.stem.trim(),
      options: (draft.options ?? []).map((option, index) => ({
        id: String.fromCharCode(97 + index),
        text: option.text.trim(),
        correct: option.correct,
        ...(option.weight !== undefined ? { weight: option.weight } : {}),
        ...(option.feedback ? { feedback: option.feedback } : {}),
      })),
      accepted: (draft.accepted ?? []).map((answer) => answer.trim()).filter(Boolean),
      acceptWithoutDiacritics: draft.acceptWithoutDiacritics ?? false,
      numericValue: draft.numeric?.value ?? null,
      numericTolerance: draft.numeric?.tolerance ?? null,
      partialCredit: draft.partialCredit ?? false,
      explanation: draft.explanation?.trim() || null,
      legalDocumentId: draft.legalBasis?.documentId || null,
      legalArticle: draft.legalBasis?.article?.trim() || null,
      legalClause: draft.legalBasis?.clause?.trim() || null,
      facts: draft.facts ?? [],
      createdBy,
    };
  }
}
