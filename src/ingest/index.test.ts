import assert from "node:assert/strict";
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import iconv from "iconv-lite";
import { tempDir } from "../../test/temp-dir.ts";
import { listInputFiles, readInputs } from "./index.ts";
import type { IngestOptions, InputItem } from "./types.ts";

const fixtures = new URL("fixtures/", import.meta.url).pathname.replace(/\/$/, "");

async function collect(inputs: string[], options: IngestOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

function tempDirIngest(): string {
  return tempDir("dossier-ingest-");
}

const FRENCH_RECORD = "date 2023-09-14\nLe ministre a déclaré : « C’est l’été à Orvane. » Œuvre à 5 €.";

test("a French news record file", async () => {
  const [item] = await collect([join(fixtures, "record-fr.txt")]);
  assert.ok(item.ok);
  assert.deepEqual(item.article.date, { value: "2023-09", precision: "month" });
  assert.equal(item.article.title, null);
  assert.equal(item.article.lang, null);
  assert.equal(item.article.text.split("\n\n").length, 2);
  assert.ok(item.article.text.startsWith("Le partenariat entre la Valdonie"));
  assert.deepEqual(item.article.source, { path: join(fixtures, "record-fr.txt") });
});

test("a record with CRLF line endings and a title", async () => {
  const [item] = await collect([join(fixtures, "record-en-title.txt")]);
  assert.ok(item.ok);
  assert.equal(item.article.title, "Aid package approved for Kestrel");
  assert.deepEqual(item.article.date, { value: "2024-03-05", precision: "day" });
  assert.ok(!item.article.text.includes("\r"));
  assert.equal(item.article.text.split("\n\n").length, 2);
});

test("a Windows-1252 French file and a UTF-16 file with a BOM", async () => {
  const dir = tempDirIngest();
  writeFileSync(join(dir, "cp1252.txt"), iconv.encode(FRENCH_RECORD, "windows-1252"));
  writeFileSync(
    join(dir, "utf16le.txt"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH_RECORD, "utf16le")]),
  );
  writeFileSync(join(dir, "utf16be.txt"), iconv.encode(FRENCH_RECORD, "utf-16be", { addBOM: true }));
  const items = await collect([join(dir, "cp1252.txt"), join(dir, "utf16le.txt"), join(dir, "utf16be.txt")]);
  assert.equal(items.length, 3);
  for (const item of items) {
    assert.ok(item.ok, item.ok ? "" : item.error.message);
    assert.equal(item.article.text, "Le ministre a déclaré : « C’est l’été à Orvane. » Œuvre à 5 €.");
    assert.deepEqual(item.article.date, { value: "2023-09-14", precision: "day" });
  }
});

test("bad inputs each fail with their code and the batch goes on, in input order", async () => {
  const dir = tempDirIngest();
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\n \t");
  writeFileSync(join(dir, "header-only.txt"), "date 2023-09\n");
  writeFileSync(
    join(dir, "image.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
  );
  const utf8 = Buffer.from("Le président a déclaré que la sécurité était élevée à Orvane.");
  writeFileSync(join(dir, "corrupt.txt"), Buffer.concat([utf8, Buffer.from([0xe9, 0x80]), utf8]));
  writeFileSync(join(dir, "good.txt"), "Une phrase.");
  const names = [
    "empty.txt",
    "missing.txt",
    "blank.txt",
    "header-only.txt",
    "image.txt",
    "corrupt.txt",
    "good.txt",
  ];
  const items = await collect([
    ...names.map((n) => join(dir, n)),
    join(fixtures, "no-article.html"),
    join(fixtures, "broken.xml"),
  ]);
  assert.deepEqual(
    items.map((i) => (i.ok ? "ok" : i.error.code)),
    [
      "E_INPUT_EMPTY",
      "E_INPUT_NOT_FOUND",
      "E_INPUT_EMPTY",
      "E_INPUT_EMPTY",
      "E_INPUT_BINARY",
      "E_INPUT_ENCODING",
      "ok",
      "E_HTML_NO_ARTICLE",
      "E_FEED_PARSE",
    ],
  );
  for (const item of items) {
    if (!item.ok) assert.ok(!item.error.message.includes("\n"), "one-line messages");
  }
  assert.equal(items[1].ok ? "" : items[1].input, join(dir, "missing.txt"));
});

test("a 20 MB text fails under the default cap", async () => {
  const dir = tempDirIngest();
  const path = join(dir, "huge.txt");
  const fd = openSync(path, "w");
  ftruncateSync(fd, 20 * 1024 * 1024); // sparse: the test writes nothing
  closeSync(fd);
  const [item] = await collect([path]);
  assert.ok(!item.ok);
  assert.equal(item.error.code, "E_INPUT_TOO_LARGE");
});

test("directories: recursive, sorted, dotfiles and unknown extensions skipped", async () => {
  const dir = tempDirIngest();
  mkdirSync(join(dir, "b-sub"));
  mkdirSync(join(dir, ".hidden"));
  writeFileSync(join(dir, "c.txt"), "Troisième.");
  writeFileSync(join(dir, "a.md"), "# Premier\n\nPremier texte.");
  writeFileSync(join(dir, "b-sub", "inner.txt"), "Deuxième.");
  writeFileSync(join(dir, ".secret.txt"), "caché");
  writeFileSync(join(dir, ".hidden", "x.txt"), "caché");
  writeFileSync(join(dir, "notes.docx"), "ignored");
  assert.deepEqual(await listInputFiles(dir), [
    join(dir, "a.md"),
    join(dir, "b-sub", "inner.txt"),
    join(dir, "c.txt"),
  ]);
  const items = await collect([dir]);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.article.text : i.error.code)),
    ["Premier texte.", "Deuxième.", "Troisième."],
  );
  assert.ok(items[0].ok && items[0].article.title === "Premier");
  assert.deepEqual(items[1].ok && items[1].article.source, { path: join(dir, "b-sub", "inner.txt") });
  mkdirSync(join(dir, "empty"));
  const [none] = await collect([join(dir, "empty")]);
  assert.ok(!none.ok && none.error.code === "E_INPUT_EMPTY");
});

test("the fixture directory gives every shape in one batch", async () => {
  const items = await collect([fixtures]);
  const ok = items.filter((i) => i.ok).length;
  const failed = items.filter((i) => !i.ok).map((i) => (i.ok ? "" : i.error.code));
  assert.equal(ok, 10);
  assert.deepEqual(failed.sort(), [
    "E_FEED_PARSE",
    "E_HTML_NO_ARTICLE",
    "E_INPUT_EMPTY",
    "E_JSONL_PARSE",
    "E_JSONL_PARSE",
  ]);
});

test("stdin: `-` reads the given stream and sniffs its format", async () => {
  const record = await collect(["-"], {
    stdin: Readable.from([Buffer.from(" date 2023-09 Le partena"), Buffer.from("riat est signé.")]),
  });
  assert.ok(record[0].ok);
  assert.equal(record[0].article.text, "Le partenariat est signé.");
  assert.deepEqual(record[0].article.source, { path: "-" });
  const jsonl = await collect(["-"], { stdin: Readable.from(['{"text":"Un."}\n{"text":"Deux."}\n']) });
  assert.deepEqual(
    jsonl.map((i) => i.ok && i.article.text),
    ["Un.", "Deux."],
  );
  const big = await collect(["-"], { stdin: Readable.from([Buffer.alloc(600, 0x61)]), maxBytes: 500 });
  assert.ok(!big[0].ok && big[0].error.code === "E_INPUT_TOO_LARGE");
});

test("JSON files and unknown extensions sniffed as HTML", async () => {
  const dir = tempDirIngest();
  writeFileSync(join(dir, "records.json"), JSON.stringify([{ text: "Un.", date: "2023-09" }, { nope: 1 }]));
  writeFileSync(join(dir, "broken.json"), "[{");
  const paragraph =
    "<p>The delegations met again on Friday in Orvane to discuss the aid package and its conditions.</p>";
  writeFileSync(
    join(dir, "page.dat"),
    `<!DOCTYPE html><html lang="en"><title>T</title><body><article>${paragraph.repeat(2)}</article></body></html>`,
  );
  const items = await collect([join(dir, "records.json"), join(dir, "broken.json"), join(dir, "page.dat")]);
  assert.deepEqual(
    items.map((i) => (i.ok ? "ok" : i.error.code)),
    ["ok", "E_JSONL_PARSE", "E_INPUT_FORMAT", "ok"],
  );
  assert.ok(items[3].ok && items[3].article.lang === "en");
});

test("a Latin-1 feed and a Windows-1252 page decode through their declared charsets", async () => {
  const dir = tempDirIngest();
  const rss = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>Sommet à Genève</title><description>Les négociations reprendront après l'été.</description></item></channel></rss>`;
  writeFileSync(join(dir, "latin1.rss"), Buffer.from(rss, "latin1"));
  const paragraph =
    "<p>Le ministre a déclaré : « C’est l’été, la sécurité prime », à l’issue de la réunion d’Orvane.</p>";
  const html = `<html lang="fr"><head><meta charset="windows-1252"><title>Réunion</title></head><body><article>${paragraph.repeat(2)}</article></body></html>`;
  writeFileSync(join(dir, "page.html"), iconv.encode(html, "windows-1252"));
  const [feedItem, page] = await collect([join(dir, "latin1.rss"), join(dir, "page.html")]);
  assert.ok(feedItem.ok && page.ok);
  assert.equal(feedItem.article.title, "Sommet à Genève");
  assert.equal(feedItem.article.text, "Les négociations reprendront après l'été.");
  assert.ok(page.article.text.startsWith("Le ministre a déclaré : « C’est l’été"));
});
