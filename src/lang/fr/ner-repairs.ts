/**
 * Tables of the NER span repairs (src/ner/repairs.ts) for French. Lower case;
 * apostrophes typographic and straight. Written from general knowledge of
 * French naming, not drawn from a corpus.
 */

/**
 * Common nouns that open a place name and belong to it (« lac Léman »,
 * « pyramide de Khéops », « boulevard Haussmann »): a place span right after
 * one of them, or after it and « de / du / des / de la », takes it in.
 * Ambiguous heads (île, vallée, région, ville, rivière) are left out: the name
 * alone is as often the whole span.
 */
export const PLACE_HEADS: readonly string[] = [
  "lac",
  "mer",
  "baie",
  "golfe",
  "océan",
  "détroit",
  "canal",
  "cap",
  "mont",
  "monts",
  "massif",
  "col",
  "pic",
  "glacier",
  "plateau",
  "désert",
  "forêt",
  "péninsule",
  "isthme",
  "parc",
  "château",
  "palais",
  "musée",
  "cathédrale",
  "basilique",
  "abbaye",
  "église",
  "chapelle",
  "mosquée",
  "synagogue",
  "mausolée",
  "pyramide",
  "cimetière",
  "boulevard",
  "avenue",
  "rue",
  "quai",
  "square",
  "pont",
  "tunnel",
  "barrage",
  "gare",
  "aéroport",
  "zoo",
  "gouffre",
  "hôtel",
];

/** Words between a place head and the name (« pyramide de Khéops », « rue de la Paix »). */
export const PLACE_LINKS: readonly string[] = ["de", "d'", "d’", "du", "des"];
/** Articles after « de » (« rue de la Paix », « hôtel de l’Élysée »). */
export const PLACE_LINK_ARTICLES: readonly string[] = ["la", "l'", "l’"];

/**
 * Particles inside a person's name: a person span followed by one of them and
 * a capitalised word goes on (« Pierre de Ronsard », « Oussama ben
 * Laden »).
 */
export const NAME_PARTICLES_AFTER: readonly string[] = [
  "de",
  "d'",
  "d’",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "bin",
  "ben",
  "ibn",
  "ould",
  "abou",
  "abu",
];

/**
 * Particles that cannot start a French phrase, so a capitalised word before
 * one of them and a person span is the name's first part (« Oussama ben
 * Laden », « Ludwig van Beethoven »); « de » is not one (« Maison de Victor
 * Hugo »).
 */
export const NAME_PARTICLES_BEFORE: readonly string[] = [
  "bin",
  "ben",
  "ibn",
  "ould",
  "abou",
  "abu",
  "van",
  "von",
  "ter",
];

/**
 * Functions and titles that announce a person (« la sénatrice Inès Moreau »,
 * « le ministre Ali Salah »): a span the model typed otherwise right after one
 * of them becomes a person when it looks like a first name and a surname.
 */
export const PERSON_FUNCTIONS: readonly string[] = [
  "président",
  "présidente",
  "ministre",
  "premier ministre",
  "sénateur",
  "sénatrice",
  "député",
  "députée",
  "maire",
  "conseiller",
  "conseillère",
  "secrétaire",
  "porte-parole",
  "ambassadeur",
  "ambassadrice",
  "gouverneur",
  "gouverneure",
  "préfet",
  "préfète",
  "juge",
  "procureur",
  "procureure",
  "avocat",
  "avocate",
  "général",
  "générale",
  "colonel",
  "amiral",
  "commandant",
  "capitaine",
  "lieutenant",
  "chancelier",
  "chancelière",
  "directeur",
  "directrice",
  "professeur",
  "professeure",
  "docteur",
  "écrivain",
  "écrivaine",
  "journaliste",
  "chanteur",
  "chanteuse",
  "acteur",
  "actrice",
  "réalisateur",
  "réalisatrice",
  "entraîneur",
  "sélectionneur",
  "opposant",
  "opposante",
  "militant",
  "militante",
  "candidat",
  "candidate",
  "élu",
  "élue",
  "dirigeant",
  "dirigeante",
  "patron",
  "patronne",
  "roi",
  "reine",
  "prince",
  "princesse",
  "pape",
  "cardinal",
  "m.",
  "mme",
  "mlle",
  "monsieur",
  "madame",
];

/**
 * Words after which a capitalised country name is the country (« la Suisse »,
 * « en Suisse », « avec la Suisse ») when the model left it untagged.
 */
export const COUNTRY_CUES: readonly string[] = [
  "la",
  "le",
  "les",
  "l'",
  "l’",
  "en",
  "au",
  "aux",
  "de",
  "du",
  "d'",
  "d’",
];

/** Particles that may follow a first particle inside a name (« von der Leyen », « van den Berg »). */
export const NAME_PARTICLES_INSIDE: readonly string[] = ["der", "den", "de", "la", "al", "el"];

/**
 * Adjectives that end an organisation's name (« Front populaire ivoirien »): an
 * organisation span followed by one of them, or by a nationality adjective,
 * takes it in. Lower case.
 */
export const NAME_FINAL_ADJECTIVES: readonly string[] = [
  "national",
  "nationale",
  "nationaux",
  "nationales",
  "international",
  "internationale",
  "internationaux",
  "internationales",
  "fédéral",
  "fédérale",
  "populaire",
  "démocratique",
  "socialiste",
  "communiste",
  "républicain",
  "républicaine",
  "indépendant",
  "indépendante",
  "indépendants",
  "unifié",
  "unifiée",
  "romain",
  "romaine",
];

/**
 * Country abbreviations of sports results (« 3. Marchal (Fr) à 12" »), as
 * French papers write them: a capitalised abbreviation in brackets after a
 * name is the competitor's country. Lower case.
 */
export const RESULT_COUNTRIES: readonly string[] = [
  "fr",
  "fra",
  "it",
  "ita",
  "esp",
  "all",
  "ail",
  "al",
  "be",
  "bel",
  "s",
  "sui",
  "ho",
  "hol",
  "p-b",
  "gb",
  "g-b",
  "eu",
  "usa",
  "can",
  "mex",
  "col",
  "ven",
  "arg",
  "bré",
  "bre",
  "aus",
  "aut",
  "dan",
  "nor",
  "sue",
  "suè",
  "fin",
  "rus",
  "urss",
  "ukr",
  "pol",
  "tch",
  "slq",
  "slo",
  "cro",
  "you",
  "hon",
  "rou",
  "bul",
  "gre",
  "tur",
  "por",
  "lux",
  "irl",
  "kaz",
  "jap",
  "chi",
  "afs",
  "nz",
  "lie",
  "lit",
  "let",
  "est",
  "slv",
];

/**
 * Assemblies, councils and courts named by a common noun and an adjective
 * (« le Conseil national », « l’Assemblée nationale »): written with a capital
 * and left untagged by the model, they are organisations. Only bodies of which
 * a country has one: every town has its « Conseil municipal ».
 */
export const NAMED_BODIES: readonly string[] = [
  "conseil national",
  "conseil fédéral",
  "conseil des états",
  "conseil des etats",
  "conseil d'état",
  "conseil d'etat",
  "conseil constitutionnel",
  "grand conseil",
  "chambres fédérales",
  "assemblée fédérale",
  "assemblée nationale",
  "tribunal fédéral",
  "cour de cassation",
  "cour suprême",
  "sénat",
  "parlement européen",
  "commission européenne",
];

/**
 * Titles followed by a surname with « de » (« le général de Gaulle », « l’amiral
 * de Grasse »): the word after « de » is a person, not the place a « maire de »
 * or « commandant de » would govern.
 */
export const PARTICLE_NAME_TITLES: readonly string[] = [
  "général",
  "maréchal",
  "amiral",
  "abbé",
  "chevalier",
  "marquis",
  "marquise",
  "vicomte",
  "vicomtesse",
  "baron",
  "baronne",
];

/** Words before such a title (« le général », « du maréchal »), not a noun it qualifies (« quartier général »). */
export const TITLE_DETERMINERS: readonly string[] = [
  "le",
  "la",
  "l'",
  "l’",
  "du",
  "au",
  "un",
  "ce",
  "cet",
  "notre",
  "son",
  "leur",
  "feu",
];

/** Adjectives that end a place name (« Europe occidentale », « Afrique australe »). Lower case. */
export const PLACE_FINAL_ADJECTIVES: readonly string[] = [
  "oriental",
  "orientale",
  "occidental",
  "occidentale",
  "septentrional",
  "septentrionale",
  "méridional",
  "méridionale",
  "austral",
  "australe",
  "boréal",
  "boréale",
  "centrale",
  "mineure",
];

/** The country cues that rule out a person of that nationality (« la Suisse », « en Suisse »; not « le Suisse »). */
export const COUNTRY_PLACE_CUES: readonly string[] = ["la", "en", "l'", "l’"];

/**
 * Capitalised nouns that open the name of an institution (« Centre d'études des conflits contemporains »,
 * « Observatoire national de la biodiversité », « Haut-Commissariat aux réfugiés »): with « de / d' / du / des /
 * aux / pour / sur » and lower-case nouns and adjectives after them, the whole name is one organisation.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  "centre",
  "institut",
  "observatoire",
  "agence",
  "office",
  "fondation",
  "comité",
  "commission",
  "conseil",
  "ministère",
  "université",
  "fédération",
  "association",
  "syndicat",
  "organisation",
  "bureau",
  "haut-commissariat",
  "collectif",
  "académie",
  "école",
  "tribunal",
  "direction",
  "autorité",
  "confédération",
  "chambre",
  "musée",
  "laboratoire",
  "secrétariat",
  "délégation",
  "caisse",
  "établissement",
  "haute autorité",
];

/** The conjunction between two complements of one institution name (« Académie des sciences et des arts »). */
export const INSTITUTION_COORDINATORS: readonly string[] = ["et"];

/** The « de » between a title and a surname (« le général de Gaulle »). */
export const PARTICLE_TITLE_LINKS: readonly string[] = ["de", "d'"];

/** Words that link an institution head to what it deals with. */
export const INSTITUTION_LINKS: readonly string[] = [
  "de",
  "d'",
  "d’",
  "du",
  "des",
  "aux",
  "pour",
  "sur",
  "contre",
];

/** Articles and conjunctions inside an institution name after its link (« de la », « des … et des … »). */
export const INSTITUTION_INNER: readonly string[] = ["la", "l'", "l’", "les", "et", "à"];

/** Endings of the adjectives that may follow a noun in an institution name (contemporains, internationales). */
export const INSTITUTION_ADJECTIVE_ENDINGS: readonly string[] = [
  "éen",
  "éenne",
  "éens",
  "éennes",
  "al",
  "ale",
  "aux",
  "ales",
  "ique",
  "iques",
  "ien",
  "ienne",
  "iens",
  "iennes",
  "aire",
  "aires",
  "el",
  "elle",
  "els",
  "elles",
  "if",
  "ive",
  "ifs",
  "ives",
  "ain",
  "aine",
  "ains",
  "aines",
  "ère",
  "ères",
  "eur",
  "eure",
  "eurs",
  "eures",
  "ier",
  "iers",
  "ière",
  "ières",
  "ais",
  "aise",
  "aises",
];
