import {
  AMBIGUOUS_NUMBER_WORDS_EN,
  APPROXIMATE_EN,
  CARDINALS_EN,
  HUNDREDS_EN,
  IRREGULAR_ORDINALS_EN,
  NUMBER_JOINERS_EN,
  SCALES_EN,
  THOUSANDS_EN,
} from "../lang/en/numbers-words.ts";
import {
  AMBIGUOUS_NUMBER_WORDS_FR,
  APPROXIMATE_FR,
  CARDINALS_FR,
  HUNDREDS_FR,
  IRREGULAR_ORDINALS_FR,
  NUMBER_JOINERS_FR,
  ORDINAL_STEMS_FR,
  SCALES_FR,
  THOUSANDS_FR,
} from "../lang/fr/numbers-words.ts";

/** The number-word tables of one language, gathered for the parser. */
export interface NumberLexicon {
  lang: "fr" | "en";
  cardinals: Record<string, number>;
  hundreds: ReadonlySet<string>;
  thousands: ReadonlySet<string>;
  scales: Record<string, number>;
  approximate: Record<string, number>;
  irregularOrdinals: Record<string, number>;
  joiners: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
}

export const LEXICON_FR: NumberLexicon = {
  lang: "fr",
  cardinals: CARDINALS_FR,
  hundreds: HUNDREDS_FR,
  thousands: THOUSANDS_FR,
  scales: SCALES_FR,
  approximate: APPROXIMATE_FR,
  irregularOrdinals: IRREGULAR_ORDINALS_FR,
  joiners: NUMBER_JOINERS_FR,
  ambiguous: AMBIGUOUS_NUMBER_WORDS_FR,
};

export const LEXICON_EN: NumberLexicon = {
  lang: "en",
  cardinals: CARDINALS_EN,
  hundreds: HUNDREDS_EN,
  thousands: THOUSANDS_EN,
  scales: SCALES_EN,
  approximate: APPROXIMATE_EN,
  irregularOrdinals: IRREGULAR_ORDINALS_EN,
  joiners: NUMBER_JOINERS_EN,
  ambiguous: AMBIGUOUS_NUMBER_WORDS_EN,
};

export function lexiconFor(lang: string | null | undefined): NumberLexicon | null {
  if (lang === "fr") return LEXICON_FR;
  if (lang === "en") return LEXICON_EN;
  return null;
}

/** What one word is to the number grammar. */
export type WordRole =
  | { kind: "cardinal"; value: number }
  | { kind: "hundred" }
  | { kind: "thousand" }
  | { kind: "scale"; value: number }
  | { kind: "joiner" }
  | { kind: "ordinal"; value: number; role: "cardinal" | "hundred" | "thousand" | "scale" };

/** Classified words per language (one map per language: no key string to build per lookup). */
const roleCaches = new Map<string, Map<string, WordRole | null>>();
let lastRoleLang = "";
let lastRoleCache: Map<string, WordRole | null> | undefined;

/**
 * Classifies one lower-case word (no hyphen) for the number grammar, or null.
 *
 * @example
 * wordRole("vingtième", LEXICON_FR) // { kind: "ordinal", value: 20, role: "cardinal" }
 */
export function wordRole(word: string, lex: NumberLexicon): WordRole | null {
  // A document reads one language: the last language's map saves a lookup per word.
  let cache = lastRoleLang === lex.lang ? lastRoleCache : roleCaches.get(lex.lang);
  if (cache === undefined) {
    cache = new Map();
    roleCaches.set(lex.lang, cache);
  }
  lastRoleLang = lex.lang;
  lastRoleCache = cache;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const role = classify(word, lex);
  cache.set(word, role);
  return role;
}

function classify(w: string, lex: NumberLexicon): WordRole | null {
  const c = lex.cardinals[w];
  if (c !== undefined) return { kind: "cardinal", value: c };
  if (lex.hundreds.has(w)) return { kind: "hundred" };
  if (lex.thousands.has(w)) return { kind: "thousand" };
  if (Object.hasOwn(lex.scales, w)) return { kind: "scale", value: lex.scales[w] };
  if (lex.joiners.has(w)) return { kind: "joiner" };
  const irregular = lex.irregularOrdinals[w];
  if (irregular !== undefined) return { kind: "ordinal", value: irregular, role: "cardinal" };
  const stem = lex.lang === "fr" ? frenchOrdinalStem(w, lex) : englishOrdinalStem(w, lex);
  if (stem === null) return null;
  const base = classify(stem, lex);
  if (!base || base.kind === "joiner" || base.kind === "ordinal") return null;
  if (base.kind === "cardinal") return { kind: "ordinal", value: base.value, role: "cardinal" };
  if (base.kind === "scale") return { kind: "ordinal", value: base.value, role: "scale" };
  return { kind: "ordinal", value: base.kind === "hundred" ? 100 : 1000, role: base.kind };
}

/** vingtième → vingt, onzième → onze, cinquième → cinq, millième → mille. */
function frenchOrdinalStem(w: string, lex: NumberLexicon): string | null {
  let stem: string;
  if (w.endsWith("ièmes")) stem = w.slice(0, -5);
  else if (w.endsWith("ième")) stem = w.slice(0, -4);
  else return null;
  if (stem === "") return null;
  const irregular = ORDINAL_STEMS_FR[stem];
  if (irregular) return irregular;
  const withE = `${stem}e`;
  if (lex.cardinals[withE] !== undefined || lex.thousands.has(withE)) return withE;
  return stem;
}

/** twentieth → twenty, fourth → four, hundredth → hundred. */
function englishOrdinalStem(w: string, _lex: NumberLexicon): string | null {
  if (w.endsWith("ieth")) return `${w.slice(0, -4)}y`;
  if (w.endsWith("ths")) return w.slice(0, -3);
  if (w.endsWith("th")) return w.slice(0, -2);
  return null;
}

/**
 * Incremental number grammar: feed words one by one; `push` returns false when
 * a word cannot continue the number (the caller ends the number before it).
 * Accepts the French traditional and 1990 spellings (vingt et un, vingt-et-un,
 * quatre-vingts, deux cent mille, deux-cent-mille) and English (one hundred
 * and five, twenty-one).
 *
 * @example
 * const acc = new NumberAccumulator(LEXICON_FR);
 * for (const w of ["quatre", "vingt", "dix", "neuf"]) acc.push(w);
 * acc.value; // 99
 */
export class NumberAccumulator {
  readonly lex: NumberLexicon;
  /** Completed thousands and scales. */
  private total = 0;
  /** The group below a thousand being built. */
  private group = 0;
  /** The part below one hundred being built, after any « cent » (0: none yet). */
  private tail = 0;
  /** The value of the last cardinal word, to decide what may follow it. */
  private lastWord = 0;
  private hasHundreds = false;
  private pendingJoiner = false;
  /** The last thousand or scale used, to refuse "mille deux mille". */
  private lastScale = Number.POSITIVE_INFINITY;
  words = 0;
  ordinal = false;

  constructor(lex: NumberLexicon) {
    this.lex = lex;
  }

  get value(): number {
    return this.total + this.group;
  }

  /** True when the number so far ends properly (not on a dangling joiner). */
  get complete(): boolean {
    return this.words > 0 && !this.pendingJoiner;
  }

  push(word: string): boolean {
    // nothing follows an ordinal or « zéro »
    if (this.ordinal || (this.words > 0 && this.value === 0 && this.group === 0 && !this.pendingJoiner))
      return false;
    const role = wordRole(word, this.lex);
    if (!role) return false;
    if (role.kind === "joiner") {
      if (this.words === 0 || this.pendingJoiner) return false;
      const fr = this.lex.lang === "fr";
      // vingt et un, soixante et onze; one hundred and five, two thousand and ten
      const ok = fr
        ? (this.tail >= 20 && this.tail <= 90 && this.tail !== 80 && this.tail % 10 === 0) ||
          (this.lastScale === 1000 && this.group === 0) // mille et un
        : this.tail === 0 && this.value > 0;
      if (!ok) return false;
      this.pendingJoiner = true;
      return true;
    }
    if (role.kind === "ordinal") {
      const base: WordRole =
        role.role === "cardinal"
          ? { kind: "cardinal", value: role.value }
          : role.role === "scale"
            ? { kind: "scale", value: role.value }
            : { kind: role.role };
      if (!this.apply(base)) return false;
      this.ordinal = true;
      return true;
    }
    return this.apply(role);
  }

  private resetGroup(): void {
    this.group = 0;
    this.tail = 0;
    this.lastWord = 0;
    this.hasHundreds = false;
  }

  /** May cardinal `v` (1…90) extend the part below one hundred? */
  private acceptsCardinal(v: number): boolean {
    const fr = this.lex.lang === "fr";
    const tail = this.tail;
    if (tail === 0) return true;
    const last = this.lastWord;
    if (fr && v === 20 && tail === 4) return true;
    // dix-sept, soixante-dix-neuf, quatre-vingt-dix-huit
    if (last === 10) return fr && v >= 7 && v <= 9;
    if (last >= 20 && last % 10 === 0 && tail % 10 === 0) {
      if (v < 10) return true;
      // soixante-dix … soixante-dix-neuf, quatre-vingt-dix … quatre-vingt-dix-neuf
      return fr && (tail === 60 || tail === 80) && v < 20;
    }
    return false;
  }

  private apply(role: WordRole): boolean {
    const fr = this.lex.lang === "fr";
    if (this.pendingJoiner) {
      // only « un / onze » after « et », and a value below 100 after "and"
      if (role.kind !== "cardinal") return false;
      if (fr && role.value !== 1 && role.value !== 11) return false;
      if (!fr && role.value >= 100) return false;
    }
    switch (role.kind) {
      case "cardinal": {
        const v = role.value;
        if (v === 0) {
          if (this.words > 0) return false;
        } else if (!this.acceptsCardinal(v)) return false;
        if (fr && v === 20 && this.tail === 4) {
          this.tail = 80; // quatre-vingt(s)
          this.group += 76;
          this.lastWord = 80;
        } else {
          this.tail += v;
          this.group += v;
          this.lastWord = v;
        }
        break;
      }
      case "hundred": {
        // deux cent, cent, dix-neuf cents; English also "twelve hundred"
        if (this.hasHundreds || (fr && this.tail >= 20)) return false;
        this.group = (this.tail === 0 ? 1 : this.tail) * 100;
        this.tail = 0;
        this.lastWord = 0;
        this.hasHundreds = true;
        break;
      }
      case "thousand": {
        if (this.lastScale <= 1000) return false;
        this.total += (this.group === 0 ? 1 : this.group) * 1000;
        this.resetGroup();
        this.lastScale = 1000;
        break;
      }
      case "scale": {
        if (this.lastScale <= role.value) return false;
        if (this.words === 0) return false; // « million » alone is a noun
        this.total += (this.group === 0 ? 1 : this.group) * role.value;
        this.resetGroup();
        this.lastScale = role.value;
        break;
      }
      default:
        return false;
    }
    this.pendingJoiner = false;
    this.words++;
    return true;
  }
}

/**
 * Parses a number written in words (French or English), or null when the
 * whole text is not one number. Spaces and hyphens separate words.
 *
 * @example
 * parseNumberWords("quatre-vingt-dix-neuf", "fr") // 99
 * parseNumberWords("deux cent mille", "fr") // 200000
 * parseNumberWords("one hundred thousand", "en") // 100000
 */
export function parseNumberWords(text: string, lang: "fr" | "en"): number | null {
  const lex = lang === "fr" ? LEXICON_FR : LEXICON_EN;
  const acc = new NumberAccumulator(lex);
  for (const w of text.toLowerCase().split(/[\s\u00a0\u202f-]+/)) {
    if (w === "") continue;
    if (!acc.push(w)) return null;
  }
  return acc.complete ? acc.value : null;
}

/** French number → words: 0 … 999 999 999 999, traditional spelling; `rectified` joins every word with hyphens (1990). */
export function frenchNumberWords(n: number, rectified = false): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`unsupported number ${n}`);
  const words = n === 0 ? "zéro" : frenchAbove(n);
  return rectified ? words.replace(/ /g, "-") : words;
}

const UNITS_FR = [
  "",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
];
const TENS_FR = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];

function frenchBelow100(n: number, plural: boolean): string {
  if (n <= 16) return UNITS_FR[n];
  if (n < 20) return `dix-${UNITS_FR[n - 10]}`;
  const tens = Math.floor(n / 10);
  const u = n % 10;
  if (tens === 7) return u === 1 ? "soixante et onze" : `soixante-${frenchBelow100(10 + u, plural)}`;
  if (tens === 8)
    return u === 0 ? (plural ? "quatre-vingts" : "quatre-vingt") : `quatre-vingt-${UNITS_FR[u]}`;
  if (tens === 9) return `quatre-vingt-${frenchBelow100(10 + u, plural)}`;
  if (u === 0) return TENS_FR[tens];
  return u === 1 ? `${TENS_FR[tens]} et un` : `${TENS_FR[tens]}-${UNITS_FR[u]}`;
}

/** `plural`: cent and vingt take their final s (not before « mille »). */
function frenchBelow1000(n: number, plural: boolean): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const rest = r === 0 ? "" : frenchBelow100(r, plural);
  if (h === 0) return rest;
  const hundreds = h === 1 ? "cent" : `${UNITS_FR[h]} cent${r === 0 && plural ? "s" : ""}`;
  return rest ? `${hundreds} ${rest}` : hundreds;
}

function frenchAbove(n: number): string {
  const parts: string[] = [];
  const billions = Math.floor(n / 1e9);
  const millions = Math.floor((n % 1e9) / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  if (billions) parts.push(`${frenchBelow1000(billions, true)} milliard${billions > 1 ? "s" : ""}`);
  if (millions) parts.push(`${frenchBelow1000(millions, true)} million${millions > 1 ? "s" : ""}`);
  if (thousands) parts.push(thousands === 1 ? "mille" : `${frenchBelow1000(thousands, false)} mille`);
  if (rest) parts.push(frenchBelow1000(rest, true));
  return parts.join(" ");
}

const UNITS_EN = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS_EN = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function englishBelow1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  let rest = "";
  if (r < 20) rest = UNITS_EN[r];
  else rest = TENS_EN[Math.floor(r / 10)] + (r % 10 ? `-${UNITS_EN[r % 10]}` : "");
  if (h === 0) return rest;
  return rest ? `${UNITS_EN[h]} hundred and ${rest}` : `${UNITS_EN[h]} hundred`;
}

/** English number → words (British "and"): 0 … 999 999 999 999. */
export function englishNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`unsupported number ${n}`);
  if (n === 0) return "zero";
  const parts: string[] = [];
  const scales: [number, string][] = [
    [1e9, "billion"],
    [1e6, "million"],
    [1000, "thousand"],
  ];
  let r = n;
  for (const [size, name] of scales) {
    const q = Math.floor(r / size);
    if (q) parts.push(`${englishBelow1000(q)} ${name}`);
    r %= size;
  }
  if (r) parts.push(r < 100 && parts.length ? `and ${englishBelow1000(r)}` : englishBelow1000(r));
  return parts.join(" ");
}
