/**
 * The flag detectors' word sets, read from the language tables
 * (src/lang/{en,fr}/flags-words.ts). Untranslated fragments are found by
 * looking for the other language's words, so both languages' lists are used
 * whatever the document's language.
 */

import {
  ABBREVIATIONS_BEFORE_LOWERCASE_EN,
  EDITORIAL_BRACKETS_EN,
  MARKER_WORDS_EN,
} from "../lang/en/flags-words.ts";
import {
  ABBREVIATIONS_BEFORE_LOWERCASE_FR,
  EDITORIAL_BRACKETS_FR,
  MARKER_WORDS_FR,
} from "../lang/fr/flags-words.ts";

/** English words that never occur as French words. */
export const ENGLISH_ONLY: ReadonlySet<string> = new Set(MARKER_WORDS_EN);

/** French words that never occur as English words. */
export const FRENCH_ONLY: ReadonlySet<string> = new Set(MARKER_WORDS_FR);

/** Bracketed editorial notes that are not fragments: [sic], […], [1]. */
export const EDITORIAL_BRACKETS: ReadonlySet<string> = new Set([
  ...EDITORIAL_BRACKETS_EN,
  ...EDITORIAL_BRACKETS_FR,
]);

/** Abbreviations that may end with a period before a lower-case word, beyond the language tables. */
export const LOWERCASE_AFTER_PERIOD: ReadonlySet<string> = new Set([
  ...ABBREVIATIONS_BEFORE_LOWERCASE_EN,
  ...ABBREVIATIONS_BEFORE_LOWERCASE_FR,
]);

/** Short words a duplicated fragment may be made of only if a longer word joins them. */
export const MIN_CONTENT_LETTERS = 4;
