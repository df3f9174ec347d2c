import type { ArticleDate } from "../doc/types.ts";
import { datelineDate } from "../segment/dateline.ts";
import { articleDate } from "./dates.ts";

/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 150;

const DATE_HEADER = /^\s*date:?[ \t]+(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=\s|$)[ \t]*/i;

/**
 * Canonical article text: `\n` line endings, whitespace-only lines emptied,
 * at most one blank line between paragraphs, no leading or trailing blank
 * space, NFC.
 *
 * @example
 * normalizeText("Un.\r\n  \r\n\r\nDeux.\r\n") // "Un.\n\nDeux."
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/^[ \t\f\v\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .normalize("NFC");
}

/**
 * Parses the news-record format: an optional leading `date YYYY[-MM[-DD]]`
 * header (possibly after whitespace, the article following on the same line
 * or the next), then the article; a first short line (≤ 150 characters, no
 * final period) followed by a blank line is the title and leaves the text.
 * Without a header, a dateline opening the text gives the date (see dateline.ts).
 *
 * @example
 * parseNewsRecord(" date 2023-09 Le partenariat est signé.")
 * // { text: "Le partenariat est signé.", title: null, date: { value: "2023-09", precision: "month" } }
 * parseNewsRecord("Sommet à Lisbonne\n\nLes ministres se sont réunis.")
 * // { text: "Les ministres se sont réunis.", title: "Sommet à Lisbonne", date: null }
 */
export function parseNewsRecord(raw: string): {
  text: string;
  title: string | null;
  date: ArticleDate | null;
} {
  let body = raw.replace(/^\uFEFF/, "");
  let date: ArticleDate | null = null;
  const header = DATE_HEADER.exec(body);
  if (header) {
    const month = header[2] === undefined ? undefined : Number(header[2]);
    const day = header[3] === undefined ? undefined : Number(header[3]);
    date = articleDate(Number(header[1]), month, day);
    if (date) body = body.slice(header[0].length);
  }
  body = normalizeText(body);
  const { title, text } = splitTitle(body);
  return { text, title, date: date ?? datelineDate(text) };
}

/** Splits a leading title line off normalised text when it looks like one. */
export function splitTitle(body: string): { title: string | null; text: string } {
  const firstBreak = body.indexOf("\n\n");
  if (firstBreak < 0) return { title: null, text: body };
  const first = body.slice(0, firstBreak);
  const rest = body.slice(firstBreak + 2);
  if (first.includes("\n") || rest.trim() === "") return { title: null, text: body };
  const title = first.replace(/^#{1,6}\s+/, "").trim();
  if (title === "" || title.length > MAX_TITLE_LENGTH || /\.$/.test(title))
    return { title: null, text: body };
  return { title, text: rest };
}
