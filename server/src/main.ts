import 'reflect-metadata';
import { createApp, createLogger } from './bootstrap.js';
import { ConfigError } from './config/app-config.js';
import { configFromEnvironment } from './config/config.module.js';

async function main(): Promise<void> {
  let config;
  try {
    config = configFromEnvironment();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  const app = await createApp(config, { logger });
  await app.listen(config.port, '0.0.0.0');
  logger.log(`listening on http://localhost:${config.port} (API docs at /api/docs)`, 'Lantoa');
}

main().catch((error) => {
  console.error('Lantoa could not start:', error);
  process.exit(1);
});
