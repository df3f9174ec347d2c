import type { EventArgumentTables } from "../../events/tables.ts";

/** French words for transfer and meeting arguments (see EventArgumentTables in src/events/tables.ts). */
export const EVENT_ARGUMENTS_FR: EventArgumentTables = {
  countingNouns: [
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "millier",
    "lot",
    "série",
    "nombre",
    "partie",
    "majorité",
  ],
  approvalLemmas: ["approuver", "autoriser", "valider", "entériner", "avaliser"],
  waterNouns: ["mer", "océan", "détroit", "baie", "lagune", "fleuve", "rivière", "lac", "large", "eaux"],
  destinedLemmas: ["destiner", "adresser", "réserver"],
  anaphoricDeterminers: [
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "tel",
    "telle",
    "telles",
  ],
};
