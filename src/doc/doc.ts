import { createHash } from "node:crypto";
import { TokenTable } from "./tokens.ts";
import type {
  ArticleDate,
  DateMention,
  Entity,
  Event,
  Flag,
  Quantity,
  Quote,
  Range,
  Source,
} from "./types.ts";

/** Names of the standoff layers; pipeline components declare which they need and add. */
export type LayerName =
  | "paragraphs"
  | "sentences"
  | "tokens"
  | "lang"
  | "pos"
  | "lemma"
  | "deps"
  | "entities"
  | "quotes"
  | "events"
  | "quantities"
  | "dates"
  | "flags";

export interface DocInit {
  text: string;
  title?: string | null;
  lang?: string | null;
  /** True when the caller declared the language (it then wins over detection). */
  langDeclared?: boolean;
  source?: Source;
  date?: ArticleDate | null;
}

/**
 * One article: an immutable text plus standoff layers at character offsets
 * (UTF-16 code units into `text`), in the manner of spaCy's Doc.
 *
 * @example
 * const doc = new Doc({ text: "Le sommet a eu lieu. Il a duré deux jours.", lang: "fr" });
 * doc.span(3, 9); // "sommet"
 */
export class Doc {
  readonly text: string;
  readonly id: string;
  title: string | null;
  lang: string | null;
  langDeclared: boolean;
  source: Source;
  date: ArticleDate | null;

  paragraphs: Range[] = [];
  sentences: Range[] = [];
  tokens: TokenTable = TokenTable.empty();
  entities: Entity[] = [];
  quotes: Quote[] = [];
  events: Event[] = [];
  quantities: Quantity[] = [];
  dates: DateMention[] = [];
  flags: Flag[] = [];

  /** Layers filled so far, in order; the pipeline checks `needs` against it. */
  readonly layers = new Set<LayerName>();

  constructor(init: DocInit) {
    this.text = init.text;
    this.title = init.title ?? null;
    this.lang = init.lang ?? null;
    this.langDeclared = init.langDeclared ?? init.lang != null;
    this.source = init.source ?? {};
    this.date = init.date ?? null;
    this.id = contentId(this.title, this.text);
  }

  span(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Word count used for throughput figures (tokens when known, whitespace words otherwise). */
  get wordCount(): number {
    if (this.tokens.length > 0) return this.tokens.length;
    return countWords(this.text);
  }

  /** Sentence index containing an offset (binary search), or -1. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/** Stable content hash: same title and text give the same id, whatever the source. */
export function contentId(title: string | null, text: string): string {
  const h = createHash("sha256");
  h.update(title ?? "");
  h.update("\u0000");
  h.update(text);
  return h.digest("hex").slice(0, 20);
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x202f;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
