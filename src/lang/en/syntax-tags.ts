/**
 * Tags the English tagger must never give a word form, whatever the context
 * (read by src/syntax/tag-dictionary.ts when a tagger is trained). Words
 * that open news headlines capitalised ("Dozens Killed") are kept off AUX by
 * the closed-class rule already; this table is for what that rule misses.
 */
export const FORBIDDEN_TAGS_EN: Record<string, readonly string[]> = {
  dozens: ["VERB"],
  hundreds: ["VERB"],
  thousands: ["VERB"],
  millions: ["VERB"],
};
