/**
 * Versioned schema of the SQLite knowledge base. Steps are applied in order,
 * each in its own transaction, and recorded in `schema_migrations`; a database
 * is never migrated twice and never opened by an older Dossier than wrote it.
 * Add a step at the end; never edit one that has shipped.
 */
import type { DatabaseSync } from "node:sqlite";
import { DossierError } from "../../errors.ts";
import { rebuildKnowledgeBase } from "./kb.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Runs after `sql` in the same transaction (backfills that need code). */
  run?: (db: DatabaseSync) => void;
  /**
   * Rebuilds a parent table: foreign-key enforcement is off around the step (a DROP would
   * otherwise cascade), and `PRAGMA foreign_key_check` must pass before it commits.
   */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, annotations, full-text index",
    sql: `
      CREATE TABLE articles (
        seq            INTEGER PRIMARY KEY,           -- ingestion order, list cursors, FTS rowid
        id             TEXT NOT NULL UNIQUE,          -- content hash (contentId)
        lang           TEXT,
        title          TEXT,
        text           TEXT NOT NULL,
        date_value     TEXT,                          -- "2023", "2023-09" or "2023-09-14"
        date_precision TEXT,
        source         TEXT NOT NULL,                 -- JSON
        words          INTEGER NOT NULL,
        n_entities     INTEGER NOT NULL,
        n_quotes       INTEGER NOT NULL,
        n_events       INTEGER NOT NULL,
        n_dates        INTEGER NOT NULL,
        n_quantities   INTEGER NOT NULL,
        ingested_at    TEXT NOT NULL,
        document       TEXT NOT NULL                  -- the full document JSON, as put
      );
      CREATE INDEX articles_lang ON articles(lang, seq);
      CREATE INDEX articles_date ON articles(date_value);

      CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,                  -- position in the document's entities[]
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        label      TEXT NOT NULL,
        entity_id  TEXT,                              -- canonical id when resolved
        json       TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX entities_entity ON entities(entity_id) WHERE entity_id IS NOT NULL;
      CREATE INDEX entities_label_text ON entities(label, text);

      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        speaker    TEXT,                              -- speaker name
        speaker_entity TEXT,
        json       TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity) WHERE speaker_entity IS NOT NULL;

      CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        start      INTEGER NOT NULL,                  -- evidence span
        end        INTEGER NOT NULL,
        type       TEXT NOT NULL,
        modality   TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end   INTEGER NOT NULL,
        date_value TEXT,
        json       TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX events_type ON events(type, modality);

      -- External-content index: the text lives once, in articles.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = 'articles', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    name: "knowledge base: entities across articles, merged events and quotes, near-duplicates, rules",
    sql: `
      ALTER TABLE articles ADD COLUMN outlet TEXT;
      ALTER TABLE articles ADD COLUMN minhash BLOB;     -- MinHash signature (64 × uint32), null for short texts
      UPDATE articles SET outlet = json_extract(source, '$.outlet');
      CREATE INDEX articles_outlet ON articles(outlet, seq);

      -- User merges and splits: the only KB table that is not derived from the articles.
      CREATE TABLE kb_rules (
        seq        INTEGER PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        from_id    TEXT NOT NULL,
        alias      TEXT,
        into_id    TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      -- Everything below is derived from articles.document and rebuilt after a rule change.
      CREATE TABLE kb_appearances (                   -- entity × article
        kb_id    TEXT NOT NULL,
        seq      INTEGER NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (kb_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX kb_appearances_seq ON kb_appearances(seq, kb_id);

      CREATE TABLE kb_entities (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        folded     TEXT NOT NULL,                     -- name, folded, for search
        canonical  INTEGER NOT NULL,                  -- 1 when name is the linker's canonical name
        label      TEXT,
        mentions   INTEGER NOT NULL,
        articles   INTEGER NOT NULL,
        first_seen TEXT,
        last_seen  TEXT
      ) WITHOUT ROWID;
      CREATE INDEX kb_entities_rank ON kb_entities(articles DESC, id);

      CREATE TABLE kb_aliases (
        kb_id  TEXT NOT NULL,
        lang   TEXT NOT NULL,
        alias  TEXT NOT NULL,
        folded TEXT NOT NULL,
        count  INTEGER NOT NULL,
        PRIMARY KEY (kb_id, lang, alias)
      ) WITHOUT ROWID;

      CREATE TABLE kb_roles (
        kb_id TEXT NOT NULL,
        role  TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (kb_id, role)
      ) WITHOUT ROWID;

      CREATE TABLE kb_quotes (
        ord          INTEGER PRIMARY KEY,             -- creation order
        id           TEXT NOT NULL UNIQUE,
        text         TEXT NOT NULL,
        folded       TEXT NOT NULL,                   -- " word word … " for word search
        kind         TEXT NOT NULL,
        speaker_id   TEXT,
        speaker_name TEXT,
        speaker_folded TEXT,
        role         TEXT,
        articles     INTEGER NOT NULL
      );
      CREATE INDEX kb_quotes_speaker ON kb_quotes(speaker_id);
      CREATE INDEX kb_quotes_rank ON kb_quotes(articles DESC, ord);
      CREATE TABLE kb_quote_sources (
        quote_id TEXT NOT NULL,
        seq      INTEGER NOT NULL,
        idx      INTEGER NOT NULL,
        PRIMARY KEY (quote_id, seq, idx)
      ) WITHOUT ROWID;

      CREATE TABLE kb_events (
        ord        INTEGER PRIMARY KEY,               -- creation order
        id         TEXT NOT NULL UNIQUE,
        type       TEXT NOT NULL,
        date_value TEXT,
        date_precision TEXT,
        sources    TEXT NOT NULL,                     -- JSON [{id, name}]
        targets    TEXT NOT NULL,
        items      TEXT NOT NULL,                     -- JSON [text]
        quantities TEXT NOT NULL                      -- JSON [number]
      );
      CREATE INDEX kb_events_type ON kb_events(type, ord);
      CREATE TABLE kb_event_actors (
        kb_id TEXT NOT NULL,
        role  TEXT NOT NULL,                          -- 'source' | 'target'
        ord   INTEGER NOT NULL,
        PRIMARY KEY (kb_id, role, ord)
      ) WITHOUT ROWID;
      CREATE TABLE kb_event_mentions (
        ord      INTEGER NOT NULL,
        seq      INTEGER NOT NULL,
        idx      INTEGER NOT NULL,
        modality TEXT NOT NULL,
        PRIMARY KEY (ord, seq, idx)
      ) WITHOUT ROWID;
      CREATE INDEX kb_event_mentions_modality ON kb_event_mentions(modality, ord);

      CREATE TABLE kb_minhash (                       -- LSH buckets
        band   INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        seq    INTEGER NOT NULL,
        PRIMARY KEY (band, bucket, seq)
      ) WITHOUT ROWID;
    `,
    // The backfill runs once the KB tables have their final shape (step 3).
  },
  {
    version: 3,
    name: "event actors indexed by type, so that merging looks at few candidates",
    sql: `
      DROP TABLE kb_event_actors;
      CREATE TABLE kb_event_actors (
        kb_id TEXT NOT NULL,
        type  TEXT NOT NULL,
        role  TEXT NOT NULL,                          -- 'source' | 'target'
        ord   INTEGER NOT NULL,
        PRIMARY KEY (kb_id, type, ord, role)
      ) WITHOUT ROWID;
      CREATE INDEX kb_event_actors_role ON kb_event_actors(kb_id, role, ord);
    `,
    // Derives every KB table from the stored documents (articles ingested before the KB existed).
    run: (db) => rebuildKnowledgeBase(db),
  },
  {
    version: 4,
    name: "covering indexes for search filters and timelines (articles rows hold whole documents)",
    sql: `
      DROP INDEX articles_outlet;
      CREATE INDEX articles_facets_date ON articles(date_value, lang, outlet, n_events);
      CREATE INDEX articles_facets_lang ON articles(lang, outlet, date_value);
      CREATE INDEX articles_facets_outlet ON articles(outlet, date_value, lang);
    `,
  },
  {
    version: 5,
    name: "articles: small columns first, text and document last",
    // SQLite reads a row's columns in order and must walk the overflow pages of a long text to
    // reach a column stored after it: dates, outlets and counts now come before text and document.
    rebuildsTables: true,
    sql: `
      CREATE TABLE articles_v5 (
        seq            INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        lang           TEXT,
        title          TEXT,
        date_value     TEXT,
        date_precision TEXT,
        outlet         TEXT,
        source         TEXT NOT NULL,
        words          INTEGER NOT NULL,
        n_entities     INTEGER NOT NULL,
        n_quotes       INTEGER NOT NULL,
        n_events       INTEGER NOT NULL,
        n_dates        INTEGER NOT NULL,
        n_quantities   INTEGER NOT NULL,
        ingested_at    TEXT NOT NULL,
        minhash        BLOB,
        text           TEXT NOT NULL,
        document       TEXT NOT NULL
      );
      INSERT INTO articles_v5 (seq, id, lang, title, date_value, date_precision, outlet, source, words,
          n_entities, n_quotes, n_events, n_dates, n_quantities, ingested_at, minhash, text, document)
        SELECT seq, id, lang, title, date_value, date_precision, outlet, source, words,
          n_entities, n_quotes, n_events, n_dates, n_quantities, ingested_at, minhash, text, document
        FROM articles;
      DROP TABLE articles;
      ALTER TABLE articles_v5 RENAME TO articles;
      CREATE INDEX articles_lang ON articles(lang, seq);
      CREATE INDEX articles_date ON articles(date_value);
      CREATE INDEX articles_facets_date ON articles(date_value, lang, outlet, n_events);
      CREATE INDEX articles_facets_lang ON articles(lang, outlet, date_value);
      CREATE INDEX articles_facets_outlet ON articles(outlet, date_value, lang);
    `,
  },
  {
    version: 6,
    name: "tokens packed in a blob beside the document JSON (src/store/packed.ts)",
    // New rows keep the token layer here and leave it out of `document`; older rows keep theirs in
    // the JSON (tokens null), and both read back the same.
    sql: "ALTER TABLE articles ADD COLUMN tokens BLOB;",
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Brings a database to SCHEMA_VERSION. Safe when several processes open the
 * same file at once: the version is read again inside each write transaction.
 *
 * @example
 * migrate(new DatabaseSync("dossier.db")); // → 1
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const latest = migrations[migrations.length - 1].version;
  const current = () =>
    Number(
      (db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null }).v ?? 0,
    );
  if (current() > latest) {
    throw new DossierError(
      "E_STORE_OPEN",
      `the knowledge base has schema version ${current()}, newer than this Dossier knows (${latest})`,
    );
  }
  for (const step of migrations) {
    if (step.version <= current()) continue;
    // A no-op inside a transaction: it must be switched before BEGIN.
    if (step.rebuildsTables) db.exec("PRAGMA foreign_keys = OFF");
    db.exec("BEGIN IMMEDIATE");
    try {
      if (step.version > current()) {
        db.exec(step.sql);
        step.run?.(db);
        if (step.rebuildsTables && db.prepare("PRAGMA foreign_key_check").all().length > 0) {
          throw new DossierError("E_STORE_OPEN", `migration ${step.version} broke a foreign key`);
        }
        db.prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)").run(
          step.version,
          step.name,
          new Date().toISOString(),
        );
      }
      db.exec("COMMIT");
    } catch (err) {
      db.exec("ROLLBACK");
      throw err;
    } finally {
      if (step.rebuildsTables) db.exec("PRAGMA foreign_keys = ON");
    }
  }
  return current();
}
