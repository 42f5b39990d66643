import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { configFromEnvironment } from '../config/config.module.js';
import { UnitsService } from '../units/units.service.js';
import { SeedBankService } from './seed-bank.service.js';

/** `npm run seed:questions`: loads the shipped bank into the top unit's bank, on the configured database. */
const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...configFromEnvironment(), demoData: false }), {
  logger: ['error', 'warn', 'log'],
});
const [root] = await app.get(UnitsService).roots();
if (!root) {
  console.error('No unit yet: create the top unit (or start once with DEMO_DATA=true) before loading the seed bank.');
  process.exitCode = 1;
} else {
  const { added, skipped } = await app.get(SeedBankService).loadQuestions(root.id);
  console.log(`seed bank loaded into "${root.name}": ${added} added, ${skipped} already present`);
}
await app.close();
