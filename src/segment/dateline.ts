/**
 * The publication date of an article whose metadata has none, read from the
 * dateline that opens its text: « 22 mai 2012. - Le lancement… », « PARIS, 3
 * juillet 2012 (AFP) – », "WASHINGTON, March 4, 2024 — ", "4 March 2024. –".
 * Only the first two lines are read (a standfirst or a repeated headline may
 * come first), and only a full day-month-year date opening one counts: a date
 * further in is an event date, not the article's.
 */

import type { ArticleDate } from "../doc/types.ts";
import { articleDate } from "../ingest/dates.ts";
import { MONTHS_EN, WEEKDAYS_EN } from "../lang/en/dates-words.ts";
import { MONTHS_FR, WEEKDAYS_FR } from "../lang/fr/dates-words.ts";
import { alternation } from "../lang/pattern.ts";

const MONTHS: Record<string, number> = { ...MONTHS_FR, ...MONTHS_EN };
const MONTH = `(${alternation(Object.keys(MONTHS))})\\.?`;
const WEEKDAY = `(?:(?:${alternation([...Object.keys(WEEKDAYS_FR), ...Object.keys(WEEKDAYS_EN)])}),?\\s+)?`;
/** A place in capitals or title case before the date: « PARIS, », "Washington (Reuters), ". */
const PLACE = String.raw`(?:\p{Lu}[\p{L}'’. -]{1,40}(?:\s*\([^)\n]{1,30}\))?\s*,\s*)?`;
/** What may end a dateline: « . - », « – », "—", ":", a bracketed agency or a place after a comma, the line end. */
const END = String.raw`\s*(?:\([^)\n]{1,30}\)\s*|,\s*\p{Lu}[\p{L}'’ -]{1,40})?(?:[.]?\s*[-–—:]|\.(?=\s)|$)`;
const DAY_FIRST = new RegExp(String.raw`^${PLACE}${WEEKDAY}(1er|\d{1,2})\s+${MONTH}\s+(\d{4})${END}`, "iu");
const MONTH_FIRST = new RegExp(
  String.raw`^${PLACE}${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${END}`,
  "iu",
);

/**
 * The date of a dateline at the start of `text`, day precision, or null.
 *
 * @example
 * datelineDate("22 mai 2012. - Le lancement a été reporté."); // { value: "2012-05-22", precision: "day" }
 * datelineDate("WASHINGTON, March 4, 2024 — Talks resumed."); // { value: "2024-03-04", precision: "day" }
 * datelineDate("Le 22 mai 2012, le lancement a été reporté."); // null: a sentence, not a dateline
 */
export function datelineDate(text: string): ArticleDate | null {
  const lines = text
    .slice(0, 600)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 2);
  for (const line of lines) {
    const date = lineDate(line.trim());
    if (date) return date;
  }
  return null;
}

/**
 * A place in capitals with an agency and no full date: "WASHINGTON (Reuters) - ", « PARIS (AFP) — »,
 * "NAIROBI, Jan 12 (Reuters) - " (a wire's day without its year).
 */
const PLACE_AGENCY =
  /^\p{Lu}[\p{Lu}'’. -]{1,40}(?:,\s*[\p{L}\p{N}][\p{L}\p{N}'’. -]{1,30})?\s*\([^)\n]{1,30}\)\s*[-–—:]/u;
/** The separator a dateline must end with to be cut off from the sentence after it. */
const DASH_END = /[-–—:]\s*$/u;

/**
 * How many characters of `paragraph` a dateline takes before the sentence it
 * opens (separator and spaces included), or 0: « Séoul, 14 mars 2025 — La
 * Corée du Nord… » gives the length of « Séoul, 14 mars 2025 — ». Only a
 * dateline ended by a dash or a colon counts (one ended by a full stop is a
 * sentence of its own already).
 *
 * @example
 * datelineLength("WASHINGTON (Reuters) - Talks resumed."); // 23
 * datelineLength("Le 22 mai 2012, le lancement a été reporté."); // 0
 */
export function datelineLength(paragraph: string): number {
  const m = DAY_FIRST.exec(paragraph) ?? MONTH_FIRST.exec(paragraph) ?? PLACE_AGENCY.exec(paragraph);
  if (!m || !DASH_END.test(m[0])) return 0;
  let end = m[0].length;
  while (end < paragraph.length && /\s/u.test(paragraph[end])) end++;
  // Nothing after it: the paragraph is the dateline.
  return end < paragraph.length ? end : 0;
}

function lineDate(line: string): ArticleDate | null {
  const dayFirst = DAY_FIRST.exec(line);
  if (dayFirst) {
    const day = dayFirst[1] === "1er" ? 1 : Number(dayFirst[1]);
    return articleDate(Number(dayFirst[3]), MONTHS[dayFirst[2].toLowerCase()], day);
  }
  const monthFirst = MONTH_FIRST.exec(line);
  if (monthFirst)
    return articleDate(Number(monthFirst[3]), MONTHS[monthFirst[1].toLowerCase()], Number(monthFirst[2]));
  return null;
}
