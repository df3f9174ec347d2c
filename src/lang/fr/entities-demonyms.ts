/**
 * French nationality adjectives and nouns not (or not in this form) in
 * world-countries, by ISO alpha-2 code. Base forms only (masculine singular);
 * the feminine and plural forms are derived. Lower case: "les Russes" and
 * "l’armée russe" both match.
 */
export const DEMONYMS_FR: Record<string, string[]> = {
  US: ["américain", "étasunien", "états-unien"],
  GB: ["britannique", "anglais"],
  KP: ["nord-coréen"],
  KR: ["sud-coréen"],
  RU: ["russe"],
  UA: ["ukrainien"],
  BY: ["biélorusse", "bélarusse"],
  IR: ["iranien"],
  IL: ["israélien"],
  PS: ["palestinien", "gazaoui"],
  SY: ["syrien"],
  TW: ["taïwanais"],
  CN: ["chinois"],
  SA: ["saoudien"],
  AE: ["émirati"],
  NL: ["néerlandais", "hollandais"],
  NZ: ["néo-zélandais"],
  ZA: ["sud-africain"],
  CZ: ["tchèque"],
  DE: ["allemand"],
  FR: ["français"],
  TR: ["turc"],
  GR: ["grec"],
};

/** Irregular feminine forms (turc → turque, grec → grecque). */
export const DEMONYM_FEMININE_FR: Record<string, string> = {
  turc: "turque",
  grec: "grecque",
  français: "française",
  anglais: "anglaise",
};
