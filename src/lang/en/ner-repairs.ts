/**
 * Tables of the NER span repairs (src/ner/repairs.ts) for English. Lower case.
 */

/** Particles inside a person's name after its first part (« Ludwig van Beethoven », « Osama bin Laden »). */
export const NAME_PARTICLES_AFTER: readonly string[] = [
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "bin",
  "ben",
  "ibn",
  "abu",
];

/** Particles that start no English phrase: a capitalised word before one and a person span is the name's start. */
export const NAME_PARTICLES_BEFORE: readonly string[] = ["bin", "ben", "ibn", "abu", "van", "von"];

/** Particles that may follow a first particle inside a name (« von der Leyen », « van den Berg »). */
export const NAME_PARTICLES_INSIDE: readonly string[] = ["der", "den", "de", "la", "al", "el"];
