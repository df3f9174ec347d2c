import assert from "node:assert/strict";
import { test } from "node:test";
import { InlineExtractor, WorkerExtractor } from "./extractor.ts";

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
    assert.deepEqual(
      b.map((r) => r.json),
      a.map((r) => r.json),
    );
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
