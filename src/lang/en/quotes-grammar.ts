import { MONTH_NAMES_EN, WEEKDAY_NAMES_EN } from "./dates-words.ts";
/**
 * English function words the quotation attribution reads a sentence with:
 * determiners, prepositions, auxiliaries and adverbs between a subject and a
 * speech verb, words inside names, words that open a reported clause without
 * "that". Kept apart from the algorithms in src/quotes so each language owns
 * its list. All lower-case, straight apostrophes.
 */

/** Determiners opening a noun phrase. */
export const DETERMINERS_EN: readonly string[] = [
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "this",
  "that",
  "these",
  "those",
  "several",
  "some",
  "two",
  "three",
  "many",
  "other",
  "another",
];

/** Complementisers opening a reported clause. */
export const COMPLEMENTISERS_EN: readonly string[] = ["that"];

/** Prepositions that end a noun's pre-modifiers. */
export const PREPOSITIONS_EN: readonly string[] = [
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "about",
  "as",
  "into",
  "after",
  "before",
];

/** Auxiliaries, reflexives and adverbs read over between a subject and its speech verb: "has also said". */
export const VERB_AUXILIARIES_EN: readonly string[] = [
  "now",
  "has",
  "'s",
  "himself",
  "herself",
  "themselves",
  "itself",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "did",
  "does",
  "also",
  "later",
  "then",
  "again",
  "previously",
  "once",
  "recently",
  "repeatedly",
  "earlier",
  "further",
  "never",
  "not",
  "n't",
  "always",
  "often",
  "already",
  "still",
  "first",
  "too",
  "may",
  "might",
  "could",
  "should",
  "must",
  "can",
  "just",
  "even",
  "only",
  "quickly",
  "immediately",
  "flatly",
  "bluntly",
  "simply",
  "publicly",
  "privately",
  "separately",
  "angrily",
  "initially",
  "eventually",
  "originally",
  "reportedly",
  "firmly",
  "strongly",
  "vehemently",
  "openly",
  "been",
];

/** Object pronouns: "told him" — never the speaker. */
export const OBJECT_PRONOUNS_EN: readonly string[] = ["him", "her", "them"];

/**
 * Capitalised words that open a title-case headline question or clause and are never part of a
 * name after them: "Is Halvorsen Finally Winning?" names Halvorsen, not "Is Halvorsen".
 */
export const NAME_RUN_OPENERS_EN: readonly string[] = [
  "is",
  "are",
  "was",
  "were",
  "does",
  "did",
  "do",
  "can",
  "could",
  "should",
  "would",
  "will",
  "has",
  "have",
  "had",
  "why",
  "how",
  "what",
  "when",
  "where",
  "who",
  "whom",
  "whose",
  "which",
];

/** Object forms a parsed subject never is (with the first and second persons). */
export const OBJECT_FORMS_EN: readonly string[] = ["him", "her", "them", "me", "us"];

/** Finite verbs and conjunctions that end a backward search for a role phrase before a name. */
export const ROLE_PHRASE_STOPS_EN: readonly string[] = [
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "met",
  "said",
  "says",
  "told",
  "with",
  "and",
];

/** Words that end the head noun phrase of an apposition: "director of …", "… who". */
export const APPOSITION_STOPS_EN: readonly string[] = [
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "which",
  "that",
  "who",
  "whose",
];

/** Prepositions that make the following name a complement of the noun before: "minister of …". */
export const COMPLEMENT_PREPOSITIONS_EN: readonly string[] = ["of", "at", "for"];

/** Prepositions that introduce the organisation in a role phrase: "director of the programme at the Centre …". */
export const AFFILIATION_PREPOSITIONS_EN: readonly string[] = ["of", "at", "for", "with", "from"];

/** Lower-case nouns that head a proper name (English capitalises them, so none so far). */
export const NAMING_HEADS_EN: readonly string[] = [];

/**
 * Lower-case words and signs inside a name ("Bank of Canada", "Ursula von der Leyen").
 * Names travel across languages, so the list holds other languages' particles too.
 */
export const NAME_CONNECTORS_EN: readonly string[] = [
  "of",
  "the",
  "for",
  "and",
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
  "st.",
  "&",
  "-",
];

/** Particles before a surname ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES_EN: readonly string[] = [
  "de",
  "du",
  "d'",
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
  "la",
  "le",
  "ibn",
  "abu",
];

/** Generation suffixes after a surname: "Martin Luther King Jr.". */
export const NAME_SUFFIXES_EN: readonly string[] = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/** Days and months: a parsed subject is never one ("Monday, he said"). */
export const TIME_WORDS_EN: readonly string[] = [
  ...WEEKDAY_NAMES_EN,
  "today",
  "yesterday",
  "tonight",
  ...MONTH_NAMES_EN,
];

/** Words that open a short time phrase between a subject and its verb ("last month", "on Tuesday"). */
export const TIME_LEADS_EN: readonly string[] = [
  "on",
  "last",
  "this",
  "earlier",
  "later",
  "late",
  "early",
  "that",
];

/** Time nouns after such a word ("last week", "earlier this year" ends in one). */
export const TIME_UNITS_EN: readonly string[] = [
  "week",
  "month",
  "year",
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekend",
  "day",
  "spring",
  "summer",
  "fall",
  "autumn",
  "winter",
];

/** Words after "said" that do not open a reported clause ("said to", "said so", "said no"). */
export const NOT_CLAUSE_AFTER_SAY_EN: readonly string[] = [
  "to",
  "so",
  "yes",
  "no",
  "nothing",
  "something",
  "anything",
  "goodbye",
  "hello",
  "sorry",
  "thanks",
  "of",
  "about",
  "by",
  "with",
  "for",
  "and",
  "or",
  "but",
  "as",
  "than",
  "is",
  "was",
  "would",
  "will",
  "at",
  "from",
  "-",
  "—",
];

/** Words that open a reported clause without "that": "he said the plan …". */
export const CLAUSE_STARTS_EN: readonly string[] = [
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "there",
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "some",
  "many",
  "most",
  "no",
  "none",
  "all",
  "both",
  "each",
  "every",
  "one",
  "two",
  "three",
  "if",
  "when",
  "while",
  "as",
  "because",
  "in",
  "what",
  "how",
  "why",
  "nobody",
  "everyone",
  "people",
  "canada",
  "police",
];

/** Speech verbs (lemmas) whose reported clause may go without "that". */
export const BARE_CLAUSE_VERBS_EN: readonly string[] = [
  "say",
  "tell",
  "add",
  "claim",
  "argue",
  "insist",
  "explain",
  "note",
  "warn",
  "acknowledge",
  "admit",
  "contend",
  "maintain",
  "suggest",
  "believe",
  "think",
  "write",
  "report",
  "predict",
  "assert",
  "agree",
  "confirm",
  "concede",
  "allege",
  "estimate",
  "fear",
  "hope",
  "expect",
  "worry",
  "feel",
  "recall",
  "announce",
  "state",
  "stress",
  "emphasize",
  "reiterate",
  "indicate",
  "promise",
  "vow",
  "complain",
  "caution",
  "speculate",
  "reckon",
  "guess",
  "deny",
  "declare",
  "testify",
  "boast",
  "conclude",
  "remark",
  "disclose",
];

/** Prepositions after which a single capitalised word is a place, not a person ("a mother of two in Scarborough"). */
export const PLACE_PREPOSITIONS_EN: readonly string[] = ["in", "near", "outside", "across", "throughout"];

/** Longer prepositions that open an adjunct ("told reporters during a visit …"), on top of PREPOSITIONS_EN. */
export const ADJUNCT_PREPOSITIONS_EN: readonly string[] = [
  "during",
  "since",
  "until",
  "despite",
  "across",
  "over",
  "under",
  "through",
  "against",
  "among",
  "via",
  "without",
  "within",
  "following",
  "including",
];

/** Quantifiers that open an unnamed speaker's noun phrase like an article: "One of the users said", "Each resident said". */
export const OPENING_QUANTIFIERS_EN: readonly string[] = [
  "one",
  "each",
  "another",
  "both",
  "neither",
  "either",
];

/** Adverbs and time words read over between a reporting verb and its clause: "told council last month that". */
export const CUE_ADJUNCT_WORDS_EN: readonly string[] = [
  "also",
  "later",
  "earlier",
  "again",
  "repeatedly",
  "last",
  "week",
  "weekend",
  "month",
  "year",
  "night",
  "morning",
  "afternoon",
  "evening",
  "yesterday",
  "today",
  "publicly",
  "privately",
  "me",
  // Discourse adverbs set off after the verb: "regretted, however, that …".
  "however",
  "though",
  "nonetheless",
  "nevertheless",
  "meanwhile",
  "moreover",
  "furthermore",
  "separately",
  "previously",
  "recently",
];

/**
 * Subordinators that open a fronted clause whose pronoun points forward to the main clause's subject:
 * "Though she praised the plan, Ada Marsh said …" (she = Ada Marsh).
 */
export const FRONTED_CLAUSE_OPENERS_EN: readonly string[] = [
  "though",
  "although",
  "while",
  "when",
  "after",
  "before",
  "because",
  "since",
  "once",
  "as",
  "if",
  "whereas",
];

// Word sets the quote rules read in every document, whatever its language, together with the French ones
// (src/lang/fr/quotes-grammar.ts): a name or phrase of the other language inside a text keeps its role.

/** Relative pronouns that stand for the noun their clause hangs on ("Jones, who said …"). */
export const RELATIVE_PRONOUNS_EN: readonly string[] = ["who", "which", "that"];

/** First- and second-person pronouns: the writer or the reader, never a reported speaker. */
export const FIRST_SECOND_PERSONS_EN: readonly string[] = ["i", "we", "you"];

/** Prepositions that end a subject noun phrase's own words ("the head of …"). */
export const PHRASE_END_PREPOSITIONS_EN: readonly string[] = ["of", "for", "at", "from", "to", "with"];

/** Prepositions that introduce a document's author ("a report by X"). */
export const AUTHOR_PREPOSITIONS_EN: readonly string[] = ["by", "from", "of"];

/** Pronoun forms that tell a woman ("she said") or a man ("he said") for gender votes. */
export const FEMALE_PRONOUN_FORMS_EN: readonly string[] = ["she", "her", "hers"];
export const MALE_PRONOUN_FORMS_EN: readonly string[] = ["he", "his", "him"];

/** Subject pronouns (and reflexives) whose gender a name takes when they follow it in its sentence. */
export const GENDERED_SUBJECT_PRONOUNS_EN: readonly string[] = ["she", "he", "himself", "herself"];

/** Words after impersonal "it" that say nothing of a person: none needed in English (only French "il"). */
export const IMPERSONAL_PRONOUN_NEXT_EN: readonly string[] = [];

/** Number words that open a group of speakers ("two officials said"). */
export const NUMBER_WORDS_EN: readonly string[] = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

/** Demonstratives that open a noun phrase ("this report"). */
export const DEMONSTRATIVES_EN: readonly string[] = ["this", "that", "these", "those"];

/** Coordinators read over before a source cue ("and according to …"). */
export const COORDINATORS_EN: readonly string[] = ["but", "and", "or", "yet"];

/** Connectors read over at the start of a clause before its subject ("But the mayor said …"). */
export const LEADING_CONNECTORS_EN: readonly string[] = ["but", "and", "yet", "as"];

/** Determiners of a plural group ("the senators", "several officials"). */
export const PLURAL_DETERMINERS_EN: readonly string[] = ["the", "these", "those", "some", "many", "several"];

/** Words before a name that leave it the subject of its clause ("…, and Jones said"). */
export const SUBJECT_CONNECTORS_EN: readonly string[] = ["and", "but", "then", "so", "that"];

/** Words that end a description read forward from its head ("the mayor in …", "a spokesman told …"). */
export const DESCRIPTION_ENDS_EN: readonly string[] = [
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "to",
  "when",
  "while",
  "last",
  "this",
  "earlier",
  "told",
];

/** Relative words that cut a description running on into its clause ("judges who ruled …"). */
export const DESCRIPTION_RELATIVES_EN: readonly string[] = ["who", "whose", "whom", "which"];

/** The subject relative after a speaker's name ("X, who said that …"). */
export const SUBJECT_RELATIVES_EN: readonly string[] = ["who"];

/** Function words that are never the noun a short quoted term modifies ("of “…”"). */
export const NOT_NOUN_WORDS_EN: readonly string[] = [
  "of",
  "to",
  "in",
  "on",
  "for",
  "by",
  "at",
  "as",
  "with",
  "from",
  "and",
  "or",
  "is",
  "was",
  "are",
  "were",
  "be",
  "very",
  "more",
  "so",
  "too",
];

/** Words before "as" that make what follows a term ("known as “…”", "described as “…”"). */
export const TERM_AS_HEADS_EN: readonly string[] = [
  "known",
  "such",
  "described",
  "dubbed",
  "referred",
  "billed",
  "branded",
  "seen",
  "characterized",
  "characterised",
  "portrayed",
];

/** Words before "called" that make it a speech verb, not a naming cue ("he called the plan “…”"). */
export const CALLED_AS_VERB_EN: readonly string[] = [
  "has",
  "have",
  "had",
  "also",
  "he",
  "she",
  "they",
  "it",
  "and",
];

/** Articles and prepositions read over between a term cue and the quote ("the book of “…”"). */
export const TERM_LEAD_WORDS_EN: readonly string[] = ["the", "a", "an", "of", "as", "by", "for"];

/** Words before a past participle that make it modify a noun ("the reported deal", "Vell's proposed levy"). */
export const PARTICIPLE_MODIFIER_WORDS_EN: readonly string[] = [
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
];

/** Definite articles ("the spokesman"). */
export const DEFINITE_ARTICLES_EN: readonly string[] = ["the"];

/** Indefinite articles that open a lede's unnamed person ("A Halifax man says …"). */
export const INDEFINITE_ARTICLES_EN: readonly string[] = ["a", "an"];

/** Possessive determiners ("his lawyer", "their spokesman"). */
export const POSSESSIVE_DETERMINERS_EN: readonly string[] = ["his", "her", "its", "their"];

/** The conjunction that joins two people or two objects ("X and Y"). */
export const AND_WORDS_EN: readonly string[] = ["and"];

/** Clitics of an impersonal inverted cue: none in English (French « dit-on »). */
export const IMPERSONAL_CLITICS_EN: readonly string[] = [];

/**
 * Participles that open an adjunct after a cue ("…, the ministry said, citing satellite imagery"): what
 * they head is neither the reported clause nor a reason to reject the cue before them. Speech participles
 * (adding, noting, saying) are left out: they open more speech by the same speaker.
 */
export const CUE_TAIL_PARTICIPLES_EN: readonly string[] = [
  "citing",
  "quoting",
  "referring",
  "pointing",
  "according",
  "speaking",
];

/** Prepositions that end the hearer of a verb of telling ("told CBC News in an email that …"). */
export const HEARER_END_PREPOSITIONS_EN: readonly string[] = [
  "in",
  "on",
  "at",
  "by",
  "via",
  "during",
  "through",
  "over",
];

/** Words before "say" that make it the noun ("the final say", "have their say"), not a speech verb. */
export const SAY_NOUN_BEFORE_EN: readonly string[] = [
  "the",
  "a",
  "final",
  "last",
  "their",
  "his",
  "her",
  "its",
  "our",
  "your",
  "my",
  "no",
  "any",
  "some",
  "more",
  "equal",
  "real",
  "greater",
  "bigger",
  "little",
];

/** Words that deny the speech verb right after them ("did not say how many …"). */
export const NEGATORS_EN: readonly string[] = ["not", "n't", "never", "nobody"];

/** Prepositions of an opening adjunct whose -ing verb describes a document ("In a statement announcing …"). */
export const OPENING_ADJUNCT_PREPOSITIONS_EN: readonly string[] = [
  "in",
  "on",
  "at",
  "during",
  "with",
  "via",
  "through",
];

/** Connectives stepped over at a sentence's start before its subject ("But the premier …"). */
export const SENTENCE_CONNECTIVES_EN: readonly string[] = [
  "but",
  "meanwhile",
  "still",
  "however",
  "yet",
  "later",
  "then",
  "while",
  "whereas",
];

/** Verbs that refuse the speech verb they govern ("declined to say whether …"). */
export const REFUSAL_VERBS_EN: readonly string[] = [
  "decline",
  "declined",
  "declines",
  "refuse",
  "refused",
  "refuses",
];

/** Words that open an indirect question: after a denied speech verb nothing was reported ("would not say when …"). */
export const WH_CLAUSE_OPENERS_EN: readonly string[] = [
  "how",
  "what",
  "whether",
  "if",
  "when",
  "where",
  "why",
  "which",
  "who",
];

/** Participles that end a hyphenated compound adjective ("Montreal-based", "family-run"), never a verb there. */
export const COMPOUND_ADJECTIVE_ENDS_EN: readonly string[] = [
  "based",
  "owned",
  "run",
  "led",
  "backed",
  "funded",
  "born",
  "made",
  "controlled",
  "operated",
  "bound",
  "related",
];

/** Words that open a reported clause with a number after them ("said about 30 roads were closed"). */
export const QUANTITY_OPENERS_EN: readonly string[] = [
  "about",
  "around",
  "over",
  "under",
  "nearly",
  "almost",
  "some",
];

/** Two-word quantity openers of a reported clause ("said at least 12 homes …", "up to 40 …"). */
export const QUANTITY_PAIRS_EN: readonly string[] = [
  "at least",
  "at most",
  "up to",
  "more than",
  "less than",
  "fewer than",
];

/** Forms of "be" and "get" before a verb of telling that make it passive: "residents were told …" (they heard it). */
export const PASSIVE_AUXILIARIES_EN: readonly string[] = [
  "was",
  "were",
  "been",
  "being",
  "is",
  "are",
  "be",
  "got",
  "get",
  "gets",
];

/** Words opening a question put to someone ("Asked about the cuts, Ford laughed."): never reported content. */
export const QUESTION_FRAMES_EN: readonly string[] = ["asked", "pressed", "questioned"];

/** Verbs of telling whose hearer may follow the cue before an adjunct ("told reporters at Queen's Park"). */
export const TELLING_LEMMAS_EN: readonly string[] = ["tell", "assure", "remind", "warn", "inform"];

/** Words that open a contrast clause: a cue does not reach past one with a verb of its own. */
export const CONTRAST_OPENERS_EN: readonly string[] = ["whereas", "while"];

/** Words that may open an adjunct right after a cue before the reported clause ends ("said on Thursday", "said in a statement"). */
export const CUE_ADJUNCT_STARTS_EN: readonly string[] = [
  "on",
  "in",
  "at",
  "to",
  "during",
  "after",
  "before",
  "last",
  "this",
  ...WEEKDAY_NAMES_EN,
  "yesterday",
  ",",
  ".",
];

/** Words that open an adjunct before a sentence's subject ("In a statement released Thursday, Rep. X …", "After the vote, …"). */
export const SUBJECT_ADJUNCT_OPENERS_EN: readonly string[] = ["in", "on", "after", "during", "at"];

/** Small words a name's initialism leaves out ("Bank of Canada … BoC"). */
export const INITIALISM_MINOR_WORDS_EN: readonly string[] = ["of", "the", "and", "for"];

/** Words after an initialism that make it a body's name rather than a person ("NDP of Ontario"). */
export const INITIALISM_COMPLEMENTS_EN: readonly string[] = ["of"];

/** Auxiliaries of the future: "will tell the committee that …" reports nothing said yet. */
export const FUTURE_AUXILIARIES_EN: readonly string[] = ["will", "'ll", "shall"];

/**
 * Words before "to" that make the speech verb after it a plan, an expectation or an inability, not a
 * report ("plans to announce that …", "is expected to say …", "was unable to confirm …").
 */
export const UNREALISED_SPEECH_GOVERNORS_EN: readonly string[] = [
  "plan",
  "plans",
  "planned",
  "planning",
  "expect",
  "expects",
  "expected",
  "intend",
  "intends",
  "intended",
  "intending",
  "want",
  "wants",
  "wanted",
  "hope",
  "hopes",
  "hoped",
  "hoping",
  "aim",
  "aims",
  "aimed",
  "aiming",
  "scheduled",
  "set",
  "due",
  "likely",
  "unlikely",
  "going",
  "about",
  "poised",
  "agree",
  "agrees",
  "agreed",
  "decide",
  "decides",
  "decided",
  "promise",
  "promised",
  "pledge",
  "pledged",
  "vow",
  "vowed",
  "offer",
  "offered",
  "try",
  "tried",
  "seek",
  "sought",
  "ready",
  "willing",
  "prepared",
  "prepared",
  "preparing",
  "ready",
  "unable",
];

/** Auxiliaries that open a yes-no question ("Did the minister say …?"), or follow a wh-word opening one ("Why did …?"). */
export const QUESTION_AUXILIARIES_EN: readonly string[] = [
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "can",
  "could",
  "should",
  "shall",
  "has",
  "have",
  "had",
  "may",
  "might",
  "must",
];

/**
 * Prepositions that set a person off as the topic when they open the sentence and a comma closes the name
 * ("For Dana Ruiz, a first-year student, the strike has meant …": the "she" after it is Ruiz).
 */
export const TOPIC_PREPOSITIONS_EN: readonly string[] = ["for", "to"];

/** Possessives of a body, not a person: "its owner", "their chief executive" in a lede name the body's person. */
export const BODY_POSSESSIVES_EN: readonly string[] = ["its", "their"];

/**
 * Subordinators that open an adverbial clause after a closing cue and its comma: what follows is the writer's
 * ("…, the minister announced Friday, as the crowd outside kept growing.").
 */
export const CUE_TAIL_SUBORDINATORS_EN: readonly string[] = [
  "as",
  "while",
  "after",
  "before",
  "because",
  "since",
  "although",
  "though",
  "when",
  "even",
];
/** Nouns of things said whose "that" clause is the content a verb reports ("denied claims that …"). */
export const CONTENT_NOUNS_EN: readonly string[] = [
  "claim",
  "claims",
  "allegation",
  "allegations",
  "report",
  "reports",
  "suggestion",
  "suggestions",
  "rumour",
  "rumours",
  "rumor",
  "rumors",
  "accusation",
  "accusations",
  "speculation",
  "assertion",
  "assertions",
  "charge",
  "charges",
];

/** Words before such a noun ("all claims", "media reports", "earlier suggestions"). */
export const CONTENT_NOUN_LEADS_EN: readonly string[] = [
  "all",
  "any",
  "the",
  "these",
  "those",
  "such",
  "earlier",
  "previous",
  "recent",
  "media",
  "press",
  "news",
];

/** Heads of a source phrase that is no one speaking ("according to videos posted online", "per the doctrines"). */
export const NON_SPEAKER_SOURCES_EN: readonly string[] = [
  "video",
  "videos",
  "footage",
  "image",
  "images",
  "photo",
  "photos",
  "photograph",
  "photographs",
  "picture",
  "pictures",
  "recording",
  "recordings",
  "doctrine",
  "doctrines",
  "scripture",
  "scriptures",
  "tradition",
  "map",
  "maps",
];

/** Requests, orders and plans: acted on, never a source, even "of" someone ("per the request of X", "according to earlier plans"). */
export const ACTED_ON_SOURCES_EN: readonly string[] = [
  "request",
  "requests",
  "order",
  "orders",
  "instructions",
  "wishes",
  "plan",
  "plans",
  "schedule",
  "timetable",
];

/** Plural hearers of a cue ("announcing to journalists X would go ahead", "said to reporters the …"). */
export const HEARER_NOUNS_EN: readonly string[] = [
  "reporters",
  "journalists",
  "lawmakers",
  "supporters",
  "listeners",
  "viewers",
  "students",
  "crowds",
  "delegates",
];

/** Words before an -ing speech verb that leave it speaking for the main subject ("upon announcing X would go ahead"). */
export const PARTICIPLE_PREPOSITIONS_EN: readonly string[] = ["upon", "after", "while", "when"];

/** Participles of a setting that may stand, without commas, between a speaker and the verb ("Lenz speaking to a think tank called …"). */
export const SETTING_PARTICIPLES_EN: readonly string[] = [
  "speaking",
  "talking",
  "writing",
  "appearing",
  "addressing",
  "testifying",
  "interviewed",
  "posting",
  "tweeting",
];

/** Collective nouns: "the family said" is the family, never the one person named before. */
export const COLLECTIVE_NOUNS_EN: readonly string[] = [
  "family",
  "couple",
  "crowd",
  "group",
  "audience",
  "public",
  "parents",
  "relatives",
  "jury",
  "panel",
  "household",
  "residents",
  "neighbours",
  "neighbors",
];

/** Nouns for two people named together before ("the couple said" → "Ana and Rui Salas"). */
export const PAIR_NOUNS_EN: readonly string[] = ["couple", "pair", "duo", "twins", "brothers", "sisters"];

/** Verbs of putting a document out: its sender is their subject ("the caucus released a letter", "X posted a note"). */
export const DOCUMENT_SENDING_VERBS_EN: readonly string[] = [
  "release",
  "released",
  "releases",
  "publish",
  "published",
  "publishes",
  "issue",
  "issued",
  "issues",
  "write",
  "wrote",
  "written",
  "writes",
  "send",
  "sent",
  "sends",
  "file",
  "filed",
  "files",
  "post",
  "posted",
  "posts",
  "sign",
  "signed",
  "signs",
  "present",
  "presented",
  "submit",
  "submitted",
  "tweet",
  "tweeted",
  "share",
  "shared",
  "releasing",
  "publishing",
  "issuing",
  "writing",
  "sending",
  "filing",
  "posting",
  "signing",
  "presenting",
  "submitting",
  "tweeting",
  "sharing",
];

/** Words of a former office ("the former spokesperson"): the description is of a person, like an occupation. */
export const FORMER_WORDS_EN: readonly string[] = ["former", "ex"];
