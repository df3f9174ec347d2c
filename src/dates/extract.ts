import * as chrono from "chrono-node";
import type { Doc } from "../doc/doc.ts";
import type { DateMention } from "../doc/types.ts";
import { MONTHS_EN, WEEKDAYS_EN } from "../lang/en/dates-words.ts";
import { MONTHS_FR, PARTS_FR, WEEKDAYS_FR } from "../lang/fr/dates-words.ts";
import {
  type Anchor,
  anchorOf,
  type DateExpr,
  formatDate,
  type ResolvedDate,
  resolveDate,
  sinceEnd,
} from "./resolve.ts";
import { type DateMatch, findDateExpressions } from "./rules.ts";

const LEADING_FR = new Set(["le", "du", "au", "à", "en"]);
const LEADING_EN = new Set(["on", "in", "at", "by", "during", "before", "until", "the"]);

/** A preposition to leave out of the span; « le », "the" only before a figure or a weekday (keeps « le mois dernier »). */
function leading(doc: Doc, i: number, lead: ReadonlySet<string>): boolean {
  const w = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase();
  const next = doc.text.slice(doc.tokens.start[i + 1], doc.tokens.end[i + 1]).toLowerCase();
  if (w === "la") return PARTS_FR[next] !== undefined; // à la fin du mois → fin du mois
  if (!lead.has(w)) return false;
  if (w !== "le" && w !== "the") return true;
  return /^\d/.test(next) || WEEKDAYS_FR[next] !== undefined || WEEKDAYS_EN[next] !== undefined;
}

/** Numeric dates chrono reads well: 12/08/2001, 2001-08-12, 12.08.2001. */
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/**
 * Finds and resolves the dates of a French or English document against its
 * article date (`doc.date`). The project's own rules read the journalistic
 * forms (relative days and periods, parts of months, seasons, « depuis »,
 * ranges, durations left alone); chrono-node's strict parser then reads what
 * is left in sentences that still hold a month name or a numeric date. See
 * `resolveDate` for the precision rule.
 *
 * @example
 * extractDates(doc) // [{ text: "la semaine dernière", value: "2025-02-03", endValue: "2025-02-09", precision: "day", … }]
 */
export function extractDates(doc: Doc): DateMention[] {
  if (doc.lang !== "fr" && doc.lang !== "en") return [];
  const anchor = anchorOf(doc.date);
  const matches = findDateExpressions(doc);
  const out: DateMention[] = [];
  const starts = doc.tokens.start;
  const ends = doc.tokens.end;
  const lead = doc.lang === "fr" ? LEADING_FR : LEADING_EN;
  for (const m of matches) {
    // spans leave out a leading preposition or article (« le 3 mars » → 3 mars, "on Tuesday" → Tuesday)
    let from = m.from;
    while (!m.until && from < m.to - 1 && leading(doc, from, lead)) from++;
    const mention = toMention(doc, starts[from], ends[m.to - 1], m, anchor);
    if (mention) out.push(mention);
  }
  const extra = chronoFallback(doc, out, anchor);
  if (extra.length === 0) return out;
  return [...out, ...extra].sort((a, b) => a.start - b.start);
}

function toMention(
  doc: Doc,
  start: number,
  end: number,
  m: DateMatch,
  anchor: Anchor | null,
): DateMention | null {
  const r = resolveDate(m.expr, anchor);
  if (!r) return null;
  const mention: DateMention = {
    start,
    end,
    text: doc.text.slice(start, end),
    value: r.value,
    precision: r.precision,
  };
  if (m.since) {
    const until = sinceEnd(r, anchor);
    if (until && until !== r.value) mention.endValue = until;
  } else if (m.until) {
    const u = resolveDate(m.until, anchor);
    if (u) mention.endValue = u.endValue ?? u.value;
  } else if (r.endValue) mention.endValue = r.endValue;
  return mention;
}

/**
 * A whole word (a maximal run of letters) of the lower-cased text that is a month key of more than
 * three letters: one regex instead of splitting the sentence into words. "constructor" is in as
 * well, since a plain-object lookup finds it (the behaviour this replaces).
 */
function monthWordPattern(months: Record<string, number>): RegExp {
  const keys = Object.keys(months).filter((k) => k.length > 3 && /^\p{L}+$/u.test(k));
  keys.push("constructor");
  return new RegExp(`(?<!\\p{L})(?:${keys.join("|")})(?!\\p{L})`, "u");
}
const MONTH_WORD_FR = monthWordPattern(MONTHS_FR);
const MONTH_WORD_EN = monthWordPattern(MONTHS_EN);

function sentenceNeedsChrono(text: string, lang: "fr" | "en"): boolean {
  if (NUMERIC_DATE.test(text)) return true;
  return (lang === "fr" ? MONTH_WORD_FR : MONTH_WORD_EN).test(text.toLowerCase());
}

/** chrono-node strict parsing of sentences where a month name or a numeric date is not yet covered. */
function chronoFallback(doc: Doc, found: DateMention[], anchor: Anchor | null): DateMention[] {
  const lang = doc.lang as "fr" | "en";
  const out: DateMention[] = [];
  const parser = lang === "fr" ? chrono.fr.strict : chrono.en.strict;
  const ref = anchor ? new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)) : new Date(0);
  const months = lang === "fr" ? MONTHS_FR : MONTHS_EN;
  let k = 0;
  for (const s of doc.sentences) {
    // the sentence's text outside what the rules found
    let rest = "";
    let pos = s.start;
    while (k < found.length && found[k].end <= s.start) k++;
    for (let j = k; j < found.length && found[j].start < s.end; j++) {
      rest +=
        doc.text.slice(pos, Math.max(pos, found[j].start)) +
        " ".repeat(Math.max(0, found[j].end - Math.max(pos, found[j].start)));
      pos = Math.max(pos, found[j].end);
    }
    rest += doc.text.slice(pos, s.end);
    if (!sentenceNeedsChrono(rest, lang)) continue;
    for (const r of parser.parse(rest, ref)) {
      const start = s.start + r.index;
      const end = start + r.text.length;
      const hasMonth = (r.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => months[w] !== undefined);
      if (!hasMonth && !NUMERIC_DATE.test(r.text)) continue;
      if (!r.start.isCertain("month")) continue;
      const expr: DateExpr = {
        kind: "calendar",
        year: r.start.isCertain("year") ? r.start.get("year")! : undefined,
        month: r.start.get("month")!,
        day: r.start.isCertain("day") ? r.start.get("day")! : undefined,
      };
      const resolved: ResolvedDate | null = resolveDate(expr, anchor);
      if (!resolved) continue;
      const mention: DateMention = {
        start,
        end,
        text: doc.text.slice(start, end),
        value: resolved.value,
        precision: resolved.precision,
      };
      if (r.end?.isCertain("month")) {
        const e = resolveDate(
          {
            kind: "calendar",
            year: r.end.isCertain("year") ? r.end.get("year")! : undefined,
            month: r.end.get("month")!,
            day: r.end.isCertain("day") ? r.end.get("day")! : undefined,
          },
          anchor,
        );
        if (e) mention.endValue = e.value;
      }
      out.push(mention);
    }
  }
  return out;
}

export { formatDate };
