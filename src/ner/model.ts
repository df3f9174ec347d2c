import { readFileSync, writeFileSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DossierError } from "../errors.ts";
import { decodeClusters, encodeClusters } from "./clusters.ts";
import {
  type DocumentInfo,
  documentInfo,
  dynamicFeatures,
  type FeatureResources,
  historyFeatures,
  historyPairFeatures,
  MAX_DYNAMIC,
  type SentenceFeatures,
  sentenceFeatures,
  TOKEN_DYNAMIC,
  tagTransitionFeatures,
  tokenDynamicFeatures,
} from "./features.ts";
import { decodeGazetteer, encodeGazetteer, type GazetteerEntry } from "./gazetteer.ts";
import { allowedAfter, TAG_COUNT, TAG_NAMES, tagType } from "./tags.ts";

/**
 * Weights of a hashed linear tagger: feature hash → bucket (low `bits` bits)
 * → row of `tagCount` weights. Training uses a dense table; loaded models
 * keep only the rows that matter (`packed`).
 */
export interface WeightView {
  bits: number;
  tagCount: number;
  /** Dense weights, bucket · tagCount + tag (training; empty in a loaded model). */
  weights: Float32Array;
  /**
   * Loaded models score from int8 rows kept inside an open-addressing table of
   * 32-byte records [bucket + 1: int32, scale: float32, tagCount int8 weights],
   * so a feature costs one cache miss, not three (table, row, scale).
   */
  packed?: PackedRows;
}

/** The record table of a loaded model (see WeightView.packed); one buffer, three views. */
export interface PackedRows {
  i32: Int32Array;
  f32: Float32Array;
  i8: Int8Array;
  /** Number of records − 1 (a power of two minus one). */
  slotMask: number;
  /**
   * One bit per bucket kept: a feature without a row (a fifth of the lookups)
   * costs a hit in this small bit set, not a cache miss in the table.
   */
  present: Uint32Array;
}

/**
 * Bytes per record of PackedRows: 8 of header, then the row in 24 bytes. Most rows have a few
 * non-zero weights of the 17 tags (four on average): a row of at most SPARSE_ROW of them is stored
 * as its count then (tag, weight) byte pairs, so scoring adds only those; a longer one as -1 then
 * its tagCount weights. Adding a zero weight leaves a float32 sum unchanged (the sums are never
 * -0), so the scores are those of the dense rows, bit for bit.
 */
const RECORD = 32;
const SPARSE_ROW = 11;

/** Packs quantised rows (bucket ids in order) into the record table, at most half full. */
function packRows(
  buckets: Uint32Array,
  scales: Float32Array,
  q: Int8Array,
  T: number,
  bits: number,
): PackedRows {
  if (T > RECORD - 9) throw new Error(`NER model: ${T} tags do not fit a ${RECORD}-byte record`);
  let slots = 1024;
  while (slots < buckets.length * 2) slots <<= 1;
  const buffer = new ArrayBuffer(slots * RECORD);
  const i32 = new Int32Array(buffer);
  const f32 = new Float32Array(buffer);
  const i8 = new Int8Array(buffer);
  const slotMask = slots - 1;
  const words = RECORD >> 2;
  const present = new Uint32Array(Math.max(1, (2 ** bits) >>> 5));
  for (let r = 0; r < buckets.length; r++) {
    present[buckets[r] >>> 5] |= 1 << (buckets[r] & 31);
    // Buckets are the low bits of a well-mixed hash: usable as slots directly.
    let slot = buckets[r] & slotMask;
    while (i32[slot * words] !== 0) slot = (slot + 1) & slotMask;
    i32[slot * words] = buckets[r] + 1;
    f32[slot * words + 1] = scales[r];
    const row = q.subarray(r * T, r * T + T);
    const at = slot * RECORD + 8;
    let nonZero = 0;
    for (let t = 0; t < T; t++) if (row[t] !== 0) nonZero++;
    if (nonZero <= SPARSE_ROW) {
      i8[at] = nonZero;
      let j = at + 1;
      for (let t = 0; t < T; t++)
        if (row[t] !== 0) {
          i8[j++] = t;
          i8[j++] = row[t];
        }
    } else {
      i8[at] = -1;
      i8.set(row, at + 1);
    }
  }
  return { i32, f32, i8, slotMask, present };
}

/** What a model file says about itself. */
export interface NerModelMeta {
  format: "dossier-ner";
  version: number;
  lang: string;
  bits: number;
  tags: string[];
  rows: number;
  /** Whether the gazetteer and cluster resources were used in training. */
  gazetteer: boolean;
  /** What the gazetteer held in training (src/ner/gazetteer.ts GAZETTEER_VERSION); 1 when absent. */
  gazetteerVersion?: number;
  clusters: boolean;
  /** Whether the non-local features (context aggregation, prediction history shares) were used. */
  nonLocal?: boolean;
  /** Whether names from the training data extend the gazetteer. */
  names?: boolean;
  /** Rows whose largest weight was below this were dropped from the file. */
  prune?: number;
  /** Beam width to decode with, chosen on dev (default 2). */
  decodeBeam?: number;
  /** Compressed sizes of the weights, clusters and names blocks. */
  blocks: number[];
  created?: string;
  training?: Record<string, unknown>;
}

/** Receives perceptron updates during training. */
export interface Learner {
  update(
    feats: Int32Array,
    from: number,
    to: number,
    dyn: Int32Array,
    nDyn: number,
    gold: number,
    pred: number,
  ): void;
  tick(): void;
  /** Adds `delta` to the weights of `tag` for features [from, to) of `feats` (beam training). */
  adjust(feats: Int32Array, from: number, to: number, tag: number, delta: number): void;
}

export const MODEL_VERSION = 3;
const MAGIC = 0x52454e44; // "DNER"

/** Keeps the prefetch loads of `score` from being optimised away. */
let _prefetchSink = 0;

/**
 * Scores every tag for one token into `scores`.
 */
function score(
  w: WeightView,
  feats: Int32Array,
  from: number,
  to: number,
  dyn: Int32Array,
  nDyn: number,
  scores: Float32Array,
): void {
  scores.fill(0);
  const mask = (1 << w.bits) - 1;
  const T = w.tagCount;
  const end = to + nDyn;
  const P = w.packed;
  if (P) {
    const { i32, f32, i8, slotMask, present } = P;
    // First touch the home slots of the features kept: independent loads
    // whose cache misses overlap instead of waiting on one another.
    let touch = 0;
    for (let k = from; k < end; k++) {
      const bucket = (k < to ? feats[k] : dyn[k - to]) & mask;
      if ((present[bucket >>> 5] >>> (bucket & 31)) & 1) touch ^= i32[(bucket & slotMask) << 3];
    }
    _prefetchSink = touch;
    for (let k = from; k < end; k++) {
      const bucket = (k < to ? feats[k] : dyn[k - to]) & mask;
      if (!((present[bucket >>> 5] >>> (bucket & 31)) & 1)) continue;
      let slot = bucket & slotMask;
      while (i32[slot << 3] !== bucket + 1) slot = (slot + 1) & slotMask;
      const scale = f32[(slot << 3) + 1];
      const base = (slot << 5) + 8;
      const count = i8[base];
      if (count >= 0) {
        const end = base + 1 + 2 * count;
        for (let j = base + 1; j < end; j += 2) scores[i8[j]] += i8[j + 1] * scale;
      } else if (T === 17) {
        // The tag set of TAG_NAMES, unrolled: the dense rows are the most read (bias, shapes).
        const b = base + 1;
        scores[0] += i8[b] * scale;
        scores[1] += i8[b + 1] * scale;
        scores[2] += i8[b + 2] * scale;
        scores[3] += i8[b + 3] * scale;
        scores[4] += i8[b + 4] * scale;
        scores[5] += i8[b + 5] * scale;
        scores[6] += i8[b + 6] * scale;
        scores[7] += i8[b + 7] * scale;
        scores[8] += i8[b + 8] * scale;
        scores[9] += i8[b + 9] * scale;
        scores[10] += i8[b + 10] * scale;
        scores[11] += i8[b + 11] * scale;
        scores[12] += i8[b + 12] * scale;
        scores[13] += i8[b + 13] * scale;
        scores[14] += i8[b + 14] * scale;
        scores[15] += i8[b + 15] * scale;
        scores[16] += i8[b + 16] * scale;
      } else for (let t = 0; t < T; t++) scores[t] += i8[base + 1 + t] * scale;
    }
    return;
  }
  const W = w.weights;
  for (let k = from; k < end; k++) {
    const base = ((k < to ? feats[k] : dyn[k - to]) & mask) * T;
    for (let t = 0; t < T; t++) scores[t] += W[base + t];
  }
}

const NO_DYN = new Int32Array(0);

/**
 * Scores every tag for token i from its static features. A loaded model sums
 * the features of the word alone once per distinct word (a third of the
 * lookups; the sum is kept in the word's lexeme), then adds the context
 * features and `nDyn` extra ones.
 */
function staticScore(
  w: WeightView,
  sf: SentenceFeatures,
  i: number,
  dyn: Int32Array,
  nDyn: number,
  scores: Float32Array,
): void {
  if (!w.packed || sf.style !== 0) {
    score(w, sf.feats, sf.offsets[i], sf.offsets[i + 1], dyn, nDyn, scores);
    return;
  }
  const lx = sf.lexemes[i];
  let own = lx.ownScores;
  if (own === null || lx.scoreModel !== w) {
    own = new Float32Array(w.tagCount);
    score(w, sf.feats, sf.offsets[i], sf.lexemeEnd[i], NO_DYN, 0, own);
    lx.ownScores = own;
    lx.scoreModel = w;
  }
  score(w, sf.feats, sf.lexemeEnd[i], sf.offsets[i + 1], dyn, nDyn, scores);
  for (let t = 0; t < w.tagCount; t++) scores[t] += own[t];
}

/** Options for tagging a document. */
export interface TagOptions {
  /** Gold BILOU tags per sentence (training). */
  gold?: readonly Uint8Array[];
  learner?: Learner;
  /** Keep output well-formed BILOU (on at inference). */
  constrained?: boolean;
  /** Annotation style (see STYLES); 0 = news. */
  style?: number;
  /** Precomputed features (reused across epochs in training). */
  features?: readonly SentenceFeatures[];
  /** Beam width at inference (1 = greedy; needs `constrained`, ignored in training). */
  beam?: number;
  /**
   * When given (beam decoding only), receives per sentence the static feature
   * scores of every token, [token · tagCount + tag]: the tagger's own evidence
   * for each type, read by the span re-typer (retype.ts).
   */
  staticScores?: Float32Array[];
  /** Beam width in training (early update, re-seeded with the gold prefix); 1 = greedy updates. */
  trainBeam?: number;
  /**
   * Partial labels in training: a bit per entity type (1 << type) the gold data
   * never annotates; a tag of such a type where the gold says O is no error.
   */
  partial?: number;
}

/**
 * Whether a predicted tag agrees with a gold one under partial labels: equal,
 * or gold O and a tag of a type in the `partial` mask (the corpus never marks it).
 *
 * @example
 * acceptsTag(0, makeTag(3, U), 1 << 3); // true: MISC is never annotated
 */
export function acceptsTag(gold: number, tag: number, partial: number): boolean {
  return tag === gold || (gold === 0 && partial !== 0 && ((partial >> tagType(tag)) & 1) === 1);
}

/**
 * Greedy left-to-right (or, with `beam` > 1, beam-search) BILOU tagging of one document (sentences of words),
 * with the previous two decisions and the document history as features.
 * With `gold` and `learner`, applies a perceptron update at each mistake.
 *
 * @example
 * const tags = tagDocument([["Paris", "brûle"]], model.weights, model.resources);
 */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  w: WeightView,
  res: FeatureResources,
  opts: TagOptions = {},
): Uint8Array[] {
  const info: DocumentInfo | null = opts.features ? null : documentInfo(sentences, res.nonLocal);
  const style = opts.style ?? 0;
  const history = new Map<string, number>();
  // Extended prediction history: [O while capitalised, PER, ORG, LOC, MISC] per word.
  const counts = res.nonLocal ? new Map<string, Int32Array>() : null;
  const scores = new Float32Array(w.tagCount);
  const dyn = new Int32Array(MAX_DYNAMIC);
  const out: Uint8Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    // Transient features: nothing keeps a sentence's features past its tagging.
    const sf = opts.features ? opts.features[s] : sentenceFeatures(sentences[s], info!, res, style, true);
    const tags = new Uint8Array(sf.n);
    const gold = opts.gold?.[s];
    let prev = 0;
    let prev2 = 0;
    const beam = opts.learner ? 1 : (opts.beam ?? 1);
    const trainBeam = opts.learner && gold ? (opts.trainBeam ?? 1) : 1;
    if (trainBeam > 1 && sf.n > 0)
      tags.set(
        trainBeamSentence(sf, w, history, counts, trainBeam, style, gold!, opts.learner!, opts.partial ?? 0),
      );
    else if (beam > 1 && sf.n > 0) {
      const keep = opts.staticScores ? new Float32Array(sf.n * w.tagCount) : null;
      tags.set(beamSentence(sf, w, history, counts, beam, style, dyn, keep));
      if (keep) opts.staticScores![s] = keep;
    } else if (opts.staticScores) opts.staticScores[s] = new Float32Array(0);
    for (let i = beam > 1 || trainBeam > 1 ? sf.n : 0; i < sf.n; i++) {
      const seen = history.get(sf.lowerForms[i]);
      let nDyn = dynamicFeatures(sf, i, prev, prev2, seen === undefined ? -2 : seen, dyn, style);
      if (counts) nDyn += historyFeatures(counts.get(sf.lowerForms[i]), sf.shape[i], dyn.subarray(nDyn));
      score(w, sf.feats, sf.offsets[i], sf.offsets[i + 1], dyn, nDyn, scores);
      let best = -1;
      let bestScore = -Infinity;
      for (let t = 0; t < w.tagCount; t++) {
        if (opts.constrained && (!ALLOWED[prev * TAG_COUNT + t] || (i === sf.n - 1 && !ENDS[t]))) continue;
        if (scores[t] > bestScore) {
          bestScore = scores[t];
          best = t;
        }
      }
      if (gold && opts.learner) {
        if (!acceptsTag(gold[i], best, opts.partial ?? 0))
          opts.learner.update(sf.feats, sf.offsets[i], sf.offsets[i + 1], dyn, nDyn, gold[i], best);
        opts.learner.tick();
      }
      tags[i] = best;
      prev2 = prev;
      prev = best;
    }
    // History after the sentence: names keep their type across the document.
    for (let i = 0; i < sf.n; i++) {
      const type = tagType(tags[i]);
      const word = sentences[s][i];
      if (type >= 0 || (word.length > 1 && word[0] !== word[0].toLowerCase())) {
        history.set(sf.lowerForms[i], type);
        if (counts) {
          let c = counts.get(sf.lowerForms[i]);
          if (!c) {
            c = new Int32Array(5);
            counts.set(sf.lowerForms[i], c);
          }
          c[type + 1]++;
        }
      }
    }
    out.push(tags);
  }
  return out;
}

/**
 * Beam search over one sentence's BILOU tags: the static feature scores of a
 * token are computed once, only the tag-dependent ones per hypothesis.
 */
/**
 * Score gap beyond which a beam hypothesis is dropped: at 60 the dev scores
 * match the full beam (CoNLL 92.48, WikiNEuRal 87.13, HIPE 69.80 vs 69.87)
 * and most tokens cost one hypothesis, so the beam runs at ~95% of greedy speed.
 */
const BEAM_MARGIN = 60;

/** Buffers reused across sentences (tagging is synchronous, one sentence at a time). */
const scratch = {
  base: new Float32Array(0),
  extra: new Float32Array(0),
  tagAt: new Uint8Array(0),
  parentAt: new Int32Array(0),
  scores: new Float64Array(0),
  nextScores: new Float64Array(0),
};

/** Per model: scores of the tag-only features for every (prev2, prev) pair, [(prev2·T + prev)·T + t]. */
const transitionCache = new WeakMap<WeightView, Float32Array>();

function transitionScores(w: WeightView): Float32Array {
  let table = transitionCache.get(w);
  if (table) return table;
  const T = w.tagCount;
  table = new Float32Array(TAG_COUNT * TAG_COUNT * T);
  const feats = new Int32Array(2);
  const row = new Float32Array(T);
  for (let prev2 = 0; prev2 < TAG_COUNT; prev2++)
    for (let prev = 0; prev < TAG_COUNT; prev++) {
      tagTransitionFeatures(prev, prev2, feats);
      score(w, feats, 0, 2, feats, 0, row);
      table.set(row, (prev2 * TAG_COUNT + prev) * T);
    }
  // Beam decoding never runs on weights that are being updated (training decodes greedily or via trainBeamSentence).
  transitionCache.set(w, table);
  return table;
}

function beamSentence(
  sf: SentenceFeatures,
  w: WeightView,
  history: Map<string, number>,
  counts: Map<string, Int32Array> | null,
  width: number,
  style: number,
  dyn: Int32Array,
  keep: Float32Array | null = null,
): Uint8Array {
  const T = w.tagCount;
  const n = sf.n;
  if (scratch.base.length < T) scratch.base = new Float32Array(T);
  if (scratch.extra.length < T) scratch.extra = new Float32Array(T);
  if (scratch.tagAt.length < n * width) {
    scratch.tagAt = new Uint8Array(n * width * 2);
    scratch.parentAt = new Int32Array(n * width * 2);
  }
  if (scratch.scores.length < width) {
    scratch.scores = new Float64Array(width);
    scratch.nextScores = new Float64Array(width);
  }
  const { base, extra, tagAt, parentAt } = scratch;
  // Per position and beam slot: the tag, the parent slot and the running score.
  let scores = scratch.scores;
  let nextScores = scratch.nextScores;
  scores[0] = 0;
  let live = 1;
  // News style: the tag-only features come from a table, the history pair is scored once per token.
  const split = style === 0;
  const transitions = split ? transitionScores(w) : null;
  for (let i = 0; i < n; i++) {
    const seen = history.get(sf.lowerForms[i]);
    let nStatic = counts ? historyFeatures(counts.get(sf.lowerForms[i]), sf.shape[i], dyn) : 0;
    if (split) {
      // The history pair of dynamicFeatures, scored once per token.
      historyPairFeatures(sf, i, seen === undefined ? -2 : seen, dyn, nStatic);
      nStatic += 2;
    }
    staticScore(w, sf, i, dyn, nStatic, base);
    if (keep) keep.set(base.subarray(0, T), i * T);
    let filled = 0;
    for (let b = 0; b < live; b++) {
      const prev = i > 0 ? tagAt[(i - 1) * width + b] : 0;
      const prev2 = i > 1 ? tagAt[(i - 2) * width + parentAt[(i - 1) * width + b]] : 0;
      let nDyn = TOKEN_DYNAMIC;
      if (split) tokenDynamicFeatures(sf, i, prev, dyn);
      else nDyn = dynamicFeatures(sf, i, prev, prev2, seen === undefined ? -2 : seen, dyn, style);
      score(w, sf.feats, 0, 0, dyn, nDyn, extra);
      if (transitions) {
        const row = (prev2 * TAG_COUNT + prev) * T;
        for (let t = 0; t < T; t++) extra[t] += transitions[row + t];
      }
      for (let t = 0; t < T; t++) {
        if (!ALLOWED[prev * TAG_COUNT + t] || (i === n - 1 && !ENDS[t])) continue;
        const sc = scores[b] + base[t] + extra[t];
        // insertion into the sorted slots of position i
        let at = filled < width ? filled : width;
        if (at === width && sc <= nextScores[width - 1]) continue;
        if (at === width) at = width - 1;
        while (at > 0 && nextScores[at - 1] < sc) {
          nextScores[at] = nextScores[at - 1];
          tagAt[i * width + at] = tagAt[i * width + at - 1];
          parentAt[i * width + at] = parentAt[i * width + at - 1];
          at--;
        }
        nextScores[at] = sc;
        tagAt[i * width + at] = t;
        parentAt[i * width + at] = b;
        if (filled < width) filled++;
      }
    }
    live = filled;
    // A hypothesis far behind the best does not win back (most tokens are a sure O): drop it.
    while (live > 1 && nextScores[0] - nextScores[live - 1] > BEAM_MARGIN) live--;
    [scores, nextScores] = [nextScores, scores];
  }
  const out = new Uint8Array(n);
  let b = 0;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = tagAt[i * width + b];
    b = parentAt[i * width + b];
  }
  return out;
}

interface Hypothesis {
  tags: number[];
  score: number;
  /** Whether the tags so far are the gold ones. */
  gold: boolean;
}

/**
 * Beam search in training with early update (Collins & Roark 2004): when the
 * gold prefix falls out of the beam, the weights move towards it and away from
 * the best hypothesis, and the search goes on from the gold prefix (LaSO), so
 * training sees the errors the beam decoder makes.
 */
function trainBeamSentence(
  sf: SentenceFeatures,
  w: WeightView,
  history: Map<string, number>,
  counts: Map<string, Int32Array> | null,
  width: number,
  style: number,
  gold: Uint8Array,
  learner: Learner,
  partial = 0,
): number[] {
  const T = w.tagCount;
  const n = sf.n;
  const base = new Float32Array(T);
  const extra = new Float32Array(T);
  const dyn = new Int32Array(MAX_DYNAMIC);
  const historyFeats: Int32Array[] = [];
  const seenAt = (i: number) => {
    const seen = history.get(sf.lowerForms[i]);
    return seen === undefined ? -2 : seen;
  };
  let beam: Hypothesis[] = [{ tags: [], score: 0, gold: true }];
  let start = 0;
  // `target` is the gold path, or under partial labels the best-scoring path the gold accepts.
  const update = (pred: readonly number[], target: ArrayLike<number>, from: number, to: number) => {
    const dynGold = new Int32Array(MAX_DYNAMIC);
    const dynPred = new Int32Array(MAX_DYNAMIC);
    const tagOf = (path: ArrayLike<number>, j: number) => (j >= 0 ? path[j] : 0);
    for (let j = from; j <= to; j++) {
      const g = target[j];
      const p = pred[j];
      const sameHistory =
        tagOf(target, j - 1) === tagOf(pred, j - 1) && tagOf(target, j - 2) === tagOf(pred, j - 2);
      if (g === p && sameHistory) continue;
      if (g !== p) {
        learner.adjust(sf.feats, sf.offsets[j], sf.offsets[j + 1], g, 1);
        learner.adjust(sf.feats, sf.offsets[j], sf.offsets[j + 1], p, -1);
        const h = historyFeats[j];
        learner.adjust(h, 0, h.length, g, 1);
        learner.adjust(h, 0, h.length, p, -1);
      }
      const nG = dynamicFeatures(
        sf,
        j,
        tagOf(target, j - 1),
        tagOf(target, j - 2),
        seenAt(j),
        dynGold,
        style,
      );
      const nP = dynamicFeatures(sf, j, tagOf(pred, j - 1), tagOf(pred, j - 2), seenAt(j), dynPred, style);
      learner.adjust(dynGold, 0, nG, g, 1);
      learner.adjust(dynPred, 0, nP, p, -1);
    }
  };
  for (let i = 0; i < n; i++) {
    const nHistory = counts ? historyFeatures(counts.get(sf.lowerForms[i]), sf.shape[i], dyn) : 0;
    historyFeats[i] = dyn.slice(0, nHistory);
    score(w, sf.feats, sf.offsets[i], sf.offsets[i + 1], dyn, nHistory, base);
    const seen = seenAt(i);
    const candidates: { parent: Hypothesis; tag: number; score: number }[] = [];
    for (const h of beam) {
      const prev = i > 0 ? h.tags[i - 1] : 0;
      const prev2 = i > 1 ? h.tags[i - 2] : 0;
      const nDyn = dynamicFeatures(sf, i, prev, prev2, seen, dyn, style);
      score(w, sf.feats, 0, 0, dyn, nDyn, extra);
      for (let t = 0; t < T; t++) {
        if (!ALLOWED[prev * TAG_COUNT + t] || (i === n - 1 && !ENDS[t])) continue;
        candidates.push({ parent: h, tag: t, score: h.score + base[t] + extra[t] });
      }
    }
    // Stable order on ties: the gold candidate does not win a tie it did not earn.
    candidates.sort((a, b) => b.score - a.score);
    beam = candidates.slice(0, width).map((c) => ({
      tags: [...c.parent.tags, c.tag],
      score: c.score,
      gold: c.parent.gold && acceptsTag(gold[i], c.tag, partial),
    }));
    learner.tick();
    if (!beam.some((h) => h.gold)) {
      // Without partial labels the only accepted path is the gold one; with them,
      // the best accepted candidate (candidates are sorted), else the gold tags
      // after the re-seeded prefix.
      let target: number[] | null = null;
      if (partial !== 0) {
        const c = candidates.find((c) => c.parent.gold && acceptsTag(gold[i], c.tag, partial));
        if (c) target = [...c.parent.tags, c.tag];
      }
      if (!target && partial === 0) target = Array.from(gold.subarray(0, i + 1));
      else if (!target) {
        target = beam[0].tags.slice(0, start);
        for (let j = start; j <= i; j++) target.push(gold[j]);
      }
      update(beam[0].tags, target, start, i);
      beam = [{ tags: target, score: 0, gold: true }];
      start = i + 1;
    }
  }
  if (!beam[0].gold && start < n) {
    const target = partial !== 0 ? beam.find((h) => h.gold)?.tags : undefined;
    update(beam[0].tags, target ?? gold, start, n - 1);
  }
  return beam[0].tags;
}

const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
const ENDS = new Uint8Array(TAG_COUNT);
for (let a = 0; a < TAG_COUNT; a++) {
  ENDS[a] = endsSpan(a) ? 1 : 0;
  for (let b = 0; b < TAG_COUNT; b++) ALLOWED[a * TAG_COUNT + b] = allowedAfter(a, b) ? 1 : 0;
}

function endsSpan(tag: number): boolean {
  if (tag === 0) return true;
  const part = (tag - 1) & 3;
  return part === 2 || part === 3;
}

/** Precomputes the static features of a document's sentences (for repeated epochs). */
export function documentFeatures(
  sentences: readonly (readonly string[])[],
  res: FeatureResources,
  style = 0,
): SentenceFeatures[] {
  const info = documentInfo(sentences, res.nonLocal);
  return sentences.map((s) => sentenceFeatures(s, info, res, style));
}

/**
 * Serialises averaged weights: rows whose largest weight is below `prune`
 * are dropped, the rest quantised to int8 with a per-row scale, then deflated.
 */
export function encodeModel(
  meta: Omit<NerModelMeta, "rows" | "blocks">,
  dense: Float32Array,
  prune = 0,
  extras: { clusters?: Map<string, number> | null; names?: readonly GazetteerEntry[] | null } = {},
): Uint8Array {
  const T = TAG_COUNT;
  const buckets = 1 << meta.bits;
  const kept: number[] = [];
  for (let b = 0; b < buckets; b++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(dense[b * T + t]));
    if (max > prune && max > 0) kept.push(b);
  }
  const rows = kept.length;
  const ids = new Uint32Array(rows);
  const scales = new Float32Array(rows);
  const q = new Int8Array(rows * T);
  let last = 0;
  for (let r = 0; r < rows; r++) {
    const b = kept[r];
    ids[r] = b - last; // delta-coded: compresses well
    last = b;
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(dense[b * T + t]));
    const scale = max / 127;
    scales[r] = scale;
    for (let t = 0; t < T; t++) q[r * T + t] = Math.round(dense[b * T + t] / scale);
  }
  const body = Buffer.concat([
    Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength),
    Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength),
  ]);
  const packed = deflateRawSync(body, { level: 9 });
  const text = (s: string) => deflateRawSync(Buffer.from(s, "utf8"), { level: 9 });
  const clusterBlock = text(extras.clusters ? encodeClusters(extras.clusters) : "");
  const namesBlock = text(extras.names ? encodeGazetteer(extras.names) : "");
  const blocks = [packed.length, clusterBlock.length, namesBlock.length];
  const header = Buffer.from(JSON.stringify({ ...meta, rows, names: extras.names != null, blocks }), "utf8");
  const head = Buffer.alloc(12);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(MODEL_VERSION, 4);
  head.writeUInt32LE(header.length, 8);
  return Buffer.concat([head, header, packed, clusterBlock, namesBlock]);
}

/** A loaded model: metadata plus the sparse weight view. */
export interface LoadedWeights {
  meta: NerModelMeta;
  weights: WeightView;
  clusters: Map<string, number> | null;
  /** Names learned from the training data (gazetteer entries), if the model has them. */
  names: GazetteerEntry[] | null;
}

/**
 * Reads a model produced by `encodeModel`.
 *
 * @example
 * const { meta, weights } = decodeModel(readFileSync("models/ner-fr.bin"));
 */
export function decodeModel(bytes: Uint8Array, name = "model"): LoadedWeights {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC)
    throw new DossierError("E_MODEL_FORMAT", `${name}: not a Dossier NER model`);
  const version = buf.readUInt32LE(4);
  if (version !== MODEL_VERSION)
    throw new DossierError("E_MODEL_FORMAT", `${name}: model version ${version}, expected ${MODEL_VERSION}`);
  const headerLength = buf.readUInt32LE(8);
  const meta = JSON.parse(buf.subarray(12, 12 + headerLength).toString("utf8")) as NerModelMeta;
  if (meta.format !== "dossier-ner" || meta.tags.join(" ") !== TAG_NAMES.join(" "))
    throw new DossierError("E_MODEL_FORMAT", `${name}: unexpected tag set or format`);
  const [weightsLength, clustersLength, namesLength] = meta.blocks;
  let at = 12 + headerLength;
  const block = (n: number) => {
    const b = inflateRawSync(buf.subarray(at, at + n));
    at += n;
    return b;
  };
  const body = block(weightsLength);
  const clusterText = block(clustersLength).toString("utf8");
  const names = meta.names ? decodeGazetteer(block(namesLength).toString("utf8")) : null;
  const clusters = meta.clusters ? decodeClusters(clusterText) : null;
  const T = meta.tags.length;
  const rows = meta.rows;
  const ids = new Uint32Array(body.buffer.slice(body.byteOffset, body.byteOffset + rows * 4));
  const scales = new Float32Array(body.buffer.slice(body.byteOffset + rows * 4, body.byteOffset + rows * 8));
  const q = new Int8Array(body.buffer, body.byteOffset + rows * 8, rows * T);
  const buckets = new Uint32Array(rows);
  let bucket = 0;
  for (let r = 0; r < rows; r++) {
    bucket += ids[r];
    buckets[r] = bucket;
  }
  return {
    meta,
    weights: {
      bits: meta.bits,
      tagCount: T,
      weights: new Float32Array(0),
      packed: packRows(buckets, scales, q, T, meta.bits),
    },
    clusters,
    names,
  };
}

/**
 * Re-encodes a model file without the rows whose largest weight is below
 * `prune` (the int8 values of the rows kept are unchanged): a smaller table,
 * fewer cache misses at tagging.
 *
 * @example
 * writeModelFile("ner-en.bin", repackModel(readFileSync("ner-en.bin"), 0.5));
 */
export function repackModel(bytes: Uint8Array, prune: number, decodeBeam?: number): Uint8Array {
  const loaded = decodeModel(bytes);
  const { meta } = loaded;
  const P = loaded.weights.packed!;
  const T = meta.tags.length;
  const dense = new Float32Array((1 << meta.bits) * T);
  for (let slot = 0; slot <= P.slotMask; slot++) {
    const key = P.i32[slot * 8];
    if (key === 0) continue;
    const scale = P.f32[slot * 8 + 1];
    const base = slot * RECORD + 8;
    const count = P.i8[base];
    if (count >= 0)
      for (let j = base + 1; j < base + 1 + 2 * count; j += 2)
        dense[(key - 1) * T + P.i8[j]] = P.i8[j + 1] * scale;
    else for (let t = 0; t < T; t++) dense[(key - 1) * T + t] = P.i8[base + 1 + t] * scale;
  }
  const { rows: _rows, blocks: _blocks, names: _names, ...rest } = meta;
  const beam = decodeBeam ?? rest.decodeBeam;
  return encodeModel({ ...rest, prune, ...(beam ? { decodeBeam: beam } : {}) }, dense, prune, {
    clusters: loaded.clusters,
    names: loaded.names,
  });
}

export function readModelFile(path: string): LoadedWeights {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new DossierError("E_MODEL_LOAD", `${path}: ${(err as Error).message}`, { cause: err });
  }
  return decodeModel(bytes, path);
}

export function writeModelFile(path: string, bytes: Uint8Array): void {
  writeFileSync(path, bytes);
}
