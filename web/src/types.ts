/**
 * The shapes the UI reads from the HTTP API (issue 7). They mirror the
 * knowledge-base contract in src/store/store.ts and the document JSON in
 * src/doc/json.ts; fields the UI can live without are optional so that an
 * older or newer API degrades instead of breaking a page.
 */

// The document layers are the pipeline's own types (src/doc/types.ts imports nothing, so the browser
// build can share them); the API's list and detail shapes follow.
import type {
  ArticleDate,
  DateMention,
  Entity,
  Event,
  Flag,
  Modality,
  Quantity,
  Quote,
  Range,
  Source,
} from "../../src/doc/types.ts";

export type * from "../../src/doc/types.ts";
// The API's shapes are the store's own (src/store/shapes.ts imports nothing but the document types).
export type {
  ActorRef,
  Counted,
  EntitySummary,
  EventMention,
  GraphNode,
  MergedEvent,
  MergedEventDetail,
  Page,
  QuoteCluster,
  QuoteSource,
  SearchHit,
  TimelineBucket,
} from "../../src/store/shapes.ts";

import type {
  Counted,
  EntitySummary,
  GraphNode,
  MergedEvent,
  QuoteCluster,
  GraphEdge as StoreGraphEdge,
} from "../../src/store/shapes.ts";
export type DocEvent = Event;

export const MODALITIES: Modality[] = [
  "asserted",
  "reported",
  "hypothetical",
  "planned",
  "pledged",
  "delivered",
  "negated",
];

export interface Article {
  id: string;
  lang: string | null;
  title: string | null;
  text: string;
  source: Source;
  date: ArticleDate | null;
  paragraphs: Range[];
  sentences?: Range[];
  entities: Entity[];
  quotes: Quote[];
  events: DocEvent[];
  quantities?: Quantity[];
  dates?: DateMention[];
  flags?: Flag[];
}

export interface ArticleSummary {
  id: string;
  lang: string | null;
  title: string | null;
  date: ArticleDate | null;
  source: Source;
  words?: number;
  ingestedAt?: string;
  entities?: number;
  quotes?: number;
  events?: number;
}

export interface EntityDetail extends EntitySummary {
  aliases: Record<string, Counted[]>;
  roles: Counted[];
  mergedFrom?: string[];
  quotes: QuoteCluster[];
  eventsAsSource: MergedEvent[];
  eventsAsTarget: MergedEvent[];
  cooccurring: { id: string; name: string; articles: number }[];
  activity: { period: string; articles: number; mentions: number }[];
}

/** An edge as the API gives it; the modality of the latest report colours it when present. */
export interface GraphEdge extends StoreGraphEdge {
  modality?: Modality;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
