import { dates } from "../dates/component.ts";
import type { LayerName } from "../doc/doc.ts";
import { link } from "../entities/link.ts";
import { events } from "../events/component.ts";
import { flags } from "../flags/component.ts";
import { ner } from "../ner/component.ts";
import { quantities } from "../quantities/component.ts";
import { quotesStage } from "../quotes/component.ts";
import { langid } from "../segment/0-langid.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { tokens } from "../segment/3-tokens.ts";
import { parser, tagger } from "../syntax/component.ts";
import type { Component } from "./pipeline.ts";
import { Pipeline } from "./pipeline.ts";

/**
 * The default stages in order. Numbered files in src/segment show the order of
 * the language-independent front end; model stages follow.
 */
export function defaultComponents(): Component[] {
  return [
    langid,
    paragraphs,
    sentences,
    tokens,
    // --- stages (each issue adds its own line here, in pipeline order) ---
    tagger,
    parser,
    ner,
    link,
    quantities,
    dates,
    events,
    quotesStage,
    // flags after quotes: it leaves unbalanced quote marks to the quotes stage when that flagged them
    flags,
    // --- end stages ---
  ];
}

/** Every component by name, for `--pipeline` and `dossier bench`. */
export function componentByName(name: string): Component | undefined {
  return defaultComponents().find((c) => c.name === name);
}

/**
 * The default pipeline, or the prefix of it up to and including `until`.
 *
 * @example
 * const nlp = createPipeline();
 * const doc = nlp.run(new Doc({ text: "Bonjour. Au revoir.", lang: "fr" }));
 */
export function createPipeline(options: { until?: string; given?: LayerName[] } = {}): Pipeline {
  let list = defaultComponents();
  if (options.until) {
    const at = list.findIndex((c) => c.name === options.until);
    if (at >= 0) list = list.slice(0, at + 1);
  }
  return new Pipeline(list, options.given);
}
