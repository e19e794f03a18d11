import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const dbOnly = {
  paths: [{ name: 'dexie', message: 'Only lib/db/** talks to IndexedDB. Use a function from lib/db instead.' }],
  patterns: [{ group: ['@/lib/db/db', '**/lib/db/db'], message: 'Only lib/db/** uses the db instance. Use a function from lib/db instead.' }],
};

const config = [
  { ignores: ['.next/**', 'out/**', '.bench-floor/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['lib/db/**'],
    rules: { 'no-restricted-imports': ['error', dbOnly] },
  },
  {
    files: ['next.config.js', 'tests/fixtures/empty-next/next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
];

export default config;
