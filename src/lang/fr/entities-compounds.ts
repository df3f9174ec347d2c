/**
 * Compound adjectives built on a name (« pro-russe », « anti-américain »): the
 * entity is the name inside.
 */

/** Words that follow a name and a hyphen (rare in French: « Moscou-compatible »). */
export const NAME_COMPOUND_SUFFIXES_FR: readonly string[] = [];

/** Prefixes before a hyphen and a name (« pro-Kremlin », « anti-OTAN »). */
export const NAME_COMPOUND_PREFIXES_FR: readonly string[] = ["pro", "anti", "ex", "néo", "post"];

/** Mots qui joignent deux noms que le modèle a pu prendre pour un seul (« X et Y »). */
export const NAME_JOINERS_FR: readonly string[] = ["et", "&"];
