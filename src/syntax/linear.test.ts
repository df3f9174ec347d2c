import assert from "node:assert/strict";
import { test } from "node:test";
import { SparseModel } from "./linear.ts";
import { prng } from "./sparse-io.ts";

/** A random sparse model of `rows` rows over 2^bits buckets, and its weights by bucket. */
function randomModel(bits: number, nClasses: number, rows: number, seed: number) {
  const rand = prng(seed);
  const buckets = new Set<number>();
  while (buckets.size < rows) buckets.add(Math.floor(rand() * (1 << bits)));
  const rowBucket = Int32Array.from([...buckets].sort((a, b) => a - b));
  const rowCount: number[] = [];
  const cls: number[] = [];
  const vals: number[] = [];
  const weights = new Map<number, Int32Array>();
  for (const b of rowBucket) {
    const w = new Int32Array(nClasses);
    let count = 0;
    for (let c = 0; c < nClasses; c++) {
      if (rand() < 0.4 && !(c === nClasses - 1 && count === 0)) continue;
      w[c] = Math.floor(rand() * 65535) - 32767;
      cls.push(c);
      vals.push(w[c]);
      count++;
    }
    rowCount.push(count);
    weights.set(b, w);
  }
  const model = SparseModel.fromArrays(
    { bits, nClasses, scale: 1 },
    {
      rowBucket,
      rowCount: Uint8Array.from(rowCount),
      cls: Uint8Array.from(cls),
      vals: Int16Array.from(vals),
    },
  );
  return { model, weights, rand };
}

/** Feature ids whose top `bits` bits are the bucket (what `scoreFrom` reads). */
const feature = (bucket: number, bits: number) => (bucket << (32 - bits)) | 0;

for (const [name, bits, nClasses, rows] of [
  // Half full: a few rows find no slot near home and take the spill path.
  ["three classes, compact 8-byte slots", 22, 3, 520_000],
  ["three classes, small table", 12, 3, 1500],
  ["few classes, dense rows", 14, 6, 5000],
  ["many classes, sparse rows", 14, 40, 5000],
] as const) {
  test(`sparse model scores every stored row and nothing else (${name})`, () => {
    const { model, weights, rand } = randomModel(bits, nClasses, rows, 7);
    const expected = new Int32Array(nClasses);
    const got = new Int32Array(nClasses);
    const features = new Int32Array(32);
    const stored = [...weights.keys()];
    const spilled = (model as unknown as { spilled: Map<number, Int32Array> }).spilled;
    if (rows > 500_000) assert.ok(spilled.size > 0, "the test should exercise spilled rows");
    // Every spilled row, then random mixes.
    for (const b of spilled.keys()) {
      got.fill(0);
      features[0] = feature(b, bits);
      model.score(features, 1, got);
      assert.deepEqual(got, weights.get(b));
    }
    for (let trial = 0; trial < 2000; trial++) {
      expected.fill(0);
      got.fill(0);
      const n = 1 + Math.floor(rand() * 32);
      for (let i = 0; i < n; i++) {
        // Half stored rows, half any bucket (mostly absent).
        const b =
          rand() < 0.5 ? stored[Math.floor(rand() * stored.length)] : Math.floor(rand() * (1 << bits));
        features[i] = feature(b, bits);
        const w = weights.get(b);
        if (w) for (let c = 0; c < nClasses; c++) expected[c] += w[c];
      }
      model.score(features, n, got);
      assert.deepEqual(got, expected);
    }
  });
}
