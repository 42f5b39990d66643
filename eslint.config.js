import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './client/svelte.config.js';

export default defineConfig(
  {
    ignores: ['**/dist/', '**/node_modules/', '**/coverage/', 'client/src/lib/api/schema.d.ts', 'data/', '**/data/', 'test/artifacts/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,mts,cts}', '**/*.svelte'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    extends: [svelte.configs.recommended],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  // Where the code runs decides its globals.
  {
    files: ['server/**', 'seed-questions/**', 'scripts/**', 'test/**', '**/*.config.{js,cjs,mjs,ts}', 'client/scripts/**'],
    languageOptions: { globals: globals.node },
  },
  { files: ['client/src/**'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  { files: ['**/*.spec.ts', '**/*.int-spec.ts', 'test/e2e/**'], languageOptions: { globals: globals.jest } },
  // Test code reads untyped JSON bodies; `any` there is the honest type.
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'server/src/testing/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
