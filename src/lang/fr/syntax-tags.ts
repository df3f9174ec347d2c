/**
 * Tags the French tagger must never give a word form, whatever the context
 * (read by src/syntax/tag-dictionary.ts when a tagger is trained). The
 * "-ment" ending pulls these verb forms towards ADV: « l'armée dément ».
 */
export const FORBIDDEN_TAGS_FR: Record<string, readonly string[]> = {
  dément: ["ADV"],
  démentent: ["ADV"],
  ment: ["ADV"],
  mentent: ["ADV"],
};

/**
 * Relative pronouns: a clause whose subject is one of them is a relative clause, never the reported
 * clause of a verb of saying that follows it (src/syntax/repairs.ts).
 */
export const RELATIVE_PRONOUNS_FR: readonly string[] = [
  "qui",
  "que",
  "qu'",
  "dont",
  "lequel",
  "laquelle",
  "où",
];
