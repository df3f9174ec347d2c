/**
 * Integer hashing for feature ids: strings are hashed once per word (FNV-1a),
 * feature templates then combine those integers with a cheap multiplicative
 * mix, so the hot loops never build strings.
 */

/**
 * FNV-1a over UTF-16 code units, as a signed 32-bit integer.
 *
 * @example
 * hashString("maison") === hashString("maison"); // true
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** Combines a running hash with one more integer (murmur3-style finaliser steps). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

/** Final avalanche so that the top bits used for buckets are well spread. */
export function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

/** Feature id of template `t` with one to three values. */
export function feat1(t: number, a: number): number {
  return finish(mix(Math.imul(t + 1, 0x9e3779b1), a));
}

export function feat2(t: number, a: number, b: number): number {
  return finish(mix(mix(Math.imul(t + 1, 0x9e3779b1), a), b));
}

export function feat3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(Math.imul(t + 1, 0x9e3779b1), a), b), c));
}
