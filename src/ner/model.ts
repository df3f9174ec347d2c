import { readFileSync, writeFileSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DossierError } from "../errors.ts";
import { decodeClusters, encodeClusters } from "./clusters.ts";
import {
  type DocumentInfo,
  documentInfo,
  dynamicFeatures,
  type FeatureResources,
  MAX_DYNAMIC,
  type SentenceFeatures,
  sentenceFeatures,
} from "./features.ts";
import { decodeGazetteer, encodeGazetteer, type GazetteerEntry } from "./gazetteer.ts";
import { allowedAfter, TAG_COUNT, TAG_NAMES, tagType } from "./tags.ts";

/**
 * Weights of a hashed linear tagger: feature hash → bucket (low `bits` bits)
 * → row of `tagCount` weights. Training uses a dense table (`rowOf` null);
 * loaded models keep only the rows that matter (`rowOf[bucket]` = row + 1).
 */
export interface WeightView {
  bits: number;
  tagCount: number;
  rowOf: Int32Array | null;
  weights: Float32Array;
  /**
   * Loaded models score from the int8 rows directly (a quarter of the memory,
   * so far fewer cache misses): weight = quantised[row·T + t] · scales[row].
   */
  quantised?: Int8Array;
  scales?: Float32Array;
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
  clusters: boolean;
  /** Whether names from the training data extend the gazetteer. */
  names?: boolean;
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
}

export const MODEL_VERSION = 3;
const MAGIC = 0x52454e44; // "DNER"

/** Row of a bucket in an open-addressing [bucket + 1, row] table, or -1. */
function findRow(table: Int32Array, bucket: number): number {
  const slots = table.length >> 1;
  let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & (slots - 1);
  for (;;) {
    const key = table[slot << 1];
    if (key === bucket + 1) return table[(slot << 1) + 1];
    if (key === 0) return -1;
    slot = (slot + 1) & (slots - 1);
  }
}

/** Builds the open-addressing table for rows whose buckets are given in order. */
function buildRowTable(buckets: Uint32Array): Int32Array {
  let slots = 1024;
  while (slots < buckets.length * 2) slots <<= 1;
  const table = new Int32Array(slots * 2);
  for (let r = 0; r < buckets.length; r++) {
    const bucket = buckets[r];
    let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & (slots - 1);
    while (table[slot << 1] !== 0) slot = (slot + 1) & (slots - 1);
    table[slot << 1] = bucket + 1;
    table[(slot << 1) + 1] = r;
  }
  return table;
}

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
  const rowOf = w.rowOf;
  const Q = w.quantised;
  const end = to + nDyn;
  if (rowOf && Q && w.scales) {
    const S = w.scales;
    for (let k = from; k < end; k++) {
      const h = k < to ? feats[k] : dyn[k - to];
      const row = findRow(rowOf, h & mask);
      if (row < 0) continue;
      const base = row * T;
      const scale = S[row];
      for (let t = 0; t < T; t++) scores[t] += Q[base + t] * scale;
    }
    return;
  }
  const W = w.weights;
  for (let k = from; k < end; k++) {
    const h = k < to ? feats[k] : dyn[k - to];
    const bucket = h & mask;
    const row = rowOf ? findRow(rowOf, bucket) : bucket;
    if (row < 0) continue;
    const base = row * T;
    for (let t = 0; t < T; t++) scores[t] += W[base + t];
  }
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
  const info: DocumentInfo | null = opts.features ? null : documentInfo(sentences);
  const style = opts.style ?? 0;
  const history = new Map<string, number>();
  const scores = new Float32Array(w.tagCount);
  const dyn = new Int32Array(MAX_DYNAMIC);
  const out: Uint8Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sf = opts.features ? opts.features[s] : sentenceFeatures(sentences[s], info!, res, style);
    const tags = new Uint8Array(sf.n);
    const gold = opts.gold?.[s];
    let prev = 0;
    let prev2 = 0;
    const beam = opts.learner ? 1 : (opts.beam ?? 1);
    if (beam > 1 && sf.n > 0) tags.set(beamSentence(sf, w, history, beam, style, dyn));
    for (let i = beam > 1 ? sf.n : 0; i < sf.n; i++) {
      const seen = history.get(sf.lowerForms[i]);
      const nDyn = dynamicFeatures(sf, i, prev, prev2, seen === undefined ? -2 : seen, dyn, style);
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
        if (best !== gold[i])
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
      if (type >= 0 || (word.length > 1 && word[0] !== word[0].toLowerCase()))
        history.set(sf.lowerForms[i], type);
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

function beamSentence(
  sf: SentenceFeatures,
  w: WeightView,
  history: Map<string, number>,
  width: number,
  style: number,
  dyn: Int32Array,
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
  for (let i = 0; i < n; i++) {
    score(w, sf.feats, sf.offsets[i], sf.offsets[i + 1], dyn, 0, base);
    const seen = history.get(sf.lowerForms[i]);
    let filled = 0;
    for (let b = 0; b < live; b++) {
      const prev = i > 0 ? tagAt[(i - 1) * width + b] : 0;
      const prev2 = i > 1 ? tagAt[(i - 2) * width + parentAt[(i - 1) * width + b]] : 0;
      const nDyn = dynamicFeatures(sf, i, prev, prev2, seen === undefined ? -2 : seen, dyn, style);
      score(w, sf.feats, 0, 0, dyn, nDyn, extra);
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
  const info = documentInfo(sentences);
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
  const quantised = new Int8Array(rows * T);
  quantised.set(q);
  const rowScales = new Float32Array(rows);
  let bucket = 0;
  for (let r = 0; r < rows; r++) {
    bucket += ids[r];
    buckets[r] = bucket;
    const s = scales[r];
    rowScales[r] = s;
  }
  const rowOf = buildRowTable(buckets);
  const weights = new Float32Array(0);
  return {
    meta,
    weights: { bits: meta.bits, tagCount: T, rowOf, weights, quantised, scales: rowScales },
    clusters,
    names,
  };
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
