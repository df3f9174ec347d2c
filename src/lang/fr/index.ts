import type { LanguageData } from "../types.ts";
import { ABBREVIATIONS, SENTENCE_FINAL } from "./abbreviations.ts";
import { CLITICS, ELISIONS } from "./elisions.ts";

export const fr: LanguageData = {
  code: "fr",
  name: "French",
  abbreviations: new Set(ABBREVIATIONS),
  sentenceFinalAbbreviations: new Set(SENTENCE_FINAL),
  elisions: new Set(ELISIONS),
  clitics: CLITICS,
  contractions: [],
};
