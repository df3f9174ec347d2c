import type { PloverType } from "./ontology.ts";

/**
 * Shapes of the per-language event tables (src/lang/fr/events-*.ts,
 * src/lang/en/events-*.ts). Data only; the algorithms live in src/events.
 */

/**
 * How a trigger's syntactic arguments map to event roles.
 * - `transfer`: subject gives, object is the item, à/to (or an indirect object) receives (fournir, supply).
 * - `receive`: subject receives, de/from gives (recevoir, receive, buy): source and target inverted.
 * - `direct`: subject acts on the object or on a contre/against/on phrase (attaquer, sanction, accuse).
 * - `meet`: subject meets the object or an avec/with phrase (rencontrer, meet, talks with).
 * - `host`: subject hosts the object; the visitor is the source (accueillir, host).
 * - `visit`: subject visits the object place or host (visiter, se rendre à, visit).
 * - `intrans`: subject only; targets from against/contre phrases (manifester, resign).
 */
export type Frame = "transfer" | "receive" | "direct" | "meet" | "host" | "visit" | "intrans";

/**
 * What a governing verb does to the trigger it governs (its complement):
 * - `pledge`: promise to do it (promettre de, s'engager à, pledge) → pledged (planned outside transfers);
 * - `plan`: announce, intend, prepare (annoncer, prévoir, plan) → planned (pledged for transfers);
 * - `agree`: agree to it (accepter de, agree to) → planned/pledged, and an AGREE event when alone;
 * - `deny`: deny it happened (démentir, deny) → negated;
 * - `absorb`: the governor is the event, the complement gives its mode (demand that …, refuse to …, threaten to …).
 */
export type Govern = "pledge" | "plan" | "agree" | "deny" | "absorb";

export interface TriggerEntry {
  /** Lemma (verb infinitive, noun singular) or a phrase of lemmas ("mettre fin", "take part"). */
  lemma: string;
  pos: "verb" | "noun";
  type: PloverType;
  mode?: string;
  /** Default: `direct` for verbs, `transfer` for AID nouns, `meet` for CONSULT nouns, else `direct`. */
  frame?: Frame;
  /** Inflected forms a rule-based lemmatiser would miss (irregular verbs, plurals). */
  forms?: string[];
  /** Only a trigger when one of these lemmas is its object or the next noun ("signer … accord"). */
  objects?: string[];
  /** The `objects` must be the direct object when the verb has a noun object ("suspended its ties … over the air strikes" is no halt of strikes). */
  directObject?: boolean;
  /** Effect on a governed trigger; such verbs are events only when they govern nothing (or always for `absorb`). */
  govern?: Govern;
  /** Weak triggers yield to any other trigger in the same clause. */
  weak?: boolean;
  /** Only an event when a crowd or rank-and-file group is its subject (people gathered, les habitants se sont rassemblés). */
  crowd?: boolean;
  /** Only an event when officials are its subject (ministers gathered: a meeting); a crowd entry then yields. */
  officials?: boolean;
  /** Only an event when forces are its subject (« les soldats ont quitté le pays »: a withdrawal; a minister leaving is not). */
  troops?: boolean;
  /** Only an event when its direct object is an organisation (« a quitté la CEDEAO »; leaving a town is not). */
  orgObject?: boolean;
  /** Only an event with a complement clause ("claimed that the vote was rigged"; "claimed victory" is not). */
  clause?: boolean;
}

/** Modality and attribution cues of a language. Lower-case words or lemmas. */
export interface ModalityCues {
  /** Modal verbs and adverbs of possibility (pouvoir, could, may). */
  modals: string[];
  /** Adjectives that make a noun trigger hypothetical (éventuel, potential, possible). */
  hypotheticalAdjectives: string[];
  /** Conditional subordinators (si, if, unless). */
  conditionals: string[];
  /** Conditions that turn an announced act into a threat (unless, or else; à moins que, sinon). Phrases of words. */
  threatConditions: string[];
  /** Negation words (pas, jamais, not, never, no …) and negative determiners (aucun, no). */
  negations: string[];
  /** Prepositions introducing an attribution (selon, d'après, according to) — first word. */
  reportPrepositions: string[];
  /** Verbs of saying and reporting whose subject is the source of a claim. */
  reportVerbs: string[];
  /** Adjectives or participles marking a pledged transfer (promis, pledged). */
  pledgedAdjectives: string[];
  /** Adjectives or participles, adverbs marking a completed transfer (livré, versé, delivered, already). */
  deliveredWords: string[];
  /** Adverbs that make an act an unconfirmed claim (reportedly, allegedly, prétendument). */
  allegedWords: string[];
  /** Verbs whose passive makes the act they govern a claim ("is believed to have sent", "is said to supply"). */
  allegedVerbs: string[];
  /** Words that turn ne … into a restriction, not a negation (« n'a vendu que »). */
  restrictives: string[];
  /** Future markers (will, shall, next, prochain, doit …). */
  futureWords: string[];
  /** Words that mark an exchange (en échange de, in exchange for, in return). Phrases of words. */
  exchange: string[];
  /** Words that mark a gift (cadeau, offert, gift). */
  gift: string[];
}

/** Words naming actors that are not proper names (government, army, rebels …): lemma → kind. */
export type ActorNouns = Record<string, "state" | "group" | "person">;

/**
 * Function words and lemmas the event extractor reads arguments, clauses and
 * modality with, one table per language (src/lang/<lang>/events-grammar.ts).
 */
export interface EventGrammar {
  /** Words that open another clause: a trigger's argument search stops there. */
  clauseBreaks: string[];
  /** Reflexive clitics a reflexive trigger (se rendre) needs before its verb. */
  reflexives: string[];
  /** Prepositions of a transfer's recipient. */
  recipientPreps: string[];
  /** Prepositions of whom a spoken act is addressed to (appealed to X, apologised to X, « a fait appel à X »). */
  addresseePreps: string[];
  /** Prepositions of what an act is for (appealed for X, « a fait appel pour X »). */
  purposePreps: string[];
  /** Prepositions that take a city without an article (« à Genève ») but a country with one (« à la Suisse »). */
  bareCityPreps: string[];
  /** Prepositions of a giver or origin. */
  fromPreps: string[];
  /** Prepositions of a partner (meet with, talks between). */
  partnerPreps: string[];
  /** Prepositions of the party an act is aimed at. */
  againstPreps: string[];
  /** Prepositions of a place. */
  placePreps: string[];
  /** Prepositions of a passive's or a noun's agent. */
  agentPreps: string[];
  /** Prepositions of where forces are sent or massed. */
  mobilizePreps: string[];
  /** Prepositions of what a withdrawal leaves. */
  withdrawPreps: string[];
  /** Prepositions of where deployed weapons are stationed (deployed in/into X: a transfer toward X). */
  stationedPreps: string[];
  /** Words that attribute a claim (according to, selon). */
  attributionPreps: string[];
  /** Verbs of promise that also stand for the promised transfer (promettre un système à X). */
  promiseLemmas: string[];
  /** Participles that are plain adjectives before a noun (armed forces, les groupes armés): never the act. */
  lexicalisedParticiples: string[];
  /** Prepositions that aim a strike at someone (a military strike, not a labour one). */
  aimPreps: string[];
  /** Verbs that admit a fact when they govern a clause (no diplomatic recognition). */
  admitLemmas: string[];
  /** Prepositions of what someone is charged with or accused of. */
  chargeMarks: string[];
  /** Purchase verbs whose à-phrase is the seller (acheter des avions à la Chine). */
  sellerA: string[];
  /** Prepositions of what a verbal act is about. */
  contentCases: string[];
  /** Prepositions that give the cause of an act (after, over, for): a noun trigger there is a separate event. */
  reasonCases: string[];
  /** Prepositions of the case a legal act is taken in ("charged in the shooting", « inculpé dans l'attentat »). */
  caseInCases: string[];
  /** "at the government's request", « à la demande de X »: whose wish an act answers, no request of its own. */
  behestCases: string[];
  /** The nouns of such a phrase (request, invitation, demande). */
  behestNouns: string[];
  /**
   * Words that open a background phrase or clause (after the bombing, following a request, during a visit):
   * an event there is the circumstance of the sentence's act, not the act itself.
   */
  subordinators: string[];
  /** Nouns of an undertaking a trigger noun can qualify and stay the act (mediation effort, peace mission). */
  actHeads: string[];
  /** Prepositions of a place or recipient phrase nested in an actor slot. */
  nestedPreps: string[];
  /** Prepositions of a spread over places (across the country, throughout the north, « à travers »): a place phrase too. */
  spreadPreps: string[];
  /** The preposition closing a range of places after a from-preposition (from X to Y, « de X à Y »). */
  rangeEnds: string[];
  /** Sites people work or are held at (prison, hospital, port, factory): a name below one is where they are. */
  siteNouns: string[];
  /** Verbs of winning something from someone (secure, obtain, win; obtenir, arracher): an act noun won is the giver's. */
  acquireVerbs: string[];
  /** Trigger nouns naming the attacker (bomber, gunman; kamikaze, assaillant): as a subject, the phrase is the actor. */
  attackerNouns: string[];
  /** Words that coordinate actors. */
  coordWords: string[];
  /** Words that bind a name into one noun phrase. */
  bindWords: string[];
  /** Determiners skipped before a name. */
  determiners: string[];
  /** Subject and relative pronouns resolved to an earlier actor. */
  pronouns: string[];
  /** The case words of a noun's complement (deliveries of tanks, livraisons de munitions). */
  ofCases: string[];
  /** Possessive determiners (its troops, ses livraisons). */
  ownPossessives: string[];
  /** Words of obligation (X said Y must …: a demand). */
  mustWords: string[];
  /** Words for troops (what is sent is soldiers, not arms: sent troops to X is MOBILIZE). */
  troopWords: string[];
  /** Forms of the perfect auxiliary before a participle a parser may misread as a modifier (to have delivered). */
  perfectAuxiliaries: string[];
  /** Of the reason cases, those that also give a purpose ("came for talks", « venu pour des entretiens »). */
  purposeCases: string[];
  /** Reflexive clitics of a pronominal verb (« s'étaient rencontrés »). */
  reflexiveClitics: string[];
  /** Relative pronouns: one before a participle keeps it a modifier ("the aid which was promised"). */
  relativePronouns: string[];
  /** Complementisers that open a reported clause (that, que): a noun right after one starts the clause. */
  complementisers: string[];
  /** First-person plural pronouns: inside a direct quote they name the speaker's side (we, nous). */
  firstPersonPlural: string[];
  /** Nouns of a contingency (« en cas de », "in case of", "in the event of"): the act there is hypothetical. */
  contingencyNouns: string[];
  /** Acts that are a street obstruction when a crowd does them (block a road, occuper un bâtiment). */
  crowdObstructions: string[];
  /** Words that count a group an agent phrase may start with (by most of, par la plupart des). */
  groupCountWords: string[];
  /** Punctuation and coordinators that close a background phrase before a trigger. */
  backgroundStops: string[];
  /** Particles of phrasal verbs ("brushing aside", "shrugging off"): a participle before one still opens a clause. */
  phrasalParticles: string[];
  /** Numerals and determiners of a pair (« les deux dirigeants », "the two leaders", "both men"): the pair named before. */
  pairWords: string[];
  /** Plural person or country nouns that, after a pair word, describe the two parties of the last meeting. */
  pairNouns: string[];
  /** Words that make two sides' act a joint one ("in a joint operation", « conjointement »): COOPERATE. */
  jointWords: string[];
  /** Nouns of a military exercise: held by one side alone it is a show of force (the manual's MOBILIZE note). */
  exerciseNouns?: string[];
  /** Verbs whose object does the act they govern ("let X export", "allowed X to enter"): object control. */
  objectControlVerbs?: string[];
  /** What a state says or trades: a nationality adjective on one names the country as the side ("Egyptian claims"). */
  stateThingNouns?: string[];
  /** Diplomatic missions: a protest at one is aimed at its state ("outside the US embassy"). */
  missionNouns?: string[];
  /** Nouns of an invitation, whose from-phrase names who invites ("an invitation from X to visit"). */
  invitationNouns: string[];
  /** Nouns of a written message whose to-phrase names its addressee ("in a letter to the UN"). */
  letterNouns: string[];
  /** Nouns of a demand, whose from-phrase names whom it was made of ("dropped its demand for an apology from X"). */
  demandNouns: string[];
  /** Participles that name a state of mind, never a passive ("Iran is prepared to …", « la Karsanie est disposée à »). */
  stativeParticiples: string[];
  /** Documents that speak for whoever issued them (a statement, resolution or report that condemns, urges …). */
  voiceNouns: string[];
  /** Predicates that lay an act at someone's door ("X said Y was responsible for …", « Y est responsable de »). */
  blameWords: string[];
  /** Auxiliaries of a completed act. */
  pastAuxiliaries: string[];
  /** Conditional auxiliaries of the journalistic conditional (aurait livré). */
  conditionalAuxiliaries: string[];
  /** Auxiliary forms before a participle. */
  auxiliaryForms: string[];
  /** Auxiliaries that may open an inverted speech incise (…, a assuré X). */
  inciseAuxiliaries: string[];
  /** Time words that are never an item. */
  temporalWords: string[];
  /** Verbs of exchanging gifts between a compound subject. */
  giftExchangeLemmas: string[];
  /** Prepositions of a place phrase (a protest's square, not its aim). */
  placeCases: string[];
  /** Prepositions of a protest's aim. */
  aimCases: string[];
  /** Prepositions of a time or circumstance adjunct: a noun trigger there is background. */
  adjunctPreps: string[];
  /** Modal auxiliaries: the word right after one is a verb whatever the tagger says (would release). */
  verbOpeners: string[];
  /** Quantity nouns that count people and take in whom they count (dozens of activists, des milliers de manifestants). */
  quantityNouns: string[];
  /** The against-prepositions that name the target outright (against X, contre X), not only a place or time. */
  strictAgainstPreps: string[];
  /** Act nouns whose of/de-phrase is their agent (threats of X, l'offre de X); others take their patient there (arrest of X). */
  agentOfNouns: string[];
  /** Nouns naming a public place (square, street, place, rue): a phrase they head is where, never whom. */
  placeNouns: string[];
  /** Participles after a hyphen that make a name a third party of the act, not its actor ("Russian-brokered truce"). */
  brokerParticiples: string[];
  /** Markers of a clause that tells how a passive act came about ("were killed when aircraft bombed …"). */
  whenMarks: string[];
  /** Case words of the pressure a rejection defies ("despite calls from X", « malgré les pressions de X »). */
  defianceCases: string[];
  /** Actor nouns that also name a kind of aircraft before its head ("fighter jets"): no combatants there. */
  craftKindNouns: string[];
  /** Verbs of wrongdoing: "X said Y had rigged the vote" is X's charge against Y (CAMEO 112), like blameWords. */
  wrongdoingVerbs: string[];
  /** Aircraft heads those kinds qualify. */
  craftHeads: string[];
  /** Verbs of need: "X said Y needs to …" lays a demand on Y, like mustWords. */
  needVerbs?: string[];
  /** Verbs of appeal that, with no object, for-phrase or one urged to act, contest a ruling ("X will appeal"). */
  legalAppealVerbs?: string[];
  /** Words of weapons and killing: a strike in their sentence is military, not a labour strike. */
  warWords?: string[];
  /** Verbs of verbal protest that name a demonstration when intransitive and said of people ("students protested"). */
  demonstrationVerbs?: string[];
  /** Words of censure a speaker lays on someone ("said the ban was unlawful", "called it a stunt"): DISAPPROVE. */
  censureWords?: string[];
  /** Words of praise a speaker lays on someone ("called him a humble man"): SUPPORT. */
  praiseWords?: string[];
  /** Lower-case article prefixes of names ("al-Muhandis", "el-Sisi"): the name is still a proper name. */
  namePrefixes?: string[];
  /** Harm done to people: "X was responsible for the deaths" charges X even with no speaker in the sentence. */
  harmNouns?: string[];
  /** Empty main clauses before a background word ("this comes after …"): the act after them is the news. */
  hollowLeads?: string[];
  /** Courts and judges: their verdict of blame is a judgment (SANCTION convict), not a criticism. */
  courtNouns?: string[];
  /** Verbs that put a label on their object ("called X a traitor", "described Y as …"): a verdict, not a call. */
  verdictVerbs?: string[];
  /** Person nouns a place may modify ("Ohio man", "Texas resident"): the person, not the place, is the actor. */
  personNouns: string[];
  /** Titles of single persons (minister, spokesman, porte-parole): a he/she pronoun may stand for such a phrase. */
  officialNouns: string[];
  /** Heads of a subject whose gathering is a meeting, not a protest (ministers, leaders, delegates gathered). */
  meetingNouns: string[];
  /** Words that join the names of one list of actors (« la Chine, l'Iran ainsi que la Russie »). */
  listGlueWords: string[];
  /** Participles used as a conjunction of condition ("provided that …"), which name no act. */
  conditionalParticiples: string[];
  /** Possessive marks after a name ("Israel's offer"): the name is whose act it is. */
  possessiveMarks: string[];
  /** Relative pronouns that are the subject of their clause ("X, who …", « X, qui … »). */
  subjectRelatives: string[];
  /** Nouns of entry into a territory ("was denied entry"). */
  entryNouns: string[];
  /** Prepositions of a topic (an agreement on X, talks about Y): the name inside is what it is about, no party. */
  topicCases: string[];
  /** Prepositions of a mere subject matter (spoke about the negotiations): an event noun there is what is discussed, not the act. */
  aboutCases: string[];
  /** Nouns that sum up a reported claim in an apposition ("…, an allegation Moscow denies"): the claim is an accusation. */
  allegationNouns: string[];
  /** Capitalised words that open a sentence or quote without starting a name (The, In, Le, Selon, M.). */
  nameStarters: string[];
  /** Words after a sentence-initial capitalised word that show it is a subject name ("Karsania has", « Orvane a »). */
  subjectFollowers: string[];
  /** Weekday and month names: capitalised, yet never an actor name. */
  calendarWords: string[];
  /** Pronouns that name a single person (he, she, il, elle), never a state or an organisation. */
  personPronouns: string[];
  /** Munitions fired or thrown: as an attack verb's object they are the means, not the target (fired rockets into X). */
  munitions: string[];
  /** Forms of the passive auxiliary (be, get; être): a parser's passive subject needs one. */
  passiveAuxiliaries: string[];
  /** Verbs whose subject undergoes a harm (die, be injured; mourir, être blessé): « X died in the attack » names a victim, not the attacker. */
  sufferVerbs: string[];
}

/**
 * A sense constraint on a trigger lemma (src/lang/<lang>/events-senses.ts): the words around a trigger
 * that show it is used in another sense (tirer une conclusion, a clinical trial, support a team), the
 * subjects that cannot be its actor, or the complement that makes it another event (ordonner le retrait).
 * Words are compared with both the lemma and the lower-case form of each token.
 */
export interface SenseRule {
  /** Trigger lemma (TriggerEntry.lemma) the rule applies to. */
  lemma: string;
  /** Only for triggers of this type (default: every entry of the lemma). */
  type?: PloverType;
  /** Words among the trigger's dependents (and theirs) or the three words after it that rule the event out. */
  notWith?: string[];
  /** Words among the three before the trigger that rule it out ("clinical trial", « manquant à l'appel »). */
  notAfter?: string[];
  /** Subject words that are no actor of the event ("God protect", "an accident killed"). */
  notSubjects?: string[];
  /** Words anywhere in the sentence that put a noun trigger in another domain (a trial with patients). */
  notInSentence?: string[];
  /** A complement that makes it another event: « ordonner le retrait » is a withdrawal ordered, not a demand. */
  retype?: {
    with: string[];
    type: PloverType;
    mode?: string;
    /** Also look this many words after the trigger, past a double object ("gave the army 48 hours to …"). */
    within?: number;
  };
}

/**
 * French words for the arguments of transfer and meeting events (src/lang/fr/events-arguments.ts): who gives
 * what to whom when the sentence leaves a side to its grammar or to the article.
 */
export interface EventArgumentTables {
  /** Counting nouns a nationality adjective's phrase stops at (« une vingtaine de navires chinois »). */
  countingNouns: string[];
  /** Determiners that point back to an act already told (« cette décision », « ces livraisons », « son annulation »). */
  anaphoricDeterminers: string[];
  /** Verbs of approval that commit to the transfer they take as object (« approuver la vente »). */
  approvalLemmas: string[];
  /** Bodies of water: where a ship is stopped or a missile falls, never a party (« en mer d'Oman »). */
  waterNouns: string[];
  /** Participles that say whom a thing is meant for (« une cargaison destinée aux rebelles »). */
  destinedLemmas: string[];
  /** Past participles that name people when used as nouns (« les envoyés américains »). */
  participleActors: string[];
  /** Articles and determiners before a noun (a participle right after one is a noun). */
  articles: string[];
  /** Verbs that gather participants, on a meeting noun (« un sommet qui a réuni X et Y »). */
  gatherLemmas: string[];
  /** Verbs of firing a weapon: into the sea with no one hit, a test or show of force (MOBILIZE). */
  firingLemmas: string[];
  /** Territories named again by a definite common noun for their state (« l'île » for Taïwan). */
  territoryNouns: string[];
  /** The definite articles before such a territory noun (« l'île », « la péninsule »). */
  definiteArticles: string[];
  /** Past-participle endings (a word after an article that ends so may be a participle used as a noun). */
  participleEndings: string[];
  /** Adverbs of position whose de-phrase names whom deployed forces face (« autour de l'île »). */
  aroundWords: string[];
  /** Lemmas of receiving (the receive frame) whose unnamed giver a describing « commandés à X » gives. */
  receiveLemmas: string[];
  /** Coordinators that deny each member (« ni la France ni l'Allemagne n'ont … »). */
  neitherWords: string[];
  /** Demand verbs whose de-phrase names whom the demand is made of (« exiger de X que … »). */
  demandOfLemmas: string[];
  /** Verbs of ruling out: an act « pas exclu » is a possibility (hypothetical). */
  ruleOutLemmas: string[];
  /** Verbs of announcing: a withdrawal they announce for later is a concession made now (the manual's CONCEDE). */
  announceLemmas: string[];
  /** Clitics between a subject and its verb (« ne », « se », « lui », « y »). */
  verbClitics: string[];
  /** Verbs that set two camps against each other (« des combats ont opposé X et Y »). */
  opposeLemmas: string[];
  /** Meeting nouns an act can cancel or refuse (« a annulé la rencontre avec X »). */
  meetingObjects: string[];
  /** Prepositions that say whom an act is aimed at wherever a parser hangs them (« contre »). */
  strayAimPreps: string[];
  /** Words opening an aside that names some of the phrase before it (« quatre otages, dont deux Français »). */
  inclusionWords: string[];
  /** Words after a comma that list what a transfer holds (« une aide …, comprenant cinq drones »). */
  itemListWords: string[];
  /** Indefinite articles that count one item (« un drone », "a radar"). */
  unitArticles: string[];
  /** Verbs of a military withdrawal (« retirer ses troupes », « quitter le pays »). */
  withdrawLemmas: string[];
}
