/** French calendar words for src/dates (lower case, accents kept; abbreviations without their period). */

export const MONTHS_FR: Record<string, number> = {
  janvier: 1,
  janv: 1,
  février: 2,
  fevrier: 2,
  févr: 2,
  fév: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  décembre: 12,
  déc: 12,
  decembre: 12,
};

/** Full month names, one spelling each (the first listed for each month above), for word lists elsewhere. */
export const MONTH_NAMES_FR: readonly string[] = Object.keys(MONTHS_FR).filter(
  (w, i, all) => i === 0 || MONTHS_FR[all[i - 1]] !== MONTHS_FR[w],
);

/** ISO weekday numbers (lundi = 1 … dimanche = 7). */
export const WEEKDAYS_FR: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
};

/** Weekday names, for word lists elsewhere. */
export const WEEKDAY_NAMES_FR: readonly string[] = Object.keys(WEEKDAYS_FR);

/** Seasons → first and last month (winter runs across the new year). */
export const SEASONS_FR: Record<string, [number, number]> = {
  printemps: [3, 5],
  été: [6, 8],
  automne: [9, 11],
  hiver: [12, 2],
};

/** Period nouns → unit. */
export const PERIODS_FR: Record<string, "day" | "week" | "month" | "year" | "weekend"> = {
  jour: "day",
  journée: "day",
  semaine: "week",
  mois: "month",
  an: "year",
  année: "year",
  "week-end": "weekend",
  weekend: "weekend",
};

/** Adjectives after a period or a weekday that shift it. */
export const SHIFTS_FR: Record<string, number> = {
  dernier: -1,
  dernière: -1,
  passé: -1,
  passée: -1,
  précédent: -1,
  précédente: -1,
  prochain: 1,
  prochaine: 1,
  suivant: 1,
  suivante: 1,
};

/** Single words that are days relative to the article date. */
export const DAY_WORDS_FR: Record<string, number> = {
  "aujourd'hui": 0,
  hier: -1,
  "avant-hier": -2,
  demain: 1,
  "après-demain": 2,
};

/** Parts of a period: « début », « mi- », « fin » (kept as a note; precision stays the period's). */
export const PARTS_FR: Record<string, "early" | "mid" | "late"> = {
  début: "early",
  mi: "mid",
  "mi-": "mid",
  milieu: "mid",
  fin: "late",
};

/**
 * Words that mark the future in a sentence (a bare weekday then points
 * forward): future and conditional endings are checked separately.
 */
export const FUTURE_CUES_FR: ReadonlySet<string> = new Set([
  "doit",
  "doivent",
  "devra",
  "devront",
  "devrait",
  "devraient",
  "va",
  "vont",
  "prévu",
  "prévue",
  "prévus",
  "prévues",
  "attendu",
  "attendue",
  "attendus",
  "attendues",
  "prochain",
  "prochaine",
  "partir",
]);

/** Period nouns that make a preceding number a duration, not a date (six jours, trois ans). */
export const DURATION_PREPOSITIONS_FR: ReadonlySet<string> = new Set([
  "pendant",
  "durant",
  "sur",
  "de",
  "d'",
  "en",
]);

/** Mots d'échéance qui gardent une date à venir même après un verbe accompli (« reporté jusqu'en mars »). */
export const UNTIL_WORDS_FR: readonly string[] = ["jusqu'à", "jusqu'en", "jusqu'au"];

/** Mots qui peuvent séparer un mot d'échéance de sa date (« d'ici la fin », « avant la mi-juin »). */
export const DEADLINE_FILLERS_FR: readonly string[] = [
  "la",
  "le",
  "l'",
  "les",
  "ici",
  "à",
  "au",
  "en",
  "fin",
  "début",
  "mi",
];

/** Mots qui font d'une date un terme ou une cible de l'acte, pas son moment (« à partir du 1er mai »). */
export const DATE_ENDPOINTS_FR: readonly string[] = ["pour", "dès", "partir", "jusqu'", "jusqu'au"];

/** Adjectives after a count and before a period that count back from the article date: « les trois derniers mois ». */
export const LAST_COUNT_FR: readonly string[] = [
  "derniers",
  "dernières",
  "écoulés",
  "écoulées",
  "passés",
  "passées",
];

/** Words after a counted span that anchor it elsewhere than the article date (« les trois derniers mois de 2024 »). */
export const SPAN_ANCHORS_FR: readonly string[] = ["de", "d'", "du", "des"];
