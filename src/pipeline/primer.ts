import { Doc, type DocInit } from "../doc/doc.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { tokens } from "../segment/3-tokens.ts";
import { Pipeline } from "./pipeline.ts";

/**
 * A segmented document (paragraphs, sentences, tokens) of an invented text, for a stage that runs
 * its rules once over a primer before the first real document: V8 then has type feedback for the
 * rarer paths before it optimises the stage, instead of throwing the optimised code away (and
 * compiling it again) the first time a later article takes one of them.
 *
 * @example
 * extractQuantities(primerDoc("Il a payé 40 € et USD 40.", "fr"));
 */
export function primerDoc(text: string, lang: string, date: DocInit["date"] = null): Doc {
  return new Pipeline([paragraphs, sentences, tokens]).run(new Doc({ text, lang, date }));
}

/**
 * Calls `prime(lang)` the first time a language is seen by the caller's `seen` set.
 *
 * @example
 * const seen = new Set<string>();
 * primeOnce(seen, doc.lang, (lang) => detectFlags(primerDoc(PRIMERS[lang], lang)));
 */
export function primeOnce(seen: Set<string>, lang: string | null, prime: (lang: string) => void): void {
  if (lang === null || seen.has(lang)) return;
  seen.add(lang);
  prime(lang);
}
