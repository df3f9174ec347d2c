/**
 * The knowledge base contract. Every implementation (embedded SQLite now,
 * PostgreSQL later, an in-memory one for tests) satisfies `Store` and passes
 * the one shared suite in store.cases.ts. Methods are async so that a
 * networked database fits without changing callers.
 */
import type { DocumentJSON } from "../doc/json.ts";
import type { ArticleDate, Source } from "../doc/types.ts";
import { DossierError } from "../errors.ts";
import { MemoryStore } from "./memory.ts";
import { SqliteStore } from "./sqlite/sqlite.ts";

export interface PutResult {
  id: string;
  /** "duplicate" when an article with the same id was already stored; nothing is written then. */
  status: "new" | "duplicate";
}

/** One line of an article listing: what a table or a result page shows, without the layers. */
export interface ArticleSummary {
  id: string;
  lang: string | null;
  title: string | null;
  date: ArticleDate | null;
  source: Source;
  words: number;
  /** ISO 8601 instant the article was stored. */
  ingestedAt: string;
  entities: number;
  quotes: number;
  events: number;
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

export interface SearchOptions {
  /** Number of hits, 1–1000 (default 20). */
  limit?: number;
  lang?: string;
}

export interface SearchHit {
  id: string;
  lang: string | null;
  title: string | null;
  date: ArticleDate | null;
  /** A short passage with every matched word between `[` and `]`, cut with `…`. */
  snippet: string;
  /** Relevance (BM25), higher is better; comparable within one result list only. */
  score: number;
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
  put(doc: DocumentJSON): Promise<PutResult>;
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
