/**
 * The embedded knowledge base: one SQLite file.
 *
 * Uses Node's built-in `node:sqlite` (DatabaseSync) rather than better-sqlite3:
 * better-sqlite3 is a native addon that must be compiled against the Node
 * headers, and it cannot be built here for Node 24; `node:sqlite` ships with
 * Node, has the same synchronous API style and includes FTS5.
 */
import { existsSync } from "node:fs";
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import type { DocumentJSON } from "../../doc/json.ts";
import { DossierError } from "../../errors.ts";
import { minhash, signatureToBytes } from "../kb/minhash.ts";
import { checkMerge, checkSplit, splitTarget } from "../kb/rules.ts";
import { isPacked, packTokens, type StoreDocument, tokenCount, unpackTokens } from "../packed.ts";
import {
  checkDocument,
  clampLimit,
  DEFAULT_LIST_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  decodeCursor,
  encodeCursor,
  ftsExpression,
  parseQuery,
  RANK_WINDOW,
  snippetOf,
  wordSpans,
  wordsOf,
} from "../query.ts";
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
  OpenOptions,
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
} from "../store.ts";
import { SqliteKb } from "./kb.ts";
import { migrate } from "./migrations.ts";

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 5000;

interface SummaryRow {
  seq: number;
  id: string;
  lang: string | null;
  title: string | null;
  date_value: string | null;
  date_precision: string | null;
  source: string;
  words: number;
  ingested_at: string;
  n_entities: number;
  n_quotes: number;
  n_events: number;
}

const SUMMARY_COLUMNS =
  "seq, id, lang, title, date_value, date_precision, source, words, ingested_at, n_entities, n_quotes, n_events";

/**
 * SQLite implementation of `Store`: WAL journal, foreign keys, versioned
 * migrations, one `BEGIN IMMEDIATE` transaction per article or batch (putMany), FTS5 index with
 * `unicode61 remove_diacritics 2` over title and text.
 *
 * @example
 * const store = SqliteStore.open("dossier.db");
 * await store.put(toJSON(doc));
 */
export class SqliteStore implements Store {
  readonly path: string;
  #db: DatabaseSync | null;
  #statements = new Map<string, StatementSync>();
  #kbIndex: SqliteKb;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.#db = db;
    this.#kbIndex = new SqliteKb(db);
  }

  get #kb(): SqliteKb {
    void this.#conn; // E_STORE_OPEN once closed
    return this.#kbIndex;
  }

  /** Opens (creating and migrating as needed) the database at `path`, or ":memory:". */
  static open(path: string, options: OpenOptions = {}): SqliteStore {
    const inMemory = path === ":memory:" || path === "";
    if (!inMemory && options.create === false && !existsSync(path)) {
      throw new DossierError("E_STORE_OPEN", `${path}: no knowledge base there`);
    }
    let db: DatabaseSync | null = null;
    try {
      db = new DatabaseSync(inMemory ? ":memory:" : path);
      db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // WAL: readers never block the writer; NORMAL sync is safe against process crashes (kill -9).
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      // Fewer, larger checkpoints (each one syncs the file) and a page cache the KB indexes fit in.
      db.exec("PRAGMA wal_autocheckpoint = 8192");
      db.exec("PRAGMA cache_size = -65536");
      db.exec("PRAGMA foreign_keys = ON");
      migrate(db);
      return new SqliteStore(inMemory ? ":memory:" : path, db);
    } catch (err) {
      try {
        db?.close();
      } catch {
        // already unusable
      }
      if (err instanceof DossierError) throw err;
      const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
      throw new DossierError("E_STORE_OPEN", `${path}: ${reason}`, { cause: err });
    }
  }

  get #conn(): DatabaseSync {
    if (!this.#db) throw new DossierError("E_STORE_OPEN", `${this.path}: the knowledge base is closed`);
    return this.#db;
  }

  #stmt(sql: string): StatementSync {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.#conn.prepare(sql);
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }

  async put(doc: StoreDocument): Promise<PutResult> {
    return (await this.putMany([doc]))[0];
  }

  /**
   * Stores a batch of articles in one transaction (all or none): one commit, one
   * full-text flush and one KB pass for the batch instead of one per article.
   * Results come in input order; an id seen earlier, in the KB or in the batch, is "duplicate".
   */
  async putMany(docs: readonly StoreDocument[]): Promise<PutResult[]> {
    // Checked and serialised before the transaction: a bad document writes nothing.
    const rows = docs.map(toRow);
    const db = this.#conn;
    const exists = this.#stmt("SELECT 1 FROM articles WHERE id = ?");
    const results: PutResult[] = [];
    db.exec("BEGIN IMMEDIATE");
    try {
      const batch = new Set<string>();
      for (const row of rows) {
        const id = row.doc.id;
        if (batch.has(id) || exists.get(id)) {
          results.push({ id, status: "duplicate" });
          continue;
        }
        batch.add(id);
        // The signature goes into the row as it is inserted, not by an UPDATE after.
        const signature = minhash(row.doc.text);
        const seq = this.#insert(row, signature);
        const near = this.#kb.index(seq, row.doc, signature);
        results.push(near ? { id, status: "new", nearDuplicateOf: near } : { id, status: "new" });
      }
      if (batch.size > 0) db.exec("COMMIT");
      else db.exec("ROLLBACK");
      return results;
    } catch (err) {
      if (db.isTransaction) db.exec("ROLLBACK");
      this.#kb.invalidate();
      throw err;
    }
  }

  #insert(row: ArticleRow, signature: Uint32Array | null): number {
    const { doc } = row;
    const { lastInsertRowid: seq } = this.#stmt(
      `INSERT INTO articles (id, lang, title, text, date_value, date_precision, source, words,
         n_entities, n_quotes, n_events, n_dates, n_quantities, ingested_at, document, outlet, tokens, minhash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.id,
      doc.lang ?? null,
      doc.title ?? null,
      doc.text,
      doc.date?.value ?? null,
      doc.date?.precision ?? null,
      JSON.stringify(doc.source ?? {}),
      row.words,
      doc.entities.length,
      doc.quotes.length,
      doc.events.length,
      doc.dates?.length ?? 0,
      doc.quantities?.length ?? 0,
      new Date().toISOString(),
      row.document,
      doc.source?.outlet ?? null,
      row.tokens,
      signature && signatureToBytes(signature),
    );
    this.#stmt("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)").run(
      seq,
      doc.title ?? null,
      doc.text,
    );
    const entity = this.#stmt(
      `INSERT INTO entities (article_id, idx, start, end, text, label, entity_id, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.entities.forEach((e, i) => {
      entity.run(doc.id, i, e.start, e.end, e.text, e.label, e.id ?? null, JSON.stringify(e));
    });
    const quote = this.#stmt(
      `INSERT INTO quotes (article_id, idx, start, end, kind, speaker, speaker_entity, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.quotes.forEach((q, i) => {
      quote.run(
        doc.id,
        i,
        q.start,
        q.end,
        q.kind,
        q.speaker?.name ?? null,
        q.speaker?.entity ?? null,
        JSON.stringify(q),
      );
    });
    const event = this.#stmt(
      `INSERT INTO events (article_id, idx, start, end, type, modality, trigger_start, trigger_end,
         date_value, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.events.forEach((e, i) => {
      event.run(
        doc.id,
        i,
        e.evidence.start,
        e.evidence.end,
        e.type,
        e.modality,
        e.trigger.start,
        e.trigger.end,
        e.date?.value ?? null,
        JSON.stringify(e),
      );
    });
    return Number(seq);
  }

  async get(id: string): Promise<DocumentJSON | null> {
    const row = this.#stmt("SELECT document, tokens FROM articles WHERE id = ?").get(id) as
      | { document: string; tokens: Uint8Array | null }
      | undefined;
    if (!row) return null;
    const doc = JSON.parse(row.document) as DocumentJSON;
    if (row.tokens) doc.tokens = unpackTokens(row.tokens, doc.text);
    return doc;
  }

  async has(id: string): Promise<boolean> {
    return this.#stmt("SELECT 1 FROM articles WHERE id = ?").get(id) !== undefined;
  }

  async list(options: ListOptions = {}): Promise<ListPage> {
    const limit = clampLimit(options.limit, DEFAULT_LIST_LIMIT);
    const after = decodeCursor(options.cursor);
    // One row more than asked tells whether a next page exists.
    const rows = (options.lang === undefined
      ? this.#stmt(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`).all(
          after,
          limit + 1,
        )
      : this.#stmt(
          `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE lang = ? AND seq > ? ORDER BY seq LIMIT ?`,
        ).all(options.lang, after, limit + 1)) as unknown as SummaryRow[];
    const page = rows.slice(0, limit);
    const next = rows.length > limit ? encodeCursor(page[page.length - 1].seq) : null;
    return { items: page.map(toSummary), next };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const limit = clampLimit(options.limit, DEFAULT_SEARCH_LIMIT);
    const match = ftsExpression(terms);
    const filterParams: SQLInputValue[] = [];
    const filters: string[] = [];
    if (options.lang !== undefined) {
      filters.push("a.lang = ?");
      filterParams.push(options.lang);
    }
    filters.push(...this.#kb.articleFilters(options, filterParams));
    // Filters first: the matching articles' sequence numbers, from narrow indexes, into a temp table
    // that the full-text scan checks (the articles rows hold whole documents: never scan them).
    let restrict = "";
    let filtered = 0;
    if (filters.length > 0) {
      const db = this.#conn;
      db.exec("CREATE TEMP TABLE IF NOT EXISTS search_filter (seq INTEGER PRIMARY KEY)");
      db.exec("DELETE FROM temp.search_filter");
      filtered = Number(
        this.#stmt(
          `INSERT INTO temp.search_filter (seq) SELECT a.seq FROM articles a WHERE ${filters.join(" AND ")}`,
        ).run(...filterParams).changes,
      );
      if (filtered === 0) return [];
      // The unary + keeps the rowid test away from FTS5, which would otherwise re-run MATCH per row.
      restrict = "AND +articles_fts.rowid IN temp.search_filter";
    }
    // Only the newest RANK_WINDOW matches are ranked (see RANK_WINDOW); FTS5 walks rowids backwards cheaply.
    const cutoff =
      filters.length > 0 && filtered <= RANK_WINDOW
        ? undefined
        : (this.#stmt(
            `SELECT articles_fts.rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? ${restrict}
             ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ${RANK_WINDOW - 1}`,
          ).get(match) as { seq: number } | undefined);
    // Rank, then build snippets for the page only, in JS (FTS5's snippet() re-reads the whole
    // position list of each term per row: milliseconds per hit for common words).
    const hits = this.#stmt(
      `SELECT articles_fts.rowid AS seq, bm25(articles_fts) AS rank FROM articles_fts
       WHERE articles_fts MATCH ? ${restrict} AND articles_fts.rowid >= ${cutoff?.seq ?? 0}
       ORDER BY rank, articles_fts.rowid LIMIT ? OFFSET ?`,
    ).all(match, limit, Math.max(0, Math.floor(options.offset ?? 0))) as { seq: number; rank: number }[];
    const article = this.#stmt(
      "SELECT id, lang, title, text, date_value, date_precision FROM articles WHERE seq = ?",
    );
    return hits.map((h) => {
      const r = article.get(h.seq) as {
        id: string;
        lang: string | null;
        title: string | null;
        text: string;
        date_value: string | null;
        date_precision: string | null;
      };
      const title = r.title ?? "";
      return {
        id: r.id,
        lang: r.lang,
        title: r.title,
        date: toDate(r.date_value, r.date_precision),
        snippet: snippetOf(title, wordSpans(title), r.text, wordSpans(r.text), terms),
        score: -h.rank,
      };
    });
  }

  async stats(): Promise<StoreStats> {
    const totals = this.#stmt(
      `SELECT count(*) AS articles, coalesce(sum(words), 0) AS words,
        coalesce(sum(n_entities), 0) AS entities, coalesce(sum(n_quotes), 0) AS quotes,
        coalesce(sum(n_events), 0) AS events, coalesce(sum(n_dates), 0) AS dates,
        coalesce(sum(n_quantities), 0) AS quantities,
        min(date_value) AS firstDate, max(date_value) AS lastDate
      FROM articles`,
    ).get() as Omit<StoreStats, "languages">;
    const languages: Record<string, number> = {};
    const rows = this.#stmt(
      "SELECT coalesce(lang, 'und') AS lang, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1",
    ).all() as { lang: string; n: number }[];
    for (const r of rows) languages[r.lang] = r.n;
    return { ...totals, languages };
  }

  async entities(options: EntityListOptions = {}): Promise<Page<EntitySummary>> {
    return this.#kb.entities(options);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    return this.#kb.entity(id);
  }

  /** Runs a rule change and the KB rebuild it implies in one write transaction. */
  #changeRules<T>(change: (kb: SqliteKb) => T): T {
    const db = this.#conn;
    db.exec("BEGIN IMMEDIATE");
    try {
      const out = change(this.#kb);
      this.#kb.rebuild();
      db.exec("COMMIT");
      return out;
    } catch (err) {
      if (db.isTransaction) db.exec("ROLLBACK");
      this.#kb.invalidate();
      throw err;
    }
  }

  async mergeEntities(keep: string, others: string[]): Promise<void> {
    const kb = this.#kb;
    checkMerge(keep, others, (id) => kb.has(id) || kb.inRules(id));
    this.#changeRules((k) => {
      for (const other of others) {
        if (other === keep) continue;
        k.deleteMerges({ from: other });
        k.deleteMerges({ from: keep, into: other });
        k.addRule({ kind: "merge", from: other, into: keep });
      }
    });
  }

  async splitEntity(id: string, options: { alias?: string; into?: string } = {}): Promise<string[]> {
    const kb = this.#kb;
    checkSplit(id, options, (x) => kb.has(x) || kb.inRules(x));
    return this.#changeRules((k) => {
      if (options.alias === undefined) return k.deleteMerges({ into: id });
      const into = splitTarget(id, options.alias, options.into);
      k.addRule({ kind: "split", from: id, into, alias: options.alias });
      return [into];
    });
  }

  async entityRules(): Promise<EntityRule[]> {
    return this.#kb.rules();
  }

  async events(options: EventListOptions = {}): Promise<Page<MergedEvent>> {
    return this.#kb.events(options);
  }

  async event(id: string): Promise<MergedEventDetail | null> {
    return this.#kb.event(id);
  }

  async quotes(options: QuoteListOptions = {}): Promise<Page<QuoteCluster>> {
    return this.#kb.quotes(options);
  }

  async timeline(options: TimelineOptions = {}): Promise<TimelineBucket[]> {
    return this.#kb.timeline(options);
  }

  async graph(filters: EventFilters = {}): Promise<GraphData> {
    return this.#kb.graph(filters);
  }

  async close(): Promise<void> {
    if (!this.#db) return;
    this.#statements.clear();
    this.#db.close();
    this.#db = null;
  }

  /** The raw connection, for tests and maintenance commands (integrity checks, exports). */
  get database(): DatabaseSync {
    return this.#conn;
  }
}

interface ArticleRow {
  /** The document without its tokens. */
  doc: DocumentJSON;
  document: string;
  tokens: Uint8Array | null;
  words: number;
}

/** What the articles row stores: the JSON without tokens and the tokens packed (JSON when they cannot be). */
function toRow(input: StoreDocument): ArticleRow {
  if (isPacked(input)) {
    checkDocument(input.json);
    const { tokens: _, ...doc } = input.json;
    const count = input.tokens ? tokenCount(input.tokens) : 0;
    const words = count > 0 ? count : wordsOf(doc);
    return { doc, document: JSON.stringify(doc), tokens: input.tokens, words };
  }
  checkDocument(input);
  const packed = input.tokens ? packTokens(input.tokens, input.text) : null;
  if (!packed) return { doc: input, document: JSON.stringify(input), tokens: null, words: wordsOf(input) };
  const { tokens: _, ...doc } = input;
  return { doc, document: JSON.stringify(doc), tokens: packed, words: wordsOf(input) };
}

function toDate(value: string | null, precision: string | null): ArticleSummary["date"] {
  return value === null ? null : ({ value, precision } as ArticleSummary["date"]);
}

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    lang: r.lang,
    title: r.title,
    date: toDate(r.date_value, r.date_precision),
    source: JSON.parse(r.source),
    words: r.words,
    ingestedAt: r.ingested_at,
    entities: r.n_entities,
    quotes: r.n_quotes,
    events: r.n_events,
  };
}
