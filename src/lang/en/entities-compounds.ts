/**
 * Compound adjectives built on a name ("Russian-backed", "Geneva-based",
 * "pro-Western"): the entity is the name inside. Suffixes follow a hyphen after
 * the name; prefixes come before it.
 */

/** Past participles and adjectives that follow a name and a hyphen. */
export const NAME_COMPOUND_SUFFIXES_EN: readonly string[] = [
  "based",
  "backed",
  "led",
  "aligned",
  "allied",
  "affiliated",
  "linked",
  "controlled",
  "run",
  "owned",
  "funded",
  "financed",
  "sponsored",
  "supported",
  "held",
  "occupied",
  "annexed",
  "brokered",
  "mediated",
  "made",
  "built",
  "born",
  "bound",
  "friendly",
  "leaning",
];

/** Of those, the ones whose name is a place ("Geneva-based", "Soviet-made" is a demonym already). */
export const PLACE_COMPOUND_SUFFIXES_EN: readonly string[] = ["based", "born", "made", "built"];

/** Prefixes before a hyphen and a name (pro-Russian, anti-American). */
export const NAME_COMPOUND_PREFIXES_EN: readonly string[] = ["pro", "anti", "non", "ex"];

/** Words that join two names the model may have tagged as one span ("X and Y"). */
export const NAME_JOINERS_EN: readonly string[] = ["and", "&"];
