/**
 * Where the Universal Dependencies treebanks live and which splits train,
 * tune and test each language's models (see /work/shared/corpora/README.md).
 */

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DossierError } from "../errors.ts";
import type { ConlluSentence } from "./conllu.ts";
import { parseConllu } from "./conllu.ts";

/** The UD folder: $DOSSIER_UD, else ../shared/corpora/ud beside the repository. */
export function udRoot(): string {
  return process.env.DOSSIER_UD ?? resolve(import.meta.dirname, "../../../shared/corpora/ud");
}

export interface LanguageData {
  /** Treebank files the tagger and parser train on. */
  train: string[];
  /** Files the lemmatiser learns from (treebanks with compatible lemma conventions). */
  lemmaTrain: string[];
  /** Tuning files (epoch selection). */
  dev: string[];
  /** Test files, reported only. */
  test: string[];
}

/** Default data per language, relative to udRoot(). */
export const DEFAULT_DATA: Record<"fr" | "en", LanguageData> = {
  fr: {
    train: [
      "fr-sequoia/fr_sequoia-ud-train.conllu",
      "fr-partut/fr_partut-ud-train.conllu",
      "fr-gsd/fr_gsd-ud-dev.conllu",
    ],
    // GSD lemmatises personal pronouns to their strong form (il → lui): left out of lemma learning.
    lemmaTrain: ["fr-sequoia/fr_sequoia-ud-train.conllu", "fr-partut/fr_partut-ud-train.conllu"],
    dev: ["fr-sequoia/fr_sequoia-ud-dev.conllu"],
    test: ["fr-sequoia/fr_sequoia-ud-test.conllu"],
  },
  en: {
    train: ["en-ewt/en_ewt-ud-train.conllu"],
    lemmaTrain: ["en-ewt/en_ewt-ud-train.conllu"],
    dev: ["en-ewt/en_ewt-ud-dev.conllu"],
    test: ["en-ewt/en_ewt-ud-test.conllu"],
  },
};

/** Resolves a data file: absolute or relative to the cwd if it exists, else relative to udRoot(). */
export function dataPath(file: string): string {
  if (existsSync(file)) return file;
  return join(udRoot(), file);
}

/**
 * Reads and parses CoNLL-U files, failing with E_DATASET_MISSING when one is absent.
 *
 * @example
 * const sents = readTreebanks(DEFAULT_DATA.fr.dev);
 */
export function readTreebanks(files: readonly string[]): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  for (const f of files) {
    const path = dataPath(f);
    if (!existsSync(path)) throw new DossierError("E_DATASET_MISSING", `${path}: treebank not found`);
    for (const s of parseConllu(readFileSync(path, "utf8"))) out.push(s);
  }
  return out;
}
