/**
 * Input and output schemas of the HTTP API (zod, also the OpenAPI document).
 */
import { z } from "@hono/zod-openapi";

const MODALITIES = [
  "asserted",
  "hypothetical",
  "negated",
  "reported",
  "planned",
  "pledged",
  "delivered",
] as const;

export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
  .openapi({ example: "2024-03" });

export const Limit = z.coerce
  .number()
  .int("limit must be an integer")
  .min(1, "limit must be at least 1")
  .max(1000, "limit must be at most 1000")
  .optional()
  .openapi({ param: { name: "limit", in: "query" }, example: 50 });

export const Cursor = z
  .string()
  .regex(/^\d{1,15}$/, "cursor must be a `next` value from a previous page")
  .optional()
  .openapi({ param: { name: "cursor", in: "query" } });

const Modality = z.enum(MODALITIES);

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "E_BAD_REQUEST" }),
      message: z.string(),
    }),
  })
  .openapi("Error");

export const PageQuery = z.object({ limit: Limit, cursor: Cursor });

export const EventFilterQuery = z.object({
  type: z.string().min(1).optional().openapi({ example: "AID" }),
  actor: z.string().min(1).optional().openapi({ example: "country:RU" }),
  modality: Modality.optional(),
  lang: z.string().min(2).max(8).optional().openapi({ example: "fr" }),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

const ArticleDate = z
  .object({ value: z.string(), precision: z.enum(["year", "month", "day"]) })
  .openapi("ArticleDate");
const Source = z
  .object({
    path: z.string().optional(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    byline: z.string().optional(),
  })
  .openapi("Source");

export const ArticleSummary = z
  .object({
    id: z.string(),
    lang: z.string().nullable(),
    title: z.string().nullable(),
    date: ArticleDate.nullable(),
    source: Source,
    words: z.number().int(),
    ingestedAt: z.string(),
    entities: z.number().int(),
    quotes: z.number().int(),
    events: z.number().int(),
  })
  .openapi("ArticleSummary");

const Span = z.object({ start: z.number().int(), end: z.number().int() });

/** The Dossier document JSON (docs/document-format.md); layers are left open here. */
export const Document = z
  .object({
    version: z.number().int(),
    id: z.string(),
    lang: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string(),
    source: Source,
    date: ArticleDate.nullable(),
    paragraphs: z.array(Span),
    sentences: z.array(Span),
    tokens: z.array(z.record(z.string(), z.unknown())).optional(),
    entities: z.array(z.record(z.string(), z.unknown())),
    quotes: z.array(z.record(z.string(), z.unknown())),
    events: z.array(z.record(z.string(), z.unknown())),
    quantities: z.array(z.record(z.string(), z.unknown())),
    dates: z.array(z.record(z.string(), z.unknown())),
    flags: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi("Document");

const Label = z.enum(["PER", "ORG", "LOC", "MISC", "EQUIP"]).nullable();

export const EntitySummary = z
  .object({
    id: z.string().openapi({ example: "person:anton-brel" }),
    name: z.string(),
    label: Label,
    articleCount: z.number().int(),
    mentionCount: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })
  .openapi("EntitySummary");

const Counted = z.object({ name: z.string(), count: z.number().int() });
const ActorRef = z.object({ id: z.string(), name: z.string() });

export const MergedEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    sources: z.array(ActorRef),
    targets: z.array(ActorRef),
    date: ArticleDate.nullable(),
    items: z.array(z.string()),
    quantities: z.array(z.number()),
    modality: Modality,
    modalityHistory: z.array(
      z.object({ modality: Modality, date: z.string().nullable(), articleId: z.string() }),
    ),
    mentionCount: z.number().int(),
    articleCount: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })
  .openapi("MergedEvent");

export const MergedEventDetail = MergedEvent.extend({
  mentions: z.array(
    z.object({
      articleId: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      lang: z.string().nullable(),
      articleDate: z.string().nullable(),
      modality: Modality,
      trigger: Span.extend({ text: z.string() }),
      evidence: Span.extend({ text: z.string() }),
    }),
  ),
}).openapi("MergedEventDetail");

export const QuoteCluster = z
  .object({
    id: z.string(),
    text: z.string(),
    kind: z.string(),
    speaker: z
      .object({ id: z.string().nullable(), name: z.string(), role: z.string().nullable() })
      .nullable(),
    sources: z.array(
      Span.extend({
        articleId: z.string(),
        outlet: z.string().nullable(),
        lang: z.string().nullable(),
        date: z.string().nullable(),
      }),
    ),
    articleCount: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })
  .openapi("Quote");

export const EntityDetail = EntitySummary.extend({
  aliases: z.record(z.string(), z.array(Counted)),
  roles: z.array(Counted),
  mergedFrom: z.array(z.string()),
  quotes: z.array(QuoteCluster),
  eventsAsSource: z.array(MergedEvent),
  eventsAsTarget: z.array(MergedEvent),
  cooccurring: z.array(z.object({ id: z.string(), name: z.string(), articles: z.number().int() })),
  activity: z.array(z.object({ period: z.string(), articles: z.number().int(), mentions: z.number().int() })),
}).openapi("EntityDetail");

export const SearchHit = z
  .object({
    id: z.string(),
    lang: z.string().nullable(),
    title: z.string().nullable(),
    date: ArticleDate.nullable(),
    snippet: z.string(),
    score: z.number(),
  })
  .openapi("SearchHit");

export const TimelineBucket = z
  .object({ period: z.string(), articles: z.number().int(), events: z.number().int() })
  .openapi("TimelineBucket");

/** graphology's serialised graph. */
export const GraphJSON = z
  .object({
    options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    attributes: z.record(z.string(), z.unknown()),
    nodes: z.array(
      z.object({
        key: z.string(),
        attributes: z.object({ label: z.string(), entityLabel: Label, events: z.number().int() }),
      }),
    ),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.object({
          type: z.string(),
          count: z.number().int(),
          mentions: z.number().int(),
          firstDate: z.string().nullable(),
          lastDate: z.string().nullable(),
        }),
      }),
    ),
  })
  .openapi("Graph");

export const page = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), next: z.string().nullable() }).openapi(name);

export const IngestArticle = z
  .object({
    text: z.string().min(1, "text must not be empty").max(20_000_000),
    title: z.string().nullable().optional(),
    date: IsoDate.nullable().optional(),
    lang: z.enum(["fr", "en"]).optional(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    byline: z.string().optional(),
  })
  .openapi("IngestArticle");

export const IngestBody = z
  .object({ articles: z.array(IngestArticle).min(1).max(1000) })
  .openapi("IngestRequest");

export const IngestResult = z
  .object({
    new: z.number().int(),
    duplicate: z.number().int(),
    results: z.array(
      z.object({
        id: z.string(),
        status: z.enum(["new", "duplicate"]),
        nearDuplicateOf: z.object({ id: z.string(), similarity: z.number() }).optional(),
      }),
    ),
  })
  .openapi("IngestResult");

export const Health = z
  .object({ status: z.literal("ok"), articles: z.number().int(), writes: z.boolean() })
  .openapi("Health");
