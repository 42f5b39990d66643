import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize,
    // A query waiting longer than this for a connection fails instead of hanging (with the embedded
    // database's single connection, a query outside a running transaction would otherwise wait forever).
    extra: { application_name: 'lantoa', connectionTimeoutMillis: 30_000 },
  };
}
