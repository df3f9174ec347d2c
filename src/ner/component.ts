import type { Doc } from "../doc/doc.ts";
import type { Entity, EntityLabel } from "../doc/types.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { nerTagger } from "./tagger.ts";
import { ENTITY_TYPES, spansToIob2 } from "./tags.ts";

/**
 * Runs the NER model of the document's language over its tokens (sentence by
 * sentence, the whole document as context) and fills `doc.entities` and the
 * `ent` token column (IOB2).
 *
 * @example
 * ner.run(doc).entities; // [{ start, end, text: "Vladimir Poutine", label: "PER", rule: "ner" }, …]
 */
export function tagEntities(doc: Doc): Doc {
  const lang = doc.lang ?? "";
  const tagger = nerTagger(lang);
  const tk = doc.tokens;
  const sentences: string[][] = [];
  const firstToken: number[] = [];
  for (let i = 0; i < tk.length; ) {
    let j = i;
    const words: string[] = [];
    while (j < tk.length && tk.sentence[j] === tk.sentence[i]) {
      words.push(doc.text.slice(tk.start[j], tk.end[j]));
      j++;
    }
    sentences.push(words);
    firstToken.push(i);
    i = j;
  }
  const spans = tagger.tagSpans(sentences);
  const ent = new Array<string>(tk.length).fill("O");
  const entities: Entity[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const base = firstToken[s];
    const iob = spansToIob2(spans[s], sentences[s].length);
    for (let k = 0; k < iob.length; k++) ent[base + k] = iob[k];
    for (const sp of spans[s]) {
      const start = tk.start[base + sp.start];
      const end = tk.end[base + sp.end - 1];
      entities.push({
        start,
        end,
        text: doc.text.slice(start, end),
        label: ENTITY_TYPES[sp.type] as EntityLabel,
        rule: "ner",
      });
    }
  }
  tk.ent = ent;
  doc.entities = entities;
  return doc;
}

/** Pipeline stage `ner` (French and English models in models/ner-*.bin, loaded once on first use). */
export const ner: Component = {
  name: "ner",
  needs: ["sentences", "tokens"],
  adds: ["entities"],
  langs: ["fr", "en"],
  run: tagEntities,
};
