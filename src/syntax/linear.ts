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

/**
 * Inference-time weights: non-zero rows only, found through an
 * open-addressing table keyed by bucket.
 */
export class SparseModel {
  readonly meta: SparseMeta;
  readonly arrays: SparseArrays;
  readonly nClasses: number;
  private readonly shift: number;
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly starts: Int32Array;
  private readonly counts: Uint8Array;
  private readonly cls: Uint8Array;
  private readonly vals: Float32Array;

  private constructor(meta: SparseMeta, arrays: SparseArrays) {
    this.meta = meta;
    this.arrays = arrays;
    this.nClasses = meta.nClasses;
    this.shift = 32 - meta.bits;
    const nRows = arrays.rowBucket.length;
    let cap = 16;
    while (cap < nRows * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap).fill(-1);
    this.starts = new Int32Array(cap);
    this.counts = new Uint8Array(cap);
    this.cls = arrays.cls;
    this.vals = new Float32Array(arrays.vals.length);
    for (let i = 0; i < arrays.vals.length; i++) this.vals[i] = arrays.vals[i] * meta.scale;
    let start = 0;
    for (let r = 0; r < nRows; r++) {
      const b = arrays.rowBucket[r];
      let slot = Math.imul(b, 0x9e3779b1) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = b;
      this.starts[slot] = start;
      this.counts[slot] = arrays.rowCount[r];
      start += arrays.rowCount[r];
    }
    if (start !== arrays.cls.length)
      throw new DossierError("E_MODEL_FORMAT", "sparse model: row counts disagree");
  }

  static fromArrays(meta: SparseMeta, arrays: SparseArrays): SparseModel {
    return new SparseModel(meta, arrays);
  }

  /** Adds the weights of the features to `out` (length nClasses, not cleared). */
  score(features: Int32Array, n: number, out: Float32Array): void {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = 0; i < n; i++) {
      const b = features[i] >>> this.shift;
      let slot = Math.imul(b, 0x9e3779b1) & mask;
      for (;;) {
        const k = keys[slot];
        if (k === b) {
          const s = this.starts[slot];
          const e = s + this.counts[slot];
          for (let j = s; j < e; j++) out[this.cls[j]] += this.vals[j];
          break;
        }
        if (k === -1) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  get entries(): number {
    return this.cls.length;
  }
}

/** Index of the largest score among `out[from..to)` for which `allowed` (if given) is true. */
export function argmax(out: Float32Array, from = 0, to = out.length): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if (out[i] > out[best]) best = i;
  return best;
}
