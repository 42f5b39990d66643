import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// One connection: pglite-socket queues the protocol messages of all its connections into one
// stream, so two clients' extended-protocol queries (Parse/Bind/Execute) can interleave and fail
// with "unnamed prepared statement does not exist". PGlite runs one query at a time anyway.
export const EMBEDDED_POOL_SIZE = 1;

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in a folder and served on a
 * loopback port so the ordinary `pg` driver and TypeORM use it like any PostgreSQL.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  /** `dataDir` undefined keeps everything in memory (tests). */
  static async start(dataDir?: string): Promise<EmbeddedPostgres> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir ?? 'memory://');
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_POOL_SIZE + 5 });
    await server.start();
    const [host, port] = server.getServerConn().split(':');
    return new EmbeddedPostgres(db, server, `postgres://postgres@${host}:${port}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
