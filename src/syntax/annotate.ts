/**
 * Glue between the models and the data: lazily loaded per-language models,
 * annotation of CoNLL-U sentences (gold segmentation) and of Doc tokens.
 *
 * Multiword rule for documents: a French contraction token ("du") is tagged
 * as one unit (pos "ADP+DET", lemma "de+le", feats of its determiner),
 * parsed as its words (de, le), and takes the head and relation of its first
 * word whose head lies outside the token (de → case of the noun for "du";
 * lequel for "duquel"). Heads that point at any word of a contraction point
 * at the contraction's token. Clitic tokens ("-t-il", "-elle") are tagged
 * as written (UD GSD spells them so) and lemmatised to the bare pronoun.
 */

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Doc } from "../doc/doc.ts";
import { DossierError } from "../errors.ts";
import type { ConlluSentence } from "./conllu.ts";
import { type ParseExample, type ParseOutput, Parser } from "./parser.ts";
import { repairTree } from "./repairs.ts";
import { Tagger } from "./tagger.ts";
import { expandUnits, JOIN, type PredictedWord, unitsOf } from "./units.ts";

/** Folder of the committed models: $DOSSIER_MODELS or models/ at the repository root. */
export function modelsDir(): string {
  return process.env.DOSSIER_MODELS ?? resolve(import.meta.dirname, "../../models");
}

export function modelPath(lang: string, kind: "tagger" | "parser"): string {
  return resolve(modelsDir(), `syntax-${lang}.${kind}.bin`);
}

export interface SyntaxModels {
  tagger: Tagger;
  parser: Parser | null;
}

const cache = new Map<string, SyntaxModels>();

/**
 * The models of a language, loaded once per process on first use.
 *
 * @example
 * const { tagger, parser } = syntaxModels("fr");
 */
export function syntaxModels(lang: string, needParser = true): SyntaxModels {
  let m = cache.get(lang);
  if (!m) {
    const tp = modelPath(lang, "tagger");
    if (!existsSync(tp)) throw new DossierError("E_MODEL_LOAD", `${tp}: no tagger model for "${lang}"`);
    const pp = modelPath(lang, "parser");
    m = { tagger: Tagger.load(tp), parser: existsSync(pp) ? Parser.load(pp) : null };
    cache.set(lang, m);
  }
  if (needParser && !m.parser)
    throw new DossierError("E_MODEL_LOAD", `${modelPath(lang, "parser")}: no parser model`);
  return m;
}

/** Replaces the cached models of a language (tests, freshly trained models). */
export function setSyntaxModels(lang: string, models: SyntaxModels): void {
  cache.set(lang, models);
}

/** Tags a CoNLL-U sentence with its gold segmentation; one predicted word per word line. */
export function tagSentence(tagger: Tagger, s: ConlluSentence, lang: string): PredictedWord[] {
  const units = unitsOf(s, lang);
  const forms = units.map((u) => u.form);
  const gold = units.map((u) => s.words.slice(u.firstWord, u.firstWord + u.nWords).map((w) => w.form));
  const t = tagger.tag(forms);
  for (let i = 0; i < units.length; i++) {
    // The gold segmentation says one word ("des" the article): keep the word's own tag.
    if (units[i].nWords === 1 && t.upos[i].includes(JOIN)) {
      t.upos[i] = t.upos[i].slice(t.upos[i].lastIndexOf(JOIN) + 1);
      t.lemma[i] = tagger.lemmatiser.lemma(forms[i], t.upos[i]);
    }
  }
  return expandUnits(lang, forms, t.upos, t.feats, t.lemma, gold);
}

/**
 * Predicts LEMMA, UPOS, FEATS, HEAD and DEPREL of a CoNLL-U sentence in place
 * (every other column, comment and multiword line stays as it was).
 */
export function annotateSentence(models: SyntaxModels, s: ConlluSentence, lang: string): void {
  if (s.words.length === 0) return;
  const words = tagSentence(models.tagger, s, lang);
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    w.upos = words[i].upos;
    w.lemma = words[i].lemma;
    w.feats = words[i].feats;
  }
  if (!models.parser) return;
  const forms = s.words.map((w) => w.form);
  const upos = words.map((w) => w.upos);
  const feats = words.map((w) => w.feats);
  const out = models.parser.parse({ forms, upos, feats });
  repairTree(lang, { form: (i) => forms[i], upos, feats, head: out.head, deprel: out.deprel });
  for (let i = 0; i < s.words.length; i++) {
    s.words[i].head = out.head[i];
    s.words[i].deprel = out.deprel[i];
  }
}

/** A parse training example from a gold sentence, with the given predicted tags. */
export function parseExample(s: ConlluSentence, predicted: readonly PredictedWord[]): ParseExample {
  return {
    forms: s.words.map((w) => w.form),
    upos: predicted.map((w) => w.upos),
    feats: predicted.map((w) => w.feats),
    head: s.words.map((w) => w.head),
    deprel: s.words.map((w) => w.deprel),
  };
}

/** Per token table: hashes of its forms, written when tagging and read when parsing. */
const formHashes = new WeakMap<object, Int32Array>();

/**
 * Fills `pos`, `feats` and `lemma` of the document's tokens (when `parse` is
 * false or they are missing) and, when `parse` is true, `head` and `dep`;
 * sentence by sentence (runs of equal `tokens.sentence`).
 */
export function annotateDoc(doc: Doc, lang: string, parse: boolean): void {
  const models = syntaxModels(lang, parse);
  const t = doc.tokens;
  const n = t.length;
  const retag = !parse || !t.pos || !t.feats || !t.lemma;
  const pos: string[] = retag ? new Array(n) : t.pos!;
  const feats: string[] = retag ? new Array(n) : t.feats!;
  const lemma: string[] = retag ? new Array(n) : t.lemma!;
  const dep: string[] = new Array(n);
  const head = new Int32Array(n).fill(-1);
  // Form hashes from tagging, kept for the parser run that follows on the same tokens.
  let lower = formHashes.get(t);
  if (retag) {
    lower = new Int32Array(n);
    formHashes.set(t, lower);
  } else if (lower && lower.length !== n) lower = undefined;
  let a = 0;
  while (a < n) {
    let b = a + 1;
    while (b < n && t.sentence[b] === t.sentence[a]) b++;
    // the tagger reads the forms in place; only the parser gets them as strings
    if (retag) models.tagger.tagRanges(doc.text, t.start, t.end, a, b, pos, feats, lemma, lower);
    if (parse && models.parser) {
      let compound = false;
      for (let i = a; i < b && !compound; i++) compound = pos[i].includes(JOIN);
      const from = a;
      const form = (i: number) => doc.text.slice(t.start[from + i], t.end[from + i]);
      if (!compound) {
        // One word per token: heads map straight back (what expandUnits + mapWordsToTokens give).
        // With the tagger's hashes the parser reads no form: only the repairs slice the few they need.
        const hashes = lower?.subarray(a, b);
        const forms: string[] = hashes ? new Array(b - a) : Array.from({ length: b - a }, (_, i) => form(i));
        const upos = pos.slice(a, b);
        const wordFeats = feats.slice(a, b);
        const out = models.parser.parse({ forms, upos, feats: wordFeats, lower: hashes });
        repairTree(lang, { form, upos, feats: wordFeats, head: out.head, deprel: out.deprel });
        for (let w = 0; w < b - a; w++) {
          const h = out.head[w];
          head[a + w] = h <= 0 ? -1 : a + h - 1;
          dep[a + w] = h <= 0 ? "root" : out.deprel[w];
        }
        a = b;
        continue;
      }
      const forms: string[] = [];
      for (let i = a; i < b; i++) forms.push(doc.text.slice(t.start[i], t.end[i]));
      const words = expandUnits(lang, forms, pos.slice(a, b), feats.slice(a, b), lemma.slice(a, b));
      const wordForms = words.map((w) => w.form);
      const upos = words.map((w) => w.upos);
      const wordFeats = words.map((w) => w.feats);
      const out = models.parser.parse({ forms: wordForms, upos, feats: wordFeats });
      repairTree(lang, {
        form: (i) => wordForms[i],
        upos,
        feats: wordFeats,
        head: out.head,
        deprel: out.deprel,
      });
      mapWordsToTokens(words, out, a, head, dep);
    }
    a = b;
  }
  t.pos = pos;
  t.feats = feats;
  t.lemma = lemma;
  if (parse) {
    t.head = head;
    t.dep = dep;
  }
}

/** Copies word-level heads and relations onto tokens (see the multiword rule above). */
export function mapWordsToTokens(
  words: readonly PredictedWord[],
  out: ParseOutput,
  tokenOffset: number,
  head: Int32Array,
  dep: string[],
): void {
  const done = new Set<number>();
  for (let w = 0; w < words.length; w++) {
    const unit = words[w].unit;
    if (done.has(unit)) continue;
    const h = out.head[w];
    const hasMore = w + 1 < words.length && words[w + 1].unit === unit;
    const inside = h > 0 && words[h - 1].unit === unit;
    if (inside && hasMore) continue; // a later word of the same token carries the outside link
    done.add(unit);
    const tok = tokenOffset + unit;
    if (h <= 0 || inside) {
      head[tok] = h <= 0 ? -1 : tokenOffset + words[h - 1].unit;
      dep[tok] = h <= 0 ? "root" : out.deprel[w];
      if (inside) head[tok] = -1;
    } else {
      head[tok] = tokenOffset + words[h - 1].unit;
      dep[tok] = out.deprel[w];
    }
  }
}
