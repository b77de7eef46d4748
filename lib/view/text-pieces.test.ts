import { describe, expect, it } from 'vitest';
import { compare } from '../engine';
import { unitPieces } from './text-pieces';

describe('unitPieces', () => {
  it('interleaves the outlet words with the wire words it removed, punctuation kept as published', () => {
    const wire =
      'Aus Sicht des Verteidigungsbündnisses stelle dies eine erhebliche Eskalation dar, sagte Rutte.';
    const outlet = 'Aus Sicht der Nato stelle dies eine erhebliche Eskalation dar, sagte Rutte.';
    const unit = compare(wire, [outlet]).outlets[0]!.units[0]!;
    expect(unitPieces(unit, outlet, wire)).toEqual([
      { text: 'Aus Sicht', kind: 'same' },
      { text: ' ', kind: 'plain' },
      { text: 'des Verteidigungsbündnisses', kind: 'del' },
      { text: ' ', kind: 'plain' },
      { text: 'der Nato', kind: 'ins' },
      { text: ' ', kind: 'plain' },
      { text: 'stelle dies eine erhebliche Eskalation dar, sagte Rutte', kind: 'same' },
      { text: '.', kind: 'plain' },
    ]);
  });
  it('gives copied and added sentences as one plain piece', () => {
    const unit = compare('Ein Satz.', ['  Ein ganz anderer Satz hier.  ']).outlets[0]!.units[0]!;
    expect(unitPieces(unit, '  Ein ganz anderer Satz hier.  ', 'Ein Satz.')).toEqual([
      { text: 'Ein ganz anderer Satz hier.', kind: 'plain' },
    ]);
  });
});
