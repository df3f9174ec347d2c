/**
 * Averaged perceptron over hashed features.
 *
 * Training keeps dense tables (`2^bits` buckets × classes) with the
 * "w − u/c" averaging trick; inference keeps only the non-zero weights in an
 * open-addressing table keyed by bucket, so a model loads small and scores a
 * feature with one probe and a few additions.
 */

import { DossierError } from "../errors.ts";

/** Serialised form of a sparse linear model (typed arrays go to the model file). */
export interface SparseArrays {
  rowBucket: Int32Array;
  rowCount: Uint8Array;
  cls: Uint8Array;
  vals: Int16Array;
}

export interface SparseMeta {
  bits: number;
  nClasses: number;
  scale: number;
}

/**
 * Dense averaged-perceptron weights used while training.
 *
 * @example
 * const t = new PerceptronTrainer(18, 3);
 * t.add(Int32Array.of(feat1(0, 42)), 1, 2, 1); t.tick();
 */
export class PerceptronTrainer {
  readonly bits: number;
  readonly nClasses: number;
  readonly shift: number;
  readonly weights: Float32Array;
  readonly sums: Float32Array;
  /** Number of examples seen (the averaging clock). */
  clock = 1;

  constructor(bits: number, nClasses: number) {
    this.bits = bits;
    this.nClasses = nClasses;
    this.shift = 32 - bits;
    this.weights = new Float32Array((1 << bits) * nClasses);
    this.sums = new Float32Array((1 << bits) * nClasses);
  }

  /** Adds the feature weights to `out` (length nClasses, not cleared). */
  score(features: Int32Array, n: number, out: Float32Array): void {
    const w = this.weights;
    const k = this.nClasses;
    for (let i = 0; i < n; i++) {
      const row = (features[i] >>> this.shift) * k;
      for (let c = 0; c < k; c++) out[c] += w[row + c];
    }
  }

  /** Adds `delta` to the weight of class `cls` for every feature. */
  add(features: Int32Array, n: number, cls: number, delta: number): void {
    const k = this.nClasses;
    const cd = this.clock * delta;
    for (let i = 0; i < n; i++) {
      const at = (features[i] >>> this.shift) * k + cls;
      this.weights[at] += delta;
      this.sums[at] += cd;
    }
  }

  /** Standard perceptron step: reward the truth, penalise the guess. */
  update(features: Int32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    this.add(features, n, truth, 1);
    this.add(features, n, guess, -1);
  }

  tick(): void {
    this.clock++;
  }

  /** Averages the weights and keeps those above `threshold` in absolute value. */
  toSparse(threshold = 1e-3): SparseModel {
    const k = this.nClasses;
    const nb = 1 << this.bits;
    const c = this.clock;
    const rowBucket: number[] = [];
    const rowCount: number[] = [];
    const cls: number[] = [];
    const vals: number[] = [];
    let maxAbs = 0;
    for (let b = 0; b < nb; b++) {
      let count = 0;
      for (let j = 0; j < k; j++) {
        const at = b * k + j;
        const w = this.weights[at] - this.sums[at] / c;
        if (Math.abs(w) >= threshold) {
          cls.push(j);
          vals.push(w);
          count++;
          if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w);
        }
      }
      if (count > 0) {
        rowBucket.push(b);
        rowCount.push(count);
      }
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const q = new Int16Array(vals.length);
    for (let i = 0; i < vals.length; i++) q[i] = Math.round(vals[i] / scale);
    return SparseModel.fromArrays(
      { bits: this.bits, nClasses: k, scale },
      {
        rowBucket: Int32Array.from(rowBucket),
        rowCount: Uint8Array.from(rowCount),
        cls: Uint8Array.from(cls),
        vals: q,
      },
    );
  }
}

/** Models with at most this many classes keep dense rows inside the hash table. */
const DENSE_MAX = 7;
/**
 * Three-class models with at least 2^COMPACT_MIN_LOG slots (the parser's transitions) use 8-byte
 * slots: [tag << 16 | w0, w1 << 16 | w2], where the 16-bit tag holds the top bits of the bucket's
 * multiplicative hash (the home slot holds the bottom bits, and the hash is a bijection, so the
 * two give the bucket back exactly) and the distance from the home slot. Half the memory of
 * [key, w0, w1, w2] slots: fewer cache and TLB misses on tables of tens of megabytes.
 */
const COMPACT_MIN_LOG = 20;
/** Distances 0…14 from the home slot fit in a compact tag; 15 marks an empty slot (tag 0xffff). */
const COMPACT_MAX_PROBE = 15;
const COMPACT_EMPTY = 0xffff;
/**
 * Many-class models with at most 2^DIRECT_MAX_BITS buckets (the parser's labeller, the tagger's
 * models) index their rows by bucket directly (see SparseModel.index): one int32 per bucket, no
 * probing, and a quarter to half the memory of a hash table of 16-byte slots.
 */
const DIRECT_MAX_BITS = 20;
/** Sparse rows with at most this many entries live inside their slot (no second cache miss). */
const INLINE = 2;
const SPARSE_STRIDE_LOG = 2;

/**
 * Inference-time weights: non-zero rows only, found through an
 * open-addressing table keyed by bucket. Each slot holds its key next to its
 * weights (few classes) or next to its (class, weight) entries (up to
 * INLINE of them; longer rows point into a side array), so scoring a feature
 * usually costs one cache miss.
 *
 * Weights stay the integers of the model file (int16 quanta of one common
 * scale) and scores are summed as exact integers: the ranking of classes is
 * that of the real-valued model, whatever order features are added in, which
 * lets callers cache partial sums.
 */
export class SparseModel {
  readonly meta: SparseMeta;
  readonly arrays: SparseArrays;
  readonly nClasses: number;
  private readonly shift: number;
  private readonly mask: number;
  private readonly dense: boolean;
  /** log2 of the slot size in int32 words. */
  private readonly strideLog: number;
  /**
   * Dense slots: [key, w0, …, w(k−1), pad]; sparse slots: [key, start << 8 | count, e0, …]
   * with entries packed as class << 16 | (weight & 0xffff).
   */
  private readonly slots: Int32Array;
  /** Entries of rows too long to sit in their slot. */
  private readonly overflow: Int32Array;
  /** 8-byte slots of three-class models (see COMPACT_MIN_LOG); `capLog` is log2 of the slot count. */
  private readonly compact: boolean;
  private readonly capLog: number;
  /** Compact rows that found no slot within COMPACT_MAX_PROBE of home: bucket → [w0, w1, w2]. */
  private readonly spilled = new Map<number, Int32Array>();
  /**
   * Direct layout (see DIRECT_MAX_BITS), one int32 per bucket: 0 for no row; a row of one entry
   * inline as 1 << 31 | class << 16 | (weight & 0xffff); a longer row as start << 8 | count, its
   * entries (class << 16 | (weight & 0xffff)) at `overflow[start..start + count)`.
   */
  private readonly index: Int32Array;
  private readonly direct: boolean;
  /** Keeps the prefetching loads of `score` from being optimised away (never read). */
  prefetchSink = 0;

  private constructor(meta: SparseMeta, arrays: SparseArrays) {
    this.meta = meta;
    this.arrays = arrays;
    const k = meta.nClasses;
    this.nClasses = k;
    this.shift = 32 - meta.bits;
    this.dense = k <= DENSE_MAX;
    let strideLog = SPARSE_STRIDE_LOG;
    if (this.dense) {
      strideLog = 0;
      while (1 << strideLog < 1 + k) strideLog++;
    }
    this.strideLog = strideLog;
    const nRows = arrays.rowBucket.length;
    let cap = 16;
    let capLog = 4;
    while (cap < nRows * 2) {
      cap *= 2;
      capLog++;
    }
    this.mask = cap - 1;
    this.capLog = capLog;
    this.compact = k === 3 && capLog >= COMPACT_MIN_LOG;
    this.direct = !this.dense && !this.compact && meta.bits <= DIRECT_MAX_BITS && k <= 0x7fff;
    this.index = new Int32Array(0);
    if (this.direct) {
      this.strideLog = 0;
      this.slots = new Int32Array(0);
      let longEntries = 0;
      for (const c of arrays.rowCount) if (c > 1) longEntries += c;
      if (longEntries >= 1 << 23) throw new DossierError("E_MODEL_FORMAT", "sparse model: too many weights");
      this.index = new Int32Array(1 << meta.bits);
      this.overflow = new Int32Array(longEntries);
      this.fillDirect(arrays);
      return;
    }
    if (this.compact) {
      this.strideLog = 1;
      this.slots = new Int32Array(cap << 1).fill(-1);
      this.overflow = new Int32Array(0);
      this.fillCompact(arrays);
      return;
    }
    this.slots = new Int32Array(cap << strideLog);
    for (let i = 0; i < cap; i++) this.slots[i << strideLog] = -1;
    if (arrays.cls.length >= 1 << 23)
      throw new DossierError("E_MODEL_FORMAT", "sparse model: too many weights");
    let overflowLength = 0;
    if (!this.dense) for (const c of arrays.rowCount) if (c > INLINE) overflowLength += c;
    this.overflow = new Int32Array(overflowLength);
    let start = 0;
    let spill = 0;
    for (let r = 0; r < nRows; r++) {
      const b = arrays.rowBucket[r];
      const count = arrays.rowCount[r];
      let slot = Math.imul(b, 0x9e3779b1) & this.mask;
      while (this.slots[slot << strideLog] !== -1) slot = (slot + 1) & this.mask;
      const base = slot << strideLog;
      this.slots[base] = b;
      if (this.dense) {
        for (let j = start; j < start + count; j++) this.slots[base + 1 + arrays.cls[j]] = arrays.vals[j];
      } else if (count <= INLINE) {
        this.slots[base + 1] = count;
        for (let j = 0; j < count; j++)
          this.slots[base + 2 + j] = (arrays.cls[start + j] << 16) | (arrays.vals[start + j] & 0xffff);
      } else {
        this.slots[base + 1] = (spill << 8) | count;
        for (let j = 0; j < count; j++)
          this.overflow[spill + j] = (arrays.cls[start + j] << 16) | (arrays.vals[start + j] & 0xffff);
        spill += count;
      }
      start += count;
    }
    if (start !== arrays.cls.length)
      throw new DossierError("E_MODEL_FORMAT", "sparse model: row counts disagree");
  }

  /** Fills the direct layout (see `index`). */
  private fillDirect(arrays: SparseArrays): void {
    const index = this.index;
    const overflow = this.overflow;
    let start = 0;
    let spill = 0;
    for (let r = 0; r < arrays.rowBucket.length; r++) {
      const b = arrays.rowBucket[r];
      const count = arrays.rowCount[r];
      if (count === 1) index[b] = (1 << 31) | (arrays.cls[start] << 16) | (arrays.vals[start] & 0xffff);
      else if (count > 1) {
        index[b] = (spill << 8) | count;
        for (let j = 0; j < count; j++)
          overflow[spill + j] = (arrays.cls[start + j] << 16) | (arrays.vals[start + j] & 0xffff);
        spill += count;
      }
      start += count;
    }
    if (start !== arrays.cls.length)
      throw new DossierError("E_MODEL_FORMAT", "sparse model: row counts disagree");
  }

  /** Places the rows of a three-class model in compact slots (linear probing, at most COMPACT_MAX_PROBE − 1 away). */
  private fillCompact(arrays: SparseArrays): void {
    const slots = this.slots;
    const mask = this.mask;
    const w = new Int32Array(3);
    let start = 0;
    for (let r = 0; r < arrays.rowBucket.length; r++) {
      const b = arrays.rowBucket[r];
      const count = arrays.rowCount[r];
      w.fill(0);
      for (let j = start; j < start + count; j++) w[arrays.cls[j]] = arrays.vals[j];
      start += count;
      const h = Math.imul(b, 0x9e3779b1);
      const home = h & mask;
      const top = (h >>> this.capLog) << 4;
      let d = 0;
      while (d < COMPACT_MAX_PROBE && slots[((home + d) & mask) << 1] >>> 16 !== COMPACT_EMPTY) d++;
      if (d === COMPACT_MAX_PROBE) {
        this.spilled.set(b, Int32Array.from(w));
        continue;
      }
      const at = ((home + d) & mask) << 1;
      slots[at] = ((top | d) << 16) | (w[0] & 0xffff);
      slots[at + 1] = (w[1] << 16) | (w[2] & 0xffff);
    }
    if (start !== arrays.cls.length)
      throw new DossierError("E_MODEL_FORMAT", "sparse model: row counts disagree");
  }

  static fromArrays(meta: SparseMeta, arrays: SparseArrays): SparseModel {
    return new SparseModel(meta, arrays);
  }

  /**
   * Loads the home slots of `features[0..n)` without scoring: independent
   * loads whose cache misses overlap, ahead of `score`/`scoreFrom` calls
   * that would otherwise wait on them one after another.
   */
  prefetch(features: Int32Array, n: number): void {
    if (this.direct) {
      this.prefetchDirect(features, n);
      return;
    }
    const slots = this.slots;
    const mask = this.mask;
    const strideLog = this.strideLog;
    const shift = this.shift;
    let touch = 0;
    for (let i = 0; i < n; i++)
      touch ^= slots[(Math.imul(features[i] >>> shift, 0x9e3779b1) & mask) << strideLog];
    this.prefetchSink = touch;
  }

  /** `prefetch` for the direct layout: the index entries, then the entries of long rows. */
  private prefetchDirect(features: Int32Array, n: number): void {
    const index = this.index;
    const overflow = this.overflow;
    const shift = this.shift;
    let touch = 0;
    for (let i = 0; i < n; i++) touch ^= index[features[i] >>> shift];
    for (let i = 0; i < n; i++) {
      const e = index[features[i] >>> shift];
      if (e > 0) touch ^= overflow[e >>> 8];
    }
    this.prefetchSink = touch;
  }

  /**
   * Adds the integer weights of the features to `out` (length nClasses, not
   * cleared); multiply by `meta.scale` for real-valued scores.
   */
  score(features: Int32Array, n: number, out: Int32Array): void {
    // First touch every home slot, so that the misses overlap instead of
    // waiting on one another behind the probe branches.
    this.prefetch(features, n);
    this.scoreFrom(features, 0, n, out);
  }

  /** Adds the weights of `features[from..from + n)` to `out` (no prefetching). */
  scoreFrom(features: Int32Array, from: number, n: number, out: Int32Array): void {
    const slots = this.slots;
    const mask = this.mask;
    const strideLog = this.strideLog;
    const shift = this.shift;
    if (this.compact) {
      this.scoreCompact(features, from, n, out);
      return;
    }
    if (this.direct) {
      this.scoreDirect(features, from, n, out);
      return;
    }
    if (this.dense) {
      const k = this.nClasses;
      for (let i = from; i < from + n; i++) {
        const b = features[i] >>> shift;
        let slot = Math.imul(b, 0x9e3779b1) & mask;
        for (;;) {
          const base = slot << strideLog;
          const key = slots[base];
          if (key === b) {
            for (let c = 0; c < k; c++) out[c] += slots[base + 1 + c];
            break;
          }
          if (key === -1) break;
          slot = (slot + 1) & mask;
        }
      }
      return;
    }
    const overflow = this.overflow;
    for (let i = from; i < from + n; i++) {
      const b = features[i] >>> shift;
      let slot = Math.imul(b, 0x9e3779b1) & mask;
      for (;;) {
        const base = slot << strideLog;
        const key = slots[base];
        if (key === b) {
          const head = slots[base + 1];
          const count = head & 0xff;
          if (count <= INLINE) {
            for (let j = base + 2; j < base + 2 + count; j++) {
              const e = slots[j];
              out[e >>> 16] += (e << 16) >> 16;
            }
          } else {
            const s = head >>> 8;
            for (let j = s; j < s + count; j++) {
              const e = overflow[j];
              out[e >>> 16] += (e << 16) >> 16;
            }
          }
          break;
        }
        if (key === -1) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  /** `scoreFrom` over the direct layout. */
  private scoreDirect(features: Int32Array, from: number, n: number, out: Int32Array): void {
    const index = this.index;
    const overflow = this.overflow;
    const shift = this.shift;
    for (let i = from; i < from + n; i++) {
      const e = index[features[i] >>> shift];
      if (e === 0) continue;
      if (e < 0) {
        out[(e >>> 16) & 0x7fff] += (e << 16) >> 16;
        continue;
      }
      const s = e >>> 8;
      const end = s + (e & 0xff);
      for (let j = s; j < end; j++) {
        const x = overflow[j];
        out[x >>> 16] += (x << 16) >> 16;
      }
    }
  }

  /** `scoreFrom` over compact slots. */
  private scoreCompact(features: Int32Array, from: number, n: number, out: Int32Array): void {
    const slots = this.slots;
    const mask = this.mask;
    const shift = this.shift;
    const capLog = this.capLog;
    let o0 = out[0];
    let o1 = out[1];
    let o2 = out[2];
    for (let i = from; i < from + n; i++) {
      const b = features[i] >>> shift;
      const h = Math.imul(b, 0x9e3779b1);
      const home = h & mask;
      const top = (h >>> capLog) << 4;
      let d = 0;
      for (; d < COMPACT_MAX_PROBE; d++) {
        const at = ((home + d) & mask) << 1;
        const a = slots[at];
        const tag = a >>> 16;
        if (tag === (top | d)) {
          const c = slots[at + 1];
          o0 += (a << 16) >> 16;
          o1 += c >> 16;
          o2 += (c << 16) >> 16;
          break;
        }
        if (tag === COMPACT_EMPTY) break;
      }
      if (d === COMPACT_MAX_PROBE && this.spilled.size > 0) {
        const w = this.spilled.get(b);
        if (w) {
          o0 += w[0];
          o1 += w[1];
          o2 += w[2];
        }
      }
    }
    out[0] = o0;
    out[1] = o1;
    out[2] = o2;
  }

  get entries(): number {
    return this.arrays.cls.length;
  }
}

/** Index of the largest score among `out[from..to)` (the first one on ties). */
export function argmax(out: Int32Array | Float32Array, from = 0, to = out.length): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if (out[i] > out[best]) best = i;
  return best;
}
