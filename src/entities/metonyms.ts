/**
 * Seats of power that stand for their country as an actor (le Kremlin a
 * démenti · the White House said), French and English, by ISO alpha-2 code.
 * Users can extend it with `addMetonyms`.
 */
export const SEATS_OF_POWER: Record<string, string[]> = {
  RU: ["Kremlin", "le Kremlin", "the Kremlin"],
  US: [
    "Maison Blanche",
    "Maison-Blanche",
    "White House",
    "Pentagone",
    "Pentagon",
    "Département d'État",
    "State Department",
  ],
  FR: ["Élysée", "Elysée", "Matignon", "Quai d'Orsay"],
  GB: ["Downing Street", "Whitehall", "Foreign Office"],
  CN: ["Zhongnanhai"],
  UA: ["Bankova"],
  IL: ["Knesset"],
  KR: ["Maison Bleue", "Blue House"],
};

/**
 * Cities that stand for an international organisation as an actor
 * (Bruxelles a posé ses conditions · according to Brussels → the EU), by
 * organisation id; as places (à Bruxelles, in Brussels) they stay cities.
 */
export const ORGANISATION_SEATS: Record<string, string[]> = {
  "org:EU": ["Bruxelles", "Brussels"],
};
