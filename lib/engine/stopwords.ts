/**
 * Function words of German, English and French: the words that every text shares and that must never anchor a
 * match (CollateX's lesson: align on distinctive words, not on "der die das"). Method: fixed lists of closed-class
 * words (articles, pronouns, prepositions, conjunctions, auxiliaries, common adverbs). Known weakness: other
 * languages fall back to word length and frequency alone.
 */

const GERMAN = `der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn nicht kein keine
keiner keinen keinem auch noch schon nur sehr so wie als ob dass daß weil wenn wann was wer wen wem wessen welche welcher
welches welchen es er sie ihr ihm ihn ihnen wir uns unser unsere man sich sein seine seiner seinen seinem seines
ihre ihrer ihren ihrem ihres mein meine dein deine ich du ist sind war waren wird werden wurde wurden worden sei seien
wäre wären hat haben hatte hatten habe hätte hätten kann können konnte konnten könne soll sollen sollte sollten muss
müssen musste mussten will wollen wollte darf dürfen mag in im ins an am auf aus bei beim mit nach von vom vor zu zum
zur über unter durch für gegen ohne um bis seit zwischen hinter neben während wegen trotz laut dort hier da dann
damit dabei dazu davon darauf darüber daran danach dafür dagegen diese dieser dieses diesem diesen jene jener jenes
alle allen aller alles jeder jede jedes jeden mehr weiter weitere weiteren bereits zudem zuvor zuletzt etwa rund
sowie sowohl bzw sagte sagt erklärte hieß heißt mal nun jetzt immer wieder ab`;

const ENGLISH = `the a an and or but nor not no yes of to in into on onto at by for from with without about above
below over under after before between through during against among is are was were be been being am has have had
having do does did will would shall should can could may might must it its it's this that these those there here
he she they we you i me him her them us our your their his hers theirs what which who whom whose when where why how
as than then so if because while also too very just only such said says say told more most other some any each
every all both either neither up down out off again further once`;

const FRENCH = `le la les un une des du de d l et ou mais donc or ni car ne pas plus que qui quoi dont où il elle ils
elles on nous vous je tu se sa son ses leur leurs ce cette ces est sont était été être avoir a ont avait dans sur sous
par pour avec sans chez entre vers au aux en y selon`;

// Stored in normalized form, as normalizeWord writes words (ß as ss).
const STOPWORDS: ReadonlySet<string> = new Set(
  [GERMAN, ENGLISH, FRENCH]
    .flatMap((list) => list.split(/\s+/))
    .filter(Boolean)
    .map((word) => word.replace(/ß/g, 'ss')),
);

/** True for function words that carry no evidence of copying on their own. `word` must be normalized. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
