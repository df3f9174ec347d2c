/**
 * Second-pass span re-typer: after the sequence tagger (and its repairs) has
 * found a span, a small averaged-perceptron classifier over the whole span and
 * its context (every word, the words around it, the head noun before it, word
 * classes, gazetteer hits, the tagger's own type) gives it a type again. The
 * tagger's type stands unless the classifier prefers another by more than a
 * margin chosen on dev, so the pass only overrides when it is confident
 * (« le parti X », « l'équipe de X », « le groupe X » → ORG where the tagger read LOC).
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DossierError } from "../errors.ts";
import { HEAD_SKIP_WORDS_EN } from "../lang/en/ner-retype.ts";
import { HEAD_SKIP_WORDS_FR } from "../lang/fr/ner-retype.ts";
import { clusterKey } from "./clusters.ts";
import { hashString, mix, mix3 } from "./hash.ts";
import { type PhraseTable, phraseKey } from "./phrases.ts";
import { B, ENTITY_TYPES, I, L, makeTag, type TagSpan, U } from "./tags.ts";
import { isAllCaps, isCapitalised, wordShapes } from "./text.ts";
import { seededRandom } from "./train.ts";

/** Number of classes (PER, ORG, LOC, MISC). */
const CLASSES = ENTITY_TYPES.length;
const MAGIC = "DOSSIER-RETYPE-1\n";

/** What the features may read besides the words: the tagger's own resources. */
export interface RetypeResources {
  gazetteer: PhraseTable<number> | null;
  clusters: Map<string, number> | null;
}

/**
 * Words skipped when looking back for the head noun before a span, from the language tables (both
 * languages: the French re-typer also trains on English news), and quote marks, brackets and commas.
 */
const FUNCTION_WORDS = new Set([...HEAD_SKIP_WORDS_FR, ...HEAD_SKIP_WORDS_EN, '"', "«", "»", "(", ",", "'"]);

/**
 * The tagger's own evidence for each type over a span: the sum, over the
 * span's tokens, of the static feature scores of that type's BILOU tags
 * (B I… L, or U for one token), from `staticScores` ([token · tags + tag]).
 *
 * @example
 * typeEvidence(scores, 17, { start: 2, end: 4, type: 1 }, out); // out[c] for PER, ORG, LOC, MISC
 */
export function typeEvidence(
  staticScores: Float32Array,
  tagCount: number,
  span: TagSpan,
  out: Float32Array,
): void {
  out.fill(0);
  const n = span.end - span.start;
  for (let c = 0; c < CLASSES; c++) {
    let sum = 0;
    for (let i = span.start; i < span.end; i++) {
      const part = n === 1 ? U : i === span.start ? B : i === span.end - 1 ? L : I;
      sum += staticScores[i * tagCount + makeTag(c, part)];
    }
    out[c] = sum;
  }
}

/** Template ids (mixed with attribute hashes). */
const F = {
  bias: 1,
  word: 2,
  first: 3,
  last: 4,
  length: 5,
  shape: 6,
  prev: 7,
  prev2: 8,
  prevPair: 9,
  next: 10,
  next2: 11,
  nextPair: 12,
  head: 13,
  lastSuffix: 14,
  firstSuffix: 15,
  cluster: 16,
  prevCluster: 17,
  nextCluster: 18,
  gazWhole: 19,
  gazInside: 20,
  caps: 21,
  acronym: 22,
  sentenceStart: 23,
  whole: 24,
  headCluster: 25,
  margin: 26,
} as const;

/**
 * Hashed features of one span: the span alone, and the context features
 * once more conjoined with the tagger's type (so the classifier learns when
 * that type is wrong). `keys` are the sentence's phraseKey forms.
 *
 * @example
 * const out: number[] = [];
 * spanFeatures(["le", "parti", "Avenir"], ["le", "parti", "avenir"], { start: 2, end: 3, type: 2 }, { gazetteer: null, clusters: null }, out);
 */
export function spanFeatures(
  words: readonly string[],
  keys: readonly string[],
  span: TagSpan,
  res: RetypeResources,
  out: number[],
  evidence: Float32Array | null = null,
): void {
  out.length = 0;
  const t = span.type + 1;
  const h = hashString;
  const add = (f: number, withType: boolean) => {
    out.push(f);
    if (withType) out.push(mix(f, t));
  };
  const { start, end } = span;
  const n = end - start;
  add(mix(F.bias, 0), true);
  let caps = 0;
  let lower = 0;
  let shape = "";
  for (let i = start; i < end; i++) {
    add(mix(F.word, h(keys[i])), false);
    if (isCapitalised(words[i])) caps++;
    else if (/\p{L}/u.test(words[i])) lower++;
    if (i - start < 4) shape += `${wordShapes(words[i]).short} `;
  }
  add(mix(F.first, h(keys[start])), true);
  add(mix(F.last, h(keys[end - 1])), true);
  add(mix(F.length, Math.min(n, 5)), true);
  add(mix(F.shape, h(shape)), true);
  add(mix3(F.caps, Math.min(caps, 4), Math.min(lower, 3)), true);
  if (n === 1 && isAllCaps(words[start]) && words[start].length > 1)
    add(mix(F.acronym, Math.min(words[start].length, 6)), true);
  if (n <= 6) add(mix(F.whole, h(keys.slice(start, end).join(" "))), false);
  const last = keys[end - 1];
  if (last.length > 3) add(mix(F.lastSuffix, h(last.slice(-3))), false);
  if (keys[start].length > 3) add(mix(F.firstSuffix, h(keys[start].slice(-3))), false);
  const p1 = start > 0 ? keys[start - 1] : "<s>";
  const p2 = start > 1 ? keys[start - 2] : "<s>";
  const n1 = end < keys.length ? keys[end] : "</s>";
  const n2 = end + 1 < keys.length ? keys[end + 1] : "</s>";
  add(mix(F.prev, h(p1)), true);
  add(mix(F.prev2, h(p2)), false);
  add(mix(F.prevPair, h(`${p2} ${p1}`)), true);
  add(mix(F.next, h(n1)), true);
  add(mix(F.next2, h(n2)), false);
  add(mix(F.nextPair, h(`${n1} ${n2}`)), false);
  add(mix(F.sentenceStart, start === 0 ? 1 : 0), true);
  // The head noun before the span, past articles and prepositions.
  let head = -1;
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    if (!FUNCTION_WORDS.has(keys[i])) {
      head = i;
      break;
    }
  }
  if (head >= 0) add(mix(F.head, h(keys[head])), true);
  if (res.clusters) {
    const c = (i: number) => res.clusters!.get(clusterKey(words[i])) ?? 0;
    const cf = c(start);
    const cl = c(end - 1);
    add(mix3(F.cluster, 1, cf >>> 16), false);
    add(mix3(F.cluster, 2, cf & 0xffff), true);
    add(mix3(F.cluster, 3, cl >>> 16), false);
    add(mix3(F.cluster, 4, cl & 0xffff), true);
    if (start > 0) add(mix(F.prevCluster, c(start - 1) & 0xffff), false);
    if (end < keys.length) add(mix(F.nextCluster, c(end) & 0xffff), false);
    if (head >= 0) add(mix(F.headCluster, c(head) & 0xffff), true);
  }
  if (evidence) {
    // How far the tagger's type leads the runner-up on the tagger's own static scores.
    let runner = -1;
    for (let c = 0; c < CLASSES; c++)
      if (c !== span.type && (runner < 0 || evidence[c] > evidence[runner])) runner = c;
    const gap = evidence[span.type] - evidence[runner];
    // Relative to the scores' size, so taggers of other scales (fold taggers, the shipped one) compare.
    const size = Math.abs(evidence[span.type]) + Math.abs(evidence[runner]);
    const ratio = size > 0 ? gap / size : 0;
    add(mix3(F.margin, runner, Math.round(ratio * 5)), true);
  }
  if (res.gazetteer) {
    const g = res.gazetteer;
    for (let i = start; i < end; i++) {
      if (!g.hasFirst(keys[i])) continue;
      for (const m of g.matchesAt(keys, i)) {
        if (i === start && m.length === n) add(mix(F.gazWhole, m.value), true);
        else if (i + m.length <= end) add(mix(F.gazInside, m.value), false);
      }
    }
  }
}

/**
 * A trained re-typer: dense hashed weights (bucket · 4 + class) and the
 * margin by which it must beat the tagger's type to override it.
 */
export class Retyper {
  readonly lang: string;
  readonly bits: number;
  readonly weights: Float32Array;
  margin: number;
  private readonly feats: number[] = [];
  private readonly scores = new Float32Array(CLASSES);

  /** Whether the model was trained with the tagger's evidence features (typeEvidence). */
  readonly evidence: boolean;

  constructor(lang: string, bits: number, weights: Float32Array, margin: number, evidence = false) {
    this.lang = lang;
    this.evidence = evidence;
    this.bits = bits;
    this.weights = weights;
    this.margin = margin;
  }

  private readonly typeScores = new Float32Array(CLASSES);

  /** Class scores of a span (into a shared buffer); `staticScores` as for typeEvidence. */
  score(
    words: readonly string[],
    keys: readonly string[],
    span: TagSpan,
    res: RetypeResources,
    staticScores: Float32Array | null = null,
    tagCount = 0,
  ): Float32Array {
    const evidence = this.evidence && staticScores && staticScores.length > 0 ? this.typeScores : null;
    if (evidence) typeEvidence(staticScores!, tagCount, span, evidence);
    spanFeatures(words, keys, span, res, this.feats, evidence);
    scoreInto(this.weights, this.bits, this.feats, this.scores);
    return this.scores;
  }

  /**
   * The spans of a document with their types given again: a span changes type
   * only when the classifier's best type beats the tagger's by more than `margin`.
   *
   * @example
   * retyper.apply([["le", "groupe", "Nuit", "Bleue"]], [[{ start: 2, end: 4, type: 2 }]], res); // type 1 (ORG) when confident
   */
  apply(
    sentences: readonly (readonly string[])[],
    spans: TagSpan[][],
    res: RetypeResources,
    staticScores: readonly Float32Array[] = [],
    tagCount = 0,
  ): TagSpan[][] {
    return spans.map((list, s) => {
      if (list.length === 0) return list;
      const words = sentences[s];
      const keys = words.map(phraseKey);
      return list.map((sp) => {
        const sc = this.score(words, keys, sp, res, staticScores[s] ?? null, tagCount);
        let best = sp.type;
        for (let c = 0; c < CLASSES; c++) if (sc[c] > sc[best]) best = c;
        return best !== sp.type && sc[best] - sc[sp.type] > this.margin
          ? { start: sp.start, end: sp.end, type: best }
          : sp;
      });
    });
  }
}

function scoreInto(weights: Float32Array, bits: number, feats: readonly number[], out: Float32Array): void {
  const mask = (1 << bits) - 1;
  out.fill(0);
  for (const f of feats) {
    const base = (f & mask) * CLASSES;
    for (let c = 0; c < CLASSES; c++) out[c] += weights[base + c];
  }
}

/** One training example: a span found by the tagger, its gold type, its features. */
export interface RetypeExample {
  feats: Int32Array;
  gold: number;
}

/**
 * Trains the re-typer (multiclass averaged perceptron, seeded shuffles) and
 * returns the averaged weights; `log` gets the training accuracy per epoch.
 *
 * @example
 * const weights = trainRetyper(examples, { epochs: 5, seed: 1, bits: 18 });
 */
export function trainRetyper(
  examples: readonly RetypeExample[],
  o: { epochs: number; seed: number; bits: number; log?: (line: string) => void },
): Float32Array {
  const size = (1 << o.bits) * CLASSES;
  const mask = (1 << o.bits) - 1;
  const w = new Float32Array(size);
  const sums = new Float64Array(size);
  const order = examples.map((_, i) => i);
  const random = seededRandom(o.seed);
  const scores = new Float32Array(CLASSES);
  let step = 1;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let right = 0;
    for (const k of order) {
      const ex = examples[k];
      scores.fill(0);
      for (const f of ex.feats) {
        const base = (f & mask) * CLASSES;
        for (let c = 0; c < CLASSES; c++) scores[c] += w[base + c];
      }
      let best = 0;
      for (let c = 1; c < CLASSES; c++) if (scores[c] > scores[best]) best = c;
      if (best === ex.gold) right++;
      else {
        for (const f of ex.feats) {
          const base = (f & mask) * CLASSES;
          w[base + ex.gold] += 1;
          sums[base + ex.gold] += step;
          w[base + best] -= 1;
          sums[base + best] -= step;
        }
      }
      step++;
    }
    o.log?.(`epoch ${epoch}: training accuracy ${((100 * right) / Math.max(1, order.length)).toFixed(2)}%`);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) if (w[i] !== 0 || sums[i] !== 0) avg[i] = w[i] - sums[i] / step;
  return avg;
}

/**
 * Model file: a header line of JSON (lang, bits, margin, scale, rows, and
 * whatever the trainer records), then deflated rows [bucket: uint32 × rows]
 * [int16 weights × 4 × rows]; rows whose largest weight rounds to 0 are left out.
 *
 * @example
 * const bytes = encodeRetyper({ lang: "fr", margin: 1 }, weights, 18);
 */
export function encodeRetyper(
  header: Record<string, unknown>,
  weights: Float32Array,
  bits: number,
): Uint8Array {
  let max = 0;
  for (const x of weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const buckets: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < 1 << bits; b++) {
    const row = [0, 0, 0, 0].map((_, c) => Math.round(weights[b * CLASSES + c] / scale));
    if (row.every((v) => v === 0)) continue;
    buckets.push(b);
    values.push(...row);
  }
  const body = new Uint8Array(buckets.length * (4 + 2 * CLASSES));
  new Uint32Array(body.buffer, 0, buckets.length).set(buckets);
  new Int16Array(body.buffer, buckets.length * 4, values.length).set(values);
  const head = new TextEncoder().encode(
    `${MAGIC}${JSON.stringify({ ...header, bits, scale, rows: buckets.length })}\n`,
  );
  const packed = deflateRawSync(body, { level: 9 });
  const out = new Uint8Array(head.length + packed.length);
  out.set(head, 0);
  out.set(packed, head.length);
  return out;
}

/** Reads a re-typer file (see encodeRetyper). */
export function decodeRetyper(bytes: Uint8Array, name = "re-typer"): Retyper {
  const text = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (!text.startsWith(MAGIC)) throw new DossierError("E_MODEL_FORMAT", `${name}: not a NER re-typer file`);
  const eol = text.indexOf("\n", MAGIC.length);
  const headerText = text.slice(MAGIC.length, eol);
  const header = JSON.parse(headerText) as {
    lang: string;
    bits: number;
    scale: number;
    rows: number;
    margin: number;
    evidence?: boolean;
  };
  const headBytes = new TextEncoder().encode(`${MAGIC}${headerText}\n`).length;
  const body = inflateRawSync(bytes.subarray(headBytes));
  const rows = header.rows;
  const buckets = new Uint32Array(body.buffer.slice(body.byteOffset, body.byteOffset + rows * 4));
  const values = new Int16Array(
    body.buffer.slice(body.byteOffset + rows * 4, body.byteOffset + rows * 4 + rows * 2 * CLASSES),
  );
  const weights = new Float32Array((1 << header.bits) * CLASSES);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < CLASSES; c++)
      weights[buckets[r] * CLASSES + c] = values[r * CLASSES + c] * header.scale;
  return new Retyper(header.lang, header.bits, weights, header.margin, header.evidence === true);
}
