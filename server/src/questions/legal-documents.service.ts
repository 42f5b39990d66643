import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { LegalDocument } from './legal-document.entity.js';
import { Topic } from './topic.entity.js';

/** The managed lists the bank rests on: topics and legal documents. */
@Injectable()
export class LegalDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(LegalDocument) private readonly documents: Repository<LegalDocument>,
    @InjectRepository(Topic) private readonly topics: Repository<Topic>,
  ) {}

  listDocuments(): Promise<LegalDocument[]> {
    return this.documents.find({ order: { issuedAt: 'DESC', number: 'ASC' } });
  }

  listTopics(): Promise<Topic[]> {
    return this.topics.find({ order: { position: 'ASC', code: 'ASC' } });
  }

  async upsertTopic(code: string, name: string, position = 0): Promise<void> {
    await this.topics.upsert({ code, name, position }, ['code']);
  }

  async upsertDocument(document: Omit<LegalDocument, 'createdAt' | 'supersededAt'>): Promise<void> {
    await this.documents.upsert(document, ['id']);
  }

  /**
   * Marks a document superseded: every question whose current version rests on it is flagged
   * for review and is not drawn into new contests until an organizer reviews it.
   */
  async supersede(id: string, supersededBy: string | null): Promise<{ flagged: number }> {
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.getRepository(LegalDocument).findOneBy({ id });
      if (!document) throw new AppError('DOCUMENT_NOT_FOUND');
      if (supersededBy && !(await tx.getRepository(LegalDocument).existsBy({ id: supersededBy }))) throw new AppError('DOCUMENT_NOT_FOUND');
      await tx.getRepository(LegalDocument).update({ id }, { supersededBy, supersededAt: new Date() });
      const flagged: unknown[] = await tx.query(
        `UPDATE question q SET needs_review = true, updated_at = now()
           FROM question_version v
          WHERE v.question_id = q.id AND v.version = q.current_version AND v.legal_document_id = $1
            AND q.status <> 'retired' AND NOT q.needs_review
         RETURNING q.id`,
        [id],
      );
      return { flagged: Array.isArray(flagged[0]) ? (flagged[0] as unknown[]).length : flagged.length };
    });
  }
}
