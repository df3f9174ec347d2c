/**
 * Lemmatiser: an exception table learnt from UD training data plus suffix
 * rules ("strip n characters, append s") learnt per UPOS from the same data,
 * applied by longest matching suffix for unseen forms
 * (recevrait → recevoir by analogy with devrait → devoir).
 */

import { CLITIC_LEMMAS } from "../lang/fr/syntax-contractions.ts";

/** Longest suffix a rule is keyed on. */
const MAX_SUFFIX = 8;
/** POS whose lemma is the form itself (case kept). */
const KEEP_FORM = new Set(["PROPN", "NUM", "PUNCT", "SYM", "X"]);

/** Apostrophes and dashes as written in news, mapped to the UD training forms. */
export function normaliseForm(form: string): string {
  return form.replace(/[’ʼ‘`]/g, "'");
}

function lowerFirstAware(s: string): string {
  return s.toLowerCase();
}

/** Edit rule from form to lemma: characters stripped from the end and the string appended. */
export function editRule(form: string, lemma: string): { strip: number; add: string } {
  let p = 0;
  const n = Math.min(form.length, lemma.length);
  while (p < n && form.charCodeAt(p) === lemma.charCodeAt(p)) p++;
  return { strip: form.length - p, add: lemma.slice(p) };
}

export interface LemmatiserData {
  lang: string;
  /** "UPOS\tform" → lemma, where the rules get it wrong. */
  exceptions: Record<string, string>;
  /** "UPOS\tsuffix" → "strip\tadd". */
  rules: Record<string, string>;
}

/**
 * Lemma for a form and its UPOS.
 *
 * @example
 * const lem = Lemmatiser.train([{ form: "devrait", upos: "VERB", lemma: "devoir" }], "fr");
 * lem.lemma("recevrait", "VERB"); // "recevoir"
 */
export class Lemmatiser {
  readonly lang: string;
  private readonly exceptions: Map<string, string>;
  private readonly rules: Map<string, string>;

  constructor(data: LemmatiserData) {
    this.lang = data.lang;
    this.exceptions = new Map(Object.entries(data.exceptions));
    this.rules = new Map(Object.entries(data.rules));
  }

  toJSON(): LemmatiserData {
    return {
      lang: this.lang,
      exceptions: Object.fromEntries(this.exceptions),
      rules: Object.fromEntries(this.rules),
    };
  }

  /** Lemma by rules alone (no exception table). */
  byRule(form: string, upos: string): string {
    if (KEEP_FORM.has(upos)) return form;
    const lower = lowerFirstAware(form);
    for (let k = Math.min(lower.length, MAX_SUFFIX); k >= 0; k--) {
      const r = this.rules.get(`${upos}\t${lower.slice(lower.length - k)}`);
      if (r !== undefined) {
        const tab = r.indexOf("\t");
        const strip = Number(r.slice(0, tab));
        if (strip > lower.length) continue;
        return lower.slice(0, lower.length - strip) + r.slice(tab + 1);
      }
    }
    return lower;
  }

  lemma(rawForm: string, upos: string): string {
    const form = normaliseForm(rawForm);
    if (this.lang === "fr" && form.startsWith("-")) {
      // A split-off clitic ("-t-il") is lemmatised as the bare pronoun ("il").
      const bare = CLITIC_LEMMAS[form.toLowerCase()];
      if (bare) return this.lemma(bare, upos);
    }
    const exact = this.exceptions.get(`${upos}\t${form}`);
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    if (lower !== form && !KEEP_FORM.has(upos)) {
      const low = this.exceptions.get(`${upos}\t${lower}`);
      if (low !== undefined) return low;
    }
    return this.byRule(form, upos);
  }

  /** Learns rules and exceptions from (form, upos, lemma) tokens. */
  static train(tokens: Iterable<{ form: string; upos: string; lemma: string }>, lang: string): Lemmatiser {
    // Majority lemma per (upos, form) type.
    const typeCounts = new Map<string, Map<string, number>>();
    for (const t of tokens) {
      if (t.lemma === "_" || t.upos === "_") continue;
      const key = `${t.upos}\t${normaliseForm(t.form)}`;
      let m = typeCounts.get(key);
      if (!m) {
        m = new Map();
        typeCounts.set(key, m);
      }
      m.set(t.lemma, (m.get(t.lemma) ?? 0) + 1);
    }
    const types: { upos: string; form: string; lemma: string }[] = [];
    for (const [key, m] of typeCounts) {
      const [upos, form] = key.split("\t");
      let best = "";
      let bestN = -1;
      for (const [l, n] of m) if (n > bestN) [best, bestN] = [l, n];
      types.push({ upos, form, lemma: best });
    }
    // Suffix rules, counted over lower-case types.
    const ruleCounts = new Map<string, Map<string, number>>();
    const seenLower = new Set<string>();
    for (const t of types) {
      if (KEEP_FORM.has(t.upos) || t.upos.includes("+")) continue;
      const lower = t.form.toLowerCase();
      const typeKey = `${t.upos}\t${lower}`;
      if (seenLower.has(typeKey)) continue;
      seenLower.add(typeKey);
      const { strip, add } = editRule(lower, t.lemma);
      const rule = `${strip}\t${add}`;
      for (let k = strip; k <= Math.min(lower.length, MAX_SUFFIX); k++) {
        const key = `${t.upos}\t${lower.slice(lower.length - k)}`;
        let m = ruleCounts.get(key);
        if (!m) {
          m = new Map();
          ruleCounts.set(key, m);
        }
        m.set(rule, (m.get(rule) ?? 0) + 1);
      }
    }
    const bestRule = new Map<string, string>();
    for (const [key, m] of ruleCounts) {
      let best = "";
      let bestN = -1;
      for (const [r, n] of m) if (n > bestN || (n === bestN && r < best)) [best, bestN] = [r, n];
      bestRule.set(key, best);
    }
    // Keep a rule only where it differs from what the shorter suffix would give.
    const rules = new Map<string, string>();
    for (const [key, rule] of bestRule) {
      const [upos, suffix] = key.split("\t");
      let parent: string | undefined;
      for (let k = suffix.length - 1; k >= 0 && parent === undefined; k--) {
        parent = bestRule.get(`${upos}\t${suffix.slice(suffix.length - k)}`);
      }
      if (parent !== rule) rules.set(key, rule);
    }
    const lem = new Lemmatiser({ lang, exceptions: {}, rules: Object.fromEntries(rules) });
    const exceptions = new Map<string, string>();
    for (const t of types) {
      if (lem.lemma(t.form, t.upos) !== t.lemma) {
        exceptions.set(`${t.upos}\t${t.form}`, t.lemma);
        lem.exceptions.set(`${t.upos}\t${t.form}`, t.lemma);
      }
    }
    return lem;
  }
}
