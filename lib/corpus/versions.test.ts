import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';
import { WireFingerprintIndexBuilder } from './fingerprint-index';
import { BAHN_WIRE, HOCHWASSER_WIRE, TARIF_WIRE } from './fixtures/wires';
import type { WireItem } from './types';
import { groupVersions } from './versions';

const [lead, middle, end] = HOCHWASSER_WIRE.split('\n\n') as [string, string, string];
const URGENT = `Passau (dpa) - Die Donau in Passau ist über die Marke von zehn Metern gestiegen. Die Stadt rief den Katastrophenfall aus.`;
const UPDATE = `${lead}\n\n${middle}\n\nAm Abend stabilisierte sich der Pegel nach Angaben der Stadt knapp unter elf Metern. ${end}\n\nZwei Schulen bleiben am Montag geschlossen.`;

function group(wires: WireItem[]) {
  const prints = wires.map((wire) => fingerprint(wire.text));
  const builder = new WireFingerprintIndexBuilder();
  prints.forEach((p) => builder.add(p));
  return groupVersions(wires, prints, builder.build());
}

describe('groupVersions', () => {
  it('groups by the agency story id where given', () => {
    expect(
      group([
        { id: 'a', text: BAHN_WIRE, story: 's1' },
        { id: 'b', text: TARIF_WIRE, story: 's1' },
        { id: 'c', text: HOCHWASSER_WIRE, story: 's2' },
      ]),
    ).toEqual(['s1', 's1', 's2']);
  });

  it('joins versions that derive from each other, named after the first item, and leaves other stories apart', () => {
    expect(
      group([
        { id: 'flut-1', text: HOCHWASSER_WIRE, published: '2024-06-02T08:00:00Z' },
        { id: 'bahn-1', text: BAHN_WIRE },
        { id: 'flut-2', text: UPDATE, published: '2024-06-02T18:00:00Z' },
        { id: 'tarif-1', text: TARIF_WIRE },
      ]),
    ).toEqual(['flut-1', 'bahn-1', 'flut-1', 'tarif-1']);
  });

  it('joins an undated version without story id to a story that has one', () => {
    expect(
      group([
        { id: 'x', text: HOCHWASSER_WIRE, story: 'hochwasser' },
        { id: 'y', text: UPDATE },
      ]),
    ).toEqual(['hochwasser', 'hochwasser']);
  });

  it('never merges two different agency stories; an unlabelled copy joins the closer one', () => {
    expect(
      group([
        { id: 'x', text: HOCHWASSER_WIRE, story: 'one' },
        { id: 'y', text: UPDATE, story: 'two' },
        { id: 'z', text: UPDATE },
      ]),
    ).toEqual(['one', 'two', 'two']);
  });

  it('keeps a short urgent apart from the story when it shares too little to verify', () => {
    // The urgent shares only a few words in the same order with the first version: not a derived text.
    const stories = group([
      { id: 'eil', text: URGENT },
      { id: 'flut-1', text: HOCHWASSER_WIRE },
    ]);
    expect(stories[1]).toBe('flut-1');
  });
});
