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

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface EntitySummary {
  id: string;
  name: string;
  label: string | null;
  articleCount: number;
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface Counted {
  name: string;
  count: number;
}

export interface ActorRef {
  id: string;
  name: string;
}

export interface MergedEvent {
  id: string;
  type: string;
  sources: ActorRef[];
  targets: ActorRef[];
  date: ArticleDate | null;
  items: string[];
  quantities: number[];
  modality: Modality;
  modalityHistory: { modality: Modality; date: string | null; articleId: string }[];
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EventMention {
  articleId: string;
  title: string | null;
  outlet: string | null;
  lang: string | null;
  articleDate: string | null;
  modality: Modality;
  trigger: Range & { text: string };
  evidence: Range & { text: string };
}

export interface MergedEventDetail extends MergedEvent {
  mentions: EventMention[];
}

export interface QuoteSource {
  articleId: string;
  outlet: string | null;
  lang: string | null;
  date: string | null;
  start: number;
  end: number;
}

export interface QuoteCluster {
  id: string;
  text: string;
  kind: string;
  speaker: { id: string | null; name: string; role: string | null } | null;
  sources: QuoteSource[];
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
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

export interface TimelineBucket {
  period: string;
  articles: number;
  events: number;
}

export interface GraphNode {
  id: string;
  name: string;
  label: string | null;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  count: number;
  mentions: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Modality of the latest report, when the API gives it (colours the edge). */
  modality?: Modality;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SearchHit {
  id: string;
  lang: string | null;
  title: string | null;
  date: ArticleDate | null;
  snippet: string;
  score: number;
}
