import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from './alignment.schema.json';
import { compare } from './compare';
import { seedTexts } from '@/fixtures/seed-texts';
import { ALIGNMENT_SCHEMA, toAlignmentJson } from './to-json';

const seed = seedTexts();
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('toAlignmentJson', () => {
  const json = toAlignmentJson(
    compare(seed.wire, Object.values(seed.outlets)),
    'wire.txt',
    Object.keys(seed.outlets).map((id) => `${id}.txt`),
  );

  it('matches the JSON Schema of wiretrace.alignment/1', () => {
    const valid = validate(JSON.parse(JSON.stringify(json)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
  it('names the schema and the sources as given', () => {
    expect(json.schema).toBe(ALIGNMENT_SCHEMA);
    expect(json.wire.source).toBe('wire.txt');
    expect(json.outlets.map((o) => o.source)).toEqual([
      'outlet-001.txt',
      'outlet-002.txt',
      'outlet-003.txt',
      'outlet-004.txt',
    ]);
  });
  it('rejects a renamed field', () => {
    const broken = JSON.parse(JSON.stringify(json));
    delete broken.outlets[0].verdict;
    expect(validate(broken)).toBe(false);
  });
});

describe('the seed story as wiretrace.alignment/1', () => {
  // The whole document, as a file snapshot: any change in behaviour shows up in review as a readable diff.
  it('matches the reviewed snapshot', async () => {
    const seed = seedTexts();
    const ids = Object.keys(seed.outlets);
    const json = toAlignmentJson(
      compare(
        seed.wire,
        ids.map((id) => seed.outlets[id]!),
      ),
      'wire.txt',
      ids.map((id) => `${id}.txt`),
    );
    await expect(`${JSON.stringify(json, null, 1)}\n`).toMatchFileSnapshot(
      '__snapshots__/seed-alignment.json',
    );
  });
});
