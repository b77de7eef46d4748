import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { detectLanguage } from './languages';
import { findQuotations } from './quotations';
import { segment } from './segment';
import { readWords, tokenize } from './tokenize';
import type { WordFrequencies } from './word-frequencies';

const words = (text: string) => tokenize(text).map((token) => token.norm);
const content = (text: string) =>
  tokenize(text)
    .filter((t) => t.content)
    .map((t) => t.norm);
const quoted = (text: string) => findQuotations(text).map(([start, end]) => text.slice(start, end));
const sentences = (text: string) => segment(text).map((s) => text.slice(s.start, s.end).trim());

describe('languages', () => {
  it('tells the six languages apart by their function words', () => {
    expect(
      [
        'The council said on Monday that it would close the library for the rest of the year.',
        'Le conseil a annoncé lundi que la bibliothèque serait fermée pour le reste de l’année.',
        'El consejo anunció el lunes que la biblioteca estará cerrada durante el resto del año.',
        'Il consiglio ha annunciato lunedì che la biblioteca resterà chiusa per il resto dell’anno.',
        'De gemeenteraad heeft maandag gezegd dat de bibliotheek de rest van het jaar dicht blijft.',
        'Der Gemeinderat hat am Montag erklärt, dass die Bibliothek bis zum Jahresende geschlossen bleibt.',
        'Kommunfullmäktige meddelade på måndagen att biblioteket stänger resten av året.',
      ].map((text) => detectLanguage(words(text))),
    ).toEqual(['en', 'fr', 'es', 'it', 'nl', 'de', 'unknown']);
  });
  it("takes each language's own function words: Dutch 'door' is 'by', English 'door' a word", () => {
    expect(content('De brug werd door de gemeente gesloten en is nu dicht voor het verkeer.')).not.toContain(
      'door',
    );
    expect(content('The man opened the door of the town hall at nine in the morning.')).toContain('door');
  });
  it('reads French and Italian elisions by the word behind the apostrophe', () => {
    expect(content("L'homme a dit qu'il viendrait d'un pas lent à l'hôtel de ville.")).toEqual([
      "l'homme",
      'viendrait',
      'lent',
      "l'hôtel",
      'ville',
    ]);
  });
  it('derives function words from an archive for a language without a list', () => {
    const archive: WordFrequencies = {
      documents: 1000,
      words: [
        ['och', 990],
        ['att', 940],
        ['på', 700],
        ['biblioteket', 4],
      ],
    };
    const text = 'Kommunen meddelade att biblioteket stänger och att det öppnar på måndag.';
    expect(
      readWords(text, archive)
        .tokens.filter((t) => t.content)
        .map((t) => t.norm),
    ).toEqual(['kommunen', 'meddelade', 'biblioteket', 'stänger', 'det', 'öppnar', 'måndag']);
  });
});

describe('sentences and quotations in English and French', () => {
  it('splits English sentences but not after initialisms, state names or titles', () => {
    expect(
      sentences(
        'The U.S. Supreme Court ruled on Monday. Gov. Tina Kotek of Portland, Ore. said she was pleased. Mr. Lee did not comment.',
      ),
    ).toEqual([
      'The U.S. Supreme Court ruled on Monday.',
      'Gov. Tina Kotek of Portland, Ore. said she was pleased.',
      'Mr. Lee did not comment.',
    ]);
  });
  it('splits before French guillemets with their space and Spanish opening marks', () => {
    expect(sentences('Le maire a parlé. « Nous allons reconstruire », a-t-il dit.')).toEqual([
      'Le maire a parlé.',
      '« Nous allons reconstruire », a-t-il dit.',
    ]);
    expect(sentences('El alcalde habló. ¿Quién pagará la obra? Nadie lo sabe.')).toHaveLength(3);
  });
  it('finds English and French quotations, double and single, and leaves apostrophes alone', () => {
    expect(quoted('“We will rebuild,” the mayor’s aide said. He called it ‘a long road’ and left.')).toEqual([
      '“We will rebuild,”',
      '‘a long road’',
    ]);
    expect(quoted('Le maire a promis « une reconstruction rapide » et l’a répété.')).toEqual([
      '« une reconstruction rapide »',
    ]);
    expect(quoted("De burgemeester zei „we bouwen opnieuw” en vertrok 's avonds.")).toEqual([
      '„we bouwen opnieuw”',
    ]);
  });
  it('does not count a statement quoted by both texts as copying, in English or French', () => {
    const wire =
      'PARIS (AP) — The mayor spoke on Monday. “We will rebuild every school that the river destroyed this spring,” she said.';
    const outlet =
      'In a speech, Mayor Hidalgo was defiant: “We will rebuild every school that the river destroyed this spring,” she told reporters.';
    expect(compare(wire, [outlet]).outlets[0]!.verdict).toBe('independent');
    const fr =
      'Paris (AFP) - La maire a parlé lundi. « Nous reconstruirons toutes les écoles détruites par la crue », a-t-elle dit.';
    const frOutlet =
      'Devant la presse, la maire a promis : « Nous reconstruirons toutes les écoles détruites par la crue ».';
    expect(compare(fr, [frOutlet]).outlets[0]!.verdict).toBe('independent');
  });
});
