import { DossierError } from "../errors.ts";
import { en } from "./en/index.ts";
import { fr } from "./fr/index.ts";
import type { LanguageData } from "./types.ts";

const registry = new Map<string, LanguageData>([
  [fr.code, fr],
  [en.code, en],
]);

/** Languages with full pipelines; others get the language-independent stages and a flag. */
export const SUPPORTED_LANGUAGES = ["fr", "en"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupported(lang: string | null | undefined): lang is SupportedLanguage {
  return lang === "fr" || lang === "en";
}

/** The tables of a language; unknown languages fall back to a neutral set. */
export function getLanguage(code: string | null | undefined): LanguageData {
  return registry.get(code ?? "") ?? neutral;
}

export function registerLanguage(data: LanguageData): void {
  registry.set(data.code, data);
}

export function requireSupported(code: string): SupportedLanguage {
  if (!isSupported(code))
    throw new DossierError("E_LANG_UNSUPPORTED", `language "${code}" is not supported (fr, en)`);
  return code;
}

const neutral: LanguageData = {
  code: "xx",
  name: "other",
  abbreviations: new Set(),
  sentenceFinalAbbreviations: new Set(),
  sentenceStarters: new Set(),
  elisions: new Set(),
  clitics: [],
  cliticHostsCapitalised: new Set(),
  contractions: [],
};
