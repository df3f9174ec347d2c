/**
 * The one test suite every Store implementation passes (hono's router-tests
 * style): call `runStoreCases(name, makeStore)` from each implementation's test file.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { DocumentJSON } from "../doc/json.ts";
import { DossierError } from "../errors.ts";
import { makeDocument, makeDocuments } from "./fixtures/docs.ts";
import { runKbCases } from "./kb.cases.ts";
import { packTokens } from "./packed.ts";
import { requireDocument, type Store } from "./store.ts";

/**
 * Registers the shared cases against fresh, empty stores from `makeStore`.
 *
 * @example
 * runStoreCases("MemoryStore", async () => new MemoryStore());
 */
export function runStoreCases(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe("put / get / has", () => {
      test("a new article is stored and comes back whole", async () => {
        const doc = makeDocument(1);
        assert.deepEqual(await store.put(doc), { id: doc.id, status: "new" });
        assert.equal(await store.has(doc.id), true);
        assert.deepEqual(await store.get(doc.id), doc);
      });

      test("every layer survives, including tokens and flags", async () => {
        const doc: DocumentJSON = {
          ...makeDocument(2),
          tokens: [
            { start: 0, end: 2, text: "Le", pos: "DET", lemma: "le", head: 1 },
            { start: 3, end: 10, text: "ministre", pos: "NOUN", head: -1 },
          ],
          flags: [{ start: 0, end: 2, kind: "mt-lowercase-restart", message: "a test flag" }],
        };
        await store.put(doc);
        assert.deepEqual(await store.get(doc.id), doc);
      });

      test("the same id again is a duplicate and changes nothing", async () => {
        const doc = makeDocument(3);
        await store.put(doc);
        const before = await store.stats();
        const altered = { ...doc, entities: [], source: { path: "elsewhere.txt" } };
        assert.deepEqual(await store.put(altered), { id: doc.id, status: "duplicate" });
        assert.deepEqual(await store.stats(), before);
        assert.deepEqual(await store.get(doc.id), doc);
      });

      test("an unknown id: get → null, has → false, requireDocument → E_STORE_NOT_FOUND", async () => {
        assert.equal(await store.get("0000000000000000dead"), null);
        assert.equal(await store.has("0000000000000000dead"), false);
        await assert.rejects(
          requireDocument(store, "0000000000000000dead"),
          (err: unknown) => err instanceof DossierError && err.code === "E_STORE_NOT_FOUND",
        );
      });

      test("what is stored cannot be changed through the objects put or got", async () => {
        const doc = makeDocument(4);
        const original = structuredClone(doc);
        await store.put(doc);
        doc.entities.length = 0;
        const got = await store.get(doc.id);
        assert.ok(got);
        got.title = "changed";
        assert.deepEqual(await store.get(doc.id), original);
      });

      test("a document that is not one is refused and nothing is written", async () => {
        const broken = { ...makeDocument(5), entities: undefined } as unknown as DocumentJSON;
        await assert.rejects(
          store.put(broken),
          (err: unknown) => err instanceof DossierError && err.code === "E_INPUT_FORMAT",
        );
        assert.equal(await store.has(broken.id), false);
        assert.equal((await store.stats()).articles, 0);
      });

      test("an article without language, title or date", async () => {
        const doc = makeDocument(6, { title: null, date: null, text: "Texte sans titre ni date." });
        const bare = { ...doc, lang: null };
        await store.put(bare);
        assert.deepEqual(await store.get(bare.id), bare);
        const { items } = await store.list();
        assert.equal(items[0].title, null);
        assert.equal(items[0].lang, null);
        assert.equal(items[0].date, null);
      });
    });

    describe("putMany / packed tokens", () => {
      test("a batch: results in order, duplicates of the store and of the batch", async () => {
        const [a, b, c] = makeDocuments(3);
        await store.put(a);
        assert.deepEqual(await store.putMany([b, a, c, b]), [
          { id: b.id, status: "new" },
          { id: a.id, status: "duplicate" },
          { id: c.id, status: "new" },
          { id: b.id, status: "duplicate" },
        ]);
        assert.deepEqual(
          (await store.list()).items.map((i) => i.id),
          [a.id, b.id, c.id],
        );
        assert.deepEqual(await store.get(c.id), c);
      });

      test("a batch with a document that is not one writes nothing", async () => {
        const broken = { ...makeDocument(5), entities: undefined } as unknown as DocumentJSON;
        await assert.rejects(
          store.putMany([makeDocument(4), broken]),
          (err: unknown) => err instanceof DossierError && err.code === "E_INPUT_FORMAT",
        );
        assert.equal((await store.stats()).articles, 0);
      });

      test("a document with packed tokens comes back with token objects", async () => {
        const doc: DocumentJSON = {
          ...makeDocument(7),
          tokens: [
            { start: 0, end: 2, text: "Le", pos: "DET", lemma: "le", head: 1 },
            { start: 3, end: 10, text: "ministre", pos: "NOUN", head: -1 },
          ],
        };
        const { tokens, ...json } = doc;
        assert.deepEqual(await store.putMany([{ json, tokens: packTokens(tokens!, doc.text) }]), [
          { id: doc.id, status: "new" },
        ]);
        assert.deepEqual(await store.get(doc.id), doc);
        assert.equal((await store.list()).items[0].words, 2);
      });
    });

    describe("list", () => {
      test("summaries in ingestion order with counts", async () => {
        const docs = makeDocuments(3);
        for (const d of docs) await store.put(d);
        const { items, next } = await store.list();
        assert.equal(next, null);
        assert.deepEqual(
          items.map((i) => i.id),
          docs.map((d) => d.id),
        );
        const first = items[0];
        assert.equal(first.lang, "fr");
        assert.equal(first.title, docs[0].title);
        assert.deepEqual(first.date, docs[0].date);
        assert.deepEqual(first.source, docs[0].source);
        assert.equal(first.entities, docs[0].entities.length);
        assert.equal(first.quotes, 2);
        assert.equal(first.events, 1);
        assert.ok(first.words > 20);
        assert.ok(!Number.isNaN(Date.parse(first.ingestedAt)));
      });

      test("pages through every article exactly once with cursors", async () => {
        const docs = makeDocuments(23);
        for (const d of docs) await store.put(d);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await store.list({ limit: 5, cursor });
          assert.ok(page.items.length <= 5);
          seen.push(...page.items.map((i) => i.id));
          cursor = page.next;
          pages++;
        } while (cursor);
        assert.equal(pages, 5);
        assert.deepEqual(
          seen,
          docs.map((d) => d.id),
        );
      });

      test("an exact last page has no next cursor", async () => {
        for (const d of makeDocuments(4)) await store.put(d);
        const first = await store.list({ limit: 2 });
        assert.ok(first.next);
        const second = await store.list({ limit: 2, cursor: first.next });
        assert.equal(second.items.length, 2);
        assert.equal(second.next, null);
      });

      test("filters by language, also across pages", async () => {
        const docs = makeDocuments(10);
        for (const d of docs) await store.put(d);
        const english = docs.filter((d) => d.lang === "en").map((d) => d.id);
        const page1 = await store.list({ lang: "en", limit: 3 });
        const page2 = await store.list({ lang: "en", limit: 3, cursor: page1.next });
        assert.deepEqual(
          [...page1.items, ...page2.items].map((i) => i.id),
          english,
        );
        assert.equal(page2.next, null);
        assert.deepEqual((await store.list({ lang: "de" })).items, []);
      });

      test("limits are clamped and a bad cursor is E_USAGE", async () => {
        for (const d of makeDocuments(3)) await store.put(d);
        assert.equal((await store.list({ limit: 0 })).items.length, 1);
        assert.equal((await store.list({ limit: 1e9 })).items.length, 3);
        await assert.rejects(
          store.list({ cursor: "'; DROP TABLE articles; --" }),
          (err: unknown) => err instanceof DossierError && err.code === "E_USAGE",
        );
      });

      test("an empty store lists nothing", async () => {
        assert.deepEqual(await store.list(), { items: [], next: null });
      });
    });

    describe("search", () => {
      test("accent-insensitive both ways, with snippets", async () => {
        const fr = makeDocument(0); // "Le président sérénien …"
        const en = makeDocument(1, { text: "The president of Serenia spoke. Presidents rarely do." });
        await store.put(fr);
        await store.put(en);
        const hits = await store.search("president");
        assert.deepEqual(hits.map((h) => h.id).sort(), [fr.id, en.id].sort());
        const frHit = hits.find((h) => h.id === fr.id)!;
        assert.match(frHit.snippet, /\[président\]/);
        assert.equal(frHit.lang, "fr");
        assert.equal(frHit.title, fr.title);
        assert.deepEqual(frHit.date, fr.date);
        assert.ok(frHit.score > 0);
        const back = await store.search("PRÉSIDENT");
        assert.deepEqual(back.map((h) => h.id).sort(), [fr.id, en.id].sort());
        assert.deepEqual(
          (await store.search("sérénie")).map((h) => h.id),
          [fr.id],
        );
      });

      test("every word must occur; the title counts", async () => {
        const a = makeDocument(0, { title: "Sommet de Pellis", text: "Les blindés arrivent." });
        const b = makeDocument(2, { title: "Autre titre", text: "Le sommet est reporté." });
        await store.put(a);
        await store.put(b);
        assert.deepEqual(
          (await store.search("sommet blindes")).map((h) => h.id),
          [a.id],
        );
        assert.deepEqual((await store.search("sommet")).map((h) => h.id).sort(), [a.id, b.id].sort());
        assert.match((await store.search("pellis"))[0].snippet, /\[Pellis\]/);
      });

      test("prefix with a trailing star", async () => {
        const doc = makeDocument(0, { text: "Les livraisons ont commencé." });
        await store.put(doc);
        assert.deepEqual(
          (await store.search("livrai*")).map((h) => h.id),
          [doc.id],
        );
        assert.deepEqual(await store.search("livrai"), []);
      });

      test("the better match ranks first", async () => {
        const once = makeDocument(0, {
          title: "Un",
          text: "Un long texte qui parle de beaucoup de choses, dont une fois du sommet, et de bien d'autres sujets encore.",
        });
        const often = makeDocument(2, { title: "Deux", text: "Sommet, sommet et encore sommet." });
        const none = makeDocument(4, { title: "Trois", text: "Rien à voir." });
        for (const d of [once, often, none]) await store.put(d);
        const hits = await store.search("sommet");
        assert.deepEqual(
          hits.map((h) => h.id),
          [often.id, once.id],
        );
        assert.ok(hits[0].score > hits[1].score);
      });

      test("snippets cut long texts with … and mark every match", async () => {
        const words = Array.from({ length: 60 }, (_, i) => `mot${i}`);
        words[30] = "Kyiv";
        const doc = makeDocument(0, { text: words.join(" ") + "." });
        await store.put(doc);
        const [hit] = await store.search("kyiv");
        assert.match(hit.snippet, /^….*\[Kyiv\].*…$/);
        assert.ok(hit.snippet.length < 120);
      });

      test("filters by language and honours the limit", async () => {
        const docs = makeDocuments(12);
        for (const d of docs) await store.put(d);
        const en = await store.search("Brel", { lang: "en" });
        assert.equal(en.length, 6);
        assert.ok(en.every((h) => h.lang === "en"));
        assert.equal((await store.search("Brel", { limit: 4 })).length, 4);
      });

      test("quotes, operators and odd input never throw", async () => {
        for (const d of makeDocuments(4)) await store.put(d);
        for (const q of [
          '"',
          '"Brel',
          "Brel AND",
          "OR",
          "NEAR(",
          "title:Brel",
          "-Brel",
          "^Brel",
          "Brel*)",
          "(((",
          "*",
          "«»“”",
          "'; DROP TABLE articles; --",
          "",
          "   ",
          "\u0000",
        ]) {
          const hits = await store.search(q);
          assert.ok(Array.isArray(hits), q);
        }
        assert.equal((await store.search('"Brel')).length, 4);
        assert.equal((await store.search("title:Brel")).length, 0); // "title" is a word, not a column filter
        assert.equal((await store.stats()).articles, 4);
      });

      test("nothing found → an empty list", async () => {
        await store.put(makeDocument(0));
        assert.deepEqual(await store.search("zeppelin"), []);
      });
    });

    describe("stats", () => {
      test("an empty store", async () => {
        assert.deepEqual(await store.stats(), {
          articles: 0,
          words: 0,
          entities: 0,
          quotes: 0,
          events: 0,
          dates: 0,
          quantities: 0,
          languages: {},
          firstDate: null,
          lastDate: null,
        });
      });

      test("sums the layers, counts languages and spans the dates", async () => {
        const docs = makeDocuments(5, { extraEntities: 2 });
        docs.push(makeDocument(9, { lang: "en", date: { value: "2023-11-05", precision: "day" } }));
        docs.push({ ...makeDocument(10, { date: null, text: "Sans langue." }), lang: null });
        for (const d of docs) await store.put(d);
        const sum = (f: (d: DocumentJSON) => number) => docs.reduce((s, d) => s + f(d), 0);
        const stats = await store.stats();
        assert.equal(stats.articles, 7);
        assert.equal(
          stats.entities,
          sum((d) => d.entities.length),
        );
        assert.equal(
          stats.quotes,
          sum((d) => d.quotes.length),
        );
        assert.equal(
          stats.events,
          sum((d) => d.events.length),
        );
        assert.equal(
          stats.dates,
          sum((d) => d.dates.length),
        );
        assert.equal(
          stats.quantities,
          sum((d) => d.quantities.length),
        );
        assert.equal(
          stats.words,
          sum((d) => d.text.split(/\s+/).filter(Boolean).length),
        );
        assert.deepEqual({ ...stats.languages }, { fr: 3, en: 3, und: 1 });
        assert.equal(stats.firstDate, "2023-11-05");
        assert.equal(stats.lastDate, "2024-05");
      });

      test("words are tokens when the document carries them", async () => {
        const doc: DocumentJSON = {
          ...makeDocument(0, { text: "Deux mots." }),
          tokens: [
            { start: 0, end: 4, text: "Deux" },
            { start: 5, end: 9, text: "mots" },
            { start: 9, end: 10, text: "." },
          ],
        };
        await store.put(doc);
        assert.equal((await store.stats()).words, 3);
      });
    });

    test("close is idempotent; a closed store refuses work with E_STORE_OPEN", async () => {
      await store.close();
      await store.close();
      await assert.rejects(
        store.put(makeDocument(0)),
        (err: unknown) => err instanceof DossierError && err.code === "E_STORE_OPEN",
      );
      store = await makeStore(); // afterEach closes this one
    });
  });
  runKbCases(name, makeStore);
}
