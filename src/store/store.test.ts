import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DossierError } from "../errors.ts";
import { makeDocument } from "./fixtures/docs.ts";
import { MemoryStore } from "./memory.ts";
import { fold, ftsExpression, parseQuery, wordSpans } from "./query.ts";
import { SqliteStore } from "./sqlite/sqlite.ts";
import { openStore } from "./store.ts";

const isCode = (code: string) => (err: unknown) => err instanceof DossierError && err.code === code;

describe("openStore", () => {
  test("dispatches on the spec", async () => {
    const memory = await openStore("memory:");
    assert.ok(memory instanceof MemoryStore);
    const sqlite = await openStore(":memory:");
    assert.ok(sqlite instanceof SqliteStore);
    await memory.close();
    await sqlite.close();
  });

  test("a file path (also as sqlite:PATH) is a SQLite file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-open-"));
    try {
      const path = join(dir, "kb.db");
      const store = await openStore(path);
      const doc = makeDocument(0);
      await store.put(doc);
      await store.close();
      const again = await openStore(`sqlite:${path}`, { create: false });
      assert.equal(await again.has(doc.id), true);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("unopenable specs are E_STORE_OPEN", async () => {
    await assert.rejects(openStore("/no/such/dir/kb.db"), isCode("E_STORE_OPEN"));
    await assert.rejects(openStore("postgres://localhost/dossier"), isCode("E_STORE_OPEN"));
  });
});

describe("query syntax", () => {
  test("fold strips accents and case", () => {
    assert.equal(fold("Président"), "president");
    assert.equal(fold("ÉTATS"), "etats");
    assert.equal(fold("Kyïv"), "kyiv");
  });

  test("only words survive; a trailing star is a prefix", () => {
    assert.deepEqual(parseQuery('"Président" OR (Kyiv* -l’Élysée'), [
      { text: "president", prefix: false },
      { text: "or", prefix: false },
      { text: "kyiv", prefix: true },
      { text: "l", prefix: false },
      { text: "elysee", prefix: false },
    ]);
    assert.deepEqual(parseQuery(' " * () : ^ '), []);
  });

  test("word spans are the runs of letters, numbers, marks and private use (unicode61's words)", () => {
    const text = "Ça va? L’Élysée 𝒜bc d\u0301e ７８ x_y ΑΘΗΝΑ İstanbul ﬁn 3·4";
    const expected = [...text.matchAll(/[\p{L}\p{N}\p{M}\p{Co}]+/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      folded: m[0].normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(),
    }));
    assert.deepEqual(wordSpans(text), expected);
    assert.equal(fold("Kyiv-2024"), "kyiv-2024");
  });

  test("FTS expressions quote every term", () => {
    assert.equal(ftsExpression(parseQuery("NEAR(a b) c*")), '"near" "a" "b" "c"*');
  });
});
