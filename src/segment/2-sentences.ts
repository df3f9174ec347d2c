import type { Doc } from "../doc/doc.ts";
import type { Range } from "../doc/types.ts";
import { getLanguage } from "../lang/index.ts";
import type { LanguageData } from "../lang/types.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { isSpace } from "./1-paragraphs.ts";
import { datelineLength } from "./dateline.ts";

/** A quotation at most this long is never split in two sentences. */
const SHORT_QUOTATION = 60;
/** A dateline opens one of the first two paragraphs (a headline may come first), near the start. */
const DATELINE_PARAGRAPHS = 2;
const DATELINE_WITHIN = 600;

const OPENING_QUOTES = "«“‹„";
const CLOSING_QUOTES = "»”›\"’'";
const CLOSING_AFTER_BREAK = /^[»”›"’')\]\s\u00a0\u202f]+/u;
const LOWER_START = /^[\s\u00a0\u202f»”›"’')\]]*(?:\p{Ll}|[,;:)\]])/u;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^(?:\p{L}\.-?){2,}$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === "xx" ? "en" : lang, { granularity: "sentence" });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Sentence boundaries: Intl.Segmenter proposes, the language tables dispose.
 * Candidate breaks are dropped after abbreviations and initials, before a
 * lower-case continuation (« … ? » a-t-il demandé), and inside a short quotation;
 * closing quote marks the segmenter pushes to the next sentence are re-attached.
 *
 * @example
 * splitSentences("M. Dupont est arrivé. Il a parlé.", [{start: 0, end: 33}], getLanguage("fr"));
 * // [{start: 0, end: 21}, {start: 22, end: 33}]
 */
export function splitSentences(text: string, paragraphs: readonly Range[], lang: LanguageData): Range[] {
  const out: Range[] = [];
  const segmenter = segmenterFor(lang.code);
  for (const [index, para] of paragraphs.entries()) {
    const ptext = text.slice(para.start, para.end);
    const quotes = shortQuotations(ptext);
    let sentStart = 0;
    // A dateline (« Séoul, 14 mars 2025 — ») opening one of the first paragraphs is
    // a segment of its own: its place is where the news was filed, not an actor.
    if (index < DATELINE_PARAGRAPHS && para.start < DATELINE_WITHIN) {
      sentStart = datelineLength(ptext);
      if (sentStart > 0) pushTrimmed(out, text, para.start, para.start + sentStart);
    }
    let prevEnd = -1;
    for (let at of candidateBreaks(segmenter, ptext)) {
      if (at <= prevEnd || at <= sentStart) continue;
      // Closing quotes (and the space before them) belong to the sentence they close.
      const pushed = CLOSING_AFTER_BREAK.exec(ptext.slice(at, at + 8));
      if (pushed && /[»”›"’')\]]/u.test(pushed[0])) {
        const lastMark = lastIndexOfAny(pushed[0], "»”›\"’')]");
        at += lastMark + 1;
        prevEnd = at;
        if (at >= ptext.length) continue;
      }
      // A straight quote left at the end is the next sentence's opening quote.
      at = openingQuoteBack(ptext, at);
      if (keepBreak(ptext, sentStart, at, quotes, lang)) {
        pushTrimmed(out, text, para.start + sentStart, para.start + at);
        sentStart = at;
      }
    }
    pushTrimmed(out, text, para.start + sentStart, para.end);
  }
  return out;
}

/** Intl.Segmenter's breaks, plus breaks after an ellipsis before a capital (ICU does not end sentences at "…"). */
function candidateBreaks(segmenter: Intl.Segmenter, p: string): number[] {
  const out: number[] = [];
  for (const seg of segmenter.segment(p)) if (seg.index > 0) out.push(seg.index);
  if (p.includes("…") || p.includes("...")) {
    for (const m of p.matchAll(/(?:…|\.\.\.)[»”"]?[ \u00a0\u202f]+(?=[\p{Lu}«“"])/gu)) {
      const at = m.index + m[0].length;
      if (!out.includes(at)) out.push(at);
    }
    out.sort((a, b) => a - b);
  }
  return out;
}

function keepBreak(p: string, sentStart: number, at: number, quotes: Range[], lang: LanguageData): boolean {
  const before = p.slice(sentStart, at).trimEnd();
  const after = p.slice(at, at + 12);
  if (before.length === 0) return false;
  if (LOWER_START.test(after)) return false;
  for (const q of quotes) if (at > q.start && at < q.end) return false;
  const last = before.slice(before.lastIndexOf(" ") + 1).replace(/^[«“‹„("'[]+/u, "");
  if (last.endsWith(".")) {
    if (lang.sentenceFinalAbbreviations.has(last)) {
      // "the U.S. Congress" goes on; "in the U.S. The …" breaks.
      const next = /^[\s«“"'(]*([\p{L}'’.]+)/u.exec(p.slice(at, at + 20))?.[1] ?? "";
      return lang.sentenceStarters.has(next.toLowerCase().replace(/’/g, "'"));
    }
    if (lang.abbreviations.has(last) || INITIAL.test(last) || ACRONYM.test(last)) return false;
  }
  return true;
}

/** Quotations in « » or “ ” no longer than SHORT_QUOTATION, which must not be split. */
function shortQuotations(p: string): Range[] {
  const out: Range[] = [];
  const stack: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "«" || c === "“") stack.push(i);
    else if ((c === "»" || c === "”") && stack.length > 0) {
      const open = stack.pop()!;
      if (stack.length === 0 && i - open <= SHORT_QUOTATION) out.push({ start: open, end: i });
    }
  }
  return out;
}

/** Moves a break back before a straight double quote that opens the next sentence (`know. "We …`). */
function openingQuoteBack(p: string, at: number): number {
  let k = at - 1;
  while (k > 0 && isSpace(p.charCodeAt(k))) k--;
  if (p[k] !== '"' || !isSpace(p.charCodeAt(k - 1))) return at;
  let count = 0;
  for (let i = 0; i < k; i++) if (p.charCodeAt(i) === 34) count++;
  return count % 2 === 0 ? k : at;
}

function lastIndexOfAny(s: string, chars: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (chars.includes(s[i])) return i;
  return -1;
}

function pushTrimmed(out: Range[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

export const sentences: Component = {
  name: "sentences",
  needs: ["paragraphs"],
  adds: ["sentences"],
  run(doc: Doc): Doc {
    doc.sentences = splitSentences(doc.text, doc.paragraphs, getLanguage(doc.lang));
    return doc;
  },
};

export { CLOSING_QUOTES, OPENING_QUOTES };
