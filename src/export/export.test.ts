import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { validateXML } from "xmllint-wasm";
import { story } from "../store/fixtures/kb-docs.ts";
import { SqliteStore } from "../store/sqlite/sqlite.ts";
import type { GraphData, Store } from "../store/store.ts";
import { csvField, exportKb } from "./export.ts";
import { toGexf, toGraphML } from "./xml.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

async function validate(xml: string, xsd: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({ xml: [{ fileName: "doc.xml", contents: xml }], schema: [xsd] });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/** A graph with names that need escaping. */
const tricky: GraphData = {
  nodes: [
    { id: "org:a&b", name: 'A & B "<Corp>"', label: "ORG", events: 1 },
    { id: "country:SE", name: "Sérénie", label: null, events: 1 },
  ],
  edges: [
    {
      source: "org:a&b",
      target: "country:SE",
      type: "AID",
      count: 2,
      mentions: 3,
      firstDate: "2024-03",
      lastDate: null,
    },
  ],
};

describe("export", () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "dossier-export-"));
    store = SqliteStore.open(join(dir, "kb.db"));
    for (const d of story()) await store.put(d);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("GraphML is valid against the GraphML schema", async () => {
    const xsd = fixture("graphml.xsd");
    for (const graph of [await store.graph(), tricky, { nodes: [], edges: [] }]) {
      const result = await validate(toGraphML(graph), xsd);
      assert.ok(result.valid, result.errors.join("\n"));
    }
    const summary = await exportKb(store, { format: "graphml", out: join(dir, "kb.graphml") });
    assert.deepEqual(summary.counts, { nodes: 3, edges: 2 });
    const xml = readFileSync(join(dir, "kb.graphml"), "utf8");
    assert.match(xml, /<node id="country:VD"><data key="label">Valdoria<\/data>/);
    assert.ok((await validate(xml, xsd)).valid);
  });

  test("GEXF is valid against the GEXF schema", async () => {
    const xsd = fixture("gexf.xsd");
    for (const graph of [await store.graph(), tricky, { nodes: [], edges: [] }]) {
      const result = await validate(toGexf(graph), xsd);
      assert.ok(result.valid, result.errors.join("\n"));
    }
    await exportKb(store, { format: "gexf", out: join(dir, "kb.gexf") });
    const xml = readFileSync(join(dir, "kb.gexf"), "utf8");
    assert.match(
      xml,
      /<edge id="country:VD-&gt;country:SE:AID" source="country:VD" target="country:SE" label="AID" weight="1">/,
    );
    assert.ok((await validate(xml, xsd)).valid);
  });

  test("the schemas do reject broken graphs", async () => {
    const dangling = toGraphML({ ...tricky, nodes: tricky.nodes.slice(0, 1) });
    assert.equal((await validate(dangling, fixture("graphml.xsd"))).valid, false);
    const noVersion = toGexf(tricky).replace(' version="1.2"', "");
    assert.equal((await validate(noVersion, fixture("gexf.xsd"))).valid, false);
  });

  test("JSON Lines: one file per kind, one record per line", async () => {
    const out = join(dir, "jsonl");
    const summary = await exportKb(store, { format: "jsonl", out });
    assert.deepEqual(summary.counts, {
      articles: 5,
      entities: summary.counts.entities,
      quotes: 3,
      events: 2,
    });
    assert.ok((summary.counts.entities ?? 0) > 5);
    const lines = (kind: string) =>
      readFileSync(join(out, `${kind}.jsonl`), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
    assert.deepEqual(lines("articles")[0], JSON.parse(JSON.stringify(story()[0])));
    assert.equal(lines("entities").find((e) => e.id === "person:karel-dvorak").articleCount, 3);
    assert.equal(lines("quotes")[0].sources.length, 2);
    assert.equal(lines("events").length, 2);
  });

  test("CSV: a header, RFC 4180 quoting, arrays joined", async () => {
    assert.equal(csvField('He said "yes", then left'), '"He said ""yes"", then left"');
    assert.equal(csvField(["a", "b"]), "a; b");
    assert.equal(csvField(null), "");
    const out = join(dir, "csv");
    await exportKb(store, { format: "csv", out });
    assert.deepEqual(readdirSync(out).sort(), ["articles.csv", "entities.csv", "events.csv", "quotes.csv"]);
    const events = readFileSync(join(out, "events.csv"), "utf8").trim().split("\r\n");
    assert.equal(events[0].split(",")[0], "id");
    assert.equal(events.length, 3);
    assert.ok(events.some((l) => l.includes("pledged@2024-03-02 > delivered@2024-06-12")));
    const quotes = readFileSync(join(out, "quotes.csv"), "utf8");
    assert.match(quotes, /"“We will deliver forty tanks to Serenia before the summer\.”"|“We will deliver/);
  });

  test("one kind to one file", async () => {
    const path = join(dir, "entities-only.csv");
    const summary = await exportKb(store, { format: "csv", out: path, what: "entities" });
    assert.deepEqual(summary.files, [path]);
    assert.match(readFileSync(path, "utf8"), /^id,name,label,articleCount/);
  });

  test("brat: a .txt and an .ann per article", async () => {
    const out = join(dir, "brat");
    const summary = await exportKb(store, { format: "brat", out });
    assert.equal(summary.counts.articles, 5);
    const doc = story()[0];
    assert.equal(readFileSync(join(out, `${doc.id}.txt`), "utf8"), doc.text);
    assert.match(readFileSync(join(out, `${doc.id}.ann`), "utf8"), /^T1\t/m);
  });

  test("dossier export on the command line", () => {
    const main = new URL("../cli/main.ts", import.meta.url).pathname;
    const path = join(dir, "cli.gexf");
    const stdout = execFileSync(
      process.execPath,
      [main, "export", "--db", join(dir, "kb.db"), "--format", "gexf", "--out", path],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    assert.equal(stdout, ""); // the summary goes to stderr
    assert.match(readFileSync(path, "utf8"), /<gexf /);
    assert.throws(
      () =>
        execFileSync(
          process.execPath,
          [main, "export", "--db", join(dir, "kb.db"), "--format", "xml", "--out", path],
          {
            stdio: "pipe",
          },
        ),
      /xml/,
    );
  });
});
