import type { Doc } from "../doc/doc.ts";
import type { TokenTable } from "../doc/tokens.ts";
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
  return start === span.start && end === span.end ? span : { start, end, type: span.type };
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
  const firstToken: number[] = [];
  const sentences = sentenceWords(doc.text, tk, firstToken);
  const finals = FINAL_STOPWORDS[lang] ?? new Set<string>();
  const spans = trimmedSpans(tagger.tagSpans(sentences), sentences, finals);
  const ent = new Array<string>(tk.length).fill("O");
  doc.entities = spanEntities(doc.text, tk, sentences, firstToken, spans, ent);
  tk.ent = ent;
  return doc;
}

// The helpers below keep tagEntities small: V8 then recompiles a small piece, not the whole stage,
// when an unseen article takes a new path.

/** The word forms of each sentence, and in `firstToken` the index of its first token. */
function sentenceWords(text: string, tk: TokenTable, firstToken: number[]): string[][] {
  const sentences: string[][] = [];
  for (let i = 0; i < tk.length; ) {
    let j = i;
    const words: string[] = [];
    while (j < tk.length && tk.sentence[j] === tk.sentence[i]) {
      words.push(text.slice(tk.start[j], tk.end[j]));
      j++;
    }
    sentences.push(words);
    firstToken.push(i);
    i = j;
  }
  return sentences;
}

/** Each sentence's spans after trimSpan, those left empty dropped. */
function trimmedSpans(
  tagged: readonly TagSpan[][],
  sentences: readonly string[][],
  finals: ReadonlySet<string>,
): TagSpan[][] {
  const out: TagSpan[][] = [];
  for (let s = 0; s < tagged.length; s++) {
    const list: TagSpan[] = [];
    for (const sp of tagged[s]) {
      const trimmed = trimSpan(sp, sentences[s], finals);
      if (trimmed !== null) list.push(trimmed);
    }
    out.push(list);
  }
  return out;
}

/** The entities of the spans (character offsets), filling the IOB2 column `ent`. */
function spanEntities(
  text: string,
  tk: TokenTable,
  sentences: readonly string[][],
  firstToken: readonly number[],
  spans: readonly TagSpan[][],
  ent: string[],
): Entity[] {
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
        text: text.slice(start, end),
        label: ENTITY_TYPES[sp.type] as EntityLabel,
        rule: "ner",
      });
    }
  }
  return entities;
}

/** Pipeline stage `ner` (French and English models in models/ner-*.bin, loaded once on first use). */
export const ner: Component = {
  name: "ner",
  needs: ["sentences", "tokens"],
  adds: ["entities"],
  langs: ["fr", "en"],
  run: tagEntities,
};
