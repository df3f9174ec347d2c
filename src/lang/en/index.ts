import type { LanguageData } from "../types.ts";
import { ABBREVIATIONS, SENTENCE_FINAL, SENTENCE_STARTERS } from "./abbreviations.ts";

export const en: LanguageData = {
  code: "en",
  name: "English",
  abbreviations: new Set(ABBREVIATIONS),
  sentenceFinalAbbreviations: new Set(SENTENCE_FINAL),
  sentenceStarters: new Set(SENTENCE_STARTERS),
  elisions: new Set(),
  clitics: [],
  cliticHostsCapitalised: new Set(),
  contractions: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
};
