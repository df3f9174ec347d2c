/**
 * Search benchmark: a knowledge base of N generated articles (Zipf-distributed
 * invented vocabulary, entities, quotes and events), then search latency
 * percentiles over a mix of queries with and without structured filters.
 */
import { contentId } from "../doc/doc.ts";
import { type DocumentJSON, FORMAT_VERSION } from "../doc/json.ts";
import type { Entity, Event, Quote } from "../doc/types.ts";
import type { SearchOptions, Store } from "../store/store.ts";

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "ve",
  "ri",
  "sta",
  "mon",
  "de",
  "tu",
  "ar",
  "ni",
  "qua",
  "bel",
  "or",
  "zi",
  "pe",
  "lan",
  "gu",
  "fe",
  "so",
  "mi",
];
const TYPES = [
  "AID",
  "ASSAULT",
  "COERCE",
  "CONSULT",
  "COOPERATE",
  "DEMAND",
  "DISAPPROVE",
  "ENGAGE",
  "MOBILIZE",
  "PROTEST",
  "REJECT",
  "RETREAT",
  "SANCTION",
  "THREATEN",
  "YIELD",
  "CONCEDE",
];
const MODALITIES = [
  "asserted",
  "reported",
  "pledged",
  "delivered",
  "negated",
  "hypothetical",
  "planned",
] as const;

function word(r: () => number, i: number): string {
  let w = "";
  let n = i + 1;
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return r() < 0.05 ? `${w}é` : w;
}

/** A Zipf sampler over 0…n-1 (s = 1.1) by inverse CDF on a precomputed table. */
function zipf(n: number, r: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1) ** 1.1;
    cdf[i] = sum;
  }
  return () => {
    const x = r() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Generator {
  vocabulary: string[];
  people: string[];
  countries: string[];
  outlets: string[];
  next(n: number): DocumentJSON;
}

/**
 * Generated articles, deterministic for a seed.
 *
 * @example
 * const gen = generator(1);
 * await store.put(gen.next(0));
 */
export function generator(seed = 1): Generator {
  const r = rng(seed);
  const vocabulary = Array.from({ length: 30000 }, (_, i) => word(r, i + 400));
  const people = Array.from(
    { length: 5000 },
    (_, i) => `${cap(word(r, i * 7 + 11))} ${cap(word(r, i * 13 + 5000))}`,
  );
  const countries = Array.from({ length: 200 }, (_, i) => cap(word(r, i + 90000)));
  const outlets = Array.from({ length: 50 }, (_, i) => `The ${cap(word(r, i + 70000))} Post`);
  const pickWord = zipf(vocabulary.length, r);
  const pickPerson = zipf(people.length, r);
  const pickCountry = zipf(countries.length, r);
  return {
    vocabulary,
    people,
    countries,
    outlets,
    next(n: number): DocumentJSON {
      const entities: Entity[] = [];
      const quotes: Quote[] = [];
      const events: Event[] = [];
      let text = "";
      const sentences: { start: number; end: number }[] = [];
      const person = people[pickPerson()];
      const source = countries[pickCountry()];
      const target = countries[pickCountry()];
      for (let s = 0; s < 12; s++) {
        const start = text.length;
        if (s === 1 || s === 5) {
          const at = text.length;
          text += `${person} `;
          entities.push({
            start: at,
            end: at + person.length,
            text: person,
            label: "PER",
            id: `person:${slugOf(person)}`,
          });
        }
        if (s === 2) {
          const a = text.length;
          text += `${source} `;
          entities.push({
            start: a,
            end: a + source.length,
            text: source,
            label: "LOC",
            id: `country:${slugOf(source)}`,
          });
        }
        const words = 8 + Math.floor(r() * 14);
        for (let w = 0; w < words; w++) text += `${vocabulary[pickWord()]} `;
        if (s === 3) {
          const q = `“${vocabulary[pickWord()]} ${vocabulary[pickWord()]} ${vocabulary[pickWord()]} ${vocabulary[pickWord()]} ${vocabulary[pickWord()]}”`;
          const a = text.length;
          text += `${q} `;
          quotes.push({
            start: a,
            end: a + q.length,
            text: q,
            kind: "direct",
            speaker: { name: person, entity: `person:${slugOf(person)}` },
          });
        }
        if (s === 4) {
          const trigger = vocabulary[pickWord()];
          const a = text.length;
          text += `${trigger} `;
          events.push({
            type: TYPES[Math.floor(r() * TYPES.length)],
            trigger: { start: a, end: a + trigger.length, text: trigger },
            source: [{ name: source, entity: `country:${slugOf(source)}` }],
            target: [{ name: target, entity: `country:${slugOf(target)}` }],
            modality: MODALITIES[Math.floor(r() * MODALITIES.length)],
            evidence: { start, end: text.length },
          });
        }
        text = `${text.trimEnd()}. `;
        sentences.push({ start, end: text.length - 1 });
      }
      text = text.trimEnd();
      const title = `${cap(vocabulary[pickWord()])} ${vocabulary[pickWord()]} ${vocabulary[pickWord()]} ${n}`;
      const year = 2015 + Math.floor(r() * 10);
      const month = 1 + Math.floor(r() * 12);
      const day = 1 + Math.floor(r() * 28);
      return {
        version: FORMAT_VERSION,
        id: contentId(title, text),
        lang: r() < 0.5 ? "fr" : "en",
        title,
        text,
        source: { path: `gen/${n}.txt`, outlet: outlets[Math.floor(r() * outlets.length)] },
        date: { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" },
        paragraphs: [{ start: 0, end: text.length }],
        sentences,
        entities,
        quotes,
        events,
        quantities: [],
        dates: [],
        flags: [],
      };
    },
  };
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const pad = (n: number) => String(n).padStart(2, "0");
const slugOf = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");

/** Fills `store` with generated articles 0…count-1; returns articles/s. */
export async function fill(
  store: Store,
  count: number,
  gen = generator(1),
  onProgress?: (n: number) => void,
): Promise<number> {
  const t0 = performance.now();
  const batch = 500;
  for (let n = 0; n < count; n += batch) {
    const docs = [];
    for (let k = n; k < Math.min(count, n + batch); k++) docs.push(gen.next(k));
    await store.putMany(docs);
    if (onProgress && Math.floor((n + docs.length) / 5000) > Math.floor(n / 5000))
      onProgress(n + docs.length);
  }
  return count / ((performance.now() - t0) / 1000);
}

export interface SearchBench {
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** p95 per query kind. */
  kinds: Record<string, { p50: number; p95: number }>;
}

/** Runs `rounds` of a mixed query set and reports latency percentiles in milliseconds. */
export async function benchSearch(store: Store, gen: Generator, rounds = 100): Promise<SearchBench> {
  const r = rng(7);
  const v = gen.vocabulary;
  const pick = (from: number, to: number) => v[from + Math.floor(r() * (to - from))];
  const kinds: [string, () => [string, SearchOptions]][] = [
    ["common word", () => [pick(0, 20), {}]],
    ["mid word", () => [pick(100, 2000), {}]],
    ["rare word", () => [pick(5000, 30000), {}]],
    ["two words", () => [`${pick(0, 200)} ${pick(0, 2000)}`, {}]],
    ["prefix", () => [`${pick(0, 500).slice(0, 4)}*`, {}]],
    ["word + lang + dates", () => [pick(0, 500), { lang: "fr", from: "2019", to: "2020-06" }]],
    ["word + entity", () => [pick(0, 100), { entity: `person:${slugOf(gen.people[Math.floor(r() * 20)])}` }]],
    ["word + event type + modality", () => [pick(0, 100), { eventType: "AID", modality: "pledged" }]],
    ["word + outlet", () => [pick(0, 500), { outlet: gen.outlets[Math.floor(r() * gen.outlets.length)] }]],
  ];
  for (const [, make] of kinds) await store.search(...make()); // warm caches
  const all: number[] = [];
  const perKind: Record<string, number[]> = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, make] of kinds) {
      const [q, o] = make();
      const t0 = performance.now();
      await store.search(q, { limit: 20, ...o });
      const ms = performance.now() - t0;
      all.push(ms);
      perKind[name] ??= [];
      perKind[name].push(ms);
    }
  }
  return {
    queries: all.length,
    ...percentiles(all),
    kinds: Object.fromEntries(
      Object.entries(perKind).map(([k, xs]) => [k, { p50: pct(xs, 50), p95: pct(xs, 95) }]),
    ),
  };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function percentiles(xs: number[]) {
  return { p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), max: Math.max(...xs) };
}

/** Median and worst latency (ms) of the other KB queries the API serves, on the same KB. */
export async function benchQueries(
  store: Store,
  gen: Generator,
  rounds = 5,
): Promise<Record<string, { median: number; max: number }>> {
  const top = `person:${slugOf(gen.people[0])}`;
  const country = `country:${slugOf(gen.countries[0])}`;
  const cases: [string, () => Promise<unknown>][] = [
    ["entities (first page)", () => store.entities({ limit: 50 })],
    ["entities ?q= (a name)", () => store.entities({ q: gen.people[3].split(" ")[1], limit: 50 })],
    ["entities ?q= (no match)", () => store.entities({ q: "zzzzqx", limit: 50 })],
    ["entity detail (most named person)", () => store.entity(top)],
    ["entity detail (most named country)", () => store.entity(country)],
    ["events ?actor=&type=", () => store.events({ actor: country, type: "AID", limit: 50 })],
    [
      "events ?modality=&from=&to=",
      () => store.events({ modality: "pledged", from: "2020", to: "2020-06", limit: 50 }),
    ],
    ["quotes ?speaker=", () => store.quotes({ speaker: top, limit: 50 })],
    ["timeline ?entity=", () => store.timeline({ entity: top })],
    ["graph ?type=&from=&to=", () => store.graph({ type: "AID", from: "2024-01", to: "2024-03" })],
  ];
  const out: Record<string, { median: number; max: number }> = {};
  for (const [name, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    out[name] = { median: pct(times, 50), max: Math.max(...times) };
  }
  return out;
}
