/**
 * Helpers every Store implementation shares, so that they agree on limits,
 * cursors, query syntax and counts.
 */
import { countWords } from "../doc/doc.ts";
import type { DocumentJSON } from "../doc/json.ts";
import { DossierError } from "../errors.ts";
import type { ArticleSummary } from "./store.ts";

export const DEFAULT_LIST_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_LIMIT = 1000;
/**
 * Search ranks at most this many matches: the most recently ingested ones. Beyond it
 * (a query of stopwords over a large KB), ranking every match would cost more than
 * it is worth; hits then come from the newest RANK_WINDOW matching articles.
 */
export const RANK_WINDOW = 10_000;
/** Tokens around the matches in a search snippet (as FTS5's `snippet()` counts them). */
export const SNIPPET_TOKENS = 12;

/** A page size within 1…MAX_LIMIT; absent or invalid → the default. */
export function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/** Cursors are opaque to callers; inside they carry the ingestion sequence number of the last item. */
export function encodeCursor(seq: number): string {
  return String(seq);
}

/** 0 (before the first article) for an absent cursor; E_USAGE for one no store produced. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null || cursor === "") return 0;
  if (!/^\d{1,15}$/.test(cursor)) throw new DossierError("E_USAGE", `invalid cursor: ${cursor.slice(0, 40)}`);
  return Number(cursor);
}

export interface QueryTerm {
  /** Folded (accent-free, lower-case) word. */
  text: string;
  /** `word*` in the query: matches words starting with `text`. */
  prefix: boolean;
}

/** Word characters as SQLite's unicode61 tokenizer sees them: letters, numbers, marks, private use. */
const QUERY_WORD = /[\p{L}\p{N}\p{M}\p{Co}]+(\*)?/gu;
const MARKS = /\p{M}/gu;

/**
 * Folds a word for accent- and case-insensitive matching, as `remove_diacritics 2` does.
 *
 * @example
 * fold("Président"); // "president"
 */
export function fold(word: string): string {
  // Most words are ASCII: nothing to decompose (NFD and the mark removal cost more than the rest).
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize("NFD").replace(MARKS, "").toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Reads a user query as a list of words that must all occur. Everything that is
 * not a word (quotes, parentheses, `-`, `:`, FTS operators' punctuation) is a
 * separator; a `*` right after a word makes it a prefix.
 *
 * @example
 * parseQuery('"président" OR (Kyiv*'); // [{text:"president"},{text:"or"},{text:"kyiv",prefix:true}]
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const m of query.matchAll(QUERY_WORD)) {
    const text = fold(m[0].endsWith("*") ? m[0].slice(0, -1) : m[0]);
    if (text) terms.push({ text, prefix: m[1] === "*" });
  }
  return terms;
}

export interface WordSpan {
  start: number;
  end: number;
  folded: string;
}

/** Word spans of a text, for the pure-JS search (same boundaries as unicode61). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  forEachWord(text, (start, end) => {
    spans.push({ start, end, folded: fold(text.slice(start, end)) });
  });
  return spans;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;
/** Word-character test per BMP code unit, filled as met: 0 unknown, 1 word, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Whether a code point is a word character (letter, number, mark, private use), ASCII without a regex. */
function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp < 0x10000) {
    let c = BMP_CLASS[cp];
    if (c === 0) {
      c = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_CLASS[cp] = c;
    }
    return c === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Calls `visit(start, end)` for every word of `text`: each longest run of letters,
 * numbers, marks and private-use characters (unicode61's boundaries), without
 * building match objects.
 *
 * @example
 * forEachWord("Le président.", (s, e) => console.log(s, e)); // 0 2, then 3 12
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const cp = text.codePointAt(i)!;
    const word = isWordCode(cp);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      visit(start, i);
      start = -1;
    }
    if (cp > 0xffff) i++;
  }
  if (start >= 0) visit(start, n);
}

/**
 * An FTS5 MATCH expression where every term is a quoted string, so user input
 * can never be read as FTS syntax (AND, NEAR, column filters, unbalanced quotes).
 */
export function ftsExpression(terms: QueryTerm[]): string {
  return terms.map((t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? "*" : ""}`).join(" ");
}

/** Word count stored with an article: tokens when the document carries them, whitespace words otherwise. */
export function wordsOf(doc: DocumentJSON): number {
  return doc.tokens && doc.tokens.length > 0 ? doc.tokens.length : countWords(doc.text);
}

/** Rejects what is not a document before anything is written. */
export function checkDocument(doc: DocumentJSON): void {
  const ok =
    doc != null &&
    typeof doc === "object" &&
    typeof doc.id === "string" &&
    doc.id.length > 0 &&
    typeof doc.text === "string" &&
    Array.isArray(doc.entities) &&
    Array.isArray(doc.quotes) &&
    Array.isArray(doc.events);
  if (!ok) throw new DossierError("E_INPUT_FORMAT", "not a Dossier document (id, text and layers needed)");
}

/** The summary of a document as listings show it. */
export function summarize(doc: DocumentJSON, ingestedAt: string): ArticleSummary {
  return {
    id: doc.id,
    lang: doc.lang ?? null,
    title: doc.title ?? null,
    date: doc.date ?? null,
    source: doc.source ?? {},
    words: wordsOf(doc),
    ingestedAt,
    entities: doc.entities.length,
    quotes: doc.quotes.length,
    events: doc.events.length,
  };
}

/**
 * A window of SNIPPET_TOKENS words holding the most matches, from the column
 * with more matches (text on a tie), matches in brackets, cuts marked with …
 * (what FTS5's snippet() returns).
 */
export function snippetOf(
  title: string,
  titleWords: WordSpan[],
  text: string,
  textWords: WordSpan[],
  terms: QueryTerm[],
): string {
  const matches = (term: QueryTerm, word: WordSpan) =>
    term.prefix ? word.folded.startsWith(term.text) : word.folded === term.text;
  const hitsIn = (words: WordSpan[]) => words.filter((w) => terms.some((t) => matches(t, w))).length;
  const useTitle = hitsIn(titleWords) > hitsIn(textWords);
  const words = useTitle ? titleWords : textWords;
  const source = useTitle ? title : text;
  if (words.length === 0) return "";
  const isHit = words.map((w) => terms.some((t) => matches(t, w)));
  const size = Math.min(SNIPPET_TOKENS, words.length);
  let best = 0;
  let bestHits = -1;
  for (let start = 0; start + size <= words.length; start++) {
    let hits = 0;
    for (let i = start; i < start + size; i++) if (isHit[i]) hits++;
    if (hits > bestHits) {
      best = start;
      bestHits = hits;
    }
  }
  // Centre the matches inside the window, as FTS5 does.
  let first = -1;
  let last = -1;
  for (let i = best; i < best + size; i++) {
    if (!isHit[i]) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first >= 0) {
    const centred = first - Math.floor((size - (last - first + 1)) / 2);
    best = Math.max(0, Math.min(words.length - size, centred));
  }
  let out = best > 0 ? "…" : "";
  let at = words[best].start;
  if (best === 0) at = 0;
  for (let i = best; i < best + size; i++) {
    out += source.slice(at, words[i].start);
    const word = source.slice(words[i].start, words[i].end);
    out += isHit[i] ? `[${word}]` : word;
    at = words[i].end;
  }
  out += best + size < words.length ? "…" : source.slice(at);
  return out;
}
