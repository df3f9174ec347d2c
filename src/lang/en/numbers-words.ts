/**
 * English number words, lower case, for src/quantities. Hyphenated compounds
 * (twenty-one, forty-two) are split on hyphens before lookup.
 */

export const CARDINALS_EN: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const HUNDREDS_EN: ReadonlySet<string> = new Set(["hundred"]);
export const THOUSANDS_EN: ReadonlySet<string> = new Set(["thousand"]);

/** Scale words (short scale). */
export const SCALES_EN: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  bn: 1e9,
  tn: 1e12,
  mn: 1e6,
};

/** Abbreviated scales glued to a figure: €40m, $2bn, 20k. */
export const SCALE_ABBREVIATIONS_EN: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
};

/** Collective nouns with a value: a dozen drones, a score of villages. */
export const APPROXIMATE_EN: Record<string, number> = {
  dozen: 12,
  score: 20,
};

export const IRREGULAR_ORDINALS_EN: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fifth: 5,
  eighth: 8,
  ninth: 9,
  twelfth: 12,
};

/** Words joining parts of a number: one hundred and five. */
export const NUMBER_JOINERS_EN: ReadonlySet<string> = new Set(["and"]);

/** Number words that are often something else: "one of", "second" as a unit of time. */
export const AMBIGUOUS_NUMBER_WORDS_EN: ReadonlySet<string> = new Set(["second", "score"]);

/**
 * Plural counts with no figure ("thousands of protesters", "hundreds of shells"): the unit they count in, read as
 * a lower bound. "tens of thousands" and "hundreds of thousands" multiply.
 */
export const VAGUE_PLURALS_EN: Record<string, number> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
