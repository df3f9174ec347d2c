/**
 * Whether a quantity is an estimate or a bound, from the words around it: « plus de 1 500 soldats »
 * is at least 1,500, "up to 300 drones" at most 300, « environ 3 000 euros », "some 300",
 * « une vingtaine » estimates. Tables in src/lang/{fr,en}/numbers-bounds.ts.
 */

import type { QuantityBound } from "../doc/types.ts";
import {
  APPROXIMATE_AFTER_EN,
  APPROXIMATE_BEFORE_EN,
  AT_LEAST_BEFORE_EN,
  AT_MOST_BEFORE_EN,
} from "../lang/en/numbers-bounds.ts";
import {
  APPROXIMATE_AFTER_FR,
  APPROXIMATE_BEFORE_FR,
  AT_LEAST_BEFORE_FR,
  AT_MOST_BEFORE_FR,
} from "../lang/fr/numbers-bounds.ts";
import { APPROXIMATE_FR } from "../lang/fr/numbers-words.ts";
import { alternation } from "../lang/pattern.ts";

interface BoundGrammar {
  before: RegExp;
  after: RegExp;
  bounds: Map<string, QuantityBound>;
}

function grammar(
  approximate: readonly string[],
  atLeast: readonly string[],
  atMost: readonly string[],
  after: readonly string[],
): BoundGrammar {
  const bounds = new Map<string, QuantityBound>();
  for (const w of atMost) bounds.set(w, "max");
  for (const w of atLeast) bounds.set(w, "min");
  for (const w of approximate) bounds.set(w, "approx");
  return {
    // the phrase must start a word and end right before the quantity
    before: new RegExp(`(?:^|[^\\p{L}\\p{N}'])(${alternation([...bounds.keys()])})\\s*$`, "u"),
    // « 300 environ », « 300 soldats environ » (one word between at most), "300 or so", "300-odd"
    after: new RegExp(`^(?:\\s+\\p{L}+)?\\s*(?:${alternation(after)})(?![\\p{L}])`, "u"),
    bounds,
  };
}

const GRAMMARS: Record<string, BoundGrammar> = {
  fr: grammar(APPROXIMATE_BEFORE_FR, AT_LEAST_BEFORE_FR, AT_MOST_BEFORE_FR, APPROXIMATE_AFTER_FR),
  en: grammar(APPROXIMATE_BEFORE_EN, AT_LEAST_BEFORE_EN, AT_MOST_BEFORE_EN, APPROXIMATE_AFTER_EN),
};

/** Collective numbers are estimates (« une vingtaine », « un millier »), except « une douzaine », often exact. */
function collective(quantity: string): boolean {
  const last = quantity.slice(quantity.lastIndexOf(" ") + 1);
  return last !== "douzaine" && APPROXIMATE_FR[last] !== undefined;
}

/**
 * The bound of the quantity at [start, end) of `text`, or undefined when it is stated as exact.
 *
 * @example
 * quantityBound("plus de 1 500 soldats", 8, 13, "fr"); // "min"
 * quantityBound("up to 300 drones", 6, 9, "en"); // "max"
 * quantityBound("une vingtaine de drones", 0, 13, "fr"); // "approx"
 */
export function quantityBound(
  text: string,
  start: number,
  end: number,
  lang: string,
): QuantityBound | undefined {
  const g = GRAMMARS[lang];
  if (!g) return undefined;
  let before = text
    .slice(Math.max(0, start - 40), start)
    .toLowerCase()
    .replace(/’/g, "'");
  // « près d'un million », « plus d'un tiers »: the elided « de » of the tables
  if (lang === "fr") before = before.replace(/(^|[^\p{L}])d'\s*$/u, "$1de ");
  const m = g.before.exec(before);
  if (m) return g.bounds.get(m[1]);
  const quantity = text.slice(start, end).toLowerCase();
  if (lang === "fr" && collective(quantity)) return "approx";
  if (g.after.test(text.slice(end, end + 30).toLowerCase())) return "approx";
  return undefined;
}
