/**
 * Pipeline components of the syntax stage. `tagger` fills the token columns
 * pos, feats and lemma; `parser` fills head and dep (tagging first if the
 * tagger did not run). Models load lazily, once
 * per process and language.
 */

import type { Doc } from "../doc/doc.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { annotateDoc } from "./annotate.ts";

/**
 * UPOS, morphological features and lemmas of French and English tokens.
 *
 * @example
 * new Pipeline([langid, paragraphs, sentences, tokens, tagger, parser]).run(doc);
 */
export const tagger: Component = {
  name: "tagger",
  needs: ["sentences", "tokens"],
  adds: ["pos", "lemma"],
  langs: ["fr", "en"],
  run(doc: Doc): Doc {
    annotateDoc(doc, doc.lang!, false);
    return doc;
  },
};

/** Dependency heads (absolute token index, -1 for a root) and UD relations. */
export const parser: Component = {
  name: "parser",
  needs: ["pos"],
  adds: ["deps"],
  langs: ["fr", "en"],
  run(doc: Doc): Doc {
    annotateDoc(doc, doc.lang!, true);
    return doc;
  },
};
