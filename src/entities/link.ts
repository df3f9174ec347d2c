import type { Doc } from "../doc/doc.ts";
import type { Entity } from "../doc/types.ts";
import {
  NAME_COMPOUND_PREFIXES_EN,
  NAME_COMPOUND_SUFFIXES_EN,
  NAME_JOINERS_EN,
  PLACE_COMPOUND_SUFFIXES_EN,
} from "../lang/en/entities-compounds.ts";
import {
  NAME_COMPOUND_PREFIXES_FR,
  NAME_COMPOUND_SUFFIXES_FR,
  NAME_JOINERS_FR,
} from "../lang/fr/entities-compounds.ts";
import type { Component } from "../pipeline/pipeline.ts";
import {
  type Country,
  capitalCityName,
  countryByCapital,
  countryByCode,
  countryByName,
  countryBySeat,
} from "./countries.ts";
import { lexiconMatches } from "./lexicon.ts";
import { nameKey, slug } from "./names.ts";
import { organisationByName, organisationBySeat, personByName } from "./tables.ts";

/**
 * Canonical linking: gives every entity an `id` shared across documents and
 * languages and a `canonical` name, and adds lexicon entities (equipment,
 * nationality adjectives).
 *
 * Ids: "country:RU" (countries, their seats of power, capitals used as actors,
 * demonyms), "city:moscow" (a capital read as a place: "à Moscou"),
 * "org:NATO", "person:vladimir-putin", "equip:drone"; names outside the tables
 * get "person:|org:|place:|misc:" + a slug of their longest form in the document.
 */

/** Words before a capital that make it a place rather than its government. */
const LOCATIVE = new Set([
  "à",
  "a",
  "dans",
  "vers",
  "près",
  "autour",
  "depuis",
  "en",
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "around",
  "to",
  "into",
  "from",
  "via",
  "through",
  "across",
]);
const SPATIAL = new Set([
  "nord",
  "sud",
  "est",
  "ouest",
  "banlieue",
  "environs",
  "région",
  "centre",
  "north",
  "south",
  "east",
  "west",
  "outskirts",
  "suburbs",
  "centre",
  "center",
]);

/** Titles dropped before person-name matching. */
const TITLES = new Set([
  "m",
  "mme",
  "mlle",
  "mr",
  "mrs",
  "ms",
  "dr",
  "pr",
  "prof",
  "sir",
  "président",
  "presidente",
  "présidente",
  "president",
  "premier",
  "ministre",
  "general",
  "général",
  "gen",
  "sen",
  "rep",
  "gov",
  "lord",
  "lady",
  "saint",
  "pope",
  "pape",
]);

function countryId(c: Country): { id: string; canonical: string } {
  return { id: `country:${c.code}`, canonical: c.name };
}

function words(text: string): string[] {
  return nameKey(text)
    .split(" ")
    .filter((w) => w !== "" && w !== "'s" && w !== "s");
}

/** Particles that stay inside a name although written in lower case (de Gaulle, von der Leyen, al-Assad). */
const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "d",
  "von",
  "van",
  "der",
  "den",
  "al",
  "el",
  "ben",
  "bin",
  "da",
  "di",
  "le",
  "la",
]);

function personWords(text: string): string[] {
  // Leading lower-case words are titles or adjectives the model took in ("président karsan Roustam Oderov").
  const raw = text.trim().split(/\s+/);
  while (raw.length > 1 && /^\p{Ll}/u.test(raw[0]) && !PARTICLES.has(nameKey(raw[0]))) raw.shift();
  const ws = words(raw.join(" "));
  while (ws.length > 1 && TITLES.has(ws[0])) ws.shift();
  return ws;
}

/** Time-zone abbreviations (written in capitals, as the model sees them). */
const TIME_ZONES: ReadonlySet<string> = new Set([
  "UTC",
  "GMT",
  "CET",
  "CEST",
  "EET",
  "EEST",
  "WET",
  "WEST",
  "EST",
  "EDT",
  "CST",
  "CDT",
  "MST",
  "MDT",
  "PST",
  "PDT",
  "AEST",
  "AEDT",
  "JST",
  "KST",
  "IST",
  "MSK",
  "HNE",
  "HAE",
  "HNP",
  "HAP",
]);

/** Whether `short` is `full` with some first names cut to their initial (same surname, at least one initial). */
function initialsOf(short: readonly string[], full: readonly string[]): boolean {
  if (short[short.length - 1] !== full[full.length - 1]) return false;
  let initials = 0;
  for (let i = 0; i < short.length - 1; i++) {
    if (short[i] === full[i]) continue;
    if (short[i].length !== 1 || full[i][0] !== short[i]) return false;
    initials++;
  }
  return initials > 0;
}

/** Whether the entity at [start, end) reads as a place ("à Moscou", "north of Kyiv"). */
function locativeContext(doc: Doc, e: Entity): boolean {
  const before = doc.text.slice(Math.max(0, e.start - 40), e.start).toLowerCase();
  const ws = before.split(/[\s’']+/).filter((w) => w !== "");
  const prev = ws[ws.length - 1] ?? "";
  const prev2 = ws[ws.length - 2] ?? "";
  // "according to Moscow" names a source, not a place.
  if (prev === "to" && prev2 === "according") return false;
  if (LOCATIVE.has(prev)) return true;
  if ((prev === "de" || prev === "d" || prev === "of") && SPATIAL.has(prev2)) return true;
  return false;
}

/**
 * Links PER mentions within a document: a shorter mention whose words all
 * appear, in order, at the end of a longer one (Jones → Seth Jones, Poutine →
 * Vladimir Poutine) takes that longer name.
 */
function resolvePeople(mentions: Entity[]): Map<Entity, string> {
  const full = new Map<Entity, string>();
  const sorted = [...mentions].sort((a, b) => personWords(b.text).length - personWords(a.text).length);
  const heads: { ws: string[]; text: string }[] = [];
  for (const m of sorted) {
    const ws = personWords(m.text);
    let found: { ws: string[]; text: string } | undefined;
    for (const h of heads) {
      // « B. Obama », "V. Sapounov": initials for the full name's first names
      if (h.ws.length === ws.length && ws.length >= 2 && initialsOf(ws, h.ws)) {
        found = h;
        break;
      }
      if (h.ws.length <= ws.length) continue;
      const tail = h.ws.slice(h.ws.length - ws.length);
      const lastOnly = ws.length === 1 && h.ws[h.ws.length - 1] === ws[0];
      if (
        lastOnly ||
        tail.join(" ") === ws.join(" ") ||
        (ws.length >= 2 && ws[0] === h.ws[0] && ws[ws.length - 1] === h.ws[h.ws.length - 1])
      ) {
        found = h;
        break;
      }
    }
    if (found) full.set(m, found.text);
    else {
      const head = { ws, text: ws.length < personWords(m.text).length ? m.text : m.text };
      heads.push(head);
      full.set(m, m.text);
    }
  }
  return full;
}

/**
 * Sets `id` and `canonical` on one entity from the tables, or returns false.
 */
function linkFromTables(doc: Doc, e: Entity): boolean {
  const text = e.text;
  const seat = countryBySeat(text);
  if (seat) return set(e, countryId(seat));
  // An organisation of the tables the model took for a person (« Wikinews », "Al Jazeera").
  const namedOrg = e.label === "PER" ? organisationByName(text) : undefined;
  if (namedOrg) {
    e.label = "ORG";
    e.rule = `${e.rule ?? "ner"}+organisations-table`;
    return set(e, { id: namedOrg.id, canonical: namedOrg.canonical });
  }
  const orgSeat = e.label !== "PER" ? organisationBySeat(text) : undefined;
  if (orgSeat && !locativeContext(doc, e)) return set(e, { id: orgSeat.id, canonical: orgSeat.canonical });
  if (e.label !== "PER") {
    const country = countryByName(text);
    if (country && (e.label !== "ORG" || nameKey(text).length > 3)) return set(e, countryId(country));
    const capital = countryByCapital(text);
    if (capital && e.label !== "ORG") {
      if (locativeContext(doc, e)) {
        const name = capitalCityName(capital, text);
        return set(e, { id: `city:${slug(name)}`, canonical: name });
      }
      return set(e, countryId(capital));
    }
    // « l'agence KCNA », "the broadcaster CNN": the name after a lower-case common noun
    const org =
      organisationByName(text) ?? organisationByName(text.replace(/^(?:\p{Ll}[\p{L}'’-]*\s+)+/u, ""));
    if (org) return set(e, { id: org.id, canonical: org.canonical });
    // A full name from the people table overrides the model's label (Kim Jong Un tagged ORG).
    const person = words(text).length >= 2 ? personByName(text) : undefined;
    if (person) {
      e.label = "PER";
      e.rule = `${e.rule ?? "ner"}+people-table`;
      return set(e, { id: person.id, canonical: person.canonical });
    }
  }
  return false;
}

function set(e: Entity, v: { id: string; canonical: string }): true {
  e.id = v.id;
  e.canonical = v.canonical;
  return true;
}

/**
 * Adds lexicon entities (equipment, demonyms) that do not overlap model
 * entities; named systems replace an overlapping MISC span.
 */
export function addLexiconEntities(doc: Doc): void {
  const lang = doc.lang ?? "";
  if (lang !== "fr" && lang !== "en") return;
  const tk = doc.tokens;
  const added: Entity[] = [];
  let s = 0;
  while (s < tk.length) {
    let e = s;
    while (e < tk.length && tk.sentence[e] === tk.sentence[s]) e++;
    const ws: string[] = [];
    for (let i = s; i < e; i++) ws.push(doc.text.slice(tk.start[i], tk.end[i]));
    for (const m of lexiconMatches(ws, lang)) {
      const start = tk.start[s + m.start];
      const end = tk.end[s + m.end - 1];
      const overlap = doc.entities.filter((x) => x.start < end && start < x.end);
      if (m.value.kind === "equipment") {
        if (overlap.some((x) => !(m.value.named && x.label === "MISC"))) continue;
        doc.entities = doc.entities.filter((x) => !overlap.includes(x));
        added.push({
          start,
          end,
          text: doc.text.slice(start, end),
          label: "EQUIP",
          id: `equip:${m.value.key}`,
          canonical: m.value.name ?? m.value.key,
          rule: "lexicon:equipment",
        });
      } else {
        const country = countryByCode(m.value.key);
        if (!country) continue;
        const same = overlap.find((x) => x.start === start && x.end === end);
        if (same) {
          set(same, countryId(country));
          continue;
        }
        if (overlap.length > 0) continue;
        added.push({
          start,
          end,
          text: doc.text.slice(start, end),
          label: "MISC",
          ...countryId(country),
          rule: "lexicon:demonym",
        });
      }
    }
    s = e;
  }
  if (added.length)
    doc.entities = [...doc.entities, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Gives every entity of a document an id and a canonical name.
 *
 * @example
 * linkEntities(doc); doc.entities[0].id; // "person:vladimir-putin"
 */
export function linkEntities(doc: Doc): void {
  // "10:39 a.m. (1639 UTC)": a time zone the model tagged is no entity.
  if (doc.entities.some((e) => TIME_ZONES.has(e.text)))
    doc.entities = doc.entities.filter((e) => !TIME_ZONES.has(e.text));
  if (doc.entities.some((e) => NAME_JOINER.test(e.text))) doc.entities = doc.entities.flatMap(splitKnownPair);
  if (doc.entities.some((e) => e.text.includes("-")))
    doc.entities = doc.entities.map((e) => nameInCompound(doc, e));
  const people: Entity[] = [];
  for (const e of doc.entities) {
    if (e.id) continue;
    if (linkFromTables(doc, e)) continue;
    if (e.label === "PER") people.push(e);
  }
  const full = resolvePeople(people);
  for (const e of people) {
    const longest = full.get(e) ?? e.text;
    const named = personWords(longest).join(" ");
    const known =
      personByName(longest) ?? personByName(e.text) ?? personByName(personWords(longest).join(" "));
    if (known) set(e, { id: known.id, canonical: known.canonical });
    else set(e, { id: `person:${slug(named)}`, canonical: cleanName(stripLeading(longest)) });
  }
  for (const e of doc.entities) {
    if (e.id) continue;
    const prefix =
      e.label === "ORG" ? "org" : e.label === "LOC" ? "place" : e.label === "EQUIP" ? "equip" : "misc";
    const key = e.label === "LOC" ? placeSlug(e.text) : slug(e.text);
    set(e, { id: `${prefix}:${key}`, canonical: cleanName(e.text) });
  }
}

/** " and ", « et », " & " between two names (both languages: names travel). */
const NAME_JOINER = new RegExp(` (?:${[...new Set([...NAME_JOINERS_EN, ...NAME_JOINERS_FR])].join("|")}) `);

/** A name of the tables (organisation, country, person), in any spelling. */
function knownName(text: string): boolean {
  return (
    organisationByName(text) !== undefined ||
    countryByName(text) !== undefined ||
    personByName(text) !== undefined
  );
}

/**
 * Two names of the tables the model tagged as one span ("Institute for the Study of War and Amnesty
 * International", « la France et l'Allemagne » read whole) become two entities; a span the tables know whole
 * ("Trinidad and Tobago") or with an unknown side stays as it is.
 */
function splitKnownPair(e: Entity): Entity[] {
  if (e.id || knownName(e.text)) return [e];
  const m = NAME_JOINER.exec(e.text);
  if (!m) return [e];
  const left = e.text.slice(0, m.index);
  const rightAt = m.index + m[0].length;
  const right = e.text.slice(rightAt).replace(/^(?:l'|l’|la |le |les |the )/i, "");
  const rightStart = e.start + e.text.length - right.length;
  if (!knownName(left) || !knownName(right)) return [e];
  const rule = `${e.rule ?? "ner"}+split`;
  return [
    { ...e, end: e.start + left.length, text: left, rule },
    { ...e, start: rightStart, text: right, rule },
  ];
}

const COMPOUNDS: Record<string, { suffix: RegExp; prefix: RegExp; places: ReadonlySet<string> }> = {
  en: {
    ...compoundPatterns(NAME_COMPOUND_PREFIXES_EN, NAME_COMPOUND_SUFFIXES_EN),
    places: new Set(PLACE_COMPOUND_SUFFIXES_EN),
  },
  fr: { ...compoundPatterns(NAME_COMPOUND_PREFIXES_FR, NAME_COMPOUND_SUFFIXES_FR), places: new Set() },
};

function compoundPatterns(prefixes: readonly string[], suffixes: readonly string[]) {
  const never = "(?!)";
  return {
    suffix: new RegExp(`^(\\p{Lu}.*?)-(${suffixes.join("|") || never})$`, "u"),
    prefix: new RegExp(`^(?:${prefixes.join("|") || never})-(\\p{Lu}.*)$`, "iu"),
  };
}

/**
 * The name inside a compound adjective the model tagged whole: "Russian-backed"
 * → "Russian" (a demonym of Russia), "Geneva-based" → "Geneva" (a place),
 * "pro-Kremlin" → "Kremlin"; other entities are returned unchanged.
 */
function nameInCompound(doc: Doc, e: Entity): Entity {
  const patterns = COMPOUNDS[doc.lang ?? ""];
  if (!patterns || e.id) return e;
  const suffix = patterns.suffix.exec(e.text);
  const prefix = suffix ? null : patterns.prefix.exec(e.text);
  const name = suffix?.[1] ?? prefix?.[1];
  if (!name) return e;
  const start = suffix ? e.start : e.end - name.length;
  const inner: Entity = {
    ...e,
    start,
    end: start + name.length,
    text: name,
    rule: `${e.rule ?? "ner"}+compound`,
  };
  const demonym = lexiconMatches([name], doc.lang ?? "").find((m) => m.value.kind === "demonym");
  const country = demonym ? countryByCode(demonym.value.key) : undefined;
  if (country) return { ...inner, label: "MISC", ...countryId(country) };
  if (countryByName(name) || countryByCapital(name) || countryBySeat(name)) inner.label = "LOC";
  else if (suffix && patterns.places.has(suffix[2])) inner.label = "LOC";
  return inner;
}

/** State forms dropped from place ids: République de Valdorie and Republic of Valdoria are one place. */
const STATE_FORM =
  /^(?:(?:republique|royaume|principaute|federation|etat|emirat|sultanat|grand duche) (?:federale |populaire |islamique |democratique )*(?:de la |de l'|du |des |d'|de )|(?:(?:federal|people's|islamic|democratic) )*(?:republic|kingdom|principality|federation|state|emirate|sultanate|grand duchy) of (?:the )?)/;

/**
 * Slug of a place outside the tables, folding the French country ending -ie
 * onto the English -ia (Valdorie / Valdoria) so both languages share the id.
 */
export function placeSlug(text: string): string {
  const key = nameKey(text).replace(STATE_FORM, "");
  return slug(key)
    .split("-")
    .map((w) => (w.length > 4 && w.endsWith("ie") ? `${w.slice(0, -2)}ia` : w))
    .join("-");
}

/** The name without the leading lower-case words and titles personWords drops, keeping its spelling. */
function stripLeading(text: string): string {
  const raw = text.trim().split(/\s+/);
  while (raw.length > 1 && /^\p{Ll}/u.test(raw[0]) && !PARTICLES.has(nameKey(raw[0]))) raw.shift();
  while (raw.length > 1 && TITLES.has(nameKey(raw[0]))) raw.shift();
  return raw.join(" ");
}

function cleanName(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/** Pipeline stage: lexicon entities, then canonical ids on every entity. */
export const link: Component = {
  name: "link",
  needs: ["entities"],
  adds: [],
  run(doc: Doc): Doc {
    addLexiconEntities(doc);
    linkEntities(doc);
    return doc;
  },
};
