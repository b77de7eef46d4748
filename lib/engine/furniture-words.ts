/**
 * Stage 5 (part), the closed word classes that furniture.ts recognises page furniture by, in German, English,
 * French, Spanish, Italian and Dutch: interface words, date and time words, and the labels that date a page.
 * Method: closed classes only (months, weekdays, clock words, the few verbs of "updated"/"published", the words
 * of buttons and navigation), never an outlet's phrases; a line counts only when all its words are of a class.
 * Known weakness: other languages' interface and date words are not recognised (their lines stay text, or are
 * learned from the corpus by furniture-learning.ts).
 */

/** Words of buttons, prompts, navigation and share bars. */
export const UI_WORDS = new Set(
  `abo abos abonnieren abonnent abonnenten abonniert jetzt hier anmelden einloggen login logout registrieren
  subscribe subscriber subscribers subscription sign in up log newsletter teilen share merken gemerkt drucken print
  kommentar kommentare comment comments kommentieren menü menu suche search plus premium exklusiv für for only nur
  mehr more weiterlesen zurück back schließen close lesezeit lesedauer reading read time min minute minuten minutes
  ca audio anhören listen vorlesen artikel article zur zum startseite home whatsapp facebook twitter x telegram
  e-mail email link kopieren copy gratis free testen try monat month € euro seite page merkliste speichern save
  kostenlos video videos bilder galerie gallery mit with folgen follow lesen anzeigen show weitere inhalt springen
  skip to main content navigation hauptnavigation
  partager imprimer commentaires accueil recherche lire suite abonnez-vous abonner connexion fermer
  compartir imprimir comentarios inicio portada buscar leer más suscríbete suscribirse cerrar
  condividi stampa commenti cerca leggi più iscriviti accedi chiudi
  delen afdrukken reacties zoeken lees meer abonneer inloggen sluiten`.split(/\s+/),
);

/** Month names and abbreviations (German, English, French, Spanish, Italian, Dutch), lower case. */
const MONTHS =
  `jan januar january janvier enero gennaio januari feb februar february février febrero febbraio februari
  mär märz mar march mars marzo maart apr april avril abril aprile mai may mayo maggio mei jun juni june juin junio
  giugno jul juli july juillet julio luglio aug august août agosto augustus sep sept september septembre septiembre
  settembre okt oktober oct october octobre octubre ottobre nov november novembre noviembre dez dezember dec december
  décembre diciembre dicembre`.split(/\s+/);

/** Weekday names and abbreviations, lower case. */
const WEEKDAYS =
  `mo mon montag monday lundi lunes lunedì maandag di tue tues dienstag tuesday mardi martes martedì dinsdag
  mi wed mittwoch wednesday mercredi miércoles mercoledì woensdag do thu thur thurs donnerstag thursday jeudi jueves
  giovedì donderdag fr fri freitag friday vendredi viernes venerdì vrijdag sa sat samstag sonnabend saturday samedi
  sábado sabato zaterdag so sun sonntag sunday dimanche domingo domenica zondag`.split(/\s+/);

/** Clock words, time zones and the connectives dates are spelt with ("am", "le … à", "el … de … a las"). */
const DATE_GLUE = `uhr h am pm a.m p.m utc gmt cet cest mez mesz bst edt est cdt cst pdt pst et
  um on at of the le à el de a las los il alle op om den der des du del y e en et and und`.split(/\s+/);

/** The labels that date a page: "Stand", "aktualisiert", "Updated", "publié le", "actualizado el", … */
const DATE_LABELS =
  `stand aktualisiert veröffentlicht erstellt zuletzt geändert datum date published updated last posted
  modified publié mis jour actualisé actualizado publicado actualización aggiornato pubblicato aggiornamento
  bijgewerkt gepubliceerd geplaatst laatst`.split(/\s+/);

/** Every word a line that only dates the page may hold, apart from numbers. */
export const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS, ...DATE_GLUE, ...DATE_LABELS]);

/** The date labels alone: a line with one of them and a number dates the page even without a clock time. */
export const DATE_LABEL_WORDS = new Set(DATE_LABELS);
