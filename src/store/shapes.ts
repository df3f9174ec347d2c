/**
 * The shapes the knowledge base answers with (the Store contract in store.ts, the HTTP API's JSON).
 * Types only, importing nothing but the document types, so that the browser build (web/) reads the
 * very same declarations.
 */
import type { ArticleDate, EntityLabel, Modality, Source } from "../doc/types.ts";

export interface Page<T> {
  items: T[];
  /** Cursor of the following page, null on the last one. */
  next: string | null;
}

/** One entity of the knowledge base, across articles and languages. */
export interface EntitySummary {
  /** Canonical id ("person:anton-brel", "country:RU"), after user merges and splits. */
  id: string;
  /** Display name: the canonical name when the linker gave one, else the longest name seen. */
  name: string;
  label: EntityLabel | null;
  /** Articles that name it (entity mention, quoted speaker or event actor). */
  articleCount: number;
  /** Entity mentions (the NER layer) over all articles. */
  mentionCount: number;
  /** Earliest and latest date of an article naming it. */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface Counted {
  name: string;
  count: number;
}

export interface EntityDetail extends EntitySummary {
  /** Names seen, per article language ("und" when unknown), most frequent first. */
  aliases: Record<string, Counted[]>;
  /** Roles and affiliations given to it as a speaker, most frequent first. */
  roles: Counted[];
  /** Ids merged into this one by users. */
  mergedFrom: string[];
  /** Quotes it is the speaker of (up to 100). */
  quotes: QuoteCluster[];
  /** Merged events where it is a source, or a target (up to 100 each). */
  eventsAsSource: MergedEvent[];
  eventsAsTarget: MergedEvent[];
  /** Entities named in the same articles, by number of shared articles (up to 50). */
  cooccurring: { id: string; name: string; articles: number }[];
  /** Articles and mentions per month of article date. */
  activity: { period: string; articles: number; mentions: number }[];
}

export interface ActorRef {
  id: string;
  name: string;
}

/** One event reported by one or more articles, merged across them. */
export interface MergedEvent {
  id: string;
  type: string;
  sources: ActorRef[];
  targets: ActorRef[];
  /** The most precise event date reported, or null. */
  date: ArticleDate | null;
  /** Item texts and quantities reported (distinct). */
  items: string[];
  quantities: number[];
  /** The modality of the latest report. */
  modality: Modality;
  /** How the story moved: each change of modality, in article-date order. */
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
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
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

/** One quotation, with every article that reports it. */
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

export interface TimelineBucket {
  period: string;
  /** Articles dated in the period (naming the entity / reporting the event type when filtered). */
  articles: number;
  /** Event mentions in those articles (of the type when filtered). */
  events: number;
}

/** An actor of the graph. */
export interface GraphNode {
  id: string;
  name: string;
  label: EntityLabel | null;
  /** Merged events it takes part in. */
  events: number;
}

/** The merged events of one type from one actor to another. */
export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  /** Merged events of this type from source to target. */
  count: number;
  /** Article mentions supporting them. */
  mentions: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Actors and the events between them. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** One line of an article listing: what a table or a result page shows, without the layers. */
export interface ArticleSummary {
  id: string;
  lang: string | null;
  title: string | null;
  date: ArticleDate | null;
  source: Source;
  words: number;
  /** ISO 8601 instant the article was stored. */
  ingestedAt: string;
  entities: number;
  quotes: number;
  events: number;
}

export interface SearchHit {
  id: string;
  lang: string | null;
  title: string | null;
  date: ArticleDate | null;
  /** A short passage with every matched word between `[` and `]`, cut with `…`. */
  snippet: string;
  /** Relevance (BM25), higher is better; comparable within one result list only. */
  score: number;
}
