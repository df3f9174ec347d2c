import { hashString, mix, mix3 } from "./hash.ts";
import type { PhraseTable } from "./phrases.ts";
import { digitsToZero, isAllCaps, isCapitalised, normalizeWord, wordShapes } from "./text.ts";

/**
 * Feature extraction for the NER tagger. Each token's attributes (word, lower
 * case, shapes, affixes, gazetteer marks, cluster) are hashed once; feature
 * ids are template × attribute mixes, so no feature strings are built.
 */

/** Gazetteer types; a phrase may carry several (Washington: PER and LOC). */
export const GAZ_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;

/** Resources shared by training and tagging; a model must be used with the ones it was trained with. */
export interface FeatureResources {
  /** Phrase → bit mask of GAZ_TYPES. */
  gazetteer: PhraseTable<number> | null;
  /** Cluster key (lower case, digits as 0) → coarse << 16 | fine class (see clusters.ts). */
  clusters: Map<string, number> | null;
  /**
   * Non-local features (Ratinov & Roth 2009): the neighbours of the same word
   * elsewhere in the document (context aggregation) and the distribution of
   * types given to it earlier (extended prediction history). Off for models
   * trained before them.
   */
  nonLocal?: boolean;
}

export const NO_RESOURCES: FeatureResources = { gazetteer: null, clusters: null };

// Template ids (stable: changing them invalidates trained models).
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  lowerM1: 4,
  lowerP1: 5,
  lowerM2: 6,
  lowerP2: 7,
  bigramM: 8,
  bigramP: 9,
  shape: 10,
  shapeM1: 11,
  shapeP1: 12,
  shapeBiM: 13,
  shapeBiP: 14,
  prefix: 15,
  suffix: 20,
  longShape: 25,
  initial: 26,
  capsSentence: 27,
  gaz: 28,
  gazM1: 29,
  gazP1: 30,
  lowerM1Shape: 31,
  shapeLowerP1: 32,
  seenLower: 33,
  seenCapMid: 34,
  length: 35,
  skip: 36,
  cluster: 37,
  clusterM1: 42,
  clusterP1: 43,
  shapeM2: 44,
  shapeP2: 45,
  // dynamic
  prevTag: 60,
  prevTags: 61,
  prevTagLower: 62,
  prevTagShape: 63,
  history: 64,
  historyShape: 65,
  prevTagM2Lower: 66,
  // non-local
  aggLeft: 70,
  aggRight: 71,
  aggCount: 72,
  historyDist: 73,
  historyMajority: 74,
  historySeen: 75,
} as const;

const BOS = hashString("<s>");
const EOS = hashString("</s>");

/** What the features need of a word, computed once per distinct spelling (spaCy's lexemes). */
export interface Lexeme {
  /** Normalised lower-case form. */
  lower: string;
  /** Lower case with digits as 0 (the cluster key). */
  lowerZero: string;
  capitalised: boolean;
  wordHash: number;
  lowerHash: number;
  shapeHash: number;
  longShapeHash: number;
  prefixes: Int32Array;
  suffixes: Int32Array;
  /** Memo of `sentenceFeatures`: the cluster of `lowerZero` in `clusterTable` (a lookup in a large map saved). */
  clusterTable: Map<string, number> | null;
  cluster: number;
  /**
   * Memo of the tagger (model.ts `staticScore`): the summed scores of the features of the word alone
   * under the weights `scoreModel`, kept here rather than in a map keyed by the word.
   */
  scoreModel: object | null;
  ownScores: Float32Array | null;
  /** Memo of `sentenceFeatures`: whether a phrase of `gazetteerTable` starts with `lower`. */
  gazetteerTable: object | null;
  gazetteerFirst: boolean;
}

const lexemes = new Map<string, Lexeme>();

function lexeme(raw: string): Lexeme {
  let lx = lexemes.get(raw);
  if (lx) return lx;
  const w = normalizeWord(raw);
  const l = w.toLowerCase();
  const lz = digitsToZero(l);
  const shapes = wordShapes(w);
  const prefixes = new Int32Array(4);
  const suffixes = new Int32Array(4);
  for (let k = 0; k < 4 && k < l.length; k++) {
    prefixes[k] = hashString(l.slice(0, k + 1));
    suffixes[k] = hashString(l.slice(l.length - k - 1));
  }
  lx = {
    lower: l,
    lowerZero: lz,
    capitalised: isCapitalised(w),
    wordHash: hashString(digitsToZero(w)),
    lowerHash: hashString(lz),
    shapeHash: hashString(shapes.short),
    longShapeHash: hashString(shapes.long),
    prefixes,
    suffixes,
    clusterTable: null,
    cluster: -1,
    scoreModel: null,
    ownScores: null,
    gazetteerTable: null,
    gazetteerFirst: false,
  };
  // Bounded: a long-running process sees an open vocabulary.
  if (lexemes.size > 500_000) lexemes.clear();
  lexemes.set(raw, lx);
  return lx;
}

/**
 * The phrase keys of words (`phraseKey`: normalised, lower case), read from the words' cached lexemes:
 * the words the tagger just read cost one map lookup each.
 *
 * @example
 * wordKeys(["L’Armée", "Rouge"]); // ["l'armée", "rouge"]
 */
export function wordKeys(words: readonly string[]): string[] {
  const keys = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) keys[i] = lexeme(words[i]).lower;
  return keys;
}

/** Per-document facts used by document-level features. */
export interface DocumentInfo {
  /** Lower-case forms seen written in lower case somewhere in the document. */
  seenLower: Set<string>;
  /** Lower-case forms seen capitalised away from a sentence start, outside all-caps lines. */
  seenCapMid: Set<string>;
  /**
   * Capitalised words → lower-case hashes of the words before and after each of
   * their occurrences in the document (context aggregation), when asked for.
   */
  contexts?: Map<string, { left: number[]; right: number[]; count: number }>;
  /** Per sentence (its words array): the lexemes and whether it is a capitals line, computed once. */
  sentences?: Map<readonly string[], { lexemes: Lexeme[]; caps: boolean }>;
}

/**
 * Collects the document-level facts from all sentences of a document.
 *
 * @example
 * documentInfo([["The", "EU", "said"], ["eu", "rules"]]).seenLower.has("eu"); // true
 */
export function documentInfo(sentences: readonly (readonly string[])[], nonLocal = false): DocumentInfo {
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  const contexts = nonLocal
    ? new Map<string, { left: number[]; right: number[]; count: number }>()
    : undefined;
  const known = new Map<readonly string[], { lexemes: Lexeme[]; caps: boolean }>();
  for (const words of sentences) {
    const caps = sentenceIsCaps(words);
    const lxs = words.map(lexeme);
    known.set(words, { lexemes: lxs, caps });
    for (let i = 0; i < words.length; i++) {
      const lx = lxs[i];
      if (!lx.capitalised && normalizeWord(words[i]) === lx.lower) seenLower.add(lx.lower);
      else if (i > 0 && !caps && lx.capitalised) seenCapMid.add(lx.lower);
      if (contexts && lx.capitalised) {
        let c = contexts.get(lx.lower);
        if (!c) {
          c = { left: [], right: [], count: 0 };
          contexts.set(lx.lower, c);
        }
        c.count++;
        const left = i > 0 ? lxs[i - 1].lowerHash : BOS;
        const right = i + 1 < words.length ? lxs[i + 1].lowerHash : EOS;
        if (c.left.length < MAX_CONTEXTS && !c.left.includes(left)) c.left.push(left);
        if (c.right.length < MAX_CONTEXTS && !c.right.includes(right)) c.right.push(right);
      }
    }
  }
  return { seenLower, seenCapMid, contexts, sentences: known };
}

/** Distinct neighbours kept per side for context aggregation. */
const MAX_CONTEXTS = 8;

/** A line written mostly in capitals (news headlines, datelines). */
export function sentenceIsCaps(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    letters++;
    if (isAllCaps(w)) caps++;
  }
  return letters >= 2 && caps / letters > 0.7;
}

/** Hashed attributes of a sentence's tokens plus its static feature ids. */
export interface SentenceFeatures {
  n: number;
  lower: Int32Array;
  shape: Int32Array;
  /** Normalised lower-case forms (for the document history). */
  lowerForms: string[];
  /** Static feature hashes, token i's at [offsets[i], offsets[i+1]). */
  feats: Int32Array;
  offsets: Int32Array;
  /** Token i's features in [offsets[i], lexemeEnd[i]) depend on the word alone (and the resources). */
  lexemeEnd: Int32Array;
  /** The words as given. */
  words: readonly string[];
  /** The words' lexemes (they hold the per-word score cache). */
  lexemes: readonly Lexeme[];
  style: number;
}

/** Bit mask of gazetteer (type, part) marks per token: bit 4·type + part (B, I, L, U). */
export function gazetteerMarks(
  lowerForms: readonly string[],
  gazetteer: PhraseTable<number>,
  /** Per token, whether a phrase starts with it, when the caller knows (saves a map lookup per token). */
  firsts?: Uint8Array,
): Int32Array {
  const marks = new Int32Array(lowerForms.length);
  for (let i = 0; i < lowerForms.length; i++) {
    if (firsts ? firsts[i] === 0 : !gazetteer.hasFirst(lowerForms[i])) continue;
    for (const m of gazetteer.matchesAt(lowerForms, i)) {
      for (let t = 0; t < GAZ_TYPES.length; t++) {
        if (!(m.value & (1 << t))) continue;
        if (m.length === 1) marks[i] |= 1 << (4 * t + 3);
        else {
          marks[i] |= 1 << (4 * t);
          for (let k = i + 1; k < i + m.length - 1; k++) marks[k] |= 1 << (4 * t + 1);
          marks[i + m.length - 1] |= 1 << (4 * t + 2);
        }
      }
    }
  }
  return marks;
}

/**
 * Static features of every token of a sentence.
 *
 * @example
 * const f = sentenceFeatures(["Vladimir", "Poutine", "a", "parlé"], documentInfo([]), NO_RESOURCES);
 * f.offsets[1] - f.offsets[0]; // features of token 0
 */
export function sentenceFeatures(
  words: readonly string[],
  info: DocumentInfo,
  res: FeatureResources,
  style = 0,
  /** Reuse buffers: the result is only valid until the next transient call (tagging, one sentence at a time). */
  transient = false,
): SentenceFeatures {
  const n = words.length;
  const perToken = style ? 128 : 64;
  const buffers = transient ? transientBuffers(n, n * perToken) : null;
  const known = info.sentences?.get(words);
  const lxs = known ? known.lexemes : new Array<Lexeme>(n);
  const lower = buffers ? buffers.lower.subarray(0, n) : new Int32Array(n);
  const shape = buffers ? buffers.shape.subarray(0, n) : new Int32Array(n);
  const cluster = buffers ? buffers.cluster : new Int32Array(n);
  const lowerForms = new Array<string>(n);
  const flags = buffers ? buffers.flags : new Uint8Array(n);
  const gazetteer = res.gazetteer;
  const firsts = gazetteer ? new Uint8Array(n) : null;
  let anyFirst = false;
  for (let i = 0; i < n; i++) {
    const lx = known ? lxs[i] : lexeme(words[i]);
    const l = lx.lower;
    lowerForms[i] = l;
    lxs[i] = lx;
    lower[i] = lx.lowerHash;
    shape[i] = lx.shapeHash;
    let f = 0;
    if (lx.capitalised) f |= 1;
    if (info.seenLower.has(l)) f |= 2;
    if (info.seenCapMid.has(l)) f |= 4;
    flags[i] = f;
    if (res.clusters) {
      if (lx.clusterTable !== res.clusters) {
        lx.cluster = res.clusters.get(lx.lowerZero) ?? -1;
        lx.clusterTable = res.clusters;
      }
      cluster[i] = lx.cluster;
    }
    if (gazetteer && firsts) {
      if (lx.gazetteerTable !== gazetteer) {
        lx.gazetteerFirst = gazetteer.hasFirst(l);
        lx.gazetteerTable = gazetteer;
      }
      if (lx.gazetteerFirst) {
        firsts[i] = 1;
        anyFirst = true;
      }
    }
  }
  // No phrase starts in the sentence: no marks (the common case, without a scan).
  const gaz = gazetteer
    ? anyFirst
      ? gazetteerMarks(lowerForms, gazetteer, firsts ?? undefined)
      : new Int32Array(n)
    : null;
  const caps = (known ? known.caps : sentenceIsCaps(words)) ? 1 : 0;

  const feats = buffers ? buffers.feats : new FeatureBuffer(n * perToken);
  feats.length = 0;
  const offsets = buffers ? buffers.offsets : new Int32Array(n + 1);
  const lexemeEnd = buffers ? buffers.lexemeEnd : new Int32Array(n);
  const at = (arr: Int32Array, i: number) => (i < 0 ? BOS : i >= n ? EOS : arr[i]);
  for (let i = 0; i < n; i++) {
    offsets[i] = feats.length;
    const sh = shape[i];
    const lx = lxs[i];
    const prefixes = lx.prefixes;
    const suffixes = lx.suffixes;
    // First the features of the word alone (their sum is cached per word at
    // tagging, see lexemeEnd), then those of its context.
    feats.add(T.bias);
    feats.add(mix(T.word, lx.wordHash));
    feats.add(mix(T.lower, lower[i]));
    feats.add(mix(T.shape, sh));
    feats.add(mix(T.longShape, lx.longShapeHash));
    feats.add(mix(T.length, Math.min(words[i].length, 12)));
    for (let k = 0; k < 4; k++) {
      if (prefixes[k]) feats.add(mix(T.prefix + k, prefixes[k]));
      if (suffixes[k]) feats.add(mix(T.suffix + k, suffixes[k]));
    }
    const c = cluster[i];
    if (res.clusters) {
      feats.add(mix(T.cluster, c));
      feats.add(mix(T.cluster + 1, c >> 16));
      feats.add(mix3(T.cluster + 2, c, sh));
    }
    lexemeEnd[i] = feats.length;
    feats.add(mix(T.lowerM1, at(lower, i - 1)));
    feats.add(mix(T.lowerP1, at(lower, i + 1)));
    feats.add(mix(T.lowerM2, at(lower, i - 2)));
    feats.add(mix(T.lowerP2, at(lower, i + 2)));
    feats.add(mix3(T.bigramM, at(lower, i - 1), lower[i]));
    feats.add(mix3(T.bigramP, lower[i], at(lower, i + 1)));
    feats.add(mix(T.shapeM1, at(shape, i - 1)));
    feats.add(mix(T.shapeP1, at(shape, i + 1)));
    feats.add(mix(T.shapeM2, at(shape, i - 2)));
    feats.add(mix(T.shapeP2, at(shape, i + 2)));
    feats.add(mix3(T.shapeBiM, at(shape, i - 1), sh));
    feats.add(mix3(T.shapeBiP, sh, at(shape, i + 1)));
    feats.add(mix3(T.initial, i === 0 ? 1 : i === 1 ? 2 : 3, sh));
    feats.add(mix3(T.capsSentence, caps, sh));
    feats.add(mix3(T.lowerM1Shape, at(lower, i - 1), sh));
    feats.add(mix3(T.shapeLowerP1, sh, at(lower, i + 1)));
    feats.add(mix3(T.seenLower, (flags[i] & 2) | (i === 0 ? 8 : 0) | (caps * 16), sh));
    feats.add(mix3(T.seenCapMid, (flags[i] & 4) | (i === 0 ? 8 : 0) | (caps * 16), sh));
    feats.add(mix3(T.skip, at(lower, i - 1), at(lower, i + 1)));
    if (gaz) {
      if (gaz[i]) {
        feats.add(mix(T.gaz, gaz[i]));
        feats.add(mix3(T.gaz, gaz[i], sh));
      }
      feats.add(mix(T.gazM1, i > 0 ? gaz[i - 1] : -1));
      feats.add(mix(T.gazP1, i + 1 < n ? gaz[i + 1] : -1));
    }
    const ctx = info.contexts && flags[i] & 1 ? info.contexts.get(lowerForms[i]) : undefined;
    if (ctx && ctx.count > 1) {
      // The neighbours of the word's other occurrences (its own are already features).
      const ownLeft = at(lower, i - 1);
      const ownRight = at(lower, i + 1);
      for (const h of ctx.left) if (h !== ownLeft) feats.add(mix(T.aggLeft, h));
      for (const h of ctx.right) if (h !== ownRight) feats.add(mix(T.aggRight, h));
      feats.add(mix3(T.aggCount, Math.min(ctx.count, 4), sh));
    }
    if (res.clusters) {
      const coarse = c >> 16;
      feats.add(mix3(T.cluster + 3, coarse, at(shape, i - 1)));
      feats.add(mix(T.clusterM1, at(cluster, i - 1)));
      feats.add(mix(T.clusterP1, at(cluster, i + 1)));
      feats.add(mix3(T.clusterM1, at(cluster, i - 1), c));
      feats.add(mix3(T.clusterP1, c, at(cluster, i + 1)));
    }
    // Annotation style (frustratingly easy domain adaptation, Daumé 2007):
    // a copy of every feature specific to the style, so HIPE's conventions
    // (titles inside PER spans) do not leak into the news style.
    if (style)
      for (let k = offsets[i], end = feats.length; k < end; k++)
        feats.add(mix(feats.data[k], STYLE_SALT + style));
  }
  offsets[n] = feats.length;
  return {
    n,
    words,
    lexemes: lxs,
    lower,
    shape,
    lowerForms,
    feats: feats.take(),
    offsets: buffers ? offsets.subarray(0, n + 1) : offsets,
    lexemeEnd: buffers ? lexemeEnd.subarray(0, n) : lexemeEnd,
    style,
  };
}

/** Buffers of `sentenceFeatures(…, transient = true)`, reused from one sentence to the next. */
let transientScratch: {
  lower: Int32Array;
  shape: Int32Array;
  cluster: Int32Array;
  flags: Uint8Array;
  offsets: Int32Array;
  lexemeEnd: Int32Array;
  feats: FeatureBuffer;
} | null = null;

function transientBuffers(n: number, featureCapacity: number) {
  let b = transientScratch;
  if (!b || b.lower.length < n + 1) {
    const size = Math.max(64, (n + 1) * 2);
    b = {
      lower: new Int32Array(size),
      shape: new Int32Array(size),
      cluster: new Int32Array(size),
      flags: new Uint8Array(size),
      offsets: new Int32Array(size),
      lexemeEnd: new Int32Array(size),
      feats: b ? b.feats : new FeatureBuffer(featureCapacity),
    };
    transientScratch = b;
  }
  if (b.feats.data.length < featureCapacity) b.feats = new FeatureBuffer(featureCapacity * 2);
  return b;
}

/** A growable Int32 buffer with an array-like `push`. */
class FeatureBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) this.grow(values.length);
    for (let i = 0; i < values.length; i++) this.data[this.length++] = values[i];
  }
  /** One value, without the rest-array of `push`. */
  add(v: number): void {
    if (this.length === this.data.length) this.grow(1);
    this.data[this.length++] = v;
  }
  private grow(extra: number): void {
    const bigger = new Int32Array((this.data.length + extra) * 2);
    bigger.set(this.data);
    this.data = bigger;
  }
  take(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Tag-dependent features of token i given the two previous tags and the
 * document history (the last entity tag given to the same word, or -1).
 */
export function dynamicFeatures(
  s: SentenceFeatures,
  i: number,
  prev: number,
  prev2: number,
  history: number,
  out: Int32Array,
  style = 0,
): number {
  // Order matters to the beam decoder: first those of the token and previous
  // tag, then the history pair (the same for every hypothesis), then the two
  // that depend on tags only (scored from a table, see tagTransitionFeatures).
  tokenDynamicFeatures(s, i, prev, out);
  historyPairFeatures(s, i, history, out, 3);
  out[5] = mix(T.prevTag, prev);
  out[6] = mix3(T.prevTags, prev2, prev);
  if (!style) return 7;
  for (let k = 0; k < 7; k++) out[7 + k] = mix(out[k], STYLE_SALT + style);
  return 14;
}

/** Of dynamicFeatures' output (news style): [0, TOKEN_DYNAMIC) per hypothesis, then the history pair. */
export const TOKEN_DYNAMIC = 3;

/** The first TOKEN_DYNAMIC features of dynamicFeatures (those of the token and the previous tag) into out[0, 3). */
export function tokenDynamicFeatures(s: SentenceFeatures, i: number, prev: number, out: Int32Array): void {
  out[0] = mix3(T.prevTagLower, prev, s.lower[i]);
  out[1] = mix3(T.prevTagShape, prev, s.shape[i]);
  out[2] = mix3(T.prevTagM2Lower, prev, i > 0 ? s.lower[i - 1] : BOS);
}

/** The history pair of dynamicFeatures (the same for every hypothesis of a token) into out[at, at + 2). */
export function historyPairFeatures(
  s: SentenceFeatures,
  i: number,
  history: number,
  out: Int32Array,
  at: number,
): void {
  out[at] = mix(T.history, history);
  out[at + 1] = mix3(T.historyShape, history, s.shape[i]);
}

/**
 * The two features of dynamicFeatures that depend on the previous tags only,
 * so a decoder can score them once per model: [prevTag, prevTags].
 */
export function tagTransitionFeatures(prev: number, prev2: number, out: Int32Array): void {
  out[0] = mix(T.prevTag, prev);
  out[1] = mix3(T.prevTags, prev2, prev);
}

/**
 * Extended prediction history (Ratinov & Roth 2009): which types, in which
 * shares, the tagger gave the same word earlier in the document. `counts` holds
 * [O while capitalised, PER, ORG, LOC, MISC]. The same for every hypothesis of
 * a token, so it is scored once per token.
 */
export function historyFeatures(counts: Int32Array | undefined, shape: number, out: Int32Array): number {
  if (!counts) return 0;
  let total = 0;
  let best = 0;
  for (let t = 0; t < 5; t++) {
    total += counts[t];
    if (counts[t] > counts[best]) best = t;
  }
  if (total === 0) return 0;
  let n = 0;
  for (let t = 0; t < 5; t++) {
    if (!counts[t]) continue;
    const share = counts[t] / total;
    out[n++] = mix(T.historyDist, t * 4 + (share < 0.34 ? 1 : share < 0.67 ? 2 : 3));
  }
  out[n++] = mix3(T.historyMajority, best, shape);
  out[n++] = mix3(T.historySeen, Math.min(total, 4), best);
  return n;
}

export const MAX_DYNAMIC = 32;
const STYLE_SALT = 0x51e5;

/**
 * Annotation styles a model can follow: `news` (CoNLL-2003 and WikiNEuRal:
 * names only) and `hipe` (HIPE historical newspapers: titles and functions
 * inside person spans, OCR text).
 */
export const STYLES: Record<string, number> = { news: 0, hipe: 1 };
