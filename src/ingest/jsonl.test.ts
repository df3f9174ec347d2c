import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { tempDir } from "../../test/temp-dir.ts";
import { readInputs } from "./index.ts";
import { readLines, recordToArticle } from "./jsonl.ts";
import type { InputItem } from "./types.ts";

const fixturePath = new URL("fixtures/articles.jsonl", import.meta.url).pathname;

async function collect(inputs: string[], options = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

test("JSONL: one item per line; bad lines fail alone, naming file:line", async () => {
  const items = await collect([fixturePath]);
  assert.equal(items.length, 6, "blank line skipped");
  const summary = items.map((i) => (i.ok ? "ok" : `${i.error.code}@${i.input.split(":").pop()}`));
  assert.deepEqual(summary, ["ok", "ok", "E_JSONL_PARSE@3", "E_JSONL_PARSE@4", "E_INPUT_EMPTY@6", "ok"]);
  const [first, second] = items;
  assert.ok(first.ok && second.ok);
  assert.equal(first.article.title, "Aide approuvée");
  assert.deepEqual(first.article.date, { value: "2023-09", precision: "month" });
  assert.equal(first.article.lang, "fr");
  assert.deepEqual(first.article.source, { path: fixturePath, outlet: "La Gazette du Nord" });
  assert.deepEqual(second.article.date, { value: "2023-10-02", precision: "day" });
  assert.deepEqual(second.article.source, {
    url: "https://ledger.example/denial",
    byline: "Tom Reyes, Ana Silva",
  });
  const last = items[5];
  assert.ok(last.ok);
  assert.deepEqual(last.article.date, { value: "2023", precision: "year" });
  assert.ok(!items[2].ok && items[2].error.message.includes(`${fixturePath}:3`));
});

test("JSONL field names are configurable, dotted paths included", () => {
  const article = recordToArticle(
    { body: "Texte.", headline: "Titre", meta: { published: "2023-09-14" }, where: "https://x.example/a" },
    { text: "body", title: "headline", date: "meta.published", url: "where" },
    "f.jsonl",
    "f.jsonl:1",
  );
  assert.equal(article.text, "Texte.");
  assert.equal(article.title, "Titre");
  assert.deepEqual(article.date, { value: "2023-09-14", precision: "day" });
  assert.deepEqual(article.source, { url: "https://x.example/a" });
});

test("JSONL through readInputs with jsonlFields", async () => {
  const dir = tempDir("dossier-jsonl-");
  const path = join(dir, "custom.jsonl");
  writeFileSync(path, '{"corps": "Le sommet a eu lieu.", "quand": "2023-09"}\r\n');
  const items = await collect([path], { jsonlFields: { text: "corps", date: "quand" } });
  assert.equal(items.length, 1);
  assert.ok(items[0].ok);
  assert.equal(items[0].article.text, "Le sommet a eu lieu.");
  assert.deepEqual(items[0].article.date, { value: "2023-09", precision: "month" });
});

test("JSONL lines over the size cap and invalid UTF-8 lines fail alone", async () => {
  const dir = tempDir("dossier-jsonl-");
  const path = join(dir, "big.jsonl");
  const big = JSON.stringify({ text: "x".repeat(5000) });
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from(`${big}\n{"text": "ok"}\n{"text": "caf`),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"text": "fin"}'),
    ]),
  );
  const items = await collect([path], { maxBytes: 1000 });
  assert.deepEqual(
    items.map((i) => (i.ok ? i.article.text : i.error.code)),
    ["E_INPUT_TOO_LARGE", "ok", "E_INPUT_ENCODING", "fin"],
  );
  const lines = [];
  for await (const line of readLines(path, 1000)) lines.push(line.lineNumber);
  assert.deepEqual(lines, [1, 2, 3, 4]);
});
