/**
 * What the knowledge base derives from one article, the same for every Store:
 * entity ids after resolution and user rules, the names and roles seen, quote
 * keys, event frames with resolved actors, and the MinHash signature.
 */
import type { DocumentJSON } from "../../doc/json.ts";
import type { EntityLabel, EventActor, Modality } from "../../doc/types.ts";
import { PRONOUNS_EN } from "../../lang/en/quotes-cues.ts";
import { FIRST_SECOND_PERSONS_EN } from "../../lang/en/quotes-grammar.ts";
import { PRONOUNS_FR } from "../../lang/fr/quotes-cues.ts";
import { FIRST_SECOND_PERSONS_FR } from "../../lang/fr/quotes-grammar.ts";
import { fold } from "../query.ts";
import type { EntityRule } from "../store.ts";
import { minhash } from "./minhash.ts";

const KIND_OF_LABEL: Record<string, string> = {
  PER: "person",
  ORG: "org",
  LOC: "place",
  MISC: "misc",
  EQUIP: "equipment",
};

/**
 * A URL-safe slug of a name: folded, words joined by "-".
 *
 * @example
 * slug("Anton Brél"); // "anton-brel"
 */
export function slug(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** The id of an entity the linker left without one: its kind and slug ("person:mira-osk"). */
export function fallbackId(label: string | null, name: string): string {
  return `${KIND_OF_LABEL[label ?? ""] ?? "actor"}:${slug(name) || "unknown"}`;
}

/** Prefixes of ids the linker makes for names outside its tables from the NER label alone. */
const KIN_PREFIXES = ["org:", "place:", "misc:"] as const;

/**
 * The slug of an id the linker made for an organisation, place or misc name
 * outside its tables, or null: persons are never joined by name, and table ids
 * keep their own kind ("country:RU", "city:moscow", "org:NATO" in capitals).
 *
 * @example
 * kinSlug("place:valdoria"); // "valdoria"
 * kinSlug("org:NATO"); // null
 */
export function kinSlug(id: string): string | null {
  const prefix = KIN_PREFIXES.find((p) => id.startsWith(p));
  if (prefix === undefined) return null;
  const rest = id.slice(prefix.length);
  return rest && !/[\p{Lu}\p{Lt}]/u.test(rest) ? rest : null;
}

/** The ids one slug may take under the kin prefixes, in a fixed order (ties between them). */
export function kinIds(slug: string): string[] {
  return KIN_PREFIXES.map((p) => p + slug);
}

/**
 * What the KB already holds for a name outside the tables: `id` itself when
 * the KB has it, else the entity first seen with the same slug under another
 * kin prefix, else undefined.
 */
export type KinLookup = (id: string, slug: string) => string | undefined;

/**
 * Texts normalised lately: names recur across articles and a quote's text is normalised twice
 * when it is stored (its key and its folded column).
 */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 20_000;

/**
 * Words of a text folded and joined by single spaces, for matching names and quotes.
 *
 * @example
 * normalize("Le Président, à Kyïv !"); // "le president a kyiv"
 */
export function normalize(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    const folded = fold(text);
    out = ASCII_ONLY.test(folded) ? asciiWords(folded) : (folded.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The runs of ASCII letters and digits (\p{L} and \p{N} in ASCII) joined by single spaces. */
function asciiWords(text: string): string {
  let out = "";
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out = out === "" ? text.slice(start, i) : `${out} ${text.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}

/**
 * Applies user rules to raw entity ids: splits (an id's mentions written a
 * given way move to another id) first, then merges, followed transitively.
 *
 * @example
 * new Resolver([{ kind: "merge", from: "person:brel", into: "person:anton-brel" }]).resolve("person:brel", "Brel");
 * // "person:anton-brel"
 */
export class Resolver {
  readonly #merges = new Map<string, string>();
  readonly #splits = new Map<string, string>();

  constructor(rules: readonly EntityRule[]) {
    for (const r of rules) {
      if (r.kind === "merge") this.#merges.set(r.from, r.into);
      else if (r.alias !== undefined) this.#splits.set(`${r.from}\u0000${normalize(r.alias)}`, r.into);
    }
  }

  get empty(): boolean {
    return this.#merges.size === 0 && this.#splits.size === 0;
  }

  resolve(id: string, text: string): string {
    if (this.empty) return id;
    let out = this.#splits.get(`${id}\u0000${normalize(text)}`) ?? id;
    const seen = new Set<string>([out]);
    for (let next = this.#merges.get(out); next !== undefined; next = this.#merges.get(out)) {
      if (seen.has(next)) break; // a cycle of merges: stop where it closes
      seen.add(next);
      out = next;
    }
    return out;
  }
}

export interface Appearance {
  label: EntityLabel | null;
  /** Names as written in this article, with whether the linker gave it as canonical. */
  names: string[];
  canonical: string | null;
  /** NER mentions in this article (0 when it only appears as a speaker or actor). */
  mentions: number;
}

export interface DerivedQuote {
  idx: number;
  /** Quotes with the same key are the same quote (text folded, short and scare quotes per article). */
  key: string;
  text: string;
  kind: string;
  speakerId: string | null;
  speakerName: string | null;
  role: string | null;
}

export interface DerivedEvent {
  idx: number;
  type: string;
  modality: Modality;
  sources: { id: string; name: string }[];
  targets: { id: string; name: string }[];
  date: { value: string; precision: string } | null;
  items: string[];
  quantities: number[];
}

export interface DerivedArticle {
  /** Every entity the article names, by resolved id. */
  appearances: Map<string, Appearance>;
  /** Roles and affiliations given to speakers, by resolved id. */
  roles: { id: string; role: string }[];
  quotes: DerivedQuote[];
  events: DerivedEvent[];
  signature: Uint32Array | null;
}

/** A speaker left as a pronoun ("I" in an interview, « il ») is nobody the KB can name. */
const PRONOUN_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(PRONOUNS_FR),
  ...Object.keys(PRONOUNS_EN),
  ...FIRST_SECOND_PERSONS_FR,
  ...FIRST_SECOND_PERSONS_EN,
]);

/** Quotes shorter than this (in words) are only merged within one speaker. */
const MIN_SHARED_QUOTE_WORDS = 4;

/**
 * Derives the knowledge-base rows of one article.
 *
 * @example
 * const derived = deriveArticle(doc, new Resolver(rules), (id, slug) => kb.kinOf(id, slug));
 * derived.appearances.get("person:anton-brel")?.mentions; // 1
 */
export function deriveArticle(
  doc: DocumentJSON,
  resolver: Resolver,
  kin?: KinLookup,
  /** The text's MinHash signature when the caller computed it already (`minhash(doc.text)`). */
  signature: Uint32Array | null = minhash(doc.text),
): DerivedArticle {
  const appearances = new Map<string, Appearance>();
  const see = (id: string, name: string, label: EntityLabel | null, mention: boolean, canonical?: string) => {
    let a = appearances.get(id);
    if (!a) {
      a = { label, names: [], canonical: null, mentions: 0 };
      appearances.set(id, a);
    }
    if (a.label === null) a.label = label;
    if (canonical && !a.canonical) a.canonical = canonical;
    const trimmed = name.trim();
    if (trimmed && !a.names.includes(trimmed)) a.names.push(trimmed);
    if (mention) a.mentions++;
  };

  // Raw ids by folded name, so that "Brel" after "Anton Brel" and actors named like a mention resolve alike.
  const byName = new Map<string, string>();
  const persons: { words: string[]; id: string }[] = [];
  for (const e of doc.entities) {
    if (!e.id) continue;
    byName.set(normalize(e.text), e.id);
    if (e.canonical) byName.set(normalize(e.canonical), e.id);
    if (e.label === "PER") persons.push({ words: normalize(e.text).split(" "), id: e.id });
  }
  const rawId = (name: string, label: string | null, given?: string): string => {
    if (given) return given;
    const n = normalize(name);
    const known = byName.get(n);
    if (known) return known;
    if (label === "PER" || label === null) {
      // A surname or a first+last subset of a linked person named in the same article.
      const words = n.split(" ");
      const found = persons.find(
        (p) => words.length < p.words.length && p.words.slice(-words.length).join(" ") === n,
      );
      if (found) return found.id;
    }
    return fallbackId(label, name);
  };

  // "Valdoria" tagged LOC in one article and ORG in another: one entity, the first id seen wins
  // (in the KB, then in this article). A user rule on the id itself wins over this.
  const joinedBySlug = new Map<string, string>();
  const joinedById = new Map<string, string>();
  const join = (id: string): string => {
    let out = joinedById.get(id);
    if (out !== undefined) return out;
    const s = kinSlug(id);
    out = s === null ? id : (kin?.(id, s) ?? joinedBySlug.get(s) ?? id);
    if (s !== null && !joinedBySlug.has(s)) joinedBySlug.set(s, out);
    joinedById.set(id, out);
    return out;
  };
  const resolve = (raw: string, text: string): string => {
    const ruled = resolver.resolve(raw, text);
    if (ruled !== raw) return ruled;
    const joined = join(raw);
    return joined === raw ? raw : resolver.resolve(joined, text);
  };

  for (const e of doc.entities) {
    const id = resolve(rawId(e.text, e.label, e.id), e.text);
    see(id, e.text, e.label, true, e.canonical);
  }

  const roles: { id: string; role: string }[] = [];
  const quotes: DerivedQuote[] = doc.quotes.map((q, idx) => {
    let speakerId: string | null = null;
    const s = q.speaker;
    const named = s?.name && !PRONOUN_NAMES.has(s.name.trim().toLowerCase()) ? s.name : null;
    if (s && named) {
      // "police", "officials": a speaker named by a common noun is a generic actor, not a person; so is a
      // single capitalised word no person of the article ends with ("Reuters", "Interfax").
      const label = /\p{Lu}/u.test(s.name) && /\s/.test(s.name.trim()) ? "PER" : null;
      speakerId = resolve(rawId(s.name, label, s.entity), s.name);
      see(speakerId, s.name, label, false);
      for (const role of [s.role, s.affiliation]) if (role) roles.push({ id: speakerId, role });
    }
    const words = normalize(q.text);
    const shared = q.kind !== "scare" && words.split(" ").length >= MIN_SHARED_QUOTE_WORDS;
    const key = shared ? words : `${speakerId ?? `${doc.id}:${idx}`}\u0000${words}`;
    return {
      idx,
      key,
      text: q.text,
      kind: q.kind,
      speakerId,
      speakerName: named,
      role: s?.role ?? null,
    };
  });

  const actor = (a: EventActor) => {
    const id = resolve(rawId(a.name, null, a.entity), a.name);
    see(id, a.name, null, false);
    return { id, name: a.name };
  };
  const events: DerivedEvent[] = doc.events.map((e, idx) => {
    if (e.reportedBy?.name) actor(e.reportedBy);
    const quantities = [
      ...new Set((e.items ?? []).flatMap((i) => (i.quantity === undefined ? [] : [i.quantity]))),
    ];
    const sources = dedupe(e.source.map(actor));
    return {
      idx,
      type: e.type,
      modality: e.modality,
      sources,
      targets: withoutSources(dedupe(e.target.map(actor)), sources),
      date: e.date ? { value: e.date.value, precision: e.date.precision } : null,
      items: [...new Set((e.items ?? []).map((i) => i.text))],
      quantities,
    };
  });

  return { appearances, roles, quotes, events, signature };
}

/**
 * Targets that are not also sources: « Washington » as target of « les États-Unis » (one country) would
 * make an actor act on itself, an edge from a node to itself in the graph.
 */
export function withoutSources<T extends { id: string }>(
  targets: T[],
  sources: readonly { id: string }[],
): T[] {
  return targets.filter((t) => !sources.some((s) => s.id === t.id));
}

function dedupe(actors: { id: string; name: string }[]): { id: string; name: string }[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}

/** Two dates are compatible when either is unknown or one is a prefix of the other ("2024-03" ⊃ "2024-03-14"). */
export function compatibleDates(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

/** What a merged event keeps to decide whether a new report is the same event. */
export interface EventClusterShape {
  type: string;
  sources: string[];
  targets: string[];
  date: string | null;
  quantities: number[];
}

const overlaps = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));

/**
 * Whether a reported event is the same as a merged one: same type, sources and
 * targets overlapping (an empty side matches), at least one actor shared,
 * compatible dates, and shared quantities when both report some.
 */
export function sameEvent(cluster: EventClusterShape, e: DerivedEvent): boolean {
  if (cluster.type !== e.type) return false;
  const sources = e.sources.map((a) => a.id);
  const targets = e.targets.map((a) => a.id);
  const all = [...cluster.sources, ...cluster.targets];
  if (![...sources, ...targets].some((id) => all.includes(id))) return false;
  if (!overlaps(cluster.sources, sources) || !overlaps(cluster.targets, targets)) return false;
  if (!compatibleDates(cluster.date, e.date?.value ?? null)) return false;
  return overlaps(cluster.quantities, e.quantities);
}

/**
 * Whether a date value overlaps a range whose bounds may be of any precision.
 *
 * @example
 * inRange("2024-03-14", { from: "2024-03", to: "2024-03" }); // true
 * inRange("2024", { from: "2024-03" }); // true: the year contains March
 */
export function inRange(value: string | null, range: { from?: string; to?: string }): boolean {
  if (range.from === undefined && range.to === undefined) return true;
  if (value === null) return false;
  if (range.to !== undefined && value.slice(0, range.to.length) > range.to) return false;
  if (range.from !== undefined && value < range.from.slice(0, value.length)) return false;
  return true;
}

/** The period of a date at a granularity, or null when the date is less precise. */
export function periodOf(value: string | null, granularity: "year" | "month" | "day"): string | null {
  if (value === null) return null;
  const length = granularity === "year" ? 4 : granularity === "month" ? 7 : 10;
  return value.length >= length ? value.slice(0, length) : null;
}

/** Stable short id from a string (quote clusters). */
export function shortHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x12345678;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
