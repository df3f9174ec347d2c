import { readFileSync } from "node:fs";
import { Doc } from "../doc/doc.ts";
import type { Range } from "../doc/types.ts";
import { createPipeline } from "../pipeline/default.ts";
import { parseConllu, sentenceComment } from "../syntax/conllu.ts";

export interface SegmentScores {
  sentences: { precision: number; recall: number; f1: number; gold: number };
  tokens: { precision: number; recall: number; f1: number; gold: number };
  documents: number;
}

interface GoldToken extends Range {
  words?: Range[];
}

/** Consecutive gold sentences joined into one pseudo-article when the treebank marks no documents. */
const CHUNK = 10;

/**
 * Scores sentence and token segmentation against a UD treebank: gold
 * sentences (`# text`) are joined into documents, our segmenter runs on the raw
 * text, and boundaries and token spans are compared (F1, as the CoNLL 2018 shared task).
 *
 * @example
 * scoreSegmentation(["ud/fr-sequoia/fr_sequoia-ud-test.conllu"], "fr").sentences.f1;
 */
export function scoreSegmentation(files: string[], lang: string): SegmentScores {
  const pipeline = createPipeline({ until: "tokens" });
  const docs: { text: string; sentences: Range[]; tokens: GoldToken[] }[] = [];
  for (const file of files) {
    let current: { text: string; sentences: Range[]; tokens: GoldToken[] } | null = null;
    for (const s of parseConllu(readFileSync(file, "utf8"))) {
      const text = sentenceComment(s, "text");
      if (text === null) continue;
      const newDoc = sentenceComment(s, "newdoc id") !== null;
      if (!current || newDoc || (!hasDocMarks(file) && current.sentences.length >= CHUNK)) {
        current = { text: "", sentences: [], tokens: [] };
        docs.push(current);
      }
      const base = current.text.length === 0 ? 0 : current.text.length + 1;
      current.text = current.text.length === 0 ? text : `${current.text} ${text}`;
      current.sentences.push({ start: base, end: base + text.length });
      // Surface tokens: multiword forms (du, don't), plus words outside them, located in order.
      // A multiword token whose words are spelt out in it (do + n't) also records those words,
      // so that either reading can be matched when scoring.
      let at = 0;
      const inMultiword = new Set<number>();
      const mwByFirst = new Map(s.multiwords.map((m) => [m.first, m]));
      for (const w of s.words) {
        const mw = mwByFirst.get(w.id);
        const form = mw ? mw.form : w.form;
        if (!mw && inMultiword.has(w.id)) continue;
        const found = text.indexOf(form, at);
        if (found < 0) continue;
        const token: GoldToken = { start: base + found, end: base + found + form.length };
        if (mw) {
          for (let k = mw.first; k <= mw.last; k++) inMultiword.add(k);
          const parts = s.words.filter((x) => x.id >= mw.first && x.id <= mw.last).map((x) => x.form);
          if (parts.join("") === form) {
            let o = token.start;
            token.words = parts.map((p) => {
              const word = { start: o, end: o + p.length };
              o = word.end;
              return word;
            });
          }
        }
        current.tokens.push(token);
        at = found + form.length;
      }
    }
  }
  const sent = { tp: 0, pred: 0, gold: 0 };
  const tok = { tp: 0, pred: 0, gold: 0 };
  for (const d of docs) {
    const doc = pipeline.run(new Doc({ text: d.text, lang }));
    const goldEnds = new Set(d.sentences.map((r) => r.end));
    const predEnds = new Set(doc.sentences.map((r) => r.end));
    sent.gold += goldEnds.size;
    sent.pred += predEnds.size;
    for (const e of predEnds) if (goldEnds.has(e)) sent.tp++;
    const goldTok = new Set(d.tokens.map((r) => `${r.start}:${r.end}`));
    tok.gold += goldTok.size;
    tok.pred += doc.tokens.length;
    for (let i = 0; i < doc.tokens.length; i++)
      if (goldTok.has(`${doc.tokens.start[i]}:${doc.tokens.end[i]}`)) tok.tp++;
  }
  return { sentences: prf(sent), tokens: prf(tok), documents: docs.length };
}

const docMarks = new Map<string, boolean>();
function hasDocMarks(file: string): boolean {
  let v = docMarks.get(file);
  if (v === undefined) {
    v = readFileSync(file, "utf8").includes("# newdoc");
    docMarks.set(file, v);
  }
  return v;
}

function prf(c: { tp: number; pred: number; gold: number }) {
  const precision = c.pred ? c.tp / c.pred : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: c.gold };
}
