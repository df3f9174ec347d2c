/**
 * Tag dictionary: which UPOS tags a word may take when decoding. Learnt from
 * the training units by the train command and stored in the tagger model, it
 * keeps the perceptron from inventing closed-class tags (a capitalised
 * "Dozens" as AUX) or tags a frequent word never takes, and keeps calendar
 * words off VERB and AUX (French "lundi" as a verb).
 *
 * Rules, per lower-cased form (digits folded to 0, apostrophes normalised):
 * - a closed-class tag (AUX, DET, ADP, PRON, CCONJ, SCONJ and compounds such
 *   as ADP+DET) only for words the training data gives that tag;
 * - a word seen at least `minCount` times only takes the tags it was seen with;
 * - a day or month name (src/lang/{fr,en}/dates-words.ts) never VERB or AUX
 *   unless the training data says so (English "may", "march" keep theirs);
 * - the tags of src/lang/{fr,en}/syntax-tags.ts never for their word;
 * - a form seen only as a noun, adjective or name that a verb lexicon lists as
 *   a present-tense third-person form (src/syntax/verb-lexicon.ts) of a verb
 *   the training data has as VERB keeps VERB: the treebanks rarely show
 *   « livre » (livrer) as a verb, news headlines do; « rue » stays a noun
 *   because « ruer » is not a verb of the training data; an English base form
 *   ("resume", "fund") keeps VERB without that condition, for the tagger's
 *   after-a-modal rule (src/syntax/tagger.ts); a lexicon form seen fewer
 *   than `minCount` times is listed with every open class, so that `listed`
 *   knows it as a verb form.
 */

import { AMBIGUOUS_MONTHS_EN, MONTHS_EN, WEEKDAYS_EN } from "../lang/en/dates-words.ts";
import { FORBIDDEN_TAGS_EN } from "../lang/en/syntax-tags.ts";
import { MONTHS_FR, WEEKDAYS_FR } from "../lang/fr/dates-words.ts";
import { FORBIDDEN_TAGS_FR } from "../lang/fr/syntax-tags.ts";
import { normaliseForm } from "./lemmatiser.ts";
import type { Unit } from "./units.ts";
import type { VerbForms } from "./verb-lexicon.ts";

/** UPOS tags that a word only takes if the training data gives it that tag. */
export const CLOSED_CLASSES: ReadonlySet<string> = new Set(["AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ"]);

/** Words seen at least this often only take the tags they were seen with (tuned on the dev splits). */
export const DEFAULT_MIN_COUNT = 3;

/** What the model file stores: a bit mask over `uposList` per word, and one for every other word. */
export interface TagDictionaryData {
  minCount: number;
  /** Mask of words not listed: the open classes. */
  open: number;
  /** Bits added for a capitalised form (PROPN): a frequent common word may start a name. */
  capitalised: number;
  words: Record<string, number>;
}

const DIGITS = /[0-9]/g;

/** The dictionary key of a form: lower case, digits folded to 0, typographic apostrophes made straight. */
export function dictionaryKey(form: string): string {
  return normaliseForm(form).toLowerCase().replace(DIGITS, "0");
}

/** True when a tag (or any part of a compound tag such as "ADP+DET") is closed-class. */
function isClosed(tag: string): boolean {
  return tag.split("+").some((t) => CLOSED_CLASSES.has(t));
}

/** Calendar words that cannot be verbs in a language. */
function calendarWords(lang: string): string[] {
  if (lang === "fr") return [...Object.keys(MONTHS_FR), ...Object.keys(WEEKDAYS_FR)];
  if (lang === "en")
    return [
      ...Object.keys(MONTHS_EN).filter((w) => !AMBIGUOUS_MONTHS_EN.has(w)),
      ...Object.keys(WEEKDAYS_EN),
    ];
  return [];
}

/**
 * Builds the tag dictionary of a training set.
 *
 * @example
 * const dict = buildTagDictionary(trainUnits, tagger.uposList, "fr");
 * dict.words["lundi"]; // a mask without VERB and AUX
 */
export function buildTagDictionary(
  train: readonly Unit[][],
  uposList: readonly string[],
  lang: string,
  minCount = DEFAULT_MIN_COUNT,
  verbForms: VerbForms = new Map(),
): TagDictionaryData {
  if (uposList.length > 31) throw new RangeError("tag dictionary masks hold at most 31 tags");
  const index = new Map(uposList.map((t, i) => [t, i]));
  let closed = 0;
  for (const [t, i] of index) if (isClosed(t)) closed |= 1 << i;
  const all = (1 << uposList.length) - 1;
  const open = all & ~closed;
  const seen = new Map<string, { mask: number; count: number }>();
  for (const s of train)
    for (const u of s) {
      const key = dictionaryKey(u.form);
      const bit = 1 << index.get(u.upos)!;
      const e = seen.get(key);
      if (e) {
        e.mask |= bit;
        e.count++;
      } else seen.set(key, { mask: bit, count: 1 });
    }
  const words: Record<string, number> = {};
  for (const [key, e] of seen) {
    const mask = e.count >= minCount ? e.mask : open | (e.mask & closed);
    if (mask !== open) words[key] = mask;
  }
  const verb = index.has("VERB") ? 1 << index.get("VERB")! : 0;
  const nominal = ["NOUN", "ADJ", "PROPN"]
    .filter((t) => index.has(t))
    .reduce((m, t) => m | (1 << index.get(t)!), 0);
  const verbLemmas = new Set<string>();
  for (const s of train) for (const u of s) if (u.upos === "VERB") verbLemmas.add(u.lemma.toLowerCase());
  for (const [key, mask] of Object.entries(words)) {
    if (mask & verb || !(mask & nominal)) continue;
    // English base forms ("resume", "fund") need no treebank verb: after a modal they are verbs.
    if (verbForms.get(key)?.some((lemma) => verbLemmas.has(lemma) || (lang === "en" && lemma === key)))
      words[key] = mask | verb;
  }
  // A verb form the training data never shows is a verb or a noun (« Washington sanctionne trois
  // entreprises » was ADJ by its suffix, like « bretonne »).
  const noun = index.has("NOUN") ? 1 << index.get("NOUN")! : 0;
  if (verb && noun)
    for (const key of verbForms.keys()) if (!seen.has(key) && !(key in words)) words[key] = verb | noun;
  // A lexicon form seen too rarely to restrict its tags is still listed (with every open class), so that
  // `TagDictionary.listed` tells a verb the lexicon knows ("wound", seen twice as a noun) from an unknown word.
  for (const key of verbForms.keys()) if (seen.has(key) && !(key in words)) words[key] = open;
  const verbal = ["VERB", "AUX"].filter((t) => index.has(t)).reduce((m, t) => m | (1 << index.get(t)!), 0);
  for (const w of calendarWords(lang)) {
    const key = dictionaryKey(w);
    const trained = seen.get(key)?.mask ?? 0;
    words[key] = (words[key] ?? open) & (~verbal | trained);
  }
  const forbidden = lang === "fr" ? FORBIDDEN_TAGS_FR : lang === "en" ? FORBIDDEN_TAGS_EN : {};
  for (const [w, tags] of Object.entries(forbidden)) {
    const key = dictionaryKey(w);
    const mask = tags.filter((t) => index.has(t)).reduce((m, t) => m | (1 << index.get(t)!), 0);
    words[key] = (words[key] ?? open) & ~mask;
  }
  const propn = index.has("PROPN") ? 1 << index.get("PROPN")! : 0;
  return { minCount, open, capitalised: propn, words };
}

/**
 * Decoding-time lookup of a tag dictionary.
 *
 * @example
 * new TagDictionary(data).allowed("Dozens"); // the open-class mask: never AUX
 */
export class TagDictionary {
  private readonly words: Map<string, number>;
  private readonly open: number;
  private readonly capitalised: number;

  constructor(data: TagDictionaryData) {
    this.words = new Map(Object.entries(data.words));
    this.open = data.open;
    this.capitalised = data.capitalised;
  }

  /**
   * The mask the dictionary stores for `form`, 0 for a word it does not list
   * (one that takes every open class).
   *
   * @example
   * new TagDictionary(data).listed("dynamites"); // NOUN and VERB bits: a WordNet verb form
   */
  listed(form: string): number {
    return this.words.get(dictionaryKey(form)) ?? 0;
  }

  /** Bit mask of the tags `form` may take (bit i: uposList[i]); never 0. */
  allowed(form: string): number {
    const mask = this.words.get(dictionaryKey(form)) || this.open;
    const first = form.charAt(0);
    return first !== first.toLowerCase() ? mask | this.capitalised : mask;
  }
}
