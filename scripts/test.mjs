#!/usr/bin/env node
// `npm test`: every tier, in order: unit, integration (PostgreSQL when TEST_DATABASE_URL or
// DATABASE_URL is set, and always the embedded PGlite), then end-to-end against the built app.
// `npm test -- --tier unit` (or integration, e2e) runs one tier.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tierArg = process.argv.indexOf('--tier');
const only = tierArg > 0 ? process.argv[tierArg + 1] : undefined;
const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const steps = [
  { tier: 'unit', name: 'server unit', args: ['run', 'test:unit', '-w', 'server'] },
  { tier: 'unit', name: 'seed questions', args: ['test', '-w', 'seed-questions'] },
  { tier: 'unit', name: 'client unit', args: ['test', '-w', 'client'] },
  ...(postgresUrl
    ? [
        {
          tier: 'integration',
          name: 'integration on PostgreSQL',
          args: ['run', 'test:integration', '-w', 'server'],
          env: { TEST_DATABASE_URL: postgresUrl },
        },
      ]
    : []),
  {
    tier: 'integration',
    name: 'integration on embedded PGlite',
    args: ['run', 'test:integration', '-w', 'server'],
    env: { TEST_DATABASE_URL: '', DATABASE_URL: '' },
  },
  { tier: 'e2e', name: 'build', args: ['run', 'build'] },
  { tier: 'e2e', name: 'end-to-end', args: ['test', '-w', 'test'], env: { E2E_DATABASE_URL: postgresUrl ?? '' } },
].filter((step) => !only || step.tier === only);

let passed = 0;
let failed = 0;
const timings = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name}`);
  const result = spawnSync('npm', step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s${result.status === 0 ? '' : ' (FAILED)'}`);
  if (result.status === 0) passed++;
  else failed++;
}
console.log(`\n=== summary\n${timings.map((line) => `  ${line}`).join('\n')}`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
