import type { Doc } from "../doc/doc.ts";
import type { Entity, EntityLabel } from "../doc/types.ts";
import { NAME_FINAL_STOPWORDS as EN_FINAL } from "../lang/en/ner-edges.ts";
import { NAME_FINAL_STOPWORDS as FR_FINAL } from "../lang/fr/ner-edges.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { nerTagger } from "./tagger.ts";
import { ENTITY_TYPES, spansToIob2, type TagSpan } from "./tags.ts";

const FINAL_STOPWORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set(FR_FINAL),
  en: new Set(EN_FINAL),
};

/** Letters or digits: a token without any (a quote mark, a dash) is no part of a name's edge. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * A span without the punctuation at either edge and the function words at its
 * end (Institut Vauban d’ → Institut Vauban; Meridian Post of “ → Meridian
 * Post), a person's name without an apposition after a comma; null when
 * nothing is left.
 *
 * @example
 * trimSpan({ start: 0, end: 3, type: 1 }, ["Institut", "Vauban", "d’"], new Set(["d’"])); // { start: 0, end: 2, type: 1 }
 */
export function trimSpan(
  span: TagSpan,
  words: readonly string[],
  finals: ReadonlySet<string>,
): TagSpan | null {
  let { start, end } = span;
  while (start < end && !WORDLIKE.test(words[start])) start++;
  // A person's name holds no comma: what follows one is an apposition (X, directeur du programme …).
  if (ENTITY_TYPES[span.type] === "PER") {
    const comma = words.indexOf(",", start);
    if (comma > start && comma < end) end = comma;
  }
  while (end > start && (!WORDLIKE.test(words[end - 1]) || finals.has(words[end - 1].toLowerCase()))) end--;
  if (start >= end) return null;
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

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
  const finals = FINAL_STOPWORDS[lang] ?? new Set<string>();
  const spans = tagger
    .tagSpans(sentences)
    .map((list, s) => list.flatMap((sp) => trimSpan(sp, sentences[s], finals) ?? []));
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
