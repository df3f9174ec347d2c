import { countries } from "../entities/countries.ts";
import { entryTokens } from "../entities/lexicon.ts";
import { ORGANISATIONS } from "../entities/organisations.ts";
import { PEOPLE } from "../entities/people.ts";
import { GAZ_TYPES } from "./features.ts";
import { PhraseTable } from "./phrases.ts";

const cache = new Map<string, PhraseTable<number>>();

/**
 * The gazetteer of a language for NER features: countries and capitals
 * (LOC), demonyms (MISC), organisations (ORG) and people (PER) from the
 * entity tables, tokenised as documents are. Values are bit masks of GAZ_TYPES.
 * Changing these tables shifts a trained model's features slightly: retrain.
 *
 * @example
 * buildGazetteer("en").longestAt(["North", "Korea"], 0)?.values; // [4] (LOC)
 */
export function buildGazetteer(
  lang: string,
  extra: readonly { text: string; type: string }[] = [],
): PhraseTable<number> {
  const key = lang + (extra.length ? `+${extra.length}` : "");
  const hit = cache.get(key);
  if (hit) return hit;
  const masks = new Map<string, { tokens: string[]; mask: number }>();
  const add = (text: string, type: string) => {
    if (text.length < 3) return;
    const bit = 1 << (GAZ_TYPES as readonly string[]).indexOf(type);
    const tokens = entryTokens(text, lang);
    const k = tokens.join(" ").toLowerCase();
    const cur = masks.get(k);
    if (cur) cur.mask |= bit;
    else masks.set(k, { tokens, mask: bit });
  };
  for (const c of countries()) {
    for (const n of c.names) add(n, "LOC");
    for (const n of c.capitals) add(n, "LOC");
    for (const n of lang === "fr" ? c.demonymsFr : c.demonymsEn) add(n, "MISC");
  }
  for (const o of ORGANISATIONS) for (const n of o.names) add(n, "ORG");
  for (const p of PEOPLE) for (const n of p.names) add(n, "PER");
  for (const e of extra) add(e.text, e.type);
  const table = new PhraseTable<number>();
  for (const { tokens, mask } of masks.values()) table.add(tokens, mask);
  cache.set(key, table);
  return table;
}
