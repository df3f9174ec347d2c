/**
 * The HTTP API over a knowledge base (hono + zod-openapi): JSON, paginated
 * with `limit` and `cursor`, every input validated, every error a body
 * `{error: {code, message}}`, the OpenAPI document at /openapi.json.
 *
 * Writes (POST /api/ingest) need a bearer token: without a token configured
 * they are disabled (403 E_WRITES_DISABLED); a missing or wrong token is
 * 401 E_UNAUTHORIZED. CORS is off unless origins are given.
 */
import { timingSafeEqual } from "node:crypto";
import { createRoute, OpenAPIHono, type z, z as zod } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { DocumentJSON } from "../doc/json.ts";
import type { ArticleDate } from "../doc/types.ts";
import { DossierError } from "../errors.ts";
import { toGraphology } from "../export/graphology.ts";
import type { ArticleInput } from "../process.ts";
import type { PutResult, Store, StoreDocument } from "../store/store.ts";
import {
  ArticleSummary,
  Cursor,
  Document,
  EntityDetail,
  EntitySummary,
  ErrorBody,
  EventFilterQuery,
  GraphJSON,
  Health,
  IngestBody,
  IngestResult,
  IsoDate,
  Limit,
  MergedEvent,
  MergedEventDetail,
  PageQuery,
  page,
  QuoteCluster,
  SearchHit,
  TimelineBucket,
} from "./schemas.ts";

export interface ApiOptions {
  store: Store;
  /** Bearer token for writes; null or absent disables writes. */
  token?: string | null;
  /** Origins allowed by CORS; absent or empty = CORS off. */
  corsOrigins?: string[];
  /** Turns an input article into a document (default: the full pipeline, loaded on first use). */
  process?: (input: ArticleInput) => DocumentJSON | Promise<DocumentJSON>;
  /** Largest request body, in bytes (default 20 MB). */
  maxBodyBytes?: number;
}

/** HTTP status of each error code the API answers with. */
export const STATUS_OF: Record<string, ContentfulStatusCode> = {
  E_BAD_REQUEST: 400,
  E_USAGE: 400,
  E_UNAUTHORIZED: 401,
  E_WRITES_DISABLED: 403,
  E_NOT_FOUND: 404,
  E_STORE_NOT_FOUND: 404,
  E_PAYLOAD_TOO_LARGE: 413,
  E_INTERNAL: 500,
};

class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

function errorResponse(c: Context, code: string, message: string) {
  const status = STATUS_OF[code] ?? (code.startsWith("E_INPUT") || code.startsWith("E_LANG") ? 400 : 500);
  return c.json({ error: { code, message } }, status);
}

const errors = {
  400: { description: "bad parameters", content: { "application/json": { schema: ErrorBody } } },
  404: { description: "unknown id", content: { "application/json": { schema: ErrorBody } } },
} as const;

const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});

const IdParam = zod.object({
  id: zod
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: "id", in: "path" }, example: "person:anton-brel" }),
});

function dateOf(value: string | null | undefined): ArticleDate | null {
  if (!value) return null;
  return { value, precision: value.length === 4 ? "year" : value.length === 7 ? "month" : "day" };
}

let defaultProcess: ((input: ArticleInput) => DocumentJSON) | null = null;
async function pipelineProcess(input: ArticleInput): Promise<DocumentJSON> {
  if (!defaultProcess) {
    const [{ processArticle }, { toJSON }] = await Promise.all([
      import("../process.ts"),
      import("../doc/json.ts"),
    ]);
    defaultProcess = (a) => toJSON(processArticle(a));
  }
  return defaultProcess(input);
}

/**
 * Builds the API app (serve it with @hono/node-server, or call `app.request()` in tests).
 *
 * @example
 * const app = createApp({ store: await openStore("dossier.db"), token: process.env.DOSSIER_TOKEN });
 * const res = await app.request("/api/entities?q=brel");
 */
export function createApp(options: ApiOptions): OpenAPIHono {
  const { store } = options;
  const token = options.token || null;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
        return errorResponse(c, "E_BAD_REQUEST", `${where}${issue?.message ?? "invalid request"}`);
      }
    },
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use("/api/*", cors({ origin: options.corsOrigins, allowHeaders: ["Authorization", "Content-Type"] }));
  }

  app.onError((err, c) => {
    if (err instanceof ApiError || err instanceof DossierError)
      return errorResponse(c, err.code, err.message);
    const status = (err as HTTPException).status;
    if (status === 413) return errorResponse(c, "E_PAYLOAD_TOO_LARGE", "the request body is too large");
    if (typeof status === "number" && status >= 400 && status < 500) {
      return errorResponse(c, "E_BAD_REQUEST", err.message || "bad request");
    }
    if (process.env.DOSSIER_DEBUG) console.error(err);
    return errorResponse(c, "E_INTERNAL", "an unexpected internal error");
  });
  app.notFound((c) => errorResponse(c, "E_NOT_FOUND", `no route ${c.req.method} ${c.req.path}`));

  const notFound = (what: string, id: string): never => {
    throw new ApiError("E_NOT_FOUND", `no ${what} with id ${id}`);
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/health",
      summary: "liveness and size",
      responses: ok(Health, "ok"),
    }),
    async (c) =>
      c.json(
        { status: "ok" as const, articles: (await store.stats()).articles, writes: token !== null },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/articles",
      summary: "articles in ingestion order",
      request: { query: PageQuery.extend({ lang: zod.string().min(2).max(8).optional() }) },
      responses: { ...ok(page(ArticleSummary, "ArticlePage"), "a page of articles"), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await store.list({ limit: q.limit, cursor: q.cursor, lang: q.lang }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/articles/{id}",
      summary: "one article with every annotation layer",
      request: { params: IdParam },
      responses: { ...ok(Document, "the document"), 404: errors[404] },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const doc = await store.get(id);
      return doc ? c.json(doc as unknown as z.infer<typeof Document>, 200) : notFound("article", id);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/entities",
      summary: "entities across articles, most named first",
      request: {
        query: PageQuery.extend({
          q: zod.string().max(200).optional().openapi({ example: "poutine" }),
          label: zod.enum(["PER", "ORG", "LOC", "MISC", "EQUIP"]).optional(),
        }),
      },
      responses: { ...ok(page(EntitySummary, "EntityPage"), "a page of entities"), 400: errors[400] },
    }),
    async (c) => c.json(await store.entities(c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/entities/{id}",
      summary:
        "one entity: aliases, roles, quotes, events as source and target, co-occurring entities, activity",
      request: { params: IdParam },
      responses: { ...ok(EntityDetail, "the entity"), 404: errors[404] },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const e = await store.entity(id);
      return e ? c.json(e, 200) : notFound("entity", id);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/events",
      summary: "events merged across articles, newest first",
      request: { query: PageQuery.merge(EventFilterQuery) },
      responses: { ...ok(page(MergedEvent, "EventPage"), "a page of events"), 400: errors[400] },
    }),
    async (c) => c.json(await store.events(c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/events/{id}",
      summary: "one merged event with every supporting mention",
      request: { params: IdParam },
      responses: { ...ok(MergedEventDetail, "the event"), 404: errors[404] },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const e = await store.event(id);
      return e ? c.json(e, 200) : notFound("event", id);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/quotes",
      summary: "quotes merged across outlets, most reported first",
      request: {
        query: PageQuery.extend({
          speaker: zod.string().min(1).max(200).optional(),
          q: zod.string().max(500).optional(),
        }),
      },
      responses: { ...ok(page(QuoteCluster, "QuotePage"), "a page of quotes"), 400: errors[400] },
    }),
    async (c) => c.json(await store.quotes(c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/graph",
      summary: "actors as nodes, events as typed edges (graphology JSON)",
      request: { query: EventFilterQuery },
      responses: { ...ok(GraphJSON, "the graph"), 400: errors[400] },
    }),
    async (c) =>
      c.json(toGraphology(await store.graph(c.req.valid("query"))) as z.infer<typeof GraphJSON>, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/timeline",
      summary: "articles and events per period of article date",
      request: {
        query: zod.object({
          entity: zod.string().min(1).optional(),
          type: zod.string().min(1).optional(),
          from: IsoDate.optional(),
          to: IsoDate.optional(),
          granularity: zod.enum(["year", "month", "day"]).optional(),
        }),
      },
      responses: {
        ...ok(zod.object({ items: zod.array(TimelineBucket) }), "buckets, oldest first"),
        400: errors[400],
      },
    }),
    async (c) => c.json({ items: await store.timeline(c.req.valid("query")) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/search",
      summary: "full-text search (accent-insensitive) with structured filters and snippets",
      request: {
        query: zod.object({
          q: zod
            .string()
            .refine((s) => /[\p{L}\p{N}]/u.test(s), "q must contain a word")
            .openapi({ example: "président" }),
          limit: Limit,
          cursor: Cursor,
          lang: zod.string().min(2).max(8).optional(),
          entity: zod.string().min(1).optional(),
          type: zod.string().min(1).optional(),
          modality: EventFilterQuery.shape.modality,
          outlet: zod.string().min(1).optional(),
          from: IsoDate.optional(),
          to: IsoDate.optional(),
        }),
      },
      responses: { ...ok(page(SearchHit, "SearchPage"), "hits, best first"), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const limit = q.limit ?? 20;
      const offset = q.cursor === undefined ? 0 : Number(q.cursor);
      const hits = await store.search(q.q, {
        limit: limit + 1,
        offset,
        lang: q.lang,
        entity: q.entity,
        eventType: q.type,
        modality: q.modality,
        outlet: q.outlet,
        from: q.from,
        to: q.to,
      });
      return c.json(
        { items: hits.slice(0, limit), next: hits.length > limit ? String(offset + limit) : null },
        200,
      );
    },
  );

  const ingestRoute = createRoute({
    method: "post",
    path: "/api/ingest",
    summary: "extract and store articles (bearer token)",
    security: [{ bearer: [] }],
    request: { body: { content: { "application/json": { schema: IngestBody } }, required: true } },
    responses: {
      ...ok(IngestResult, "what was stored"),
      400: errors[400],
      401: { description: "missing or wrong token", content: { "application/json": { schema: ErrorBody } } },
      403: {
        description: "writes are disabled (no token configured)",
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  });
  // Authorisation runs before the body is read or validated.
  app.use("/api/ingest", async (c, next) => {
    if (c.req.method !== "POST") return next();
    if (token === null) {
      return errorResponse(
        c,
        "E_WRITES_DISABLED",
        "writes are disabled: start the server with --token or DOSSIER_TOKEN",
      );
    }
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header("Authorization") ?? "")?.[1]?.trim() ?? "";
    if (!sameSecret(given, token))
      return errorResponse(c, "E_UNAUTHORIZED", "a valid bearer token is needed");
    return next();
  });
  app.use("/api/ingest", bodyLimit({ maxSize: options.maxBodyBytes ?? 20 * 1024 * 1024 }));
  app.openapi(ingestRoute, async (c) => {
    const { articles } = c.req.valid("json");
    const process = options.process ?? pipelineProcess;
    const docs: StoreDocument[] = [];
    for (const a of articles) {
      const doc = await process({
        text: a.text,
        title: a.title ?? null,
        date: dateOf(a.date),
        lang: a.lang ?? null,
        source: {
          ...(a.url ? { url: a.url } : {}),
          ...(a.outlet ? { outlet: a.outlet } : {}),
          ...(a.byline ? { byline: a.byline } : {}),
        },
      });
      docs.push(doc);
    }
    // One transaction for the request: all its articles are stored, or none.
    const results: PutResult[] = await store.putMany(docs);
    return c.json(
      {
        new: results.filter((r) => r.status === "new").length,
        duplicate: results.filter((r) => r.status === "duplicate").length,
        results,
      },
      200,
    );
  });

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Dossier knowledge base API",
      version: "1.0.0",
      description:
        "Entities, quotes and events from French and English news, merged across articles. Errors are {error: {code, message}}.",
    },
  });
  return app;
}

/** Constant-time comparison of a presented token with the configured one. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
