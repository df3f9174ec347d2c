/**
 * Counts with no figure: « des milliers de manifestants », « plusieurs centaines d'obus », « des dizaines de
 * milliers de personnes », "thousands of protesters", "tens of thousands of people", "billions of dollars".
 * Each is a quantity whose value is the unit it counts in, with `bound: "min"`; money when a currency word
 * follows (« des milliards d'euros »). Tables: VAGUE_PLURALS_* in src/lang/{fr,en}/numbers-words.ts.
 */

import type { Quantity } from "../doc/types.ts";
import { CURRENCIES_EN } from "../lang/en/currencies.ts";
import { VAGUE_PLURALS_EN } from "../lang/en/numbers-words.ts";
import { CURRENCIES_FR } from "../lang/fr/currencies.ts";
import { VAGUE_PLURAL_OPENERS_FR, VAGUE_PLURALS_FR } from "../lang/fr/numbers-words.ts";
import { type CurrencyWord, resolveCurrency } from "./currencies.ts";

interface VagueGrammar {
  pattern: RegExp;
  units: Record<string, number>;
  currencies: Record<string, CurrencyWord>;
}

const words = (table: Record<string, number>) => Object.keys(table).join("|");

const GRAMMARS: Record<string, VagueGrammar> = {
  // « des dizaines de milliers de » · « plusieurs centaines d' »: unit, optional scale, then « de » and a noun
  fr: {
    pattern: new RegExp(
      `(?<![\\p{L}'’])(?:${VAGUE_PLURAL_OPENERS_FR.join("|")})\\s+(${words(VAGUE_PLURALS_FR)})(?:\\s+de\\s+(milliers|millions|milliards))?(?=\\s+(?:de\\s+|d['’])(\\p{L}+))`,
      "giu",
    ),
    units: VAGUE_PLURALS_FR,
    currencies: CURRENCIES_FR,
  },
  // "tens of thousands of" · "hundreds of": unit, optional scale, then "of" and a noun ("tens" needs the scale)
  en: {
    pattern: new RegExp(
      `(?<![\\p{L}'’])(${words(VAGUE_PLURALS_EN)})(?:\\s+of\\s+(thousands|millions|billions))?(?=\\s+of\\s+(?:the\\s+)?(\\p{L}+))`,
      "giu",
    ),
    units: VAGUE_PLURALS_EN,
    currencies: CURRENCIES_EN,
  },
};

/**
 * The vague counts of a text that no other quantity overlaps, in text order.
 *
 * @example
 * vagueQuantities("Des milliers de manifestants ont défilé.", "fr", [])[0]; // { text: "Des milliers", value: 1000, bound: "min", … }
 */
export function vagueQuantities(text: string, lang: string, taken: readonly Quantity[]): Quantity[] {
  const g = GRAMMARS[lang];
  if (!g) return [];
  const out: Quantity[] = [];
  const lowerText = text.toLowerCase();
  for (const m of text.matchAll(g.pattern)) {
    const unit = g.units[m[1].toLowerCase()];
    const scale = m[2] ? g.units[m[2].toLowerCase()] : 1;
    // "tens" and "dozens" count only with a scale or a noun: "tens of thousands"; a bare "tens of" is no count
    if (unit === undefined || scale === undefined || (m[1].toLowerCase() === "tens" && !m[2])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((q) => q.start < end && q.end > start)) continue;
    const q: Quantity = { start, end, text: m[0], value: unit * scale, bound: "min" };
    const noun = m[3]?.toLowerCase() ?? "";
    const currency = g.currencies[noun] ?? g.currencies[noun.replace(/s$/, "")];
    const code = currency ? resolveCurrency(currency, null, lowerText, true) : null;
    if (code) q.currency = code;
    out.push(q);
  }
  return out;
}
