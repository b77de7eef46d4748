import { describe, expect, it } from 'vitest';
import { compare } from './compare';

const wire =
  'Hamburg (dpa) - Ein Großbrand in einer Lagerhalle im Hamburger Hafen hat in der Nacht einen Schaden in Millionenhöhe verursacht. ' +
  'Nach Angaben der Feuerwehr waren mehr als 150 Einsatzkräfte bis zum frühen Morgen mit den Löscharbeiten beschäftigt. ' +
  '«Wir konnten ein Übergreifen der Flammen auf benachbarte Gebäude gerade noch verhindern», sagte ein Sprecher. ' +
  'Die Ursache des Feuers war zunächst unklar, die Polizei hat Ermittlungen aufgenommen.';
const verdict = (outlet: string) => compare(wire, [outlet]).outlets[0]!;

describe('verdicts', () => {
  it('derived: the wire text, lightly edited', () => {
    expect(verdict(wire.replace('Hamburg (dpa) - ', '').replace('zunächst', 'vorerst')).verdict).toBe(
      'derived',
    );
  });
  it('partial: wire sentences plus substantial own material', () => {
    const own =
      'Anwohner berichteten von einer riesigen Rauchsäule über dem Hafen. Viele wurden durch Sirenen geweckt und blieben lange wach. ' +
      'Der Hafenbetreiber kündigte an, den Betrieb am Vormittag wieder aufzunehmen. Die Halle war erst vor zwei Jahren renoviert worden. ';
    expect(verdict(own + wire.split('. ')[1]! + '.').verdict).toBe('partial');
  });
  it("independent: same event, same quote, same facts, no run of the wire's narration", () => {
    const independent =
      'In einer Lagerhalle am Hafen ist in der Nacht ein Feuer ausgebrochen. Mehr als 150 Feuerwehrleute rückten aus. ' +
      '„Wir konnten ein Übergreifen der Flammen auf benachbarte Gebäude gerade noch verhindern“, sagte ein Feuerwehrsprecher. ' +
      'Warum das Feuer ausbrach, ist noch unklar.';
    const result = verdict(independent);
    expect(result.verdict).toBe('independent');
    expect(result.reason).toMatch(/quotations/);
  });
});
