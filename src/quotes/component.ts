import type { Doc } from "../doc/doc.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { extractQuotes } from "./extract.ts";

/**
 * Fills `doc.quotes` (direct, partial, indirect and scare quotes with their
 * speakers) and adds an "unbalanced-quotes" flag for each repaired quotation.
 * Runs after the NER stage when there is one and uses its entities; without
 * it, names come from capitalised words, titles and first names.
 *
 * @example
 * quotesStage.run(doc).quotes[0].speaker?.name; // "Nadia Petrek"
 */
export function annotateQuotes(doc: Doc): Doc {
  const { quotes, flags } = extractQuotes(doc);
  doc.quotes = quotes;
  if (flags.length > 0) {
    doc.flags = doc.flags.filter((f) => f.kind !== "unbalanced-quotes").concat(flags);
    doc.flags.sort((a, b) => a.start - b.start);
  }
  return doc;
}

/** Pipeline stage `quotes`. */
export const quotesStage: Component = {
  name: "quotes",
  needs: ["sentences", "tokens"],
  adds: ["quotes"],
  langs: ["fr", "en"],
  run: annotateQuotes,
};
