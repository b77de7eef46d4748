import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import {
  FERRY_INDEPENDENT,
  FERRY_PARTIAL,
  FERRY_WIRE,
  OBITUARY_INDEPENDENT,
  OBITUARY_WIRE,
} from './fixtures/issue-14-texts';
import { toAlignmentJson } from './to-json';

describe('an outlet judged independent (issue 14)', () => {
  const obituary = compare(OBITUARY_WIRE, [OBITUARY_INDEPENDENT]).outlets[0]!;

  it('keeps no wire sentence: every wire unit is dropped, none kept or edited', () => {
    expect(obituary.verdict).toBe('independent');
    expect(new Set(Object.values(obituary.wireStatus))).toEqual(new Set(['dropped']));
  });
  it('says which wire sentences it resembles instead', () => {
    // "Er starb im Alter von 87 Jahren in Hamburg, …" is w3 (w1 is the dateline).
    expect(obituary.wireResemblance).toEqual({ w3: 'resemblance' });
  });
  it('counts all its words as its own and none as reused', () => {
    expect(obituary.stats).toMatchObject({ reusedWords: 0, reuseShare: 0, wireCoverage: 0 });
    expect(obituary.stats.addedWords).toBe(obituary.stats.words);
    const resembling = obituary.units.filter((unit) => unit.wire.length > 0);
    expect(resembling.map((unit) => [unit.status, unit.wire])).toEqual([['added', ['w3']]]);
  });
  it('writes the same into the JSON, with no matching parts', () => {
    const [json] = toAlignmentJson(compare(OBITUARY_WIRE, [OBITUARY_INDEPENDENT]), 'wire.txt', [
      'a.txt',
    ]).outlets;
    expect(json!.wireResemblance).toEqual({ w3: 'resemblance' });
    expect(json!.units.every((unit) => unit.status !== 'copied' && unit.status !== 'edited')).toBe(true);
    expect(json!.units.every((unit) => unit.parts.length === 0)).toBe(true);
  });
  it('leaves derived and partial outlets as they are, with no resemblances', () => {
    const [partial, independent] = compare(FERRY_WIRE, [FERRY_PARTIAL, FERRY_INDEPENDENT]).outlets;
    expect(partial!.verdict).toBe('partial');
    expect(partial!.wireResemblance).toEqual({});
    expect(Object.values(partial!.wireStatus)).toContain('edited');
    expect(independent!.verdict).toBe('independent');
    expect(Object.values(independent!.wireStatus).every((status) => status === 'dropped')).toBe(true);
  });
});
