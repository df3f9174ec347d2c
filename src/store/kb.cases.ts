/**
 * Knowledge-base cases of the Store contract: entities across articles and
 * languages, user merges and splits, merged events and quotes, near-duplicates,
 * filtered search, timeline and graph. Run by runStoreCases for every Store.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { DossierError } from "../errors.ts";
import { article, SHARED_QUOTE, story } from "./fixtures/kb-docs.ts";
import type { Store } from "./store.ts";

const isCode = (code: string) => (err: unknown) => err instanceof DossierError && err.code === code;
const DVORAK = "person:karel-dvorak";

export function runKbCases(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract, knowledge base: ${name}`, () => {
    let store: Store;
    const docs = story();
    beforeEach(async () => {
      store = await makeStore();
      for (const d of docs) await store.put(d);
    });
    afterEach(async () => {
      await store.close();
    });

    describe("entities", () => {
      test("one person quoted in French and English: one entity, articleCount across both", async () => {
        const e = await store.entity(DVORAK);
        assert.ok(e);
        assert.equal(e.name, "Karel Dvořák");
        assert.equal(e.label, "PER");
        assert.equal(e.articleCount, 3);
        // "Dvořák" alone after "Karel Dvořák" in the French article resolves to the same person.
        assert.equal(e.mentionCount, 4);
        assert.equal(e.firstSeen, "2024-03-02");
        assert.equal(e.lastSeen, "2024-06-12");
        assert.deepEqual(e.aliases.fr, [
          { name: "Dvořák", count: 1 },
          { name: "Karel Dvořák", count: 1 },
        ]);
        assert.deepEqual(e.aliases.en, [{ name: "Karel Dvorak", count: 2 }]);
        assert.deepEqual(e.roles, [
          { name: "president", count: 1 },
          { name: "président", count: 1 },
        ]);
        assert.equal(e.quotes.length, 2);
        assert.deepEqual(
          e.activity.map((a) => [a.period, a.articles]),
          [
            ["2024-03", 2],
            ["2024-06", 1],
          ],
        );
        const neighbours = Object.fromEntries(e.cooccurring.map((c) => [c.id, c.articles]));
        assert.equal(neighbours["country:VD"], 3);
        assert.equal(neighbours["country:SE"], 3);
        assert.deepEqual(e.eventsAsSource, []);
      });

      test("the acceptance case: two hand-built articles, FR and EN, sharing an entity id", async () => {
        const fresh = await makeStore();
        try {
          await fresh.put(docs[0]);
          await fresh.put(docs[1]);
          const { items } = await fresh.entities({ q: "dvorak" });
          assert.equal(items.length, 1);
          assert.equal(items[0].id, DVORAK);
          assert.equal(items[0].articleCount, 2);
        } finally {
          await fresh.close();
        }
      });

      test("listing: by article count, with q (accent-insensitive), label and pages", async () => {
        const all = await store.entities({ limit: 100 });
        assert.equal(all.next, null);
        const counts = all.items.map((i) => i.articleCount);
        assert.deepEqual(
          counts,
          [...counts].sort((a, b) => b - a),
        );
        assert.equal(all.items[0].id, "country:SE");
        assert.equal(all.items[0].articleCount, 4);
        assert.equal(all.items.find((i) => i.id === "place:corvane")?.articleCount, 2);
        assert.deepEqual(
          (await store.entities({ q: "DVOŘÁK" })).items.map((i) => i.id),
          [DVORAK],
        );
        assert.deepEqual(
          (await store.entities({ q: "sérénie" })).items.map((i) => i.id),
          ["country:SE"],
        );
        assert.ok((await store.entities({ label: "PER" })).items.every((i) => i.label === "PER"));
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.entities({ limit: 3, cursor });
          assert.ok(page.items.length <= 3);
          seen.push(...page.items.map((i) => i.id));
          cursor = page.next;
        } while (cursor);
        assert.deepEqual(
          seen,
          all.items.map((i) => i.id),
        );
        assert.equal(await store.entity("person:nobody"), null);
      });

      test("an unlinked person gets an id from the name", async () => {
        const lorn = await store.entity("person:piet-lorn");
        assert.ok(lorn);
        assert.equal(lorn.articleCount, 1);
        assert.deepEqual(lorn.roles, [{ name: "porte-parole", count: 1 }]);
      });
      test("a speaker named by a common noun is a generic actor", async () => {
        await store.put(
          article({
            lang: "en",
            title: "Police statement",
            date: "2024-05-01",
            outlet: "The Herald",
            text: "“Nobody was hurt in the incident at the border,” police said on Friday.",
            quotes: [{ text: "“Nobody was hurt in the incident at the border,”", speaker: "police" }],
          }),
        );
        assert.equal(await store.entity("person:police"), null);
        assert.equal((await store.entity("actor:police"))?.label, null);
      });

      test("a speaker left as a pronoun (an interview's “I”) is no entity, a lone capitalised word no person", async () => {
        await store.put(
          article({
            lang: "en",
            title: "Interview",
            date: "2024-05-02",
            outlet: "The Herald",
            text: "I told them that the clinic would open in June. The hospital would close, Interfax said.",
            quotes: [
              { text: "the clinic would open in June", kind: "indirect", speaker: "I" },
              { text: "The hospital would close", kind: "indirect", speaker: "Interfax" },
            ],
          }),
        );
        assert.equal(await store.entity("person:i"), null);
        assert.equal(
          await store.entity("person:interfax"),
          null,
          "one capitalised word is no person by itself",
        );
        assert.ok(await store.entity("actor:interfax"));
        const [quote] = (await store.quotes({ q: "clinic" })).items;
        assert.equal(quote?.speaker, null);
      });

      describe("a name outside the tables tagged as different kinds", () => {
        // Orvannes is invented: a place in one article, an organisation in others.
        const asPlace = article({
          lang: "en",
          title: "Floods reach Orvannes",
          date: "2024-08-01",
          outlet: "The Herald",
          text: "The floods reached Orvannes on Tuesday night.",
          entities: [["Orvannes", "LOC", "place:orvannes", "Orvannes"]],
        });
        const asOrg = article({
          lang: "fr",
          title: "Orvannes recrute",
          date: "2024-08-03",
          outlet: "Le Courrier",
          text: "Orvannes a annoncé mardi l'embauche de deux cents techniciens à Corvane.",
          entities: [
            ["Orvannes", "ORG", "org:orvannes", "Orvannes"],
            ["Corvane", "LOC", "place:corvane", "Corvane"],
          ],
          events: [
            { type: "hire", trigger: "embauche", modality: "asserted", source: [["Orvannes"]], target: [] },
          ],
        });

        test("one entity across articles, the first id wins, events follow", async () => {
          const fresh = await makeStore();
          try {
            await fresh.put(asPlace);
            await fresh.put(asOrg);
            assert.equal(await fresh.entity("org:orvannes"), null);
            const e = await fresh.entity("place:orvannes");
            assert.ok(e);
            assert.equal(e.articleCount, 2);
            assert.equal(e.mentionCount, 2);
            assert.equal(e.label, "LOC");
            assert.deepEqual(
              (await fresh.entities({ q: "orvannes" })).items.map((i) => i.id),
              ["place:orvannes"],
            );
            assert.deepEqual(
              (await fresh.events({ type: "hire" })).items[0]?.sources.map((a) => a.id),
              ["place:orvannes"],
            );
          } finally {
            await fresh.close();
          }
        });

        test("within one article too; persons and table ids keep their own entities", async () => {
          const fresh = await makeStore();
          try {
            await fresh.put(
              article({
                lang: "en",
                title: "Orvannes in two roles",
                date: "2024-08-05",
                outlet: "The Wire",
                text: "Orvannes signed a contract in Orvannes with Orvannes, chaired by Orvannes of ORV.",
                entities: [
                  ["Orvannes", "ORG", "org:orvannes", "Orvannes"],
                  ["Orvannes#2", "LOC", "place:orvannes", "Orvannes"],
                  ["Orvannes#3", "MISC", "misc:orvannes", "Orvannes"],
                  ["Orvannes#4", "PER", "person:orvannes", "Orvannes"],
                  ["ORV", "ORG", "org:ORVANNES", "ORV"],
                ],
              }),
            );
            await fresh.put(asPlace);
            assert.equal((await fresh.entity("org:orvannes"))?.articleCount, 2);
            assert.equal((await fresh.entity("org:orvannes"))?.mentionCount, 4);
            assert.equal(await fresh.entity("place:orvannes"), null);
            assert.equal(await fresh.entity("misc:orvannes"), null);
            assert.equal((await fresh.entity("person:orvannes"))?.articleCount, 1);
            assert.equal((await fresh.entity("org:ORVANNES"))?.articleCount, 1);
          } finally {
            await fresh.close();
          }
        });

        test("users' rules win over the join, after a rebuild as at ingest", async () => {
          const fresh = await makeStore();
          try {
            await fresh.put(asPlace);
            await fresh.put(asOrg);
            await fresh.splitEntity("place:orvannes", { alias: "Orvannes", into: "org:orvannes" });
            assert.equal(await fresh.entity("place:orvannes"), null);
            assert.equal((await fresh.entity("org:orvannes"))?.articleCount, 2);
            await fresh.put(
              article({
                lang: "en",
                title: "Orvannes rebuilds",
                date: "2024-09-01",
                outlet: "The Wire",
                text: "Orvannes began to rebuild its bridges.",
                entities: [["Orvannes", "LOC", "place:orvannes", "Orvannes"]],
              }),
            );
            assert.equal((await fresh.entity("org:orvannes"))?.articleCount, 3);
            assert.equal(await fresh.entity("place:orvannes"), null);
          } finally {
            await fresh.close();
          }
        });
      });
    });

    describe("merges and splits", () => {
      test("merge: counts add up, the merged id disappears, later articles follow the rule", async () => {
        await store.mergeEntities(DVORAK, ["person:ilse-varga"]);
        assert.equal(await store.entity("person:ilse-varga"), null);
        const merged = await store.entity(DVORAK);
        assert.ok(merged);
        assert.equal(merged.articleCount, 3);
        assert.equal(merged.mentionCount, 5);
        assert.deepEqual(merged.mergedFrom, ["person:ilse-varga"]);
        assert.deepEqual(await store.entityRules(), [
          { kind: "merge", from: "person:ilse-varga", into: DVORAK },
        ]);
        // An article ingested after the merge, and a re-ingest (duplicate), keep it.
        const later = article({
          lang: "en",
          title: "Varga visits Istrel",
          date: "2024-07-01",
          outlet: "The Herald",
          text: "Minister Ilse Varga visited Istrel on Monday.",
          entities: [["Ilse Varga", "PER", "person:ilse-varga"]],
        });
        await store.put(later);
        assert.equal((await store.put(docs[0])).status, "duplicate");
        assert.equal((await store.entity(DVORAK))?.articleCount, 4);
        assert.equal(await store.entity("person:ilse-varga"), null);
      });

      test("split without alias undoes the merges into an id", async () => {
        await store.mergeEntities(DVORAK, ["person:ilse-varga"]);
        assert.deepEqual(await store.splitEntity(DVORAK), ["person:ilse-varga"]);
        assert.equal((await store.entity("person:ilse-varga"))?.articleCount, 1);
        assert.equal((await store.entity(DVORAK))?.articleCount, 3);
        assert.deepEqual(await store.entityRules(), []);
      });

      test("split with an alias moves those mentions (accent-insensitive) to a new entity", async () => {
        const ids = await store.splitEntity(DVORAK, { alias: "Dvorak" });
        assert.deepEqual(ids, ["person:dvorak"]);
        const moved = await store.entity("person:dvorak");
        assert.ok(moved);
        assert.equal(moved.mentionCount, 1);
        assert.equal(moved.articleCount, 1);
        assert.equal((await store.entity(DVORAK))?.mentionCount, 3);
        const named = await store.splitEntity(DVORAK, { alias: "Karel Dvořák", into: "person:other-dvorak" });
        assert.deepEqual(named, ["person:other-dvorak"]);
        assert.equal((await store.entity("person:other-dvorak"))?.articleCount, 3);
        assert.equal(await store.entity(DVORAK), null);
        assert.equal((await store.entityRules()).length, 2);
      });

      test("unknown ids and bad arguments are refused", async () => {
        await assert.rejects(store.mergeEntities(DVORAK, ["person:nobody"]), isCode("E_STORE_NOT_FOUND"));
        await assert.rejects(store.mergeEntities("person:nobody", [DVORAK]), isCode("E_STORE_NOT_FOUND"));
        await assert.rejects(store.mergeEntities(DVORAK, []), isCode("E_USAGE"));
        await assert.rejects(store.splitEntity("person:nobody"), isCode("E_STORE_NOT_FOUND"));
        await assert.rejects(store.splitEntity(DVORAK, { into: "x:y" }), isCode("E_USAGE"));
        assert.deepEqual(await store.entityRules(), []);
      });

      test("merging both ways never loops", async () => {
        await store.mergeEntities(DVORAK, ["person:ilse-varga"]);
        await store.mergeEntities("person:ilse-varga", [DVORAK]);
        const varga = await store.entity("person:ilse-varga");
        assert.ok(varga);
        assert.equal(varga.articleCount, 3);
        assert.equal(await store.entity(DVORAK), null);
      });
    });

    describe("events", () => {
      test("one arms transfer reported three times: one event, its modality history", async () => {
        const { items } = await store.events({ actor: "country:VD" });
        assert.equal(items.length, 1);
        const e = items[0];
        assert.equal(e.type, "AID");
        assert.equal(e.mentionCount, 3);
        assert.equal(e.articleCount, 3);
        assert.deepEqual(e.date, { value: "2024-06-10", precision: "day" });
        assert.deepEqual(e.quantities, [40]);
        assert.deepEqual(
          e.sources.map((a) => a.id),
          ["country:VD"],
        );
        assert.deepEqual(
          e.modalityHistory.map((h) => [h.modality, h.date]),
          [
            ["pledged", "2024-03-02"],
            ["delivered", "2024-06-12"],
          ],
        );
        assert.equal(e.modality, "delivered");
        assert.equal(e.firstSeen, "2024-03-02");
        assert.equal(e.lastSeen, "2024-06-12");
      });

      test("the denial by another actor is another event", async () => {
        const { items } = await store.events();
        assert.equal(items.length, 2);
        const denial = items.find((e) => e.sources.some((a) => a.id === "country:KA"));
        assert.ok(denial);
        assert.equal(denial.modality, "negated");
      });

      test("filters: type, actor, modality, dates; pages", async () => {
        assert.equal((await store.events({ type: "AID" })).items.length, 2);
        assert.equal((await store.events({ type: "PROTEST" })).items.length, 0);
        assert.equal((await store.events({ actor: "country:SE" })).items.length, 2);
        assert.equal((await store.events({ modality: "negated" })).items.length, 1);
        assert.equal((await store.events({ modality: "delivered" })).items.length, 1);
        // the merged transfer is reported in French and English; the denial in French only
        assert.equal((await store.events({ lang: "en" })).items.length, 1);
        assert.equal((await store.events({ lang: "fr" })).items.length, 2);
        assert.equal((await store.events({ lang: "de" })).items.length, 0);
        // The denial has no event date: its first report (2024-04-20) counts.
        assert.equal((await store.events({ from: "2024-04", to: "2024-04" })).items.length, 1);
        assert.equal((await store.events({ from: "2024-06" })).items.length, 1);
        assert.equal((await store.events({ to: "2023" })).items.length, 0);
        const first = await store.events({ limit: 1 });
        assert.equal(first.items.length, 1);
        assert.ok(first.next);
        const second = await store.events({ limit: 1, cursor: first.next });
        assert.equal(second.next, null);
        assert.notEqual(second.items[0].id, first.items[0].id);
      });

      test("detail: every supporting mention with its evidence", async () => {
        const { items } = await store.events({ actor: "country:VD" });
        const detail = await store.event(items[0].id);
        assert.ok(detail);
        assert.equal(detail.mentions.length, 3);
        assert.deepEqual(
          detail.mentions.map((m) => [m.outlet, m.modality, m.lang]),
          [
            ["Le Courrier", "pledged", "fr"],
            ["The Herald", "pledged", "en"],
            ["Global Wire", "delivered", "en"],
          ],
        );
        assert.equal(detail.mentions[0].trigger.text, "livrera");
        assert.match(detail.mentions[2].evidence.text, /delivered to Serenia/);
        assert.equal(await store.event("ev-nothing"), null);
      });

      test("an actor is never its own target, within a report or across merged reports", async () => {
        const doc = (title: string, date: string, source: [string, string?][], target: [string, string?][]) =>
          article({
            lang: "en",
            outlet: "The Herald",
            entities: [],
            title,
            date,
            text: "Valdoria sent ten trucks to Serenia, officials in the capital said.",
            events: [{ type: "AID", trigger: "sent", modality: "delivered", source, target }],
          });
        await store.put(doc("A", "2025-01-01", [["Valdoria", "country:VD"]], [["Valdoria", "country:VD"]]));
        await store.put(doc("B", "2025-01-02", [["Serenia", "country:SE"]], [["Valdoria", "country:VD"]]));
        await store.put(doc("C", "2025-01-03", [["Valdoria", "country:VD"]], [["Serenia", "country:SE"]]));
        for (const e of (await store.events({})).items) {
          const sources = e.sources.map((a) => a.id);
          assert.ok(!e.targets.some((t) => sources.includes(t.id)), JSON.stringify(e));
        }
        const graph = await store.graph({});
        assert.ok(!graph.edges.some((edge) => edge.source === edge.target));
      });

      test("incompatible dates or quantities are different events", async () => {
        const base = {
          lang: "en" as const,
          outlet: "The Herald",
          entities: [] as never[],
        };
        const a = article({
          ...base,
          title: "A",
          date: "2025-01-01",
          text: "Valdoria sent ten trucks to Serenia.",
          events: [
            {
              type: "AID",
              trigger: "sent",
              modality: "delivered",
              source: [["Valdoria", "country:VD"]],
              target: [["Serenia", "country:SE"]],
              items: [{ text: "ten trucks", quantity: 10 }],
              date: "2025-01",
            },
          ],
        });
        const b = article({
          ...base,
          title: "B",
          date: "2025-02-01",
          text: "Valdoria sent ten trucks to Serenia again.",
          events: [
            {
              type: "AID",
              trigger: "sent",
              modality: "delivered",
              source: [["Valdoria", "country:VD"]],
              target: [["Serenia", "country:SE"]],
              items: [{ text: "ten trucks", quantity: 10 }],
              date: "2025-02",
            },
          ],
        });
        await store.put(a);
        await store.put(b);
        assert.equal((await store.events({ actor: "country:VD" })).items.length, 3);
      });
    });

    describe("quotes", () => {
      test("the same quote from two outlets is one quote with both sources", async () => {
        const { items } = await store.quotes();
        assert.equal(items.length, 3);
        const shared = items[0];
        assert.equal(shared.text, SHARED_QUOTE);
        assert.equal(shared.articleCount, 2);
        assert.deepEqual(
          shared.sources.map((s) => s.outlet),
          ["The Herald", "Global Wire"],
        );
        assert.deepEqual(shared.speaker, { id: DVORAK, name: "Karel Dvorak", role: "president" });
        const src = shared.sources[0];
        assert.equal(docs[1].text.slice(src.start, src.end), SHARED_QUOTE);
        assert.equal(shared.firstSeen, "2024-03-05");
      });

      test("filters: speaker by id or name, words of the quote", async () => {
        assert.equal((await store.quotes({ speaker: DVORAK })).items.length, 2);
        assert.equal((await store.quotes({ speaker: "dvořák" })).items.length, 2);
        assert.equal((await store.quotes({ speaker: "Lorn" })).items.length, 1);
        assert.equal((await store.quotes({ speaker: "Nobody" })).items.length, 0);
        assert.equal((await store.quotes({ q: "tanks summer" })).items.length, 1);
        assert.equal((await store.quotes({ q: "frontiere" })).items.length, 1);
        assert.equal((await store.quotes({ q: "tank" })).items.length, 0);
        const page = await store.quotes({ limit: 2 });
        assert.equal(page.items.length, 2);
        assert.ok(page.next);
        assert.equal((await store.quotes({ limit: 2, cursor: page.next })).items.length, 1);
      });
    });

    describe("near-duplicates", () => {
      test("a lightly edited copy is reported; an identical one is a duplicate", async () => {
        const copy = { ...docs[1], title: "Valdoria pledges tanks (update)" };
        copy.text = `${docs[1].text} Updated at noon.`;
        copy.id = "feedfacefeedfacefeed";
        const result = await store.put(copy);
        assert.equal(result.status, "new");
        assert.equal(result.nearDuplicateOf?.id, docs[1].id);
        assert.ok(result.nearDuplicateOf.similarity >= 0.8);
        assert.deepEqual(await store.put(docs[2]), { id: docs[2].id, status: "duplicate" });
        const other = article({
          lang: "en",
          title: "Other",
          date: "2024-01-01",
          outlet: "X",
          text: "Completely different words about fishing boats and the weather in the northern harbour this week.",
        });
        assert.equal((await store.put(other)).nearDuplicateOf, undefined);
      });
    });

    describe("search filters", () => {
      test("entity, event type, modality, outlet, dates, language, offset", async () => {
        const ids = async (q: string, o = {}) => (await store.search(q, o)).map((h) => h.id).sort();
        const sorted = (...i: number[]) => i.map((k) => docs[k].id).sort();
        assert.deepEqual(await ids("serenia OR sérénie"), []); // every word must occur
        assert.deepEqual(await ids("tanks"), sorted(1, 2));
        assert.deepEqual(await ids("tanks", { entity: DVORAK }), sorted(1, 2));
        assert.deepEqual(await ids("chars", { entity: DVORAK }), sorted(0));
        assert.deepEqual(await ids("serenie", { eventType: "AID" }), sorted(0, 3));
        assert.deepEqual(await ids("serenie", { modality: "negated" }), sorted(3));
        assert.deepEqual(await ids("serenie", { eventType: "AID", modality: "delivered" }), []);
        assert.deepEqual(await ids("tanks", { outlet: "Global Wire" }), sorted(2));
        assert.deepEqual(await ids("tanks", { from: "2024-06" }), sorted(2));
        assert.deepEqual(await ids("tanks", { to: "2024-03" }), sorted(1));
        assert.deepEqual(await ids("serenia", { lang: "en", to: "2024-03-31" }), sorted(1));
        const all = await store.search("the");
        const skipped = await store.search("the", { offset: 1 });
        assert.deepEqual(
          skipped.map((h) => h.id),
          all.slice(1).map((h) => h.id),
        );
        const [hit] = await store.search("chars", { entity: DVORAK });
        assert.match(hit.snippet, /\[chars\]/);
      });
    });

    describe("timeline and graph", () => {
      test("articles and events per month, filtered", async () => {
        assert.deepEqual(await store.timeline(), [
          { period: "2023-09", articles: 1, events: 0 },
          { period: "2024-03", articles: 2, events: 2 },
          { period: "2024-04", articles: 1, events: 1 },
          { period: "2024-06", articles: 1, events: 1 },
        ]);
        assert.deepEqual(await store.timeline({ entity: DVORAK, granularity: "year" }), [
          { period: "2024", articles: 3, events: 3 },
        ]);
        assert.deepEqual(await store.timeline({ type: "AID", from: "2024-04" }), [
          { period: "2024-04", articles: 1, events: 1 },
          { period: "2024-06", articles: 1, events: 1 },
        ]);
      });

      test("actors as nodes, events as typed edges with counts and dates", async () => {
        const g = await store.graph();
        assert.deepEqual(
          g.nodes.map((n) => [n.id, n.name, n.events]),
          [
            ["country:KA", "Karsania", 1],
            ["country:SE", "Serenia", 2],
            ["country:VD", "Valdoria", 1],
          ],
        );
        assert.deepEqual(g.edges, [
          {
            source: "country:KA",
            target: "country:SE",
            type: "AID",
            count: 1,
            mentions: 1,
            firstDate: "2024-04-20",
            lastDate: "2024-04-20",
          },
          {
            source: "country:VD",
            target: "country:SE",
            type: "AID",
            count: 1,
            mentions: 3,
            firstDate: "2024-06-10",
            lastDate: "2024-06-10",
          },
        ]);
        assert.equal((await store.graph({ modality: "negated" })).edges.length, 1);
        assert.deepEqual(await store.graph({ type: "PROTEST" }), { nodes: [], edges: [] });
      });
    });
  });
}
