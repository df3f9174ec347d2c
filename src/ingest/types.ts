import type { ArticleDate, Source } from "../doc/types.ts";
import type { DossierError } from "../errors.ts";

/** One article as read from an input, before any analysis. */
export interface RawArticle {
  /** NFC-normalised body text, `\n` line endings, paragraphs separated by a blank line. */
  text: string;
  title: string | null;
  date: ArticleDate | null;
  /** Declared language (primary subtag, lower case: "fr", "en"), or null when the input says nothing. */
  lang: string | null;
  source: Source;
}

/** What `readInputs` yields: an article, or the coded error of an input (or record) that failed. */
export type InputItem = { ok: true; article: RawArticle } | { ok: false; input: string; error: DossierError };

export type JsonlField = "text" | "title" | "date" | "url" | "lang" | "outlet" | "byline";

export interface IngestOptions {
  /** Fetch URLs whose host resolves to private, loopback or link-local addresses. */
  allowPrivate?: boolean;
  /** Whole-request timeout for one URL, redirects and body included. Default 15000. */
  timeoutMs?: number;
  /** Size cap per input (per record for JSON Lines files). Default 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before E_URL_REDIRECTS. Default 5. */
  maxRedirects?: number;
  /** Field names of JSON Lines records, e.g. `{ text: "body", date: "published" }`; dotted paths allowed. */
  jsonlFields?: Partial<Record<JsonlField, string>>;
  /** Stream read for the input `-`. Default `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /** Replaces the global `fetch` (tests). */
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
