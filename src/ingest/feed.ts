import { parseFeed } from "@rowanmanning/feed-parser";
import type { ArticleDate } from "../doc/types.ts";
import { DossierError } from "../errors.ts";
import { dateFromJs } from "./dates.ts";
import { htmlFragmentToText, normalizeLang } from "./html.ts";

export interface FeedEntry {
  title: string | null;
  url: string | null;
  date: ArticleDate | null;
  byline: string | null;
  /** Plain text of the item's content, or of its summary when it has none. */
  text: string;
}

export interface ParsedFeed {
  outlet: string | null;
  lang: string | null;
  entries: FeedEntry[];
}

/** HTML elements that RSS authors leave unclosed inside unescaped markup. */
const VOID_ELEMENTS = new Set(["br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area"]);

const XML_TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>|<(\/?)([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Checks that the elements of an XML document nest and close. The feed
 * parser is lenient and reads a truncated file without complaint; a cut or
 * mangled feed must be reported instead (E_FEED_PARSE).
 *
 * @example
 * checkXmlNesting("<rss><channel></channel></rss>", "f.xml") // ok
 * checkXmlNesting("<rss><channel>", "f.xml") // throws E_FEED_PARSE
 */
export function checkXmlNesting(xml: string, name: string): void {
  const stack: string[] = [];
  const lineAt = (index: number) => xml.slice(0, index).split("\n").length;
  for (const match of xml.matchAll(XML_TOKEN)) {
    const tagName = match[2];
    if (!tagName) continue;
    if (match[0].endsWith("/>")) continue;
    if (match[1] !== "/") {
      stack.push(tagName);
      continue;
    }
    while (
      stack.length &&
      stack[stack.length - 1] !== tagName &&
      VOID_ELEMENTS.has(stack[stack.length - 1].toLowerCase())
    ) {
      stack.pop();
    }
    const open = stack.pop();
    if (open !== tagName) {
      throw new DossierError(
        "E_FEED_PARSE",
        `${name}: line ${lineAt(match.index)}: </${tagName}> ${open ? `closes <${open}>` : "closes nothing"}`,
      );
    }
  }
  const unclosed = stack.filter((tag) => !VOID_ELEMENTS.has(tag.toLowerCase()));
  if (unclosed.length) {
    throw new DossierError(
      "E_FEED_PARSE",
      `${name}: the feed is cut off (<${unclosed[unclosed.length - 1]}> never closed)`,
    );
  }
}

/**
 * Parses an RSS or Atom feed into entries with plain text, title, link,
 * date and authors. Broken XML throws E_FEED_PARSE.
 *
 * @example
 * const feed = parseFeedText(xml, "news.rss");
 * feed.entries[0].title // "Sommet à Lisbonne"
 */
export function parseFeedText(xml: string, name: string): ParsedFeed {
  checkXmlNesting(xml, name);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw new DossierError("E_FEED_PARSE", `${name}: ${(err as Error).message}`, { cause: err });
  }
  const entries = feed.items.map((item): FeedEntry => {
    const html = item.content ?? item.description ?? "";
    const authors = item.authors.map((a) => a.name).filter((n): n is string => !!n);
    return {
      title: item.title?.trim() ? item.title.trim().normalize("NFC") : null,
      url: item.url,
      date: dateFromJs(item.published ?? item.updated),
      byline: authors.length ? authors.join(", ").normalize("NFC") : null,
      text: html ? htmlFragmentToText(html) : "",
    };
  });
  return {
    outlet: feed.title?.trim() ? feed.title.trim().normalize("NFC") : null,
    lang: normalizeLang(feed.language),
    entries,
  };
}
