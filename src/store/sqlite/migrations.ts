/**
 * Versioned schema of the SQLite knowledge base. Steps are applied in order,
 * each in its own transaction, and recorded in `schema_migrations`; a database
 * is never migrated twice and never opened by an older Dossier than wrote it.
 * Add a step at the end; never edit one that has shipped.
 */
import type { DatabaseSync } from "node:sqlite";
import { DossierError } from "../../errors.ts";

export interface Migration {
  version: number;
  name: string;
  sql: string;
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
    db.exec("BEGIN IMMEDIATE");
    try {
      if (step.version > current()) {
        db.exec(step.sql);
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
    }
  }
  return current();
}
