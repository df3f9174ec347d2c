/**
 * English capital names and spellings missing from world-countries (which
 * gives one capital per country), by ISO 3166-1 alpha-2 code.
 */
export const CAPITALS_EN: Record<string, string[]> = {
  UA: ["Kyiv", "Kiev"],
  US: ["Washington"],
  CN: ["Beijing", "Peking"],
  IN: ["New Delhi", "Delhi"],
  NL: ["Amsterdam", "The Hague"],
  IL: ["Jerusalem"],
  MD: ["Chisinau", "Chișinău"],
  KZ: ["Astana", "Nur-Sultan"],
  ZA: ["Pretoria"],
  AE: ["Abu Dhabi"],
  YE: ["Sanaa", "Sana'a"],
  TW: ["Taipei"],
};

/**
 * Names in the capital lists (ours and world-countries') that are a different city from the
 * country's first capital, with that city's English name: "in The Hague" is not Amsterdam.
 * Keys in either language; the other spellings of one city (Kiev, Peking) need no entry.
 */
export const OTHER_CAPITAL_CITIES: Record<string, string> = {
  "The Hague": "The Hague",
  "La Haye": "The Hague",
  Delhi: "Delhi",
  Bloemfontein: "Bloemfontein",
  "Cape Town": "Cape Town",
  "Le Cap": "Cape Town",
};
