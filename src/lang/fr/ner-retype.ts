/**
 * French words the NER span re-typer (src/ner/retype.ts) steps over when it looks back from a span for
 * the noun that heads it (« l'équipe de France » → équipe; « le parti des Verts » → parti): articles,
 * prepositions, possessives and demonstratives. Changing the list shifts the re-typer's features:
 * retrain it (`dossier train ner-retype`).
 */
export const HEAD_SKIP_WORDS_FR: readonly string[] = [
  "le",
  "la",
  "les",
  "l'",
  "un",
  "une",
  "des",
  "de",
  "du",
  "d'",
  "à",
  "au",
  "aux",
  "en",
  "et",
  "par",
  "pour",
  "sur",
  "dans",
  "avec",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "ce",
  "cet",
  "cette",
];
