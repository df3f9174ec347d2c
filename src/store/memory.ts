/**
 * A pure-JS `Store` kept in memory: for tests, `--db memory:` dry runs, and as
 * the second implementation that keeps the shared contract honest.
 */
import type { DocumentJSON } from "../doc/json.ts";
import { DossierError } from "../errors.ts";
import { deriveArticle, Resolver } from "./kb/derive.ts";
import { type ArticleMeta, MemoryKb } from "./kb/memory-kb.ts";
import { checkMerge, checkSplit, splitTarget } from "./kb/rules.ts";
import { type StoreDocument, unpackDocument } from "./packed.ts";
import {
  checkDocument,
  clampLimit,
  DEFAULT_LIST_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  decodeCursor,
  encodeCursor,
  parseQuery,
  type QueryTerm,
  RANK_WINDOW,
  snippetOf,
  summarize,
  wordSpans,
} from "./query.ts";
import type {
  ArticleSummary,
  EntityDetail,
  EntityListOptions,
  EntityRule,
  EntitySummary,
  EventFilters,
  EventListOptions,
  GraphData,
  ListOptions,
  ListPage,
  MergedEvent,
  MergedEventDetail,
  Page,
  PutResult,
  QuoteCluster,
  QuoteListOptions,
  SearchHit,
  SearchOptions,
  Store,
  StoreStats,
  TimelineBucket,
  TimelineOptions,
} from "./store.ts";

type Span = { start: number; end: number; folded: string };

interface Article {
  seq: number;
  /** Serialised once at put: `get` hands out fresh copies, callers can never alter what is stored. */
  json: string;
  summary: ArticleSummary;
  dates: number;
  quantities: number;
  title: string;
  text: string;
  titleWords: Span[];
  textWords: Span[];
}

/** BM25 parameters, as SQLite's FTS5 `bm25()` uses them. */
const K1 = 1.2;
const B = 0.75;

/**
 * In-memory `Store` with the same behaviour as SqliteStore, including
 * accent-insensitive search (NFD folding) and BM25 ranking per column.
 *
 * @example
 * const store = new MemoryStore();
 * await store.put(toJSON(doc));
 * (await store.search("president"))[0].snippet; // "… le [président] a …"
 */
export class MemoryStore implements Store {
  #articles: Map<string, Article> | null = new Map();
  #seq = 0;
  #kb = new MemoryKb();
  #rules: EntityRule[] = [];
  /** Names outside the tables join the entity the KB already has under another kind. */
  readonly #kinOf = (id: string, slug: string) => this.#kb.kinOf(id, slug);

  #check(): void {
    void this.#byId;
  }

  get #byId(): Map<string, Article> {
    if (!this.#articles) throw new DossierError("E_STORE_OPEN", "memory: the knowledge base is closed");
    return this.#articles;
  }

  async putMany(docs: readonly StoreDocument[]): Promise<PutResult[]> {
    // All checked first: a bad document rejects the batch before anything is written.
    const plain = docs.map(unpackDocument);
    for (const doc of plain) checkDocument(doc);
    const out: PutResult[] = [];
    for (const doc of plain) out.push(await this.put(doc));
    return out;
  }

  async put(input: StoreDocument): Promise<PutResult> {
    const doc = unpackDocument(input);
    checkDocument(doc);
    const articles = this.#byId;
    if (articles.has(doc.id)) return { id: doc.id, status: "duplicate" };
    // Everything is computed before the one write below, so a failure leaves nothing behind.
    const json = JSON.stringify(doc);
    const title = doc.title ?? "";
    const article: Article = {
      seq: this.#seq + 1,
      json,
      summary: summarize(JSON.parse(json), new Date().toISOString()),
      dates: doc.dates?.length ?? 0,
      quantities: doc.quantities?.length ?? 0,
      title,
      text: doc.text,
      titleWords: wordSpans(title),
      textWords: wordSpans(doc.text),
    };
    const near = this.#kb.add(
      metaOf(doc, article.seq),
      deriveArticle(doc, new Resolver(this.#rules), this.#kinOf),
    );
    this.#seq++;
    articles.set(doc.id, article);
    return near ? { id: doc.id, status: "new", nearDuplicateOf: near } : { id: doc.id, status: "new" };
  }

  /** Re-derives the whole KB after a rule change (merges can regroup events). */
  #rebuild(): void {
    const kb = new MemoryKb();
    const resolver = new Resolver(this.#rules);
    for (const a of this.#byId.values()) {
      const doc = JSON.parse(a.json) as DocumentJSON;
      kb.add(
        metaOf(doc, a.seq),
        deriveArticle(doc, resolver, (id, slug) => kb.kinOf(id, slug)),
      );
    }
    this.#kb = kb;
  }

  async entities(options: EntityListOptions = {}): Promise<Page<EntitySummary>> {
    this.#check();
    return this.#kb.entities(options);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    this.#check();
    const mergedFrom = this.#rules.filter((r) => r.kind === "merge" && r.into === id).map((r) => r.from);
    return this.#kb.entity(id, mergedFrom);
  }

  async mergeEntities(keep: string, others: string[]): Promise<void> {
    this.#check();
    checkMerge(
      keep,
      others,
      (id) => this.#kb.has(id) || this.#rules.some((r) => r.from === id || r.into === id),
    );
    for (const other of others) {
      if (other === keep) continue;
      this.#rules = this.#rules.filter((r) => !(r.kind === "merge" && r.from === other));
      // Merging a former target into something else: earlier merges into it stay merged (transitively).
      this.#rules = this.#rules.filter((r) => !(r.kind === "merge" && r.from === keep && r.into === other));
      this.#rules.push({ kind: "merge", from: other, into: keep });
    }
    this.#rebuild();
  }

  async splitEntity(id: string, options: { alias?: string; into?: string } = {}): Promise<string[]> {
    this.#check();
    checkSplit(id, options, (x) => this.#kb.has(x) || this.#rules.some((r) => r.into === x));
    if (options.alias === undefined) {
      const freed = this.#rules.filter((r) => r.kind === "merge" && r.into === id).map((r) => r.from);
      this.#rules = this.#rules.filter((r) => !(r.kind === "merge" && r.into === id));
      this.#rebuild();
      return freed;
    }
    const into = splitTarget(id, options.alias, options.into);
    this.#rules.push({ kind: "split", from: id, into, alias: options.alias });
    this.#rebuild();
    return [into];
  }

  async entityRules(): Promise<EntityRule[]> {
    this.#check();
    return this.#rules.map((r) => ({ ...r }));
  }

  async events(options: EventListOptions = {}): Promise<Page<MergedEvent>> {
    this.#check();
    return this.#kb.events(options);
  }

  async event(id: string): Promise<MergedEventDetail | null> {
    this.#check();
    return this.#kb.event(id);
  }

  async quotes(options: QuoteListOptions = {}): Promise<Page<QuoteCluster>> {
    this.#check();
    return this.#kb.quotes(options);
  }

  async timeline(options: TimelineOptions = {}): Promise<TimelineBucket[]> {
    this.#check();
    return this.#kb.timeline(options);
  }

  async graph(filters: EventFilters = {}): Promise<GraphData> {
    this.#check();
    return this.#kb.graph(filters);
  }

  async get(id: string): Promise<DocumentJSON | null> {
    const a = this.#byId.get(id);
    return a ? (JSON.parse(a.json) as DocumentJSON) : null;
  }

  async has(id: string): Promise<boolean> {
    return this.#byId.has(id);
  }

  async list(options: ListOptions = {}): Promise<ListPage> {
    const limit = clampLimit(options.limit, DEFAULT_LIST_LIMIT);
    const after = decodeCursor(options.cursor);
    const items: ArticleSummary[] = [];
    let last = 0;
    let more = false;
    // Map iteration is insertion order, which is seq order.
    for (const a of this.#byId.values()) {
      if (a.seq <= after) continue;
      if (options.lang !== undefined && a.summary.lang !== options.lang) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(structuredClone(a.summary));
      last = a.seq;
    }
    return { items, next: more ? encodeCursor(last) : null };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const limit = clampLimit(options.limit, DEFAULT_SEARCH_LIMIT);
    const all = [...this.#byId.values()];
    // Document frequency counts every article, whatever the language filter, as the FTS index does.
    const containing = terms.map(() => 0);
    const matching: Article[] = [];
    for (const a of all) {
      let every = true;
      terms.forEach((t, i) => {
        if (contains(a, t)) containing[i]++;
        else every = false;
      });
      if (
        every &&
        (options.lang === undefined || a.summary.lang === options.lang) &&
        this.#kb.articleMatches(a.seq, options)
      )
        matching.push(a);
    }
    if (matching.length === 0) return [];
    // The same ranking window as SqliteStore: the newest RANK_WINDOW matches.
    if (matching.length > RANK_WINDOW) matching.splice(0, matching.length - RANK_WINDOW);
    const corpus = corpusFigures(all, terms, containing);
    const scored = matching.map((a) => ({ a, score: bm25(a, terms, corpus) }));
    scored.sort((x, y) => y.score - x.score || x.a.seq - y.a.seq);
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    return scored.slice(offset, offset + limit).map(({ a, score }) => ({
      id: a.summary.id,
      lang: a.summary.lang,
      title: a.summary.title,
      date: a.summary.date ? { ...a.summary.date } : null,
      snippet: snippetOf(a.title, a.titleWords, a.text, a.textWords, terms),
      score,
    }));
  }

  async stats(): Promise<StoreStats> {
    const s: StoreStats = {
      articles: 0,
      words: 0,
      entities: 0,
      quotes: 0,
      events: 0,
      dates: 0,
      quantities: 0,
      languages: {},
      firstDate: null,
      lastDate: null,
    };
    for (const a of this.#byId.values()) {
      const m = a.summary;
      s.articles++;
      s.words += m.words;
      s.entities += m.entities;
      s.quotes += m.quotes;
      s.events += m.events;
      s.dates += a.dates;
      s.quantities += a.quantities;
      const lang = m.lang ?? "und";
      s.languages[lang] = (s.languages[lang] ?? 0) + 1;
      const d = m.date?.value;
      if (d !== undefined) {
        if (s.firstDate === null || d < s.firstDate) s.firstDate = d;
        if (s.lastDate === null || d > s.lastDate) s.lastDate = d;
      }
    }
    return s;
  }

  async close(): Promise<void> {
    this.#articles = null;
    this.#kb = new MemoryKb();
    this.#rules = [];
  }
}

function metaOf(doc: DocumentJSON, seq: number): ArticleMeta {
  return {
    seq,
    id: doc.id,
    lang: doc.lang ?? null,
    title: doc.title ?? null,
    date: doc.date?.value ?? null,
    outlet: doc.source?.outlet ?? null,
    text: doc.text,
    events: doc.events.map((e) => ({
      trigger: { ...e.trigger },
      evidence: { start: e.evidence.start, end: e.evidence.end },
    })),
    quotes: doc.quotes.map((q) => ({ start: q.start, end: q.end })),
    eventKinds: doc.events.map((e) => ({ type: e.type, modality: e.modality })),
  };
}

function matches(term: QueryTerm, word: Span): boolean {
  return term.prefix ? word.folded.startsWith(term.text) : word.folded === term.text;
}

/** FTS5's bm25(): per column, per term, summed; IDF floored at 1e-6 as SQLite does. */
function bm25(article: Article, terms: QueryTerm[], corpus: CorpusFigures): number {
  let score = 0;
  for (const column of ["titleWords", "textWords"] as const) {
    const length = article[column].length;
    const avg = corpus.averageLength[column] || 1;
    terms.forEach((t, i) => {
      const tf = article[column].filter((w) => matches(t, w)).length;
      if (tf === 0) return;
      score += (corpus.idf[i] * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / avg));
    });
  }
  return score;
}

interface CorpusFigures {
  idf: number[];
  averageLength: { titleWords: number; textWords: number };
}

function corpusFigures(all: Article[], terms: QueryTerm[], containing: number[]): CorpusFigures {
  const n = all.length;
  let title = 0;
  let text = 0;
  for (const a of all) {
    title += a.titleWords.length;
    text += a.textWords.length;
  }
  return {
    idf: terms.map((_, i) => Math.max(1e-6, Math.log((n - containing[i] + 0.5) / (containing[i] + 0.5)))),
    averageLength: { titleWords: title / n, textWords: text / n },
  };
}

function contains(a: Article, t: QueryTerm): boolean {
  return a.titleWords.some((w) => matches(t, w)) || a.textWords.some((w) => matches(t, w));
}
