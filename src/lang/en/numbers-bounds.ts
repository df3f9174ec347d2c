/**
 * Words before (or right after) an English quantity that make it a bound or an estimate, for
 * `Quantity.bound` (src/quantities/bounds.ts). Lower case, straight apostrophes.
 */

/** "about 300", "some 300", "nearly 300", "an estimated 300", "300 or so". */
export const APPROXIMATE_BEFORE_EN: readonly string[] = [
  "about",
  "around",
  "approximately",
  "roughly",
  "some",
  "nearly",
  "almost",
  "close to",
  "an estimated",
  "estimated",
  "approx.",
  "circa",
  "just over",
  "just under",
  "getting on for",
  "in the region of",
];

/** "more than 1,500", "over 300", "at least 300", "upwards of 300". */
export const AT_LEAST_BEFORE_EN: readonly string[] = [
  "more than",
  "over",
  "at least",
  "upwards of",
  "in excess of",
  "no fewer than",
  "no less than",
  "not less than",
  "greater than",
];

/** "less than 300", "fewer than 300", "up to 300", "at most 300", "as many as 300". */
export const AT_MOST_BEFORE_EN: readonly string[] = [
  "less than",
  "fewer than",
  "up to",
  "at most",
  "no more than",
  "not more than",
  "as many as",
  "under",
  "below",
];

/** Words right after a quantity (and its unit) that make it an estimate: "300 or so", "300-odd". */
export const APPROXIMATE_AFTER_EN: readonly string[] = ["or so", "odd", "-odd"];
