import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { z } from "@hono/zod-openapi";
import { Doc } from "../doc/doc.ts";
import { toJSON } from "../doc/json.ts";
import type { ArticleInput } from "../process.ts";
import { makeDocuments } from "../store/fixtures/docs.ts";
import { story } from "../store/fixtures/kb-docs.ts";
import { SqliteStore } from "../store/sqlite/sqlite.ts";
import type { Store } from "../store/store.ts";
import { createApp } from "./app.ts";
import {
  ArticleSummary,
  Document,
  EntityDetail,
  EntitySummary,
  ErrorBody,
  GraphJSON,
  Health,
  IngestResult,
  MergedEvent,
  MergedEventDetail,
  page,
  QuoteCluster,
  SearchHit,
  TimelineBucket,
} from "./schemas.ts";

const DVORAK = "person:karel-dvorak";
const docs = story();

/** A document without the pipeline: empty layers, fast. */
const fakeProcess = (input: ArticleInput) =>
  toJSON(new Doc({ ...input, lang: input.lang ?? "en" }), { compact: true });

async function seeded(): Promise<Store> {
  const store = SqliteStore.open(":memory:");
  for (const d of [...docs, ...makeDocuments(6)]) await store.put(d);
  return store;
}

async function json<T extends z.ZodType>(res: Response, status: number, schema: T): Promise<z.infer<T>> {
  const body = await res.json();
  assert.equal(res.status, status, JSON.stringify(body));
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  return schema.parse(body);
}

async function error(res: Response, status: number, code: string): Promise<void> {
  const body = await json(res, status, ErrorBody);
  assert.equal(body.error.code, code, body.error.message);
  assert.ok(body.error.message.length > 0);
}

describe("HTTP API", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await seeded();
    app = createApp({ store, process: fakeProcess });
  });
  after(async () => {
    await store.close();
  });
  const get = (path: string) => app.request(path);

  test("GET /api/health", async () => {
    const body = await json(await get("/api/health"), 200, Health);
    assert.deepEqual(body, { status: "ok", articles: 11, writes: false });
  });

  describe("GET /api/articles", () => {
    const Page = page(ArticleSummary, "ArticlePage");
    test("pages through every article once", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/api/articles?limit=4${cursor ? `&cursor=${cursor}` : ""}`);
        const body = await json(res, 200, Page);
        assert.ok(body.items.length <= 4);
        seen.push(...body.items.map((i) => i.id));
        cursor = body.next;
      } while (cursor);
      assert.equal(seen.length, 11);
      assert.equal(new Set(seen).size, 11);
    });

    test("filters by language", async () => {
      const body = await json(await get("/api/articles?lang=fr&limit=100"), 200, Page);
      assert.ok(body.items.length > 0 && body.items.every((i) => i.lang === "fr"));
    });

    test("bad parameters → 400 E_BAD_REQUEST", async () => {
      for (const q of ["limit=0", "limit=abc", "limit=1001", "limit=2.5", "cursor=abc", "cursor=-1"]) {
        await error(await get(`/api/articles?${q}`), 400, "E_BAD_REQUEST");
      }
    });
  });

  describe("GET /api/articles/:id", () => {
    test("the document with every layer", async () => {
      const body = await json(await get(`/api/articles/${docs[0].id}`), 200, Document);
      assert.deepEqual(body, JSON.parse(JSON.stringify(docs[0])));
      assert.equal(body.quotes.length, 1);
      assert.equal(body.events.length, 1);
    });
    test("unknown id → 404 E_NOT_FOUND", async () => {
      await error(await get("/api/articles/0000000000000000dead"), 404, "E_NOT_FOUND");
    });
  });

  describe("GET /api/entities", () => {
    const Page = page(EntitySummary, "EntityPage");
    test("listing items carry articleCount; q is accent-insensitive", async () => {
      const body = await json(await get("/api/entities?q=dvorak"), 200, Page);
      assert.equal(body.items.length, 1);
      assert.equal(body.items[0].id, DVORAK);
      assert.equal(body.items[0].articleCount, 3);
    });
    test("pages and label filter", async () => {
      const first = await json(await get("/api/entities?limit=2"), 200, Page);
      assert.equal(first.items.length, 2);
      assert.ok(first.next);
      const second = await json(await get(`/api/entities?limit=2&cursor=${first.next}`), 200, Page);
      assert.notEqual(second.items[0].id, first.items[0].id);
      const people = await json(await get("/api/entities?label=PER&limit=100"), 200, Page);
      assert.ok(people.items.every((i) => i.label === "PER"));
    });
    test("bad parameters → 400", async () => {
      await error(await get("/api/entities?label=PERSON"), 400, "E_BAD_REQUEST");
      await error(await get("/api/entities?limit=-3"), 400, "E_BAD_REQUEST");
    });
  });

  describe("GET /api/entities/:id", () => {
    test("aliases, roles, quotes, events, neighbours, activity", async () => {
      const body = await json(await get(`/api/entities/${DVORAK}`), 200, EntityDetail);
      assert.equal(body.articleCount, 3);
      assert.ok(body.aliases.fr && body.aliases.en);
      assert.equal(body.quotes.length, 2);
      assert.ok(body.cooccurring.length > 0);
      assert.ok(body.activity.length > 0);
      const country = await json(await get("/api/entities/country%3AVD"), 200, EntityDetail);
      assert.equal(country.eventsAsSource.length, 1);
      const target = await json(await get("/api/entities/country:SE"), 200, EntityDetail);
      assert.equal(target.eventsAsTarget.length, 2);
    });
    test("unknown id → 404", async () => {
      await error(await get("/api/entities/person:nobody"), 404, "E_NOT_FOUND");
    });
  });

  describe("GET /api/events", () => {
    const Page = page(MergedEvent, "EventPage");
    test("filters: type, actor, modality, dates", async () => {
      const all = await json(await get("/api/events"), 200, Page);
      assert.equal(all.items.length, 8); // the story's two plus six pledges of different quantities
      const body = await json(
        await get("/api/events?type=AID&actor=country:VD&modality=pledged&from=2024&to=2024-12"),
        200,
        Page,
      );
      assert.equal(body.items.length, 1);
      assert.deepEqual(
        body.items[0].modalityHistory.map((h) => h.modality),
        ["pledged", "delivered"],
      );
      const none = await json(await get("/api/events?from=2030"), 200, Page);
      assert.deepEqual(none.items, []);
    });
    test("pagination", async () => {
      const first = await json(await get("/api/events?limit=5"), 200, Page);
      assert.equal(first.items.length, 5);
      const rest = await json(await get(`/api/events?limit=5&cursor=${first.next}`), 200, Page);
      assert.equal(rest.items.length, 3);
      assert.equal(rest.next, null);
    });
    test("bad parameters → 400", async () => {
      for (const q of ["modality=maybe", "from=March", "to=2024-3", "limit=x"]) {
        await error(await get(`/api/events?${q}`), 400, "E_BAD_REQUEST");
      }
    });
    test("GET /api/events/:id: mentions; unknown → 404", async () => {
      const { items } = await json(await get("/api/events?actor=country:VD&type=AID"), 200, Page);
      const detail = await json(await get(`/api/events/${items[0].id}`), 200, MergedEventDetail);
      assert.equal(detail.mentions.length, 3);
      await error(await get("/api/events/ev-nothing"), 404, "E_NOT_FOUND");
    });
  });

  describe("GET /api/quotes", () => {
    const Page = page(QuoteCluster, "QuotePage");
    test("speaker and words; the shared quote has two sources", async () => {
      const body = await json(await get(`/api/quotes?speaker=${DVORAK}&q=tanks`), 200, Page);
      assert.equal(body.items.length, 1);
      assert.equal(body.items[0].sources.length, 2);
      const byName = await json(await get("/api/quotes?speaker=Lorn"), 200, Page);
      assert.equal(byName.items.length, 1);
    });
    test("pagination and bad parameters", async () => {
      const first = await json(await get("/api/quotes?limit=1"), 200, Page);
      assert.ok(first.next);
      await error(await get("/api/quotes?limit=1001"), 400, "E_BAD_REQUEST");
      await error(await get("/api/quotes?speaker="), 400, "E_BAD_REQUEST");
    });
  });

  describe("GET /api/graph", () => {
    test("graphology JSON: actors as nodes, typed edges with counts and dates", async () => {
      const body = await json(await get("/api/graph?type=AID"), 200, GraphJSON);
      assert.equal(body.options.type, "directed");
      assert.ok(body.nodes.some((n) => n.key === "country:VD" && n.attributes.label === "Valdoria"));
      const edge = body.edges.find((e) => e.source === "country:VD" && e.target === "country:SE");
      assert.ok(edge);
      assert.equal(edge.attributes.type, "AID");
      assert.equal(edge.attributes.mentions, 3);
      const negated = await json(await get("/api/graph?modality=negated"), 200, GraphJSON);
      assert.equal(negated.edges.length, 1);
    });
    test("bad parameters → 400", async () => {
      await error(await get("/api/graph?from=yesterday"), 400, "E_BAD_REQUEST");
    });
  });

  describe("GET /api/timeline", () => {
    test("buckets per month, filtered by entity", async () => {
      const Timeline = (await import("@hono/zod-openapi")).z.object({ items: TimelineBucket.array() });
      const body = await json(await get(`/api/timeline?entity=${DVORAK}`), 200, Timeline);
      assert.deepEqual(
        body.items.map((b) => b.period),
        ["2024-03", "2024-06"],
      );
      const years = await json(await get("/api/timeline?granularity=year"), 200, Timeline);
      assert.ok(years.items.every((b) => b.period.length === 4));
    });
    test("bad parameters → 400", async () => {
      await error(await get("/api/timeline?granularity=week"), 400, "E_BAD_REQUEST");
    });
  });

  describe("GET /api/search", () => {
    const Page = page(SearchHit, "SearchPage");
    test("hits with snippets, filters, pages", async () => {
      const body = await json(await get("/api/search?q=tanks"), 200, Page);
      assert.equal(body.items.length, 2);
      assert.ok(body.items.every((h) => h.snippet.includes("[tanks]")));
      const filtered = await json(
        await get("/api/search?q=tanks&outlet=Global%20Wire&entity=person:karel-dvorak"),
        200,
        Page,
      );
      assert.equal(filtered.items.length, 1);
      const first = await json(await get("/api/search?q=tanks&limit=1"), 200, Page);
      assert.equal(first.next, "1");
      const second = await json(await get(`/api/search?q=tanks&limit=1&cursor=${first.next}`), 200, Page);
      assert.equal(second.next, null);
      assert.notEqual(second.items[0].id, first.items[0].id);
      const accents = await json(await get("/api/search?q=PRESIDENT&lang=fr"), 200, Page);
      assert.ok(accents.items.length > 0);
    });
    test("bad parameters → 400", async () => {
      for (const q of ["", "q=", "q=***", "q=x&limit=0", "q=x&modality=soon", "q=x&from=2024-13-99x"]) {
        await error(await get(`/api/search?${q}`), 400, "E_BAD_REQUEST");
      }
    });
  });

  describe("POST /api/ingest", () => {
    const body = JSON.stringify({
      articles: [{ text: "Valdoria sent two ships to Serenia on Monday.", title: "Ships", date: "2024-08" }],
    });
    const post = (a: ReturnType<typeof createApp>, headers: Record<string, string>, data = body) =>
      a.request("/api/ingest", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: data,
      });

    test("without a token configured writes are disabled → 403", async () => {
      await error(await post(app, { Authorization: "Bearer anything" }), 403, "E_WRITES_DISABLED");
    });

    test("missing or wrong token → 401; the right one stores, twice → duplicate", async () => {
      const writable = createApp({ store, token: "s3cret", process: fakeProcess });
      await error(await post(writable, {}), 401, "E_UNAUTHORIZED");
      await error(await post(writable, { Authorization: "Bearer wrong" }), 401, "E_UNAUTHORIZED");
      await error(await post(writable, { Authorization: "s3cret" }), 401, "E_UNAUTHORIZED");
      const first = await json(await post(writable, { Authorization: "Bearer s3cret" }), 200, IngestResult);
      assert.equal(first.new, 1);
      const again = await json(await post(writable, { Authorization: "Bearer s3cret" }), 200, IngestResult);
      assert.deepEqual([again.new, again.duplicate], [0, 1]);
      const stored = await json(await get(`/api/articles/${first.results[0].id}`), 200, Document);
      assert.deepEqual(stored.date, { value: "2024-08", precision: "month" });
      const health = await json(await writable.request("/api/health"), 200, Health);
      assert.equal(health.writes, true);
    });

    test("bad bodies → 400 (after the token check)", async () => {
      const writable = createApp({ store, token: "s3cret", process: fakeProcess });
      const auth = { Authorization: "Bearer s3cret" };
      await error(await post(writable, auth, "{not json"), 400, "E_BAD_REQUEST");
      await error(await post(writable, auth, JSON.stringify({ articles: [] })), 400, "E_BAD_REQUEST");
      await error(
        await post(writable, auth, JSON.stringify({ articles: [{ text: "" }] })),
        400,
        "E_BAD_REQUEST",
      );
      await error(
        await post(writable, auth, JSON.stringify({ articles: [{ text: "x", date: "March" }] })),
        400,
        "E_BAD_REQUEST",
      );
      const small = createApp({ store, token: "s3cret", process: fakeProcess, maxBodyBytes: 100 });
      const big = JSON.stringify({ articles: [{ text: "x".repeat(500) }] });
      await error(await post(small, auth, big), 413, "E_PAYLOAD_TOO_LARGE");
    });
  });

  test("GET /openapi.json documents every endpoint", async () => {
    const res = await get("/openapi.json");
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, "3.1.0");
    for (const path of [
      "/api/health",
      "/api/articles",
      "/api/articles/{id}",
      "/api/entities",
      "/api/entities/{id}",
      "/api/events",
      "/api/events/{id}",
      "/api/quotes",
      "/api/graph",
      "/api/timeline",
      "/api/search",
      "/api/ingest",
    ]) {
      assert.ok(doc.paths[path], path);
    }
  });

  test("unknown routes → 404 with an error body", async () => {
    await error(await get("/api/nothing"), 404, "E_NOT_FOUND");
  });

  test("CORS is off by default and on for the origins given", async () => {
    const res = await app.request("/api/health", { headers: { Origin: "https://example.org" } });
    assert.equal(res.headers.get("access-control-allow-origin"), null);
    const open = createApp({ store, corsOrigins: ["https://example.org"] });
    const allowed = await open.request("/api/health", { headers: { Origin: "https://example.org" } });
    assert.equal(allowed.headers.get("access-control-allow-origin"), "https://example.org");
  });
});
