import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IN_MEMORY, type AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppSetting } from './app-setting.entity.js';
import { dataSourceOptions } from './data-source-options.js';
import { EmbeddedDatabase } from './embedded-database.service.js';
import { EMBEDDED_POOL_SIZE } from './embedded-postgres.js';
import { runMigrations } from './run-migrations.js';
import { SettingsService } from './settings.service.js';

@Global()
@Module({ providers: [EmbeddedDatabase], exports: [EmbeddedDatabase] })
class EmbeddedDatabaseModule {}

@Global()
@Module({
  imports: [
    EmbeddedDatabaseModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, EmbeddedDatabase],
      useFactory: async (config: AppConfig, embedded: EmbeddedDatabase) => {
        if (config.databaseUrl) return dataSourceOptions(config.databaseUrl);
        const dataDir = config.dataDir === IN_MEMORY ? undefined : `${config.dataDir}/pg`;
        return dataSourceOptions(await embedded.start(dataDir), EMBEDDED_POOL_SIZE);
      },
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrations(dataSource, { lock: options!.poolSize !== EMBEDDED_POOL_SIZE });
        return dataSource;
      },
    }),
    TypeOrmModule.forFeature([AppSetting]),
  ],
  providers: [SettingsService],
  exports: [SettingsService],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    private readonly embedded: EmbeddedDatabase,
  ) {}

  /** The pool must close before the embedded database it talks to. */
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded.stop();
  }
}
