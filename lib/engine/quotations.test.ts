import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations';
import { tokenize } from './tokenize';

const quotedWords = (text: string) =>
  tokenize(text)
    .filter((token) => token.quoted)
    .map((token) => token.norm);

describe('quotations', () => {
  it('finds «…», „…“, "…" and “…” and marks the words inside', () => {
    const text = '«Eins zwei», sagte er. „Drei“ und "vier" und “five”.';
    expect(findQuotations(text)).toHaveLength(4);
    expect(quotedWords(text)).toEqual(['eins', 'zwei', 'drei', 'vier', 'five']);
  });
  it('closes a quotation left open at a blank line (English multi-paragraph quotes)', () => {
    expect(quotedWords('He said: "One two.\n\n"Three four," he added.')).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
  });
  it('counts »…« (German book style) as a quotation', () => {
    expect(quotedWords('Der Minister sprach von »einer ernsten Lage«, die Opposition widersprach.')).toEqual([
      'einer',
      'ernsten',
      'lage',
    ]);
  });
  it("counts single marks ‚…‘, ‘…’, '…' and ‹…› as quotations", () => {
    expect(quotedWords('Das sei ‚völlig unverantwortlich‘, hieß es.')).toEqual([
      'völlig',
      'unverantwortlich',
    ]);
    expect(quotedWords('The paper says: ‘The Treasury estimates a loss.’ It adds more.')).toEqual([
      'the',
      'treasury',
      'estimates',
      'a',
      'loss',
    ]);
    expect(quotedWords("Officials called it 'a clear escalation', a spokesman said.")).toEqual([
      'a',
      'clear',
      'escalation',
    ]);
    expect(quotedWords('Sie nannte es ‹absurd›.')).toEqual(['absurd']);
  });
  it('keeps a single quotation nested in a double one inside the double one', () => {
    const text = '„Er sagte ‚nein‘ und ging“, berichtete sie.';
    expect(findQuotations(text)).toEqual([[0, text.indexOf('“') + 1]]);
  });
  it("does not take apostrophes for quotation marks: Britain's, Adani’s, rock 'n' roll, the '90s, companies' stocks", () => {
    expect(quotedWords("Britain's economy and Adani’s shares fell.")).toEqual([]);
    expect(quotedWords("A rock 'n' roll band from the '90s played.")).toEqual([]);
    expect(quotedWords("His companies' stocks plunged, and the Joneses' house was sold.")).toEqual([]);
  });
  it('drops a single mark that finds no partner on its line (an apostrophe, not a quotation)', () => {
    expect(quotedWords("'Tis the season, said the mayor.\nThe 'big one' came later.")).toEqual([
      'big',
      'one',
    ]);
    expect(quotedWords("He said 'we will see\nwhat happens' later.")).toEqual([]);
  });
});
