/**
 * Near-duplicate detection: MinHash signatures over word shingles, with
 * locality-sensitive hashing bands so that candidates are found without
 * comparing an article with every other one.
 */
import { fold, forEachWord } from "../query.ts";

/** Hash functions per signature. */
export const MINHASH_SIZE = 64;
/** LSH bands × rows = MINHASH_SIZE; 16 × 4 finds pairs above ~0.5 Jaccard with high probability. */
export const MINHASH_BANDS = 16;
const ROWS = MINHASH_SIZE / MINHASH_BANDS;
/** Words per shingle. */
const SHINGLE = 3;
/** Estimated Jaccard similarity from which a new article is reported as a near-duplicate. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Texts with fewer shingles are too short to compare reliably. */
const MIN_SHINGLES = 8;

const SEEDS = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seeds[i] = x >>> 0;
  }
  return seeds;
})();

/** FNV-1a over a string, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3 fmix32), so that seeded hashes are independent enough. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of a text (accent- and case-folded word 3-shingles), or
 * null when the text is too short.
 *
 * @example
 * similarity(minhash(a)!, minhash(b)!); // ≈ Jaccard similarity of their shingle sets
 */
export function minhash(text: string): Uint32Array | null {
  const hashes: number[] = [];
  forEachWord(text, (start, end) => {
    // fnv(fold(word)), without the string for ASCII words (fold is then lower-casing A-Z).
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        hashes.push(fnv(fold(text.slice(start, end))));
        return;
      }
      h ^= c >= 65 && c <= 90 ? c + 32 : c;
      h = Math.imul(h, 0x01000193);
    }
    hashes.push(h >>> 0);
  });
  const shingles = hashes.length - SHINGLE + 1;
  if (shingles < MIN_SHINGLES) return null;
  const wordHashes = Uint32Array.from(hashes);
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  // Shingles seen, in an open-addressing table of uint32 (a Set<number> boxed most of them).
  let size = 16;
  while (size < shingles * 2) size *= 2;
  const mask = size - 1;
  const seen = new Uint32Array(size);
  const used = new Uint8Array(size);
  for (let i = 0; i < shingles; i++) {
    const h = mix(mix(mix(wordHashes[i]) ^ wordHashes[i + 1]) ^ wordHashes[i + 2]);
    let slot = h & mask;
    while (used[slot] === 1 && seen[slot] !== h) slot = (slot + 1) & mask;
    if (used[slot] === 1) continue;
    used[slot] = 1;
    seen[slot] = h;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix(h ^ SEEDS[k]);
      if (v < signature[k]) signature[k] = v;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** One bucket key per band (a signed 32-bit integer, as SQLite stores it compactly). */
export function bands(signature: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]);
    out.push(h | 0);
  }
  return out;
}

export function signatureToBytes(signature: Uint32Array): Uint8Array {
  return new Uint8Array(signature.buffer.slice(0));
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer);
}
