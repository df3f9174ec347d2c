/**
 * Words before (or right after) a French quantity that make it a bound or an estimate, for
 * `Quantity.bound` (src/quantities/bounds.ts). Lower case, straight apostrophes; longest first is
 * not needed (the matcher tries every phrase).
 */

/** « environ 300 », « près de 300 », « quelque 300 », « autour de 300 », « 300 environ ». */
export const APPROXIMATE_BEFORE_FR: readonly string[] = [
  "environ",
  "près de",
  "pres de",
  "presque",
  "quelque",
  "autour de",
  "approximativement",
  "à peu près",
  "a peu pres",
  "grosso modo",
  "pratiquement",
  "quasiment",
  "aux alentours de",
  "de l'ordre de",
  "un peu moins de",
  "un peu plus de",
  "une estimation de",
  "estimé à",
  "estimés à",
  "estimée à",
  "estimées à",
];

/** « plus de 1 500 », « au moins 300 », « pas moins de 300 », « au-delà de 300 ». */
export const AT_LEAST_BEFORE_FR: readonly string[] = [
  "plus de",
  "au moins",
  "au minimum",
  "pas moins de",
  "au-delà de",
  "au delà de",
  "davantage que",
  "supérieur à",
  "supérieure à",
  "supérieurs à",
  "supérieures à",
];

/** « moins de 300 », « jusqu'à 300 », « au plus 300 », « pas plus de 300 ». */
export const AT_MOST_BEFORE_FR: readonly string[] = [
  "moins de",
  "jusqu'à",
  "au plus",
  "au maximum",
  "tout au plus",
  "pas plus de",
  "inférieur à",
  "inférieure à",
  "inférieurs à",
  "inférieures à",
];

/** Words right after a quantity (and its unit) that make it an estimate: « 300 soldats environ ». */
export const APPROXIMATE_AFTER_FR: readonly string[] = ["environ"];
