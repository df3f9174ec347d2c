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

/**
 * Modal auxiliaries: the next word that is not an adverb or "not" is a verb
 * whenever the tag dictionary allows it ("would resume talks", "could fund"),
 * even if the treebank shows that form mostly as a noun (a "resume" in emails).
 */
export const MODALS_EN: readonly string[] = [
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must",
];

/** Infinitive markers: tagged PART, the same holds for the word after them ("to resume talks"). */
export const INFINITIVE_MARKERS_EN: readonly string[] = ["to"];
