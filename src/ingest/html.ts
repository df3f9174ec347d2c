import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleDate, Source } from "../doc/types.ts";
import { DossierError } from "../errors.ts";
import { datelineDate } from "../segment/dateline.ts";
import { parseDateValue } from "./dates.ts";
import { normalizeText } from "./record.ts";
import type { RawArticle } from "./types.ts";

/** Less extracted text than this is navigation or boilerplate, not an article. */
const MIN_ARTICLE_CHARS = 100;

const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

const SKIPPED_ELEMENTS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "button",
  "select",
  "textarea",
  "head",
]);

/**
 * Plain text of an HTML node: one paragraph per block element, separated by
 * blank lines; `<br>` becomes a line break; inline whitespace collapsed.
 *
 * @example
 * htmlToText(parseHTML("<p>Un <b>deux</b></p><p>trois</p>").document.body) // "Un deux\n\ntrois"
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = () => {
    const paragraph = buffer
      .split("\n")
      .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, (m) => (m.includes("\u00a0") ? "\u00a0" : " ")).trim())
      .filter((line) => line !== "")
      .join("\n");
    if (paragraph !== "") paragraphs.push(paragraph);
    buffer = "";
  };
  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? "";
        buffer += pre ? value : value.replace(/[ \t\r\n\f]+/g, " ");
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName.toLowerCase();
        if (SKIPPED_ELEMENTS.has(tag)) continue;
        if (tag === "br") {
          buffer += "\n";
        } else if (BLOCK_ELEMENTS.has(tag)) {
          flush();
          walk(child, pre || tag === "pre");
          flush();
        } else {
          walk(child, pre);
        }
      }
    }
  };
  walk(root, false);
  flush();
  return normalizeText(paragraphs.join("\n\n"));
}

/**
 * Plain text of an HTML fragment (a feed item's content).
 *
 * @example
 * htmlFragmentToText("<p>Un</p><p>Deux &amp; trois</p>") // "Un\n\nDeux & trois"
 */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return htmlToText(document.body as unknown as Node);
}

/** Primary language subtag, lower case: "fr-FR" → "fr"; anything else → null. */
export function normalizeLang(value: string | null | undefined): string | null {
  const m = value ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9-]*)?\s*$/i.exec(value) : null;
  return m ? m[1].toLowerCase() : null;
}

function cleanString(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed.normalize("NFC") : null;
}

/** `<meta>` contents keyed by lower-cased name, property, itemprop or http-equiv (first wins). */
function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const content = meta.getAttribute("content");
    if (content === null) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attr)?.toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** Values of `key` anywhere in the page's JSON-LD blocks (through @graph and arrays). */
function jsonLdValues(document: Document, key: string): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (key in record) found.push(record[key]);
    for (const v of Object.values(record)) visit(v, depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // Broken JSON-LD is common; the other sources of metadata still count.
    }
  }
  return found;
}

const DATE_META_KEYS = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
];

function findDate(document: Document, meta: Map<string, string>): ArticleDate | null {
  for (const key of DATE_META_KEYS) {
    const date = parseDateValue(meta.get(key));
    if (date) return date;
  }
  for (const value of jsonLdValues(document, "datePublished")) {
    const date = parseDateValue(value);
    if (date) return date;
  }
  for (const time of Array.from(document.querySelectorAll("time[datetime]"))) {
    const date = parseDateValue(time.getAttribute("datetime"));
    if (date) return date;
  }
  return null;
}

function findLang(document: Document, meta: Map<string, string>): string | null {
  const html = document.documentElement;
  return (
    normalizeLang(html?.getAttribute("lang")) ??
    normalizeLang(html?.getAttribute("xml:lang")) ??
    normalizeLang(meta.get("content-language")) ??
    normalizeLang(meta.get("language")) ??
    normalizeLang(meta.get("dc.language")) ??
    normalizeLang(meta.get("og:locale"))
  );
}

function jsonLdName(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(jsonLdName).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : null;
  }
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") {
    return (value as { name: string }).name;
  }
  return null;
}

/**
 * Extracts the article of an HTML page with Readability: title, byline,
 * outlet (og:site_name), date (article:published_time, other date metas,
 * JSON-LD datePublished, `<time datetime>`), language (`<html lang>` or
 * metas) and the body as plain paragraphs. A page without an article throws
 * E_HTML_NO_ARTICLE.
 *
 * @example
 * const article = extractHtmlArticle(html, { url: "https://example.org/a" }, "https://example.org/a");
 * article.text // "Premier paragraphe…\n\nDeuxième…"
 */
export function extractHtmlArticle(html: string, source: Source, name: string): RawArticle {
  const { document: linkedomDocument } = parseHTML(html);
  const document = linkedomDocument as unknown as Document;
  const meta = metaMap(document);
  const date = findDate(document, meta);
  const lang = findLang(document, meta);
  const outlet =
    cleanString(meta.get("og:site_name")) ??
    cleanString(jsonLdValues(document, "publisher").map(jsonLdName).find(Boolean) ?? null);
  const metaAuthor = meta.get("author") ?? meta.get("article:author") ?? meta.get("dc.creator");
  const fallbackTitle = cleanString(document.querySelector("title")?.textContent);

  let parsed: ReturnType<Readability<Node>["parse"]>;
  try {
    parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (err) {
    throw new DossierError(
      "E_HTML_NO_ARTICLE",
      `${name}: the page could not be read (${(err as Error).message})`,
      {
        cause: err,
      },
    );
  }
  let text = parsed?.content ? htmlToText(parsed.content) : "";
  if (text.replace(/\s+/g, "").length < MIN_ARTICLE_CHARS) {
    throw new DossierError("E_HTML_NO_ARTICLE", `${name}: no article could be found in the HTML page`);
  }
  const title = cleanString(parsed?.title) ?? fallbackTitle;
  // Readability often keeps the headline as the first block; the title is stored apart.
  if (title && text.startsWith(`${title}\n\n`)) text = text.slice(title.length + 2);

  const byline =
    cleanString(parsed?.byline) ??
    (metaAuthor && !/^https?:/.test(metaAuthor) ? cleanString(metaAuthor) : null);
  // A byline line left at the top of the body ("Par Claire Vasseur") is metadata, not text.
  const firstBreak = text.indexOf("\n\n");
  if (byline && firstBreak > 0) {
    const first = text
      .slice(0, firstBreak)
      .replace(/^(par|by|de)\s+/i, "")
      .trim();
    if (first === byline) text = text.slice(firstBreak + 2);
  }
  const fullSource: Source = { ...source };
  const siteName = outlet ?? cleanString(parsed?.siteName);
  if (siteName) fullSource.outlet = siteName;
  if (byline) fullSource.byline = byline;
  return {
    text,
    title,
    date: date ?? parseDateValue(parsed?.publishedTime) ?? datelineDate(text),
    lang: lang ?? normalizeLang(parsed?.lang),
    source: fullSource,
  };
}
