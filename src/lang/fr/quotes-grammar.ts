import { NAME_PARTICLES_EN, NAME_SUFFIXES_EN } from "../en/quotes-grammar.ts";
import { MONTH_NAMES_FR, WEEKDAY_NAMES_FR } from "./dates-words.ts";
/**
 * French function words the quotation attribution reads a sentence with:
 * determiners, prepositions, auxiliaries before a speech verb, words inside
 * names, words that end a role phrase. Kept apart from the algorithms in
 * src/quotes so each language owns its list. All lower-case, straight apostrophes.
 */

/** Determiners opening a noun phrase. */
export const DETERMINERS_FR: readonly string[] = [
  "le",
  "la",
  "les",
  "l'",
  "un",
  "une",
  "des",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "ce",
  "cet",
  "cette",
  "ces",
  "du",
  "au",
  "aux",
  "plusieurs",
  "certains",
  "deux",
  "trois",
];

/** Complementisers opening a reported clause. */
export const COMPLEMENTISERS_FR: readonly string[] = ["que", "qu'"];

/** Prepositions that end a noun's pre-modifiers. */
export const PREPOSITIONS_FR: readonly string[] = [
  "de",
  "du",
  "des",
  "d'",
  "à",
  "au",
  "aux",
  "en",
  "dans",
  "par",
  "pour",
  "sur",
  "avec",
  "chez",
];

/** Auxiliaries and reflexives between a subject and its participle: "a déclaré", "s'est dit". */
export const VERB_AUXILIARIES_FR: readonly string[] = [
  "a",
  "avait",
  "ont",
  "avaient",
  "aura",
  "aurait",
  "auraient",
  "est",
  "s'est",
  "sont",
  "s'",
  "se",
  "était",
  "a-t-il",
];

/** Object pronouns: "lui a répondu" — never the speaker. */
export const OBJECT_PRONOUNS_FR: readonly string[] = ["lui", "leur", "eux"];

/** Capitalised question words that open a headline and are never part of the name after them ("Pourquoi Sérac …"). */
export const NAME_RUN_OPENERS_FR: readonly string[] = [
  "pourquoi",
  "comment",
  "quand",
  "où",
  "qui",
  "quoi",
  "est-ce",
];

/** Object forms a parsed subject never is (with the first and second persons). */
export const OBJECT_FORMS_FR: readonly string[] = OBJECT_PRONOUNS_FR;

/** Finite verbs and conjunctions that end a backward search for a role phrase before a name. */
export const ROLE_PHRASE_STOPS_FR: readonly string[] = [
  "a",
  "ont",
  "avait",
  "avaient",
  "est",
  "sont",
  "était",
  "sera",
  "serait",
  "rencontré",
  "avec",
  "et",
];

/** Words that end the head noun phrase of an apposition: "porte-parole de …", "… qui". */
export const APPOSITION_STOPS_FR: readonly string[] = [
  "de",
  "du",
  "des",
  "d'",
  "à",
  "au",
  "aux",
  "en",
  "dans",
  "pour",
  "sur",
  "avec",
  "chez",
  "qui",
  "que",
  "dont",
];

/** Prepositions that make the following name a complement of the noun before: "ministre de …". */
export const COMPLEMENT_PREPOSITIONS_FR: readonly string[] = ["de", "du", "des", "d'", "au", "aux", "à"];

/** Prepositions that introduce the organisation in a role phrase: "directrice du programme au Centre …". */
export const AFFILIATION_PREPOSITIONS_FR: readonly string[] = [
  "du",
  "de",
  "des",
  "d'",
  "au",
  "aux",
  "à",
  "chez",
  "pour",
];

/** Lower-case nouns that head a proper name: "palais Sérac", "place Tahrir". */
export const NAMING_HEADS_FR: readonly string[] = [
  "palais",
  "place",
  "rue",
  "château",
  "fort",
  "camp",
  "hôtel",
  "forteresse",
  "citadelle",
];

/**
 * Lower-case words and signs inside a name ("Charles de Gaulle", "Ibn Saoud").
 * Names travel across languages, so the list holds other languages' particles too.
 */
export const NAME_CONNECTORS_FR: readonly string[] = [
  "de",
  "du",
  "des",
  "d'",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "ben",
  "al",
  "el",
  "da",
  "dos",
  "das",
  "del",
  "di",
  "y",
  "ibn",
  "abu",
  "&",
  "-",
];

/** Names cross languages: the particles before a surname are the English table's (de, van, bin, al …). */
export const NAME_PARTICLES_FR: readonly string[] = NAME_PARTICLES_EN;

/** Generation suffixes after a surname (Jr., III), as in English. */
export const NAME_SUFFIXES_FR: readonly string[] = NAME_SUFFIXES_EN;

/** Days and months: a parsed subject is never one ("lundi, il a dit"). */
export const TIME_WORDS_FR: readonly string[] = [
  ...WEEKDAY_NAMES_FR,
  "hier",
  "aujourd'hui",
  ...MONTH_NAMES_FR,
];

/** Verbes qui n'annoncent qu'après « faire » : « a fait savoir que », « fait valoir que », « a fait état de ». */
export const CAUSATIVE_SPEECH_VERBS_FR: readonly string[] = [
  "savoir",
  "valoir",
  "faire état",
  "faire part",
  "entendre",
];

/**
 * Formes de « faire » et « laisser » devant « savoir » ou « entendre » : « a fait savoir que », « fera savoir »,
 * « a laissé entendre que » annoncent.
 */
export const CAUSATIVE_FORMS_FR: readonly string[] = [
  "fait",
  "font",
  "faisait",
  "faisaient",
  "fera",
  "feront",
  "ferait",
  "faire",
  "laisse",
  "laissé",
  "laissent",
  "laissait",
  "laissera",
  "laisser",
];

/** Pronoms compléments devant l'incise (« », lui a répondu X », « », m'a confié X »). */
export const CUE_OBJECT_CLITICS_FR: readonly string[] = [
  "lui",
  "leur",
  "me",
  "m'",
  "nous",
  "vous",
  "te",
  "t'",
];

/** Les particules de négation devant le verbe (« n'a pas annoncé », « n'annonce jamais »). */
export const NEGATION_PARTICLES_FR: readonly string[] = ["ne", "n'"];

/** Les adverbes de négation entre l'auxiliaire et le participe (« n'a pas annoncé »). */
export const NEGATION_WORDS_FR: readonly string[] = ["pas", "plus", "jamais", "guère", "rien", "point"];

/** Pronoms réfléchis devant le verbe (« se propose de », « s'est engagé à »). */
export const REFLEXIVE_CLITICS_FR: readonly string[] = ["se", "s'"];

/** Ce qui ouvre une hypothèse (« si elle se confirmait », « s'il refuse » : « s' » joint au pronom qui suit). */
export const HYPOTHESIS_WORDS_FR: readonly string[] = ["si", "s'il", "s'ils"];

/** Subordonnants de temps : un conditionnel après eux n'est pas celui de la principale. */
export const TIME_SUBORDINATORS_FR: readonly string[] = ["quand", "lorsque", "lorsqu'"];

/** Mots qui complètent un jour après le verbe (« a annoncé lundi soir sa démission »). */
export const TIME_TAIL_WORDS_FR: readonly string[] = [
  "soir",
  "matin",
  "midi",
  "après-midi",
  "dernier",
  "dernière",
];

/** Prépositions après lesquelles un seul mot capitalisé est un lieu, pas une personne (« une mère de famille dans Limoilou »). */
export const PLACE_PREPOSITIONS_FR: readonly string[] = ["dans", "près"];

/** Prépositions longues qui ouvrent un complément circonstanciel (« lors de », « pendant »), en plus de PREPOSITIONS_FR. */
export const ADJUNCT_PREPOSITIONS_FR: readonly string[] = [
  "lors",
  "pendant",
  "durant",
  "depuis",
  "malgré",
  "devant",
  "après",
  "avant",
];

/** Quantifieurs qui ouvrent le groupe nominal d'un locuteur anonyme comme un article : « L'un des habitants a dit ». */
export const OPENING_QUANTIFIERS_FR: readonly string[] = [
  "l'un",
  "l'une",
  "chacun",
  "chacune",
  "aucun",
  "aucune",
];

/** Pronoms et adverbes lus entre un verbe de parole et sa complétive : « a-t-il pourtant dit que », « lui a dit que ». */
export const CUE_ADJUNCT_WORDS_FR: readonly string[] = [
  "lui",
  "leur",
  "nous",
  "vous",
  "me",
  "m'",
  "pourtant",
  // Adverbes de discours après le verbe : « a regretté, toutefois, que … ».
  "toutefois",
  "cependant",
  "néanmoins",
  "d'ailleurs",
];

/**
 * Subordonnants d'une subordonnée en tête dont le pronom annonce le sujet de la principale :
 * « Bien qu'elle ait salué le plan, Ada Marsh a dit … » (elle = Ada Marsh).
 */
export const FRONTED_CLAUSE_OPENERS_FR: readonly string[] = [
  "quand",
  "lorsque",
  "lorsqu'",
  "bien",
  "quoiqu'",
  "quoique",
  "alors",
  "tandis",
  "puisque",
  "puisqu'",
  "comme",
  "si",
  "s'",
  "dès",
  "après",
  "avant",
  "parce",
];

// Ensembles de mots lus dans tout document, quelle que soit sa langue, avec les anglais
// (src/lang/en/quotes-grammar.ts) : un nom ou une tournure de l'autre langue garde son rôle.

/** Pronoms relatifs qui tiennent lieu du nom auquel la relative se rattache (« Dupont, qui a dit … »). */
export const RELATIVE_PRONOUNS_FR: readonly string[] = ["qui"];

/** Pronoms de première et deuxième personne (et « on ») : jamais un locuteur rapporté. */
export const FIRST_SECOND_PERSONS_FR: readonly string[] = ["je", "j'", "nous", "vous", "tu", "on"];

/** Prépositions qui terminent les mots propres d'un groupe nominal sujet (« le chef de … »). */
export const PHRASE_END_PREPOSITIONS_FR: readonly string[] = [
  "de",
  "du",
  "des",
  "d'",
  "à",
  "au",
  "aux",
  "pour",
  "chez",
];

/** Prépositions qui introduisent l'auteur d'un document (« un rapport de X »). */
export const AUTHOR_PREPOSITIONS_FR: readonly string[] = ["par", "de", "du", "des", "d'"];

/** Formes de pronoms qui disent une femme ou un homme, pour les votes de genre. */
export const FEMALE_PRONOUN_FORMS_FR: readonly string[] = ["elle", "-elle", "-t-elle"];
export const MALE_PRONOUN_FORMS_FR: readonly string[] = ["il", "-il", "-t-il"];

/** Pronoms sujets (et emphatiques) dont un nom prend le genre quand ils le suivent dans sa phrase. */
export const GENDERED_SUBJECT_PRONOUNS_FR: readonly string[] = ["il", "elle", "lui-même", "elle-même"];

/** Mots après un « il » impersonnel (il y a, il faut, il s'agit) : il ne dit rien d'une personne. */
export const IMPERSONAL_PRONOUN_NEXT_FR: readonly string[] = [
  "y",
  "faut",
  "fallait",
  "s'agit",
  "s'",
  "semble",
  "reste",
  "est",
  "était",
  "sera",
  "serait",
];

/**
 * Mots après un « il » impersonnel qui ne rapporte rien, en plus de IMPERSONAL_PRONOUN_NEXT_FR : « il se trouve
 * que », « il semblerait que ».
 */
export const IMPERSONAL_REPORT_NEXT_FR: readonly string[] = ["se", "semblerait", "paraît", "paraîtrait"];

/**
 * Mots qui, après le sujet, montrent qu'une forme de verbe de parole que l'étiqueteur a lue comme un nom est
 * bien le verbe (« Paul Durand affirme que », « … annonce au conseil que », « … estime pourtant »).
 */
export const VERB_CONTEXT_NEXT_FR: readonly string[] = [
  "que",
  "qu'",
  "pourtant",
  "cependant",
  "toutefois",
  "donc",
  "aussi",
  "également",
  "ainsi",
  "les",
  "la",
  "le",
  "l'",
  "ce",
  "cette",
  "ces",
  "un",
  "une",
  "des",
  "à",
  "au",
  "aux",
];

/** Nombres en lettres qui ouvrent un groupe de locuteurs (« deux responsables ont dit »). */
export const NUMBER_WORDS_FR: readonly string[] = ["deux", "trois", "quatre", "cinq"];

/** Démonstratifs qui ouvrent un groupe nominal (« ce rapport »). */
export const DEMONSTRATIVES_FR: readonly string[] = ["ce", "cette", "ces", "cet"];

/** Coordinations lues avant une source (« et selon … »). */
export const COORDINATORS_FR: readonly string[] = ["mais", "et"];

/** Connecteurs lus en tête de proposition avant le sujet (« Mais le maire a dit … »). */
export const LEADING_CONNECTORS_FR: readonly string[] = ["mais", "et", "comme"];

/** Déterminants d'un groupe au pluriel (« les sénateurs », « plusieurs responsables »). */
export const PLURAL_DETERMINERS_FR: readonly string[] = ["les", "des", "plusieurs", "certains", "ces"];

/** Mots avant un nom qui le laissent sujet de sa proposition (« …, et Dupont a dit »). */
export const SUBJECT_CONNECTORS_FR: readonly string[] = ["et", "mais", "puis", "donc", "que", "qu'"];

/** Mots qui terminent une description lue depuis sa tête (« le maire lors d'un point presse »). */
export const DESCRIPTION_ENDS_FR: readonly string[] = [
  "sous",
  "lors",
  "devant",
  "pendant",
  "durant",
  "après",
  "avant",
  "depuis",
  "hier",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
];

/** Relatif sujet après le nom d'un locuteur (« X, qui a déclaré que … », « X, lequel affirme … »). */
export const SUBJECT_RELATIVES_FR: readonly string[] = [
  "qui",
  "lequel",
  "laquelle",
  "lesquels",
  "lesquelles",
];

/** Articles du complément du nom avant des guillemets (« la politique du « tout-répressif » »). */
export const OF_ARTICLES_FR: readonly string[] = ["du", "des", "de la", "de l'"];

/** Prépositions qui ouvrent le contenu infinitif d'un verbe de parole : « à » (appeler à) ou « de » (promettre de). */
export const INFINITIVE_A_PREPOSITIONS_FR: readonly string[] = ["à"];
export const INFINITIVE_DE_PREPOSITIONS_FR: readonly string[] = ["de", "d'"];

/** Relatifs qui coupent une description : aucun en français (la règle ne vaut que pour l'anglais). */
export const DESCRIPTION_RELATIVES_FR: readonly string[] = [];

/** Mots outils qui ne sont jamais le nom qu'un court terme entre guillemets qualifie (« de « … » »). */
export const NOT_NOUN_WORDS_FR: readonly string[] = [
  "de",
  "d'",
  "du",
  "des",
  "à",
  "au",
  "aux",
  "en",
  "par",
  "pour",
  "sur",
  "et",
  "ou",
  "comme",
  "est",
  "sont",
  "était",
  "être",
  "a",
  "ont",
  "très",
  "plus",
  "si",
  "trop",
];

/** Mots avant « as » qui font un terme : aucun en français (la règle vaut pour l'anglais). */
export const TERM_AS_HEADS_FR: readonly string[] = [];

/** Mots avant « called » : aucun en français. */
export const CALLED_AS_VERB_FR: readonly string[] = [];

/** Articles et prépositions lus entre un mot de terme et la citation (« le livre de « … » »). */
export const TERM_LEAD_WORDS_FR: readonly string[] = ["de", "d'", "du", "des", "la", "le", "l'", "les"];

/** Mots avant un participe qui en font un adjectif : la règle ne vaut que pour l'anglais. */
export const PARTICIPLE_MODIFIER_WORDS_FR: readonly string[] = [];

/** Definite articles (« le porte-parole », « les autorités »). */
export const DEFINITE_ARTICLES_FR: readonly string[] = ["le", "la", "l'", "les"];

/** Possessive determiners (« son porte-parole », « leur avocat »). */
export const POSSESSIVE_DETERMINERS_FR: readonly string[] = ["son", "sa", "ses", "leur"];

/** The conjunction that joins two people or two objects (« X et Y »). */
export const AND_WORDS_FR: readonly string[] = ["et"];

/** Clitics of an inverted cue whose subject is the impersonal « on » (« dit-on », « murmure-t-on »): hearsay. */
export const IMPERSONAL_CLITICS_FR: readonly string[] = ["-on", "-t-on"];

/**
 * Participles opening a question put to someone (« Interrogé par l'AFP, le ministre a démenti. »,
 * « Joint par téléphone, … »): never reported content.
 */
export const QUESTION_FRAMES_FR: readonly string[] = [
  "interrogé",
  "interrogée",
  "interrogés",
  "interrogées",
  "questionné",
  "questionnée",
  "questionnés",
  "questionnées",
  "sollicité",
  "sollicitée",
  "sollicités",
  "sollicitées",
  "contacté",
  "contactée",
  "contactés",
  "contactées",
  "joint",
  "jointe",
  "joints",
  "jointes",
  "relancé",
  "relancée",
];

/** The word before, and the words that open, a place or setting after a cue and before its speaker (« a déclaré à Genève la … », « a lancé devant la presse le … »). */
export const CUE_SETTING_BEFORE_FR: readonly string[] = ["à"];
export const CUE_SETTING_WORDS_FR: readonly string[] = ["au", "aux", "devant", "depuis", "sur", "dans"];

/** Two-word openers of a contrast clause: a cue does not reach past one with a verb of its own. */
export const CONTRAST_OPENER_PAIRS_FR: readonly string[] = [
  "tandis que",
  "tandis qu'",
  "tandis qu’",
  "pendant que",
  "pendant qu'",
  "pendant qu’",
  "alors que",
  "alors qu'",
  "alors qu’",
];

/** Words that may open an adjunct right after a cue before the reported clause ends (« a-t-il dit à la télévision », « a-t-elle déclaré lundi »). */
export const CUE_ADJUNCT_STARTS_FR: readonly string[] = [
  "à",
  "au",
  "aux",
  "dans",
  "lors",
  "devant",
  "en",
  ...WEEKDAY_NAMES_FR,
  "hier",
  ",",
  ".",
];

/** Words that open an adjunct before a sentence's subject (« Dans un communiqué, … », « Lors du vote, … », « Après le scrutin, … »). */
export const SUBJECT_ADJUNCT_OPENERS_FR: readonly string[] = ["dans", "lors", "après", "en"];

/** Small words a name's initialism leaves out (« Banque centrale européenne … BCE », « Médecins du monde »). */
export const INITIALISM_MINOR_WORDS_FR: readonly string[] = [
  "de",
  "des",
  "du",
  "la",
  "le",
  "les",
  "l'",
  "d'",
  "et",
  "en",
  "à",
  "au",
  "aux",
];

/** Words after an initialism that make it a body's name rather than a person (« la FNSEA du Grand Est »). */
export const INITIALISM_COMPLEMENTS_FR: readonly string[] = ["de", "du", "des"];

/** Formes d'« être » devant un participe passif (« a été accusé de … » : le sujet ne parle pas). */
export const PASSIVE_AUXILIARIES_FR: readonly string[] = [
  "été",
  "est",
  "sont",
  "était",
  "étaient",
  "sera",
  "seront",
  "serait",
  "seraient",
  "fut",
  "furent",
  "soit",
  "soient",
  "être",
];

/** Clitiques et négation entre « de » ou « à » et leur infinitif (« de ne pas s'en … »). */
export const INFINITIVE_CLITICS_FR: readonly string[] = [
  "ne",
  "n'",
  "pas",
  "plus",
  "jamais",
  "se",
  "s'",
  "le",
  "la",
  "l'",
  "les",
  "y",
  "en",
  "lui",
  "leur",
  "me",
  "m'",
  "te",
  "t'",
  "nous",
  "vous",
];

/** « ce dernier », « cette dernière »: the person named last (not the subject a pronoun would take). */
export const LATTER_PHRASES_FR: readonly string[] = ["ce dernier", "cette dernière"];

/**
 * What « par » introduces as a means of saying before « que », as its first word or first two words:
 * « a fait savoir par communiqué que », « par la voix de son avocat », « par voie de presse ».
 */
export const MEANS_AFTER_PAR_FR: readonly string[] = [
  "communiqué",
  "courriel",
  "écrit",
  "téléphone",
  "lettre",
  "voie",
  "la voix",
  "l'intermédiaire",
  "le biais",
  "la bouche",
  "un communiqué",
  "une lettre",
  "un courriel",
];
