/**
 * A small client for the Dossier HTTP API. Every call returns plain data or
 * throws an ApiError carrying the API's `{error:{code,message}}`. Readers are
 * lenient about envelopes (`{items,next}`, bare arrays, graphology JSON) so a
 * page keeps working while the API evolves.
 */
import type {
  Article,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  GraphData,
  GraphEdge,
  GraphNode,
  MergedEvent,
  MergedEventDetail,
  Page,
  QuoteCluster,
  SearchHit,
  TimelineBucket,
} from "./types.ts";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

type Params = Record<string, string | number | undefined | null>;

/** `/api/x?a=1` from a path and the parameters that are set. */
export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

async function getJSON<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, params), { headers: { accept: "application/json" }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      error.message ?? response.statusText,
    );
  }
  return body as T;
}

function asPage<T>(body: unknown): Page<T> {
  if (Array.isArray(body)) return { items: body as T[], next: null };
  const o = (body ?? {}) as Record<string, unknown>;
  const items = (o.items ?? o.data ?? o.results ?? o.hits ?? o.buckets ?? []) as T[];
  return { items, next: (o.next ?? o.nextCursor ?? null) as string | null };
}

interface SerializedGraph {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** Reads graphology's serialized JSON (`{nodes:[{key,attributes}],edges:[…]}`) or the store's plain shape. */
export function readGraph(body: unknown): GraphData {
  const o = (body ?? {}) as Partial<SerializedGraph> & Partial<GraphData>;
  const nodes: GraphNode[] = (o.nodes ?? []).map((n) => {
    const raw = n as unknown as Record<string, unknown>;
    const attrs = (raw.attributes ?? raw) as Record<string, unknown>;
    return {
      id: String(raw.key ?? raw.id),
      name: String(attrs.name ?? attrs.label ?? raw.key ?? raw.id),
      label: (attrs.entityLabel ??
        attrs.kind ??
        (attrs.name ? attrs.label : null) ??
        null) as GraphNode["label"],
      events: Number(attrs.events ?? attrs.size ?? 1),
    };
  });
  const edges: GraphEdge[] = (o.edges ?? []).map((e) => {
    const raw = e as unknown as Record<string, unknown>;
    const attrs = (raw.attributes ?? raw) as Record<string, unknown>;
    return {
      source: String(raw.source),
      target: String(raw.target),
      type: String(attrs.type ?? "event"),
      count: Number(attrs.count ?? 1),
      mentions: Number(attrs.mentions ?? attrs.count ?? 1),
      firstDate: (attrs.firstDate ?? null) as string | null,
      lastDate: (attrs.lastDate ?? null) as string | null,
      modality: attrs.modality as GraphEdge["modality"],
    };
  });
  return { nodes, edges };
}

export const api = {
  health: () => getJSON<{ status?: string; articles?: number }>("/api/health"),
  articles: async (params: Params = {}) => asPage<ArticleSummary>(await getJSON("/api/articles", params)),
  article: async (id: string, signal?: AbortSignal): Promise<Article> => {
    const body = await getJSON<Record<string, unknown>>(
      `/api/articles/${encodeURIComponent(id)}`,
      {},
      signal,
    );
    return (body.article ?? body.document ?? body) as Article;
  },
  entities: async (params: Params = {}) => asPage<EntitySummary>(await getJSON("/api/entities", params)),
  entity: async (id: string): Promise<EntityDetail> => {
    const body = await getJSON<Record<string, unknown>>(`/api/entities/${encodeURIComponent(id)}`);
    return (body.entity ?? body) as EntityDetail;
  },
  events: async (params: Params = {}) => asPage<MergedEvent>(await getJSON("/api/events", params)),
  event: async (id: string): Promise<MergedEventDetail> => {
    const body = await getJSON<Record<string, unknown>>(`/api/events/${encodeURIComponent(id)}`);
    return (body.event ?? body) as MergedEventDetail;
  },
  quotes: async (params: Params = {}) => asPage<QuoteCluster>(await getJSON("/api/quotes", params)),
  graph: async (params: Params = {}) => readGraph(await getJSON("/api/graph", params)),
  timeline: async (params: Params = {}): Promise<TimelineBucket[]> =>
    asPage<TimelineBucket>(await getJSON("/api/timeline", params)).items,
  search: async (params: Params) => asPage<SearchHit>(await getJSON("/api/search", params)).items,
};

/** Every page of a listing, up to `max` items (the API caps a page at 1000). */
export async function collect<T>(
  fetchPage: (params: Params) => Promise<Page<T>>,
  params: Params = {},
  max = 2000,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage({ ...params, limit: Math.min(1000, max - out.length), cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor && out.length < max);
  return out;
}
