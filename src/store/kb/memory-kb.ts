/**
 * The knowledge-base part of MemoryStore: cross-article entities, merged
 * events and quotes, near-duplicates, kept in plain maps. The SQLite store
 * keeps the same aggregates in tables; the shared contract suite holds both
 * to the same answers.
 */
import type { ArticleDate, EntityLabel, Modality } from "../../doc/types.ts";
import { clampLimit, DEFAULT_LIST_LIMIT, decodeCursor, encodeCursor } from "../query.ts";
import type {
  ActorRef,
  EntityDetail,
  EntityListOptions,
  EntitySummary,
  EventFilters,
  EventListOptions,
  EventMention,
  GraphData,
  GraphEdge,
  GraphNode,
  MergedEvent,
  MergedEventDetail,
  Page,
  QuoteCluster,
  QuoteListOptions,
  TimelineBucket,
  TimelineOptions,
} from "../store.ts";
import {
  type DerivedArticle,
  type DerivedEvent,
  inRange,
  kinSlug,
  normalize,
  periodOf,
  sameEvent,
  shortHash,
  withoutSources,
} from "./derive.ts";
import { bands, NEAR_DUPLICATE_THRESHOLD, similarity } from "./minhash.ts";

/** What the KB needs to know of an article besides its derived rows. */
export interface ArticleMeta {
  seq: number;
  id: string;
  lang: string | null;
  title: string | null;
  date: string | null;
  outlet: string | null;
  text: string;
  /** Evidence and trigger spans of the article's events, by index. */
  events: {
    trigger: { start: number; end: number; text: string };
    evidence: { start: number; end: number };
  }[];
  /** Quote spans by index. */
  quotes: { start: number; end: number }[];
  /** Event types and modalities, for search filters. */
  eventKinds: { type: string; modality: string }[];
}

interface MemEntity {
  id: string;
  name: string;
  canonical: boolean;
  label: EntityLabel | null;
  mentions: number;
  articles: Set<number>;
  firstSeen: string | null;
  lastSeen: string | null;
}

interface MemEvent {
  id: string;
  order: number;
  type: string;
  sources: ActorRef[];
  targets: ActorRef[];
  date: ArticleDate | null;
  items: string[];
  quantities: number[];
  mentions: { seq: number; idx: number; modality: Modality }[];
}

interface MemQuote {
  id: string;
  order: number;
  text: string;
  kind: string;
  speakerId: string | null;
  speakerName: string | null;
  role: string | null;
  sources: { seq: number; idx: number }[];
}

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** Offset paging over an array already in order. */
export function pageOf<T>(all: T[], options: { limit?: number; cursor?: string | null }): Page<T> {
  const limit = clampLimit(options.limit, DEFAULT_LIST_LIMIT);
  const offset = decodeCursor(options.cursor);
  const items = all.slice(offset, offset + limit);
  return { items, next: offset + limit < all.length ? encodeCursor(offset + limit) : null };
}

/** A better display name: a canonical one wins, then the longer. */
export function betterName(
  current: { name: string; canonical: boolean },
  name: string,
  canonical: boolean,
): boolean {
  if (canonical !== current.canonical) return canonical;
  return name.length > current.name.length;
}

/**
 * The in-memory knowledge base.
 *
 * @example
 * const kb = new MemoryKb();
 * kb.add(meta, deriveArticle(doc, resolver, (id, slug) => kb.kinOf(id, slug)));
 */
export class MemoryKb {
  readonly articles = new Map<number, { meta: ArticleMeta; derived: DerivedArticle }>();
  readonly #entities = new Map<string, MemEntity>();
  readonly #events: MemEvent[] = [];
  readonly #quotes = new Map<string, MemQuote>();
  readonly #buckets = new Map<string, number[]>();
  /** First entity id by slug of the names outside the tables (see kinSlug). */
  readonly #kin = new Map<string, string>();

  /**
   * The entity a name outside the tables joins: `id` when the KB has it, else the
   * first seen with the same slug as another kind ("org:valdoria" → "place:valdoria").
   */
  kinOf(id: string, slug: string): string | undefined {
    return this.#entities.has(id) ? id : this.#kin.get(slug);
  }

  /** Indexes one article; returns the earlier article it nearly duplicates, if any. */
  add(meta: ArticleMeta, derived: DerivedArticle): { id: string; similarity: number } | undefined {
    const near = this.#nearDuplicate(derived.signature);
    this.articles.set(meta.seq, { meta, derived });
    if (derived.signature) {
      bands(derived.signature).forEach((bucket, band) => {
        const key = `${band}:${bucket}`;
        const list = this.#buckets.get(key);
        if (list) list.push(meta.seq);
        else this.#buckets.set(key, [meta.seq]);
      });
    }
    for (const [id, a] of derived.appearances) {
      let e = this.#entities.get(id);
      const name = a.canonical ?? longest(a.names);
      if (!e) {
        e = {
          id,
          name,
          canonical: a.canonical !== null,
          label: a.label,
          mentions: 0,
          articles: new Set(),
          firstSeen: null,
          lastSeen: null,
        };
        this.#entities.set(id, e);
        const kin = kinSlug(id);
        if (kin !== null && !this.#kin.has(kin)) this.#kin.set(kin, id);
      } else if (betterName(e, name, a.canonical !== null)) {
        e.name = name;
        e.canonical = a.canonical !== null;
      }
      e.label ??= a.label;
      e.mentions += a.mentions;
      e.articles.add(meta.seq);
      e.firstSeen = minDate(e.firstSeen, meta.date);
      e.lastSeen = maxDate(e.lastSeen, meta.date);
    }
    for (const q of derived.quotes) {
      const id = `q-${shortHash(q.key)}`;
      let c = this.#quotes.get(id);
      if (!c) {
        c = {
          id,
          order: this.#quotes.size,
          text: q.text,
          kind: q.kind,
          speakerId: null,
          speakerName: null,
          role: null,
          sources: [],
        };
        this.#quotes.set(id, c);
      }
      if (c.speakerName === null && q.speakerName !== null) {
        c.speakerId = q.speakerId;
        c.speakerName = q.speakerName;
        c.role = q.role;
      }
      c.sources.push({ seq: meta.seq, idx: q.idx });
    }
    for (const e of derived.events) this.#addEvent(meta, e);
    return near;
  }

  #nearDuplicate(signature: Uint32Array | null): { id: string; similarity: number } | undefined {
    if (!signature) return undefined;
    const candidates = new Set<number>();
    bands(signature).forEach((bucket, band) => {
      for (const seq of this.#buckets.get(`${band}:${bucket}`) ?? []) candidates.add(seq);
    });
    let best: { seq: number; similarity: number } | undefined;
    for (const seq of [...candidates].sort((a, b) => a - b)) {
      const other = this.articles.get(seq)?.derived.signature;
      if (!other) continue;
      const s = similarity(signature, other);
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { seq, similarity: s };
    }
    return best && { id: this.articles.get(best.seq)!.meta.id, similarity: best.similarity };
  }

  #addEvent(meta: ArticleMeta, e: DerivedEvent): void {
    // The latest compatible merged event wins.
    let cluster: MemEvent | undefined;
    for (let i = this.#events.length - 1; i >= 0; i--) {
      const c = this.#events[i];
      const shape = {
        type: c.type,
        sources: c.sources.map((a) => a.id),
        targets: c.targets.map((a) => a.id),
        date: c.date?.value ?? null,
        quantities: c.quantities,
      };
      if (sameEvent(shape, e)) {
        cluster = c;
        break;
      }
    }
    if (!cluster) {
      cluster = {
        id: `ev-${meta.id.slice(0, 12)}-${e.idx}`,
        order: this.#events.length,
        type: e.type,
        sources: [],
        targets: [],
        date: null,
        items: [],
        quantities: [],
        mentions: [],
      };
      this.#events.push(cluster);
    }
    for (const a of e.sources) if (!cluster.sources.some((s) => s.id === a.id)) cluster.sources.push(a);
    for (const a of e.targets) if (!cluster.targets.some((s) => s.id === a.id)) cluster.targets.push(a);
    if (e.date && (!cluster.date || e.date.value.length > cluster.date.value.length)) {
      cluster.date = e.date as ArticleDate;
    }
    for (const i of e.items) if (!cluster.items.includes(i)) cluster.items.push(i);
    for (const q of e.quantities) if (!cluster.quantities.includes(q)) cluster.quantities.push(q);
    cluster.mentions.push({ seq: meta.seq, idx: e.idx, modality: e.modality });
  }

  #summary(e: MemEntity): EntitySummary {
    return {
      id: e.id,
      name: e.name,
      label: e.label,
      articleCount: e.articles.size,
      mentionCount: e.mentions,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
    };
  }

  entities(options: EntityListOptions): Page<EntitySummary> {
    const words = options.q === undefined ? [] : normalize(options.q).split(" ").filter(Boolean);
    const all = [...this.#entities.values()].filter((e) => {
      if (options.label !== undefined && e.label !== options.label) return false;
      if (words.length === 0) return true;
      const names = [e.name, ...this.#aliasNames(e.id)].map(normalize);
      return names.some((n) => words.every((w) => n.includes(w)));
    });
    all.sort((a, b) => b.articles.size - a.articles.size || (a.id < b.id ? -1 : 1));
    return pageOf(
      all.map((e) => this.#summary(e)),
      options,
    );
  }

  #aliasNames(id: string): string[] {
    const names = new Set<string>();
    for (const seq of this.#entities.get(id)?.articles ?? []) {
      for (const n of this.articles.get(seq)?.derived.appearances.get(id)?.names ?? []) names.add(n);
    }
    return [...names];
  }

  entity(id: string, mergedFrom: string[]): EntityDetail | null {
    const e = this.#entities.get(id);
    if (!e) return null;
    const aliases: Record<string, Map<string, number>> = {};
    const roles = new Map<string, number>();
    const neighbours = new Map<string, number>();
    const activity = new Map<string, { articles: number; mentions: number }>();
    for (const seq of e.articles) {
      const { meta, derived } = this.articles.get(seq)!;
      const a = derived.appearances.get(id)!;
      const lang = meta.lang ?? "und";
      aliases[lang] ??= new Map();
      for (const n of a.names) aliases[lang].set(n, (aliases[lang].get(n) ?? 0) + 1);
      for (const r of derived.roles) if (r.id === id) roles.set(r.role, (roles.get(r.role) ?? 0) + 1);
      for (const other of derived.appearances.keys()) {
        if (other !== id) neighbours.set(other, (neighbours.get(other) ?? 0) + 1);
      }
      const period = periodOf(meta.date, "month");
      if (period) {
        const b = activity.get(period) ?? { articles: 0, mentions: 0 };
        b.articles++;
        b.mentions += a.mentions;
        activity.set(period, b);
      }
    }
    const events = this.#eventList({});
    return {
      ...this.#summary(e),
      aliases: Object.fromEntries(Object.entries(aliases).map(([lang, m]) => [lang, counted(m)])),
      roles: counted(roles),
      mergedFrom,
      quotes: this.#quoteList({ speaker: id }).slice(0, 100),
      eventsAsSource: events.filter((x) => x.sources.some((a) => a.id === id)).slice(0, 100),
      eventsAsTarget: events.filter((x) => x.targets.some((a) => a.id === id)).slice(0, 100),
      cooccurring: [...neighbours]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 50)
        .map(([other, articles]) => ({
          id: other,
          name: this.#entities.get(other)?.name ?? other,
          articles,
        })),
      activity: [...activity].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, b]) => ({ period, ...b })),
    };
  }

  #merged(c: MemEvent): MergedEvent {
    return mergedEvent(
      c,
      c.mentions.map((m) => {
        const meta = this.articles.get(m.seq)!.meta;
        return { ...m, date: meta.date, articleId: meta.id };
      }),
    );
  }

  #eventMatches(c: MemEvent, f: EventFilters): boolean {
    if (f.type !== undefined && c.type !== f.type) return false;
    if (f.actor !== undefined && ![...c.sources, ...c.targets].some((a) => a.id === f.actor)) return false;
    if (f.modality !== undefined && !c.mentions.some((m) => m.modality === f.modality)) return false;
    if (f.lang !== undefined && !c.mentions.some((m) => this.articles.get(m.seq)?.meta.lang === f.lang))
      return false;
    if (f.from !== undefined || f.to !== undefined) {
      const when = c.date?.value ?? this.#firstSeen(c);
      if (!inRange(when, f)) return false;
    }
    return true;
  }

  #firstSeen(c: MemEvent): string | null {
    let first: string | null = null;
    for (const m of c.mentions) first = minDate(first, this.articles.get(m.seq)!.meta.date);
    return first;
  }

  #eventList(f: EventFilters): MergedEvent[] {
    return this.#events
      .filter((c) => this.#eventMatches(c, f))
      .sort((a, b) => b.order - a.order)
      .map((c) => this.#merged(c));
  }

  events(options: EventListOptions): Page<MergedEvent> {
    return pageOf(this.#eventList(options), options);
  }

  event(id: string): MergedEventDetail | null {
    const c = this.#events.find((x) => x.id === id);
    if (!c) return null;
    const merged = this.#merged(c);
    const mentions: EventMention[] = c.mentions.map((m) => {
      const meta = this.articles.get(m.seq)!.meta;
      const ev = meta.events[m.idx];
      return {
        articleId: meta.id,
        title: meta.title,
        outlet: meta.outlet,
        lang: meta.lang,
        articleDate: meta.date,
        modality: m.modality,
        trigger: { ...ev.trigger },
        evidence: { ...ev.evidence, text: meta.text.slice(ev.evidence.start, ev.evidence.end) },
      };
    });
    return { ...merged, mentions };
  }

  #quoteList(options: QuoteListOptions): QuoteCluster[] {
    const q = options.q === undefined ? [] : normalize(options.q).split(" ").filter(Boolean);
    const speakerWords =
      options.speaker === undefined ? [] : normalize(options.speaker).split(" ").filter(Boolean);
    const all = [...this.#quotes.values()].filter((c) => {
      if (options.speaker !== undefined) {
        const byId = c.speakerId === options.speaker;
        const name = normalize(c.speakerName ?? "");
        if (!byId && !(speakerWords.length > 0 && speakerWords.every((w) => name.split(" ").includes(w))))
          return false;
      }
      if (q.length > 0) {
        const text = ` ${normalize(c.text)} `;
        if (!q.every((w) => text.includes(` ${w} `))) return false;
      }
      return true;
    });
    const articles = (c: MemQuote) => new Set(c.sources.map((s) => s.seq)).size;
    all.sort((a, b) => articles(b) - articles(a) || a.order - b.order);
    return all.map((c) => {
      const sources = c.sources.map((s) => {
        const meta = this.articles.get(s.seq)!.meta;
        const span = meta.quotes[s.idx];
        return {
          articleId: meta.id,
          outlet: meta.outlet,
          lang: meta.lang,
          date: meta.date,
          start: span.start,
          end: span.end,
        };
      });
      const dates = sources.map((s) => s.date).filter((d): d is string => d !== null);
      return {
        id: c.id,
        text: c.text,
        kind: c.kind,
        speaker: c.speakerName === null ? null : { id: c.speakerId, name: c.speakerName, role: c.role },
        sources,
        articleCount: new Set(c.sources.map((s) => s.seq)).size,
        firstSeen: dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null,
        lastSeen: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
      };
    });
  }

  quotes(options: QuoteListOptions): Page<QuoteCluster> {
    return pageOf(this.#quoteList(options), options);
  }

  /** Sequence numbers of the articles a search filter keeps. */
  articleMatches(
    seq: number,
    f: {
      entity?: string;
      eventType?: string;
      modality?: string;
      outlet?: string;
      from?: string;
      to?: string;
    },
  ): boolean {
    const a = this.articles.get(seq);
    if (!a) return false;
    if (f.entity !== undefined && !a.derived.appearances.has(f.entity)) return false;
    if (f.outlet !== undefined && a.meta.outlet !== f.outlet) return false;
    if (!inRange(a.meta.date, f)) return false;
    if (f.eventType !== undefined || f.modality !== undefined) {
      const ok = a.meta.eventKinds.some(
        (k) =>
          (f.eventType === undefined || k.type === f.eventType) &&
          (f.modality === undefined || k.modality === f.modality),
      );
      if (!ok) return false;
    }
    return true;
  }

  timeline(options: TimelineOptions): TimelineBucket[] {
    const granularity = options.granularity ?? "month";
    const buckets = new Map<string, TimelineBucket>();
    for (const { meta, derived } of this.articles.values()) {
      if (options.entity !== undefined && !derived.appearances.has(options.entity)) continue;
      const events = meta.eventKinds.filter(
        (k) => options.type === undefined || k.type === options.type,
      ).length;
      if (options.type !== undefined && events === 0) continue;
      if (!inRange(meta.date, options)) continue;
      const period = periodOf(meta.date, granularity);
      if (period === null) continue;
      const b = buckets.get(period) ?? { period, articles: 0, events: 0 };
      b.articles++;
      b.events += events;
      buckets.set(period, b);
    }
    return [...buckets.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  }

  graph(filters: EventFilters): GraphData {
    const events = this.#events.filter((c) => this.#eventMatches(c, filters)).map((c) => this.#merged(c));
    return graphOf(events, (id) => this.#entities.get(id));
  }

  has(id: string): boolean {
    return this.#entities.has(id);
  }
}

export interface ClusterFields {
  id: string;
  type: string;
  sources: ActorRef[];
  targets: ActorRef[];
  date: ArticleDate | null;
  items: string[];
  quantities: number[];
}

/**
 * A merged event from its fields and its mentions: the modality history in
 * article-date order (ingestion order on a tie), counts and first/last seen.
 */
export function mergedEvent(
  c: ClusterFields,
  mentions: { seq: number; idx: number; modality: Modality; date: string | null; articleId: string }[],
): MergedEvent {
  const sorted = [...mentions].sort((a, b) => {
    const da = a.date ?? "";
    const db = b.date ?? "";
    return da < db ? -1 : da > db ? 1 : a.seq - b.seq || a.idx - b.idx;
  });
  const history: MergedEvent["modalityHistory"] = [];
  for (const m of sorted) {
    if (history.at(-1)?.modality === m.modality) continue;
    history.push({ modality: m.modality, date: m.date, articleId: m.articleId });
  }
  const dates = sorted.map((m) => m.date).filter((d): d is string => d !== null);
  return {
    id: c.id,
    type: c.type,
    sources: c.sources.map((a) => ({ ...a })),
    // reports merged into one event may name as target an actor another report gives as source
    targets: withoutSources(c.targets, c.sources).map((a) => ({ ...a })),
    date: c.date ? { ...c.date } : null,
    items: [...c.items],
    quantities: [...c.quantities],
    modality: sorted.at(-1)?.modality ?? "asserted",
    modalityHistory: history,
    mentionCount: sorted.length,
    articleCount: new Set(sorted.map((m) => m.seq)).size,
    firstSeen: dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null,
    lastSeen: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
  };
}

/**
 * Actors as nodes, merged events as typed edges (one per source × target × type)
 * with the number of events, their mentions and date range.
 */
export function graphOf(
  events: MergedEvent[],
  entity: (id: string) => { name: string; label: EntityLabel | null } | undefined,
): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const e of events) {
    for (const a of [...e.sources, ...e.targets]) {
      let n = nodes.get(a.id);
      if (!n) {
        const known = entity(a.id);
        n = { id: a.id, name: known?.name ?? a.name, label: known?.label ?? null, events: 0 };
        nodes.set(a.id, n);
      }
      n.events++;
    }
    for (const s of e.sources) {
      for (const t of e.targets) {
        const key = `${s.id}\u0000${t.id}\u0000${e.type}`;
        const edge = edges.get(key) ?? {
          source: s.id,
          target: t.id,
          type: e.type,
          count: 0,
          mentions: 0,
          firstDate: null,
          lastDate: null,
        };
        edge.count++;
        edge.mentions += e.mentionCount;
        edge.firstDate = minDate(edge.firstDate, e.date?.value ?? e.firstSeen);
        edge.lastDate = maxDate(edge.lastDate, e.date?.value ?? e.lastSeen);
        edges.set(key, edge);
      }
    }
  }
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort((a, b) => byKey(a.id, b.id)),
    edges: [...edges.values()].sort(
      (a, b) => byKey(a.source, b.source) || byKey(a.target, b.target) || byKey(a.type, b.type),
    ),
  };
}

function longest(names: string[]): string {
  return names.reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** Counts as a list, most frequent first, then by name. */
export function counted(m: Map<string, number>): { name: string; count: number }[] {
  return [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, count]) => ({ name, count }));
}
