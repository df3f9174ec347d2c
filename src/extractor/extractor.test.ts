import assert from "node:assert/strict";
import { test } from "node:test";
import { toJSON } from "../doc/json.ts";
import { DossierError } from "../errors.ts";
import { processArticle } from "../process.ts";
import { MemoryStore } from "../store/memory.ts";
import { unpackDocument } from "../store/packed.ts";
import { type Extractor, InlineExtractor, WorkerExtractor } from "./extractor.ts";
import { ingest } from "./ingest.ts";

const articles = [
  {
    text: "Le ministre est arrivé mardi à Genève. « Nous avons signé », a-t-il déclaré.",
    source: { path: "a" },
  },
  { text: "The minister arrived in Geneva on Tuesday. “We signed,” he said.", source: { path: "b" } },
  { text: "Der Minister kam am Dienstag in Genf an. Die Gespräche dauerten lange.", source: { path: "c" } },
];

test("worker threads and the inline extractor give the same documents, in call order", async () => {
  const inline = new InlineExtractor();
  const pool = new WorkerExtractor(2);
  try {
    const a = await Promise.all(articles.map((x) => inline.extract(x)));
    const b = await Promise.all(articles.map((x) => pool.extract(x)));
    assert.deepEqual(b.map(unpackDocument), a.map(unpackDocument));
    assert.deepEqual(
      b.map((r) => r.json.source.path),
      ["a", "b", "c"],
    );
    const forced = await pool.extract(articles[1], "fr");
    assert.equal(forced.json.lang, "fr");
  } finally {
    await pool.close();
  }
});

test("an extracted document unpacks to what toJSON gives", async () => {
  const extracted = await new InlineExtractor().extract(articles[0]);
  assert.equal(extracted.json.tokens, undefined);
  assert.ok(extracted.tokens && extracted.tokens.byteLength > 0);
  assert.deepEqual(unpackDocument(extracted), toJSON(processArticle(articles[0])));
});

test("the ingest loop stores in input order, skips what is stored, reports failures", async () => {
  const store = new MemoryStore();
  const many = Array.from({ length: 40 }, (_, i) => ({
    label: `n${i}`,
    article: { text: `Le ministre numéro ${i} est arrivé mardi à Genève.`, source: { path: `n${i}` } },
  }));
  const pool = new WorkerExtractor(2);
  try {
    const stored: string[] = [];
    const failed: string[] = [];
    const bad = { label: "bad", article: { text: "BAD" } };
    // A pool whose extraction fails on one article.
    const flaky: Extractor = {
      capacity: pool.capacity,
      threads: pool.threads,
      extract: (a, lang) =>
        a.text === "BAD" ? Promise.reject(new DossierError("E_INPUT_FORMAT", "bad")) : pool.extract(a, lang),
      close: () => pool.close(),
    };
    const times = await ingest([...many.slice(0, 30), bad, ...many.slice(30)], flaky, store, {
      stored: (label, r) => stored.push(`${label} ${r.status}`),
      failed: (label) => failed.push(label),
    });
    assert.deepEqual(
      stored,
      many.map((m) => `${m.label} new`),
    );
    assert.deepEqual(failed, ["bad"]);
    assert.equal(times.articles, 41);
    assert.ok(times.batches >= 2 && times.batches < 40, `${times.batches} batches`);
    const list = await store.list({ limit: 100 });
    assert.deepEqual(
      list.items.map((i) => i.source.path),
      many.map((m) => m.label),
    );
    const duplicates: string[] = [];
    await ingest(many.slice(0, 3), pool, store, { duplicate: (label) => duplicates.push(label) });
    assert.deepEqual(duplicates, ["n0", "n1", "n2"]);
  } finally {
    await pool.close();
  }
});
