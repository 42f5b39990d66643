import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LegalDocumentsService } from './legal-documents.service.js';
import { QuestionsService } from './questions.service.js';
import { readSeedQuestions, readSeedRegister } from './seed-bank.js';

/** Keeps the shipped topics and legal documents in the database, and loads the shipped questions on request. */
@Injectable()
export class SeedBankService implements OnApplicationBootstrap {
  private readonly logger = new Logger('SeedBank');

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: LegalDocumentsService,
    private readonly questions: QuestionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.loadRegister();
  }

  async loadRegister(): Promise<void> {
    const { documents, topics } = readSeedRegister();
    for (const [position, topic] of topics.entries()) await this.documents.upsertTopic(topic.code, topic.name, position);
    // Parents before the documents that point at them.
    const ordered = [...documents].sort((a, b) => Number(Boolean(a.supersededBy)) - Number(Boolean(b.supersededBy)));
    for (const document of ordered) await this.documents.upsertDocument(document);
  }

  /** Adds the shipped questions (approved) to `ownerUnitId`'s bank; those already there (by key) are skipped. */
  async loadQuestions(ownerUnitId: string): Promise<{ added: number; skipped: number }> {
    await this.loadRegister();
    const seed = readSeedQuestions();
    const present = new Set(
      ((await this.dataSource.query(`SELECT seed_key FROM question WHERE seed_key IS NOT NULL`)) as { seed_key: string }[]).map(
        (row) => row.seed_key,
      ),
    );
    const fresh = seed
      .filter((question) => !present.has(question.key))
      .map(({ key, ...draft }) => ({ ...draft, status: 'approved' as const, seedKey: key }));
    await this.dataSource.transaction((tx) => this.questions.insertMany(null, ownerUnitId, fresh, tx));
    this.logger.log(`seed bank: ${fresh.length} questions added, ${seed.length - fresh.length} already present`);
    return { added: fresh.length, skipped: seed.length - fresh.length };
  }
}
