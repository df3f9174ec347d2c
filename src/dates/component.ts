import type { Component } from "../pipeline/pipeline.ts";
import { extractDates } from "./extract.ts";

/**
 * Pipeline stage: fills `doc.dates` with the dates of French and English
 * documents, resolved against `doc.date` and never more precise than it allows.
 *
 * @example
 * createPipeline().run(doc).dates
 */
export const dates: Component = {
  name: "dates",
  needs: ["tokens"],
  adds: ["dates"],
  langs: ["fr", "en"],
  run(doc) {
    doc.dates = extractDates(doc);
    return doc;
  },
};
