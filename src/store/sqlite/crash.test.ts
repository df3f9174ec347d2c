/**
 * Crash safety: kill -9 a process in the middle of storing articles, then
 * check the knowledge base never holds half an article and that running the
 * same ingest again ends with the same counts as one clean run.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { makeDocuments } from "../fixtures/docs.ts";
import { SqliteStore } from "./sqlite.ts";

const PUT_LOOP = fileURLToPath(new URL("../fixtures/put-loop.ts", import.meta.url));
const COUNT = 400;
/** Many entity rows per article make a kill inside a transaction likely. */
const EXTRA_ENTITIES = 50;

interface Run {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** Runs put-loop on `db`; with `killAfter`, sends SIGKILL once that many articles were reported stored. */
function putLoop(db: string, killAfter?: number, batch = 1): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [PUT_LOOP, db, String(COUNT), String(EXTRA_ENTITIES), String(batch)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const lines: string[] = [];
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split("\n");
      buffered = parts.pop()!;
      lines.push(...parts);
      if (killAfter !== undefined && lines.length >= killAfter && child.exitCode === null)
        child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ lines, signal, code }));
  });
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

test("kill -9 mid-ingest: no half article, and a rerun ends like a clean run", () => crashThenRerun(1));

test("kill -9 mid-ingest in batches (putMany): no half batch, and a rerun ends like a clean run", () =>
  crashThenRerun(16));

async function crashThenRerun(batch: number): Promise<void> {
  const crashed = join(dir, `crashed-${batch}.db`);
  const killed = await putLoop(crashed, 40, batch);
  assert.equal(killed.signal, "SIGKILL", "the child must be killed before it finishes");
  assert.ok(killed.lines.length < COUNT);

  // The database opens and every article present is complete.
  const store = SqliteStore.open(crashed);
  const db = store.database;
  assert.equal(db.prepare("PRAGMA integrity_check").get()!.integrity_check, "ok");
  assert.deepEqual(db.prepare("PRAGMA foreign_key_check").all(), []);
  db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  const rows = db
    .prepare(
      `SELECT a.id, a.n_entities, a.n_quotes, a.n_events,
        json_array_length(a.document, '$.entities') AS json_entities,
        json_array_length(a.document, '$.quotes') AS json_quotes,
        json_array_length(a.document, '$.events') AS json_events,
        (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entity_rows,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quote_rows,
        (SELECT count(*) FROM events v WHERE v.article_id = a.id) AS event_rows
      FROM articles a`,
    )
    .all();
  assert.ok(rows.length >= 40, `${rows.length} articles survived`);
  assert.ok(rows.length < COUNT);
  assert.equal(rows.length % batch, 0, "whole batches only");
  const expected = new Map(makeDocuments(COUNT, { extraEntities: EXTRA_ENTITIES }).map((d) => [d.id, d]));
  for (const r of rows) {
    const doc = expected.get(r.id as string);
    assert.ok(doc, `unexpected article ${r.id}`);
    assert.equal(r.entity_rows, doc.entities.length);
    assert.equal(r.json_entities, doc.entities.length);
    assert.equal(r.n_entities, doc.entities.length);
    assert.equal(r.quote_rows, r.json_quotes);
    assert.equal(r.event_rows, r.json_events);
    assert.equal(r.n_quotes, r.quote_rows);
    assert.equal(r.n_events, r.event_rows);
  }
  const survived = rows.length;
  await store.close();

  // The same ingest again: what survived is a duplicate, the rest is new.
  const rerun = await putLoop(crashed, undefined, batch);
  assert.equal(rerun.code, 0);
  assert.equal(rerun.lines.filter((l) => l.endsWith(" duplicate")).length, survived);
  assert.equal(rerun.lines.filter((l) => l.endsWith(" new")).length, COUNT - survived);

  const clean = join(dir, `clean-${batch}.db`);
  assert.equal((await putLoop(clean, undefined, batch)).code, 0);

  const counts = (path: string) => {
    const s = SqliteStore.open(path);
    const tables = ["articles", "entities", "quotes", "events"].map(
      (t) => s.database.prepare(`SELECT count(*) AS n FROM ${t}`).get()!.n,
    );
    return s.stats().then(async (stats) => {
      await s.close();
      return { stats, tables };
    });
  };
  const [afterCrash, afterClean] = await Promise.all([counts(crashed), counts(clean)]);
  assert.deepEqual(afterCrash, afterClean);
  assert.equal(afterClean.stats.articles, COUNT);
}
