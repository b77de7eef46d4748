/**
 * Function words of German, English, French, Spanish, Italian and Dutch — the languages of dpa, AP, Reuters, PA,
 * AFP, EFE, ANSA and ANP: the words every text shares, which must never anchor a match (CollateX's lesson: align
 * on distinctive words, not on "der die das"). Method: fixed lists of closed-class words (articles, pronouns,
 * prepositions, conjunctions, auxiliaries, reporting verbs, common adverbs), chosen per text by languages.ts.
 * Known weakness: other languages have no list; their function words come from an archive's frequencies when
 * there is one (word-frequencies.ts), else from these lists together and word length.
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
every all both either neither up down out off again further once don't doesn't didn't isn't aren't wasn't weren't
won't can't couldn't wouldn't shouldn't haven't hasn't hadn't i'm i've i'll i'd you're we're they're he's she's
that's there's let's`;

const FRENCH = `le la les un une des du de d l et ou mais donc or ni car ne pas plus que qui quoi dont où il elle ils
elles on nous vous je tu se sa son ses leur leurs ce cet cette ces est sont était étaient été être avoir a ont avait
avaient sera seront serait aurait fait dans sur sous par pour avec sans chez entre vers au aux en y selon mon ma mes
ton ta tes notre nos votre vos lui eux moi toi même aussi très tout tous toute toutes si comme quand alors déjà
encore ainsi après avant depuis pendant contre lors dit déclaré affirmé selon`;

const SPANISH = `el la los las un una unos unas lo al del de y e o u ni pero sino que quien quienes cual cuales cuyo
donde cuando como no sí se su sus le les me te nos os mi mis tu tus nuestro nuestra él ella ellos ellas usted ustedes
yo es son era eran fue fueron ser sido está están estaba estaban ha han había habían haber hay será serán sería en
con por para sin sobre entre hasta desde hacia ante tras según durante contra muy más menos también ya aún todo toda
todos todas este esta estos estas ese esa esos esas aquel aquella dijo afirmó señaló aseguró`;

const ITALIAN = `il lo la i gli le un uno una di a da in con su per tra fra del dello della dei degli delle al allo
alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle e
ed o od ma però che chi cui non né se come quando dove anche già ancora più meno molto tutto tutti tutta tutte questo
questa questi queste quello quella quelli quelle è sono era erano fu furono essere stato stata stati ha hanno aveva
avevano avere sarà sarebbe si ci vi ne mi ti lui lei loro suo sua suoi sue nostro nostra detto ha detto secondo`;

const DUTCH = `de het een en of maar want dus noch dat die dit deze wie wat waar wanneer hoe niet geen ook nog al wel
zo als dan om te van in op aan met voor door bij uit tot over naar onder tegen tussen zonder na sinds tijdens volgens
is zijn was waren wordt worden werd werden geweest heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden
moet moeten moest mag mogen wil willen hij zij ze wij we jij je u ik hem haar hun hen ons onze mijn zijn er hier daar
er nu toen al alle elk elke meer veel zei zegt aldus verklaarde`;

/** The function words of each language, in normalized form (as normalizeWord writes words: ß as ss). */
export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({ de: GERMAN, en: ENGLISH, fr: FRENCH, es: SPANISH, it: ITALIAN, nl: DUTCH }).map(
    ([language, list]) => [
      language,
      new Set(
        list
          .split(/\s+/)
          .filter(Boolean)
          .map((word) => word.replace(/ß/g, 'ss')),
      ),
    ],
  ),
);

/** Every list together: the fallback for a text whose language has none. */
export const ANY_STOPWORD: ReadonlySet<string> = new Set(
  Object.values(STOPWORDS).flatMap((words) => [...words]),
);

// French and Italian write an elided article or pronoun onto the word ("l'homme", "d'un", "dell'Unione",
// "qu'il"): the word behind the apostrophe decides whether it is a function word.
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull|un|po)'(?=\p{L})/u;

/** `word` without an elided article or pronoun in front ("l'homme" → "homme"). */
export function withoutElision(word: string): string {
  return word.includes("'") ? word.replace(ELIDED, '') : word;
}

/** True for function words of `words` (a language's list), elisions read as the word behind them. */
export function isStopword(word: string, words: ReadonlySet<string> = ANY_STOPWORD): boolean {
  return words.has(word) || (word.includes("'") && words.has(withoutElision(word)));
}
