import { open, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Source } from "../doc/types.ts";
import { DossierError } from "../errors.ts";
import { contentTypeCharset, declaredCharset, decodeBytes } from "./decode.ts";
import { parseFeedText } from "./feed.ts";
import { fetchUrl, looksLikeUrl } from "./fetch.ts";
import { extractHtmlArticle } from "./html.ts";
import { parseJsonLine, readLines, recordToArticle } from "./jsonl.ts";
import { normalizeText, parseNewsRecord } from "./record.ts";
import { DEFAULT_MAX_BYTES, type IngestOptions, type InputItem, type RawArticle } from "./types.ts";

export { parseDateValue } from "./dates.ts";
export { decodeBytes } from "./decode.ts";
export { parseFeedText } from "./feed.ts";
export { fetchUrl, looksLikeUrl } from "./fetch.ts";
export { extractHtmlArticle, htmlToText } from "./html.ts";
export { normalizeText, parseNewsRecord } from "./record.ts";
export type { IngestOptions, InputItem, RawArticle } from "./types.ts";

type Format = "text" | "html" | "feed" | "jsonl" | "json";

/** Extensions read from directories, and the format each one means. */
const EXTENSION_FORMATS: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
};

/** A feed item whose text is shorter than this is a summary; its linked page is fetched. */
const SUMMARY_MAX_CHARS = 500;

interface Origin {
  /** Name used in error messages and as `input` of failures. */
  name: string;
  source: Source;
  /** Format given by the extension, if any. */
  extensionFormat: Format | null;
  contentType: string | null;
  /** A page linked from a feed item: it must be one article, never another feed or a record file. */
  linked?: boolean;
}

function fail(input: string, err: unknown): InputItem {
  const error =
    err instanceof DossierError
      ? err
      : new DossierError("E_INTERNAL", `${input}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  return { ok: false, input, error };
}

function ok(article: RawArticle): InputItem {
  return { ok: true, article };
}

function sniffFormat(text: string): Format | null {
  const head = text.slice(0, 4096).trimStart();
  const lower = head.toLowerCase();
  if (lower.startsWith("<")) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return "feed";
    if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]/.test(lower)) return "html";
    if (lower.startsWith("<?xml")) return "feed";
  }
  if (head.startsWith("[")) return "json";
  if (head.startsWith("{")) {
    const firstLine = head.split("\n", 1)[0];
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      return "json";
    }
  }
  return null;
}

function formatFromContentType(contentType: string | null): Format | null {
  const type = contentType?.split(";")[0].trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/^(application|text)\/(rss\+xml|atom\+xml|rdf\+xml|xml)$/.test(type)) return "feed";
  if (type === "application/x-ndjson" || type === "application/jsonl" || type === "application/x-jsonlines")
    return "jsonl";
  if (type === "application/json") return "json";
  if (type === "text/plain" || type === "text/markdown") return "text";
  return null;
}

function chooseFormat(text: string, origin: Origin): Format {
  const sniffed = sniffFormat(text);
  if (origin.extensionFormat === "text") return "text";
  if (origin.extensionFormat === "feed") return sniffed === "html" ? "html" : "feed";
  if (origin.extensionFormat) return origin.extensionFormat;
  // Markup in the body says more than a generic or wrong Content-Type.
  if (sniffed === "feed" || sniffed === "html") return sniffed;
  return formatFromContentType(origin.contentType) ?? sniffed ?? "text";
}

/** Articles of an input held in memory (file, stdin or fetched URL). */
async function* articlesFromBytes(
  bytes: Uint8Array,
  origin: Origin,
  options: IngestOptions,
): AsyncGenerator<InputItem> {
  const hint = contentTypeCharset(origin.contentType) ?? declaredCharset(bytes);
  const text = decodeBytes(bytes, origin.name, hint);
  const format = chooseFormat(text, origin);
  if (origin.linked && format !== "html" && format !== "text") {
    // Refusing nested collections also keeps a feed that links to itself from looping.
    throw new DossierError(
      "E_INPUT_FORMAT",
      `${origin.name}: a feed item links to a ${format}, not to an article page`,
    );
  }
  if (format === "text") {
    const record = parseNewsRecord(text);
    if (record.text === "")
      throw new DossierError("E_INPUT_EMPTY", `${origin.name}: the record holds no text`);
    yield ok({ ...record, lang: null, source: origin.source });
  } else if (format === "html") {
    yield ok(extractHtmlArticle(text, origin.source, origin.name));
  } else if (format === "feed") {
    yield* articlesFromFeed(text, origin, options);
  } else if (format === "jsonl") {
    const path = origin.source.path ?? origin.source.url ?? origin.name;
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === "") continue;
      const where = `${origin.name}:${i + 1}`;
      try {
        yield ok(recordToArticle(parseJsonLine(lines[i], where), options.jsonlFields ?? {}, path, where));
      } catch (err) {
        yield fail(where, err);
      }
    }
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new DossierError("E_INPUT_FORMAT", `${origin.name}: not valid JSON (${(err as Error).message})`);
    }
    const records = Array.isArray(value) ? value : [value];
    const path = origin.source.path ?? origin.source.url ?? origin.name;
    for (let i = 0; i < records.length; i++) {
      const where = Array.isArray(value) ? `${origin.name}[${i}]` : origin.name;
      try {
        yield ok(recordToArticle(records[i], options.jsonlFields ?? {}, path, where));
      } catch (err) {
        yield fail(where, err);
      }
    }
  }
}

async function* articlesFromFeed(
  xml: string,
  origin: Origin,
  options: IngestOptions,
): AsyncGenerator<InputItem> {
  const feed = parseFeedText(xml, origin.name);
  if (feed.entries.length === 0)
    throw new DossierError("E_INPUT_EMPTY", `${origin.name}: the feed has no items`);
  for (let i = 0; i < feed.entries.length; i++) {
    const entry = feed.entries[i];
    const name = entry.url ?? `${origin.name}#${i + 1}`;
    try {
      // A short text (or none) is a teaser: the article lives on the linked page. A long
      // description is the article itself (many RSS feeds carry it there), read without fetching.
      if (entry.url && entry.text.length < SUMMARY_MAX_CHARS) {
        const page = await fetchUrl(entry.url, options);
        const pageOrigin: Origin = {
          name: entry.url,
          source: { url: entry.url },
          extensionFormat: null,
          contentType: page.contentType,
          linked: true,
        };
        for await (const item of articlesFromBytes(page.bytes, pageOrigin, options)) {
          if (!item.ok) {
            yield item;
            continue;
          }
          const article = item.article;
          const source: Source = { ...article.source, url: entry.url };
          source.outlet ??= feed.outlet ?? undefined;
          source.byline ??= entry.byline ?? undefined;
          if (source.outlet === undefined) delete source.outlet;
          if (source.byline === undefined) delete source.byline;
          yield ok({
            text: article.text,
            title: article.title ?? entry.title,
            date: entry.date ?? article.date,
            lang: article.lang ?? feed.lang,
            source,
          });
        }
        continue;
      }
      const text = normalizeText(entry.text);
      if (text === "")
        throw new DossierError("E_INPUT_EMPTY", `${name}: the feed item holds no text and no link`);
      const source: Source = entry.url ? { url: entry.url } : { ...origin.source };
      if (feed.outlet) source.outlet = feed.outlet;
      if (entry.byline) source.byline = entry.byline;
      yield ok({ text, title: entry.title, date: entry.date, lang: feed.lang, source });
    } catch (err) {
      yield fail(name, err);
    }
  }
}

async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    // Checked before reading: a huge file fails at once, without being loaded.
    if (size > maxBytes) {
      throw new DossierError("E_INPUT_TOO_LARGE", `${path}: ${size} bytes exceed the ${maxBytes}-byte cap`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStreamCapped(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  name: string,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.byteLength;
    if (total > maxBytes) throw new DossierError("E_INPUT_TOO_LARGE", `${name}: more than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

async function* readJsonlFile(path: string, options: IngestOptions): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let records = 0;
  for await (const line of readLines(path, maxBytes)) {
    const where = `${path}:${line.lineNumber}`;
    if ("tooLarge" in line) {
      records++;
      yield fail(
        where,
        new DossierError("E_INPUT_TOO_LARGE", `${where}: the line exceeds the ${maxBytes}-byte cap`),
      );
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(line.bytes);
    } catch {
      records++;
      yield fail(where, new DossierError("E_INPUT_ENCODING", `${where}: invalid UTF-8`));
      continue;
    }
    if (text.trim() === "") continue;
    records++;
    try {
      yield ok(recordToArticle(parseJsonLine(text, where), options.jsonlFields ?? {}, path, where));
    } catch (err) {
      yield fail(where, err);
    }
  }
  if (records === 0)
    yield fail(path, new DossierError("E_INPUT_EMPTY", `${path}: the file holds no records`));
}

async function* readFileInput(path: string, options: IngestOptions): AsyncGenerator<InputItem> {
  try {
    const extensionFormat = EXTENSION_FORMATS[extname(path).toLowerCase()] ?? null;
    if (extensionFormat === "jsonl") {
      yield* readJsonlFile(path, options);
      return;
    }
    const bytes = await readFileCapped(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    yield* articlesFromBytes(
      bytes,
      { name: path, source: { path }, extensionFormat, contentType: null },
      options,
    );
  } catch (err) {
    yield fail(path, err);
  }
}

/** Files under a directory with a known extension, depth first, sorted by name, dotfiles skipped. */
export async function listInputFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listInputFiles(path)));
    else if (
      (entry.isFile() || entry.isSymbolicLink()) &&
      extname(entry.name).toLowerCase() in EXTENSION_FORMATS
    ) {
      files.push(path);
    }
  }
  return files;
}

async function* readOneInput(input: string, options: IngestOptions): AsyncGenerator<InputItem> {
  if (input === "-") {
    const stream = options.stdin ?? process.stdin;
    const bytes = await readStreamCapped(stream, options.maxBytes ?? DEFAULT_MAX_BYTES, "-");
    yield* articlesFromBytes(
      bytes,
      { name: "-", source: { path: "-" }, extensionFormat: null, contentType: null },
      options,
    );
    return;
  }
  if (looksLikeUrl(input)) {
    const page = await fetchUrl(input, options);
    const urlPath = new URL(page.finalUrl).pathname;
    const origin: Origin = {
      name: input,
      source: { url: input },
      // A page's extension says little (".php", ".html" serving a feed); only .jsonl and .json are trusted.
      extensionFormat: /\.(jsonl|ndjson)$/i.test(urlPath) ? "jsonl" : null,
      contentType: page.contentType,
    };
    yield* articlesFromBytes(page.bytes, origin, options);
    return;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(input);
  } catch {
    throw new DossierError("E_INPUT_NOT_FOUND", `${input}: no such file or directory`);
  }
  if (info.isDirectory()) {
    const files = await listInputFiles(input);
    if (files.length === 0)
      throw new DossierError("E_INPUT_EMPTY", `${input}: the directory holds no input files`);
    for (const file of files) yield* readFileInput(file, options);
    return;
  }
  yield* readFileInput(input, options);
}

/**
 * Reads every input — files, directories (recursive), `-` for stdin, http(s)
 * URLs — and yields one item per article in input order: plain text and
 * news records, JSON Lines and JSON records, HTML pages, RSS/Atom feed items.
 * A failing input (or record) yields `{ ok: false }` with a coded
 * DossierError and the rest goes on.
 *
 * @example
 * for await (const item of readInputs(["examples", "https://example.org/feed.xml"])) {
 *   if (item.ok) console.log(item.article.title);
 *   else console.error(`${item.error.code}: ${item.error.message}`);
 * }
 */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    try {
      yield* readOneInput(input, options);
    } catch (err) {
      yield fail(input, err);
    }
  }
}
