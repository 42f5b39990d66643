import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { MIGRATIONS } from './migrations/index.js';
import { runMigrations } from './run-migrations.js';

/** Always on PGlite: the database a newcomer gets from `npm start`. */
describe('embedded PostgreSQL (integration)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantoa-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the migrations, rolls back a failed transaction, and keeps committed data across a restart', async () => {
    let embedded = await EmbeddedPostgres.start(dataDir);
    let dataSource = await new DataSource(dataSourceOptions(embedded.url, 5)).initialize();
    expect(await runMigrations(dataSource)).toEqual(MIGRATIONS.map((migration) => migration.name));

    await dataSource
      .transaction(async (tx) => {
        await tx.query(`INSERT INTO app_setting (key, value) VALUES ('rolled-back', 'x')`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await dataSource.query(`INSERT INTO app_setting (key, value) VALUES ('kept', 'Điển hình tiên tiến')`);

    await dataSource.destroy();
    await embedded.stop();

    embedded = await EmbeddedPostgres.start(dataDir);
    dataSource = await new DataSource(dataSourceOptions(embedded.url, 5)).initialize();
    expect(await runMigrations(dataSource)).toEqual([]);
    const rows: { key: string; value: string }[] = await dataSource.query(`SELECT key, value FROM app_setting ORDER BY key`);
    expect(rows).toEqual([{ key: 'kept', value: 'Điển hình tiên tiến' }]);
    await dataSource.destroy();
    await embedded.stop();
  });
});
