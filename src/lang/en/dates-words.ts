/** English calendar words for src/dates (lower case; abbreviations without their period). */

export const MONTHS_EN: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Full month names, one spelling each (the first listed for each month above), for word lists elsewhere. */
export const MONTH_NAMES_EN: readonly string[] = Object.keys(MONTHS_EN).filter(
  (w, i, all) => i === 0 || MONTHS_EN[all[i - 1]] !== MONTHS_EN[w],
);

/** Month names that are also ordinary words: they need a day, a year or a calendar preposition. */
export const AMBIGUOUS_MONTHS_EN: ReadonlySet<string> = new Set(["may", "march", "mar", "jan", "jun", "dec"]);

export const WEEKDAYS_EN: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Weekday names, for word lists elsewhere. */
export const WEEKDAY_NAMES_EN: readonly string[] = Object.keys(WEEKDAYS_EN);

export const SEASONS_EN: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

export const PERIODS_EN: Record<string, "day" | "week" | "month" | "year" | "weekend"> = {
  day: "day",
  week: "week",
  month: "month",
  year: "year",
  weekend: "weekend",
};

/** Words before a period or a weekday that shift it. */
export const SHIFTS_EN: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
  this: 0,
};

export const DAY_WORDS_EN: Record<string, number> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
};

export const PARTS_EN: Record<string, "early" | "mid" | "late"> = {
  early: "early",
  beginning: "early",
  start: "early",
  mid: "mid",
  "mid-": "mid",
  middle: "mid",
  late: "late",
  end: "late",
};

export const FUTURE_CUES_EN: ReadonlySet<string> = new Set([
  "will",
  "'ll",
  "shall",
  "next",
  "expected",
  "due",
  "scheduled",
  "plans",
  "planned",
  "going",
  "upcoming",
]);

/** Deadline words that keep a date ahead even after a completed verb ("postponed until March"). */
export const UNTIL_WORDS_EN: readonly string[] = ["until", "till"];

/** Words that may stand between a deadline word and its date ("by the end", "by early June"). */
export const DEADLINE_FILLERS_EN: readonly string[] = ["the", "in", "a"];

/** Words before a date that make it an end or a target of the act, not its time ("extended to May 1"). */
export const DATE_ENDPOINTS_EN: readonly string[] = ["to", "till", "for", "from", "through", "effective"];

/** Words before a count and a period that count back from the article date: "the past three months". */
export const LAST_COUNT_EN: readonly string[] = ["past", "last", "previous"];

/** Words after a counted span that anchor it elsewhere than the article date ("the last three months of 2024"). */
export const SPAN_ANCHORS_EN: readonly string[] = ["of"];
