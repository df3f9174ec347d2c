import type { Doc } from "../doc/doc.ts";
import { TokenTable } from "../doc/tokens.ts";
import type { Range } from "../doc/types.ts";
import { getLanguage } from "../lang/index.ts";
import type { LanguageData } from "../lang/types.ts";
import type { Component } from "../pipeline/pipeline.ts";

// Sticky patterns tried in order at each position.
const URL = /(?:https?:\/\/|www\.)[^\s«»“”"<>]+[^\s«»“”"<>.,;:!?)\]]/uy;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/uy;
/** "U.S.", "É.-U.", "U.S.A." */
const DOTTED = /\p{Lu}\.(?:-?\p{Lu}\.)+/uy;
/** 3,5 · 1,200.50 · 325 000 (French digit groups, spaces of any width) · 20e · 1er · 20th */
/** Times and numeric dates: 10:30 · 12/08/2001 · 2001-08-12 */
const CLOCK_OR_DATE = /\d{1,4}(?:[:/]\d{1,4})+(?![\p{L}\p{N}])|\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/uy;
/** Bare domains and file names: example.com · rapport.pdf */
const DOMAIN =
  /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|int|info|io|fr|be|ch|ca|uk|de|eu|ru|ua|pdf|doc|docx|html?|xlsx?|jpe?g|png)(?![\p{L}\p{N}])/uy;
const NUMBER_FR = /\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*(?:er|re|ère|e|ème|es|ᵉ)?(?![\p{L}\p{N}])/uy;
/** 3.5 · 1,200.50 · 20th · 1990s · and glued units or scales kept whole: 3.5bn, 152mm */
const NUMBER_EN = /\d+(?:[.,]\d+)*\p{L}{0,3}(?![\p{L}\p{N}])/uy;
/** Words, with inner apostrophes and hyphens (aujourd'hui, nord-coréen, a-t-il, Kim Jong-un). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*/uy;
/** Runs of punctuation kept whole: ... ?! -- *** === */
const AMPERSAND_NAME = /\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{N}])/uy;
const ELLIPSIS = /\.{2,}|…|[?!]{2,}|-{2,}|\*{2,}|={2,}|_{2,}|~{2,}|#{2,}/y;

/**
 * Splits a range of text into token ranges with the language's tables:
 * elisions (l’ + armée), clitics (a + -t-il), English contractions (do + n't),
 * abbreviations and initials keep their period, numbers keep decimal commas and
 * digit-group spaces (3,5 · 325 000).
 *
 * @example
 * tokenize("L’armée a-t-elle reçu 325 000 obus ?", 0, 36, getLanguage("fr")).length; // 9
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  lang: LanguageData,
  out: Range[] = [],
): Range[] {
  const french = lang.code === "fr";
  const number = french ? NUMBER_FR : NUMBER_EN;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (
      c === 32 ||
      c === 10 ||
      c === 13 ||
      c === 9 ||
      c === 0xa0 ||
      c === 0x202f ||
      c === 0x2009 ||
      c === 0xfeff
    ) {
      i++;
      continue;
    }
    let m = end - i > 4 && (c === 104 || c === 119) ? matchAt(URL, text, i, end) : 0;
    if (!m && c >= 48 && c <= 57) m = matchAt(CLOCK_OR_DATE, text, i, end) || matchAt(number, text, i, end);
    // DOTTED needs a "." after its first letter (one or two code units): most tokens skip the regex
    if (!m && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46))
      m = matchAt(DOTTED, text, i, end);
    if (m) {
      out.push({ start: i, end: i + m });
      i += m;
      continue;
    }
    const w = matchAt(WORD, text, i, end);
    if (w && text.charCodeAt(i + w) === 46 /* . */) {
      const d = matchAt(DOMAIN, text, i, end);
      if (d > w) {
        out.push({ start: i, end: i + d });
        i += d;
        continue;
      }
    }
    // "PG&E", "AT&T", "S&P": capitals joined by an ampersand are one name.
    if (w && w <= 4 && text.charCodeAt(i + w) === 38 /* & */) {
      const a = matchAt(AMPERSAND_NAME, text, i, end);
      if (a) {
        out.push({ start: i, end: i + a });
        i += a;
        continue;
      }
    }
    if (w) {
      if (text.charCodeAt(i + w) === 64 /* @ */) {
        const e = matchAt(EMAIL, text, i, end);
        if (e) {
          out.push({ start: i, end: i + e });
          i += e;
          continue;
        }
      }
      pushWord(text, i, i + w, lang, out);
      i += w;
      // l’É.-U. : the elision split left a capital that starts a dotted abbreviation.
      const lastTok = out[out.length - 1];
      if (lastTok.end - lastTok.start === 1 && lastTok.end === i && text.charCodeAt(i) === 46) {
        const d = matchAt(DOTTED, text, lastTok.start, end);
        if (d) {
          lastTok.end = lastTok.start + d;
          i = lastTok.end;
          continue;
        }
      }
      if (i < end && text.charCodeAt(i) === 46 /* . */ && takesPeriod(text, out[out.length - 1], end, lang)) {
        out[out.length - 1].end = ++i;
      }
      continue;
    }
    const p = matchAt(ELLIPSIS, text, i, end);
    const len = p || (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    out.push({ start: i, end: i + len });
    i += len;
  }
  return out;
}

function matchAt(re: RegExp, text: string, at: number, end: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return 0;
  return Math.min(m[0].length, end - at);
}

/** A word followed by "." keeps the period when it is a known abbreviation or an initial. */
function takesPeriod(text: string, tok: Range, end: number, lang: LanguageData): boolean {
  const word = text.slice(tok.start, tok.end + 1);
  if (lang.abbreviations.has(word)) return true;
  // An initial (J. in John J. Smith) unless the period closes the sentence.
  if (tok.end - tok.start === 1 && /\p{Lu}/u.test(word[0])) {
    return rest(text, tok.end + 1, end).length > 0;
  }
  return false;
}

function rest(text: string, from: number, end: number): string {
  return text.slice(from, end).trim();
}

function pushWord(text: string, start: number, end: number, lang: LanguageData, out: Range[]): void {
  let s = start;
  let e = end;
  // French elisions at the front: l’, qu’, jusqu’ (possibly two: qu’il n’y …)
  if (lang.elisions.size > 0) {
    for (let guard = 0; guard < 2; guard++) {
      const apo = indexOfApostrophe(text, s, e);
      if (apo < 0) break;
      const head = normaliseApostrophe(text.slice(s, apo + 1)).toLowerCase();
      if (!lang.elisions.has(head) || apo + 1 >= e) break;
      out.push({ start: s, end: apo + 1 });
      s = apo + 1;
    }
  }
  // Enclitics at the back: a-t-il → a + -t-il ; dit-elle → dit + -elle
  let tail: Range | null = null;
  if (lang.clitics.length > 0 && e - s > 3) {
    const lower = text.slice(s, e).toLowerCase().replace(/[‐‑]/g, "-");
    for (const clitic of lang.clitics) {
      if (lower.length > clitic.length && lower.endsWith(clitic)) {
        const cut = e - clitic.length;
        const stem = text.slice(s, cut);
        // Verbs are lower-case; keep names such as Jean-Le or Marie-Elle whole.
        if (/^\p{Ll}/u.test(stem) || clitic.startsWith("-t-") || lang.cliticHostsCapitalised.has(stem)) {
          tail = { start: cut, end: e };
          e = cut;
          // a second clitic: donne-le-moi
          break;
        }
      }
    }
  }
  // English contractions: don't → do + n't ; Putin's → Putin + 's
  if (lang.contractions.length > 0) {
    const apo = indexOfApostrophe(text, s, e);
    if (apo > s) {
      const lower = normaliseApostrophe(text.slice(apo - 1, e)).toLowerCase();
      if (lower === "n't" && apo - 1 > s) {
        out.push({ start: s, end: apo - 1 });
        out.push({ start: apo - 1, end: e });
        if (tail) out.push(tail);
        return;
      }
      const suffix = lower.slice(1);
      if (lang.contractions.includes(suffix)) {
        out.push({ start: s, end: apo });
        out.push({ start: apo, end: e });
        if (tail) out.push(tail);
        return;
      }
    }
  }
  out.push({ start: s, end: e });
  if (tail) out.push(tail);
}

function indexOfApostrophe(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return i;
  }
  return -1;
}

function normaliseApostrophe(s: string): string {
  return s.replace(/’/g, "'");
}

export const tokens: Component = {
  name: "tokens",
  needs: ["sentences"],
  adds: ["tokens"],
  run(doc: Doc): Doc {
    const lang = getLanguage(doc.lang);
    const ranges: Range[] = [];
    const sentenceOf: number[] = [];
    for (let s = 0; s < doc.sentences.length; s++) {
      const before = ranges.length;
      tokenize(doc.text, doc.sentences[s].start, doc.sentences[s].end, lang, ranges);
      for (let k = before; k < ranges.length; k++) sentenceOf.push(s);
    }
    doc.tokens = TokenTable.from(ranges, sentenceOf);
    return doc;
  },
};
