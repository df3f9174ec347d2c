/**
 * French multiword tokens for the syntax stage: one written token, two
 * syntactic words (du = de + le). The tokenizer keeps the contraction as one
 * token; the tagger tags it as one unit with a compound tag ("ADP+DET") and
 * the parser works on the words listed here.
 */
export interface Contraction {
  /** The syntactic words, in order, lower-case. */
  words: readonly string[];
  /** Their UPOS, in order. */
  upos: readonly string[];
  /** Their lemmas, in order. */
  lemmas: readonly string[];
}

const ADP_DET = ["ADP", "DET"] as const;
const ADP_PRON = ["ADP", "PRON"] as const;

/** Contractions keyed by their lower-case written form. */
export const CONTRACTIONS: Readonly<Record<string, Contraction>> = {
  du: { words: ["de", "le"], upos: ADP_DET, lemmas: ["de", "le"] },
  des: { words: ["de", "les"], upos: ADP_DET, lemmas: ["de", "le"] },
  au: { words: ["à", "le"], upos: ADP_DET, lemmas: ["à", "le"] },
  aux: { words: ["à", "les"], upos: ADP_DET, lemmas: ["à", "le"] },
  duquel: { words: ["de", "lequel"], upos: ADP_PRON, lemmas: ["de", "lequel"] },
  desquels: { words: ["de", "lesquels"], upos: ADP_PRON, lemmas: ["de", "lequel"] },
  desquelles: { words: ["de", "lesquelles"], upos: ADP_PRON, lemmas: ["de", "lequel"] },
  auquel: { words: ["à", "lequel"], upos: ADP_PRON, lemmas: ["à", "lequel"] },
  auxquels: { words: ["à", "lesquels"], upos: ADP_PRON, lemmas: ["à", "lequel"] },
  auxquelles: { words: ["à", "lesquelles"], upos: ADP_PRON, lemmas: ["à", "lequel"] },
};

/**
 * Enclitic pronouns split off a verb by the tokenizer ("a-t-il" → "a" "-t-il"):
 * the bare pronoun, without hyphens or euphonic t. The lemmatiser then treats
 * it as that pronoun (UD French lemmatises il/elle as "lui"/"elle" … as the
 * treebanks do).
 */
export const CLITIC_LEMMAS: Readonly<Record<string, string>> = {
  "-t-il": "il",
  "-t-elle": "elle",
  "-t-on": "on",
  "-t-ils": "ils",
  "-t-elles": "elles",
  "-il": "il",
  "-elle": "elle",
  "-on": "on",
  "-ils": "ils",
  "-elles": "elles",
  "-je": "je",
  "-tu": "tu",
  "-nous": "nous",
  "-vous": "vous",
  "-moi": "moi",
  "-toi": "toi",
  "-lui": "lui",
  "-leur": "leur",
  "-le": "le",
  "-la": "la",
  "-les": "les",
  "-en": "en",
  "-y": "y",
  "-ce": "ce",
};
