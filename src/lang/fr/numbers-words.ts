/**
 * French number words, lower case, for src/quantities. Hyphenated compounds
 * (dix-sept, quatre-vingt-dix-neuf, deux-cent-mille in the 1990 spelling) are
 * split on hyphens before lookup, so only the simple words are listed.
 */

/** Simple cardinal words below one hundred. */
export const CARDINALS_FR: Record<string, number> = {
  zéro: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // Belgian and Swiss forms
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

/** cent / mille: multipliers inside a number. */
export const HUNDREDS_FR: ReadonlySet<string> = new Set(["cent", "cents"]);
export const THOUSANDS_FR: ReadonlySet<string> = new Set(["mille", "mil"]);

/**
 * Scale nouns, which take « de » before a noun (trois millions de dollars).
 * French "billion" is 10^12 (long scale).
 */
export const SCALES_FR: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e12,
  billions: 1e12,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
};

/** Abbreviated scales glued to or following a figure: 40 M€, 3 Md€, 20 k€. */
export const SCALE_ABBREVIATIONS_FR: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  mio: 1e6,
};

/** Approximate collective nouns: une quarantaine de conteneurs ≈ 40. */
export const APPROXIMATE_FR: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};

/** Ordinals that are not cardinal + « ième ». */
export const IRREGULAR_ORDINALS_FR: Record<string, number> = {
  premier: 1,
  première: 1,
  premiers: 1,
  premières: 1,
  second: 2,
  seconde: 2,
  seconds: 2,
  secondes: 2,
};

/** Ordinal stems whose cardinal is not stem + « e »: cinquième, neuvième. */
export const ORDINAL_STEMS_FR: Record<string, string> = {
  cinqu: "cinq",
  neuv: "neuf",
};

/** Words that join parts of a number: vingt et un. */
export const NUMBER_JOINERS_FR: ReadonlySet<string> = new Set(["et"]);

/**
 * Number words that are also common ordinary words; they count as numbers
 * only beside another number word or before a lower-case word (neuf drones,
 * not « un avion neuf »).
 */
export const AMBIGUOUS_NUMBER_WORDS_FR: ReadonlySet<string> = new Set(["neuf", "second", "seconde"]);

/**
 * Plural counts with no figure (« des milliers de manifestants », « plusieurs centaines d'obus »): the unit they
 * count in, read as a lower bound. « des dizaines de milliers » multiplies.
 */
export const VAGUE_PLURALS_FR: Record<string, number> = {
  dizaines: 10,
  centaines: 100,
  milliers: 1e3,
  millions: 1e6,
  milliards: 1e9,
};

/** Words before a vague plural that make it one (« des centaines », « plusieurs milliers », « quelques dizaines »). */
export const VAGUE_PLURAL_OPENERS_FR: readonly string[] = ["des", "plusieurs", "quelques", "de"];
