import type { Event, Modality } from "../doc/types.ts";

/**
 * The PLOVER event ontology (Open Event Data Alliance, PLOVER manual): sixteen
 * event types, the modes each admits, and the general contexts. Events in
 * Dossier carry one type and at most one mode; `context` is left to later
 * document-level classifiers.
 */

export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

export type Quad = "verbal cooperation" | "material cooperation" | "verbal conflict" | "material conflict";

export interface PloverTypeInfo {
  description: string;
  quad: Quad;
  /** The manual's "Requires recipient". */
  requiresRecipient: boolean;
  modes: readonly string[];
}

const REQUEST_MODES = ["assist", "change", "yield", "meet"] as const;

/** Every type with its manual description (abridged), quad category and modes. */
export const ONTOLOGY: Record<PloverType, PloverTypeInfo> = {
  AGREE: {
    description:
      "agree to, offer, promise or indicate willingness to cooperate; future cooperative acts (CONSULT, SUPPORT, COOPERATE, AID) reduce to AGREE",
    quad: "verbal cooperation",
    requiresRecipient: false,
    modes: [],
  },
  CONSULT: {
    description: "consultations and meetings: visits, hosting, meetings at a neutral place, talks by phone",
    quad: "verbal cooperation",
    requiresRecipient: false,
    modes: ["visit", "third-party", "multilateral", "phone"],
  },
  SUPPORT: {
    description:
      "diplomatic, non-material cooperation: praise, endorse, recognise, sign or ratify an agreement",
    quad: "verbal cooperation",
    requiresRecipient: false,
    modes: [],
  },
  CONCEDE: {
    description:
      "verbal concessions: ease restrictions, pardons, apologies, declared (not implemented) ceasefires",
    quad: "verbal cooperation",
    requiresRecipient: false,
    modes: [],
  },
  COOPERATE: {
    description: "mutual material cooperation: economic, military exercises, judicial, intelligence sharing",
    quad: "material cooperation",
    requiresRecipient: true,
    modes: [],
  },
  AID: {
    description:
      "material aid benefiting the recipient: money, military aid and arms transfers, humanitarian aid, asylum",
    quad: "material cooperation",
    requiresRecipient: true,
    modes: [],
  },
  RETREAT: {
    description: "material concessions: withdraw, release, disarm, ceasefire, allow access, resign",
    quad: "material cooperation",
    requiresRecipient: false,
    modes: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
  },
  REQUEST: {
    description: "requests, demands and orders",
    quad: "verbal conflict",
    requiresRecipient: false,
    modes: REQUEST_MODES,
  },
  ACCUSE: {
    description: "disapprove, condemn, accuse, sue, investigate",
    quad: "verbal conflict",
    requiresRecipient: false,
    modes: ["disapprove", "investigate", "allege"],
  },
  REJECT: {
    description: "rejections and refusals",
    quad: "verbal conflict",
    requiresRecipient: false,
    modes: REQUEST_MODES,
  },
  THREATEN: {
    description: "threats and coercive warnings",
    quad: "verbal conflict",
    requiresRecipient: false,
    modes: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
  },
  PROTEST: {
    description: "civilian demonstrations and collective protest actions",
    quad: "material conflict",
    requiresRecipient: false,
    modes: ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
  },
  SANCTION: {
    description:
      "reductions of relations: sanctions, expulsions of diplomats, withdrawals of aid, convictions",
    quad: "material conflict",
    requiresRecipient: true,
    modes: ["convict", "expel", "withdraw", "discontinue"],
  },
  MOBILIZE: {
    description: "military or police moves short of force",
    quad: "material conflict",
    requiresRecipient: false,
    modes: ["troops", "weapons", "police", "militia"],
  },
  COERCE: {
    description:
      "repression and coercive use of power short of violence: arrest, seize, curfew, censor, deport",
    quad: "material conflict",
    requiresRecipient: false,
    modes: [
      "seize",
      "restrict",
      "censor",
      "curfew",
      "martial-law",
      "arrest",
      "deport",
      "withhold",
      "misinformation",
      "cyber",
    ],
  },
  ASSAULT: {
    description: "deliberate actions that can cause substantial physical harm",
    quad: "material conflict",
    requiresRecipient: false,
    modes: [
      "abduct",
      "beat",
      "torture",
      "sexual",
      "targeted",
      "destroy",
      "primitive",
      "firearms",
      "explosives",
      "suicide-attack",
      "aerial",
      "drone",
      "heavy-weapons",
      "crowd-control",
      "unconventional",
    ],
  },
};

/** The manual's general contexts (coded at paragraph or document level; not filled by the rules). */
export const PLOVER_CONTEXTS = [
  "military",
  "intelligence",
  "executive",
  "legislative",
  "election",
  "political_institutions",
  "pro_democracy",
  "pro_autocracy",
  "economic",
  "legal",
  "reparations",
  "human_rights",
  "rights_freedoms",
  "repression",
  "human_security",
  "gender",
  "lgbt",
  "religion_ethnicity",
  "inequality",
  "diplomatic",
  "territory",
  "peacekeeping",
  "health",
  "asylum",
  "migration",
  "disasters",
  "natural_resource",
  "environment",
  "technology",
  "terrorism",
  "cbrn",
  "cyber",
  "misinformation",
  "crime",
  "corruption",
  "illegal_drugs",
  "trafficking",
] as const;

export function isPloverType(s: string): s is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(s);
}

const COOPERATIVE = new Set<string>(["CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"]);
const CONFLICTUAL = new Set<string>(["REJECT", "PROTEST", "SANCTION", "COERCE", "ASSAULT"]);
const FUTURE = new Set<Modality>(["planned", "pledged"]);

/**
 * The single PLOVER category a coder following the manual would give the
 * event: Dossier keeps the concrete type with a modality (AID + pledged),
 * the manual asks for one category ("Auxiliary modes"): future cooperation
 * is AGREE (retreats and concessions included, as the gold records code
 * them), an announced or conditional conflictual act is a THREATEN, and a
 * refused or failed cooperative act (CAMEO 12 "decline to …") is a REJECT.
 *
 * @example
 * ploverCategory({ type: "AID", modality: "pledged" }); // "AGREE"
 * ploverCategory({ type: "SANCTION", modality: "planned" }); // "THREATEN"
 */
export function ploverCategory(event: Pick<Event, "type" | "modality">): PloverType {
  const type = event.type as PloverType;
  if (FUTURE.has(event.modality) && COOPERATIVE.has(type)) return "AGREE";
  // The manual: THREATEN is a conflictual act announced or put as a condition (ASSAULT + hypothetical).
  if ((FUTURE.has(event.modality) || event.modality === "hypothetical") && CONFLICTUAL.has(type))
    return "THREATEN";
  // CAMEO 12 "decline to …": a refused or failed cooperative act is a rejection.
  if (event.modality === "negated" && (type === "AGREE" || COOPERATIVE.has(type))) return "REJECT";
  return type;
}

/** Older GSR categories to PLOVER, as the manual says. */
export const GSR_TO_PLOVER: Record<string, PloverType> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

/**
 * CASE 2021 task 2 (ACLED-style) subtypes to PLOVER, decided from the ACLED
 * codebook definitions before scoring. Types with no PLOVER counterpart
 * (disasters, organised crime, "other", diplomatic and attribution
 * snippets, changes to a group) are left out.
 */
export const CASE2021_TO_PLOVER: Record<string, PloverType> = {
  ABDUCT_DISSAP: "ASSAULT",
  AIR_STRIKE: "ASSAULT",
  ARMED_CLASH: "ASSAULT",
  ART_MISS_ATTACK: "ASSAULT",
  ATTACK: "ASSAULT",
  CHEM_WEAP: "ASSAULT",
  GRENADE: "ASSAULT",
  REM_EXPLOS: "ASSAULT",
  SEX_VIOL: "ASSAULT",
  SUIC_BOMB: "ASSAULT",
  GOV_REGAINS_TERIT: "ASSAULT",
  NON_STATE_ACTOR_OVERTAKES_TER: "ASSAULT",
  PROPERTY_DISTRUCT: "ASSAULT",
  FORCE_AGAINST_PROTEST: "ASSAULT",
  PEACE_PROTEST: "PROTEST",
  PROTEST_WITH_INTER: "PROTEST",
  VIOL_DEMONSTR: "PROTEST",
  MOB_VIOL: "PROTEST",
  ARREST: "COERCE",
  DISR_WEAP: "COERCE",
  AGREEMENT: "AGREE",
  NON_VIOL_TERRIT_TRANSFER: "RETREAT",
  HQ_ESTABLISHED: "MOBILIZE",
};
