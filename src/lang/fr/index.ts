import type { LanguageData } from "../types.ts";
import { ABBREVIATIONS, SENTENCE_FINAL, SENTENCE_STARTERS } from "./abbreviations.ts";
import { CLITIC_HOSTS_CAPITALISED, CLITICS, ELISIONS } from "./elisions.ts";

export const fr: LanguageData = {
  code: "fr",
  name: "French",
  abbreviations: new Set(ABBREVIATIONS),
  sentenceFinalAbbreviations: new Set(SENTENCE_FINAL),
  sentenceStarters: new Set(SENTENCE_STARTERS),
  elisions: new Set(ELISIONS),
  clitics: CLITICS,
  cliticHostsCapitalised: new Set(CLITIC_HOSTS_CAPITALISED),
  contractions: [],
};
