import type { Doc } from "../doc/doc.ts";
import {
  AMBIGUOUS_MONTHS_EN,
  DATE_ENDPOINTS_EN,
  DAY_WORDS_EN,
  DEADLINE_FILLERS_EN,
  FUTURE_CUES_EN,
  LAST_COUNT_EN,
  MONTHS_EN,
  PARTS_EN,
  PERIODS_EN,
  SEASONS_EN,
  SHIFTS_EN,
  SPAN_ANCHORS_EN,
  UNTIL_WORDS_EN,
  WEEKDAYS_EN,
} from "../lang/en/dates-words.ts";
import {
  DATE_ENDPOINTS_FR,
  DAY_WORDS_FR,
  DEADLINE_FILLERS_FR,
  FUTURE_CUES_FR,
  LAST_COUNT_FR,
  MONTHS_FR,
  PARTS_FR,
  PERIODS_FR,
  SEASONS_FR,
  SHIFTS_FR,
  SPAN_ANCHORS_FR,
  UNTIL_WORDS_FR,
  WEEKDAYS_FR,
} from "../lang/fr/dates-words.ts";
import { parseNumberWords } from "../quantities/words.ts";
import type { DateExpr, Direction } from "./resolve.ts";

const LAST_COUNT_FR_SET: ReadonlySet<string> = new Set(LAST_COUNT_FR);
const LAST_COUNT_EN_SET: ReadonlySet<string> = new Set(LAST_COUNT_EN);
/** Words after a counted span that anchor it elsewhere than the article date ("of 2024", « de l'année »). */
const OF_WORDS: ReadonlySet<string> = new Set([...SPAN_ANCHORS_FR, ...SPAN_ANCHORS_EN]);

/** A date expression found in the tokens: tokens [from, to), what it states, how it is framed. */
export interface DateMatch {
  from: number;
  to: number;
  expr: DateExpr;
  /** « depuis X », "since X": a range up to the article date. */
  since?: boolean;
  /** « entre X et Y », "between X and Y", « du X au Y »: the end of the range. */
  until?: DateExpr;
}

interface Atom {
  to: number;
  expr: DateExpr;
}

/** Token access with lower-case text and the straight apostrophe. */
export class Tokens {
  readonly doc: Doc;
  readonly n: number;
  private readonly lower: (string | undefined)[];

  constructor(doc: Doc) {
    this.doc = doc;
    this.n = doc.tokens.length;
    this.lower = new Array(this.n);
  }

  raw(i: number): string {
    if (i < 0 || i >= this.n) return "";
    return this.doc.text.slice(this.doc.tokens.start[i], this.doc.tokens.end[i]);
  }

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

  same(a: number, b: number): boolean {
    return (
      a >= 0 &&
      b >= 0 &&
      a < this.n &&
      b < this.n &&
      this.doc.tokens.sentence[a] === this.doc.tokens.sentence[b]
    );
  }

  /** Token i without a trailing abbreviation period, and the index after it (janv. as one token or two). */
  word(i: number): [string, number] {
    const w = this.low(i);
    if (w.endsWith(".") && w.length > 1) return [w.slice(0, -1), i + 1];
    if (
      this.low(i + 1) === "." &&
      this.doc.tokens.start[i + 1] === this.doc.tokens.end[i] &&
      MONTH_ABBREVIATIONS.has(w)
    ) {
      return [w, i + 2];
    }
    return [w, i + 1];
  }

  /** `word(i)[0]` without building the pair: the name to look a month up by. */
  wordName(i: number): string {
    const w = this.low(i);
    return w.endsWith(".") && w.length > 1 ? w.slice(0, -1) : w;
  }

  /** True when token i is directly followed by a "." that is part of it. */
  hasPeriod(i: number): boolean {
    return this.word(i)[1] > i + 1 || this.low(i).endsWith(".");
  }
}

/** Month abbreviations that may carry a period (janv., Feb.); a full name's "." ends the sentence. */
const MONTH_ABBREVIATIONS = new Set(
  [...Object.keys(MONTHS_FR), ...Object.keys(MONTHS_EN)].filter(
    (m) => m.length <= 4 && !["mars", "mai", "juin", "août", "aout", "may", "june", "july"].includes(m),
  ),
);
const YEAR = /^(1[89]\d\d|20\d\d)$/;

/**
 * Words that may start a date in `atom` besides figures and « mi- », "mid-": the words its rules
 * test and the keys of the tables they look tokens up in, with Object's own property names, which a
 * plain-object lookup also finds (a superset: the rules still decide).
 */
const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype);
const STARTERS_FR: ReadonlySet<string> = new Set([
  ...["au", "à", "en", "le", "du", "mois", "la", "l'", "ce", "cet", "cette", "il", "dans", "premier"],
  ...Object.keys(PARTS_FR),
  ...Object.keys(DAY_WORDS_FR),
  ...Object.keys(WEEKDAYS_FR),
  ...Object.keys(MONTHS_FR),
  ...OBJECT_KEYS,
]);
const STARTERS_EN: ReadonlySet<string> = new Set([
  ...["in", "the", "at", "by", "earlier", "later", "tonight", "last", "on", "over", "this"],
  ...["during", "before", "after", "until"],
  ...Object.keys(PARTS_EN),
  ...Object.keys(DAY_WORDS_EN),
  ...Object.keys(SHIFTS_EN),
  ...Object.keys(WEEKDAYS_EN),
  ...Object.keys(MONTHS_EN),
  ...OBJECT_KEYS,
]);
const PERIOD_WORDS_EN: ReadonlySet<string> = new Set([...Object.keys(PERIODS_EN), ...OBJECT_KEYS]);

/** Whether `periods` may read `word` as its period word (singular or with an s). */
function mayBePeriodWord(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || (word.endsWith("s") && words.has(word.slice(0, -1)));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
const DAY_FR = /^(\d{1,2})(?:er|e)?$/;
const DAY_EN = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const FUTURE_FR = /(?:rai|ras|ra|rons|rez|ront)$/;
const NOT_FUTURE_FR = new Set(["extra", "caméra", "opéra", "sera-t-il", "contra", "mantra"]);
const PAST_AUX_FR = new Set([
  "a",
  "ont",
  "avait",
  "avaient",
  "eut",
  "est",
  "sont",
  "était",
  "étaient",
  "s'est",
]);
const PAST_EN = new Set([
  "said",
  "told",
  "met",
  "was",
  "were",
  "had",
  "did",
  "took",
  "gave",
  "made",
  "came",
  "went",
  "began",
  "held",
  "sent",
  "left",
  "spoke",
  "wrote",
  "saw",
  "got",
  "brought",
  "ago",
]);
const DEADLINES = new Set(["by", "until", "before", "d'ici", "avant", "jusqu'à", "jusqu'en", "ici"]);
/** Deadline words that keep a date ahead even after a completed verb (« jusqu'à », "until"). */
const UNTIL = new Set([...UNTIL_WORDS_FR, ...UNTIL_WORDS_EN]);
/** Words that may stand between a deadline word and its date: « d'ici la fin », "by the end". */
const BEFORE_DATE = new Set([...DEADLINE_FILLERS_FR, ...DEADLINE_FILLERS_EN]);
/** Words before a date that make it an end or a target of the act, not its time: "extended to May 1". */
const ENDPOINTS = new Set([...DATE_ENDPOINTS_FR, ...DATE_ENDPOINTS_EN]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "«", "»", "(", ")", "“", "”", '"', "—", "–", "."]);

function yearOf(t: Tokens, i: number): number | undefined {
  // YEAR needs four characters starting with 1 or 2: most tokens are ruled out without a slice
  if (i < 0 || i >= t.n) return undefined;
  const at = t.doc.tokens.start[i];
  const first = t.doc.text.charCodeAt(at);
  if (t.doc.tokens.end[i] - at !== 4 || (first !== 49 && first !== 50)) return undefined;
  const raw = t.raw(i);
  return YEAR.test(raw) ? Number(raw) : undefined;
}

/** « 2024-2030 », "2019–2023", "2022-23", « 2023/2024 » written without spaces: a span of years. */
function yearSpan(t: Tokens, i: number): DateMatch | null {
  const tk = t.doc.tokens;
  let first: number | undefined;
  let last: number | undefined;
  let to = i + 1;
  // both forms start with a figure: most tokens are ruled out without a slice
  if (i < 0 || i >= t.n || !isDigitCode(t.doc.text.charCodeAt(tk.start[i]))) return null;
  const glued = /^(\d{4})[-–/](\d{2}|\d{4})$/.exec(t.raw(i));
  if (glued) {
    first = Number(glued[1]);
    last = Number(glued[2]);
  } else {
    first = yearOf(t, i);
    if (first === undefined || i + 2 >= t.n || !"-–/".includes(t.raw(i + 1))) return null;
    if (tk.start[i + 1] !== tk.end[i] || tk.start[i + 2] !== tk.end[i + 1]) return null;
    const raw = t.raw(i + 2);
    if (!/^\d{2}$|^\d{4}$/.test(raw)) return null;
    last = Number(raw);
    to = i + 3;
  }
  if (!YEAR.test(String(first))) return null;
  if (last < 100) last += first - (first % 100);
  if (last <= first || last - first > 50) return null;
  return { from: i, to, expr: { kind: "calendar", year: first }, until: { kind: "calendar", year: last } };
}

/**
 * The date grammar of one language. Each `atom` method reads one expression
 * at token i; `scan` adds the frames (depuis, entre … et …).
 */
abstract class Grammar {
  readonly t: Tokens;
  constructor(t: Tokens) {
    this.t = t;
  }
  abstract atom(i: number): Atom | null;
  abstract sinceWords: ReadonlySet<string>;
  /** Range openers and the words that join their two ends. */
  abstract ranges: Record<string, readonly string[]>;
  abstract tense(from: number, to: number): Direction;
  /** « les trois derniers mois », "the past three months": a span back to the article date. */
  abstract lastCount(i: number): Atom | null;

  /** All date expressions, left to right, without overlaps. */
  scan(out: DateMatch[] = []): DateMatch[] {
    const t = this.t;
    let i = 0;
    while (i < t.n) {
      const m = this.frame(i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }

  private frame(i: number): DateMatch | null {
    const t = this.t;
    const w = t.low(i);
    if (this.sinceWords.has(w)) {
      const a = this.atom(i + 1);
      if (a && t.same(i, a.to - 1)) {
        withDirection(a.expr, "past");
        return { from: i, to: a.to, expr: a.expr, since: true };
      }
      return null;
    }
    // own keys only: a token such as "constructor" must not find Object's
    const joiners = Object.hasOwn(this.ranges, w) ? this.ranges[w] : undefined;
    if (joiners) {
      const range = this.range(i, joiners);
      if (range) return range;
      if (w === "entre" || w === "between") return null;
    }
    const years = yearSpan(t, i);
    if (years) return years;
    const last = this.lastCount(i);
    // not "the last three months of 2024": that span is counted from the year, not from the article
    if (last && !OF_WORDS.has(t.low(last.to))) return { from: i, to: last.to, expr: last.expr, since: true };
    const a = this.atom(i);
    if (!a) return null;
    this.direct(a, i);
    return { from: i, to: a.to, expr: a.expr };
  }

  /**
   * N periods counted from the article date: the count at i (figures or words; "a" in English), the period
   * word at k, singular or plural; `sign` −1 back, +1 ahead. Shared by « il y a trois mois », « dans deux
   * ans », "three days ago" and « les trois derniers mois » (`minCount` 2: « les derniers mois » is vague).
   */
  protected periods(i: number, k: number, sign: number, lang: "fr" | "en", minCount = 1): Atom | null {
    const t = this.t;
    // the unit first: a cheap lookup that rules out almost every token before the number words
    const table = lang === "fr" ? PERIODS_FR : PERIODS_EN;
    const word = t.low(k);
    const unit = table[word] ?? table[word.endsWith("s") ? word.slice(0, -1) : word];
    if (unit !== "day" && unit !== "week" && unit !== "month" && unit !== "year") return null;
    const raw = t.low(i);
    const n = /^\d+$/.test(raw)
      ? Number(raw)
      : raw === "a" && lang === "en"
        ? 1
        : parseNumberWords(raw, lang);
    if (n === null || n < minCount) return null;
    if (unit === "week") return { to: k + 1, expr: { kind: "relative", unit: "day", shift: sign * 7 * n } };
    return { to: k + 1, expr: { kind: "relative", unit, shift: sign * n } };
  }

  /** entre X et Y, du X au Y, between X and Y, from X to Y; « entre le 3 et le 6 février » borrows the month. */
  private range(i: number, joiners: readonly string[]): DateMatch | null {
    const t = this.t;
    const a = this.atom(i + 1);
    if (a && joiners.includes(t.low(a.to))) {
      const b = this.atom(a.to + 1);
      if (b && t.same(i, b.to - 1)) {
        if (b.expr.kind === "calendar" && a.expr.kind === "calendar") orderRange(a.expr, b.expr);
        else if (a.expr.kind !== b.expr.kind) return null;
        return { from: i, to: b.to, expr: a.expr, until: b.expr };
      }
    }
    const day = this.bareDay(i + 1);
    if (day && joiners.includes(t.low(day.to))) {
      const b = this.atom(day.to + 1);
      if (b && b.expr.kind === "calendar" && b.expr.month !== undefined && b.expr.day !== undefined) {
        const first: DateExpr = { kind: "calendar", year: b.expr.year, month: b.expr.month, day: day.day };
        return { from: i, to: b.to, expr: first, until: b.expr };
      }
    }
    return null;
  }

  /** Fills in the direction of an expression that needs one from the tense of its clause. */
  direct(a: Atom, from: number): void {
    const e = a.expr;
    if (e.direction) return;
    if (e.kind === "weekday" || (e.kind === "relative" && e.unit === "weekend" && e.shift === 0))
      e.direction = this.tense(from, a.to);
    else if (
      (e.kind === "calendar" && e.year === undefined) ||
      (e.kind === "season" && e.shift === undefined)
    ) {
      // "by the summer", « d'ici l'été », « avant l'hiver »: a deadline ahead
      const t = this.t;
      // « d'ici fin août », "by the summer"; not "before resuming in late October"
      const deadline =
        DEADLINES.has(t.low(from)) ||
        DEADLINES.has(t.low(from - 1)) ||
        (DEADLINES.has(t.low(from - 2)) && BEFORE_DATE.has(t.low(from - 1)));
      // The verb the date belongs to, when parsed, says more than the nearest word: « a reçu … en
      // septembre » is last September even when next September is nearer to the article date.
      // "had delivered … by November 22": a completed tense outweighs a deadline word, but not « jusqu'à » /
      // "until" (« ont été prévues jusqu'en décembre », "was postponed until March" point ahead)
      const governed = governingTense(t.doc, a.to - 1);
      const until = UNTIL.has(t.low(from - 1)) || UNTIL.has(t.low(from - 2)) || UNTIL.has(t.low(from));
      const d = deadline && (governed !== "past" || until) ? "future" : (governed ?? this.tense(from, a.to));
      const endpoint = ENDPOINTS.has(t.low(from - 1)) || ENDPOINTS.has(t.low(from - 2));
      e.direction = d === "future" ? "future" : governed === "past" && !endpoint ? "recent" : "nearest";
    }
  }

  /** « le 3 » before « et le 6 février ». */
  bareDay(i: number): { day: number; to: number } | null {
    const t = this.t;
    let k = i;
    if (t.low(k) === "le" || t.low(k) === "the") k++;
    const m = /^(\d{1,2})(?:er|e|st|nd|rd|th)?$/.exec(t.raw(k));
    if (!m) return null;
    const day = Number(m[1]);
    return day >= 1 && day <= 31 ? { day, to: k + 1 } : null;
  }

  /** Looks left (then right) in the clause for the nearest tense cue; news defaults to the past. */
  protected nearestCue(from: number, to: number, cue: (i: number) => Direction | null): Direction {
    const t = this.t;
    // the clause first, then further left in the sentence (a cue before a comma)
    for (let k = from - 1, steps = 0; k >= 0 && steps < 10 && t.same(k, from); k--, steps++) {
      if (CLAUSE_BREAKS.has(t.low(k))) break;
      const d = cue(k);
      if (d) return d;
    }
    for (let k = to, steps = 0; k < t.n && steps < 4 && t.same(k, from); k++, steps++) {
      if (CLAUSE_BREAKS.has(t.low(k))) break;
      const d = cue(k);
      if (d) return d;
    }
    for (let k = from - 1, steps = 0; k >= 0 && steps < 20 && t.same(k, from); k--, steps++) {
      const w = t.low(k);
      if (w === "«" || w === "»" || w === "“" || w === "”" || w === '"') break;
      const d = cue(k);
      if (d) return d;
    }
    return "past";
  }
}

/** Auxiliaries that mark a future or a completed (perfect) event; modal auxiliaries say neither. */
const FUTURE_AUX = new Set(["will", "shall"]);
const PERFECT_AUX = new Set(["avoir", "have"]);
const GOING_TO = new Set(["aller"]);

/**
 * The tense of the verb a token belongs to, from the parse (its nearest VERB or AUX ancestor, within a
 * few steps): "future" (aura lieu, will sign, va se tenir), "past" (a reçu, s'est tenu, fut signé,
 * pledged, was signed, had met), or null when the parse is absent or the verb says neither (present,
 * conditional, modal, « est prévu » — a passive present that may point ahead).
 *
 * @example
 * governingTense(doc, indexOfSeptembre); // "past" in « La Russie a reçu des obus en septembre »
 */
export function governingTense(doc: Doc, i: number): Direction | null {
  const tk = doc.tokens;
  const { head, pos, feats, lemma, dep } = tk;
  if (!head || !pos || !feats || !lemma || !dep || i < 0 || i >= tk.length) return null;
  let v = i;
  for (let steps = 0; steps < 5 && pos[v] !== "VERB" && pos[v] !== "AUX"; steps++) {
    // "the summit is in August": a predicate's tense is its copula's (and auxiliaries': will be)
    const copula = childWith(doc, v, (d) => d === "cop");
    if (copula >= 0) {
      const cf = feats[copula] ?? "";
      // "would have been 80 on February 20": a modal leaves the tense open
      const modal = (d: string, c: number) =>
        d.startsWith("aux") && ((feats[c] ?? "").includes("Mood=Cnd") || feats[c] === "VerbForm=Fin");
      if (childWith(doc, v, (d, c) => modal(d, c) && !FUTURE_AUX.has(lemma[c])) >= 0) return null;
      if (
        cf.includes("Tense=Fut") ||
        childWith(doc, v, (d, c) => d.startsWith("aux") && FUTURE_AUX.has(lemma[c])) >= 0
      )
        return "future";
      return cf.includes("Tense=Past") || cf.includes("Tense=Imp") ? "past" : null;
    }
    if (head[v] < 0) return null;
    v = head[v];
  }
  if (pos[v] !== "VERB" && pos[v] !== "AUX") return null;
  // "was expected to end on December 15", « devait s'achever le 15 décembre »: an infinitive's tense is its governor's
  if (
    (feats[v] ?? "").includes("VerbForm=Inf") &&
    head[v] >= 0 &&
    pos[head[v]] === "VERB" &&
    !GOING_TO.has(lemma[head[v]])
  )
    v = head[v];
  const f = feats[v] ?? "";
  if (f.includes("Mood=Cnd")) return null;
  if (f.includes("Tense=Fut")) return "future";
  // « va se tenir »: an infinitive under a present « aller »
  const up = head[v];
  if (
    f.includes("VerbForm=Inf") &&
    up >= 0 &&
    GOING_TO.has(lemma[up]) &&
    (feats[up] ?? "").includes("Tense=Pres")
  )
    return "future";
  let perfect = false;
  let pronominal = false;
  const sentence = tk.sentence[v];
  for (let c = v - 1; c >= 0 && tk.sentence[c] === sentence; c--) {
    if (head[c] !== v) continue;
    const cf = feats[c] ?? "";
    if (dep[c].startsWith("expl")) pronominal = true;
    if (!dep[c].startsWith("aux")) continue;
    if (FUTURE_AUX.has(lemma[c]) || cf.includes("Tense=Fut")) return "future";
    // could, would, may: a modal has no tense of its own
    if (cf.includes("Mood=Cnd") || (pos[c] === "AUX" && cf === "VerbForm=Fin")) return null;
    if (cf.includes("Tense=Past") || cf.includes("Tense=Imp")) return "past";
    if (PERFECT_AUX.has(lemma[c]) && cf.includes("Tense=Pres")) perfect = true;
  }
  // « s'est tenu »: a pronominal verb's « être » is its perfect; a bare « est signé » may be a passive present
  if (f.includes("VerbForm=Part")) return perfect || pronominal ? "past" : null;
  if (f.includes("Tense=Past") || f.includes("Tense=Imp")) return "past";
  return null;
}

/** The first dependent of token v whose relation passes `test`, or -1. */
function childWith(doc: Doc, v: number, test: (dep: string, c: number) => boolean): number {
  const tk = doc.tokens;
  const { head, dep } = tk;
  if (!head || !dep) return -1;
  const sentence = tk.sentence[v];
  for (let c = v - 1; c >= 0 && tk.sentence[c] === sentence; c--)
    if (head[c] === v && test(dep[c], c)) return c;
  for (let c = v + 1; c < tk.length && tk.sentence[c] === sentence; c++)
    if (head[c] === v && test(dep[c], c)) return c;
  return -1;
}

function withDirection(e: DateExpr, d: Direction): void {
  if (e.kind !== "relative" || e.shift === 0) e.direction = d;
}

/** In « entre octobre et mars », the start must not come after the end. */
function orderRange(a: DateExpr, b: DateExpr): void {
  if (a.kind !== "calendar" || b.kind !== "calendar") return;
  if (a.year === undefined && b.year !== undefined) {
    a.year = (a.month ?? 1) > (b.month ?? 12) ? b.year - 1 : b.year;
  }
  if (a.year === undefined && b.year === undefined) {
    a.direction = "past";
    b.direction = "past";
  }
  if (a.month === undefined && b.month !== undefined && a.day !== undefined) a.month = b.month;
}

class FrenchGrammar extends Grammar {
  readonly sinceWords = new Set(["depuis", "dès"]);
  readonly ranges: Record<string, readonly string[]> = { entre: ["et"], du: ["au"] };

  lastCount(i: number): Atom | null {
    // « trois derniers mois »: count, adjective, period
    return LAST_COUNT_FR_SET.has(this.t.low(i + 1)) ? this.periods(i, i + 2, -1, "fr", 2) : null;
  }

  tense(from: number, to: number): Direction {
    const t = this.t;
    return this.nearestCue(from, to, (k) => {
      const w = t.low(k);
      if (FUTURE_CUES_FR.has(w) || w === "devaient" || w === "devait") return "future";
      if (PAST_AUX_FR.has(w) || w === "hier" || w === "dernier" || w === "dernière") return "past";
      if (w.length >= 4 && FUTURE_FR.test(w) && !NOT_FUTURE_FR.has(w) && !MONTHS_FR[w]) return "future";
      return null;
    });
  }

  atom(i: number): Atom | null {
    const t = this.t;
    const w = t.low(i);
    // Most tokens start no date: a cheap test that keeps every token a rule below could start from.
    if (
      !w.startsWith("mi-") &&
      !isDigitCode(w.charCodeAt(0)) &&
      !STARTERS_FR.has(w) &&
      !STARTERS_FR.has(t.wordName(i))
    )
      return null;
    // parts: début juin, fin août, mi-septembre, au début du mois, fin de l'année
    if (w.startsWith("mi-")) {
      const month = MONTHS_FR[w.slice(3)];
      if (month) return this.withYear({ kind: "calendar", month }, i + 1);
    }
    let k = i;
    if ((w === "au" || w === "à" || w === "en") && PARTS_FR[t.low(i + 1)]) k = i + 1;
    else if (w === "à" && t.low(i + 1) === "la" && PARTS_FR[t.low(i + 2)]) k = i + 2;
    if (PARTS_FR[t.low(k)] && t.same(i, k + 1)) {
      let j = k + 1;
      const link = t.low(j);
      if (link === "de" || link === "d'") j++;
      else if (link === "du") return this.period(j + 1, "le");
      if (link === "de" && (t.low(j) === "la" || t.low(j) === "l'")) return this.period(j + 1, t.low(j));
      // « en début de semaine », « en fin de semaine dernière »: the period with no article, after a
      // preposition (« les fins de mois difficiles » is no date)
      const bare = link === "de" && k > i ? PERIODS_FR[t.low(j)] : undefined;
      if (bare === "week" || bare === "month") return this.period(j, bare === "week" ? "la" : "le");
      if (link === "de" || link === "d'" || j === k + 1) {
        const month = MONTHS_FR[t.word(j)[0]];
        if (month && (j === k + 1 || link === "de"))
          return this.withYear({ kind: "calendar", month }, t.word(j)[1]);
        const year = yearOf(t, j);
        if (year) return { to: j + 1, expr: { kind: "calendar", year } };
        if (link === "d'" || t.low(j) === "l'") return this.period(t.low(j) === "l'" ? j + 1 : j, "l'");
      }
      return null;
    }
    // hier, aujourd'hui, demain (soir, matin)
    const dayWord = DAY_WORDS_FR[w];
    if (dayWord !== undefined) {
      let to = i + 1;
      if (["soir", "matin", "midi", "après-midi"].includes(t.low(to))) to++;
      return { to, expr: { kind: "relative", unit: "day", shift: dayWord } };
    }
    // mardi, mardi dernier, lundi soir, mardi 11 mars
    const weekday = WEEKDAYS_FR[w];
    if (weekday !== undefined) {
      const dated = this.dayMonth(i + 1);
      if (dated) return dated;
      let to = i + 1;
      const shift = SHIFTS_FR[t.low(to)];
      let direction: Direction | undefined;
      if (shift !== undefined) {
        direction = shift < 0 ? "past" : "future";
        to++;
      }
      if (["soir", "matin", "midi", "après-midi"].includes(t.low(to))) to++;
      const current = t.low(i - 1) === "ce" && shift === undefined;
      return { to, expr: { kind: "weekday", weekday, direction, ...(current ? { current } : {}) } };
    }
    // le 3 mars, 14 janv. 2022, le premier mai, le mardi 11 mars
    if (w === "le" || w === "du" || w === "au") {
      const wd = WEEKDAYS_FR[t.low(i + 1)];
      const dated = this.dayMonth(wd !== undefined ? i + 2 : i + 1);
      if (dated) return dated;
      // le mois dernier, le week-end prochain; a bare « du mois » only after a part (fin du mois)
      const p = this.period(i + 1, "le");
      if (p && (p.expr.kind !== "relative" || p.to > i + 2)) return p;
    }
    const dated = this.dayMonth(i);
    if (dated) return dated;
    // en mars, mars 2025, le mois de mars
    if (w === "mois" && t.low(i + 1) === "de" && MONTHS_FR[t.word(i + 2)[0]])
      return this.withYear({ kind: "calendar", month: MONTHS_FR[t.word(i + 2)[0]] }, t.word(i + 2)[1]);
    const month = this.monthAt(i);
    if (month) return month;
    // en 2022, depuis 2023
    const year = yearOf(t, i);
    if (year !== undefined && this.yearContext(i)) return { to: i + 1, expr: { kind: "calendar", year } };
    // la semaine dernière, ce mois-ci, cette année, l'an dernier, ce week-end
    if (w === "la" || w === "l'" || w === "ce" || w === "cet" || w === "cette") return this.period(i + 1, w);
    // au printemps, en été
    if ((w === "au" || w === "en") && SEASONS_FR[t.low(i + 1)]) return this.season(i + 1, w);
    // il y a trois jours
    if (w === "il" && t.low(i + 1) === "y" && t.low(i + 2) === "a")
      return this.periods(i + 3, i + 4, -1, "fr");
    if (w === "dans") return this.periods(i + 1, i + 2, 1, "fr");
    return null;
  }

  /** « 3 mars », « 1er mai », « premier mai », « 14 janv. 2022 » at i. */
  private dayMonth(i: number): Atom | null {
    const t = this.t;
    const raw = t.low(i);
    let day: number | undefined;
    const m = isDigitCode(raw.charCodeAt(0)) ? DAY_FR.exec(raw) : null;
    if (m) day = Number(m[1]);
    else if (raw === "premier") day = 1;
    if (day === undefined || day < 1 || day > 31) return null;
    const name = t.wordName(i + 1);
    const month = MONTHS_FR[name];
    if (!month || !this.monthWordOk(i + 1, name)) return null;
    return this.withYear({ kind: "calendar", month, day }, t.word(i + 1)[1]);
  }

  private monthAt(i: number): Atom | null {
    const t = this.t;
    const name = t.wordName(i);
    const month = MONTHS_FR[name];
    if (!month || !this.monthWordOk(i, name)) return null;
    const after = t.word(i)[1];
    // a bare month name needs a calendar context: a preposition before, a year after, or a part
    const before = t.low(i - 1);
    const hasYear = yearOf(t, after) !== undefined;
    if (
      !hasYear &&
      ![
        "en",
        "depuis",
        "de",
        "d'",
        "et",
        "à",
        "jusqu'en",
        "dès",
        "avant",
        "après",
        "mois",
        "fin",
        "début",
        "entre",
        "ou",
        "courant",
        "mi",
      ].includes(before)
    )
      return null;
    // « en septembre dernier », « en mars prochain »: the word after gives the direction and joins the date
    const shift = hasYear ? undefined : SHIFTS_FR[t.low(after)];
    if (shift !== undefined) {
      const atom = this.withYear(
        { kind: "calendar", month, direction: shift < 0 ? "past" : "future" },
        after,
      );
      return { ...atom, to: after + 1 };
    }
    return this.withYear({ kind: "calendar", month }, after);
  }

  /** Capitalised « Mars » mid-sentence is the planet; « sept », « oct » need their period or a year. */
  private monthWordOk(i: number, name: string): boolean {
    const t = this.t;
    const raw = t.raw(i);
    if (
      raw[0] !== raw[0].toLowerCase() &&
      name === "mars" &&
      t.same(i - 1, i) &&
      !CLAUSE_BREAKS.has(t.low(i - 1))
    )
      return false;
    if (name.length <= 4 && !["mars", "mai", "juin", "août", "aout"].includes(name)) {
      return t.hasPeriod(i) || yearOf(t, t.word(i)[1]) !== undefined;
    }
    return true;
  }

  private withYear(expr: DateExpr & { kind: "calendar" }, after: number): Atom {
    const t = this.t;
    const year = yearOf(t, after);
    if (year !== undefined) return { to: after + 1, expr: { ...expr, year } };
    // « en janvier de cette année », « le 20 mars de l'année dernière », « en mai de l'an prochain »
    if (t.low(after) === "de" || t.low(after) === "d'") {
      const w1 = t.low(after + 1);
      const w2 = t.low(after + 2);
      const w3 = t.low(after + 3);
      if (w1 === "cette" && w2 === "année") return { to: after + 3, expr: { ...expr, yearShift: 0 } };
      const shift = SHIFTS_FR[w3];
      if ((w1 === "l'" || w1 === "la") && (w2 === "année" || w2 === "an") && shift !== undefined)
        return { to: after + 4, expr: { ...expr, yearShift: shift } };
    }
    return { to: after, expr };
  }

  private yearContext(i: number): boolean {
    const before = this.t.low(i - 1);
    const after = this.t.low(i + 1);
    return (
      [
        "en",
        "depuis",
        "de",
        "dès",
        "jusqu'en",
        "avant",
        "après",
        "à",
        "et",
        "année",
        "an",
        "début",
        "fin",
        "mi",
        "courant",
        "entre",
        "l'an",
        "d'ici",
      ].includes(before) ||
      CLAUSE_BREAKS.has(after) ||
      after === ""
    );
  }

  /** la semaine dernière · ce mois-ci · l'an dernier · cette année · ce week-end · le mois prochain. */
  private period(i: number, det: string): Atom | null {
    const t = this.t;
    let w = t.low(i);
    let to = i + 1;
    let here = false;
    if (w.endsWith("-ci") || w.endsWith("-là")) {
      w = w.slice(0, -3);
      here = true;
    }
    if (SEASONS_FR[w]) return this.season(i, det);
    const unit = PERIODS_FR[w];
    if (!unit || unit === "day") return null;
    let shift: number | undefined = SHIFTS_FR[t.low(to)];
    if (shift !== undefined) to++;
    else if (det === "ce" || det === "cet" || det === "cette" || here) shift = 0;
    else if (det === "le" && unit === "month")
      shift = 0; // au début du mois
    else if ((det === "l'" || det === "la") && unit === "year")
      shift = 0; // fin de l'année
    else if (det === "la" && unit === "week") shift = 0;
    if (shift === undefined) return null;
    const year = yearOf(t, to);
    if (unit === "year" && year !== undefined) return { to: to + 1, expr: { kind: "calendar", year } };
    return { to, expr: { kind: "relative", unit, shift } };
  }

  private season(i: number, det: string): Atom | null {
    const t = this.t;
    const months = SEASONS_FR[t.low(i)];
    if (!months) return null;
    let to = i + 1;
    const year = yearOf(t, to);
    if (year !== undefined) return { to: to + 1, expr: { kind: "season", months, year } };
    const shift = SHIFTS_FR[t.low(to)];
    if (shift !== undefined) {
      to++;
      return { to, expr: { kind: "season", months, shift } };
    }
    return { to, expr: { kind: "season", months, shift: det === "ce" || det === "cet" ? 0 : undefined } };
  }
}

class EnglishGrammar extends Grammar {
  readonly sinceWords = new Set(["since"]);
  readonly ranges: Record<string, readonly string[]> = { between: ["and"], from: ["to", "until", "through"] };

  lastCount(i: number): Atom | null {
    // "the past three months": adjective, count, period, after "the" (the visit should "last three days")
    const t = this.t;
    return LAST_COUNT_EN_SET.has(t.low(i)) && t.low(i - 1) === "the"
      ? this.periods(i + 1, i + 2, -1, "en", 2)
      : null;
  }

  tense(from: number, to: number): Direction {
    const t = this.t;
    return this.nearestCue(from, to, (k) => {
      const w = t.low(k);
      if (FUTURE_CUES_EN.has(w)) return "future";
      if (PAST_EN.has(w) || (w.length > 4 && w.endsWith("ed") && w !== "expected" && w !== "scheduled"))
        return "past";
      return null;
    });
  }

  atom(i: number): Atom | null {
    const t = this.t;
    const w = t.low(i);
    // Most tokens start no date: a cheap test that keeps every token a rule below could start from
    // (the last ones, "three days ago", start from the count before a period word).
    if (
      !w.startsWith("mid-") &&
      !isDigitCode(w.charCodeAt(0)) &&
      !STARTERS_EN.has(w) &&
      !STARTERS_EN.has(t.wordName(i)) &&
      !mayBePeriodWord(PERIOD_WORDS_EN, t.low(i + 1))
    )
      return null;
    // mid-September
    if (w.startsWith("mid-")) {
      const month = MONTHS_EN[w.slice(4)];
      if (month) return this.withYear({ kind: "calendar", month }, i + 1);
      const year = /^\d{4}$/.test(w.slice(4)) ? Number(w.slice(4)) : undefined;
      if (year) return { to: i + 1, expr: { kind: "calendar", year } };
    }
    // in late August, early June, by the end of the year, at the beginning of March
    let k = i;
    if (w === "in" && PARTS_EN[t.low(i + 1)]) k = i + 1;
    if (
      (w === "the" || w === "at" || w === "by") &&
      (t.low(i + 1) === "end" ||
        t.low(i + 1) === "beginning" ||
        t.low(i + 1) === "start" ||
        t.low(i + 1) === "middle")
    )
      k = i + 1;
    else if ((w === "at" || w === "by") && t.low(i + 1) === "the" && PARTS_EN[t.low(i + 2)]) k = i + 2;
    const part = PARTS_EN[t.low(k)];
    if (part && t.same(i, k + 1)) {
      let j = k + 1;
      if (t.low(j) === "of") j++;
      if (t.low(j) === "the" || t.low(j) === "this" || t.low(j) === "next" || t.low(j) === "last") {
        const p = this.period(j, true);
        if (p) return p;
      }
      const month = MONTHS_EN[t.word(j)[0]];
      if (month) return this.withYear({ kind: "calendar", month }, t.word(j)[1]);
      const year = yearOf(t, j);
      if (year) return { to: j + 1, expr: { kind: "calendar", year } };
      return null;
    }
    // earlier this month, later this year
    if ((w === "earlier" || w === "later") && t.low(i + 1) === "this") return this.period(i + 1);
    const dayWord = DAY_WORDS_EN[w];
    if (dayWord !== undefined) {
      let to = i + 1;
      if (["morning", "evening", "night", "afternoon"].includes(t.low(to))) to++;
      return { to, expr: { kind: "relative", unit: "day", shift: dayWord } };
    }
    if (w === "tonight") return { to: i + 1, expr: { kind: "relative", unit: "day", shift: 0 } };
    if (w === "last" && t.low(i + 1) === "night")
      return { to: i + 2, expr: { kind: "relative", unit: "day", shift: -1 } };
    // on Tuesday, Tuesday, March 11, last Tuesday, Monday evening
    const shiftWord = SHIFTS_EN[w];
    const wdAt = shiftWord !== undefined ? i + 1 : w === "on" ? i + 1 : i;
    const weekday = WEEKDAYS_EN[t.low(wdAt)];
    if (weekday !== undefined && /^[A-Z]/.test(t.raw(wdAt))) {
      let after = wdAt + 1;
      if (t.low(after) === ",") after++;
      const dated = this.monthDay(after);
      if (dated) return dated;
      let to = wdAt + 1;
      if (["morning", "evening", "night", "afternoon"].includes(t.low(to))) to++;
      const direction: Direction | undefined =
        shiftWord === undefined || shiftWord === 0 ? undefined : shiftWord < 0 ? "past" : "future";
      const current = shiftWord === 0;
      return { to, expr: { kind: "weekday", weekday, direction, ...(current ? { current } : {}) } };
    }
    const dated = this.monthDay(i) ?? this.dayMonth(i);
    if (dated) return dated;
    const month = this.monthAt(i);
    if (month) return month;
    const year = yearOf(t, i);
    if (year !== undefined && this.yearContext(i)) return { to: i + 1, expr: { kind: "calendar", year } };
    if (shiftWord !== undefined || w === "the" || w === "over" || w === "this") {
      const p = this.period(w === "over" && t.low(i + 1) === "the" ? i + 1 : i);
      if (p) return p;
    }
    // before winter, in spring, by the summer
    if (
      (w === "in" || w === "by" || w === "during" || w === "before" || w === "after" || w === "until") &&
      SEASONS_EN[t.low(i + 1)] &&
      t.low(i + 1) !== "fall"
    )
      return this.season(i + 1, undefined);
    if (
      (w === "in" || w === "by" || w === "during" || w === "before" || w === "after" || w === "until") &&
      t.low(i + 1) === "the" &&
      SEASONS_EN[t.low(i + 2)]
    )
      return this.season(i + 2, undefined);
    // three days ago, in two weeks' time
    const ago = this.periods(i, i + 1, -1, "en");
    if (ago && t.low(ago.to) === "ago") return { to: ago.to + 1, expr: ago.expr };
    if (w === "in") {
      const ahead = this.periods(i + 1, i + 2, 1, "en");
      if (ahead && (t.low(ahead.to) === "time" || t.low(ahead.to) === "'" || t.low(ahead.to) === "'s")) {
        let to = ahead.to;
        while (to < ahead.to + 2 && (t.low(to) === "'" || t.low(to) === "'s" || t.low(to) === "time")) to++;
        return { to, expr: ahead.expr };
      }
    }
    return null;
  }

  /** March 11 · Feb. 3 · March 11, 2025. */
  private monthDay(i: number): Atom | null {
    const t = this.t;
    const name = t.wordName(i);
    const month = MONTHS_EN[name];
    if (!month || !/^[A-Z]/.test(t.raw(i))) return null;
    const after = t.word(i)[1];
    const m = DAY_EN.exec(t.low(after));
    if (!m) return null;
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    let to = after + 1;
    if (t.low(to) === "," && yearOf(t, to + 1) !== undefined) to++;
    return this.withYear({ kind: "calendar", month, day }, to);
  }

  /** 11 March 2025 · the 11th of March. */
  private dayMonth(i: number): Atom | null {
    const t = this.t;
    let k = i;
    if (t.low(k) === "the") k++;
    const m = isDigitCode(t.low(k).charCodeAt(0)) ? DAY_EN.exec(t.low(k)) : null;
    if (!m) return null;
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    let j = k + 1;
    if (t.low(j) === "of") j++;
    else if (k !== i) return null;
    const name = t.wordName(j);
    const month = MONTHS_EN[name];
    if (!month || !/^[A-Z]/.test(t.raw(j))) return null;
    const after = t.word(j)[1];
    return this.withYear({ kind: "calendar", month, day }, after);
  }

  private monthAt(i: number): Atom | null {
    const t = this.t;
    const name = t.wordName(i);
    const month = MONTHS_EN[name];
    if (!month || !/^[A-Z]/.test(t.raw(i))) return null;
    const after = t.word(i)[1];
    const hasYear = yearOf(t, after) !== undefined;
    const before = t.low(i - 1);
    const prepositions = [
      "in",
      "since",
      "until",
      "till",
      "by",
      "of",
      "from",
      "to",
      "and",
      "early",
      "late",
      "between",
      "before",
      "after",
      "during",
      "last",
      "next",
      "this",
      "or",
    ];
    if (!hasYear && !prepositions.includes(before)) return null;
    if (
      AMBIGUOUS_MONTHS_EN.has(name) &&
      !hasYear &&
      ![
        "in",
        "since",
        "until",
        "by",
        "early",
        "late",
        "last",
        "next",
        "between",
        "during",
        "and",
        "to",
      ].includes(before)
    )
      return null;
    // abbreviations need their period
    if (name.length <= 3 && name !== "may" && !t.hasPeriod(i) && !hasYear) return null;
    // last October, next March
    const direction: Direction | undefined =
      before === "last" ? "past" : before === "next" ? "future" : undefined;
    return this.withYear({ kind: "calendar", month, ...(direction ? { direction } : {}) }, after);
  }

  private withYear(expr: DateExpr & { kind: "calendar" }, after: number): Atom {
    const t = this.t;
    let at = after;
    // March 3, 2018 · "in March, 2018" · "in March of 2016"
    if (
      (t.low(at) === "," || (t.low(at) === "of" && expr.day === undefined)) &&
      yearOf(t, at + 1) !== undefined
    )
      at++;
    const year = yearOf(t, at);
    if (year !== undefined) return { to: at + 1, expr: { ...expr, year } };
    // "in January of this year", "March 20 last year", "in May next year"
    const of = t.low(after) === "of" ? 1 : 0;
    const shift = SHIFTS_EN[t.low(after + of)];
    if (
      shift !== undefined &&
      t.low(after + of + 1) === "year" &&
      (of === 0 || shift === 0 || t.low(after + of) === "last")
    )
      return { to: after + of + 2, expr: { ...expr, yearShift: shift } };
    return { to: after, expr };
  }

  private yearContext(i: number): boolean {
    const before = this.t.low(i - 1);
    const after = this.t.low(i + 1);
    return (
      [
        "in",
        "since",
        "of",
        "from",
        "to",
        "until",
        "by",
        "before",
        "after",
        "and",
        "early",
        "late",
        "between",
        "during",
        "year",
      ].includes(before) ||
      CLAUSE_BREAKS.has(after) ||
      after === ""
    );
  }

  /** last week · this month · next year · the previous week · the weekend · this summer. */
  private period(i: number, afterPart = false): Atom | null {
    const t = this.t;
    const w = t.low(i);
    let shift: number | undefined = SHIFTS_EN[w];
    if (w === "the") {
      const next = t.low(i + 1);
      if (next === "weekend") return { to: i + 2, expr: { kind: "relative", unit: "weekend", shift: 0 } };
      shift =
        next === "previous" || next === "past"
          ? -1
          : next === "following" || next === "coming"
            ? 1
            : undefined;
      if (shift !== undefined) {
        const unit = PERIODS_EN[t.low(i + 2)];
        if (unit && unit !== "day") return { to: i + 3, expr: { kind: "relative", unit, shift } };
      }
      if (afterPart && (next === "year" || next === "month" || next === "week")) {
        return { to: i + 2, expr: { kind: "relative", unit: PERIODS_EN[next] as "year", shift: 0 } };
      }
      if (SEASONS_EN[next]) return this.season(i + 1, undefined);
      return null;
    }
    if (shift === undefined) return null;
    const next = t.low(i + 1);
    if (SEASONS_EN[next]) return this.season(i + 1, shift);
    const unit = PERIODS_EN[next];
    if (!unit || unit === "day") return null;
    return { to: i + 2, expr: { kind: "relative", unit, shift } };
  }

  private season(i: number, shift: number | undefined): Atom | null {
    const t = this.t;
    const months = SEASONS_EN[t.low(i)];
    if (!months) return null;
    const year = yearOf(t, i + 1);
    if (year !== undefined) return { to: i + 2, expr: { kind: "season", months, year } };
    return { to: i + 1, expr: { kind: "season", months, shift } };
  }
}

/**
 * Finds date expressions in a French or English tokenised document.
 *
 * @example
 * findDateExpressions(doc) // [{ from: 4, to: 7, expr: { kind: "relative", unit: "week", shift: -1 } }, …]
 */
export function findDateExpressions(doc: Doc): DateMatch[] {
  const t = new Tokens(doc);
  if (doc.lang === "fr") return new FrenchGrammar(t).scan();
  if (doc.lang === "en") return new EnglishGrammar(t).scan();
  return [];
}
