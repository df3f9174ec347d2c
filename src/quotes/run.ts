import { Doc } from "../doc/doc.ts";
import { defaultComponents } from "../pipeline/default.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { quotesStage } from "./component.ts";

/** Stages the quote stage uses; the tagger and parser run too unless `syntax: false` (as in the default pipeline). */
const USEFUL = new Set(["langid", "paragraphs", "sentences", "tokens", "ner", "link"]);

/**
 * A runner for evaluation: the default pipeline's front end, tagger and
 * parser (what users get; `syntax: false` leaves them out) and entity
 * stages, then the quote stage. A stage that fails (a model being rebuilt,
 * say) is dropped with one warning, since quotes work without entities.
 *
 * @example
 * const run = quoteRunner();
 * run("« Non », a-t-il dit.", "fr").quotes;
 */
export function quoteRunner(
  options: { syntax?: boolean; warn?: (line: string) => void } = {},
): (text: string, lang: string, title?: string | null) => Doc {
  const stages: Component[] = defaultComponents().filter(
    (c) =>
      c.name !== "quotes" &&
      (USEFUL.has(c.name) || (options.syntax !== false && (c.name === "tagger" || c.name === "parser"))),
  );
  const broken = new Set<string>();
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  return (text, lang, title = null) => {
    let doc = new Doc({ text, lang, title });
    for (const c of stages) {
      if (broken.has(c.name)) continue;
      if (c.langs && !c.langs.includes(lang)) continue;
      try {
        doc = c.run(doc);
        for (const a of c.adds) doc.layers.add(a);
      } catch (err) {
        broken.add(c.name);
        warn(
          `warning: stage ${c.name} failed (${String((err as Error).message ?? err).slice(0, 100)}); going on without it`,
        );
      }
    }
    return quotesStage.run(doc);
  };
}
