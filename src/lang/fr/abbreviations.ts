/** French abbreviations that end in a period and do not end a sentence. */
export const ABBREVIATIONS = [
  // titles and forms of address
  "M.", "MM.", "Mme.", "Mlle.", "Mgr.", "Me.", "Dr.", "Pr.", "St.", "Ste.",
  // military and civil ranks
  "gén.", "Gén.", "col.", "Col.", "cdt.", "Cdt.", "lt.", "Lt.", "cap.", "Cne.", "sgt.", "adj.", "amir.", "Amir.", "prés.", "Prés.", "sén.", "dép.",
  // months and days
  "janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "Janv.", "Févr.", "Avr.", "Juil.", "Sept.", "Oct.", "Nov.", "Déc.",
  "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.",
  // places and organisations
  "É.-U.", "E.-U.", "R.-U.", "av.", "bd.", "boul.", "Cie.", "Éts.", "Ets.", "dép.", "Dépt.",
  // references and measures
  "p.", "pp.", "art.", "al.", "chap.", "vol.", "n°.", "no.", "No.", "env.", "approx.", "min.", "max.", "hab.", "km.", "éd.", "trad.", "coll.", "cf.", "Cf.", "op.", "ibid.", "id.", "vs.", "resp.",
  "c.-à-d.", "p.ex.", "p. ex.", "ex.", "fig.", "tél.", "Tél.", "mill.", "mds.", "Md.", "Mds.", "bill.", "av. J.-C.", "apr. J.-C.", "J.-C.",
  "etc.", "cf.",
];

/** Abbreviations that can also close a sentence (a break is kept before a capitalised word). */
export const SENTENCE_FINAL = ["etc.", "J.-C.", "É.-U.", "E.-U.", "R.-U.", "Cie.", "al."];

/** Words that open sentences, confirming a break after a sentence-final abbreviation (etc. Il …). */
export const SENTENCE_STARTERS = [
  "le", "la", "les", "l'", "un", "une", "des", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ce", "cet", "cette", "ces",
  "c'", "mais", "et", "or", "donc", "puis", "ensuite", "enfin", "selon", "d'après", "pour", "dans", "depuis", "après", "avant", "en",
  "au", "aux", "du", "de", "sa", "son", "ses", "leur", "leurs", "cela", "ceci", "lors", "toutefois", "cependant", "pourtant", "ainsi",
  "par", "sur", "aucun", "aucune", "tous", "toutes", "plusieurs", "certains", "qui", "que", "quand", "si", "lundi", "mardi",
]; 
