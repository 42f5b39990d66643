import { Injectable, Logger } from '@nestjs/common';
import { EmbeddedPostgres } from './embedded-postgres.js';

/** Owns the embedded PostgreSQL used when no DATABASE_URL is given. */
@Injectable()
export class EmbeddedDatabase {
  private readonly logger = new Logger('EmbeddedDatabase');
  private instance: EmbeddedPostgres | undefined;

  async start(dataDir: string | undefined): Promise<string> {
    const started = Date.now();
    this.instance = await EmbeddedPostgres.start(dataDir);
    this.logger.log(`embedded PostgreSQL (PGlite) ready in ${Date.now() - started} ms, data in ${dataDir ?? 'memory'}`);
    return this.instance.url;
  }

  async stop(): Promise<void> {
    await this.instance?.stop();
    this.instance = undefined;
  }
}
