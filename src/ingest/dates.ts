import type { ArticleDate } from "../doc/types.ts";

const ISO_DATE = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Builds an {@link ArticleDate} from its parts, or null when they do not form a real date.
 *
 * @example
 * articleDate(2023, 9) // { value: "2023-09", precision: "month" }
 */
export function articleDate(year: number, month?: number, day?: number): ArticleDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === undefined) return { value: String(year), precision: "year" };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: "month" };
  if (!validDay(year, month, day)) return null;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

/** The calendar day of a JavaScript Date, in UTC. */
export function dateFromJs(date: Date | null | undefined): ArticleDate | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return articleDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Parses a publication date keeping its precision. ISO forms keep the
 * calendar day as written (a timestamp's offset is not applied: the outlet's
 * local day is the publication day); other forms (RFC 2822, "14 Sep 2023")
 * go through `Date` and give the UTC day. Unparseable → null.
 *
 * @example
 * parseDateValue("2023-09") // { value: "2023-09", precision: "month" }
 * parseDateValue("2023-09-14T22:30:00-05:00") // { value: "2023-09-14", precision: "day" }
 * parseDateValue("2023") // { value: "2023", precision: "year" }
 */
export function parseDateValue(value: unknown): ArticleDate | null {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) return articleDate(value);
    // Epoch seconds or milliseconds.
    return dateFromJs(new Date(value < 1e11 ? value * 1000 : value));
  }
  if (typeof value !== "string") return null;
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const month = iso[2] === undefined ? undefined : Number(iso[2]);
    const day = iso[3] === undefined ? undefined : Number(iso[3]);
    return articleDate(Number(iso[1]), month, day);
  }
  if (!/[a-z]/i.test(value) || !/\d{4}/.test(value)) return null;
  return dateFromJs(new Date(value));
}
