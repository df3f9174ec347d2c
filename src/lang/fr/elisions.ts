/** Elided forms that take an apostrophe and stand as their own token (l’armée → l’ + armée). */
export const ELISIONS = [
  "l'",
  "d'",
  "j'",
  "m'",
  "n'",
  "s'",
  "t'",
  "c'",
  "ç'",
  "qu'",
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
];

/** Enclitics split off a verb after a hyphen; "-t-" is the euphonic t of a-t-il. */
export const CLITICS = [
  "-t-il",
  "-t-elle",
  "-t-on",
  "-t-ils",
  "-t-elles",
  "-il",
  "-elle",
  "-on",
  "-ils",
  "-elles",
  "-je",
  "-tu",
  "-nous",
  "-vous",
  "-moi",
  "-toi",
  "-lui",
  "-leur",
  "-le",
  "-la",
  "-les",
  "-en",
  "-y",
  "-ce",
];

/** Verbs that keep their clitic when capitalised at a sentence start (Est-ce, Peut-il, Dit-elle). */
export const CLITIC_HOSTS_CAPITALISED = ["Est", "Peut", "Faut", "Va", "Dit", "Sont", "Était", "Avait"];
