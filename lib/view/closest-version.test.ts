import { describe, expect, it } from 'vitest';
import { compare } from '../engine';
import { seedTexts } from '@/fixtures/seed-texts';
import { closestVersions } from './closest-version';

const seed = seedTexts();
// An update of the wire: its first paragraph rewritten, one added at the end.
const update = seed.wire
  .replace(
    /Russlands Präsident Wladimir Putin[^\n]*/,
    'Die Nato sieht in der Entsendung nordkoreanischer Soldaten nach Kursk eine gefährliche Ausweitung des Krieges, teilte das Bündnis am Montag in Brüssel mit.',
  )
  .concat(
    '\n\nDie Nato will am Donnerstag erneut über den Einsatz beraten, kündigte Generalsekretär Mark Rutte in Brüssel nach dem Treffen an.',
  );
const copyOfUpdate = update.split('\n\n').slice(0, 3).join('\n\n');

describe('closestVersions', () => {
  it('gives each outlet the version most of its words come from, and independent ones the first', () => {
    const outlets = [seed.outlets['outlet-001']!, copyOfUpdate, seed.outlets['outlet-004']!];
    const byVersion = [compare(seed.wire, outlets), compare(update, outlets)];
    expect(closestVersions(byVersion)).toEqual([0, 1, 0]);
  });
});
