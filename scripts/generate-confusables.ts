/**
 * `npx tsx scripts/generate-confusables.ts`: writes lib/engine/confusables-data.ts, the look-alike table of the
 * engine's skeleton (lib/engine/confusables.ts), from the UTS #39 confusables data the dev dependency
 * `unhomoglyph` carries (format it with `npm run format` afterwards). Run it after updating that package;
 * scripts/lib/confusables-module.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { confusablesModule, deriveConfusablePairs, readUnhomoglyph } from './lib/confusables-module';

const { data, version } = readUnhomoglyph(
  (file) => readFileSync(file, 'utf8'),
  createRequire(import.meta.url).resolve,
);
const target = path.join(import.meta.dirname, '..', 'lib', 'engine', 'confusables-data.ts');
writeFileSync(target, confusablesModule(deriveConfusablePairs(data), version));
process.stdout.write(`wrote ${target}\n`);
