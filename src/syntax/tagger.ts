/**
 * Greedy left-to-right tagger: averaged perceptron over hashed features for
 * UPOS, then a second perceptron for morphological features, one small
 * class group per feature (Number: none/Sing/Plur, Tense: …), conditioned on
 * the predicted UPOS. Lemmas come from the lemmatiser once the UPOS is known.
 */

import { DossierError } from "../errors.ts";
import { SPEECH_VERBS_EN } from "../lang/en/quotes-verbs.ts";
import {
  CLAUSE_MARKER_FIXED_BEFORE_EN,
  CLAUSE_MARKERS_EN,
  INFINITIVE_MARKERS_EN,
  IRREGULAR_PAST_EN,
  MODALS_EN,
  NATIONALITY_ENDINGS_EN,
  NUMBER_PARTICIPLES_EN,
  PASSIVE_AGENT_MARKERS_EN,
  PERFECT_AUXILIARIES_EN,
  SUBJECT_PRONOUNS_EN,
} from "../lang/en/syntax-tags.ts";
import { feat1, feat2, feat3 } from "./hash.ts";
import { Lemmatiser, type LemmatiserData } from "./lemmatiser.ts";
import { PerceptronTrainer, type SparseModel } from "./linear.ts";
import type { ModelFile } from "./model-file.ts";
import { encodeModel, loadModel } from "./model-file.ts";
import { prng, shuffle, sparseFromFile, sparseToArrays } from "./sparse-io.ts";
import { buildTagDictionary, TagDictionary, type TagDictionaryData } from "./tag-dictionary.ts";
import type { Unit } from "./units.ts";
import { thirdPersonSingular, type VerbForms } from "./verb-lexicon.ts";
import { emptyHashes, hashWordInto, hashWords, PAD, PAD2, type WordHashes } from "./words.ts";

/** The morphological features predicted (the ones later stages read, plus a few cheap ones). */
export const PREDICTED_FEATURES = [
  "Definite",
  "Gender",
  "Mood",
  "Number",
  "Person",
  "Polarity",
  "PronType",
  "Tense",
  "VerbForm",
  "Voice",
] as const;

export interface MorphGroup {
  name: string;
  /** values[0] is "" (feature absent). */
  values: string[];
  offset: number;
}

export interface TaggedSentence {
  upos: string[];
  feats: string[];
  lemma: string[];
}

const MAX_FEATURES = 64;
const BOS1 = -101;
const BOS2 = -102;

function at(a: Int32Array, i: number, pad: number): number {
  return i >= 0 && i < a.length ? a[i] : pad;
}

/** UPOS features of unit i given the two previous predicted tags. */
function uposFeatures(
  h: WordHashes,
  i: number,
  t1: number,
  t2: number,
  first: boolean,
  out: Int32Array,
): number {
  let n = 0;
  const w = h.lower[i];
  const wm1 = at(h.lower, i - 1, PAD);
  const wp1 = at(h.lower, i + 1, PAD2);
  out[n++] = feat1(0, 0);
  out[n++] = feat1(1, w);
  out[n++] = feat1(2, wm1);
  out[n++] = feat1(3, wp1);
  out[n++] = feat1(4, at(h.lower, i - 2, PAD));
  out[n++] = feat1(5, at(h.lower, i + 2, PAD2));
  out[n++] = feat1(6, h.suf1[i]);
  out[n++] = feat1(7, h.suf2[i]);
  out[n++] = feat1(8, h.suf3[i]);
  out[n++] = feat1(9, h.suf4[i]);
  out[n++] = feat1(10, h.suf5[i]);
  out[n++] = feat1(11, h.pre1[i]);
  out[n++] = feat1(12, h.pre2[i]);
  out[n++] = feat1(13, h.pre3[i]);
  out[n++] = feat2(14, h.shape[i], first ? 1 : 0);
  out[n++] = feat1(15, t1);
  out[n++] = feat2(16, t1, t2);
  out[n++] = feat2(17, t1, w);
  out[n++] = feat1(18, at(h.suf3, i - 1, PAD));
  out[n++] = feat1(19, at(h.suf3, i + 1, PAD2));
  out[n++] = feat2(20, w, wp1);
  out[n++] = feat2(21, wm1, w);
  out[n++] = feat2(22, t1, h.suf3[i]);
  out[n++] = feat1(23, h.raw[i]);
  out[n++] = feat1(24, at(h.shape, i + 1, PAD2));
  out[n++] = feat1(25, at(h.suf2, i + 1, PAD2));
  out[n++] = feat2(26, t1, wp1);
  out[n++] = feat3(27, wm1, w, wp1);
  out[n++] = feat2(28, h.suf3[i], at(h.suf3, i + 1, PAD2));
  return n;
}

/** Morphological features of unit i given its predicted UPOS and its neighbours'. */
function morphFeatures(h: WordHashes, i: number, tags: Int32Array, out: Int32Array): number {
  let n = 0;
  const u = tags[i];
  const um1 = i > 0 ? tags[i - 1] : BOS1;
  const up1 = i + 1 < tags.length ? tags[i + 1] : BOS2;
  out[n++] = feat1(40, u);
  out[n++] = feat2(41, u, h.lower[i]);
  out[n++] = feat2(42, u, h.suf1[i]);
  out[n++] = feat2(43, u, h.suf2[i]);
  out[n++] = feat2(44, u, h.suf3[i]);
  out[n++] = feat2(45, u, h.suf4[i]);
  out[n++] = feat2(46, u, h.suf5[i]);
  out[n++] = feat2(47, u, at(h.lower, i - 1, PAD));
  out[n++] = feat2(48, u, at(h.lower, i + 1, PAD2));
  out[n++] = feat3(49, u, um1, at(h.suf2, i - 1, PAD));
  out[n++] = feat3(50, u, up1, at(h.suf2, i + 1, PAD2));
  out[n++] = feat2(51, u, at(h.lower, i - 2, PAD));
  out[n++] = feat2(52, u, um1);
  out[n++] = feat2(53, u, up1);
  out[n++] = feat2(54, u, h.shape[i]);
  out[n++] = feat3(55, u, um1, at(h.lower, i - 1, PAD));
  out[n++] = feat2(56, u, at(h.suf3, i - 1, PAD));
  return n;
}

/**
 * Inference splits the UPOS templates into groups that read one word only
 * (cached per word form, see `FormEntry`) and the rest; the union is exactly
 * `uposFeatures`, and integer scores make the split sum equal to the whole.
 */
const ROLE_SELF = 0;
/** The word seen from the next position (i − 1), the previous (i + 1), two before and two after. */
const ROLE_PREV1 = 1;
const ROLE_NEXT1 = 2;
const ROLE_PREV2 = 3;
const ROLE_NEXT2 = 4;
const N_ROLES = 5;

/** One-word UPOS templates of word `i` of `h` in a role; `i < 0` means outside the sentence. */
function uposRoleFeatures(h: WordHashes, i: number, role: number, out: Int32Array): number {
  let n = 0;
  const pad = role === ROLE_PREV1 || role === ROLE_PREV2 ? PAD : PAD2;
  const lower = i < 0 ? pad : h.lower[i];
  if (role === ROLE_SELF) {
    out[n++] = feat1(0, 0);
    out[n++] = feat1(1, lower);
    out[n++] = feat1(6, h.suf1[i]);
    out[n++] = feat1(7, h.suf2[i]);
    out[n++] = feat1(8, h.suf3[i]);
    out[n++] = feat1(9, h.suf4[i]);
    out[n++] = feat1(10, h.suf5[i]);
    out[n++] = feat1(11, h.pre1[i]);
    out[n++] = feat1(12, h.pre2[i]);
    out[n++] = feat1(13, h.pre3[i]);
    out[n++] = feat1(23, h.raw[i]);
  } else if (role === ROLE_PREV1) {
    out[n++] = feat1(2, lower);
    out[n++] = feat1(18, i < 0 ? pad : h.suf3[i]);
  } else if (role === ROLE_NEXT1) {
    out[n++] = feat1(3, lower);
    out[n++] = feat1(19, i < 0 ? pad : h.suf3[i]);
    out[n++] = feat1(24, i < 0 ? pad : h.shape[i]);
    out[n++] = feat1(25, i < 0 ? pad : h.suf2[i]);
  } else if (role === ROLE_PREV2) out[n++] = feat1(4, lower);
  else out[n++] = feat1(5, lower);
  return n;
}

/** The UPOS templates of `uposFeatures` that read word pairs but no tag (n: sentence length). */
function uposPairFeatures(h: WordHashes, n: number, i: number, out: Int32Array, at: number): number {
  let k = at;
  const w = h.lower[i];
  const wm1 = i >= 1 ? h.lower[i - 1] : PAD;
  const wp1 = i + 1 < n ? h.lower[i + 1] : PAD2;
  out[k++] = feat2(14, h.shape[i], i === 0 ? 1 : 0);
  out[k++] = feat2(20, w, wp1);
  out[k++] = feat2(21, wm1, w);
  out[k++] = feat3(27, wm1, w, wp1);
  out[k++] = feat2(28, h.suf3[i], i + 1 < n ? h.suf3[i + 1] : PAD2);
  return k - at;
}

/** UPOS templates of word `i` under the previous tags: those of the two tags alone (scored once per pair)… */
function uposTagPairFeatures(t1: number, t2: number, out: Int32Array): number {
  out[0] = feat1(15, t1);
  out[1] = feat2(16, t1, t2);
  return 2;
}

/** …and those of the previous tag with the word, its suffix, the next word. */
function uposTagWordFeatures(h: WordHashes, n: number, i: number, t1: number, out: Int32Array): number {
  let k = 0;
  const wp1 = i + 1 < n ? h.lower[i + 1] : PAD2;
  out[k++] = feat2(17, t1, h.lower[i]);
  out[k++] = feat2(22, t1, h.suf3[i]);
  out[k++] = feat2(26, t1, wp1);
  return k;
}

/** Row of a previous tag (or BOS1, BOS2) in the tag-pair table of `Tagger.pairScores`. */
function pairIndex(t: number, K: number): number {
  return t >= 0 ? t : t === BOS1 ? K : K + 1;
}

/** Morphology templates of word `i` that read only its UPOS `u` and the word itself. */
function morphWordFeatures(h: WordHashes, i: number, u: number, out: Int32Array): number {
  let n = 0;
  out[n++] = feat1(40, u);
  out[n++] = feat2(41, u, h.lower[i]);
  out[n++] = feat2(42, u, h.suf1[i]);
  out[n++] = feat2(43, u, h.suf2[i]);
  out[n++] = feat2(44, u, h.suf3[i]);
  out[n++] = feat2(45, u, h.suf4[i]);
  out[n++] = feat2(46, u, h.suf5[i]);
  out[n++] = feat2(54, u, h.shape[i]);
  return n;
}

/** The other morphology templates of `morphFeatures` (n: sentence length). */
function morphContextFeatures(
  h: WordHashes,
  n: number,
  i: number,
  tags: Int32Array,
  out: Int32Array,
  at: number,
): number {
  let k = at;
  const u = tags[i];
  const um1 = i > 0 ? tags[i - 1] : BOS1;
  const up1 = i + 1 < n ? tags[i + 1] : BOS2;
  const lm1 = i >= 1 ? h.lower[i - 1] : PAD;
  out[k++] = feat2(47, u, lm1);
  out[k++] = feat2(48, u, i + 1 < n ? h.lower[i + 1] : PAD2);
  out[k++] = feat3(49, u, um1, i >= 1 ? h.suf2[i - 1] : PAD);
  out[k++] = feat3(50, u, up1, i + 1 < n ? h.suf2[i + 1] : PAD2);
  out[k++] = feat2(51, u, i >= 2 ? h.lower[i - 2] : PAD);
  out[k++] = feat2(52, u, um1);
  out[k++] = feat2(53, u, up1);
  out[k++] = feat3(55, u, um1, lm1);
  out[k++] = feat2(56, u, i >= 1 ? h.suf3[i - 1] : PAD);
  return k - at;
}

/** What the tagger keeps of one word form: its hashes, one-word UPOS scores, last morphology and lemma. */
interface FormEntry {
  /** The word form itself. */
  form: string;
  /** The form's attributes as `hashWords` gives them: lower, raw, suf1–5, pre1–3, shape. */
  hashes: Int32Array;
  /** UPOS scores of the one-word groups, N_ROLES × classes. */
  upos: Int32Array;
  /** UPOS for which `morph` and `lemma` were computed, or -1. */
  morphUpos: number;
  morph: Int32Array;
  lemmaUpos: number;
  lemma: string;
  /** Bit mask of the UPOS the tag dictionary allows (all tags without a dictionary). */
  allowed: number;
  /** 1: a modal ("would"); 2: an infinitive marker when tagged PART ("to"); 0: neither. */
  modal: number;
  /** English: an -s form of no verb the dictionary knows ("refugees"), so never VERB (see `nounInS`). */
  nounInS: boolean;
  /** English: a pronoun that can only be a subject ("they"; `SUBJECT_PRONOUNS_EN`). */
  subjectPronoun: boolean;
  /** English: a lower-case simple past form of a verb the dictionary knows ("wounded", "lent"); see `isPastForm`. */
  pastForm: boolean;
  /** English: CLAUSE_MARKER, NAME_WITH_HYPHEN … bits of the form (see `repairNames`, `repairClauseMarkers`). */
  shape: number;
}

/** "Al-Shabaab", "Ould-Abdallah": capitals on both sides of a hyphen. */
const HYPHENATED_NAME = /^[A-Z][a-z]*-[A-Z]/;
/** "Saudi-led", "state-backed", "Paris-based": a hyphenated past participle. */
const HYPHENATED_PARTICIPLE = /^[A-Za-z]+-[a-z]+ed$/;
/** `FormEntry.shape` bits, computed once per form for the name and clause-marker repairs. */
const CLAUSE_MARKER = 1;
const NAME_WITH_HYPHEN = 2;
const PARTICIPLE_WITH_HYPHEN = 4;
const NATIONALITY_ENDING = 8;
const UNLISTED = 16;

/** Punctuation between clauses ("…, the army said"), unlike a hyphen or a slash inside a phrase. */
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "(",
  ")",
  '"',
  "\u201c",
  "\u201d",
  "--",
  "\u2013",
  "\u2014",
]);

/** Templates per word of `uposPairFeatures` and `morphContextFeatures`. */
const UPOS_PAIRS = 5;
const MORPH_CONTEXT = 9;

/** Word forms kept by a tagger; the cache is emptied when full (results never depend on it). */
const FORM_CACHE_SIZE = 1 << 15;
/** Slots of the form table (twice the forms it keeps: short probe runs). */
const FORM_SLOT_BITS = 16;
const FORM_SLOTS = 1 << FORM_SLOT_BITS;

/** FNV-1a over the UTF-16 code units of text[start, end): the form table's hash, no slice needed. */
function rangeHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

function parseFeats(feats: string): Map<string, string> {
  const m = new Map<string, string>();
  if (feats === "_" || feats === "") return m;
  for (const kv of feats.split("|")) {
    const eq = kv.indexOf("=");
    if (eq > 0) m.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return m;
}

/**
 * A trained tagger: UPOS, morphological features and lemmas.
 *
 * @example
 * const tagger = Tagger.load("models/syntax-fr.tagger.bin");
 * tagger.tag(["Il", "recevrait", "le", "prix"]).upos; // ["PRON", "VERB", "DET", "NOUN"]
 */
export class Tagger {
  readonly lang: string;
  readonly uposList: string[];
  readonly groups: MorphGroup[];
  readonly lemmatiser: Lemmatiser;
  /** Tags allowed per word form at decoding time; null: any tag. */
  readonly dictionary: TagDictionaryData | null;
  private readonly allowedTags: TagDictionary | null;
  private readonly uposModel: SparseModel;
  private readonly morphModel: SparseModel;
  private readonly nMorph: number;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly uposScores: Int32Array;
  private readonly morphScores: Int32Array;
  /** FEATS strings by their mixed-radix key (see `decodeMorph`). */
  private readonly featsStrings = new Map<number, string>();
  /**
   * Word forms seen, with their cached scores: an open-addressing table of
   * form hashes and entry numbers over `formList`, looked up from a range of a
   * text without slicing it (see `entryAt`).
   */
  private readonly formHash = new Int32Array(FORM_SLOTS);
  private readonly formSlot = new Int32Array(FORM_SLOTS).fill(-1);
  private readonly formList: FormEntry[] = [];
  /** One-word UPOS scores of positions outside the sentence, laid out like `FormEntry.upos`. */
  private readonly edgeScores: Int32Array;
  /** Scores of the tag-pair templates (`uposTagPairFeatures`) by previous tags, filled when first needed. */
  private readonly pairScores: Int32Array;
  private readonly pairDone: Uint8Array;
  private readonly pairFeats = new Int32Array(2);
  private readonly entries: FormEntry[] = [];
  private tags = new Int32Array(64);
  private batch = new Int32Array(64 * MORPH_CONTEXT);
  private scratch: WordHashes = emptyHashes(64);
  private readonly oneWord: WordHashes = emptyHashes(1);
  /** Modal auxiliaries after which a noun reading gives way to an allowed verb reading (English). */
  private readonly modals: ReadonlySet<string>;
  /** Infinitive markers that count as modals when tagged PART ("to resume"). */
  private readonly infinitiveMarkers: ReadonlySet<string>;
  /** English: a VERB lemma the dictionary does not know is mended from its verbs (`lexiconVerbLemma`). */
  private readonly repairVerbLemmas: boolean;
  private readonly auxTag: number;
  private readonly adjTag: number;
  /** NOUN, PROPN, ADJ, NUM: what a participle premodifying a noun is followed by ("the above mentioned rule"). */
  private readonly nominalTags: number;
  private readonly detTag: number;
  /** UPOS of a word that could be the subject of a following verb, as a bit mask. */
  private readonly subjectTags: number;
  private readonly propnTag: number;
  private readonly pronTag: number;
  private readonly punctTag: number;
  private readonly subjectPronouns: ReadonlySet<string>;
  private readonly cconjTag: number;
  private readonly adpTag: number;
  private readonly numTag: number;
  /** Participles that take a number ("aged 41"; `NUMBER_PARTICIPLES_EN`). */
  private readonly numberParticiples: ReadonlySet<string>;
  /** Lemmas of the perfect auxiliary ("have"), after which a past form is a participle. */
  private readonly perfectAuxiliaries: ReadonlySet<string>;
  /** Prepositions of a passive's agent ("by"): a participle before one stays a participle. */
  private readonly agentMarkers: ReadonlySet<string>;
  private readonly sconjTag: number;
  /** Lemmas of verbs of saying, whose object may be a clause without "that" (`ownClause`). */
  private readonly reportingVerbs: ReadonlySet<string>;
  /** Scratch list of `repairFinitePast`. */
  private readonly pastCandidates: number[] = [];
  /** Punctuation that closes a whole sentence (a title or list item has none). */
  private readonly sentenceEnds: ReadonlySet<string> = new Set([".", "!", "?"]);
  /** DET, NUM, PRON: an unmistakable object start after a singular noun and a participle ("built a factory"). */
  private readonly objectStart: number;
  /** UPOS that can open an object noun phrase, as a bit mask. */
  private readonly nounPhraseStart: number;
  /** English only: the (group, value) pairs forced by `repairFinitePast`; empty: no repair. */
  private readonly finitePast: readonly [MorphGroup, number][];
  private readonly partTag: number;
  private readonly nounTag: number;
  private readonly advTag: number;
  private readonly verbTag: number;
  private readonly nationalityEndings: readonly string[];
  private readonly clauseMarkers: ReadonlySet<string>;
  private readonly clauseMarkerFixedBefore: ReadonlySet<string>;
  /** Tags that may stand between a modal and its verb ("would not", "will soon"). */
  private readonly betweenModalAndVerb: number;

  constructor(
    lang: string,
    uposList: string[],
    groups: MorphGroup[],
    uposModel: SparseModel,
    morphModel: SparseModel,
    lemmatiser: Lemmatiser,
    dictionary: TagDictionaryData | null = null,
  ) {
    this.lang = lang;
    this.dictionary = dictionary;
    this.allowedTags = dictionary ? new TagDictionary(dictionary) : null;
    this.uposList = uposList;
    this.groups = groups;
    this.uposModel = uposModel;
    this.morphModel = morphModel;
    this.lemmatiser = lemmatiser;
    this.modals = new Set(lang === "en" ? MODALS_EN : []);
    this.infinitiveMarkers = new Set(lang === "en" ? INFINITIVE_MARKERS_EN : []);
    this.partTag = uposList.indexOf("PART");
    this.nounTag = uposList.indexOf("NOUN");
    this.advTag = uposList.indexOf("ADV");
    this.verbTag = uposList.indexOf("VERB");
    this.nationalityEndings = lang === "en" ? NATIONALITY_ENDINGS_EN : [];
    this.clauseMarkers = new Set(lang === "en" ? CLAUSE_MARKERS_EN : []);
    this.clauseMarkerFixedBefore = new Set(lang === "en" ? CLAUSE_MARKER_FIXED_BEFORE_EN : []);
    this.repairVerbLemmas = lang === "en" && this.allowedTags !== null && this.verbTag >= 0;
    this.auxTag = uposList.indexOf("AUX");
    this.adjTag = uposList.indexOf("ADJ");
    this.nominalTags = ["NOUN", "PROPN", "ADJ", "NUM"]
      .filter((t) => uposList.includes(t))
      .reduce((m, t) => m | (1 << uposList.indexOf(t)), 0);
    this.detTag = uposList.indexOf("DET");
    this.subjectTags = ["NOUN", "PROPN", "PRON"]
      .filter((t) => uposList.includes(t))
      .reduce((m, t) => m | (1 << uposList.indexOf(t)), 0);
    this.propnTag = uposList.indexOf("PROPN");
    this.pronTag = uposList.indexOf("PRON");
    this.punctTag = uposList.indexOf("PUNCT");
    this.subjectPronouns = new Set(lang === "en" ? SUBJECT_PRONOUNS_EN : []);
    // Not the verbs of belief: "see", "find", "hold" take a noun and a participle ("see the images shown").
    this.reportingVerbs = new Set(lang === "en" ? SPEECH_VERBS_EN : []);
    this.cconjTag = uposList.indexOf("CCONJ");
    this.adpTag = uposList.indexOf("ADP");
    this.numTag = uposList.indexOf("NUM");
    this.numberParticiples = new Set(lang === "en" ? NUMBER_PARTICIPLES_EN : []);
    this.perfectAuxiliaries = new Set(lang === "en" ? PERFECT_AUXILIARIES_EN : []);
    this.agentMarkers = new Set(lang === "en" ? PASSIVE_AGENT_MARKERS_EN : []);
    this.sconjTag = uposList.indexOf("SCONJ");
    this.objectStart = ["DET", "NUM", "PRON"]
      .filter((t) => uposList.includes(t))
      .reduce((m, t) => m | (1 << uposList.indexOf(t)), 0);
    this.nounPhraseStart = ["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"]
      .filter((t) => uposList.includes(t))
      .reduce((m, t) => m | (1 << uposList.indexOf(t)), 0);
    // English finite past: Mood=Ind, Tense=Past, VerbForm=Fin, no Voice (see `repairFinitePast`).
    const wanted: [string, string][] = [
      ["Mood", "Ind"],
      ["Tense", "Past"],
      ["VerbForm", "Fin"],
      ["Voice", ""],
    ];
    const finitePast: [MorphGroup, number][] = [];
    for (const [name, value] of wanted) {
      const group = groups.find((g) => g.name === name);
      if (group?.values.includes(value)) finitePast.push([group, group.values.indexOf(value)]);
    }
    this.finitePast =
      lang === "en" && this.verbTag >= 0 && finitePast.length === wanted.length ? finitePast : [];
    this.betweenModalAndVerb = ["ADV", "PART"]
      .filter((t) => uposList.includes(t))
      .reduce((m, t) => m | (1 << uposList.indexOf(t)), 0);
    this.nMorph = groups.reduce((s, g) => s + g.values.length, 0);
    this.uposScores = new Int32Array(uposList.length);
    this.morphScores = new Int32Array(Math.max(1, this.nMorph));
    const K = uposList.length;
    this.edgeScores = new Int32Array(N_ROLES * K);
    this.pairScores = new Int32Array((K + 2) * (K + 2) * K);
    this.pairDone = new Uint8Array((K + 2) * (K + 2));
    for (let role = ROLE_PREV1; role < N_ROLES; role++) {
      const k = uposRoleFeatures(emptyHashes(0), -1, role, this.feats);
      uposModel.score(this.feats, k, this.edgeScores.subarray(role * K, role * K + K));
    }
  }

  /** Tags the units of one sentence. */
  tag(forms: readonly string[]): TaggedSentence {
    const n = forms.length;
    const out: TaggedSentence = { upos: new Array(n), feats: new Array(n), lemma: new Array(n) };
    this.tagInto(forms, out.upos, out.feats, out.lemma, 0);
    return out;
  }

  /**
   * Tags the units of one sentence into `upos`, `feats` and `lemma` from index
   * `at` on; `lower`, if given, receives the forms' hashes that the parser reads.
   */
  tagInto(
    forms: readonly string[],
    upos: string[],
    feats: string[],
    lemma: string[],
    at: number,
    lower?: Int32Array,
  ): void {
    const n = forms.length;
    const entries = this.entries;
    entries.length = n;
    for (let i = 0; i < n; i++) entries[i] = this.entryAt(forms[i], 0, forms[i].length);
    this.tagEntries(n, upos, feats, lemma, at, lower);
  }

  /**
   * `tagInto` for the words text[starts[i], ends[i]) with i from `from` to `to`
   * (one sentence of a token table), reading the forms in place: no string is
   * sliced for a form seen before.
   */
  tagRanges(
    text: string,
    starts: ArrayLike<number>,
    ends: ArrayLike<number>,
    from: number,
    to: number,
    upos: string[],
    feats: string[],
    lemma: string[],
    lower?: Int32Array,
  ): void {
    const n = to - from;
    const entries = this.entries;
    entries.length = n;
    for (let i = 0; i < n; i++) entries[i] = this.entryAt(text, starts[from + i], ends[from + i]);
    this.tagEntries(n, upos, feats, lemma, from, lower);
  }

  /** Tags the sentence whose form entries are `this.entries[0, n)`, writing from index `at` on. */
  private tagEntries(
    n: number,
    upos: string[],
    feats: string[],
    lemma: string[],
    at: number,
    lower?: Int32Array,
  ): void {
    const h = this.sentenceHashes(n);
    const entries = this.entries;
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      const w = e.hashes;
      h.lower[i] = w[0];
      if (lower) lower[at + i] = w[0];
      h.raw[i] = w[1];
      h.suf1[i] = w[2];
      h.suf2[i] = w[3];
      h.suf3[i] = w[4];
      h.suf4[i] = w[5];
      h.suf5[i] = w[6];
      h.pre1[i] = w[7];
      h.pre2[i] = w[8];
      h.pre3[i] = w[9];
      h.shape[i] = w[10];
    }
    if (this.tags.length < n) this.tags = new Int32Array(n * 2);
    const tags = this.tags;
    const sc = this.uposScores;
    const K = sc.length;
    const edge = this.edgeScores;
    // Tag-free pair templates of the whole sentence first, so that their cache misses overlap.
    const batch = this.sentenceFeatures(n * MORPH_CONTEXT);
    for (let i = 0; i < n; i++) uposPairFeatures(h, n, i, batch, i * UPOS_PAIRS);
    this.uposModel.prefetch(batch, n * UPOS_PAIRS);
    let t1 = BOS1;
    let t2 = BOS2;
    let afterModal = false;
    for (let i = 0; i < n; i++) {
      const self = entries[i].upos;
      const prev1 = i >= 1 ? entries[i - 1].upos : edge;
      const next1 = i + 1 < n ? entries[i + 1].upos : edge;
      const prev2 = i >= 2 ? entries[i - 2].upos : edge;
      const next2 = i + 2 < n ? entries[i + 2].upos : edge;
      const o1 = ROLE_PREV1 * K;
      const o2 = ROLE_NEXT1 * K;
      const o3 = ROLE_PREV2 * K;
      const o4 = ROLE_NEXT2 * K;
      for (let c = 0; c < K; c++)
        sc[c] = self[c] + prev1[o1 + c] + next1[o2 + c] + prev2[o3 + c] + next2[o4 + c];
      // The tag-pair templates from their table (integer sums: the order of the additions does not matter).
      const pair = this.pairScores;
      const at = this.tagPairRow(t1, t2) * K;
      for (let c = 0; c < K; c++) sc[c] += pair[at + c];
      const k = uposTagWordFeatures(h, n, i, t1, this.feats);
      this.uposModel.score(this.feats, k, sc);
      this.uposModel.scoreFrom(batch, i * UPOS_PAIRS, UPOS_PAIRS, sc);
      // The best tag the dictionary allows (the mask is never empty).
      const allowed = entries[i].allowed;
      let best = -1;
      for (let c = 0; c < K; c++) if ((allowed >>> c) & 1 && (best < 0 || sc[c] > sc[best])) best = c;
      if (afterModal && best === this.nounTag && (allowed >>> this.verbTag) & 1) best = this.verbTag;
      // "attacked refugees camps": an -s form of no known verb is the plural noun, unless a possible
      // subject precedes it (a misspelt verb: "he posses").
      else if (
        best === this.verbTag &&
        entries[i].nounInS &&
        (t1 < 0 || ((this.subjectTags >>> t1) & 1) === 0)
      )
        best = this.nounTag;
      // "would back the plan": an adverb reading after a modal is the verb when the next word cannot be one.
      else if (
        afterModal &&
        best === this.advTag &&
        (allowed >>> this.verbTag) & 1 &&
        (i + 1 === n || ((entries[i + 1].allowed >>> this.verbTag) & 1) === 0)
      )
        best = this.verbTag;
      const modal = entries[i].modal;
      afterModal =
        modal === 1 ||
        (modal === 2 && best === this.partTag) ||
        (afterModal && ((this.betweenModalAndVerb >>> best) & 1) === 1);
      tags[i] = best;
      t2 = t1;
      t1 = best;
    }
    // "The tribunal ruled", "Myanmar's military detained": an adjective reading between a determiner or a
    // possessive "'s" and a verb is the head noun.
    // "The Chinese military sent": other adjectives may stand between the determiner and the noun.
    if (this.repairVerbLemmas)
      for (let i = 1; i + 1 < n; i++) {
        if (tags[i] !== this.adjTag || tags[i + 1] !== this.verbTag) continue;
        let j = i - 1;
        while (j > 0 && tags[j] === this.adjTag) j--;
        if (
          (tags[j] === this.detTag || (tags[j] === this.partTag && this.isPossessive(entries[j].form))) &&
          (entries[i].allowed >>> this.nounTag) & 1 &&
          (j < i - 1 ||
            tags[j] === this.partTag ||
            i + 2 === n ||
            ((this.nominalTags >>> tags[i + 2]) & 1) === 0)
        )
          tags[i] = this.nounTag;
      }
    if (this.repairVerbLemmas) {
      this.repairNames(n);
      this.repairClauseMarkers(n);
    }
    this.decodeMorphology(n, h, upos, feats, lemma, at);
    if (this.finitePast.length > 0) this.repairFinitePast(n, h, upos, feats, lemma, at);
  }

  /**
   * "as India and Pakistan observed the truce": a word that is a preposition or a subordinator
   * (`CLAUSE_MARKERS_EN`) read as ADP before a noun phrase and a verb opens that clause: SCONJ — after a
   * verb, or opening the sentence with at most a short measure before it ("Three years after …").
   */
  private repairClauseMarkers(n: number): void {
    const tags = this.tags;
    const entries = this.entries;
    let verbBefore = false;
    for (let i = 0; i + 2 < n; i++) {
      if (tags[i] === this.verbTag || tags[i] === this.auxTag) verbBefore = true;
      if (tags[i] !== this.adpTag || (entries[i].shape & CLAUSE_MARKER) === 0) continue;
      if (((entries[i].allowed >>> this.sconjTag) & 1) === 0) continue;
      // "as well as", "such as": no clause; before any verb, only after a short measure of time
      // ("Three years after X did Y, …"; "Fans left in the stands after the final whistle cheered" keeps ADP)
      const previous = i > 0 ? entries[i - 1].form.toLowerCase() : "";
      if (this.clauseMarkerFixedBefore.has(previous)) continue;
      if (!verbBefore && i > 3) continue;
      if (!verbBefore && i > 0 && tags[i - 1] !== this.nounTag && tags[i - 1] !== this.advTag) continue;
      let k = i + 1;
      while (k < n && (((this.nounPhraseStart >>> tags[k]) & 1) === 1 || tags[k] === this.cconjTag)) k++;
      if (k === i + 1 || k >= n) continue;
      if (tags[k - 1] !== this.nounTag && tags[k - 1] !== this.propnTag && tags[k - 1] !== this.pronTag)
        continue;
      if (tags[k] === this.verbTag || tags[k] === this.auxTag) tags[i] = this.sconjTag;
    }
  }

  /**
   * Capitalised words read as verbs or adverbs at the head of a name phrase: a nationality adjective
   * before a capitalised word ("Turkish President X warned", `NATIONALITY_ENDINGS_EN`) becomes ADJ, and a
   * hyphenated name with capitals on both sides ("Al-Shabaab vowed") becomes PROPN.
   */
  private repairNames(n: number): void {
    const tags = this.tags;
    const entries = this.entries;
    for (let i = 0; i < n; i++) {
      const t = tags[i];
      if (t !== this.verbTag && t !== this.advTag) continue;
      const form = entries[i].form;
      const allowed = entries[i].allowed;
      // "Saudi-led coalition jets", "Iranian-backed militias": a compound participle before a noun
      if (
        t === this.verbTag &&
        entries[i].shape & PARTICIPLE_WITH_HYPHEN &&
        i + 1 < n &&
        ((this.subjectTags >>> tags[i + 1]) & 1) === 1 &&
        tags[i + 1] !== this.pronTag &&
        (allowed >>> this.adjTag) & 1
      ) {
        tags[i] = this.adjTag;
        continue;
      }
      if ((entries[i].shape & (NAME_WITH_HYPHEN | UNLISTED | NATIONALITY_ENDING)) === 0) continue;
      const c = form.charCodeAt(0);
      if (c < 65 || c > 90 || form === form.toUpperCase()) continue;
      if (entries[i].shape & NAME_WITH_HYPHEN && (allowed >>> this.propnTag) & 1) tags[i] = this.propnTag;
      // "Moscow dismissed the demand": a capitalised word the dictionary does not know, read as an
      // adverb before a verb, is a name (known adverbs such as "Meanwhile" are listed)
      else if (
        t === this.advTag &&
        i + 1 < n &&
        tags[i + 1] === this.verbTag &&
        entries[i].shape & UNLISTED &&
        (allowed >>> this.propnTag) & 1
      )
        tags[i] = this.propnTag;
      else if (
        t === this.verbTag &&
        i + 1 < n &&
        /^[A-Z]/.test(entries[i + 1].form) &&
        ((this.subjectTags >>> tags[i + 1]) & 1) === 1 &&
        entries[i].shape & NATIONALITY_ENDING &&
        (allowed >>> this.adjTag) & 1
      )
        tags[i] = this.adjTag;
    }
  }

  /** Features and lemmas of the sentence `this.entries[0, n)` under the UPOS of `this.tags`. */
  private decodeMorphology(
    n: number,
    h: WordHashes,
    upos: string[],
    feats: string[],
    lemma: string[],
    at: number,
  ): void {
    const tags = this.tags;
    const entries = this.entries;
    const batch = this.batch;
    const msc = this.morphScores;
    for (let i = 0; i < n; i++) morphContextFeatures(h, n, i, tags, batch, i * MORPH_CONTEXT);
    this.morphModel.prefetch(batch, n * MORPH_CONTEXT);
    for (let i = 0; i < n; i++) {
      const u = tags[i];
      const e = entries[i];
      const tag = this.uposList[u];
      upos[at + i] = tag;
      if (e.morphUpos !== u) {
        e.morph.fill(0);
        const k = morphWordFeatures(h, i, u, this.feats);
        this.morphModel.score(this.feats, k, e.morph);
        e.morphUpos = u;
      }
      msc.set(e.morph);
      this.morphModel.scoreFrom(batch, i * MORPH_CONTEXT, MORPH_CONTEXT, msc);
      feats[at + i] = this.decodeMorph(msc);
      if (e.lemmaUpos !== u) {
        e.lemma = this.lemmatiser.lemma(e.form, tag);
        if (u === this.verbTag && this.repairVerbLemmas) e.lemma = this.lexiconVerbLemma(e.lemma, e.form);
        e.lemmaUpos = u;
      }
      lemma[at + i] = e.lemma;
    }
  }

  /**
   * English finite past in a clause with no auxiliary and no finite verb, right after a word that could be
   * its subject and before the start of a noun phrase (the parser otherwise hangs it on the noun as a modifier):
   * - a past participle after a plural noun (Plur, Ptan), a name or a subject pronoun ("Syrian troops
   *   captured border towns"), or after a singular noun when a determiner, number or pronoun follows or the
   *   sentence is a whole one ("The company built a factory", "The storm destroyed hundreds of homes.");
   * - an adjective or noun reading of a past form (`isPastForm`) after a noun, a name or a subject pronoun
   *   ("Gunmen wounded three soldiers", "China lent Pakistan two billion dollars"), or after an adjective
   *   reading of a possible noun right after a determiner, which becomes that noun ("The tribunal lent
   *   support"): the word becomes VERB and the sentence's features and lemmas are decoded again.
   * The clause (`ownClause`) runs to the next punctuation, conjunction or wh-word ("…, the army said.").
   * The word gets Mood=Ind, Tense=Past, VerbForm=Fin and no Voice.
   */
  private repairFinitePast(
    n: number,
    h: WordHashes,
    upos: string[],
    feats: string[],
    lemma: string[],
    at: number,
  ): void {
    const tags = this.tags;
    const entries = this.entries;
    // A whole sentence ("… ."), not a title or list item ("Home made product").
    const last = n - 1;
    const whole = tags[last] === this.punctTag && this.sentenceEnds.has(entries[last].form);
    // With no auxiliary or finite verb anywhere, the sentence lacks its verb: looser conditions.
    let verbless = true;
    for (let i = 0; i < n && verbless; i++)
      verbless =
        tags[i] !== this.auxTag && !(tags[i] === this.verbTag && feats[at + i].includes("VerbForm=Fin"));
    const found = this.pastCandidates;
    found.length = 0;
    let retagged = false;
    for (let i = 1; i + 1 < n; i++) {
      const u = tags[i];
      if (u !== this.verbTag && u !== this.adjTag && u !== this.nounTag) continue;
      const next = tags[i + 1];
      // "Gunmen have wounded three soldiers", "China has lent Pakistan …": after a perfect auxiliary, a past
      // form read as an adjective or noun before a determiner, number, pronoun or name is the participle
      // ("They have detailed plans" keeps its adjective).
      if (
        u !== this.verbTag &&
        entries[i].pastForm &&
        (((this.objectStart >>> next) & 1) === 1 || next === this.propnTag) &&
        this.afterPerfectAuxiliary(i, lemma, at)
      ) {
        tags[i] = this.verbTag;
        retagged = true;
        continue;
      }
      // Or, in a whole sentence without a verb, a preposition or particle other than a passive agent's and
      // then a noun phrase, with a subject that opens the sentence ("Militants shot at villagers.", "Rival factions
      // fought for control of the port."); a title keeps its passive ("Three soldiers wounded in attack"),
      // and so does a list item ("2 - Share of the oil used in Europe.").
      const beforePreposition =
        ((this.nounPhraseStart >>> next) & 1) === 0 &&
        whole &&
        verbless &&
        next === this.adpTag &&
        i + 2 < n &&
        ((this.nounPhraseStart >>> tags[i + 2]) & 1) === 1 &&
        !this.agentMarkers.has(entries[i + 1].form.toLowerCase());
      if (((this.nounPhraseStart >>> next) & 1) === 0 && !beforePreposition) continue;
      // "Bryant aged 41": a participle that takes a number.
      if (next === this.numTag && this.numberParticiples.has(entries[i].form.toLowerCase())) continue;
      const prev = tags[i - 1];
      const prevFeats = feats[at + i - 1];
      const subjectPronoun = prev === this.pronTag && entries[i - 1].subjectPronoun;
      let nounBefore = false;
      if (u === this.verbTag && prev === this.cconjTag) {
        // "The board condemned the attack and promised revenge": the second of two past verbs is finite too.
        if (!this.coordinatedPast(n, i, feats, at)) continue;
      } else if (u === this.verbTag) {
        const f = feats[at + i];
        if (
          !entries[i].pastForm ||
          !f.includes("VerbForm=Part") ||
          !f.includes("Tense=Past") ||
          !(
            prev === this.propnTag ||
            subjectPronoun ||
            (prev === this.nounTag &&
              (prevFeats.includes("Number=P") ||
                ((this.objectStart >>> next) & 1) === 1 ||
                (whole && verbless)))
          )
        )
          continue;
      } else {
        if (!entries[i].pastForm) continue;
        nounBefore =
          prev === this.adjTag &&
          i >= 2 &&
          tags[i - 2] === this.detTag &&
          ((entries[i - 1].allowed >>> this.nounTag) & 1) === 1;
        if (!(prev === this.propnTag || prev === this.nounTag || subjectPronoun || nounBefore)) continue;
      }
      // "Azerbaijani armed forces launched …": the noun phrase after the word is the subject of a past verb.
      let after = i + 1;
      while (after < n && ((this.nounPhraseStart >>> tags[after]) & 1) === 1) after++;
      if (after < n && tags[after] === this.verbTag && feats[at + after].includes("Tense=Past")) continue;
      if (!verbless && prev !== this.cconjTag && !this.ownClause(n, i, feats, at, lemma)) continue;
      if (verbless && beforePreposition && !this.subjectOpensClause(i, feats, at, lemma)) continue;
      if (u !== this.verbTag) {
        tags[i] = this.verbTag;
        if (nounBefore) tags[i - 1] = this.nounTag;
        retagged = true;
      }
      found.push(i);
    }
    if (retagged) this.decodeMorphology(n, h, upos, feats, lemma, at);
    if (found.length === 0) return;
    const msc = this.morphScores;
    for (const candidate of found) {
      msc.set(entries[candidate].morph);
      this.morphModel.scoreFrom(this.batch, candidate * MORPH_CONTEXT, MORPH_CONTEXT, msc);
      for (const [group, value] of this.finitePast) {
        let top = msc[group.offset];
        for (let v = 1; v < group.values.length; v++) top = Math.max(top, msc[group.offset + v]);
        msc[group.offset + value] = top + 1;
      }
      feats[at + candidate] = this.decodeMorph(msc);
    }
  }

  /**
   * True when the word at `i` heads a clause of its own: no auxiliary or finite verb between it and the
   * next punctuation, conjunction or wh-word ("Gunmen wounded three soldiers, the army said": "said" is
   * another clause's; "The money lent last year was repaid": "was" is this one's), and its subject phrase
   * opens the sentence or a clause, adverbs aside, or follows a verb of saying ("Police said
   * gunmen wounded …"); after a preposition or another verb it is an object ("a guy named Joe", "have a
   * cat named Rex").
   */
  private ownClause(n: number, i: number, feats: string[], at: number, lemma: string[]): boolean {
    const tags = this.tags;
    for (let k = i + 1; k < n; k++) {
      const u = tags[k];
      if (u === this.cconjTag || this.opensClause(k, feats[at + k])) break;
      if (u === this.auxTag || (u === this.verbTag && feats[at + k].includes("VerbForm=Fin"))) return false;
    }
    return this.subjectOpensClause(i, feats, at, lemma);
  }

  /**
   * True when the participle at `i`, right after a coordinating conjunction, is the second of two past verbs:
   * the nearest verb before it in the same clause (no punctuation, subordinator or auxiliary between) is a
   * finite past, and no auxiliary or finite verb follows it before the clause ends ("condemned the attack
   * and promised revenge"; "was arrested and charged with fraud" and "created a weak and failed state"
   * keep their participles).
   */
  private coordinatedPast(n: number, i: number, feats: string[], at: number): boolean {
    const tags = this.tags;
    const f = feats[at + i];
    if (!this.entries[i].pastForm || !f.includes("VerbForm=Part") || !f.includes("Tense=Past")) return false;
    // "a weak and failed state": adjectives coordinated inside a noun phrase.
    if (i < 2 || tags[i - 2] === this.adjTag || tags[i - 2] === this.detTag) return false;
    for (let k = i + 1; k < n; k++) {
      const u = tags[k];
      if (u === this.cconjTag || this.opensClause(k, feats[at + k])) break;
      if (u === this.auxTag || (u === this.verbTag && feats[at + k].includes("VerbForm=Fin"))) return false;
    }
    for (let k = i - 2; k >= 0; k--) {
      const u = tags[k];
      if (u === this.auxTag || this.opensClause(k, feats[at + k])) return false;
      if (u === this.verbTag) {
        const g = feats[at + k];
        return g.includes("VerbForm=Fin") && g.includes("Tense=Past");
      }
    }
    return false;
  }

  /**
   * True when the noun phrase before the word at `i` opens the sentence or a clause (adverbs aside) or
   * follows a verb of saying, so that it can be the word's subject.
   */
  private subjectOpensClause(i: number, feats: string[], at: number, lemma: string[]): boolean {
    const tags = this.tags;
    let before = i - 1;
    while (before >= 0 && ((this.nounPhraseStart >>> tags[before]) & 1) === 1) before--;
    while (before >= 0 && tags[before] === this.advTag && !this.whWord(feats[at + before])) before--;
    // Not after "and": "computer work and sports related injuries" is a coordination of noun phrases.
    if (before < 0 || this.opensClause(before, feats[at + before])) return true;
    return tags[before] === this.verbTag && this.reportingVerbs.has(lemma[at + before]);
  }

  /** A comma, semicolon, colon, bracket, quote or dash (not a hyphen), a subordinator or a wh-word. */
  private opensClause(k: number, feats: string): boolean {
    const u = this.tags[k];
    if (u === this.punctTag) return CLAUSE_PUNCTUATION.has(this.entries[k].form);
    return u === this.sconjTag || this.whWord(feats);
  }

  /** True when the nearest word before `i` that is no adverb or particle is a perfect auxiliary ("has"). */
  private afterPerfectAuxiliary(i: number, lemma: string[], at: number): boolean {
    const tags = this.tags;
    let k = i - 1;
    while (k >= 0 && (tags[k] === this.advTag || tags[k] === this.partTag)) k--;
    return k >= 0 && tags[k] === this.auxTag && this.perfectAuxiliaries.has(lemma[at + k]);
  }

  /** The English possessive clitic ("'s", "’s", or a lone apostrophe after a plural). */
  private isPossessive(form: string): boolean {
    return /^['\u2019]s?$/i.test(form);
  }

  /** A relative or interrogative word ("who", "which", "when"), which opens a clause. */
  private whWord(feats: string): boolean {
    return feats.includes("PronType=Rel") || feats.includes("PronType=Int");
  }

  /**
   * True for a lower-case English simple past form of a verb the dictionary knows: an irregular one of
   * src/lang/en/syntax-tags.ts ("lent") or an -ed form whose verb lemma is listed ("wounded").
   */
  private isPastForm(form: string): boolean {
    if (!/^[a-z][a-z-]*[a-z]$/.test(form)) return false;
    if (Object.hasOwn(IRREGULAR_PAST_EN, form)) return true;
    // "feed", "seed", "weed" are no past forms (of the verbs "fee", "see", "wee"); "freed" is.
    if (form.length < 4 || !form.endsWith("ed") || (form.length < 5 && form.endsWith("eed"))) return false;
    // A lemma other than the form itself: "need", "proceed", "embed" are no past forms.
    const lemma = this.lexiconVerbLemma(this.lemmatiser.lemma(form, "VERB"), form);
    if (lemma !== form && this.knownVerb(lemma)) return true;
    // The regular spellings undone, for forms the lemmatiser keeps whole (an adjective in the treebank).
    const stem = form.slice(0, -2);
    return (
      this.knownVerb(stem) ||
      this.knownVerb(`${stem}e`) ||
      (stem.endsWith("i") && this.knownVerb(`${stem.slice(0, -1)}y`)) ||
      (stem.at(-1) === stem.at(-2) && this.knownVerb(stem.slice(0, -1)))
    );
  }

  /** True when the tag dictionary lists `lemma` or its -s form as a verb (WordNet verbs are listed). */
  private knownVerb(lemma: string): boolean {
    const dict = this.allowedTags!;
    const verb = 1 << this.verbTag;
    return ((dict.listed(lemma) | dict.listed(thirdPersonSingular(lemma))) & verb) !== 0;
  }

  /**
   * A rule lemma the dictionary does not know as a verb, replaced by a close one it
   * does: "dynamit" → "dynamite", "fle" → "flee", "shel" → "shell", "raide" → "raid".
   */
  private lexiconVerbLemma(lemma: string, form: string): string {
    if (this.knownVerb(lemma)) return lemma;
    // "lent" → "lend": an irregular past the rules miss.
    const lower = form.toLowerCase();
    if (Object.hasOwn(IRREGULAR_PAST_EN, lower)) return IRREGULAR_PAST_EN[lower];
    if (lemma.length < 3) return lemma;
    const last = lemma.charAt(lemma.length - 1);
    if (this.knownVerb(`${lemma}e`)) return `${lemma}e`;
    if (this.knownVerb(lemma + last)) return lemma + last;
    if (last === "e" && this.knownVerb(lemma.slice(0, -1))) return lemma.slice(0, -1);
    return lemma;
  }

  /**
   * True for a lower-case English -s form that no verb the dictionary knows explains ("refugees":
   * neither "refugee" nor "refugees" is listed as a verb; "burns" is, through "burn"). Capitalised
   * words are left alone: they may be names.
   */
  private nounInS(form: string): boolean {
    if (form.length < 4 || !/^[a-z]+[a-rt-z]s$/.test(form)) return false;
    const dict = this.allowedTags!;
    if ((dict.allowed(form) & (1 << this.nounTag)) === 0 || (dict.listed(form) & (1 << this.verbTag)) !== 0)
      return false;
    return !this.knownVerb(this.lemmatiser.lemma(form, "VERB")) && !this.knownVerb(form.slice(0, -1));
  }

  /** The cached entry of a word form, computed on first sight. */
  private modalKind(form: string): number {
    if (this.modals.size === 0) return 0;
    const lower = form.toLowerCase();
    return this.modals.has(lower) ? 1 : this.infinitiveMarkers.has(lower) ? 2 : 0;
  }

  /** The cached entry of the form text[start, end), computed on first sight. */
  private entryAt(text: string, start: number, end: number): FormEntry {
    const length = end - start;
    const hash = rangeHash(text, start, end);
    const mask = FORM_SLOTS - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - FORM_SLOT_BITS);
    for (;;) {
      const k = this.formSlot[slot];
      if (k < 0) break;
      if (this.formHash[slot] === hash) {
        const e = this.formList[k];
        if (e.form.length === length && text.startsWith(e.form, start)) return e;
      }
      slot = (slot + 1) & mask;
    }
    if (this.formList.length >= FORM_CACHE_SIZE) {
      this.formSlot.fill(-1);
      this.formList.length = 0;
      slot = Math.imul(hash, 0x9e3779b1) >>> (32 - FORM_SLOT_BITS);
    }
    const e = this.formEntry(start === 0 && length === text.length ? text : text.slice(start, end));
    this.formHash[slot] = hash;
    this.formSlot[slot] = this.formList.length;
    this.formList.push(e);
    return e;
  }

  /** A new entry for a word form (scores, tag dictionary mask, modal kind). */
  /** The `FormEntry.shape` bits of an English form. */
  private formShape(form: string): number {
    let shape = this.clauseMarkers.has(form.toLowerCase()) ? CLAUSE_MARKER : 0;
    if (HYPHENATED_NAME.test(form)) shape |= NAME_WITH_HYPHEN;
    if (HYPHENATED_PARTICIPLE.test(form)) shape |= PARTICIPLE_WITH_HYPHEN;
    if (this.nationalityEndings.some((e) => form.endsWith(e))) shape |= NATIONALITY_ENDING;
    if (this.allowedTags !== null && this.allowedTags.listed(form) === 0 && !form.endsWith("ly"))
      shape |= UNLISTED;
    return shape;
  }

  /** The row of `pairScores` after tags `t1`, `t2`, its summed scores computed when first needed. */
  private tagPairRow(t1: number, t2: number): number {
    const K = this.uposScores.length;
    const row = pairIndex(t1, K) * (K + 2) + pairIndex(t2, K);
    if (this.pairDone[row] === 0) {
      const k = uposTagPairFeatures(t1, t2, this.pairFeats);
      this.uposModel.score(this.pairFeats, k, this.pairScores.subarray(row * K, row * K + K));
      this.pairDone[row] = 1;
    }
    return row;
  }

  private formEntry(form: string): FormEntry {
    const h = this.oneWord;
    hashWordInto(form, h, 0);
    const hashes = Int32Array.of(
      h.lower[0],
      h.raw[0],
      h.suf1[0],
      h.suf2[0],
      h.suf3[0],
      h.suf4[0],
      h.suf5[0],
      h.pre1[0],
      h.pre2[0],
      h.pre3[0],
      h.shape[0],
    );
    const K = this.uposList.length;
    const upos = new Int32Array(N_ROLES * K);
    for (let role = 0; role < N_ROLES; role++) {
      const k = uposRoleFeatures(h, 0, role, this.feats);
      this.uposModel.score(this.feats, k, upos.subarray(role * K, role * K + K));
    }
    const e: FormEntry = {
      form,
      hashes,
      upos,
      morphUpos: -1,
      morph: new Int32Array(this.morphScores.length),
      lemmaUpos: -1,
      lemma: "",
      allowed: this.allowedTags ? this.allowedTags.allowed(form) : -1,
      modal: this.modalKind(form),
      nounInS: this.repairVerbLemmas && this.nounInS(form),
      subjectPronoun: this.subjectPronouns.has(form.toLowerCase()),
      pastForm: this.finitePast.length > 0 && this.allowedTags !== null && this.isPastForm(form),
      shape: this.repairVerbLemmas ? this.formShape(form) : 0,
    };
    return e;
  }

  /** Scratch feature buffer of at least `size` entries. */
  private sentenceFeatures(size: number): Int32Array {
    if (this.batch.length < size) this.batch = new Int32Array(size * 2);
    return this.batch;
  }

  /** Scratch per-sentence hash table with room for n words (array lengths may exceed n). */
  private sentenceHashes(n: number): WordHashes {
    if (this.scratch.lower.length < n) this.scratch = emptyHashes(n * 2);
    this.scratch.n = n;
    return this.scratch;
  }

  private decodeMorph(scores: Int32Array): string {
    // The best value of each group, as one mixed-radix number: the FEATS string is built once per combination.
    let key = 0;
    for (const g of this.groups) {
      let best = 0;
      for (let v = 1; v < g.values.length; v++) if (scores[g.offset + v] > scores[g.offset + best]) best = v;
      key = key * g.values.length + best;
    }
    let out = this.featsStrings.get(key);
    if (out === undefined) {
      out = "";
      let rest = key;
      for (let j = this.groups.length - 1; j >= 0; j--) {
        const g = this.groups[j];
        const best = rest % g.values.length;
        rest = (rest - best) / g.values.length;
        if (best > 0) out = `${g.name}=${g.values[best]}${out ? "|" : ""}${out}`;
      }
      out ||= "_";
      this.featsStrings.set(key, out);
    }
    return out;
  }

  encode(): Buffer {
    return encodeModel(
      {
        kind: "tagger",
        version: 1,
        lang: this.lang,
        uposList: this.uposList,
        groups: this.groups,
        lemmatiser: this.lemmatiser.toJSON(),
        upos: this.uposModel.meta,
        morph: this.morphModel.meta,
        ...(this.dictionary ? { tagDictionary: this.dictionary } : {}),
      },
      { ...sparseToArrays("upos", this.uposModel), ...sparseToArrays("morph", this.morphModel) },
    );
  }

  static fromFile(file: ModelFile): Tagger {
    const m = file.meta;
    if (m.kind !== "tagger" || m.version !== 1)
      throw new DossierError("E_MODEL_FORMAT", "not a version-1 tagger model");
    return new Tagger(
      m.lang as string,
      m.uposList as string[],
      m.groups as MorphGroup[],
      sparseFromFile(file, "upos"),
      sparseFromFile(file, "morph"),
      new Lemmatiser(m.lemmatiser as LemmatiserData),
      (m.tagDictionary as TagDictionaryData | undefined) ?? null,
    );
  }

  /**
   * The same tagger decoding under another tag dictionary (null: none).
   *
   * @example
   * const free = tagger.withDictionary(null);
   */
  withDictionary(dictionary: TagDictionaryData | null): Tagger {
    return new Tagger(
      this.lang,
      this.uposList,
      this.groups,
      this.uposModel,
      this.morphModel,
      this.lemmatiser,
      dictionary,
    );
  }

  static load(path: string): Tagger {
    return Tagger.fromFile(loadModel(path));
  }
}

export interface TaggerTrainOptions {
  lang: string;
  epochs?: number;
  seed?: number;
  bits?: number;
  /** Words seen this often only take their training tags (see tag-dictionary.ts); 0: no tag dictionary. */
  dictionaryMinCount?: number;
  /** Present-tense verb forms that keep VERB in the tag dictionary (see src/syntax/verb-lexicon.ts). */
  verbForms?: VerbForms;
  /** Units used to learn lemmas (defaults to the training units). */
  lemmaUnits?: Unit[][];
  log?: (line: string) => void;
}

/** Accuracy of a tagger on gold units: UPOS, full predicted-feature match, lemma. */
export function scoreTagger(tagger: Tagger, gold: Unit[][]): { upos: number; feats: number; lemma: number } {
  let n = 0;
  let upos = 0;
  let feats = 0;
  let lemma = 0;
  for (const s of gold) {
    const out = tagger.tag(s.map((u) => u.form));
    for (let i = 0; i < s.length; i++) {
      n++;
      if (out.upos[i] === s[i].upos) upos++;
      if (out.feats[i] === restrictFeats(s[i].feats, tagger.groups)) feats++;
      if (out.lemma[i] === s[i].lemma) lemma++;
    }
  }
  return { upos: (100 * upos) / n, feats: (100 * feats) / n, lemma: (100 * lemma) / n };
}

/** Keeps only the predicted features of a FEATS string, in canonical order. */
export function restrictFeats(feats: string, groups: readonly MorphGroup[]): string {
  const m = parseFeats(feats);
  const kept = groups.filter((g) => m.has(g.name) && g.values.includes(m.get(g.name)!));
  return kept.length ? kept.map((g) => `${g.name}=${m.get(g.name)}`).join("|") : "_";
}

/**
 * Trains UPOS and morphology perceptrons; keeps the epoch that scores best on `dev`.
 *
 * @example
 * const tagger = trainTagger(trainUnits, devUnits, { lang: "fr", epochs: 10 });
 */
export function trainTagger(train: Unit[][], dev: Unit[][], opts: TaggerTrainOptions): Tagger {
  const log = opts.log ?? (() => {});
  const epochs = opts.epochs ?? 10;
  const bits = opts.bits ?? 20;
  const uposSet = new Set<string>();
  const values = new Map<string, Set<string>>();
  for (const s of train)
    for (const u of s) {
      uposSet.add(u.upos);
      for (const [k, v] of parseFeats(u.feats)) {
        if (!(PREDICTED_FEATURES as readonly string[]).includes(k)) continue;
        let set = values.get(k);
        if (!set) {
          set = new Set();
          values.set(k, set);
        }
        set.add(v);
      }
    }
  const uposList = [...uposSet].sort();
  const uposIndex = new Map(uposList.map((u, i) => [u, i]));
  const groups: MorphGroup[] = [];
  let offset = 0;
  for (const name of PREDICTED_FEATURES) {
    const vs = values.get(name);
    if (!vs) continue;
    const g = { name, values: ["", ...[...vs].sort()], offset };
    groups.push(g);
    offset += g.values.length;
  }
  const lemmatiser = Lemmatiser.train((opts.lemmaUnits ?? train).flat(), opts.lang);
  const dictionary =
    opts.dictionaryMinCount === 0
      ? null
      : buildTagDictionary(train, uposList, opts.lang, opts.dictionaryMinCount, opts.verbForms);
  const upos = new PerceptronTrainer(bits, uposList.length);
  const morph = new PerceptronTrainer(bits - 1, Math.max(1, offset));
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(uposList.length);
  const mscores = new Float32Array(Math.max(1, offset));
  const rand = prng(opts.seed ?? 1);
  const order = train.map((_, i) => i);
  let best: Tagger | null = null;
  let bestScore = -1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, rand);
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const s = train[si];
      const h = hashWords(s.map((u) => u.form));
      const tags = new Int32Array(s.length);
      let t1 = BOS1;
      let t2 = BOS2;
      for (let i = 0; i < s.length; i++) {
        const k = uposFeatures(h, i, t1, t2, i === 0, feats);
        scores.fill(0);
        upos.score(feats, k, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
        const truth = uposIndex.get(s[i].upos)!;
        upos.update(feats, k, truth, guess);
        upos.tick();
        if (guess === truth) correct++;
        total++;
        tags[i] = guess;
        t2 = t1;
        t1 = guess;
      }
      for (let i = 0; i < s.length; i++) {
        const k = morphFeatures(h, i, tags, feats);
        mscores.fill(0);
        morph.score(feats, k, mscores);
        const gold = parseFeats(s[i].feats);
        for (const g of groups) {
          const want = Math.max(0, g.values.indexOf(gold.get(g.name) ?? ""));
          let guess = 0;
          for (let v = 1; v < g.values.length; v++)
            if (mscores[g.offset + v] > mscores[g.offset + guess]) guess = v;
          if (guess !== want) {
            morph.add(feats, k, g.offset + want, 1);
            morph.add(feats, k, g.offset + guess, -1);
          }
        }
        morph.tick();
      }
    }
    const tagger = new Tagger(
      opts.lang,
      uposList,
      groups,
      upos.toSparse(),
      morph.toSparse(),
      lemmatiser,
      dictionary,
    );
    const d = dev.length ? scoreTagger(tagger, dev) : { upos: (100 * correct) / total, feats: 0, lemma: 0 };
    log(
      `epoch ${epoch}: train UPOS ${((100 * correct) / total).toFixed(2)}  dev UPOS ${d.upos.toFixed(2)} feats ${d.feats.toFixed(2)} lemma ${d.lemma.toFixed(2)}`,
    );
    const sc = d.upos + d.feats * 0.25;
    if (sc > bestScore) {
      bestScore = sc;
      best = tagger;
    }
  }
  return best!;
}
