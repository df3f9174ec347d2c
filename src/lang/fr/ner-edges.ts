/**
 * Function words that never end a French name: a span the model stops on one
 * of them ("Institut Vauban d’", "Centre d’études des") lost its last word,
 * and the name reads better without the dangling particle. Lower case;
 * apostrophes typographic and straight.
 */
export const NAME_FINAL_STOPWORDS: readonly string[] = [
  "de",
  "d’",
  "d'",
  "des",
  "du",
  "la",
  "le",
  "les",
  "l’",
  "l'",
  "et",
  "à",
  "au",
  "aux",
  "en",
  "sur",
  "pour",
  "par",
];
