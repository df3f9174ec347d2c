/**
 * Name keys for linking: the same name written with or without accents,
 * hyphens, dots, apostrophe styles or a leading article gets the same key.
 */

const ARTICLE = /^(?:l'|le |la |les |the )/;

/**
 * The matching key of a name.
 *
 * @example
 * nameKey("Kim Jong-un") === nameKey("Kim Jong Un"); // true
 * nameKey("l’Ukraine"); // "ukraine"
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = computeKey(name);
    keyCache.set(name, key);
  }
  return key;
}

/** Keys of names seen lately: linking and event merging ask for the same few names again and again. */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

function computeKey(name: string): string {
  const k = name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[-‐‑‒–—_/]/g, " ")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
  return k.replace(ARTICLE, "").trim();
}

/**
 * A URL-safe slug of a name, for ids of entities outside the tables.
 *
 * @example
 * slug("Seth G. Jones"); // "seth-g-jones"
 */
export function slug(name: string): string {
  return nameKey(name)
    .replace(/'/g, "-")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
