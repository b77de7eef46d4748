import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { prepareDocument } from './document';
import { findSharedRuns, indexWireRuns, isDistinctive, weighEvidence } from './evidence';
import {
  FERRY_INDEPENDENT,
  FERRY_PARTIAL,
  FERRY_WIRE,
  OBITUARY_INDEPENDENT,
  OBITUARY_WIRE,
} from './fixtures/issue-14-texts';

const evidence = (wire: string, outlet: string, reuseShare = 0) => {
  const outletDoc = prepareDocument(outlet);
  return weighEvidence(
    findSharedRuns(indexWireRuns(prepareDocument(wire)), outletDoc),
    outletDoc,
    reuseShare,
  );
};
const verdict = (wire: string, outlet: string) => compare(wire, [outlet]).outlets[0]!;

describe('shared runs', () => {
  it('finds maximal runs outside quotations and furniture, each outlet word in one run', () => {
    const wire = prepareDocument(
      'Berlin (dpa) - Der Minister sagte am Montag: «Wir bauen neue Brücken im ganzen Land.»',
    );
    const outlet = prepareDocument('Der Minister sagte am Montag: „Wir bauen neue Brücken im ganzen Land.“');
    const runs = findSharedRuns(indexWireRuns(wire), outlet);
    expect(runs.map((run) => run.words)).toEqual([5]);
  });
  it('takes a run of names and titles for what independent reports share, not for wording', () => {
    const outlet = prepareDocument('Die Co-Vorsitzenden Ricarda Lang und Omid Nouripour traten ab.');
    const names = { outlet: 2, wire: 0, words: 5 }; // "Ricarda Lang und Omid Nouripour"
    const title = { outlet: 0, wire: 0, words: 7 }; // "Die Co-Vorsitzenden … Nouripour": a title with names
    const wording = { outlet: 0, wire: 0, words: 8 }; // "Die Co-Vorsitzenden … Nouripour traten"
    expect(isDistinctive(outlet, names)).toBe(false);
    expect(isDistinctive(outlet, title)).toBe(false);
    expect(isDistinctive(outlet, wording)).toBe(true);
  });
});

describe('evidence of copying (issue 14)', () => {
  it('finds a partial copy that keeps no eight-word run: three runs in the wire order', () => {
    const found = evidence(FERRY_WIRE, FERRY_PARTIAL);
    expect(found.longest).toBeLessThan(8);
    expect(found.inWireOrder).toBe(3);
    expect(found.copied).toBe(true);
    const result = verdict(FERRY_WIRE, FERRY_PARTIAL);
    expect(result.verdict).toBe('partial');
    expect(result.reason).toMatch(/^Borderline: /);
    expect(result.reason).toContain('"will die Fährverbindungen zu den Halligen" (6)');
    expect(result.reason).toContain("3 of them in the wire's order");
  });
  it('keeps an independent report with two shared phrases independent, and says it is borderline', () => {
    const result = verdict(FERRY_WIRE, FERRY_INDEPENDENT);
    expect(result.verdict).toBe('independent');
    expect(result.reason).toMatch(/^Borderline: Not built from the wire/);
    expect(result.reason).toContain('"die Schiffe nach Hooge und Langeneß" (6)');
  });
  it('keeps an obituary that shares one eight-word stock phrase independent, the phrase set aside as formulaic', () => {
    const found = evidence(OBITUARY_WIRE, OBITUARY_INDEPENDENT);
    expect(found.longest).toBe(0);
    expect(found.formulaic.map((run) => run.words)).toEqual([8]);
    expect(found.copied).toBe(false);
    const result = verdict(OBITUARY_WIRE, OBITUARY_INDEPENDENT);
    expect(result.verdict).toBe('independent');
    expect(result.reason).toContain(
      'set aside as formulaic (common words, as every report of an announcement may use them): 1 run, "starb im Alter von 87 Jahren in Hamburg" (8)',
    );
  });
  it('takes the same stock phrase as copying when most of the article is wire text', () => {
    expect(evidence(OBITUARY_WIRE, OBITUARY_INDEPENDENT, 0.6).copied).toBe(true);
  });
  it('takes one sentence-long run as copying on its own', () => {
    const copy = `Ein eigener Satz über die Inseln steht am Anfang. ${FERRY_WIRE.split('. ')[4]!}. Dann folgen drei ganz eigene Sätze. Sie handeln vom Wetter. Und vom Watt.`;
    const found = evidence(FERRY_WIRE, copy);
    expect(found.longest).toBeGreaterThanOrEqual(12);
    expect(found).toMatchObject({ copied: true, borderline: false });
  });
});
