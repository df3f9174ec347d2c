/**
 * The publication date of an article whose metadata has none, read from the
 * dateline that opens its text: « 22 mai 2012. - Le lancement… », « PARIS, 3
 * juillet 2012 (AFP) – », "WASHINGTON, March 4, 2024 — ", "4 March 2024. –".
 * Only the first two lines are read (a standfirst or a repeated headline may
 * come first), and only a full day-month-year date opening one counts: a date
 * further in is an event date, not the article's.
 */

import type { ArticleDate } from "../doc/types.ts";
import { MONTHS_EN, WEEKDAYS_EN } from "../lang/en/dates-words.ts";
import { MONTHS_FR, WEEKDAYS_FR } from "../lang/fr/dates-words.ts";
import { alternation } from "../lang/pattern.ts";
import { articleDate } from "./dates.ts";

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
