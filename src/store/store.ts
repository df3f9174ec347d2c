/**
 * The knowledge base contract. Every implementation (embedded SQLite now,
 * PostgreSQL later, an in-memory one for tests) satisfies `Store` and passes
 * the one shared suite in store.cases.ts. Methods are async so that a
 * networked database fits without changing callers.
 */
import type { DocumentJSON } from "../doc/json.ts";

export type { PackedDocument, StoreDocument } from "./packed.ts";
export type {
  ActorRef,
  ArticleSummary,
  Counted,
  EntityDetail,
  EntitySummary,
  EventMention,
  GraphData,
  GraphEdge,
  GraphNode,
  MergedEvent,
  MergedEventDetail,
  Page,
  QuoteCluster,
  QuoteSource,
  SearchHit,
  TimelineBucket,
} from "./shapes.ts";

import { DossierError } from "../errors.ts";
import { MemoryStore } from "./memory.ts";
import type { StoreDocument } from "./packed.ts";
import type {
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  GraphData,
  MergedEvent,
  MergedEventDetail,
  Page,
  QuoteCluster,
  SearchHit,
  TimelineBucket,
} from "./shapes.ts";
import { SqliteStore } from "./sqlite/sqlite.ts";

export interface PutResult {
  id: string;
  /** "duplicate" when an article with the same id was already stored; nothing is written then. */
  status: "new" | "duplicate";
  /** A new article whose text is nearly the same as an earlier one's (MinHash estimate ≥ 0.8). */
  nearDuplicateOf?: { id: string; similarity: number };
}

/** Paging for every listing: `next` of the previous page as `cursor`. */
export interface PageOptions {
  /** Page size, 1–1000 (default 50). */
  limit?: number;
  cursor?: string | null;
}

/** A date range over ISO values of any precision; a value overlaps the range to be kept. */
export interface DateRange {
  /** "2024", "2024-03" or "2024-03-14", inclusive. */
  from?: string;
  to?: string;
}

export interface EntityListOptions extends PageOptions {
  /** Name or alias contains these words (accent- and case-insensitive). */
  q?: string;
  label?: string;
}

/** A user's correction of entity resolution, kept across re-ingests. */
export interface EntityRule {
  kind: "merge" | "split";
  /** merge: the id merged away; split: the id a name is taken from. */
  from: string;
  into: string;
  /** split only: the name (as written) whose mentions move to `into`. */
  alias?: string;
}

export interface EventFilters extends DateRange {
  /** PLOVER type. */
  type?: string;
  /** An entity id among the sources or targets. */
  actor?: string;
  /** Reported with this modality by at least one article. */
  modality?: string;
  /** Reported by at least one article in this language. */
  lang?: string;
}

export interface EventListOptions extends EventFilters, PageOptions {}

export interface QuoteListOptions extends PageOptions {
  /** Speaker entity id, or words of the speaker's name. */
  speaker?: string;
  /** Words the quote contains. */
  q?: string;
}

export interface TimelineOptions extends DateRange {
  entity?: string;
  type?: string;
  granularity?: "year" | "month" | "day";
}

export interface ListOptions {
  /** Page size, 1–1000 (default 50). */
  limit?: number;
  /** `next` of the previous page; null or absent for the first page. */
  cursor?: string | null;
  /** Only articles in this language. */
  lang?: string;
}

export interface ListPage {
  /** In ingestion order, oldest first. */
  items: ArticleSummary[];
  /** Cursor of the following page, null on the last one. */
  next: string | null;
}

export interface SearchOptions extends DateRange {
  /** Number of hits, 1–1000 (default 20). */
  limit?: number;
  /** Hits to skip (paging). */
  offset?: number;
  lang?: string;
  /** Articles naming this entity id. */
  entity?: string;
  /** Articles reporting an event of this type … */
  eventType?: string;
  /** … or with this modality (both together: one event with both). */
  modality?: string;
  /** `source.outlet`, exactly. */
  outlet?: string;
}

export interface StoreStats {
  articles: number;
  words: number;
  entities: number;
  quotes: number;
  events: number;
  dates: number;
  quantities: number;
  /** Articles per language; "und" counts articles without a language. */
  languages: Record<string, number>;
  /** Earliest and latest article date (`date.value`), null when no article is dated. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface Store {
  /** Stores one article atomically (one transaction); the same id again → "duplicate", nothing written. */
  put(doc: StoreDocument): Promise<PutResult>;
  /**
   * Stores a batch atomically (one transaction: all or none), results in input order; what `put`
   * would do for each in turn, only cheaper per article. A bad document rejects the whole batch.
   */
  putMany(docs: readonly StoreDocument[]): Promise<PutResult[]>;
  /** The document as stored, all layers, or null. */
  get(id: string): Promise<DocumentJSON | null>;
  has(id: string): Promise<boolean>;
  /** Articles in ingestion order, a page at a time. */
  list(options?: ListOptions): Promise<ListPage>;
  /**
   * Full-text search over title and text, accent- and case-insensitive; every word must occur
   * (`word*` matches a prefix). Operators and quotes in the query are treated as plain text.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;

  /** Entities by article count (most named first), then id. */
  entities(options?: EntityListOptions): Promise<Page<EntitySummary>>;
  /** One entity with its aliases, roles, quotes, events, neighbours and activity; null when unknown. */
  entity(id: string): Promise<EntityDetail | null>;
  /** Merges `others` into `keep` (E_STORE_NOT_FOUND for an id the KB never saw). */
  mergeEntities(keep: string, others: string[]): Promise<void>;
  /**
   * Without `alias`: undoes every merge into `id`. With `alias`: mentions of `id` written `alias`
   * become the entity `into` (default: `id`'s kind with the alias's slug). Returns the ids affected.
   */
  splitEntity(id: string, options?: { alias?: string; into?: string }): Promise<string[]>;
  /** User merges and splits, oldest first. */
  entityRules(): Promise<EntityRule[]>;

  /** Merged events, newest first (by when the KB first saw them), filtered. */
  events(options?: EventListOptions): Promise<Page<MergedEvent>>;
  event(id: string): Promise<MergedEventDetail | null>;
  /** Quotes merged across outlets, most reported first. */
  quotes(options?: QuoteListOptions): Promise<Page<QuoteCluster>>;
  /** Counts per period of article date, oldest first. */
  timeline(options?: TimelineOptions): Promise<TimelineBucket[]>;
  /** Actors as nodes and merged events as typed edges. */
  graph(filters?: EventFilters): Promise<GraphData>;

  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the database file when missing (default true). With false a missing file is E_STORE_OPEN. */
  create?: boolean;
}

/**
 * Opens a knowledge base from a spec: a file path or ":memory:" → SQLite,
 * "memory:" → the pure-JS MemoryStore. Failures are E_STORE_OPEN.
 *
 * @example
 * const store = await openStore("dossier.db");
 * const { status } = await store.put(toJSON(doc));
 * await store.close();
 */
export async function openStore(spec: string, options: OpenOptions = {}): Promise<Store> {
  if (spec === "memory:") return new MemoryStore();
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    throw new DossierError("E_STORE_OPEN", "the PostgreSQL store is not available yet");
  }
  const path = spec.startsWith("sqlite:") ? spec.slice("sqlite:".length) : spec;
  return SqliteStore.open(path, options);
}

/**
 * `store.get` that fails with E_STORE_NOT_FOUND instead of returning null (for `dossier show`, the API).
 *
 * @example
 * const doc = await requireDocument(store, "3f2a…"); // throws E_STORE_NOT_FOUND when absent
 */
export async function requireDocument(store: Store, id: string): Promise<DocumentJSON> {
  const doc = await store.get(id);
  if (!doc) throw new DossierError("E_STORE_NOT_FOUND", `no article with id ${id}`);
  return doc;
}
