import type { EventArgumentTables } from "../../events/tables.ts";

/**
 * English words for event arguments that the French table (src/lang/fr/events-arguments.ts) also lists; the
 * extractor reads both languages' words into one set.
 */
export const EVENT_ARGUMENTS_EN: Pick<
  EventArgumentTables,
  "firingLemmas" | "waterNouns" | "aroundWords" | "itemListWords" | "unitArticles"
> = {
  /** Verbs of firing a weapon: into the sea with no one hit, a test or show of force (MOBILIZE weapons). */
  firingLemmas: ["fire", "launch", "test-fire"],
  /** Bodies of water: where a missile falls or a ship is stopped, never a party. */
  waterNouns: ["sea", "ocean", "gulf", "strait", "bay", "waters"],
  /** Prepositions of position whose object names whom deployed forces face ("drills around the island"). */
  aroundWords: ["around", "near", "off"],
  /** Words after a comma that list what a transfer holds ("a package, including five drones"). */
  itemListWords: ["including", "notably"],
  /** Indefinite articles that count one item ("a radar"). */
  unitArticles: ["a", "an"],
};
