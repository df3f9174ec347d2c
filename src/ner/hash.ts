/**
 * 32-bit hashing for feature ids: FNV-1a over UTF-16 code units and an integer
 * mixer to combine a template id with attribute hashes without building strings.
 */

export const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a hash of a string (UTF-16 code units).
 *
 * @example
 * hashString("Paris") === hashString("Paris"); // true
 */
export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Combines two 32-bit values into one well-spread hash (murmur3 finaliser style).
 *
 * @example
 * mix(1, hashString("paris")) !== mix(2, hashString("paris")); // true
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Three-way mix, for conjunctions of two attributes under one template. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
