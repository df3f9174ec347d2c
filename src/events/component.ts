import type { Doc } from "../doc/doc.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { extractEvents } from "./extract.ts";
import { mergeEvents } from "./merge.ts";

/**
 * Fills `doc.events` with PLOVER event frames. Reads the syntax columns and
 * `doc.entities`, `doc.quantities`, `doc.dates` when earlier stages filled
 * them, and falls back to linear patterns and the shared country tables.
 *
 * @example
 * events.run(doc).events[0]; // { type: "AID", source: [{ name: "la Karsanie" }], modality: "delivered", … }
 */
export function tagEvents(doc: Doc): Doc {
  doc.events = mergeEvents(extractEvents(doc)).map((e) => e.event);
  return doc;
}

/** Pipeline stage `events`. */
export const events: Component = {
  name: "events",
  needs: ["sentences", "tokens"],
  adds: ["events"],
  langs: ["fr", "en"],
  run: tagEvents,
};
