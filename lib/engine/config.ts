/**
 * Every tunable number of the engine, in one place, each with the reason it has its value (diff2html keeps its
 * `defaultRenderConfig` the same way). Stages import what they need from here; nothing else in lib/engine holds
 * a bare threshold. Changing one changes verdicts: run `npm run eval` before and after.
 */
export const ENGINE_CONFIG = {
  languages: {
    /**
     * A text is in a language when that language's function words make up at least this share of its words:
     * they are 40–55 % of running German, English, French, Spanish, Italian or Dutch, and another of these
     * languages' lists catches a tenth at most through the words they share.
     */
    minFunctionShare: 0.2,
  },
  segment: {
    /**
     * A dateline without an agency ("Peine - …") is trusted only at the start of a paragraph this long: a short
     * line "Berlin - Paris" is more likely a heading than a dateline.
     */
    plainDatelineMinWords: 15,
    /** A line of at most this many words without sentence punctuation is a heading (kicker, title, crosshead). */
    headingMaxWords: 25,
    /**
     * Text without sentence punctuation longer than this is cut into chunks, so that every later stage works on
     * bounded units (the longest real sentences of the development set have about 90 words).
     */
    maxSegmentWords: 120,
    /** The chunk size for such text; a comma or semicolon after half of it is preferred as the cut. */
    chunkWords: 80,
    /**
     * A quotation of at most this many words inside a running sentence is a title or slogan, not speech: its full
     * stops do not end the sentence. Book, film and exhibition titles rarely pass ten words; quoted speech of
     * two sentences usually does.
     */
    quotedTitleMaxWords: 12,
  },
  unwrap: {
    /**
     * The wrap width is this quantile of the line lengths: a greedy wrapper fills most lines to within a word of
     * the width, and the top tenth leaves room for a few overlong lines (URLs, tables) without trusting them.
     */
    widthQuantile: 0.9,
    /** Fixed-width wrapping is at most this wide (132 columns is the line printer, the widest convention). */
    maxWrapWidth: 132,
    /**
     * A text is wrapped when at least this share of the breaks between non-blank lines fall on full lines. Re-wrapped
     * development texts have 60–100 % full breaks, texts with a paragraph per line at most 50 % of very few.
     */
    minFullShare: 0.5,
    /** …and at least this many: two or three lines say nothing about a width. */
    minFullBreaks: 3,
    /**
     * A line continued in lower case without sentence punctuation is joined to the next only when it is at least
     * this long: a wrapped line holds several words, while a short credit line ("DPA · Reuters") may be followed by
     * initials in lower case ("wue").
     */
    minContinuedLineChars: 25,
  },
  lookalikes: {
    /**
     * A text is Latin when more than this share of its letters are Latin. A disguised copy replaces a few letters
     * (a, e, o, c, p, x), about a quarter of its letters at most, so it stays Latin; a Russian or Greek text does not.
     */
    latinTextShare: 0.5,
  },
  furniture: {
    /** Lines after the article's last sentence with at most this many words are links (shop, tags, "ends"). */
    trailingLinkMaxWords: 4,
    /** Interface lines (subscribe, share, reading time) have at most this many words, all of them UI words. */
    interfaceMaxWords: 8,
    /**
     * A line that only dates the page ("Stand: 26.09.2024 08:24 Uhr") has at most this many words: Spanish and
     * Italian spell a date and time with prepositions ("Actualizado el 12 de marzo de 2024 a las 14:27" is ten).
     */
    timestampMaxWords: 12,
    /** A byline ("Von Anna Muster, Berlin") has at most this many words. */
    bylineMaxWords: 10,
    /** Two neighbouring lines repeat one another only when the shorter has more than this many characters. */
    duplicateMinChars: 20,
  },
  learnedFurniture: {
    /** Churnalism's rule: a fragment in more than 30 % of the results is boilerplate. */
    minShare: 0.3,
    /** Nothing is learned from fewer texts (or groups of versions): in three or four texts, 30 % is one. */
    minTexts: 5,
    /** A line must recur in at least this many texts: two texts may share a sentence by chance or by story. */
    minOccurrences: 3,
    /**
     * Only lines of at most this many words are learned: furniture lines are short (newsletter boxes, the longest
     * seen, have about twenty words); a longer line that recurs is more likely a story the outlet ran twice.
     */
    maxLineWords: 25,
    /**
     * At most this many texts, evenly spaced, are read: a line in 30 % of a feed is in about 30 % (± 2 points) of
     * 2,000 of its items, and a year's feed of 250,000 items is then read in a second, not held in memory whole.
     */
    sampleTexts: 2000,
  },
  banality: {
    /**
     * A word is common when it is among this many most frequent words of its language (common-words-data.ts):
     * TextPAIR's banality filter takes the most common 10 % of its vocabulary; 2,000 words is about that share
     * of the 20,000 word forms a year of one agency's news uses, and covers 80 % of running text.
     */
    commonWords: 2000,
    /**
     * With an archive, a word is common when at least this share of its documents holds it: about where the
     * 2,000th word of a news vocabulary stands.
     */
    commonDocumentShare: 0.01,
    /** An archive's frequencies are trusted from this many documents on; below, the language's list decides. */
    minArchiveDocuments: 1000,
    /**
     * A shared run is evidence only with at least this many rare content words (not common): a run of common
     * words ("sue the state government for money") is the plain wording every report of the event may use, where
     * copied sentences of the development set keep two rare words or more in every run that decides a verdict.
     */
    minRareWords: 2,
    /**
     * A run inside a reported statement ("the county said it would …", "erklärte, dass …") paraphrases what
     * every report quotes or restates, as quotations do: it needs one rare word more.
     */
    statementRareWords: 3,
  },
  archiveWords: {
    /**
     * In a language without a stop-word list, a word held by at least this share of an archive's documents is a
     * function word: articles, prepositions and auxiliaries are in nearly every text, content words rarely in a
     * third of a general news archive.
     */
    functionWordShare: 0.3,
    /** Document frequencies are counted over at most this many documents, evenly spaced, of a large archive. */
    sampleTexts: 20000,
  },
  title: {
    /** A derived title is cut to this many characters: headlines rarely pass 120, a sentence may run to 300. */
    maxChars: 160,
  },
  candidates: {
    /**
     * An outlet sentence looks up this many of its rarest content words. Twelve covers every content word of a
     * typical sentence; more only adds common words that point everywhere.
     */
    maxAnchors: 12,
    /** Wire sentences aligned per outlet sentence: enough for a merge of three plus one near-duplicate. */
    maxCandidates: 4,
    /**
     * A posting list longer than this (a word in hundreds of wire units) is scanned only around the position
     * where the outlet unit would stand in the wire, which keeps lookups linear on very long texts.
     */
    postingWindow: 32,
  },
  match: {
    /** Every acceptance rule needs this many shared content words (but for short identical units). */
    minSharedContent: 3,
    /**
     * The containment rule: shared content words make up half of one side and a quarter of the other, so that
     * a sentence cut to its half or extended to twice its length is still found.
     */
    mainContainment: 0.5,
    otherContainment: 0.25,
    /**
     * The run rule: six consecutive words, three of them content words. A title with a name ("der ukrainische
     * Präsident Wolodymyr Selenskyj") is five, so six is the shortest run that says more than a name.
     */
    runWords: 6,
    runContentWords: 3,
    /** jsdiff's edit budget per sentence pair; sentence pairs never come near it, it only bounds the worst case. */
    maxEditLength: 2000,
  },
  classify: {
    /**
     * Attribution words outside quotation marks ("sagte Rutte") do not make a copy; three consecutive shared
     * words outside quotes ("konstatierte der Staatschef") are the wire's own wording.
     */
    attributionRunWords: 3,
  },
  verdict: {
    /**
     * The shortest shared run that counts as evidence at all. Independent reports of one event share runs of
     * five or six words (names with titles, stock phrases) — but one or two of them, where a partial copy that
     * trims every sentence it takes keeps several. Corpus source discovery must find runs this short.
     */
    shortRunWords: 5,
    /**
     * So many runs of `shortRunWords`, in different outlet sentences and in the wire's order, show copying: the
     * independent reports of the development set share at most two.
     */
    minShortRuns: 3,
    /**
     * A long run: about the 50 characters passim and Churnalism take as the shortest passage worth reporting.
     * With one more shared run anywhere it shows copying; alone it may be a stock phrase ("starb im Alter von 87
     * Jahren in Hamburg" is eight words), so alone it is not enough.
     */
    evidenceRunWords: 8,
    /**
     * A run this long shows copying on its own: a whole news sentence. The longest stock phrases and titles of the
     * development set ("the draft Cabinet committee paper seen by The Times") are nine words.
     */
    loneRunWords: 12,
    /** A phrase the wire repeats (a table row, a refrain) is extended from this many of its places only. */
    maxRunStarts: 16,
    /** With evidence, an article at least this much wire text is derived, below it partial (METER's scheme). */
    derivedShare: 0.5,
  },
} as const;

/** The engine's tunables; see {@link ENGINE_CONFIG}. */
export type EngineConfig = typeof ENGINE_CONFIG;
