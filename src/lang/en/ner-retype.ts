/**
 * English words the NER span re-typer (src/ner/retype.ts) steps over when it looks back from a span for
 * the noun that heads it ("the party of X" → party). The French re-typer reads them too: its training
 * files include English news. Changing the list shifts the re-typer's features: retrain it.
 */
export const HEAD_SKIP_WORDS_EN: readonly string[] = [
  "the",
  "of",
  "a",
  "an",
  "in",
  "at",
  "for",
  "and",
  "by",
  "with",
  "to",
  "on",
];
