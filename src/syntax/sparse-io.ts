/** Storing sparse linear models inside a model container under a name prefix. */

import { DossierError } from "../errors.ts";
import type { SparseMeta } from "./linear.ts";
import { SparseModel } from "./linear.ts";
import type { ModelFile, TypedArray } from "./model-file.ts";
import { arrayOf } from "./model-file.ts";

export function sparseToArrays(prefix: string, m: SparseModel): Record<string, TypedArray> {
  return {
    [`${prefix}.rowBucket`]: m.arrays.rowBucket,
    [`${prefix}.rowCount`]: m.arrays.rowCount,
    [`${prefix}.cls`]: m.arrays.cls,
    [`${prefix}.vals`]: m.arrays.vals,
  };
}

export function sparseFromFile(file: ModelFile, prefix: string): SparseModel {
  const meta = file.meta[prefix] as SparseMeta | undefined;
  if (!meta || typeof meta.bits !== "number")
    throw new DossierError("E_MODEL_FORMAT", `model lacks "${prefix}"`);
  return SparseModel.fromArrays(meta, {
    rowBucket: arrayOf(file, `${prefix}.rowBucket`, Int32Array),
    rowCount: arrayOf(file, `${prefix}.rowCount`, Uint8Array),
    cls: arrayOf(file, `${prefix}.cls`, Uint8Array),
    vals: arrayOf(file, `${prefix}.vals`, Int16Array),
  });
}

/** Deterministic PRNG (mulberry32) for shuffling training data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
