/**
 * A regular-expression alternation of table words: escaped, longest first so that « un peu plus de » wins
 * over « plus de » at the same place.
 *
 * @example
 * new RegExp(`(?:${alternation(["plus de", "un peu plus de"])})`); // /(?:un peu plus de|plus de)/
 */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}
