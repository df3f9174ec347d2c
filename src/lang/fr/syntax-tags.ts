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
