import { countries } from "../entities/countries.ts";
import { entryTokens } from "../entities/lexicon.ts";
import { ORGANISATIONS } from "../entities/organisations.ts";
import { PEOPLE } from "../entities/people.ts";
import { GAZETTEER_MISC_FR } from "../lang/fr/ner-misc.ts";
import { GAZETTEER_PLACES_FR } from "../lang/fr/ner-places.ts";
import type { NerDocument } from "./corpus.ts";
import { GAZ_TYPES } from "./features.ts";
import { PhraseTable } from "./phrases.ts";
import { iobSpans } from "./tags.ts";

const cache = new Map<string, PhraseTable<number>>();

/**
 * What the gazetteer holds, recorded in the models trained with it so that
 * a model is always tagged with the gazetteer it learnt from: 1 = the entity
 * tables and the French places; 2 = also the French MISC names of
 * src/lang/fr/ner-misc.ts. Models without the field in their header are 1.
 */
export const GAZETTEER_VERSION = 2;
const versions = new WeakMap<PhraseTable<number>, number>();

/**
 * The gazetteer version new training uses: the latest, or
 * $DOSSIER_NER_GAZETTEER to rebuild an older recipe.
 *
 * @example
 * defaultGazetteerVersion(); // 2
 */
export function defaultGazetteerVersion(): number {
  const v = Number(process.env.DOSSIER_NER_GAZETTEER ?? GAZETTEER_VERSION);
  return v >= 1 && v <= GAZETTEER_VERSION ? Math.floor(v) : GAZETTEER_VERSION;
}

/**
 * The version a gazetteer table was built with.
 *
 * @example
 * gazetteerVersionOf(buildGazetteer("fr", [], 1)); // 1
 */
export function gazetteerVersionOf(table: PhraseTable<number>): number {
  return versions.get(table) ?? GAZETTEER_VERSION;
}

/**
 * The gazetteer of a language for NER features: countries and capitals
 * (LOC), demonyms (MISC), organisations (ORG) and people (PER) from the
 * entity tables, and for French the places of src/lang/fr/ner-places.ts (LOC)
 * and, from version 2, the MISC names of src/lang/fr/ner-misc.ts (wars,
 * treaties, awards, competitions …), tokenised as documents are. Values are
 * bit masks of GAZ_TYPES.
 * Changing these tables shifts a trained model's features slightly: retrain.
 *
 * @example
 * buildGazetteer("en").longestAt(["North", "Korea"], 0)?.values; // [4] (LOC)
 */
export function buildGazetteer(
  lang: string,
  extra: readonly GazetteerEntry[] = [],
  version = defaultGazetteerVersion(),
): PhraseTable<number> {
  const key = `${lang}:${version}`;
  const hit = extra.length === 0 ? cache.get(key) : undefined;
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
  if (lang === "fr") for (const n of GAZETTEER_PLACES_FR) add(n, "LOC");
  if (lang === "fr" && version >= 2) for (const n of GAZETTEER_MISC_FR) add(n, "MISC");
  for (const o of ORGANISATIONS) for (const n of o.names) add(n, "ORG");
  for (const p of PEOPLE) for (const n of p.names) add(n, "PER");
  for (const e of extra) {
    const k = e.tokens.join(" ").toLowerCase();
    const cur = masks.get(k);
    if (cur) cur.mask |= e.mask;
    else masks.set(k, { tokens: e.tokens, mask: e.mask });
  }
  const table = new PhraseTable<number>();
  for (const { tokens, mask } of masks.values()) table.add(tokens, mask);
  versions.set(table, version);
  if (extra.length === 0) cache.set(key, table);
  return table;
}

/** A learned gazetteer entry: a name's tokens and a bit mask of GAZ_TYPES. */
export interface GazetteerEntry {
  tokens: string[];
  mask: number;
}

/**
 * The names of annotated documents as gazetteer entries; a name gets every
 * type it has in at least a third of its occurrences.
 *
 * @example
 * namesOf([{ id: "d", sentences: [{ words: ["New", "York"], labels: ["B-LOC", "I-LOC"] }] }]);
 */
export function namesOf(docs: readonly NerDocument[]): GazetteerEntry[] {
  const counts = new Map<string, { tokens: string[]; n: number[] }>();
  for (const d of docs)
    for (const s of d.sentences)
      for (const sp of iobSpans(s.labels)) {
        const tokens = s.words.slice(sp.start, sp.end);
        const k = tokens.join(" ").toLowerCase();
        let c = counts.get(k);
        if (!c) {
          c = { tokens, n: [0, 0, 0, 0] };
          counts.set(k, c);
        }
        c.n[sp.type]++;
      }
  const out: GazetteerEntry[] = [];
  for (const { tokens, n } of counts.values()) {
    const total = n[0] + n[1] + n[2] + n[3];
    let mask = 0;
    // ENTITY_TYPES and GAZ_TYPES share their order (PER, ORG, LOC, MISC).
    for (let t = 0; t < 4; t++) if (n[t] * 3 >= total) mask |= 1 << t;
    if (tokens.join("").length >= 2) out.push({ tokens, mask });
  }
  return out;
}

export function encodeGazetteer(entries: readonly GazetteerEntry[]): string {
  return entries.map((e) => `${e.mask}\t${e.tokens.join("\u0001")}`).join("\n");
}

export function decodeGazetteer(text: string): GazetteerEntry[] {
  if (!text) return [];
  return text.split("\n").map((line) => {
    const tab = line.indexOf("\t");
    return { mask: Number(line.slice(0, tab)), tokens: line.slice(tab + 1).split("\u0001") };
  });
}
