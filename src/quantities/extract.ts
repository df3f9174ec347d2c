import type { Doc } from "../doc/doc.ts";
import type { Quantity } from "../doc/types.ts";
import { CURRENCIES_EN } from "../lang/en/currencies.ts";
import { MONTHS_EN } from "../lang/en/dates-words.ts";
import { UNIT_PHRASES_EN, UNIT_WORDS_EN } from "../lang/en/numbers-units.ts";
import { SCALE_ABBREVIATIONS_EN } from "../lang/en/numbers-words.ts";
import { CURRENCIES_FR } from "../lang/fr/currencies.ts";
import { MONTHS_FR } from "../lang/fr/dates-words.ts";
import { UNIT_PHRASES_FR, UNIT_WORDS_FR } from "../lang/fr/numbers-units.ts";
import { SCALE_ABBREVIATIONS_FR } from "../lang/fr/numbers-words.ts";
import { quantityBound } from "./bounds.ts";
import { CURRENCY_SIGNS, type CurrencyWord, ISO_CODES, isoCode, resolveCurrency } from "./currencies.ts";
import { UNIT_SYMBOLS } from "./units.ts";
import { vagueQuantities } from "./vague.ts";
import { LEXICON_EN, LEXICON_FR, NumberAccumulator, type NumberLexicon, wordRole } from "./words.ts";

/** Everything one language brings to the extractor. */
interface QuantityLanguage {
  lex: NumberLexicon;
  figure: RegExp;
  decimalComma: boolean;
  ordinalSuffix: RegExp;
  scaleAbbreviations: Record<string, number>;
  currencies: Record<string, CurrencyWord>;
  unitWords: Record<string, string>;
  unitPhrases: [string[], string][];
  months: Record<string, number>;
  /** « de » / "of" between a scale and its noun. */
  linkers: ReadonlySet<string>;
  /** Bare-looking articles that are numbers only inside a longer number (un, une; a, an). */
  articles: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** After a bare scaled amount, words that let it inherit the sentence's currency. */
  inheritBefore: ReadonlySet<string> | null;
}

// 325 000 · 1.200.000 · 3,5 · 12
// (an English-style 1,500,000 or 80,000 in French text is read as thousands: a decimal part of ",000" is never written)
const FIGURE_FR =
  /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3},000(?![\d,])|\d+)(?:[,.](\d+))?/y;
// 10,000 · 1,200.50 · 3.5 · 3,5
const FIGURE_EN = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:([.,])(\d+))?/y;
const ORDINAL_FR = /^(?:er|re|ère|ème|eme|e|es|ᵉ|ers|nd|nde|ndes|d)$/;
const ORDINAL_EN = /^(?:st|nd|rd|th)$/;
const ROMAN_ORDINAL = /^([IVXLC]{1,7})(er|re|e|ème|ᵉ)$/;
const LETTERS = /[\p{L}%‰°²³/]+/uy;

const FR: QuantityLanguage = {
  lex: LEXICON_FR,
  figure: FIGURE_FR,
  decimalComma: true,
  ordinalSuffix: ORDINAL_FR,
  scaleAbbreviations: SCALE_ABBREVIATIONS_FR,
  currencies: oneShape(CURRENCIES_FR),
  unitWords: UNIT_WORDS_FR,
  unitPhrases: UNIT_PHRASES_FR,
  months: MONTHS_FR,
  linkers: new Set(["de", "d'", "d’"]),
  articles: new Set(["un", "une"]),
  determiners: new Set([
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "ce",
    "cette",
  ]),
  inheritBefore: null,
};

const EN: QuantityLanguage = {
  lex: LEXICON_EN,
  figure: FIGURE_EN,
  decimalComma: false,
  ordinalSuffix: ORDINAL_EN,
  scaleAbbreviations: SCALE_ABBREVIATIONS_EN,
  currencies: oneShape(CURRENCIES_EN),
  unitWords: UNIT_WORDS_EN,
  unitPhrases: UNIT_PHRASES_EN,
  months: MONTHS_EN,
  linkers: new Set(["of"]),
  articles: new Set(["a", "an"]),
  determiners: new Set(["the", "a", "an", "his", "her", "its", "their", "this", "that"]),
  inheritBefore: new Set([
    "of",
    "in",
    "was",
    "were",
    "had",
    "has",
    "have",
    "is",
    "are",
    "promised",
    "pledged",
    "announced",
    "disbursed",
  ]),
};

const SIGN_KEYS = Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length);

/**
 * The currency table with every entry in one object shape (absent fields undefined): the
 * tables write `qualified`, `needsQualifier` and `context` only where needed, which gave
 * applyUnit four entry shapes and a wrong-map deoptimisation each time an unseen one came.
 */
function oneShape(table: Record<string, CurrencyWord>): Record<string, CurrencyWord> {
  const out: Record<string, CurrencyWord> = {};
  for (const [word, e] of Object.entries(table))
    out[word] = {
      code: e.code,
      qualified: e.qualified,
      needsQualifier: e.needsQualifier,
      context: e.context,
    };
  return out;
}

function languageOf(lang: string | null): QuantityLanguage | null {
  if (lang === "fr") return FR;
  if (lang === "en") return EN;
  return null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** The currency sign starting at `at`, or null: $, US$, €, C$ … */
/** SIGN_KEYS by their first character, in the same order (a sign can only start with its first character). */
const SIGNS_BY_FIRST = new Map<string, string[]>();
for (const s of SIGN_KEYS) {
  const list = SIGNS_BY_FIRST.get(s[0]);
  if (list) list.push(s);
  else SIGNS_BY_FIRST.set(s[0], [s]);
}

function signAt(text: string, at: number): { sign: string; code: string } | null {
  const candidates = SIGNS_BY_FIRST.get(text[at]);
  if (candidates === undefined) return null;
  for (const s of candidates) {
    if (text.startsWith(s, at)) {
      // "S$" must not be the end of a word ("US$" is listed; "ABS$" is not a sign)
      if (s.length > 1 && isLetter(text[at - 1])) continue;
      return { sign: s, code: CURRENCY_SIGNS[s] };
    }
  }
  return null;
}

/** Token cursor over one document with lower-case text on demand. */
class Cursor {
  readonly doc: Doc;
  readonly text: string;
  readonly n: number;
  private readonly lower: (string | undefined)[];

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.n = doc.tokens.length;
    this.lower = new Array(this.n);
  }

  start(i: number): number {
    return this.doc.tokens.start[i];
  }

  end(i: number): number {
    return this.doc.tokens.end[i];
  }

  raw(i: number): string {
    return this.text.slice(this.doc.tokens.start[i], this.doc.tokens.end[i]);
  }

  /** Lower-case token text with the straight apostrophe; "" past the end. */
  low(i: number): string {
    if (i < 0 || i >= this.n) return "";
    let w = this.lower[i];
    if (w === undefined) {
      w = this.raw(i).toLowerCase();
      if (w.includes("’")) w = w.replace(/’/g, "'");
      this.lower[i] = w;
    }
    return w;
  }

  sameSentence(a: number, b: number): boolean {
    return b < this.n && this.doc.tokens.sentence[a] === this.doc.tokens.sentence[b];
  }
}

interface Parsed {
  value: number;
  /** Token index after the number. */
  next: number;
  /** Character end of the number. */
  end: number;
  ordinal: boolean;
  /** A scale word or abbreviation was applied (millions, bn). */
  scaled: boolean;
  /** Written in words (for the article rule). */
  words: number;
  // Every field is set at creation, in this order: one object shape for all numbers read (V8 optimises
  // the readers once instead of again for each shape a rare path creates).
  unit: string | undefined;
  currency: string | undefined;
  approximate: boolean;
}

/** Parses the figure starting at token i (digits with separators, glued suffixes). */
function parseFigure(c: Cursor, L: QuantityLanguage, i: number): Parsed | null {
  const text = c.text;
  const at = c.start(i);
  // Kavir-7, F-16, Su-35: part of a name
  if (text[at - 1] === "-" && isLetter(text[at - 2])) return null;
  // 2022-23, 2019–2023: the second year of a span the dates stage reads
  if (
    (text[at - 1] === "-" || text[at - 1] === "–" || text[at - 1] === "/") &&
    /\b[12]\d{3}$/.test(text.slice(at - 6, at - 1))
  )
    return null;
  const raw = c.raw(i);
  if (raw.includes("/") || raw.includes(":")) return null;
  L.figure.lastIndex = at;
  const m = L.figure.exec(text);
  if (!m) return null;
  let value: number;
  if (L === FR) {
    const intPart = m[1].replace(/[ \u00a0\u202f.,]/g, "");
    value = Number(m[2] ? `${intPart}.${m[2]}` : intPart);
  } else {
    const intPart = m[1].replace(/,/g, "");
    // "3,5" in English text: a decimal comma unless three digits follow
    if (m[2] === "," && m[3].length === 3) return null;
    value = Number(m[3] ? `${intPart}.${m[3]}` : intPart);
  }
  if (!Number.isFinite(value)) return null;
  // 0040 UTC, 007: codes and clock times, not amounts
  if (m[1].length > 1 && m[1][0] === "0" && !m[2] && !m[3]) return null;
  let end = at + m[0].length;
  const out: Parsed = {
    value,
    next: i + 1,
    end,
    ordinal: false,
    scaled: false,
    words: 0,
    unit: undefined,
    currency: undefined,
    approximate: false,
  };
  LETTERS.lastIndex = end;
  const glued = LETTERS.exec(text);
  if (glued) {
    const suffix = glued[0];
    const after = text[end + suffix.length];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) return null;
    if (L.ordinalSuffix.test(suffix)) out.ordinal = true;
    else if (L.scaleAbbreviations[suffix.toLowerCase()] !== undefined && suffix !== "M") {
      out.value = timesScale(out.value, L.scaleAbbreviations[suffix.toLowerCase()]);
      out.scaled = true;
    } else if (UNIT_SYMBOLS[suffix] !== undefined) out.unit = UNIT_SYMBOLS[suffix];
    else {
      const sign = signAt(text, end);
      if (sign && sign.sign.length === suffix.length) out.currency = sign.code;
      else return null;
    }
    end += suffix.length;
  }
  out.end = end;
  // the figure may have spanned several tokens (3.5bn split by the tokenizer)
  let next = i + 1;
  while (next < c.n && c.start(next) < end) next++;
  out.next = next;
  return out;
}

/** Parses a number written in words from token i (with hyphenated compounds and unit compounds). */
function parseWords(c: Cursor, L: QuantityLanguage, i: number): Parsed | null {
  const first = c.low(i);
  const dash = first.indexOf("-");
  if (wordRole(dash < 0 ? first : first.slice(0, dash), L.lex) === null) {
    // a dozen, une quarantaine
    if (L.articles.has(first)) {
      const approx = L.lex.approximate[c.low(i + 1)];
      if (approx !== undefined && c.sameSentence(i, i + 1)) {
        return {
          value: approx,
          next: i + 2,
          end: c.end(i + 1),
          ordinal: false,
          scaled: false,
          words: 2,
          unit: undefined,
          currency: undefined,
          approximate: true,
        };
      }
    }
    return null;
  }
  const acc = new NumberAccumulator(L.lex);
  let j = i;
  let lastGood = -1;
  let unitFromCompound: string | undefined;
  let dangling = false;
  while (j < c.n && c.sameSentence(i, j)) {
    const parts = c.low(j).split("-");
    let ok = true;
    let k = 0;
    for (; k < parts.length; k++) {
      if (!acc.push(parts[k])) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      // six-day, three-year: a number compound with a unit
      if (k > 0 && k === parts.length - 1 && acc.complete && !acc.ordinal) {
        const unit = L.unitWords[parts[k]];
        if (unit) {
          unitFromCompound = unit;
          lastGood = j;
        }
      }
      if (k > 0 && lastGood !== j) dangling = true;
      break;
    }
    if (acc.complete) lastGood = j;
    j++;
    if (unitFromCompound) break;
  }
  if (lastGood < 0 || dangling || !acc.complete) {
    if (lastGood < 0 || dangling) return null;
  }
  // re-run up to lastGood for the exact value (the accumulator may hold a dangling joiner)
  const exact = new NumberAccumulator(L.lex);
  for (let t = i; t <= lastGood; t++) {
    for (const p of c.low(t).split("-")) if (!exact.push(p)) break;
  }
  if (!exact.complete) return null;
  let value = exact.value;
  let next = lastGood + 1;
  let approximate = false;
  // une quarantaine, deux centaines, trois douzaines, a dozen
  const approx = L.lex.approximate[c.low(next).replace(/s$/, "")];
  if (approx !== undefined && !exact.ordinal && !unitFromCompound && c.sameSentence(i, next)) {
    value *= approx;
    next++;
    approximate = true;
  }
  const only = lastGood === i && !approximate ? c.low(i) : null;
  // « un », « une » alone are articles; "neuf", "second" alone are often not numbers
  if (only !== null && L.articles.has(only)) return null;
  if (only !== null && L.lex.ambiguous.has(only)) {
    const nextWord = c.raw(i + 1);
    const det = L.determiners.has(c.low(i - 1));
    const lowerNext = nextWord !== "" && isLetter(nextWord[0]) && nextWord[0] === nextWord[0].toLowerCase();
    if (only === "score" ? c.low(i + 1) !== "of" : !(exact.ordinal ? det : lowerNext)) return null;
  }
  return {
    value,
    next,
    end: c.end(next - 1),
    ordinal: exact.ordinal,
    scaled: false,
    words: next - i,
    unit: unitFromCompound,
    currency: undefined,
    approximate,
  };
}

/**
 * A decimal figure times a scale without binary artefacts: 4,1 milliards is
 * 4100000000, not 4099999999.9999995.
 *
 * @example
 * timesScale(4.1, 1e9); // 4100000000
 */
export function timesScale(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** Scale words after a figure: 3,5 milliards · 325 million · 40 M€. */
function applyScale(c: Cursor, L: QuantityLanguage, p: Parsed): void {
  if (p.ordinal || p.unit || p.currency) return;
  const w = c.low(p.next);
  const scale = L.lex.scales[w];
  if (scale !== undefined && c.sameSentence(p.next - 1, p.next)) {
    // an abbreviation ("md", "bn") must be attached or followed by money
    p.value = timesScale(p.value, scale);
    p.scaled = true;
    p.end = c.end(p.next);
    p.next++;
    return;
  }
  // 40 M€ · 3 Md$
  const abbr = L.scaleAbbreviations[w];
  if (abbr !== undefined && c.raw(p.next) !== "m" && c.end(p.next) === c.start(p.next + 1)) {
    const sign = signAt(c.text, c.start(p.next + 1));
    if (sign) {
      p.value = timesScale(p.value, abbr);
      p.scaled = true;
      p.currency = sign.code;
      p.end = c.start(p.next + 1) + sign.sign.length;
      let k = p.next + 1;
      while (k < c.n && c.start(k) < p.end) k++;
      p.next = k;
    }
  }
}

/** Currency or unit after the number (and « de » after a scale or an approximation). */
function applyUnit(c: Cursor, L: QuantityLanguage, p: Parsed, lowerText: string): void {
  if (p.currency || p.unit) return;
  let j = p.next;
  if (!c.sameSentence(p.next - 1, j)) return;
  // a sign or an ISO code right after: 40 €, 325 000 $, 40 CHF
  const sign = signAt(c.text, c.start(j));
  if (sign && !p.ordinal) {
    p.currency = sign.code;
    p.end = c.start(j) + sign.sign.length;
    while (j < c.n && c.start(j) < p.end) j++;
    p.next = j;
    return;
  }
  const raw = c.raw(j);
  if (ISO_CODES.has(raw) && !p.ordinal) {
    p.currency = isoCode(raw);
    p.end = c.end(j);
    p.next = j + 1;
    return;
  }
  if (
    UNIT_SYMBOLS[raw] !== undefined &&
    !p.ordinal &&
    raw !== "m" &&
    raw !== "h" &&
    raw !== "t" &&
    raw !== "l"
  ) {
    p.unit = UNIT_SYMBOLS[raw];
    p.end = c.end(j);
    p.next = j + 1;
    return;
  }
  if (raw === "m" || raw === "h" || raw === "t" || raw === "l") {
    // single letters only as units when followed by punctuation or a lower-case word: 152 m de long
    p.unit = UNIT_SYMBOLS[raw];
    p.end = c.end(j);
    p.next = j + 1;
    return;
  }
  if (p.ordinal) return;
  // « millions de dollars », « une trentaine de kilomètres », "millions of dollars"
  let linked = false;
  if (L.linkers.has(c.low(j)) && (p.scaled || p.approximate)) {
    j++;
    linked = true;
  }
  // English qualifier before the name: Canadian dollars, North Korean won
  const w = c.low(j);
  let entry = L.currencies[w];
  let qualifier: string | null = null;
  let nameAt = j;
  if (!entry && L === EN) {
    for (const span of [2, 1]) {
      const cand = c.low(j + span);
      const e = L.currencies[cand];
      if (!e?.qualified) continue;
      const q = span === 2 ? `${c.low(j)} ${c.low(j + 1)}` : c.low(j);
      if (e.qualified[q] !== undefined) {
        entry = e;
        qualifier = q;
        nameAt = j + span;
        break;
      }
    }
  }
  if (entry) {
    let last = nameAt;
    if (L === FR && !qualifier) {
      const q = c.low(nameAt + 1);
      if (entry.qualified?.[q] !== undefined && c.sameSentence(nameAt, nameAt + 1)) {
        qualifier = q;
        last = nameAt + 1;
      }
    } else if (L === EN && !qualifier && c.low(nameAt + 1) === "sterling") {
      qualifier = "sterling";
      last = nameAt + 1;
    }
    const code = resolveCurrency(entry, qualifier, lowerText, p.scaled);
    if (code) {
      p.currency = code;
      p.end = c.end(last);
      p.next = last + 1;
      return;
    }
  }
  for (const [words, unit] of L.unitPhrases) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (c.low(j + k) !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      p.unit = unit;
      p.end = c.end(j + words.length - 1);
      p.next = j + words.length;
      return;
    }
  }
  const unit = L.unitWords[w];
  if (unit !== undefined && (!linked || unit.length <= 3 || p.approximate)) {
    p.unit = unit;
    p.end = c.end(j);
    p.next = j + 1;
  }
}

function monthWord(c: Cursor, L: QuantityLanguage, i: number): boolean {
  const w = c.low(i);
  return L.months[w.endsWith(".") ? w.slice(0, -1) : w] !== undefined;
}

/**
 * A bare figure right after a capitalised word inside a sentence is part of a
 * name: « chars Leopard 2 », « gazoduc Force de Sibérie 2 », "Apollo 11"
 * (not « Environ 30 soldats » at a sentence start, not "March 2").
 */
function isNamePart(c: Cursor, L: QuantityLanguage, i: number, p: Parsed): boolean {
  if (p.unit || p.currency || p.scaled || p.ordinal || p.words > 0 || p.next !== i + 1) return false;
  if (i < 2 || !c.sameSentence(i - 2, i)) return false;
  const before = c.raw(i - 1);
  if (!/^\p{Lu}/u.test(before) || monthWord(c, L, i - 1)) return false;
  if (c.start(i) - c.end(i - 1) !== 1) return false;
  // a plural noun after it is what it counts: "Wynnum 45 points", "ALL 50 states", "Red Hat 7 or 8 years ago"
  const after = c.sameSentence(i, i + 1) ? c.raw(i + 1) : "";
  return !(p.value > 1 && /^\p{Ll}+[sx]$/u.test(after));
}

/** A figure that is a day of the month or a year is left to the dates stage. */
function isDatePart(c: Cursor, L: QuantityLanguage, i: number, p: Parsed): boolean {
  if (p.unit || p.currency || p.scaled) return false;
  const v = p.value;
  const raw = c.raw(i);
  if (/^\d{4}$/.test(raw) && v >= 1800 && v <= 2100) return true;
  if (Number.isInteger(v) && v >= 1 && v <= 31 && p.words === 0) {
    if (monthWord(c, L, p.next)) return true;
    // entre le 3 et le 6 février · du 3 au 6 mars · between 3 and 6 March
    const link = c.low(p.next);
    if (link === "et" || link === "au" || link === "and" || link === "-" || link === "to") {
      let k = p.next + 1;
      if (c.low(k) === "le") k++;
      if (/^\d{1,2}(?:er)?$/.test(c.raw(k)) && monthWord(c, L, k + 1)) return true;
    }
    if (L === EN && monthWord(c, L, i - 1)) return true;
    // Feb. 3: the period is its own token or part of the abbreviation
    if (L === EN && c.low(i - 1) === "." && monthWord(c, L, i - 2)) return true;
  }
  return false;
}

/**
 * Finds the quantities of a tokenised French or English document: figures
 * (3,5 · 325 000 · 1,200.50), numbers in words (dix-sept, quatre-vingt-dix-neuf,
 * twenty-one), scales (3,5 milliards, $325 million, €40m), currencies as
 * ISO 4217 codes, units (km, t, %, durations in days and years) and
 * ordinals (20e, 1er, XVIIIe, vingtième, 20th). Days of the month and years
 * are left to the dates stage; « un », "a" alone are articles, not quantities.
 *
 * @example
 * extractQuantities(doc) // [{ text: "325 millions de dollars", value: 325000000, currency: "USD", … }]
 */
export function extractQuantities(doc: Doc): Quantity[] {
  const L = languageOf(doc.lang);
  if (!L) return [];
  const c = new Cursor(doc);
  const out: Quantity[] = [];
  const sentenceOf: number[] = [];
  let lowerText: string | null = null;
  const lowered = () => {
    lowerText ??= doc.text.toLowerCase();
    return lowerText;
  };
  let i = 0;
  while (i < c.n) {
    const start = c.start(i);
    const ch = c.text.charCodeAt(start);
    let p: Parsed | null = null;
    let qStart = start;
    let prefixCurrency: string | undefined;
    if (isDigit(ch)) {
      p = parseFigure(c, L, i);
    } else {
      const sign = ch < 128 && !(ch === 36) && !isLetterCode(ch) ? null : signAt(c.text, start);
      if (sign && (sign.sign !== "zł" || false)) {
        // $325 million, US$ 5, € 40
        let j = i;
        const signEnd = start + sign.sign.length;
        while (j < c.n && c.start(j) < signEnd) j++;
        if (j < c.n && isDigit(c.text.charCodeAt(c.start(j))) && c.start(j) - signEnd <= 1) {
          p = parseFigure(c, L, j);
          if (p) {
            if (p.currency || p.unit || p.ordinal) p = null;
            else prefixCurrency = sign.code;
          }
        }
      } else if (isDigit(c.text.charCodeAt(c.start(i + 1))) && ISO_CODES.has(c.raw(i))) {
        // (the figure first: most tokens are not before one, and need no slice)
        p = parseFigure(c, L, i + 1);
        if (p && !p.unit && !p.ordinal && !p.currency) prefixCurrency = isoCode(c.raw(i));
        else p = null;
      } else if (isLetterCode(ch)) {
        // I, V, X, L, C: the only first letters ROMAN_ORDINAL matches
        const roman =
          ch === 73 || ch === 86 || ch === 88 || ch === 76 || ch === 67 ? ROMAN_ORDINAL.exec(c.raw(i)) : null;
        if (roman && (roman[1].length > 1 || roman[2] === "er" || roman[2] === "re") && L === FR) {
          const value = romanValue(roman[1]);
          if (value > 0)
            p = {
              value,
              next: i + 1,
              end: c.end(i),
              ordinal: true,
              scaled: false,
              words: 0,
              unit: undefined,
              currency: undefined,
              approximate: false,
            };
        } else {
          p = parseWords(c, L, i);
        }
      }
    }
    if (!p) {
      i++;
      continue;
    }
    if (prefixCurrency) {
      applyScale(c, L, p);
      p.currency = prefixCurrency;
    } else {
      applyScale(c, L, p);
      applyUnit(c, L, p, lowered());
    }
    if (!prefixCurrency && (isDatePart(c, L, i, p) || isNamePart(c, L, i, p))) {
      i = p.next;
      continue;
    }
    if (!p.currency && p.scaled && !p.unit) inheritCurrency(c, L, p, out, sentenceOf, i);
    const q: Quantity = { start: qStart, end: p.end, text: c.text.slice(qStart, p.end), value: p.value };
    if (p.unit) q.unit = p.unit;
    if (p.currency) q.currency = p.currency;
    if (p.ordinal) q.ordinal = true;
    const bound = p.ordinal ? undefined : quantityBound(c.text, qStart, p.end, L === FR ? "fr" : "en");
    if (bound) q.bound = bound;
    out.push(q);
    sentenceOf.push(doc.tokens.sentence[i]);
    qStart = 0;
    i = Math.max(p.next, i + 1);
  }
  const vague = vagueQuantities(doc.text, L === FR ? "fr" : "en", out);
  return vague.length ? [...out, ...vague].sort((a, b) => a.start - b.start) : out;
}

/** « Sur les 1,2 milliard d'euros annoncés, seuls 140 millions ont été versés »: 140 millions are euros. */
function inheritCurrency(
  c: Cursor,
  L: QuantityLanguage,
  p: Parsed,
  out: Quantity[],
  sentenceOf: number[],
  i: number,
): void {
  const after = c.low(p.next);
  if (L.linkers.has(after)) return;
  if (L.inheritBefore && after !== "" && isLetter(after[0]) && !L.inheritBefore.has(after)) return;
  const sentence = c.doc.tokens.sentence[i];
  for (let k = out.length - 1; k >= 0 && sentenceOf[k] === sentence; k--) {
    if (out[k].currency) {
      p.currency = out[k].currency;
      return;
    }
  }
}

function isLetterCode(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch >= 0xc0;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]];
    const next = ROMAN[s[k + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
