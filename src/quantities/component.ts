import type { Component } from "../pipeline/pipeline.ts";
import { extractQuantities } from "./extract.ts";

/**
 * Pipeline stage: fills `doc.quantities` (numbers, money with ISO 4217 codes,
 * units, percentages, ordinals) for French and English documents.
 *
 * @example
 * createPipeline().run(doc).quantities
 */
export const quantities: Component = {
  name: "quantities",
  needs: ["tokens"],
  adds: ["quantities"],
  langs: ["fr", "en"],
  run(doc) {
    doc.quantities = extractQuantities(doc);
    return doc;
  },
};
