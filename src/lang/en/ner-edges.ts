/**
 * Function words that never end an English name: a span the model stops on
 * one of them ("Meridian Post of", "Bank of the") lost its last word, and the
 * name reads better without the dangling particle. Lower case.
 */
export const NAME_FINAL_STOPWORDS: readonly string[] = [
  "of",
  "the",
  "and",
  "for",
  "in",
  "on",
  "at",
  "to",
  "de",
  "du",
  "des",
];
