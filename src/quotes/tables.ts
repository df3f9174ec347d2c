import {
  AS_PUT_IT_EN,
  AUXILIARIES_EN,
  CLAUSE_OPENERS_EN,
  COUNTRY_AGENCY_WORDS_EN,
  DOCUMENT_NOUNS_EN,
  GENERIC_ORG_NOUNS_EN,
  GENERIC_ROLES_EN,
  MEDIA_NAME_WORDS_EN,
  MEDIA_NOUNS_EN,
  NOT_NAMES_EN,
  OPENING_SOURCE_CUES_EN,
  ORG_NAME_WORDS_EN,
  ORG_NOUNS_EN,
  PERSON_NOUNS_EN,
  PRONOUNS_EN,
  QUANTIFIED_PERSON_HEADS_EN,
  ROLE_NOUNS_EN,
  ROLE_PERIPHRASES_EN,
  SKIP_AFTER_CUE_EN,
  SOURCE_CUES_EN,
  SOURCE_LEAD_ADVERBS_EN,
  STANCE_VERBS_EN,
  TERM_CUES_EN,
  TITLE_AFTER_EN,
  TITLE_BEFORE_EN,
  TITLE_MINOR_WORDS_EN,
  TITLE_ROLES_EN,
  TITLES_EN,
  TOPIC_ORG_NOUNS_EN,
} from "../lang/en/quotes-cues.ts";
import {
  ACCENTLESS_NOT_NAMES,
  FEMALE_FIRST_NAMES_EN,
  MALE_FIRST_NAMES_EN,
} from "../lang/en/quotes-first-names.ts";
import {
  ACTED_ON_SOURCES_EN,
  ADJUNCT_PREPOSITIONS_EN,
  AFFILIATION_PREPOSITIONS_EN,
  AND_WORDS_EN,
  APPOSITION_STOPS_EN,
  AUTHOR_PREPOSITIONS_EN,
  BARE_CLAUSE_VERBS_EN,
  BODY_POSSESSIVES_EN,
  CALLED_AS_VERB_EN,
  CLAUSE_STARTS_EN,
  COLLECTIVE_NOUNS_EN,
  COMPLEMENT_PREPOSITIONS_EN,
  COMPLEMENTISERS_EN,
  COMPOUND_ADJECTIVE_ENDS_EN,
  CONTENT_NOUN_LEADS_EN,
  CONTENT_NOUNS_EN,
  CONTRAST_OPENERS_EN,
  COORDINATORS_EN,
  CUE_ADJUNCT_STARTS_EN,
  CUE_ADJUNCT_WORDS_EN,
  CUE_TAIL_PARTICIPLES_EN,
  CUE_TAIL_SUBORDINATORS_EN,
  DEFINITE_ARTICLES_EN,
  DEMONSTRATIVES_EN,
  DESCRIPTION_ENDS_EN,
  DESCRIPTION_RELATIVES_EN,
  DETERMINERS_EN,
  DOCUMENT_SENDING_VERBS_EN,
  FEMALE_PRONOUN_FORMS_EN,
  FIRST_SECOND_PERSONS_EN,
  FORMER_WORDS_EN,
  FRONTED_CLAUSE_OPENERS_EN,
  FUTURE_AUXILIARIES_EN,
  GENDERED_SUBJECT_PRONOUNS_EN,
  HEARER_END_PREPOSITIONS_EN,
  HEARER_NOUNS_EN,
  IMPERSONAL_CLITICS_EN,
  IMPERSONAL_PRONOUN_NEXT_EN,
  INDEFINITE_ARTICLES_EN,
  INITIALISM_COMPLEMENTS_EN,
  INITIALISM_MINOR_WORDS_EN,
  LEADING_CONNECTORS_EN,
  MALE_PRONOUN_FORMS_EN,
  NAME_CONNECTORS_EN,
  NAME_PARTICLES_EN,
  NAME_RUN_OPENERS_EN,
  NAME_SUFFIXES_EN,
  NAMING_HEADS_EN,
  NEGATORS_EN,
  NON_SPEAKER_SOURCES_EN,
  NOT_CLAUSE_AFTER_SAY_EN,
  NOT_NOUN_WORDS_EN,
  NUMBER_WORDS_EN,
  OBJECT_FORMS_EN,
  OBJECT_PRONOUNS_EN,
  OPENING_ADJUNCT_PREPOSITIONS_EN,
  OPENING_QUANTIFIERS_EN,
  PAIR_NOUNS_EN,
  PARTICIPLE_MODIFIER_WORDS_EN,
  PARTICIPLE_PREPOSITIONS_EN,
  PASSIVE_AUXILIARIES_EN,
  PHRASE_END_PREPOSITIONS_EN,
  PLACE_PREPOSITIONS_EN,
  PLURAL_DETERMINERS_EN,
  POSSESSIVE_DETERMINERS_EN,
  PREPOSITIONS_EN,
  QUANTITY_OPENERS_EN,
  QUANTITY_PAIRS_EN,
  QUESTION_AUXILIARIES_EN,
  QUESTION_FRAMES_EN,
  REFUSAL_VERBS_EN,
  RELATIVE_PRONOUNS_EN,
  ROLE_PHRASE_STOPS_EN,
  SAY_NOUN_BEFORE_EN,
  SENTENCE_CONNECTIVES_EN,
  SETTING_PARTICIPLES_EN,
  SUBJECT_ADJUNCT_OPENERS_EN,
  SUBJECT_CONNECTORS_EN,
  SUBJECT_RELATIVES_EN,
  TELLING_LEMMAS_EN,
  TERM_AS_HEADS_EN,
  TERM_LEAD_WORDS_EN,
  TIME_LEADS_EN,
  TIME_UNITS_EN,
  TIME_WORDS_EN,
  TOPIC_PREPOSITIONS_EN,
  UNREALISED_SPEECH_GOVERNORS_EN,
  VERB_AUXILIARIES_EN,
  WH_CLAUSE_OPENERS_EN,
} from "../lang/en/quotes-grammar.ts";
import {
  AMBIGUOUS_FORMS_EN,
  IRREGULAR_FORMS_EN,
  OPINION_VERBS_EN,
  PHRASAL_SPEECH_VERBS_EN,
  SPEECH_VERBS_EN,
} from "../lang/en/quotes-verbs.ts";
import {
  AS_PUT_IT_FR,
  AS_SAID_FR,
  AUXILIARIES_FR,
  CLAUSE_OPENERS_FR,
  DOCUMENT_NOUNS_FR,
  FORMER_WORDS_FR,
  GENERIC_ORG_NOUNS_FR,
  GENERIC_ROLES_FR,
  MEDIA_NAME_WORDS_FR,
  MEDIA_NOUNS_FR,
  NON_SPEAKER_SOURCES_FR,
  NOT_NAMES_FR,
  OPENING_SOURCE_CUES_FR,
  ORG_NAME_WORDS_FR,
  ORG_NOUNS_FR,
  PERSON_NOUNS_FR,
  PRONOUNS_FR,
  ROLE_NOUNS_FR,
  ROLE_PERIPHRASES_FR,
  SKIP_AFTER_CUE_FR,
  SOURCE_CUES_FR,
  SOURCE_LEAD_ADVERBS_FR,
  STANCE_VERBS_FR,
  TERM_CUES_FR,
  TITLE_AFTER_FR,
  TITLE_BEFORE_FR,
  TITLE_MINOR_WORDS_FR,
  TITLE_ROLES_FR,
  TITLES_FR,
  TOPIC_ORG_NOUNS_FR,
} from "../lang/fr/quotes-cues.ts";
import { FEMALE_FIRST_NAMES_FR, MALE_FIRST_NAMES_FR } from "../lang/fr/quotes-first-names.ts";
import {
  ADJUNCT_PREPOSITIONS_FR,
  AFFILIATION_PREPOSITIONS_FR,
  AND_WORDS_FR,
  APPOSITION_STOPS_FR,
  AUTHOR_PREPOSITIONS_FR,
  CALLED_AS_VERB_FR,
  CAUSATIVE_FORMS_FR,
  CAUSATIVE_SPEECH_VERBS_FR,
  COMPLEMENT_PREPOSITIONS_FR,
  COMPLEMENTISERS_FR,
  CONTRAST_OPENER_PAIRS_FR,
  COORDINATORS_FR,
  CUE_ADJUNCT_STARTS_FR,
  CUE_ADJUNCT_WORDS_FR,
  CUE_OBJECT_CLITICS_FR,
  CUE_SETTING_BEFORE_FR,
  CUE_SETTING_WORDS_FR,
  DEFINITE_ARTICLES_FR,
  DEMONSTRATIVES_FR,
  DESCRIPTION_ENDS_FR,
  DESCRIPTION_RELATIVES_FR,
  DETERMINERS_FR,
  FEMALE_PRONOUN_FORMS_FR,
  FIRST_SECOND_PERSONS_FR,
  FRONTED_CLAUSE_OPENERS_FR,
  GENDERED_SUBJECT_PRONOUNS_FR,
  HYPOTHESIS_WORDS_FR,
  IMPERSONAL_CLITICS_FR,
  IMPERSONAL_PRONOUN_NEXT_FR,
  IMPERSONAL_REPORT_NEXT_FR,
  INFINITIVE_A_PREPOSITIONS_FR,
  INFINITIVE_CLITICS_FR,
  INFINITIVE_DE_PREPOSITIONS_FR,
  INITIALISM_COMPLEMENTS_FR,
  INITIALISM_MINOR_WORDS_FR,
  LATTER_PHRASES_FR,
  LEADING_CONNECTORS_FR,
  MALE_PRONOUN_FORMS_FR,
  MEANS_AFTER_PAR_FR,
  NAME_CONNECTORS_FR,
  NAME_PARTICLES_FR,
  NAME_RUN_OPENERS_FR,
  NAME_SUFFIXES_FR,
  NAMING_HEADS_FR,
  NEGATION_PARTICLES_FR,
  NEGATION_WORDS_FR,
  NOT_NOUN_WORDS_FR,
  NUMBER_WORDS_FR,
  OBJECT_FORMS_FR,
  OBJECT_PRONOUNS_FR,
  OF_ARTICLES_FR,
  OPENING_QUANTIFIERS_FR,
  PARTICIPLE_MODIFIER_WORDS_FR,
  PASSIVE_AUXILIARIES_FR,
  PHRASE_END_PREPOSITIONS_FR,
  PLACE_PREPOSITIONS_FR,
  PLURAL_DETERMINERS_FR,
  POSSESSIVE_DETERMINERS_FR,
  PREPOSITIONS_FR,
  QUESTION_FRAMES_FR,
  REFLEXIVE_CLITICS_FR,
  RELATIVE_PRONOUNS_FR,
  ROLE_PHRASE_STOPS_FR,
  SUBJECT_ADJUNCT_OPENERS_FR,
  SUBJECT_CONNECTORS_FR,
  SUBJECT_RELATIVES_FR,
  TERM_AS_HEADS_FR,
  TERM_LEAD_WORDS_FR,
  TIME_SUBORDINATORS_FR,
  TIME_TAIL_WORDS_FR,
  TIME_WORDS_FR,
  VERB_AUXILIARIES_FR,
  VERB_CONTEXT_NEXT_FR,
} from "../lang/fr/quotes-grammar.ts";
import {
  A_INFINITIVE_VERBS_FR,
  ALIAS_CUES_FR,
  AMBIGUOUS_FORMS_FR,
  INFINITIVE_CONTENT_VERBS_FR,
  IRREGULAR_FORMS_FR,
  NOUN_CONTENT_VERBS_FR,
  OBJECT_DE_NOUN_VERBS_FR,
  OPINION_VERBS_FR,
  PHRASAL_SPEECH_VERBS_FR,
  PREP_NOUN_CONTENT_VERBS_FR,
  REFLEXIVE_PREP_CONTENT_VERBS_FR,
  SELF_REPORT_VERBS_FR,
  SMALL_CLAUSE_VERBS_FR,
  SPEECH_VERBS_FR,
  UNSAID_INFINITIVE_CUES_FR,
} from "../lang/fr/quotes-verbs.ts";
import { englishForms, frenchForms } from "./inflect.ts";

/** "m", "f", or "" when unknown. */
export type Gender = "m" | "f" | "";
/** Pronoun class: masculine, feminine, plural, feminine plural, impersonal or organisation ("x"). */
export type PronounKind = "m" | "f" | "p" | "pf" | "x";

export interface VerbInfo {
  lemma: string;
  /** A verb of judging or belief rather than of saying. */
  opinion: boolean;
}

/** The lookup tables of one language, built once from src/lang/<code>/quotes-*.ts. */
export interface QuoteTables {
  lang: "fr" | "en";
  verbs: Map<string, VerbInfo>;
  ambiguous: Set<string>;
  /** Verb form → [particle, one-word speech verb it stands for]: "shot" + "back" reads as "retorted". */
  phrasal: Map<string, readonly [string, string]>;
  /** Source cues as token sequences ("according to" → ["according", "to"]). */
  sourceCues: string[][];
  /** One-word source cues that count only opening the sentence (« pour », "per"). */
  openingSourceCues: Set<string>;
  /** Adverbs that may open a sentence before its source cue (« Toujours selon X », "Also according to X"). */
  sourceLeadAdverbs: Set<string>;
  /** FR: two-word phrases for the person named last (« ce dernier »). */
  latterPhrases: Set<string>;
  /** FR: the means of saying « par » introduces before « que » (« par communiqué », « par la voix de »). */
  meansAfterPar: Set<string>;
  titles: Map<string, Gender>;
  /** Abbreviated title → the role noun a later description uses ("gov." → "governor"). */
  titleRoles: Map<string, string>;
  /** Periphrases of an office and the role noun they stand for (« chef de l' état » → président). */
  rolePeriphrases: Map<string, string>;
  /** Roles general enough to take up someone known by another role (diplomate, official). */
  genericRoles: Set<string>;
  roles: Map<string, Gender>;
  /** Person nouns that are not job titles ("tycoon", "year-old", "femme"): also in `roles`. */
  personNouns: Set<string>;
  /** Heads of an unnamed source after "one" ("one person familiar with …"); empty where unused. */
  quantifiedPersonHeads: Set<string>;
  /** Documents whose named author speaks ("the report by X"). */
  documentNouns: Set<string>;
  media: Set<string>;
  orgNouns: Set<string>;
  /** Organisation nouns that can stand for any organisation just quoted ("the company"). */
  genericOrgNouns: Set<string>;
  /** Organisation nouns that may stand for the body the article's lede is about ("the company"); empty where unused. */
  topicOrgNouns: Set<string>;
  orgNameWords: Set<string>;
  /** Words that make a country's name an agency's ("Health" + "Canada"), lower-case. */
  countryAgencyWords: Set<string>;
  /** Words in the names of media (Post, Courrier, Radio). */
  mediaNameWords: Set<string>;
  termCues: Set<string>;
  /**
   * Word sets read in every document with both languages' words (a French phrase in an English text keeps
   * its role): relative pronouns, first/second persons, prepositions ending a subject phrase or introducing
   * a document's author, gendered pronoun forms, and the words after an impersonal "il".
   */
  relativePronouns: Set<string>;
  firstSecondPersons: Set<string>;
  phraseEndPreps: Set<string>;
  authorPreps: Set<string>;
  femalePronounForms: Set<string>;
  malePronounForms: Set<string>;
  genderedSubjectPronouns: Set<string>;
  impersonalPronounNext: Set<string>;
  /** Both languages' words too: number words, demonstratives, coordinators, leading connectors, plural determiners, subject connectors. */
  numberWords: Set<string>;
  demonstratives: Set<string>;
  coordinators: Set<string>;
  /** Both languages': definite articles, possessive determiners, the "and" conjunction. */
  definiteArticles: Set<string>;
  /** English only so far: the lede's "A Halifax man says …" (French ledes not measured). */
  indefiniteArticles: Set<string>;
  possessives: Set<string>;
  andWords: Set<string>;
  leadingConnectors: Set<string>;
  pluralDeterminers: Set<string>;
  subjectConnectors: Set<string>;
  /** Prepositions opening a sentence that make the name after them its topic ("For X, …"); empty where unused. */
  topicPrepositions: Set<string>;
  /** Possessive determiners of a body ("its owner"); empty where unused. */
  bodyPossessives: Set<string>;
  /** Subordinators opening an adverbial clause after a closing cue's comma; empty where unused. */
  cueTailSubordinators: Set<string>;
  /** This language's words that end a description read forward, and relatives that cut it (English). */
  descriptionEnds: Set<string>;
  descriptionRelatives: Set<string>;
  /** The subject relative after a speaker's name (« qui », "who"). */
  subjectRelatives: Set<string>;
  /** Articles of a noun complement before quote marks (« du », « de la »; none in English). */
  ofArticles: Set<string>;
  /** Prepositions opening the infinitive content of verbs taking « à », and of the others (« de »); French. */
  infinitiveAPreps: Set<string>;
  infinitiveDePreps: Set<string>;
  /** Clitics of an impersonal inverted cue (« dit-on »): hearsay, nobody's quote. */
  impersonalClitics: Set<string>;
  /** Both languages' words: not-noun function words, "as" term heads, words making "called" a verb, term lead words. */
  notNounWords: Set<string>;
  termAsHeads: Set<string>;
  calledAsVerb: Set<string>;
  termLeadWords: Set<string>;
  /** This language's words before a participle that make it modify a noun (English). */
  participleModifierWords: Set<string>;
  /** Words before "say" that make it a noun (English; none in French). */
  sayNounBefore: Set<string>;
  /** Participles that end a hyphenated compound adjective ("Montreal-based"; English). */
  compoundAdjectiveEnds: Set<string>;
  /** Words opening a question put to someone ("Asked about …"; English). */
  questionFrames: Set<string>;
  /** "be"/"get" forms that make a following verb of telling passive (English). */
  passiveAuxiliaries: Set<string>;
  /** Quantity words and pairs that open a reported clause before a number ("said about 30 …"; English). */
  quantityOpeners: Set<string>;
  quantityPairs: Set<string>;
  /** Negators and refusal verbs before a speech verb, and indirect-question openers after it (English). */
  negators: Set<string>;
  /** Prepositions of an opening adjunct whose -ing verb describes a document (English). */
  openingAdjunctPreps: Set<string>;
  /** Connectives before a sentence's subject (English). */
  sentenceConnectives: Set<string>;
  /** The word before, and the words that open, a place or setting between a cue and its speaker (French). */
  cueSettingBefore: Set<string>;
  cueSettingWords: Set<string>;
  /** Verbs of telling whose hearer may follow the cue (English). */
  tellingLemmas: Set<string>;
  /** Words that may open an adjunct right after a cue ("said on Thursday", « a-t-il dit à la radio »). */
  cueAdjunctStarts: Set<string>;
  /** Words, and two-word openers, of a contrast clause ("whereas", « tandis que »). */
  contrastOpeners: Set<string>;
  contrastOpenerPairs: Set<string>;
  /** Words that open an adjunct before a sentence's subject ("In a statement, X …", « Lors du vote, X … »). */
  subjectAdjunctOpeners: Set<string>;
  /** Small words an initialism leaves out ("Bank of Canada", « Médecins du monde »). */
  initialismMinorWords: Set<string>;
  /** Words after an initialism that make it a body's name (« la FNSEA du Grand Est »). */
  initialismComplements: Set<string>;
  refusalVerbs: Set<string>;
  /** Future auxiliaries and the words before "to" that leave a speech verb unsaid ("will tell", "plans to announce"; English). */
  futureAuxiliaries: Set<string>;
  unrealisedSpeechGovernors: Set<string>;
  /** Auxiliaries that open a question, alone or after a wh-word ("Did X say …?", "Why did X claim …?"; English). */
  questionAuxiliaries: Set<string>;
  whClauseOpeners: Set<string>;
  /** Stance verbs that, alone after a quote ("X disagreed."), introduce the next quote. */
  stanceVerbs: Set<string>;
  /** Openers of a fronted clause whose pronoun announces the main clause's subject (though, quand). */
  frontedClauseOpeners: Set<string>;
  /** "As X put it": the opener and the phrase verbs as token sequences. */
  asPutIt: { opener: string; verbs: string[][] };
  /** FR: « comme l'a dit X, … »: the opener and the object clitics before the verb (null: no such rule). */
  asSaid: { opener: string; objects: Set<string> } | null;
  /** Words before / nouns after a title-case quoted name that make it a title; words a title leaves in lower case. */
  titleBefore: Set<string>;
  titleAfter: Set<string>;
  titleMinorWords: Set<string>;
  pronouns: Map<string, PronounKind>;
  skipAfterCue: Set<string>;
  auxiliaries: Set<string>;
  clauseOpeners: Set<string>;
  notNames: Set<string>;
  /** que / qu' / that. */
  complementisers: Set<string>;
  determiners: Set<string>;
  /** Prepositions that end a noun's pre-modifiers. */
  prepositions: Set<string>;
  /** Longer prepositions that open an adjunct ("during", "lors"). */
  adjunctPreps: Set<string>;
  /** Auxiliaries and adverbs read over between a subject and its speech verb. */
  verbAuxiliaries: Set<string>;
  objectPronouns: Set<string>;
  /** Object forms a parsed subject never is. */
  objectForms: Set<string>;
  /** Words that end a backward search for a role phrase before a name. */
  rolePhraseStops: Set<string>;
  /** Capitalised headline words ("Is", "Why") that open a capitalised run without belonging to the name. */
  nameRunOpeners: Set<string>;
  appositionStops: Set<string>;
  /** Prepositions that make a following name a complement of the noun before. */
  complementPreps: Set<string>;
  /** Prepositions that introduce the organisation in a role phrase. */
  affiliationPreps: Set<string>;
  /** Lower-case nouns that head a proper name ("place Tahrir"). */
  namingHeads: Set<string>;
  nameConnectors: Set<string>;
  nameParticles: Set<string>;
  nameSuffixes: Set<string>;
  timeWords: Set<string>;
  /** Forms of the causative before « savoir » (« a fait savoir que »): it then announces. */
  causativeForms: Set<string>;
  /** Verbs that report only after the causative (« savoir », « valoir », « faire état »). */
  causativeVerbs: Set<string>;
  /** Words after an impersonal « il » that reports nothing (« il se trouve que », « il semblerait que »). */
  impersonalReportNext: Set<string>;
  /** French: words after the subject that make a speech-verb form the tagger read as a noun the verb. */
  verbContextNext: Set<string>;
  /** Words that open a time phrase before a verb ("last month", "on Tuesday"); empty where unused. */
  timeLeads: Set<string>;
  /** Time nouns after such a word ("week", "month"). */
  timeUnits: Set<string>;
  /** EN: Words before an -ing speech verb that leave it speaking for the main subject ("upon announcing X would go ahead"). */
  participlePreps: Set<string>;
  /** EN: Participles of a setting between a subject and its verb, no commas ("Lenz speaking to a think tank called …"). */
  settingParticiples: Set<string>;
  /** EN: Plural hearers of a cue ("announcing to journalists X would go ahead", "said to reporters the …"). */
  hearerNouns: Set<string>;
  /** EN: Heads of a source phrase that is no one speaking ("according to videos posted online", "per the doctrines"). */
  nonSpeakerSources: Set<string>;
  /** EN: Source nouns acted on, never speaking, whoever they belong to ("per the request of X"). */
  actedOnSources: Set<string>;
  /** EN: Collective nouns that never stand for one person named before ("the family said"). */
  collectiveNouns: Set<string>;
  /** EN: Nouns for two people named together ("the couple said"). */
  pairNouns: Set<string>;
  /** EN: Verbs of putting a document out ("released a letter"): their subject sends it. */
  documentSendingVerbs: Set<string>;
  /** Words of a former office ("former", « ancien »): such a description names a person, like an occupation. */
  formerWords: Set<string>;
  /** EN: Words before such a noun ("all claims", "media reports", "earlier suggestions"). */
  contentNounLeads: Set<string>;
  /** EN: Nouns of things said whose "that" clause is the content a verb reports ("denied claims that …"). */
  contentNouns: Set<string>;
  /** Adverbs, time words and object pronouns read over between a reporting verb and its clause. */
  cueAdjuncts: Set<string>;
  /** Quantifiers that open a speaker's noun phrase like an article ("One of the users"). */
  openingQuantifiers: Set<string>;
  /** Prepositions after which one capitalised word is a place ("in Scarborough"). */
  placePreps: Set<string>;
  /** EN: words after "said" that do not open a reported clause. */
  notClauseAfterSay: Set<string>;
  /** EN: participles heading an adjunct after a cue (", citing …"). */
  cueTailParticiples: Set<string>;
  /** EN: prepositions that end the hearer of a verb of telling ("told CBC News in an email"). */
  hearerEnds: Set<string>;
  /** EN: words that open a reported clause without "that". */
  clauseStarts: Set<string>;
  /** EN: speech-verb lemmas whose clause may go without "that". */
  bareClauseVerbs: Set<string>;
  /** FR: speech-verb lemmas whose infinitive complement is the content (« affirme avoir … »). */
  infinitiveContentVerbs: Set<string>;
  /** FR: lemmas whose noun object is the content of a request or an announcement (« réclame la gratuité »). */
  nounContentVerbs: Set<string>;
  /** Verbs whose noun content follows a preposition, and its prepositions (« a fait état de … », « insiste sur … »). */
  prepNounContentVerbs: Map<string, readonly string[]>;
  /** FR: lemmas whose object is followed by « de » and a bare noun, the content (« menace les fraudeurs de poursuites »). */
  objectDeNounVerbs: Set<string>;
  /** FR: the same for reflexive forms, « à » taking an infinitive (« s'est prononcé pour … », « s'est engagé à … »). */
  reflexivePrepContentVerbs: Map<string, readonly string[]>;
  /** FR: lemmas whose reflexive form reports what the speaker said of themselves (« s'est dit favorable à … »). */
  selfReportVerbs: Set<string>;
  /** Cue words that after a person's name give a nickname (« Victor Marsan, dit le Rouquin, »). */
  aliasCues: Set<string>;
  /** FR: words before an infinitive cue that make it a purpose or a possibility (« pour dénoncer »). */
  unsaidInfinitiveCues: Set<string>;
  /** FR: verbs of judging whose adjective may come first (« juge indispensable que … »). */
  smallClauseVerbs: Set<string>;
  /** FR: lemmas that take their infinitive after « à » rather than « de ». */
  aInfinitiveVerbs: Set<string>;
  /** FR: clitics and negation between « de » / « à » and an infinitive. */
  infinitiveClitics: Set<string>;
  /** FR: words completing a day after a verb (« lundi soir »). */
  timeTails: Set<string>;
  /** FR: object pronouns opening an inverted cue (« », lui a répondu X »). */
  cueObjectClitics: Set<string>;
  /** FR: the negation adverbs around a verb (ne … pas). */
  negationWords: Set<string>;
  /** FR: the negation particles before a verb (ne, n'). */
  negationParticles: Set<string>;
  /** FR: reflexive clitics before a verb (se, s'). */
  reflexiveClitics: Set<string>;
  /** FR: words opening a hypothesis (si; « s' » joined to the pronoun after it). */
  hypothesisWords: Set<string>;
  /** FR: time subordinators (quand, lorsque). */
  timeSubordinators: Set<string>;
}

/** Both languages' words in one set. */
const union = (fr: readonly string[], en: readonly string[]) => new Set([...fr, ...en]);

/** Word sets shared by the two languages' tables (see QuoteTables). */
const BOTH = {
  relativePronouns: union(RELATIVE_PRONOUNS_FR, RELATIVE_PRONOUNS_EN),
  firstSecondPersons: union(FIRST_SECOND_PERSONS_FR, FIRST_SECOND_PERSONS_EN),
  phraseEndPreps: union(PHRASE_END_PREPOSITIONS_FR, PHRASE_END_PREPOSITIONS_EN),
  authorPreps: union(AUTHOR_PREPOSITIONS_FR, AUTHOR_PREPOSITIONS_EN),
  femalePronounForms: union(FEMALE_PRONOUN_FORMS_FR, FEMALE_PRONOUN_FORMS_EN),
  malePronounForms: union(MALE_PRONOUN_FORMS_FR, MALE_PRONOUN_FORMS_EN),
  genderedSubjectPronouns: union(GENDERED_SUBJECT_PRONOUNS_FR, GENDERED_SUBJECT_PRONOUNS_EN),
  impersonalPronounNext: union(IMPERSONAL_PRONOUN_NEXT_FR, IMPERSONAL_PRONOUN_NEXT_EN),
  numberWords: union(NUMBER_WORDS_FR, NUMBER_WORDS_EN),
  demonstratives: union(DEMONSTRATIVES_FR, DEMONSTRATIVES_EN),
  coordinators: union(COORDINATORS_FR, COORDINATORS_EN),
  definiteArticles: union(DEFINITE_ARTICLES_FR, DEFINITE_ARTICLES_EN),
  indefiniteArticles: new Set(INDEFINITE_ARTICLES_EN),
  possessives: union(POSSESSIVE_DETERMINERS_FR, POSSESSIVE_DETERMINERS_EN),
  andWords: union(AND_WORDS_FR, AND_WORDS_EN),
  leadingConnectors: union(LEADING_CONNECTORS_FR, LEADING_CONNECTORS_EN),
  pluralDeterminers: union(PLURAL_DETERMINERS_FR, PLURAL_DETERMINERS_EN),
  subjectConnectors: union(SUBJECT_CONNECTORS_FR, SUBJECT_CONNECTORS_EN),
  notNounWords: union(NOT_NOUN_WORDS_FR, NOT_NOUN_WORDS_EN),
  termAsHeads: union(TERM_AS_HEADS_FR, TERM_AS_HEADS_EN),
  calledAsVerb: union(CALLED_AS_VERB_FR, CALLED_AS_VERB_EN),
  termLeadWords: union(TERM_LEAD_WORDS_FR, TERM_LEAD_WORDS_EN),
};

const cache = new Map<string, QuoteTables>();
let firstNames: Map<string, Map<string, Gender>> | null = null;

function verbMap(
  speech: readonly string[],
  opinion: readonly string[],
  irregular: Readonly<Record<string, readonly string[]>>,
  inflect: (l: string) => string[],
): Map<string, VerbInfo> {
  const map = new Map<string, VerbInfo>();
  const add = (lemma: string, isOpinion: boolean) => {
    const l = lemma.replace(/^s'|^se /, "");
    const forms = irregular[l] ?? inflect(l);
    for (const f of forms) {
      const old = map.get(f);
      // A form shared by a speech verb and an opinion verb counts as speech.
      if (!old || (old.opinion && !isOpinion)) map.set(f, { lemma: l, opinion: isOpinion });
    }
  };
  for (const l of opinion) add(l, true);
  for (const l of speech) add(l, false);
  return map;
}

/**
 * The tables for a language ("fr" or "en"; anything else gets English).
 *
 * @example
 * quoteTables("fr").verbs.get("souligne"); // { lemma: "souligner", opinion: false }
 */
export function quoteTables(lang: string): QuoteTables {
  const code = lang === "fr" ? "fr" : "en";
  const hit = cache.get(code);
  if (hit) return hit;
  const t: QuoteTables =
    code === "fr"
      ? {
          lang: "fr",
          verbs: verbMap(SPEECH_VERBS_FR, OPINION_VERBS_FR, IRREGULAR_FORMS_FR, frenchForms),
          ambiguous: new Set(AMBIGUOUS_FORMS_FR),
          phrasal: new Map(Object.entries(PHRASAL_SPEECH_VERBS_FR)),
          sourceCues: SOURCE_CUES_FR.map((c) => splitCue(c)),
          openingSourceCues: new Set(OPENING_SOURCE_CUES_FR),
          sourceLeadAdverbs: new Set(SOURCE_LEAD_ADVERBS_FR),
          latterPhrases: new Set(LATTER_PHRASES_FR),
          meansAfterPar: new Set(MEANS_AFTER_PAR_FR),
          titles: new Map(Object.entries(TITLES_FR)),
          titleRoles: new Map(Object.entries(TITLE_ROLES_FR)),
          rolePeriphrases: new Map(Object.entries(ROLE_PERIPHRASES_FR)),
          genericRoles: new Set(GENERIC_ROLES_FR),
          roles: new Map([...Object.entries(PERSON_NOUNS_FR), ...Object.entries(ROLE_NOUNS_FR)]),
          personNouns: new Set(Object.keys(PERSON_NOUNS_FR).filter((w) => !(w in ROLE_NOUNS_FR))),
          quantifiedPersonHeads: new Set(),
          documentNouns: new Set(DOCUMENT_NOUNS_FR),
          media: new Set(MEDIA_NOUNS_FR),
          orgNouns: new Set(ORG_NOUNS_FR),
          genericOrgNouns: new Set(GENERIC_ORG_NOUNS_FR),
          topicOrgNouns: new Set(TOPIC_ORG_NOUNS_FR),
          topicPrepositions: new Set(),
          bodyPossessives: new Set(),
          cueTailSubordinators: new Set(),
          orgNameWords: new Set(ORG_NAME_WORDS_FR),
          countryAgencyWords: new Set(),
          mediaNameWords: new Set(MEDIA_NAME_WORDS_FR),
          termCues: new Set(TERM_CUES_FR),
          ...BOTH,
          stanceVerbs: new Set(STANCE_VERBS_FR),
          frontedClauseOpeners: new Set(FRONTED_CLAUSE_OPENERS_FR),
          descriptionEnds: new Set(DESCRIPTION_ENDS_FR),
          descriptionRelatives: new Set(DESCRIPTION_RELATIVES_FR),
          subjectRelatives: new Set(SUBJECT_RELATIVES_FR),
          ofArticles: new Set(OF_ARTICLES_FR),
          infinitiveAPreps: new Set(INFINITIVE_A_PREPOSITIONS_FR),
          infinitiveDePreps: new Set(INFINITIVE_DE_PREPOSITIONS_FR),
          impersonalClitics: new Set(IMPERSONAL_CLITICS_FR),
          participleModifierWords: new Set(PARTICIPLE_MODIFIER_WORDS_FR),
          sayNounBefore: new Set<string>(),
          compoundAdjectiveEnds: new Set<string>(),
          questionFrames: new Set(QUESTION_FRAMES_FR),
          passiveAuxiliaries: new Set(PASSIVE_AUXILIARIES_FR),
          quantityOpeners: new Set<string>(),
          quantityPairs: new Set<string>(),
          negators: new Set<string>(),
          openingAdjunctPreps: new Set<string>(),
          sentenceConnectives: new Set<string>(),
          cueSettingBefore: new Set(CUE_SETTING_BEFORE_FR),
          cueSettingWords: new Set(CUE_SETTING_WORDS_FR),
          tellingLemmas: new Set<string>(),
          cueAdjunctStarts: new Set(CUE_ADJUNCT_STARTS_FR),
          contrastOpeners: new Set<string>(),
          contrastOpenerPairs: new Set(CONTRAST_OPENER_PAIRS_FR),
          subjectAdjunctOpeners: new Set(SUBJECT_ADJUNCT_OPENERS_FR),
          initialismMinorWords: new Set(INITIALISM_MINOR_WORDS_FR),
          initialismComplements: new Set(INITIALISM_COMPLEMENTS_FR),
          refusalVerbs: new Set<string>(),
          futureAuxiliaries: new Set<string>(),
          unrealisedSpeechGovernors: new Set<string>(),
          questionAuxiliaries: new Set<string>(),
          whClauseOpeners: new Set<string>(),
          asPutIt: { opener: AS_PUT_IT_FR.opener, verbs: AS_PUT_IT_FR.verbs.map((v) => v.split(" ")) },
          asSaid: { opener: AS_SAID_FR.opener, objects: new Set(AS_SAID_FR.objects) },
          titleBefore: new Set(TITLE_BEFORE_FR),
          titleAfter: new Set(TITLE_AFTER_FR),
          titleMinorWords: new Set(TITLE_MINOR_WORDS_FR),
          pronouns: new Map(Object.entries(PRONOUNS_FR)),
          skipAfterCue: new Set(SKIP_AFTER_CUE_FR),
          auxiliaries: new Set(AUXILIARIES_FR),
          clauseOpeners: new Set(CLAUSE_OPENERS_FR),
          notNames: new Set(NOT_NAMES_FR),
          complementisers: new Set(COMPLEMENTISERS_FR),
          determiners: new Set(DETERMINERS_FR),
          prepositions: new Set(PREPOSITIONS_FR),
          verbAuxiliaries: new Set(VERB_AUXILIARIES_FR),
          objectPronouns: new Set(OBJECT_PRONOUNS_FR),
          objectForms: new Set(OBJECT_FORMS_FR),
          rolePhraseStops: new Set(ROLE_PHRASE_STOPS_FR),
          nameRunOpeners: new Set(NAME_RUN_OPENERS_FR),
          appositionStops: new Set(APPOSITION_STOPS_FR),
          complementPreps: new Set(COMPLEMENT_PREPOSITIONS_FR),
          affiliationPreps: new Set(AFFILIATION_PREPOSITIONS_FR),
          namingHeads: new Set(NAMING_HEADS_FR),
          nameConnectors: new Set(NAME_CONNECTORS_FR),
          nameParticles: new Set(NAME_PARTICLES_FR),
          nameSuffixes: new Set(NAME_SUFFIXES_FR),
          timeWords: new Set(TIME_WORDS_FR),
          causativeForms: new Set(CAUSATIVE_FORMS_FR),
          causativeVerbs: new Set(CAUSATIVE_SPEECH_VERBS_FR),
          impersonalReportNext: new Set(IMPERSONAL_REPORT_NEXT_FR),
          verbContextNext: new Set(VERB_CONTEXT_NEXT_FR),
          timeLeads: new Set(),
          timeUnits: new Set(),
          participlePreps: new Set<string>(),
          settingParticiples: new Set<string>(),
          hearerNouns: new Set<string>(),
          nonSpeakerSources: new Set(NON_SPEAKER_SOURCES_FR),
          actedOnSources: new Set<string>(),
          collectiveNouns: new Set<string>(),
          pairNouns: new Set<string>(),
          documentSendingVerbs: new Set<string>(),
          formerWords: new Set(FORMER_WORDS_FR),
          contentNounLeads: new Set<string>(),
          contentNouns: new Set<string>(),
          cueAdjuncts: new Set(CUE_ADJUNCT_WORDS_FR),
          openingQuantifiers: new Set(OPENING_QUANTIFIERS_FR),
          adjunctPreps: new Set(ADJUNCT_PREPOSITIONS_FR),
          placePreps: new Set(PLACE_PREPOSITIONS_FR),
          notClauseAfterSay: new Set<string>(),
          cueTailParticiples: new Set<string>(),
          hearerEnds: new Set<string>(),
          clauseStarts: new Set<string>(),
          bareClauseVerbs: new Set<string>(),
          infinitiveContentVerbs: new Set(INFINITIVE_CONTENT_VERBS_FR),
          nounContentVerbs: new Set(NOUN_CONTENT_VERBS_FR),
          prepNounContentVerbs: new Map(Object.entries(PREP_NOUN_CONTENT_VERBS_FR)),
          objectDeNounVerbs: new Set(OBJECT_DE_NOUN_VERBS_FR),
          reflexivePrepContentVerbs: new Map(Object.entries(REFLEXIVE_PREP_CONTENT_VERBS_FR)),
          selfReportVerbs: new Set(SELF_REPORT_VERBS_FR),
          smallClauseVerbs: new Set(SMALL_CLAUSE_VERBS_FR),
          unsaidInfinitiveCues: new Set(UNSAID_INFINITIVE_CUES_FR),
          aliasCues: new Set(ALIAS_CUES_FR),
          aInfinitiveVerbs: new Set(A_INFINITIVE_VERBS_FR),
          infinitiveClitics: new Set(INFINITIVE_CLITICS_FR),
          timeTails: new Set(TIME_TAIL_WORDS_FR),
          cueObjectClitics: new Set(CUE_OBJECT_CLITICS_FR),
          negationWords: new Set(NEGATION_WORDS_FR),
          negationParticles: new Set(NEGATION_PARTICLES_FR),
          reflexiveClitics: new Set(REFLEXIVE_CLITICS_FR),
          hypothesisWords: new Set(HYPOTHESIS_WORDS_FR),
          timeSubordinators: new Set(TIME_SUBORDINATORS_FR),
        }
      : {
          lang: "en",
          verbs: verbMap(SPEECH_VERBS_EN, OPINION_VERBS_EN, IRREGULAR_FORMS_EN, englishForms),
          ambiguous: new Set(AMBIGUOUS_FORMS_EN),
          phrasal: new Map(Object.entries(PHRASAL_SPEECH_VERBS_EN)),
          sourceCues: SOURCE_CUES_EN.map((c) => splitCue(c)),
          openingSourceCues: new Set(OPENING_SOURCE_CUES_EN),
          sourceLeadAdverbs: new Set(SOURCE_LEAD_ADVERBS_EN),
          latterPhrases: new Set<string>(),
          meansAfterPar: new Set<string>(),
          titles: new Map(Object.entries(TITLES_EN)),
          titleRoles: new Map(Object.entries(TITLE_ROLES_EN)),
          rolePeriphrases: new Map(Object.entries(ROLE_PERIPHRASES_EN)),
          genericRoles: new Set(GENERIC_ROLES_EN),
          roles: new Map([...Object.entries(PERSON_NOUNS_EN), ...Object.entries(ROLE_NOUNS_EN)]),
          personNouns: new Set(Object.keys(PERSON_NOUNS_EN).filter((w) => !(w in ROLE_NOUNS_EN))),
          quantifiedPersonHeads: new Set(QUANTIFIED_PERSON_HEADS_EN),
          documentNouns: new Set(DOCUMENT_NOUNS_EN),
          media: new Set(MEDIA_NOUNS_EN),
          orgNouns: new Set(ORG_NOUNS_EN),
          genericOrgNouns: new Set(GENERIC_ORG_NOUNS_EN),
          topicOrgNouns: new Set(TOPIC_ORG_NOUNS_EN),
          topicPrepositions: new Set(TOPIC_PREPOSITIONS_EN),
          bodyPossessives: new Set(BODY_POSSESSIVES_EN),
          cueTailSubordinators: new Set(CUE_TAIL_SUBORDINATORS_EN),
          orgNameWords: new Set(ORG_NAME_WORDS_EN),
          countryAgencyWords: new Set(COUNTRY_AGENCY_WORDS_EN),
          mediaNameWords: new Set(MEDIA_NAME_WORDS_EN),
          termCues: new Set(TERM_CUES_EN),
          ...BOTH,
          stanceVerbs: new Set(STANCE_VERBS_EN),
          frontedClauseOpeners: new Set(FRONTED_CLAUSE_OPENERS_EN),
          descriptionEnds: new Set(DESCRIPTION_ENDS_EN),
          descriptionRelatives: new Set(DESCRIPTION_RELATIVES_EN),
          subjectRelatives: new Set(SUBJECT_RELATIVES_EN),
          ofArticles: new Set<string>(),
          infinitiveAPreps: new Set<string>(),
          infinitiveDePreps: new Set<string>(),
          impersonalClitics: new Set(IMPERSONAL_CLITICS_EN),
          participleModifierWords: new Set(PARTICIPLE_MODIFIER_WORDS_EN),
          sayNounBefore: new Set(SAY_NOUN_BEFORE_EN),
          compoundAdjectiveEnds: new Set(COMPOUND_ADJECTIVE_ENDS_EN),
          questionFrames: new Set(QUESTION_FRAMES_EN),
          passiveAuxiliaries: new Set(PASSIVE_AUXILIARIES_EN),
          quantityOpeners: new Set(QUANTITY_OPENERS_EN),
          quantityPairs: new Set(QUANTITY_PAIRS_EN),
          negators: new Set(NEGATORS_EN),
          openingAdjunctPreps: new Set(OPENING_ADJUNCT_PREPOSITIONS_EN),
          sentenceConnectives: new Set(SENTENCE_CONNECTIVES_EN),
          cueSettingBefore: new Set<string>(),
          cueSettingWords: new Set<string>(),
          tellingLemmas: new Set(TELLING_LEMMAS_EN),
          cueAdjunctStarts: new Set(CUE_ADJUNCT_STARTS_EN),
          contrastOpeners: new Set(CONTRAST_OPENERS_EN),
          contrastOpenerPairs: new Set<string>(),
          subjectAdjunctOpeners: new Set(SUBJECT_ADJUNCT_OPENERS_EN),
          initialismMinorWords: new Set(INITIALISM_MINOR_WORDS_EN),
          initialismComplements: new Set(INITIALISM_COMPLEMENTS_EN),
          refusalVerbs: new Set(REFUSAL_VERBS_EN),
          futureAuxiliaries: new Set(FUTURE_AUXILIARIES_EN),
          unrealisedSpeechGovernors: new Set(UNREALISED_SPEECH_GOVERNORS_EN),
          questionAuxiliaries: new Set(QUESTION_AUXILIARIES_EN),
          whClauseOpeners: new Set(WH_CLAUSE_OPENERS_EN),
          asPutIt: { opener: AS_PUT_IT_EN.opener, verbs: AS_PUT_IT_EN.verbs.map((v) => v.split(" ")) },
          asSaid: null,
          titleBefore: new Set(TITLE_BEFORE_EN),
          titleAfter: new Set(TITLE_AFTER_EN),
          titleMinorWords: new Set(TITLE_MINOR_WORDS_EN),
          pronouns: new Map(Object.entries(PRONOUNS_EN)),
          skipAfterCue: new Set(SKIP_AFTER_CUE_EN),
          auxiliaries: new Set(AUXILIARIES_EN),
          clauseOpeners: new Set(CLAUSE_OPENERS_EN),
          notNames: new Set(NOT_NAMES_EN),
          complementisers: new Set(COMPLEMENTISERS_EN),
          determiners: new Set(DETERMINERS_EN),
          prepositions: new Set(PREPOSITIONS_EN),
          verbAuxiliaries: new Set(VERB_AUXILIARIES_EN),
          objectPronouns: new Set(OBJECT_PRONOUNS_EN),
          objectForms: new Set(OBJECT_FORMS_EN),
          rolePhraseStops: new Set(ROLE_PHRASE_STOPS_EN),
          nameRunOpeners: new Set(NAME_RUN_OPENERS_EN),
          appositionStops: new Set(APPOSITION_STOPS_EN),
          complementPreps: new Set(COMPLEMENT_PREPOSITIONS_EN),
          affiliationPreps: new Set(AFFILIATION_PREPOSITIONS_EN),
          namingHeads: new Set(NAMING_HEADS_EN),
          nameConnectors: new Set(NAME_CONNECTORS_EN),
          nameParticles: new Set(NAME_PARTICLES_EN),
          nameSuffixes: new Set(NAME_SUFFIXES_EN),
          timeWords: new Set(TIME_WORDS_EN),
          causativeForms: new Set<string>(),
          causativeVerbs: new Set<string>(),
          impersonalReportNext: new Set<string>(),
          verbContextNext: new Set<string>(),
          timeLeads: new Set(TIME_LEADS_EN),
          timeUnits: new Set(TIME_UNITS_EN),
          participlePreps: new Set(PARTICIPLE_PREPOSITIONS_EN),
          settingParticiples: new Set(SETTING_PARTICIPLES_EN),
          hearerNouns: new Set(HEARER_NOUNS_EN),
          nonSpeakerSources: new Set(NON_SPEAKER_SOURCES_EN),
          actedOnSources: new Set(ACTED_ON_SOURCES_EN),
          collectiveNouns: new Set(COLLECTIVE_NOUNS_EN),
          pairNouns: new Set(PAIR_NOUNS_EN),
          documentSendingVerbs: new Set(DOCUMENT_SENDING_VERBS_EN),
          formerWords: new Set(FORMER_WORDS_EN),
          contentNounLeads: new Set(CONTENT_NOUN_LEADS_EN),
          contentNouns: new Set(CONTENT_NOUNS_EN),
          cueAdjuncts: new Set(CUE_ADJUNCT_WORDS_EN),
          openingQuantifiers: new Set(OPENING_QUANTIFIERS_EN),
          adjunctPreps: new Set(ADJUNCT_PREPOSITIONS_EN),
          placePreps: new Set(PLACE_PREPOSITIONS_EN),
          notClauseAfterSay: new Set(NOT_CLAUSE_AFTER_SAY_EN),
          cueTailParticiples: new Set(CUE_TAIL_PARTICIPLES_EN),
          hearerEnds: new Set(HEARER_END_PREPOSITIONS_EN),
          clauseStarts: new Set(CLAUSE_STARTS_EN),
          bareClauseVerbs: new Set(BARE_CLAUSE_VERBS_EN),
          infinitiveContentVerbs: new Set<string>(),
          nounContentVerbs: new Set<string>(),
          prepNounContentVerbs: new Map<string, readonly string[]>(),
          objectDeNounVerbs: new Set<string>(),
          reflexivePrepContentVerbs: new Map<string, readonly string[]>(),
          selfReportVerbs: new Set<string>(),
          smallClauseVerbs: new Set<string>(),
          unsaidInfinitiveCues: new Set<string>(),
          aliasCues: new Set<string>(),
          aInfinitiveVerbs: new Set<string>(),
          infinitiveClitics: new Set<string>(),
          timeTails: new Set<string>(),
          cueObjectClitics: new Set<string>(),
          negationWords: new Set<string>(),
          negationParticles: new Set<string>(),
          reflexiveClitics: new Set<string>(),
          hypothesisWords: new Set<string>(),
          timeSubordinators: new Set<string>(),
        };
  cache.set(code, t);
  return t;
}

/** Splits a cue such as "d'après" or "according to" into the tokens the segmenter makes. */
function splitCue(cue: string): string[] {
  return cue
    .replace(/([a-zà-ÿ]')/g, "$1 ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

/**
 * Gender of a first name: the document language's table first, then the
 * other one (news in either language cites people from everywhere).
 *
 * @example
 * firstNameGender("Claire", "fr"); // "f"
 */
export function firstNameGender(name: string, lang: string): Gender {
  if (!firstNames) {
    firstNames = new Map();
    const fill = (code: string, female: string, male: string) => {
      const m = new Map<string, Gender>();
      const bare = (n: string) => n.normalize("NFD").replace(/\p{M}+/gu, "");
      for (const n of female.split(/\s+/)) if (n) m.set(n, "f");
      for (const n of male.split(/\s+/)) if (n) m.set(n, m.get(n) === "f" ? "" : "m");
      // Accent-free spellings of the same names, unless they clash with a name of the other sex.
      for (const [n, g] of [...m]) {
        const b = bare(n);
        if (b !== n && !ACCENTLESS_NOT_NAMES.includes(b)) m.set(b, m.has(b) && m.get(b) !== g ? "" : g);
      }
      firstNames?.set(code, m);
    };
    fill("fr", FEMALE_FIRST_NAMES_FR, MALE_FIRST_NAMES_FR);
    fill("en", FEMALE_FIRST_NAMES_EN, MALE_FIRST_NAMES_EN);
  }
  const key = name.toLowerCase();
  const own = lookUp(key, lang);
  if (own !== "") return own;
  // "Stephane", "Josee": news written without accents.
  const bare = key.normalize("NFD").replace(/\p{M}+/gu, "");
  if (bare !== key) {
    const g = lookUp(bare, lang);
    if (g !== "") return g;
  }
  // A compound name takes the gender of its first part: "Marie-Claude", "Jean-Marie".
  const dash = key.indexOf("-");
  return dash > 1 ? firstNameGender(key.slice(0, dash), lang) : "";
}

function lookUp(key: string, lang: string): Gender {
  const own = firstNames?.get(lang === "fr" ? "fr" : "en")?.get(key);
  const other = firstNames?.get(lang === "fr" ? "en" : "fr")?.get(key);
  // (English news cites French names too: "Jean", female in English and male in French, is either there.)
  if (lang !== "fr" && own && other && own !== other) return "";
  if (own !== undefined) return own;
  return other ?? "";
}
