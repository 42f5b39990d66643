import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AttemptMetaCache } from './attempt-meta.cache.js';
import { AttemptSubmissionService } from './attempt-submission.service.js';

const SWEEP_EVERY_MS = 5_000;
const BATCH = 200;

/** At the deadline (plus grace) the server submits what was saved, whether or not the client comes back. */
@Injectable()
export class AttemptSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AttemptSweeper');
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly metaCache: AttemptMetaCache,
    private readonly submission: AttemptSubmissionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Submits every expired active attempt; returns how many. */
  async sweep(now = new Date()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const cutoff = new Date(now.getTime() - this.config.answerGraceSeconds * 1000);
      const expired: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM attempt WHERE status = 'active' AND deadline_at < $1 ORDER BY deadline_at LIMIT ${BATCH}`,
        [cutoff],
      );
      for (const { id } of expired) await this.submission.finalize(await this.metaCache.get(id), 'sweeper');
      if (expired.length > 0) this.logger.log(`submitted ${expired.length} expired attempt(s)`);
      return expired.length;
    } catch (error) {
      this.logger.error(`sweep failed: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
