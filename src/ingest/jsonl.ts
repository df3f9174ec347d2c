import { createReadStream } from "node:fs";
import type { Source } from "../doc/types.ts";
import { DossierError } from "../errors.ts";
import { parseDateValue } from "./dates.ts";
import { normalizeLang } from "./html.ts";
import { normalizeText } from "./record.ts";
import type { JsonlField, RawArticle } from "./types.ts";

/** Field names tried, in order, when `jsonlFields` names none. Covers common corpus dumps. */
export const JSONL_FIELD_ALIASES: Record<JsonlField, string[]> = {
  text: ["text", "body", "content", "article"],
  title: ["title", "headline"],
  date: ["date", "published", "published_at", "publishedAt", "datePublished", "pubDate"],
  url: ["url", "link"],
  lang: ["lang", "language"],
  outlet: ["outlet", "newspaper", "site_name", "site", "publisher"],
  byline: ["byline", "author", "authors"],
};

function getPath(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function field(
  record: Record<string, unknown>,
  name: JsonlField,
  fields: Partial<Record<JsonlField, string>>,
): unknown {
  const configured = fields[name];
  if (configured) return getPath(record, configured);
  for (const alias of JSONL_FIELD_ALIASES[name]) {
    if (record[alias] !== undefined && record[alias] !== null) return record[alias];
  }
  return undefined;
}

function asName(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim().normalize("NFC") || null;
  if (Array.isArray(value)) {
    const names = value.map(asName).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : null;
  }
  if (value && typeof value === "object") return asName((value as { name?: unknown }).name);
  return null;
}

/**
 * Turns one parsed JSON record into an article. `where` names it in errors
 * (`file.jsonl:12`); `path` is the file it came from.
 *
 * @example
 * recordToArticle({ text: "Le sommet…", date: "2023-09" }, {}, "a.jsonl", "a.jsonl:1")
 * // { text: "Le sommet…", title: null, date: { value: "2023-09", precision: "month" }, lang: null, source: { path: "a.jsonl" } }
 */
export function recordToArticle(
  record: unknown,
  fields: Partial<Record<JsonlField, string>>,
  path: string,
  where: string,
): RawArticle {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    throw new DossierError("E_JSONL_PARSE", `${where}: a record must be a JSON object`);
  }
  const rec = record as Record<string, unknown>;
  const rawText = field(rec, "text", fields);
  if (typeof rawText !== "string") {
    throw new DossierError("E_JSONL_PARSE", `${where}: no "${fields.text ?? "text"}" string field`);
  }
  const text = normalizeText(rawText);
  if (text === "") throw new DossierError("E_INPUT_EMPTY", `${where}: the record's text is empty`);
  const url = field(rec, "url", fields);
  const outlet = asName(field(rec, "outlet", fields));
  const byline = asName(field(rec, "byline", fields));
  const source: Source = typeof url === "string" && /^https?:\/\//i.test(url) ? { url } : { path };
  if (outlet) source.outlet = outlet;
  if (byline) source.byline = byline;
  const title = field(rec, "title", fields);
  const lang = field(rec, "lang", fields);
  return {
    text,
    title:
      typeof title === "string" && title.trim() ? title.replace(/\s+/g, " ").trim().normalize("NFC") : null,
    date: parseDateValue(field(rec, "date", fields)),
    lang: typeof lang === "string" ? normalizeLang(lang) : null,
    source,
  };
}

/** Parses one JSON Lines line; errors name `where`. */
export function parseJsonLine(line: string, where: string): unknown {
  try {
    return JSON.parse(line);
  } catch (err) {
    throw new DossierError("E_JSONL_PARSE", `${where}: ${(err as Error).message}`, { cause: err });
  }
}

export type JsonlLine = { lineNumber: number; bytes: Uint8Array } | { lineNumber: number; tooLarge: true };

/**
 * Streams a file's lines as bytes without holding the file in memory; a line
 * longer than `maxBytes` is reported as too large and skipped.
 */
export async function* readLines(path: string, maxBytes: number): AsyncGenerator<JsonlLine> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let lineNumber = 1;
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!oversized) {
        pendingBytes += end - start;
        if (pendingBytes > maxBytes) {
          oversized = true;
          pending = [];
        } else if (end > start) {
          pending.push(chunk.subarray(start, end));
        }
      }
      if (newline < 0) break;
      yield oversized ? { lineNumber, tooLarge: true } : { lineNumber, bytes: Buffer.concat(pending) };
      lineNumber++;
      pending = [];
      pendingBytes = 0;
      oversized = false;
      start = newline + 1;
    }
  }
  if (oversized) yield { lineNumber, tooLarge: true };
  else if (pendingBytes > 0) yield { lineNumber, bytes: Buffer.concat(pending) };
}
