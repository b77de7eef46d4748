/** The outlet dashboard's plain data: one outlet's figures, as the table, the API and the CSV give them. */

/** An outlet's figures over the selected articles (traced articles with an outlet name). */
export interface OutletFigures {
  /** The outlet's name as imported. */
  outlet: string;
  /** Its URL slug (`/outlets/<slug>`): stable, derived from the name alone. */
  slug: string;
  articles: number;
  derived: number;
  partial: number;
  independent: number;
  /** Median share of an article's words that come from the wire (0..1); null without articles. */
  medianReuseShare: number | null;
  /** Median share of the wire the article used (0..1). */
  medianWireCoverage: number | null;
  /** Median hours from the closest wire version to the article, over articles where both are dated. */
  medianLagHours: number | null;
}
