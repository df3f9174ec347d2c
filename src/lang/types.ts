/**
 * Segmentation tables a language supplies. Other stages keep their own
 * tables beside these in the language's folder (speech verbs, number words,
 * event triggers …) and read them through `getLanguage(code)`'s folder modules.
 */
export interface LanguageData {
  code: string;
  name: string;
  /** Abbreviations written with their final period ("M.", "gén.", "U.S."); matched case-sensitively. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that may end a sentence too (etc., Inc., U.S.): a break is kept before a capitalised word. */
  sentenceFinalAbbreviations: ReadonlySet<string>;
  /** Words that typically open a sentence; after a sentence-final abbreviation (U.S., etc.) only they confirm a break. Lower-case. */
  sentenceStarters: ReadonlySet<string>;
  /** Elided words kept as their own token with the apostrophe ("l’", "qu’"); lower-case, straight apostrophe. */
  elisions: ReadonlySet<string>;
  /** Enclitic suffixes split off a verb ("-t-il", "-elle", "-moi"); lower-case, with their hyphen. */
  clitics: readonly string[];
  /** Capitalised verbs that keep their clitic at a sentence start (Est-ce, Peut-il). */
  cliticHostsCapitalised: ReadonlySet<string>;
  /** Contractions split in two tokens for English ("n't", "'s", "'re"); lower-case, straight apostrophe. */
  contractions: readonly string[];
}
