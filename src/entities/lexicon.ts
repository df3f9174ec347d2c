import { EQUIPMENT_EN, NOT_EQUIPMENT_EN, WEAPON_SYSTEMS } from "../lang/en/entities-equipment.ts";
import { EQUIPMENT_FR, NOT_EQUIPMENT_FR } from "../lang/fr/entities-equipment.ts";
import { getLanguage } from "../lang/index.ts";
import { PhraseTable, phraseKey } from "../ner/phrases.ts";
import { tokenize } from "../segment/3-tokens.ts";
import { countries } from "./countries.ts";

/**
 * Lexicon entities found by table lookup rather than by the model:
 * equipment (label EQUIP, id "equip:<concept>") and nationality adjectives
 * (label MISC, id of their country).
 */
export interface LexiconValue {
  /** "none": a phrase that only hides an equipment word inside it ("think tank"). */
  kind: "equipment" | "demonym" | "none";
  /** Concept id for equipment ("drone"), ISO code for demonyms ("RU"). */
  key: string;
  /** Display name of equipment: the system's first spelling (S-300), or the concept in words (artillery shell). */
  name?: string;
  /** Named systems (HIMARS) are written with capitals and may override a MISC span. */
  named?: boolean;
  /** English demonyms must be capitalised to count (American, not american). */
  capitalised?: boolean;
}

const tables = new Map<string, PhraseTable<LexiconValue>>();

/** Per language, the words as written seen by `lexiconMatches`: their phrase key and whether a phrase starts with it. */
const keyMemos = new Map<string, Map<string, { key: string; first: boolean }>>();

function keyMemo(lang: string): Map<string, { key: string; first: boolean }> {
  let memo = keyMemos.get(lang);
  if (!memo) {
    memo = new Map();
    keyMemos.set(lang, memo);
  }
  return memo;
}

/** Splits a table entry into tokens exactly as documents are tokenised. */
export function entryTokens(entry: string, lang: string): string[] {
  return tokenize(entry, 0, entry.length, getLanguage(lang)).map((r) => entry.slice(r.start, r.end));
}

/**
 * A table value with all five fields in one order (absent ones undefined): with the fields
 * written only where they apply, the values had four hidden classes and lexiconMatches,
 * which reads them for every match, was deoptimised (wrong map) on articles with a new mix.
 */
function lexiconValue(
  kind: LexiconValue["kind"],
  key: string,
  name: string | undefined,
  named: boolean | undefined,
  capitalised: boolean | undefined,
): LexiconValue {
  return { kind, key, name, named, capitalised };
}

/**
 * The lexicon phrase table of a language (built once).
 *
 * @example
 * lexiconTable("fr").longestAt(["obus", "d’", "artillerie"], 0)?.values[0].key; // "artillery-shell"
 */
export function lexiconTable(lang: string): PhraseTable<LexiconValue> {
  let t = tables.get(lang);
  if (t) return t;
  t = new PhraseTable<LexiconValue>();
  const equipment = lang === "fr" ? EQUIPMENT_FR : EQUIPMENT_EN;
  for (const [key, forms] of Object.entries(equipment))
    for (const f of forms)
      t.add(
        entryTokens(f, lang),
        lexiconValue("equipment", key, key.replaceAll("-", " "), undefined, undefined),
      );
  for (const [key, forms] of Object.entries(WEAPON_SYSTEMS))
    for (const f of forms)
      t.add(entryTokens(f, lang), lexiconValue("equipment", key, forms[0], true, undefined));
  for (const f of lang === "fr" ? NOT_EQUIPMENT_FR : NOT_EQUIPMENT_EN)
    t.add(entryTokens(f, lang), lexiconValue("none", "", undefined, undefined, undefined));
  for (const c of countries()) {
    const forms = lang === "fr" ? c.demonymsFr : c.demonymsEn;
    for (const f of forms)
      t.add(entryTokens(f, lang), lexiconValue("demonym", c.code, undefined, undefined, lang === "en"));
  }
  tables.set(lang, t);
  primeLexiconMatches(lang);
  return t;
}

/**
 * Runs lexiconMatches once over words that take each of its branches (a phrase that is no
 * equipment, named systems and a demonym in lower case and as written), so that V8 has type
 * feedback for all of them before it optimises the function and the stages that inline it
 * (addLexiconEntities): a branch first taken on some later article threw the optimised code of
 * the whole caller away (deoptimised for "insufficient type feedback", then compiled again).
 */
function primeLexiconMatches(lang: string): void {
  const named = Object.values(WEAPON_SYSTEMS).flat();
  const country = countries().find((c) => (lang === "fr" ? c.demonymsFr : c.demonymsEn).length > 0);
  const demonym = country ? (lang === "fr" ? country.demonymsFr : country.demonymsEn)[0] : "";
  const phrases = [
    (lang === "fr" ? NOT_EQUIPMENT_FR : NOT_EQUIPMENT_EN)[0] ?? "",
    (named.find((f) => !/\d/.test(f)) ?? "").toLowerCase(),
    (named.find((f) => /\d/.test(f)) ?? "").toLowerCase(),
    demonym.toLowerCase(),
    demonym,
  ];
  lexiconMatches(
    phrases.filter(Boolean).flatMap((p) => [...entryTokens(p, lang), ","]),
    lang,
  );
}

/** A lexicon match over token indices [start, end). */
export interface LexiconMatch {
  start: number;
  end: number;
  value: LexiconValue;
}

/**
 * Longest non-overlapping lexicon matches over one sentence's tokens.
 *
 * @example
 * lexiconMatches(["des", "drones", "russes"], "fr").map((m) => m.value.key); // ["drone", "RU"]
 */
export function lexiconMatches(words: readonly string[], lang: string): LexiconMatch[] {
  const table = lexiconTable(lang);
  const memo = keyMemo(lang);
  const n = words.length;
  const keys = new Array<string>(n);
  // Per token one lookup of the word as written: its key and whether a phrase starts with it.
  const firsts = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const word = words[i];
    let known = memo.get(word);
    if (known === undefined) {
      const key = phraseKey(word);
      known = { key, first: table.hasFirst(key) };
      if (memo.size > 200_000) memo.clear();
      memo.set(word, known);
    }
    keys[i] = known.key;
    firsts[i] = known.first ? 1 : 0;
  }
  const out: LexiconMatch[] = [];
  for (let i = 0; i < n; ) {
    const m = firsts[i] ? table.longestAtKeys(keys, i) : null;
    if (!m) {
      i++;
      continue;
    }
    const value = m.values[0];
    if (value.kind === "none") {
      i += m.length;
      continue;
    }
    const first = words[i];
    const capital = first[0] !== first[0].toLowerCase();
    if (value.capitalised && !capital) {
      i++;
      continue;
    }
    // Named systems only when written as names (Patriot, not patriot).
    if (value.named && !capital && !/\d/.test(first)) {
      i++;
      continue;
    }
    out.push({ start: i, end: i + m.length, value });
    i += m.length;
  }
  return out;
}
