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
