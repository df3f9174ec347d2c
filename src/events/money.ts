import type { Doc } from "../doc/doc.ts";
import type { Range } from "../doc/types.ts";
import type { SentenceView } from "./sentence.ts";

/**
 * Quantities and money for event arguments. The quantities stage
 * (doc.quantities) is the authority; until it has run, a minimal reading
 * of digits and of the smallest number words keeps items and values usable.
 */

const SMALL: Record<string, number> = {
  un: 1,
  une: 1,
  a: 1,
  an: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
};

/** The number a token stands for: from doc.quantities when it covers the token, else digits or a small number word. */
export function quantityOf(s: SentenceView, k: number): number | null {
  const a = s.start[k];
  for (const q of s.doc.quantities) if (q.start <= a && q.end > a && !q.currency) return q.value;
  const w = s.lower[k];
  if (w in SMALL) return SMALL[w];
  const digits = w.replace(/[\s\u00a0\u202f,]/g, "");
  if (/^\d+$/.test(digits)) return Number(digits);
  return null;
}

const MULT: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
  thousand: 1e3,
  mille: 1e3,
};

const CURRENCY: Record<string, string> = {
  $: "USD",
  dollar: "USD",
  dollars: "USD",
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  "£": "GBP",
  livres: "GBP",
  pounds: "GBP",
  yuans: "CNY",
  yuan: "CNY",
  roubles: "RUB",
  rubles: "RUB",
};

const MONEY =
  /(\$|€|£)?\s?(\d+(?:[.,\s\u00a0\u202f]\d+)*)\s?(millions?|milliards?|billions?|thousand|mille)?\s?(?:d['’]|de\s)?(dollars?|euros?|€|\$|livres|pounds|yuans?|roubles|rubles)?/gi;

/**
 * The money amount of an event: a doc.quantities entry with a currency in
 * the range (the one nearest to `at`), else a small pattern reader.
 *
 * @example
 * valueIn(doc, sentence, trigger.start); // { amount: 325000000, currency: "USD" }
 */
export function valueIn(
  doc: Doc,
  range: Range,
  at: number,
): { amount: number; currency: string } | undefined {
  let best: { amount: number; currency: string } | undefined;
  let dist = Number.POSITIVE_INFINITY;
  let fromStage = false;
  for (const q of doc.quantities) {
    if (!q.currency || q.start < range.start || q.end > range.end) continue;
    fromStage = true;
    const d = Math.abs(q.start - at);
    if (d < dist) {
      dist = d;
      best = { amount: q.value, currency: q.currency };
    }
  }
  if (fromStage || doc.layers.has("quantities")) return best;
  const text = doc.text.slice(range.start, range.end);
  for (const m of text.matchAll(MONEY)) {
    const sym = m[1];
    const cur = m[4];
    if (!sym && !cur) continue;
    const currency = CURRENCY[(sym ?? cur ?? "").toLowerCase()];
    if (!currency) continue;
    const raw = m[2];
    // French decimals use a comma (3,5 milliards); English groups thousands with it.
    const fr = doc.lang === "fr";
    let n: number;
    if (fr) n = Number(raw.replace(/[\s\u00a0\u202f.]/g, "").replace(",", "."));
    else n = Number(raw.replace(/[\s\u00a0\u202f,]/g, ""));
    if (!Number.isFinite(n)) continue;
    const mult = m[3] ? MULT[m[3].toLowerCase()] : 1;
    const pos = range.start + (m.index ?? 0);
    const d = Math.abs(pos - at);
    if (d < dist) {
      dist = d;
      best = { amount: Math.round(n * mult), currency };
    }
  }
  return best;
}
