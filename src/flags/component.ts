import type { Component } from "../pipeline/pipeline.ts";
import { detectFlags } from "./detect.ts";

/**
 * Pipeline stage: adds machine-translation artefacts to `doc.flags`
 * (untranslated fragments, lower-case restarts, duplicated fragments,
 * unbalanced quote marks unless the quotes stage flagged them already).
 *
 * @example
 * createPipeline().run(doc).flags.filter((f) => f.kind.startsWith("mt-"))
 */
export const flags: Component = {
  name: "flags",
  needs: ["sentences"],
  adds: ["flags"],
  langs: ["fr", "en"],
  run(doc) {
    const found = detectFlags(doc);
    if (found.length > 0) doc.flags = [...doc.flags, ...found].sort((a, b) => a.start - b.start);
    return doc;
  },
};
