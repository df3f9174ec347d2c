/**
 * English nationality adjectives missing from world-countries, by ISO alpha-2
 * code. Plural nouns ("Iranians") are derived for forms ending in -an/-i.
 */
export const DEMONYMS_EN: Record<string, string[]> = {
  US: ["American", "U.S."],
  GB: ["British", "English", "Briton"],
  KP: ["North Korean"],
  KR: ["South Korean"],
  RU: ["Russian"],
  UA: ["Ukrainian"],
  BY: ["Belarusian", "Belarussian"],
  IL: ["Israeli"],
  PS: ["Palestinian", "Gazan"],
  TW: ["Taiwanese"],
  AE: ["Emirati"],
  NL: ["Dutch"],
  NZ: ["New Zealander"],
  SA: ["Saudi"],
  CZ: ["Czech"],
};
