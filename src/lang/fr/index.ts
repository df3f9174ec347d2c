import type { LanguageData } from "../types.ts";
import { ABBREVIATIONS, SENTENCE_FINAL, SENTENCE_STARTERS } from "./abbreviations.ts";
import { CLITICS, ELISIONS } from "./elisions.ts";

export const fr: LanguageData = {
  code: "fr",
  name: "French",
  abbreviations: new Set(ABBREVIATIONS),
  sentenceFinalAbbreviations: new Set(SENTENCE_FINAL),
  sentenceStarters: new Set(SENTENCE_STARTERS),
  elisions: new Set(ELISIONS),
  clitics: CLITICS,
  contractions: [],
};
