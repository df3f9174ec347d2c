/**
 * Tagging units versus syntactic words.
 *
 * The tagger works on written units: for French, a contraction listed in
 * src/lang/fr/syntax-contractions.ts ("du", "des", "aux") is one unit with a
 * compound tag ("ADP+DET") and a compound lemma ("de+le"), as the tokenizer
 * keeps it one token. The parser works on syntactic words: a unit with a
 * compound tag expands to the contraction's words (du → de le). "des" is
 * ambiguous (indefinite article DET, or de + les): the tagger's tag decides.
 */

import { CONTRACTIONS } from "../lang/fr/syntax-contractions.ts";
import type { ConlluSentence } from "./conllu.ts";

/** Separator of compound tags and lemmas: "ADP+DET", "de+le". */
export const JOIN = "+";

/** One tagging unit with its gold annotation (for training) and its word span. */
export interface Unit {
  form: string;
  upos: string;
  /** Morphological features (UD FEATS string, "_" when none). */
  feats: string;
  lemma: string;
  /** Index of the unit's first word and number of words. */
  firstWord: number;
  nWords: number;
}

export function contractionOf(lang: string, form: string) {
  if (lang !== "fr") return undefined;
  return CONTRACTIONS[form.toLowerCase()];
}

/**
 * The tagging units of a CoNLL-U sentence with gold segmentation: French
 * contractions in the table become one unit; every other word is its own unit.
 *
 * @example
 * unitsOf(sentence, "fr").map((u) => u.form); // ["Le", "prix", "du", "pain"]
 */
export function unitsOf(s: ConlluSentence, lang: string): Unit[] {
  const byFirst = new Map<number, { last: number; form: string }>();
  if (lang === "fr") {
    for (const m of s.multiwords) {
      const c = contractionOf(lang, m.form);
      if (c && m.last - m.first + 1 === c.words.length) byFirst.set(m.first, { last: m.last, form: m.form });
    }
  }
  const units: Unit[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    const mw = byFirst.get(w.id);
    if (mw) {
      const n = mw.last - w.id + 1;
      const parts = s.words.slice(i, i + n);
      const featsOf = parts.filter((p) => p.feats !== "_").map((p) => p.feats);
      units.push({
        form: mw.form,
        upos: parts.map((p) => p.upos).join(JOIN),
        feats: featsOf.length ? featsOf[featsOf.length - 1] : "_",
        lemma: parts.map((p) => p.lemma).join(JOIN),
        firstWord: i,
        nWords: n,
      });
      i += n - 1;
    } else {
      units.push({ form: w.form, upos: w.upos, feats: w.feats, lemma: w.lemma, firstWord: i, nWords: 1 });
    }
  }
  return units;
}

/** A predicted word after expanding units. */
export interface PredictedWord {
  form: string;
  upos: string;
  feats: string;
  lemma: string;
  /** Index of the unit it came from. */
  unit: number;
}

/**
 * Expands tagged units into syntactic words. A unit whose tag is compound
 * becomes the contraction's words (forms from the table, or from `goldForms`
 * when the CoNLL-U segmentation gives them); the morphological features go to
 * the last word (the determiner of du/des/au/aux).
 */
export function expandUnits(
  lang: string,
  forms: readonly string[],
  upos: readonly string[],
  feats: readonly string[],
  lemmas: readonly string[],
  goldWords?: readonly (readonly string[] | null)[],
): PredictedWord[] {
  const out: PredictedWord[] = [];
  for (let u = 0; u < forms.length; u++) {
    const gold = goldWords?.[u] ?? null;
    const compound = upos[u].includes(JOIN);
    const c = compound || gold ? contractionOf(lang, forms[u]) : undefined;
    if (!compound && !gold) {
      out.push({ form: forms[u], upos: upos[u], feats: feats[u], lemma: lemmas[u], unit: u });
      continue;
    }
    const wordForms = gold ?? c?.words ?? [forms[u]];
    const n = wordForms.length;
    let tags = upos[u].split(JOIN);
    if (tags.length !== n) tags = c && c.upos.length === n ? [...c.upos] : wordForms.map(() => upos[u]);
    let lems = lemmas[u].split(JOIN);
    if (lems.length !== n) lems = c && c.lemmas.length === n ? [...c.lemmas] : [...wordForms];
    for (let k = 0; k < n; k++) {
      out.push({
        form: wordForms[k],
        upos: tags[k],
        feats: k === n - 1 ? feats[u] : "_",
        lemma: lems[k],
        unit: u,
      });
    }
  }
  return out;
}
