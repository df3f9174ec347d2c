import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { after, before, describe, test } from "node:test";
import { DossierError } from "../../errors.ts";
import { makeDocument, makeDocuments } from "../fixtures/docs.ts";
import { story } from "../fixtures/kb-docs.ts";
import { runStoreCases } from "../store.cases.ts";
import { MIGRATIONS, type Migration, migrate, SCHEMA_VERSION } from "./migrations.ts";
import { SqliteStore } from "./sqlite.ts";

runStoreCases("SqliteStore", async () => SqliteStore.open(":memory:"));

const isCode = (code: string) => (err: unknown) => err instanceof DossierError && err.code === code;

describe("SqliteStore on disk", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("WAL, foreign keys, busy timeout and the schema version are set", async () => {
    const store = SqliteStore.open(join(dir, "pragmas.db"));
    const db = store.database;
    const pragma = (name: string) => Object.values(db.prepare(`PRAGMA ${name}`).get()!)[0];
    assert.equal(pragma("journal_mode"), "wal");
    assert.equal(pragma("foreign_keys"), 1);
    assert.equal(pragma("busy_timeout"), 5000);
    const versions = db.prepare("SELECT version FROM schema_migrations ORDER BY version").all();
    assert.deepEqual(
      versions.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );
    await store.close();
  });

  test("articles persist across reopening; migrations are not applied twice", async () => {
    const path = join(dir, "reopen.db");
    const docs = makeDocuments(3);
    const first = SqliteStore.open(path);
    for (const d of docs) await first.put(d);
    await first.close();
    const second = SqliteStore.open(path);
    assert.equal((await second.stats()).articles, 3);
    assert.deepEqual(await second.get(docs[1].id), docs[1]);
    assert.equal((await second.put(docs[0])).status, "duplicate");
    const applied = second.database.prepare("SELECT count(*) AS n FROM schema_migrations").get()!;
    assert.equal(applied.n, MIGRATIONS.length);
    await second.close();
  });

  test("two connections on one file: each article once", async () => {
    const path = join(dir, "two.db");
    const a = SqliteStore.open(path);
    const b = SqliteStore.open(path);
    const docs = makeDocuments(6);
    const results = await Promise.all(docs.flatMap((d) => [a.put(d), b.put(d)]));
    assert.equal(results.filter((r) => r.status === "new").length, 6);
    assert.equal(results.filter((r) => r.status === "duplicate").length, 6);
    assert.equal((await b.stats()).articles, 6);
    await a.close();
    await b.close();
  });

  test("a failure inside the transaction rolls the whole article back", async () => {
    const store = SqliteStore.open(join(dir, "rollback.db"));
    // Fail on the third entity row, after the article, FTS and two entity rows were written.
    store.database.exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON entities WHEN NEW.idx = 2
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const doc = makeDocument(0, { extraEntities: 5 });
    await assert.rejects(store.put(doc), /injected failure/);
    assert.equal(await store.has(doc.id), false);
    const db = store.database;
    for (const table of ["articles", "entities", "quotes", "events"]) {
      assert.equal(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()!.n, 0, table);
    }
    assert.deepEqual(await store.search("Brel"), []);
    assert.equal(db.isTransaction, false);
    store.database.exec("DROP TRIGGER fail_third");
    assert.equal((await store.put(doc)).status, "new");
    await store.close();
  });

  test("one row per annotation, with offsets and the annotation's JSON", async () => {
    const store = SqliteStore.open(":memory:");
    const doc = makeDocument(1, { extraEntities: 3 });
    await store.put(doc);
    const db = store.database;
    const entities = db.prepare("SELECT * FROM entities WHERE article_id = ? ORDER BY idx").all(doc.id);
    assert.equal(entities.length, doc.entities.length);
    entities.forEach((row, i) => {
      const e = doc.entities[i];
      assert.deepEqual([row.start, row.end, row.text, row.label], [e.start, e.end, e.text, e.label]);
      assert.deepEqual(JSON.parse(row.json as string), e);
    });
    const quote = db.prepare("SELECT * FROM quotes WHERE article_id = ? AND idx = 0").get(doc.id)!;
    assert.equal(quote.kind, "direct");
    assert.equal(quote.speaker, "Anton Brel");
    assert.equal(quote.speaker_entity, "person:anton-brel");
    const event = db.prepare("SELECT * FROM events WHERE article_id = ?").get(doc.id)!;
    assert.equal(event.type, "arms-delivery");
    assert.equal(event.modality, "pledged");
    assert.equal(doc.text.slice(Number(event.trigger_start), Number(event.trigger_end)), "deliver");
    const article = db.prepare("SELECT * FROM articles WHERE id = ?").get(doc.id)!;
    assert.equal(article.date_value, doc.date!.value);
    assert.deepEqual(JSON.parse(article.source as string), doc.source);
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    await store.close();
  });

  test("a database from a newer Dossier is refused with E_STORE_OPEN", async () => {
    const path = join(dir, "future.db");
    await SqliteStore.open(path).close();
    const raw = new DatabaseSync(path);
    raw
      .prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, 'future', '')")
      .run(SCHEMA_VERSION + 1);
    raw.close();
    assert.throws(() => SqliteStore.open(path), isCode("E_STORE_OPEN"));
  });

  test("migrate applies only the missing steps, in order", () => {
    const db = new DatabaseSync(":memory:");
    const steps: Migration[] = [
      { version: 1, name: "one", sql: "CREATE TABLE one (x)" },
      { version: 2, name: "two", sql: "CREATE TABLE two (x)" },
    ];
    assert.equal(migrate(db, steps.slice(0, 1)), 1);
    assert.equal(migrate(db, steps), 2);
    assert.equal(migrate(db, steps), 2);
    const names = db.prepare("SELECT name FROM schema_migrations ORDER BY version").all();
    assert.deepEqual(
      names.map((r) => r.name),
      ["one", "two"],
    );
    // A failing step leaves the database at the previous version.
    assert.throws(() => migrate(db, [...steps, { version: 3, name: "bad", sql: "CREATE TABLE one (x)" }]));
    assert.equal(migrate(db, steps), 2);
    db.close();
  });

  test("unopenable paths are E_STORE_OPEN", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const garbage = join(dir, "garbage.db");
    writeFileSync(
      garbage,
      "this is not a database, just some text that is long enough to have a header".repeat(20),
    );
    for (const path of [join(dir, "no", "such", "dir", "x.db"), folder, garbage]) {
      assert.throws(() => SqliteStore.open(path), isCode("E_STORE_OPEN"), path);
    }
    assert.throws(() => SqliteStore.open(join(dir, "missing.db"), { create: false }), isCode("E_STORE_OPEN"));
  });

  test("a closed store refuses work with E_STORE_OPEN", async () => {
    const store = SqliteStore.open(":memory:");
    await store.close();
    await assert.rejects(store.get("x"), isCode("E_STORE_OPEN"));
  });
});

describe("SqliteStore: migration 2 builds the knowledge base from existing articles", () => {
  test("a version-1 file gains entities, events and quotes on open", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-mig2-"));
    try {
      const path = join(dir, "v1.db");
      const db = new DatabaseSync(path);
      migrate(db, MIGRATIONS.slice(0, 1));
      const insert = db.prepare(
        `INSERT INTO articles (id, lang, title, text, date_value, date_precision, source, words,
           n_entities, n_quotes, n_events, n_dates, n_quantities, ingested_at, document)
         VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0, 0, 0, '2024-01-01T00:00:00Z', ?)`,
      );
      const fts = db.prepare(
        "INSERT INTO articles_fts (rowid, title, text) VALUES (last_insert_rowid(), ?, ?)",
      );
      for (const d of story().slice(0, 3)) {
        insert.run(
          d.id,
          d.lang,
          d.title,
          d.text,
          d.date!.value,
          d.date!.precision,
          JSON.stringify(d.source),
          JSON.stringify(d),
        );
        fts.run(d.title, d.text);
        db.prepare(
          "INSERT INTO entities (article_id, idx, start, end, text, label, entity_id, json) VALUES (?, 0, 0, 1, 'x', 'PER', NULL, '{}')",
        ).run(d.id);
      }
      db.close();
      const store = SqliteStore.open(path);
      // Rebuilding the articles table (step 5) must not cascade into the annotation rows.
      assert.equal(store.database.prepare("SELECT count(*) AS n FROM entities").get()!.n, 3);
      assert.equal(store.database.prepare("PRAGMA foreign_keys").get()!.foreign_keys, 1);
      assert.equal((await store.entity("person:karel-dvorak"))?.articleCount, 3);
      assert.equal((await store.events()).items[0].mentionCount, 3);
      assert.equal((await store.quotes()).items[0].articleCount, 2);
      assert.deepEqual(
        (await store.search("tanks", { outlet: "Global Wire" })).map((h) => h.id),
        [story()[2].id],
      );
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
