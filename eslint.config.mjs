import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** lib/ is the pure core: text in, plain data out. Only the content loader may touch the file system. */
const pureCoreRestrictions = {
  paths: [
    ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'react', 'react-dom'].map((name) => ({
      name,
      message: 'lib/ is the pure core: no React and no file system (lib/content/load-stories.ts aside).',
    })),
  ],
  patterns: [
    {
      group: ['next', 'next/*', 'react/*', 'react-dom/*'],
      message: 'lib/ is the pure core: no Next or React.',
    },
    { group: ['@/components/*', '@/app/*'], message: 'lib/ must not depend on the views.' },
  ],
};

/** The engine's one public surface is lib/engine/index.ts; its stages may change shape without notice. */
const engineSurface = {
  // The JSON Schema of its document is a contract of its own, which tests validate against; the generated data
  // tables (*-data.ts) are checked by their generators' tests against the packages they come from.
  group: ['@/lib/engine/*', '**/lib/engine/*', '!**/lib/engine/*.schema.json', '!**/lib/engine/*-data'],
  message: "Import the engine from '@/lib/engine' (its index), not from a stage file.",
};
const engineSurfaceRestrictions = { patterns: [engineSurface] };

/** The corpus pipeline's public surface is lib/corpus/index.ts, in the same way (its test fixtures aside). */
const corpusSurface = {
  group: ['@/lib/corpus/*', '**/lib/corpus/*', '!**/lib/corpus/*.schema.json', '!**/lib/corpus/fixtures'],
  message: "Import the corpus pipeline from '@/lib/corpus' (its index), not from a stage file.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'test-results/**',
      '.scratch/**',
      '.test-output/**',
      'playwright-report/**',
      'next-env.d.ts',
      'data/**',
      'dist/**',
    ],
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    // Tests may build fixtures on disk; the code under test may not.
    ignores: ['lib/content/load-stories.ts', 'lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureCoreRestrictions] },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'server/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', engineSurfaceRestrictions] },
  },
  {
    // The commands, benchmarks and evaluations use the pipelines as the app does: through their index files.
    files: ['scripts/**/*.{ts,mts,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [engineSurface, corpusSurface] }] },
  },
];

export default config;
