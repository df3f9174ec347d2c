import type { ArticleDate, DatePrecision } from "../doc/types.ts";

/**
 * What a date expression states, before it meets the article date. Fields
 * written in the text are "stated"; everything else comes from the anchor.
 */
export type DateExpr =
  /** Calendar fields as written: « en 2022 », « le 3 mars », « March 11, 2025 ». */
  | {
      kind: "calendar";
      year?: number;
      month?: number;
      day?: number;
      direction?: Direction;
      /** Year counted from the article date: "March 20 last year" (−1), « en janvier de cette année » (0). */
      yearShift?: number;
    }
  /** A weekday: « mardi », « mardi dernier », "next Tuesday"; `current`: « ce samedi », "this Saturday" (today if it is that day). */
  | { kind: "weekday"; weekday: number; direction?: Direction; current?: boolean }
  /** A period counted from the article date: « hier » (day −1), « le mois dernier » (month −1), « il y a trois ans ». */
  | {
      kind: "relative";
      unit: "day" | "week" | "weekend" | "month" | "year";
      shift: number;
      direction?: Direction;
    }
  /** A season: « l'automne dernier », "by the summer". */
  | { kind: "season"; months: [number, number]; year?: number; shift?: number; direction?: Direction };

/**
 * Which way an unshifted expression points from the article date (tense, « depuis », « prochain »);
 * "recent": a past-tense verb's date, in the past unless it falls within two months after the article
 * date ("announced … effective July 31", « a prolongé le confinement au 1er mai »).
 */
export type Direction = "past" | "future" | "nearest" | "recent";

/** Months after the article date within which a "recent" date may still lie ahead. */
const RECENT_AHEAD_MONTHS = 2;

export interface ResolvedDate {
  value: string;
  precision: DatePrecision;
  endValue?: string;
}

/** The article date as numbers; unknown month and day are 1. */
export interface Anchor {
  year: number;
  month: number;
  day: number;
  precision: DatePrecision;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

export function anchorOf(date: ArticleDate | null | undefined): Anchor | null {
  if (!date) return null;
  const [y, m, d] = date.value.split("-").map(Number);
  if (!Number.isInteger(y)) return null;
  return { year: y, month: m || 1, day: d || 1, precision: date.precision };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** ISO value cut to a precision. */
export function formatDate(year: number, month: number, day: number, precision: DatePrecision): string {
  if (precision === "year") return String(year);
  if (precision === "month") return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function finer(a: DatePrecision, b: DatePrecision): boolean {
  return RANK[a] > RANK[b];
}

function coarsest(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** A UTC day as [y, m, d] after adding days. */
function addDays(y: number, m: number, d: number, days: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** ISO weekday (1 = Monday … 7 = Sunday). */
function isoWeekday(y: number, m: number, d: number): number {
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The anchor itself at its own precision (the fallback when a shift is finer than it). */
function anchorValue(a: Anchor): ResolvedDate {
  return { value: formatDate(a.year, a.month, a.day, a.precision), precision: a.precision };
}

/**
 * Resolves a date expression against the article date, never more precise
 * than the text and the article date allow together:
 *
 * - fields the text states keep their precision whatever the article date
 *   (« le 3 mars » in an article dated 2025 → 2025-03-03, day; the year is
 *   the anchor's, or the nearest one when the anchor has a month);
 * - a shift counted from the article date (« mardi », « hier », « la semaine
 *   dernière », « le mois dernier ») is exact only when the article date is at
 *   least as precise as the shift's unit; otherwise the result is the article
 *   date at its own precision (« mardi » in an article dated 2023-09 →
 *   2023-09, month), the period the shifted day most likely falls in.
 *
 * @example
 * resolveDate({ kind: "weekday", weekday: 2 }, anchorOf({ value: "2023-09", precision: "month" }))
 * // { value: "2023-09", precision: "month" }
 */
export function resolveDate(expr: DateExpr, a: Anchor | null): ResolvedDate | null {
  switch (expr.kind) {
    case "calendar":
      return resolveCalendar(expr, a);
    case "weekday": {
      if (!a) return null;
      if (a.precision !== "day") return anchorValue(a);
      const today = isoWeekday(a.year, a.month, a.day);
      let delta = expr.weekday - today;
      if (expr.direction === "future") {
        if (delta < 0 || (delta === 0 && !expr.current)) delta += 7;
      } else if (delta > 0) delta -= 7;
      const [y, m, d] = addDays(a.year, a.month, a.day, delta);
      return { value: formatDate(y, m, d, "day"), precision: "day" };
    }
    case "relative": {
      if (!a) return null;
      const { unit, shift } = expr;
      if (unit === "year") return { value: String(a.year + shift), precision: "year" };
      if (unit === "month") {
        if (a.precision === "year") return anchorValue(a);
        const t = a.year * 12 + (a.month - 1) + shift;
        return { value: formatDate(Math.floor(t / 12), (t % 12) + 1, 1, "month"), precision: "month" };
      }
      if (a.precision !== "day") return anchorValue(a);
      if (unit === "day") {
        const [y, m, d] = addDays(a.year, a.month, a.day, shift);
        return { value: formatDate(y, m, d, "day"), precision: "day" };
      }
      const today = isoWeekday(a.year, a.month, a.day);
      if (unit === "week") {
        const [y, m, d] = addDays(a.year, a.month, a.day, 1 - today + 7 * shift);
        const [y2, m2, d2] = addDays(y, m, d, 6);
        return {
          value: formatDate(y, m, d, "day"),
          precision: "day",
          endValue: formatDate(y2, m2, d2, "day"),
        };
      }
      // weekend: Saturday and Sunday; « ce week-end » is the coming one in the future tense, else the last
      let saturday = 6 - today;
      if (shift < 0 || (shift === 0 && expr.direction !== "future")) {
        if (saturday > 0) saturday -= 7;
        if (shift < 0 && today >= 6) saturday -= 7;
        if (shift < -1) saturday += 7 * (shift + 1);
      } else if (shift > 0) saturday += 7 * (shift - (saturday === 0 ? 0 : 1));
      const [y, m, d] = addDays(a.year, a.month, a.day, saturday);
      const [y2, m2, d2] = addDays(y, m, d, 1);
      return { value: formatDate(y, m, d, "day"), precision: "day", endValue: formatDate(y2, m2, d2, "day") };
    }
    case "season":
      return resolveSeason(expr, a);
  }
}

function resolveCalendar(
  expr: { year?: number; month?: number; day?: number; direction?: Direction; yearShift?: number },
  a: Anchor | null,
): ResolvedDate | null {
  const { month, day } = expr;
  let year = expr.year ?? (expr.yearShift !== undefined && a ? a.year + expr.yearShift : undefined);
  const precision: DatePrecision = month === undefined ? "year" : day === undefined ? "month" : "day";
  if (year === undefined) {
    if (!a || month === undefined) return null;
    year = a.year;
    if (a.precision !== "year") {
      // the year that puts the month nearest the article date, in the direction the text points
      const here = a.year * 12 + a.month;
      let best = year;
      let bestCost = Number.POSITIVE_INFINITY;
      for (const y of [a.year - 1, a.year, a.year + 1]) {
        const diff = y * 12 + month - here;
        const sameMonthDay = diff === 0 && day !== undefined && a.precision === "day" ? day - a.day : diff;
        // a tie (six months either way) goes to the article's own year
        let cost = Math.abs(diff) + (y === a.year ? 0 : 0.5);
        if (expr.direction === "past" && sameMonthDay > 0) cost += 100;
        if (expr.direction === "recent" && diff > RECENT_AHEAD_MONTHS) cost += 100;
        if (expr.direction === "future" && sameMonthDay < 0) cost += 100;
        if (cost < bestCost) {
          bestCost = cost;
          best = y;
        }
      }
      year = best;
    }
  }
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && !validDay(year, month ?? 1, day)) return null;
  return { value: formatDate(year, month ?? 1, day ?? 1, precision), precision };
}

function resolveSeason(
  expr: { months: [number, number]; year?: number; shift?: number; direction?: Direction },
  a: Anchor | null,
): ResolvedDate | null {
  const [first, last] = expr.months;
  let year = expr.year;
  if (year === undefined) {
    if (!a) return null;
    if (a.precision === "year") return anchorValue(a);
    const here = a.year * 12 + a.month;
    const length = (last - first + 12) % 12;
    const startOf = (y: number) => y * 12 + first;
    const years = [a.year - 2, a.year - 1, a.year, a.year + 1];
    const containing = years.find((y) => startOf(y) <= here && here <= startOf(y) + length);
    const lastEnded = years.filter((y) => startOf(y) + length < here).at(-1) ?? a.year - 1;
    const nextStarting = years.find((y) => startOf(y) > here) ?? a.year + 1;
    const shift = expr.shift ?? 0;
    if (shift < 0) year = lastEnded + shift + 1;
    else if (shift > 0) year = nextStarting + shift - 1;
    else if (containing !== undefined) year = containing;
    else if (expr.direction === "past") year = lastEnded;
    else if (expr.direction === "future") year = nextStarting;
    else
      year = here - (startOf(lastEnded) + length) <= startOf(nextStarting) - here ? lastEnded : nextStarting;
  }
  const endYear = last < first ? year + 1 : year;
  return {
    value: formatDate(year, first, 1, "month"),
    precision: "month",
    endValue: formatDate(endYear, last, 1, "month"),
  };
}

/**
 * The end of a « depuis X » / "since X" range: the article date, cut to the
 * precision of X and never finer than the article date.
 */
export function sinceEnd(start: ResolvedDate, a: Anchor | null): string | undefined {
  if (!a) return undefined;
  const p = coarsest(start.precision, a.precision);
  return formatDate(a.year, a.month, a.day, p);
}

/** Cuts a resolved date to a precision (for range ends that must agree). */
export function cutTo(value: string, precision: DatePrecision): string {
  return precision === "year" ? value.slice(0, 4) : precision === "month" ? value.slice(0, 7) : value;
}

export { coarsest, finer };
