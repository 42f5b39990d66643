import 'reflect-metadata';
import { openApiDocument, createApp } from './bootstrap.js';
import { loadConfig } from './config/app-config.js';

/** Prints the OpenAPI document without starting a database (Nest preview mode); the client's types are generated from it. */
const app = await createApp(loadConfig({}, { clientDir: '/nonexistent' }), { preview: true, logger: false });
process.stdout.write(JSON.stringify(openApiDocument(app), null, 2) + '\n');
await app.close();
