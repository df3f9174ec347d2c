import type { Doc } from "../doc/doc.ts";
import type { Event, EventActor, Modality, QuantityBound } from "../doc/types.ts";
import { countryByCapital, countryByCode, countryByName } from "../entities/countries.ts";
import { EVENT_ARGUMENTS_EN } from "../lang/en/events-arguments.ts";
import { EVENT_ARGUMENTS_FR } from "../lang/fr/events-arguments.ts";
import {
  type ActorMention,
  actorMention,
  actorMentions,
  actorNoun,
  entitiesBySentence,
  groupActors,
  namesState,
  nominalParticiple,
  strayAgent,
  toActor,
} from "./actors.ts";
import type { EventLexicon } from "./lexicon.ts";
import { eventGrammar, eventLexicon } from "./lexicon.ts";

/** The function-word sets of both languages (src/lang/{en,fr}/events-grammar.ts), merged: the rules read either. */
const GRAMMAR = eventGrammar();
const ARGUMENTS_FR = EVENT_ARGUMENTS_FR;

import { CONTAINER_NOUNS_EN } from "../lang/en/events-grammar.ts";
import { EVENT_SENSES_EN } from "../lang/en/events-senses.ts";
import { CONTAINER_NOUNS_FR } from "../lang/fr/events-grammar.ts";
import { EVENT_SENSES_FR } from "../lang/fr/events-senses.ts";
import { quantityOf, valueIn } from "./money.ts";
import type { PloverType } from "./ontology.ts";
import { SentenceView, sentenceTokenRanges } from "./sentence.ts";
import type { Frame, SenseRule, TriggerEntry } from "./tables.ts";

/**
 * Event frames of one document, sentence by sentence: triggers from the
 * language's tables, arguments from the dependency tree when the parser
 * ran (linear patterns otherwise), modality from cues in the trigger's
 * clause. Within-article merging is done afterwards (merge.ts).
 */

/** A trigger found in a sentence: local tokens [i, to). */
export interface Trigger {
  i: number;
  /** Syntactic head of the trigger phrase (the token whose head lies outside it). */
  h: number;
  to: number;
  entry: TriggerEntry;
  /** Index in the sentence's trigger list of the trigger that governs this one. */
  governor: number;
  /** Absorbed into another trigger's event (noun object of a verb trigger). */
  absorbedBy: number;
  dropped: boolean;
}

/** An event with the local evidence used by the evaluation (trigger depth). */
export interface SentenceEvent {
  event: Event;
  /** Depth of the trigger (or its support verb) in the tree; smaller is more central. */
  depth: number;
  /** Token index of the trigger within its sentence. */
  tokenIndex: number;
  /** Lemma of the trigger entry, for merging. */
  lemma: string;
  /** The trigger is a verb (its own anchor). */
  verbal?: boolean;
  /** The trigger lies on the main predicate chain (root, xcomp, ccomp, conj), not in a modifier clause or phrase. */
  main?: boolean;
  /** The trigger stands in a background phrase or clause (after the bombing, during a visit), read linearly. */
  background?: boolean;
}

/** One shape for every sentence event: all fields set in a fixed order, so V8 keeps a single map. */
function sentenceEvent(
  event: Event,
  depth: number,
  tokenIndex: number,
  lemma: string,
  verbal?: boolean,
  main?: boolean,
  background?: boolean,
): SentenceEvent {
  return { event, depth, tokenIndex, lemma, verbal, main, background };
}

const NOMINAL_POS = new Set(["NOUN", "PROPN", "X", "ADJ"]);
const CLAUSE_BREAK = GRAMMAR.clauseBreaks;
const REFLEXIVE = GRAMMAR.reflexives;
const SUBJ_PRUNE = ["acl", "advcl", "ccomp", "parataxis", "punct", "cc", "conj", "case", "mark"];
const SUBJ_PRUNE_KEEP_CONJ = [
  "acl",
  "advcl",
  "ccomp",
  "parataxis",
  "punct",
  "case",
  "mark",
  "relcl",
  "appos",
];

const RECIPIENT_PREPS = GRAMMAR.recipientPreps;
const ADDRESSEE_PREPS = GRAMMAR.addresseePreps;
const PURPOSE_PREPS = GRAMMAR.purposePreps;
const BARE_CITY_PREPS = GRAMMAR.bareCityPreps;
const FROM_PREPS = GRAMMAR.fromPreps;
const PARTNER_PREPS = GRAMMAR.partnerPreps;
const AGAINST_PREPS = GRAMMAR.againstPreps;
const PLACE_PREPS = GRAMMAR.placePreps;
const AGENT_PREPS = GRAMMAR.agentPreps;
const MOBILIZE_PREPS = GRAMMAR.mobilizePreps;
const WITHDRAW_PREPS = GRAMMAR.withdrawPreps;
const ATTRIBUTION_PREPS = GRAMMAR.attributionPreps;

function lookupTriggers(
  s: SentenceView,
  lex: EventLexicon,
  k: number,
): { entry: TriggerEntry; to: number }[] {
  // Most words are no trigger: no array is built for them (the lemma first, then the form when it differs).
  const lemma = s.lemma[k];
  const lower = s.lower[k];
  const words = lex.triggerWords;
  const out: { entry: TriggerEntry; to: number }[] = NO_CANDIDATES;
  const first = words.has(lemma) ? addTriggers(s, lex, k, lemma, out) : out;
  return lemma === lower || !words.has(lower) ? first : addTriggers(s, lex, k, lower, first);
}

const NO_CANDIDATES: { entry: TriggerEntry; to: number }[] = [];

/** The phrase then single-word entries keyed by `key` at token k, appended to `out` (a new array when empty). */
function addTriggers(
  s: SentenceView,
  lex: EventLexicon,
  k: number,
  key: string,
  out: { entry: TriggerEntry; to: number }[],
): { entry: TriggerEntry; to: number }[] {
  const phrases = lex.phrases.get(key);
  if (phrases !== undefined)
    for (const p of phrases) {
      if (k + p.words.length > s.length) continue;
      let ok = true;
      for (let w = 1; w < p.words.length; w++) {
        const t = k + w;
        if (s.lower[t] !== p.words[w] && s.lemma[t] !== p.words[w]) {
          ok = false;
          break;
        }
      }
      if (ok && !hasEntry(out, p.entry)) {
        if (out === NO_CANDIDATES) out = [];
        out.push({ entry: p.entry, to: k + p.words.length });
      }
    }
  const singles = lex.single.get(key);
  if (singles !== undefined)
    for (const e of singles)
      if (!hasEntry(out, e)) {
        if (out === NO_CANDIDATES) out = [];
        out.push({ entry: e, to: k + 1 });
      }
  return out;
}

function hasEntry(out: { entry: TriggerEntry }[], entry: TriggerEntry): boolean {
  for (let i = 0; i < out.length; i++) if (out[i].entry === entry) return true;
  return false;
}

const OBJECT_SETS = new WeakMap<readonly string[], Set<string>>();

/** An entry's object words with their plurals, so that a tagger's missed lemma (highways tagged ADV) still matches. */
function objectSet(words: readonly string[]): Set<string> {
  let set = OBJECT_SETS.get(words);
  if (!set) {
    set = new Set(words);
    for (const w of words) if (/^\p{L}+$/u.test(w) && !w.endsWith("s") && !w.endsWith("x")) set.add(`${w}s`);
    OBJECT_SETS.set(words, set);
  }
  return set;
}

function objectWindow(
  s: SentenceView,
  i: number,
  to: number,
  words: readonly string[],
  directOnly = false,
): boolean {
  const set = objectSet(words);
  // Hosting needs the visitor as the object: "welcomed the release of the leader" is no visit.
  if (directOnly && s.hasSyntax) {
    const obj = s.children(i).find((c) => s.baseRel(c) === "obj");
    // "cut mobile internet access": a compound before the object's head names what it is.
    if (
      obj !== undefined &&
      s.upos(obj) === "NOUN" &&
      !set.has(s.lemma[obj]) &&
      !set.has(s.lower[obj]) &&
      !s.children(obj).some((c) => c < obj && s.rel(c) === "compound" && set.has(s.lower[c]))
    )
      return false;
    // "welcomed Palestinian leader X's pledge": a parser that heads the object on the title keeps the possessed
    // noun below it; what is welcomed is the pledge, not a visitor.
    if (
      obj !== undefined &&
      s
        .children(obj)
        .some((c) => s.baseRel(c) === "nmod" && s.children(c).some((g) => s.rel(g) === "nmod:poss"))
    )
      return false;
  }
  // Syntax first: objects, particles, nominal modifiers of the trigger.
  if (s.hasSyntax) {
    for (const c of s.children(i)) {
      if (set.has(s.lemma[c]) || set.has(s.lower[c])) return true;
      for (const g of s.children(c)) if (set.has(s.lemma[g]) || set.has(s.lower[g])) return true;
    }
    // « a lancé dans la nuit plus de cent drones », « a expulsé cette semaine des dizaines de migrants »: a parser
    // hangs the object on the time phrase before it.
    for (const c of s.children(i)) {
      if (c < i || !TEMPORAL.has(s.lower[c])) continue;
      for (const d of s.children(c)) {
        if (d < c) continue;
        if (set.has(s.lemma[d]) || set.has(s.lower[d])) return true;
        for (const g of s.children(d)) if (g > d && (set.has(s.lemma[g]) || set.has(s.lower[g]))) return true;
      }
    }
    // "placed its artillery units along the zone on high alert": a parser hangs the verb's own phrase on the
    // last noun of the object; follow the object's prepositional phrases down.
    const obj = s.children(i).find((c) => s.baseRel(c) === "obj");
    for (let cur = obj, n = 0; cur !== undefined && n < 3; n++) {
      const from = cur;
      const pp = s.children(from).filter((c) => c > from && s.baseRel(c) === "nmod" && caseWord(s, c) !== "");
      if (pp.some((c) => set.has(s.lemma[c]) || set.has(s.lower[c]))) return true;
      cur = pp[pp.length - 1];
    }
  }
  for (let t = Math.max(0, i - 2); t < Math.min(s.length, to + 5); t++) {
    if (t >= i && t < to) continue;
    if (set.has(s.lemma[t]) || set.has(s.lower[t])) return true;
  }
  return false;
}

/** Verbs of promise that also stand for the promised transfer (promettre un système à X). */
const PROMISE_LEMMAS = GRAMMAR.promiseLemmas;

/** Participles that are plain adjectives before a noun (armed forces, les groupes armés): never the act. */
const LEXICALISED_PARTICIPLES = GRAMMAR.lexicalisedParticiples;

function frenchPresent(s: SentenceView, k: number, entry: TriggerEntry): boolean {
  if (s.doc.lang !== "fr" || !entry.lemma.endsWith("er") || entry.lemma.includes(" ")) return false;
  const p = s.upos(k);
  if (p !== "ADJ" && p !== "NOUN") return false;
  const stem = entry.lemma.slice(0, -2);
  const w = s.lower[k];
  // Not the -ent plural: too many adjectives end so (violent, présent).
  if (w !== `${stem}e`) return false;
  if (k === 0 || k + 1 >= s.length) return false;
  const before = s.upos(k - 1);
  const after = s.upos(k + 1);
  return (
    (before === "NOUN" || before === "PROPN" || before === "PRON") &&
    (after === "DET" || after === "ADP" || after === "PRON")
  );
}

function posFits(s: SentenceView, k: number, entry: TriggerEntry): boolean {
  if (!s.pos) return true;
  const p = s.upos(k);
  if (entry.pos === "verb")
    return (
      !describingParticiple(s, k) &&
      // « Les envoyés américains se sont réunis »: a participle right after its article is a noun.
      !nominalParticiple(s, k) &&
      (p === "VERB" ||
        // « l'armée bombarde les positions »: a French present-tense form the tagger took for an adjective or noun,
        // with no determiner of its own and an object or phrase starting right after it.
        frenchPresent(s, k, entry) ||
        // An irregular form the table lists, mis-tagged as a function word by the tagger ("withdrew" as ADP).
        ((p === "ADP" || p === "DET" || p === "ADV" || p === "X") &&
          (entry.forms?.includes(s.lower[k]) ?? false)) ||
        // "Mali withdrew from …" with "withdrew" tagged NOUN: a listed past form with no determiner before it.
        (p === "NOUN" &&
          s.lower[k].endsWith("ew") &&
          (entry.forms?.includes(s.lower[k]) ?? false) &&
          !(k > 0 && s.upos(k - 1) === "DET")) ||
        p === "AUX" ||
        (p === "ADJ" &&
          !LEXICALISED_PARTICIPLES.has(s.lower[k]) &&
          (entry.govern !== undefined ||
            s.lower[k].endsWith("ed") ||
            (entry.forms?.includes(s.lower[k]) ?? false))) ||
        (p === "NOUN" && s.lower[k].endsWith("ed")) ||
        // "the government would release …" tagged NOUN: right after a modal it is a verb.
        ((p === "NOUN" || p === "ADJ") && k > 0 && GRAMMAR.verbOpeners.has(s.lower[k - 1])) ||
        // "The Palestinians reject proposed changes" tagged NOUN: the first predicate slot of the sentence,
        // between a subject and the start of an object, is a verb.
        // Not a noun the parser made the subject of a verb after it ("Karsan rebels used drones …").
        (p === "NOUN" && finiteSlot(s, k) && !subjectOfLaterVerb(s, k)) ||
        // Tagger slips ("Pakistan rejects …" tagged NOUN): a token heading a clause is a verb.
        (s.hasSyntax &&
          p !== "ADP" &&
          p !== "DET" &&
          s.children(k).some((c) => /^(nsubj|obj|aux|mark)/.test(s.rel(c))) &&
          !s.children(k).some((c) => s.baseRel(c) === "det")))
    );
  return NOMINAL_POS.has(p) || p === "VERB" || (p === "ADV" && nounSlotAdverb(s, k));
}

/**
 * "held their first joint coast guard exercise near …": a tagger that reads a noun-phrase word as a verb may
 * tag the head noun after it as an adverb; a noun trigger there (no -ly, after a noun, adjective or verb of the
 * same phrase, before a preposition or the end) is still the noun.
 */
/** The highest word of the noun phrase that a mis-tagged noun k ends (its modifiers just before it). */
function misreadPhraseHead(s: SentenceView, k: number): number {
  let left = k;
  while (left > 0 && PHRASE_WORD_POS.has(s.upos(left - 1))) left--;
  let top = k;
  for (let x = left; x < k; x++)
    if ((s.head![x] < left || s.head![x] > k) && s.depth(x) < s.depth(top)) top = x;
  return top;
}

const PHRASE_WORD_POS = new Set(["NOUN", "ADJ", "VERB", "PROPN", "NUM"]);

function nounSlotAdverb(s: SentenceView, k: number): boolean {
  if (k === 0 || s.lower[k].endsWith("ly")) return false;
  const before = s.upos(k - 1);
  const after = k + 1 < s.length ? s.upos(k + 1) : "PUNCT";
  return (
    (before === "NOUN" || before === "ADJ" || before === "VERB") && (after === "ADP" || after === "PUNCT")
  );
}

function subjectOfLaterVerb(s: SentenceView, k: number): boolean {
  if (!s.hasSyntax) return false;
  const h = s.head![k];
  return /^nsubj/.test(s.rel(k)) && h > k && s.upos(h) === "VERB";
}

/**
 * "militiamen armed with machetes": a lexicalised participle tagged as a verb, with no object and no auxiliary,
 * describes a state, not a transfer.
 */
function describingParticiple(s: SentenceView, k: number): boolean {
  if (!LEXICALISED_PARTICIPLES.has(s.lower[k]) || !s.hasSyntax) return false;
  return !s.children(k).some((c) => /^(obj|iobj|aux)/.test(s.rel(c)));
}

/** Token k follows a subject-like word, precedes an object-like word, and no verb comes before it. */
function finiteSlot(s: SentenceView, k: number): boolean {
  if (k === 0 || k + 1 >= s.length) return false;
  // A capitalised name the tagger called a common noun counts as one ("Cuba frees 30 prisoners" in a headline).
  const nameBefore = s.upos(k - 1) === "NOUN" && /^\p{Lu}/u.test(s.text[k - 1]);
  if (
    !/^(PROPN|PRON)$/.test(s.upos(k - 1)) &&
    !(s.upos(k - 1) === "NOUN" && /s$/.test(s.lower[k - 1])) &&
    !nameBefore
  )
    return false;
  if (!/^(DET|PROPN|NUM|ADJ|VERB)$/.test(s.upos(k + 1))) return false;
  // "Four Navy ships assisted by …": after a name read as a noun, a verb next makes the token its subject.
  if (nameBefore && s.upos(k + 1) === "VERB") return false;
  for (let x = 0; x < k; x++) if (s.upos(x) === "VERB" || s.upos(x) === "AUX") return false;
  return true;
}

/**
 * The subject of verb k is officials ("Defence ministers gathered", « les ministres se sont rassemblés »): their
 * gathering is a meeting, not a demonstration.
 */
function officialsSubject(s: SentenceView, lex: EventLexicon, k: number): boolean {
  if (!s.hasSyntax) return false;
  const sub = subjectOf(s, k);
  return sub !== null && (lex.meetingNouns.has(s.lemma[sub.k]) || lex.meetingNouns.has(s.lower[sub.k]));
}

/** French verb k is an infinitive opened by « pour » (a purpose), hung on an object of a verb. */
function purposeInfinitive(s: SentenceView, k: number): boolean {
  if (s.doc.lang !== "fr" || s.feat(k, "VerbForm") !== "Inf") return false;
  const h = s.head![k];
  if (h < 0 || s.baseRel(h) !== "obj" || s.head![h] < 0) return false;
  return s.children(k).some((c) => s.baseRel(c) === "mark" && PURPOSE_CASES.has(s.lower[c]));
}

/** The direct object of verb k is an organisation the NER found (« ont quitté la CEDEAO »). */
function organisationObject(s: SentenceView, k: number): boolean {
  if (!s.hasSyntax) return false;
  return s.children(k).some((c) => {
    if (s.baseRel(c) !== "obj") return false;
    const a = s.start[c];
    return s.doc.entities.some((e) => e.label === "ORG" && e.start <= a && e.end > a);
  });
}

/** Every trigger of a sentence, longest match first, one per token. */
export function findTriggers(s: SentenceView, lex: EventLexicon): Trigger[] {
  const out: Trigger[] = [];
  for (let k = 0; k < s.length; k++) {
    // Attribution phrases are not events ("according to" has the lemma of "accord").
    if (lex.reportPrepositions.has(s.lower[k])) continue;
    const cands = lookupTriggers(s, lex, k);
    if (cands.length === 0) continue;
    let best: { entry: TriggerEntry; to: number; score: number } | null = null;
    for (const c of cands) {
      if (!posFits(s, k, c.entry) && c.to === k + 1) continue;
      // "Two rockets struck a base": a verb with its own subject is a clause, not the noun "strike" or "rocket strike".
      if (c.entry.pos === "noun" && clauseNotCompound(s, c.to - 1)) continue;
      if (
        (c.entry.crowd || c.entry.officials) &&
        officialsSubject(s, lex, k) !== (c.entry.officials ?? false)
      )
        continue;
      if (lex.reflexive.has(c.entry)) {
        let refl = false;
        for (let t = Math.max(0, k - 3); t < k; t++) if (REFLEXIVE.has(s.lower[t])) refl = true;
        if (!refl) continue;
      }
      let score = c.to - k;
      // « des soldats ont libéré des otages »: an entry for forces only, preferred when forces act.
      if (c.entry.troops) {
        if (s.hasSyntax && !troopSubject(s, k)) continue;
        score += 1;
      }
      if (c.entry.clause && !(s.hasSyntax && s.children(k).some((x) => s.baseRel(x) === "ccomp"))) continue;
      if (c.entry.orgObject) {
        if (!organisationObject(s, k)) continue;
        score += 1;
      }
      if (c.entry.objects) {
        // Hosting: « a reçu Kim Jong-un », "received Abe" — a person as object is a visitor.
        const visitor = c.entry.frame === "host" && personObject(s, k);
        const direct = c.entry.frame === "host" || (c.entry.directObject ?? false);
        if (!visitor && !objectWindow(s, k, c.to, c.entry.objects, direct)) continue;
        score += 2;
      }
      if (lex.reflexive.has(c.entry)) score += 1;
      // "Militia fighters gathered …": forces doing what a crowd could do mobilise.
      if (c.entry.troops && cands.length > 1 && troopSubject(s, k)) score += 1;
      // With a tagger, prefer the entry whose part of speech matches.
      if (s.pos && (c.entry.pos === "verb") === (s.upos(k) === "VERB" || s.upos(k) === "AUX")) score += 0.5;
      if (!best || score > best.score) best = { entry: c.entry, to: c.to, score };
    }
    if (!best) continue;
    // "came back at the host government's request", « à l'invitation de X »: the wish an act answers is no act here.
    if (best.entry.pos === "noun" && behestPhrase(s, k)) continue;
    // A noun inside a name is not an event (Amnesty International, the Freedom Rally).
    if (
      best.entry.pos === "noun" &&
      (insideName(s, k) || (k > 0 && s.upos(k) === "PROPN") || capitalisedName(s, k))
    )
      continue;
    // "the Committee to Protect Journalists": a capitalised verb inside a multi-word name is part of the name.
    if (
      best.entry.pos === "verb" &&
      k > 0 &&
      /^\p{Lu}/u.test(s.text[k]) &&
      (insideName(s, k) || nameLink(s, k))
    )
      continue;
    // "offensive messages", « une collection privée », "suitably equipped rooms": a bare modifier of a noun is a quality, not an act.
    if (best.to === k + 1 && bareModifier(s, k)) continue;
    // « a reconnu que … », "acknowledged that …": admitting a fact is no diplomatic recognition.
    if (
      best.entry.type === "SUPPORT" &&
      ADMIT_LEMMAS.has(best.entry.lemma) &&
      s.hasSyntax &&
      s.children(k).some((c) => s.baseRel(c) === "ccomp")
    )
      continue;
    // « drones d'attaque », "attack helicopters": a noun that qualifies a piece of equipment names its kind, not an event.
    if (best.entry.pos === "noun" && best.to === k + 1 && qualifiesEquipment(s, k)) continue;
    // "until their demands are met": a passive meet is not a meeting.
    if (
      best.entry.type === "CONSULT" &&
      best.entry.frame === "meet" &&
      s.hasSyntax &&
      s.children(k).some((c) => s.rel(c) === "nsubj:pass" || s.rel(c) === "aux:pass") &&
      !pronominalVerb(s, k)
    )
      continue;
    // "Students protested outside the ministry", "thousands turned out to protest": protesting with no object,
    // by people other than the state, is a demonstration; "X protested the ruling" stays a verbal protest.
    if (
      best.entry.type === "ACCUSE" &&
      best.entry.pos === "verb" &&
      PROTEST_VERBS.has(best.entry.lemma) &&
      s.hasSyntax &&
      s.upos(k) === "VERB" &&
      !s.children(k).some((c) => /^(obj|ccomp)$/.test(s.baseRel(c)) || addressed(s, c)) &&
      !stateSubject(s, lex, k) &&
      // "it had protested": a body, not people.
      s.lower[subjectOf(s, k)?.k ?? k] !== "it"
    )
      best = { ...best, entry: { ...best.entry, type: "PROTEST", mode: "demo", weak: false } };
    // "the government intends to appeal", "both officers said they would appeal": appealing with no object, no
    // for-phrase and no one urged to act is contesting a court decision.
    if (
      best.entry.type === "REQUEST" &&
      best.entry.pos === "verb" &&
      LEGAL_APPEALS.has(best.entry.lemma) &&
      s.hasSyntax &&
      !s
        .children(k)
        .some((c) => /^(obj|xcomp|ccomp)$/.test(s.baseRel(c)) || purposeFor(s, c) || urgedAct(s, c))
    )
      best = { ...best, entry: { ...best.entry, type: "ACCUSE", mode: "disapprove", govern: undefined } };
    // "the strike killed three guards", "rockets struck near the base": among weapons and killing a strike is
    // military, not a labour strike.
    if (
      best.entry.type === "PROTEST" &&
      best.entry.mode === "strike" &&
      s.lemma.some((w, x) => WAR_WORDS.has(w) || WAR_WORDS.has(s.lower[x]))
    )
      best = { ...best, entry: { ...best.entry, type: "ASSAULT", mode: undefined, weak: true } };
    // "Israeli strikes on Gaza": a strike aimed at someone is military, not a labour strike.
    if (
      best.entry.type === "PROTEST" &&
      best.entry.mode === "strike" &&
      best.to === k + 1 &&
      aimedStrike(s, k)
    )
      continue;
    let h = best.entry.pos === "noun" ? best.to - 1 : k;
    // The phrase's head: of its words whose head lies outside it, the highest in the tree ("called" in "called on").
    if (s.head) {
      let top = -1;
      for (let x = k; x < best.to; x++)
        if ((s.head[x] < k || s.head[x] >= best.to) && (top < 0 || s.depth(x) < s.depth(top))) top = x;
      if (top >= 0) h = top;
    }
    // "joint coast guard exercise" with "guard" read as a verb and "exercise" as an adverb: the trigger heads the
    // noun phrase it ends, so it takes the place in the tree of the phrase's highest word.
    if (best.entry.pos === "noun" && s.head && s.upos(k) === "ADV") h = misreadPhraseHead(s, k);
    // "drew the conclusion", "a clinical trial", "support the team": the trigger in another sense.
    if (otherSense(s, best.entry, k, best.to, h)) continue;
    out.push({ i: k, h, to: best.to, entry: best.entry, governor: -1, absorbedBy: -1, dropped: false });
    k = best.to - 1;
  }
  return out;
}

const AIM_PREPS = GRAMMAR.aimPreps;

/** Every source of a visit is a common noun naming private persons (no state, official or armed group) and no named host receives them. */
function privateVisit(
  s: SentenceView,
  lex: EventLexicon,
  source: ActorMention[],
  target: ActorMention[],
): boolean {
  if (!source.length || target.some((m) => m.kind === "PER" || m.kind === "ORG")) return false;
  return source.every((m) => {
    if (m.rank > 0 || m.kind !== "NOUN" || m.to <= m.from) return false;
    // « une délégation indépendantiste kanak »: a French noun phrase puts its head first, its adjectives after.
    const k = s.hasSyntax && s.doc.lang === "fr" ? mentionHead(s, m) : m.to - 1;
    const kind = actorNoun(lex, s.lemma[k]) ?? actorNoun(lex, s.lower[k]);
    return !kind || lex.crowdNouns.has(s.lemma[k]) || lex.crowdNouns.has(s.lower[k]);
  });
}

/** Event types kept when neither a source nor a target is found (see the no-actor rule in extractEvents). */
const ALONE_TYPES = new Set<string>(["ASSAULT", "PROTEST", "ACCUSE", "REQUEST", "SANCTION", "COERCE"]);

interface CompiledSense {
  type?: PloverType;
  notWith: Set<string>;
  notAfter: Set<string>;
  notSubjects: Set<string>;
  notInSentence: Set<string>;
  retype?: { with: Set<string>; type: PloverType; mode?: string; within?: number };
}

function compileSenses(rules: SenseRule[]): Map<string, CompiledSense[]> {
  const out = new Map<string, CompiledSense[]>();
  for (const r of rules) {
    const c: CompiledSense = {
      type: r.type,
      notWith: new Set(r.notWith),
      notAfter: new Set(r.notAfter),
      notSubjects: new Set(r.notSubjects),
      notInSentence: new Set(r.notInSentence),
    };
    if (r.retype)
      c.retype = {
        with: new Set(r.retype.with),
        type: r.retype.type,
        mode: r.retype.mode,
        within: r.retype.within,
      };
    const list = out.get(r.lemma) ?? [];
    list.push(c);
    out.set(r.lemma, list);
  }
  return out;
}

const SENSES: Record<string, Map<string, CompiledSense[]>> = {
  en: compileSenses(EVENT_SENSES_EN),
  fr: compileSenses(EVENT_SENSES_FR),
};

function sensesOf(s: SentenceView, entry: TriggerEntry): CompiledSense[] {
  const all = SENSES[s.doc.lang === "fr" ? "fr" : "en"].get(entry.lemma) ?? [];
  return all.filter((r) => !r.type || r.type === entry.type);
}

const wordIn = (set: Set<string>, s: SentenceView, k: number) => set.has(s.lemma[k]) || set.has(s.lower[k]);

/** Words around a trigger that may show its sense: its dependents and theirs (not across clauses), then the three words after it. */
function senseNeighbours(s: SentenceView, i: number, to: number, h: number): number[] {
  const out: number[] = [];
  if (s.hasSyntax) {
    const near = (c: number) =>
      !/^(ccomp|advcl|conj|parataxis|acl:relcl|nsubj|punct|cc|mark)$/.test(s.rel(c));
    for (const c of s.children(h)) {
      if (!near(c) || (c >= i && c < to)) continue;
      out.push(c);
      for (const g of s.children(c)) if (near(g)) out.push(g);
    }
    // "the signal received from …" (a participle), "the room the group was visiting" (an object relative):
    // the noun modified is the trigger's object.
    const head = s.head![h];
    const objectRelative =
      s.rel(h) === "acl:relcl" && s.children(h).some((c) => s.baseRel(c) === "nsubj" && c < h && c > head);
    if (head >= 0 && (/^(acl|amod)$/.test(s.rel(h)) || objectRelative)) {
      out.push(head);
      for (const g of s.children(head)) if (/^(amod|compound)$/.test(s.baseRel(g))) out.push(g);
    }
  }
  for (let k = to; k < Math.min(s.length, to + 3); k++) out.push(k);
  return out;
}

/** The trigger's subjects: its nsubj children, or the noun a participle modifies (« une victoire acquise »). */
function senseSubjects(s: SentenceView, h: number): number[] {
  if (!s.hasSyntax) return [];
  const subj = s.children(h).filter((c) => s.rel(c) === "nsubj" || s.rel(c) === "nsubj:pass");
  const head = s.head![h];
  if (head >= 0 && /^(acl|amod)$/.test(s.baseRel(h)) && s.rel(h) !== "acl:relcl") subj.push(head);
  return subj;
}

/**
 * "would accept a truce provided the first stage …", "providing that X": the participle used as a conjunction
 * (on condition that) names no act. A parser reads it as a verb with no subject, auxiliary or conjunction of its
 * own ("trained and provided the rebels …" keeps its « and »), right after a noun and before a clause.
 */
function conditionalProvided(s: SentenceView, i: number, to: number, h: number): boolean {
  if (!s.hasSyntax || to !== i + 1 || !GRAMMAR.conditionalParticiples.has(s.lower[i])) return false;
  if (!GRAMMAR.complementisers.has(s.lower[i + 1] ?? "") && s.upos(i + 1) !== "DET") return false;
  if (i === 0 || !/^(NOUN|PROPN|PRON)$/.test(s.upos(i - 1))) return false;
  return !s.children(h).some((c) => /^(nsubj|aux|cc)/.test(s.rel(c)));
}

/**
 * The trigger at [i, to) is used in a sense its language's table rules out (src/lang/<lang>/events-senses.ts):
 * « tirer la conclusion », "a clinical trial", "support the team", "May God protect".
 */
function otherSense(s: SentenceView, entry: TriggerEntry, i: number, to: number, h: number): boolean {
  // « grâce à la mairie », "thanks to": a noun the parse uses as a preposition (case, mark) names no act.
  if (s.hasSyntax && entry.pos === "noun" && /^(case|mark)$/.test(s.baseRel(h))) return true;
  if (conditionalProvided(s, i, to, h)) return true;
  const rules = sensesOf(s, entry);
  if (!rules.length) return false;
  const near = senseNeighbours(s, i, to, h);
  const subjects = senseSubjects(s, h);
  for (const r of rules) {
    if (r.notWith.size && near.some((k) => wordIn(r.notWith, s, k))) return true;
    if (r.notSubjects.size && subjects.some((k) => wordIn(r.notSubjects, s, k))) return true;
    if (r.notAfter.size)
      for (let k = Math.max(0, i - 3); k < i; k++) if (wordIn(r.notAfter, s, k)) return true;
    if (r.notInSentence.size && entry.pos === "noun")
      for (let k = 0; k < s.length; k++) if (wordIn(r.notInSentence, s, k)) return true;
  }
  return false;
}

/** A complement that makes the trigger another event (ordonner + retrait → RETREAT), from its table. */
function senseRetype(
  s: SentenceView,
  t: Trigger,
  trs: Trigger[],
): { type: PloverType; mode?: string } | null {
  for (const r of sensesOf(s, t.entry)) {
    if (!r.retype) continue;
    const re = r.retype;
    const governed = trs.some((u) => trs[u.governor] === t && re.with.has(u.entry.lemma));
    if (governed || senseNeighbours(s, t.i, t.to, t.h).some((k) => wordIn(re.with, s, k)))
      return { type: re.type, mode: re.mode };
    for (let k = t.to; k < Math.min(s.length, t.to + (re.within ?? 0)); k++)
      if (wordIn(re.with, s, k)) return { type: re.type, mode: re.mode };
  }
  return null;
}

function aimedStrike(s: SentenceView, k: number): boolean {
  if (!s.hasSyntax) return AIM_PREPS.has(s.lower[k + 1] ?? "") && startsActor(s, k + 2);
  return s.children(k).some(
    (c) =>
      (s.baseRel(c) === "nmod" &&
        s.children(c).some((x) => s.baseRel(x) === "case" && AIM_PREPS.has(s.lower[x])) &&
        s.upos(c) === "PROPN" &&
        !TEMPORAL.has(s.lower[c])) ||
      // A country or nationality on it (Russian strikes, US strikes).
      ((s.baseRel(c) === "amod" || s.baseRel(c) === "compound" || s.rel(c) === "nmod:poss") &&
        (/^\p{Lu}/u.test(s.text[c]) ||
          s.doc.entities.some((e) => e.label === "LOC" && e.start <= s.start[c] && e.end >= s.end[c]))),
  );
}

/** The direct object of k is a person's name. */
function personObject(s: SentenceView, k: number): boolean {
  if (!s.hasSyntax) return false;
  return s.children(k).some(
    (c) =>
      // « Kim Jong Un a été reçu par Poutine »: the passive subject is the visitor too.
      (s.baseRel(c) === "obj" || s.rel(c) === "nsubj:pass") &&
      s.doc.entities.some((e) => e.label === "PER" && e.start <= s.start[c] && e.end >= s.end[c]),
  );
}

/** Recognition verbs that mean "admit" before a that-clause. */
const ADMIT_LEMMAS = GRAMMAR.admitLemmas;

function qualifiesEquipment(s: SentenceView, k: number): boolean {
  const a = s.start[k];
  for (const e of s.doc.entities) if (e.label === "EQUIP" && e.start <= a && e.end > a) return true;
  if (!s.hasSyntax) return false;
  const h = s.head![k];
  return (
    h >= 0 &&
    /^(nmod|compound)/.test(s.rel(k)) &&
    s.doc.entities.some((e) => e.label === "EQUIP" && e.start <= s.start[h] && e.end > s.start[h])
  );
}

/** A capitalised word beside another capitalised name word (Amnesty International, Peace Corps) when the tagger missed the name. */
function capitalisedName(s: SentenceView, k: number): boolean {
  const cap = (t: number) => t >= 0 && t < s.length && /^\p{Lu}\p{Ll}/u.test(s.text[t]);
  if (!cap(k)) return false;
  return (cap(k + 1) && s.upos(k + 1) !== "VERB") || (k > 1 && cap(k - 1));
}

/** "Committee to Protect Journalists", "Campaign to Stop …": a capitalised word after a lower-case link word that follows a capitalised one. */
function nameLink(s: SentenceView, k: number): boolean {
  return (
    k > 1 &&
    /^(to|for|of|pour|de)$/.test(s.lower[k - 1]) &&
    s.text[k - 1] === s.lower[k - 1] &&
    /^\p{Lu}/u.test(s.text[k - 2])
  );
}

/** A noun trigger in a phrase of a verb of harm ("four were hurt in the blast", « morts dans l'attaque »). */
function sufferedIn(s: SentenceView, t: Trigger): boolean {
  if (t.entry.pos !== "noun" || !s.hasSyntax || !/^obl/.test(s.rel(t.h))) return false;
  const h = s.head![t.h];
  return h >= 0 && (GRAMMAR.sufferVerbs.has(s.lemma[h]) || GRAMMAR.sufferVerbs.has(s.lower[h]));
}

const TROOP_WORDS = GRAMMAR.troopWords;

/** Prepositions of weapons stationed in a state ("deployed missiles in Belarus", « déployé en Biélorussie »). */
const STATIONED_IN = GRAMMAR.stationedPreps;

/** Weapons, not troops, are the object, and the recipient is a state other than the sender. */

function armsToState(s: SentenceView, v: number, source: EventActor[], target: EventActor[]): boolean {
  // What is sent: the words up to the recipient's preposition (a parser may read "about twenty tanks" as a phrase).
  const what: number[] = [];
  for (
    let k = v + 1;
    k < Math.min(s.length, v + 8) && !RECIPIENT_PREPS.has(s.lower[k]) && !STATIONED_IN.has(s.lower[k]);
    k++
  )
    what.push(k);
  if (
    !what.some((k) => equipmentAt(s, k)) ||
    what.some((k) => TROOP_WORDS.has(s.lemma[k]) || TROOP_WORDS.has(s.lower[k]))
  )
    return false;
  // "deployed jets to Belarus" is a transfer; "deployed warships around Taiwan" is a show of force there.
  const at = v + 1 + what.length;
  if (at >= s.length || !(RECIPIENT_PREPS.has(s.lower[at]) || STATIONED_IN.has(s.lower[at]))) return false;
  const to = target.filter((a) => a.entity?.startsWith("country:") && (a.start ?? 0) >= s.start[at]);
  return to.length > 0 && !to.some((a) => source.some((x) => x.entity === a.entity));
}

/** Token k lies in an equipment entity (a weapon system the NER tagged). */
function equipmentAt(s: SentenceView, k: number): boolean {
  const a = s.start[k];
  return s.doc.entities.some((e) => e.label === "EQUIP" && e.start <= a && e.end > a);
}

const CASE_IN = GRAMMAR.caseInCases;

/** `u` is the case a charge or arrest `t` is made in: an in-phrase on the verb or on its object. */
function legalCase(s: SentenceView, t: Trigger, u: Trigger): boolean {
  if (!s.hasSyntax || t.entry.pos !== "verb" || (t.entry.type !== "ACCUSE" && t.entry.type !== "COERCE"))
    return false;
  if (u.entry.pos !== "noun" || !CASE_IN.has(caseWord(s, u.h))) return false;
  const h = s.head![u.h];
  return h === t.h || (h >= 0 && s.head![h] === t.h && s.baseRel(h) === "obj");
}

const BEHEST_CASES = GRAMMAR.behestCases;
const BEHEST_NOUNS = GRAMMAR.behestNouns;

function behestPhrase(s: SentenceView, k: number): boolean {
  return (
    s.hasSyntax &&
    BEHEST_NOUNS.has(s.lemma[k]) &&
    BEHEST_CASES.has(caseWord(s, k)) &&
    /^(obl|nmod)$/.test(s.baseRel(k))
  );
}

/** "appealed to the government to secure …": a to-infinitive the parser hung as an adverbial is what is asked for. */
function urgedAct(s: SentenceView, c: number): boolean {
  return (
    s.baseRel(c) === "advcl" &&
    s.upos(c) === "VERB" &&
    s.children(c).some((m) => s.rel(m) === "mark" && s.lower[m] === "to")
  );
}

/** The last word of a multi-word noun match is a verb with its own subject: the words form a clause. */
function clauseNotCompound(s: SentenceView, last: number): boolean {
  return s.hasSyntax && s.upos(last) === "VERB" && s.children(last).some((c) => s.baseRel(c) === "nsubj");
}

/**
 * Token k modifies a noun as an adjective (amod, or a participle acl) and governs nothing but adverbs:
 * "offensive messages", « la collection privée », "equipped rooms". A participle with its own phrase
 * (« les armes livrées à Kiev », "aid provided by X") is still an act.
 */
const PERFECT_HAVE = GRAMMAR.perfectAuxiliaries;

function bareModifier(s: SentenceView, k: number): boolean {
  if (!s.hasSyntax) return false;
  const r = s.rel(k);
  if (r !== "amod" && r !== "acl") return false;
  const h = s.head![k];
  if (h < 0 || !/^(NOUN|PROPN)$/.test(s.upos(h))) return false;
  // "is believed to have delivered drone engines": a participle right after have is a perfect the parser misread.
  if (k > 0 && PERFECT_HAVE.has(s.lower[k - 1]) && h > k) return false;
  return s.children(k).every((c) => /^(advmod|punct)$/.test(s.baseRel(c)));
}

function insideName(s: SentenceView, k: number): boolean {
  const a = s.start[k];
  for (const e of s.doc.entities)
    if (e.label !== "EQUIP" && e.start <= a && e.end > a && e.end - e.start > s.end[k] - a) return true;
  return false;
}

function clauseBetween(s: SentenceView, a: number, b: number): boolean {
  for (let t = a + 1; t < b; t++)
    if (CLAUSE_BREAK.has(s.lower[t]) || s.lower[t] === "," || s.lower[t] === ".") return true;
  return false;
}

/** What introduces the content of a charge or a blame (charged with beating, blamed for, accusé d'avoir). */
const CHARGE_MARKS = GRAMMAR.chargeMarks;

/** French purchase verbs whose à-phrase is the seller (acheter à, commander à, emprunter à). */
const SELLER_A = GRAMMAR.sellerA;
/** The French à and its contractions: the seller's phrase of a purchase verb (« acheter à la Chine »). */
const A_CASES: ReadonlySet<string> = new Set(["à", "au", "aux"]);

/** Event nouns whose de-phrase is their agent (l'offre de X, la demande de X, la visite de X). */
const AGENT_OF_DE = new Set(["AGREE", "REQUEST", "CONSULT", "SUPPORT"]);

/** Stances on someone else's act (back, condemn, reject it); an order for an act (ordered the expulsion) is the act. */
const STANCE = new Set(["SUPPORT", "ACCUSE", "REJECT"]);

/** What introduces the act a protest note is about (protested against X's decision to …, over, contre). */
const CONTENT_CASES = GRAMMAR.contentCases;

/**
 * Event `u` is the content of verbal act `v`: a verb under a with/of/for complement of it ("charged the
 * police with beating"), or anything inside its against/over phrase ("protested against X's decision
 * to sell arms").
 */
function contentOf(s: SentenceView, v: number, u: number): boolean {
  if (!s.dominates(v, u, 4)) return false;
  const marked = (k: number, set: Set<string>) =>
    s.children(k).some((c) => set.has(s.lower[c]) && /^(mark|case)/.test(s.rel(c)));
  if (s.upos(u) === "VERB" && s.dominates(v, u, 3) && marked(u, CHARGE_MARKS)) return true;
  let c = u;
  while (c >= 0 && s.head![c] !== v) c = s.head![c];
  return c >= 0 && s.baseRel(c) === "obl" && marked(c, CONTENT_CASES);
}

/**
 * Event `u` is what verbal act `v` takes a stance on: inside its object or its clausal complement
 * ("welcomed X's call for a truce", "allowed the Red Cross to visit the camps"). PLOVER codes the stance,
 * not the act it is about. A weak request verb is left out: "called in the troops" is the deployment.
 */
function complementOf(s: SentenceView, v: number, u: number): boolean {
  if (u === v || !s.dominates(v, u, 3)) return false;
  let c = u;
  while (c >= 0 && s.head![c] !== v) c = s.head![c];
  return c >= 0 && /^(obj|xcomp|ccomp)$/.test(s.baseRel(c));
}

/** Links governors to governed triggers and absorbs noun objects into verb triggers. */
/** Material conflict acts whose unnamed victims are coded by their place. */
const MATERIAL_CONFLICT = new Set(["ASSAULT", "COERCE", "MOBILIZE"]);
/** Cooperation that parties do together: a compound subject is both sides. */
const RECIPROCAL_TYPES = new Set(["CONSULT", "SUPPORT", "AGREE", "COOPERATE"]);
const STRICT_AGAINST = GRAMMAR.strictAgainstPreps;

const GATHER_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.gatherLemmas);

/**
 * « un sommet qui a réuni X et Y », « une réunion rassemblant X et Y »: a gathering verb on a meeting noun names
 * the meeting's participants; it is that meeting, not an event of its own. The meeting trigger, or null.
 */
function gatheringOf(s: SentenceView, trs: Trigger[], B: Trigger): Trigger | null {
  if (!s.hasSyntax || B.entry.pos !== "verb") return null;
  return trs.find((A) => A !== B && gatherVerb(s, A) === B.h) ?? null;
}

/** The gathering verb on meeting noun t: its participle or relative clause, or the verb it is the subject of. */
function gatherVerb(s: SentenceView, t: Trigger): number {
  if (!s.hasSyntax || t.entry.pos !== "noun" || t.entry.type !== "CONSULT") return -1;
  for (const c of s.children(t.h)) if (s.baseRel(c) === "acl" && GATHER_LEMMAS.has(s.lemma[c])) return c;
  const up = s.head![t.h];
  return up >= 0 && s.rel(t.h) === "nsubj" && GATHER_LEMMAS.has(s.lemma[up]) ? up : -1;
}

/** The participants a gathering verb on meeting noun t names (its object and the names coordinated with it). */
function gatheredParticipants(s: SentenceView, t: Trigger, mentions: ActorMention[]): ActorMention[] {
  const v = gatherVerb(s, t);
  const obj = v >= 0 ? s.children(v).find((o) => s.baseRel(o) === "obj") : undefined;
  if (obj === undefined) return [];
  const out = actorsUnder(s, obj, mentions);
  // « les dirigeants de l'Égypte, de la Jordanie et de l'Irak »: coordinated de-complements a parser tore off.
  let end = out.reduce((e, m) => Math.max(e, m.to), obj + 1);
  for (const m of mentions) {
    if (m.from < end || out.includes(m)) continue;
    let x = end;
    while (x < m.from && LIST_GLUE.has(s.lower[x])) x++;
    if (x !== m.from) break;
    out.push(m);
    end = m.to;
  }
  return out;
}

const LIST_GLUE: ReadonlySet<string> = new Set([
  ...GRAMMAR.ofCases,
  ...GRAMMAR.determiners,
  ...GRAMMAR.listGlueWords,
]);

const APPROVAL_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.approvalLemmas);

/**
 * « Washington a approuvé la vente de missiles à Taipei »: approving a transfer is no praise, it commits the
 * approver to the transfer (AID, pledged). The approval verb becomes the transfer noun's agree-governor.
 * « Le Kremlin a démenti tout transfert »: a denied transfer noun is the event (negated), not a weak word
 * that yields to the denial. « X a rejeté ces conclusions, assurant n'avoir fourni aucune arme »: a rejection
 * over a transfer that denies itself is a denial of it.
 */
function approvedTransfers(s: SentenceView, trs: Trigger[]): void {
  if (!s.hasSyntax) return;
  for (const A of trs) {
    if (A.entry.pos !== "verb") continue;
    if (A.entry.govern === "absorb" && A.entry.type === "REJECT") {
      if (trs.some((u) => selfDeniedTransfer(s, u, A.h))) A.entry = { ...A.entry, govern: "deny" };
      continue;
    }
    const approval = !A.entry.govern && APPROVAL_LEMMAS.has(s.lemma[A.h]);
    if (!approval && A.entry.govern !== "deny") continue;
    const B = trs.find(
      (u) =>
        u.entry.pos === "noun" && u.entry.type === "AID" && s.head![u.h] === A.h && s.baseRel(u.h) === "obj",
    );
    if (!B) continue;
    if (approval) A.entry = { ...A.entry, govern: "agree" };
    B.entry = { ...B.entry, weak: false };
  }
}

/** A transfer verb right under verb v with its own « ne » (« n'avoir fourni aucune arme »). */
function selfDeniedTransfer(s: SentenceView, u: Trigger, v: number): boolean {
  return (
    u.entry.pos === "verb" &&
    u.entry.type === "AID" &&
    s.head![u.h] === v &&
    s.children(u.h).some((c) => s.baseRel(c) === "advmod" && s.feat(c, "Polarity") === "Neg")
  );
}

/** Token b lies in a clause hung on verb a as its content (ccomp, or advcl/parataxis as parsers read a fronted one). */
function contentClauseOf(s: SentenceView, a: number, b: number): boolean {
  for (let cur = b, n = 0; cur >= 0 && n < 3; cur = s.head![cur], n++)
    if (s.head![cur] === a) return /^(ccomp|advcl|parataxis)$/.test(s.baseRel(cur));
  return false;
}

/** Prepositions that give the cause of an act (after, over, for): a noun trigger there is a separate event. */
const REASON_CASES = GRAMMAR.reasonCases;
/** Of the reason cases, those that also give a purpose ("came for talks"): the act there may be the point. */
const PURPOSE_CASES = GRAMMAR.purposeCases;

function relate(s: SentenceView, trs: Trigger[]): void {
  approvedTransfers(s, trs);
  for (const B of trs) if (gatheringOf(s, trs, B) !== null) B.dropped = true;
  for (let a = 0; a < trs.length; a++) {
    const A = trs[a];
    for (let b = 0; b < trs.length; b++) {
      if (a === b) continue;
      const B = trs[b];
      // « X pourrait sanctionner Y, a averti le ministre », "…, the minister warned": a governing cue put after
      // what it governs (its content's inserted clause, or the verb the fronted content hangs on).
      const cueAfter =
        s.hasSyntax &&
        B.i < A.i &&
        A.entry.pos === "verb" &&
        A.entry.govern !== undefined &&
        ((s.baseRel(A.h) === "parataxis" && s.head![A.h] === B.h) || contentClauseOf(s, A.h, B.h)) &&
        s.text.slice(B.i, A.i).includes(",");
      // "A protest was staged by …": a passive subject before its verb is still what the verb acts on.
      if (B.i <= A.i && !cueAfter && !(s.hasSyntax && s.rel(B.h) === "nsubj:pass" && s.head![B.h] === A.h))
        continue;
      const dominated = cueAfter || (s.hasSyntax ? s.dominates(A.h, B.h, 3) : false);
      const near = !clauseBetween(s, A.i, B.i) && B.i - A.to <= 5;
      if (
        A.entry.govern &&
        B.governor < 0 &&
        ((dominated && !purposePath(s, A.h, B.h)) || (!s.hasSyntax && near)) &&
        // "vowed to return despite a warrant for his arrest": a background phrase is not what is vowed.
        !(inBackground(s, B.i) && !inBackground(s, A.i))
      ) {
        B.governor = a;
        continue;
      }
      if (
        A.entry.pos === "verb" &&
        !A.entry.govern &&
        // A weak verbal act still takes an event noun as its object ("backed the air strikes").
        (!A.entry.weak ||
          B.entry.weak ||
          (STANCE.has(A.entry.type) && s.hasSyntax && s.head![B.h] === A.h && s.baseRel(B.h) === "obj")) &&
        B.entry.pos === "noun" &&
        B.absorbedBy < 0 &&
        ((s.hasSyntax &&
          s.head![B.h] === A.h &&
          /^(obj|nsubj:pass|obl|iobj)/.test(s.rel(B.h)) &&
          // "suspended Syria's membership over its crackdown": a material act's reason is another event, not its content.
          !(s.baseRel(B.h) === "obl" && !VERBAL.has(A.entry.type) && REASON_CASES.has(caseWord(s, B.h)))) ||
          (!s.hasSyntax && near && B.i - A.to <= 3))
      ) {
        B.absorbedBy = a;
      }
    }
  }
  // "denied their request", « a rejeté la demande »: denying a request, offer or proposal is rejecting it (CAMEO 12).
  if (s.hasSyntax)
    for (let b = 0; b < trs.length; b++) {
      const B = trs[b];
      const A = B.governor >= 0 ? trs[B.governor] : null;
      if (
        A &&
        A.entry.govern === "deny" &&
        B.entry.pos === "noun" &&
        (B.entry.type === "REQUEST" || B.entry.type === "AGREE") &&
        s.head![B.h] === A.h &&
        s.baseRel(B.h) === "obj"
      ) {
        A.entry = { ...A.entry, type: "REJECT", govern: undefined, weak: false };
        B.governor = -1;
        B.absorbedBy = trs.indexOf(A);
      }
    }
  // "Sudan agreed to let South Sudan export oil": what another party is let do is not the agreeing side's own
  // planned act; the agreement to it stands alone (AGREE, whom it lets act as target).
  if (s.hasSyntax)
    for (const B of trs) {
      const A = B.governor >= 0 ? trs[B.governor] : null;
      const lets = s.head![B.h];
      if (
        A &&
        A.entry.govern === "agree" &&
        s.baseRel(B.h) === "xcomp" &&
        lets >= 0 &&
        lets !== A.h &&
        OBJECT_CONTROL.has(s.lemma[lets]) &&
        s.children(lets).some((c) => c < B.h && s.baseRel(c) === "obj")
      )
        B.dropped = true;
    }
  // « l'aide promise », "the pledged aid": a participle on a noun trigger is its modality, not an event.
  if (s.hasSyntax)
    for (const A of trs)
      if (
        A.entry.govern &&
        /^(acl|amod)/.test(s.rel(A.h)) &&
        trs.some((u) => u !== A && u.h === s.head![A.h])
      )
        A.dropped = true;
  // "a ceasefire agreement", "an aid package": a trigger noun modifying another trigger noun is part of it.
  if (s.hasSyntax)
    for (const B of trs) {
      const A = trs.find((u) => u !== B && u.entry.pos === "noun" && s.head![B.h] === u.h);
      if (B.entry.pos === "noun" && s.baseRel(B.h) === "compound" && A) {
        B.dropped = true;
        // "an aid package": a strong modifier makes the weak head word it joins strong.
        if (A.entry.weak && !B.entry.weak) A.entry = { ...A.entry, weak: false };
      }
    }
  // "the jailed opposition leader": a participle used as an adjective is background when the sentence has another event.
  if (s.hasSyntax)
    for (const A of trs)
      if (
        A.entry.pos === "verb" &&
        // A verb phrase ("set free") is no adjective, whatever the parser hung it on.
        A.to === A.i + 1 &&
        ((s.upos(A.h) === "ADJ" && s.baseRel(A.h) === "amod") || attributiveParticiple(s, A)) &&
        trs.some((u) => u !== A && !u.dropped && u.absorbedBy < 0 && s.baseRel(u.h) !== "amod")
      )
        A.dropped = true;
  // "ended a four-day visit to Pakistan", « a achevé sa visite »: ending a visit is the visit, not a cut in ties.
  for (const B of trs) {
    const A =
      B.governor >= 0
        ? trs[B.governor]
        : B.absorbedBy >= 0
          ? trs[B.absorbedBy]
          : (trs.find((u) => u !== B && u.entry.pos === "verb" && s.hasSyntax && s.dominates(u.h, B.h, 2)) ??
            null);
    if (
      A &&
      A.entry.type === "SANCTION" &&
      B.entry.type === "CONSULT" &&
      (B.entry.mode === "visit" || lastedFor(s, B.i))
    ) {
      A.dropped = true;
      B.governor = -1;
      B.absorbedBy = -1;
    }
  }
  // "protested to Burma over the killing of …": an act in a reason or background phrase does not outrank a
  // weak trigger; it is the cause of it.
  const trigSet = s.hasSyntax ? triggerTokens(trs) : null;
  const strongs = trs.filter(
    (t) =>
      !t.entry.weak &&
      t.absorbedBy < 0 &&
      !t.dropped &&
      !inBackground(s, t.i) &&
      !(s.hasSyntax && REASON_CASES.has(caseWord(s, t.h)) && !PURPOSE_CASES.has(caseWord(s, t.h))) &&
      // "spoke with X about the ceasefire negotiations": what is talked about is no act of its own.
      !(s.hasSyntax && t.entry.pos === "noun" && GRAMMAR.aboutCases.has(caseWord(s, t.h))) &&
      // "maritime patrol aircraft … began joint drills": a noun naming a kind of thing is no act to yield to.
      !(trigSet !== null && modifierNoun(s, t, trigSet)),
  );
  for (const t of trs)
    if (
      t.entry.weak &&
      // "backed X's claim at the summit": a weak root verb with its own object keeps the main clause against an adjunct noun.
      strongs.some((u) => !weakRootHolds(s, t, u) && !inParticipleModifier(s, u, t)) &&
      !(t.entry.govern && trs.some((u) => u.governor === trs.indexOf(t))) &&
      !permission(s, t) &&
      // "charged a guard in the stabbing", "arrested in the killing of …": the act is the case the charge or
      // arrest is made in, not a rival event.
      !strongs.every((u) => legalCase(s, t, u)) &&
      // "charged the police with beating detainees": a verbal act whose complement holds every other event keeps it as content.
      !(
        s.hasSyntax &&
        t.entry.pos === "verb" &&
        VERBAL.has(t.entry.type) &&
        // "… formed human chains to protest against NATO air strikes": below the root too, an act named in the
        // verbal act's own against/over-phrase is what it is about.
        strongs.every(
          (u) =>
            contentOf(s, t.h, u.h) ||
            (s.depth(t.h) === 0 && t.entry.type !== "REQUEST" && complementOf(s, t.h, u.h)),
        )
      )
    )
      t.dropped = true;
  // The case a charge or arrest is made in names no actors of its own: the charge's would be wrong for it.
  for (const t of trs) if (!t.dropped) for (const u of strongs) if (legalCase(s, t, u)) u.dropped = true;
  // "gave the government an ultimatum", "sent a warning": a verbal act cannot be handed over, the noun is the event.
  for (const B of trs) {
    const A = B.absorbedBy >= 0 ? trs[B.absorbedBy] : null;
    if (A && A.entry.type === "AID" && !B.entry.weak && VERBAL.has(B.entry.type)) {
      A.dropped = true;
      B.absorbedBy = -1;
    }
  }
  // "sent a message of condolence", "delivered a letter of protest": what is sent is the verbal act it carries.
  if (s.hasSyntax)
    for (const B of trs) {
      if (B.entry.pos !== "noun" || B.entry.weak || !VERBAL.has(B.entry.type) || s.baseRel(B.h) !== "nmod")
        continue;
      const carrier = s.head![B.h];
      const A = trs.find(
        (u) =>
          u !== B &&
          u.entry.type === "AID" &&
          u.entry.pos === "verb" &&
          carrier >= 0 &&
          s.head![carrier] === u.h &&
          s.baseRel(carrier) === "obj",
      );
      if (A) A.dropped = true;
    }
  // A weak verb with a strong noun object: the noun's type wins, the verb supports it.
  for (let b = 0; b < trs.length; b++) {
    const B = trs[b];
    if (B.absorbedBy >= 0 && trs[B.absorbedBy].dropped) B.absorbedBy = -1;
  }
}

/** Dashes that close a wire dateline (« BAMAKO - Le gouvernement … »). */
const DATELINE_DASHES = new Set(["-", "—", "–"]);

/**
 * "NAIROBI, Jan 12 (Reuters) - Kenya has …", « TUNIS - Le ministre … »: the upper-case place of a dateline is
 * no second subject.
 */
function datelinePlace(s: SentenceView, k: number): boolean {
  return (
    k <= 2 &&
    s.text[k].length > 2 &&
    s.text[k] === s.text[k].toUpperCase() &&
    (s.lower[k + 1] === "," || (k + 1 < s.length && DATELINE_DASHES.has(s.lower[k + 1])))
  );
}

/** "BELGRADE - Tens of thousands …", "KABUL, May 3 (Reuters) - …": the dateline names where the wire was filed, no actor. */
function withoutDateline(s: SentenceView, mentions: ActorMention[]): ActorMention[] {
  const start = clauseStart(s);
  return start > 0 ? mentions.filter((m) => m.from >= start) : mentions;
}

/**
 * "allowed opposition leader X to travel", « a autorisé X à se présenter »: a concession verb with a named or
 * actor object and a complement clause lets that party act; the permission is the event, not the act allowed.
 */
function permission(s: SentenceView, t: Trigger): boolean {
  if (!s.hasSyntax || t.entry.type !== "CONCEDE" || t.entry.pos !== "verb") return false;
  // Only an actor grants leave: "a bill that would allow X to extradite" is what a text provides.
  if (/^acl/.test(s.rel(t.h))) return false;
  const subj = subjectOf(s, t.h, 0);
  if (!subj || !(s.upos(subj.k) === "PROPN" || lexActorNoun(s, subj.k) || personHead(s, subj.k)))
    return false;
  // A parser may label the allowed party xcomp ("allowed opposition leader X to …").
  const obj = s
    .children(t.h)
    .find(
      (c) =>
        c > t.h &&
        (/^(obj|iobj)/.test(s.rel(c)) || (s.rel(c) === "xcomp" && /^(NOUN|PROPN)$/.test(s.upos(c)))),
    );
  if (obj === undefined || !(s.upos(obj) === "PROPN" || lexActorNoun(s, obj) || personHead(s, obj)))
    return false;
  // The complement hangs on the verb (xcomp) or, in a parser's reading, on the object as a to-clause (acl).
  const holders = [obj, ...s.children(obj).filter((c) => s.baseRel(c) === "appos")];
  return (
    s.children(t.h).some((c) => s.baseRel(c) === "xcomp" && c > obj) ||
    holders.some((h) =>
      s.children(h).some((c) => /^(acl|advcl)$/.test(s.rel(c)) && s.childrenWith(c, ["mark"]).length > 0),
    )
  );
}

/**
 * "agreed to set up a commission to investigate …": a purpose or relative clause between governor and governed
 * (advcl, acl) is the content of something else, not the governor's complement.
 */
function purposePath(s: SentenceView, a: number, b: number): boolean {
  for (let cur = b, n = 0; cur >= 0 && cur !== a && n < 6; cur = s.head![cur], n++)
    if (/^(advcl|acl)$/.test(s.baseRel(cur)) && s.head![cur] !== a && !objectComplement(s, a, cur))
      return true;
  return false;
}

/**
 * « a accusé les Émirats d'armer les FSR », « a sommé X de quitter … »: a French de-infinitive a parser hung on
 * the verb's direct object is the verb's complement (what X is accused of), not a purpose clause.
 */
function objectComplement(s: SentenceView, a: number, c: number): boolean {
  if (s.doc.lang !== "fr" || s.baseRel(c) !== "acl" || s.feat(c, "VerbForm") !== "Inf") return false;
  const o = s.head![c];
  if (o < 0 || s.head![o] !== a || s.baseRel(o) !== "obj") return false;
  return s.children(c).some((m) => s.baseRel(m) === "mark" && OF_CASES.has(s.lower[m]));
}

/**
 * A weak directed verbal act (back, question, order) that is the root verb with a direct object outranks a strong
 * trigger `u` off the main predicate chain; a weak material verb (burn, hit) still yields to the
 * more specific adjunct noun ("burned tyres during a demonstration").
 */
/** Verbal acts aimed at someone (back X, accuse X, reject X, order X to …). */
const DIRECTED_VERBAL = new Set(["SUPPORT", "ACCUSE", "REJECT", "REQUEST"]);

function weakRootHolds(s: SentenceView, t: Trigger, u: Trigger): boolean {
  if (!s.hasSyntax || t.entry.pos !== "verb" || !DIRECTED_VERBAL.has(t.entry.type) || s.head![t.h] >= 0)
    return false;
  if (!s.children(t.h).some((c) => s.baseRel(c) === "obj")) return false;
  return !mainChain(s, u.h) && !s.dominates(t.h, u.h, 1);
}

/**
 * "an aid package for refugees fleeing the fighting": the strong trigger `u` sits in a participle clause
 * modifying a noun (acl, not a relative clause with its own subject) that the weak trigger `t` does not
 * contain: a description of someone, no rival act.
 */
function inParticipleModifier(s: SentenceView, u: Trigger, t: Trigger): boolean {
  if (!s.hasSyntax) return false;
  for (let cur = u.h, n = 0; cur >= 0 && n < 4; cur = s.head![cur], n++) {
    if (cur === t.h) return false;
    if (s.rel(cur) === "acl" && s.upos(cur) === "VERB" && /ing$/.test(s.lower[cur]) && s.head![cur] !== t.h)
      return true;
  }
  return false;
}

/**
 * « huit entreprises chinoises, accusées d'avoir … »: a bare passive participle set off after a noun modifies that
 * noun, even when a parser chains it to the main verb as a conj; the noun is its (passive) subject.
 */
function participleHost(s: SentenceView, v: number): number {
  if (
    !s.hasSyntax ||
    s.baseRel(v) !== "conj" ||
    s.feat(v, "VerbForm") !== "Part" ||
    s.feat(v, "Voice") !== "Pass"
  )
    return -1;
  if (s.children(v).some((c) => /^(aux|nsubj|cop)/.test(s.rel(c)))) return -1;
  if (v < 2 || s.lower[v - 1] !== ",") return -1;
  let k = v - 2;
  if (s.upos(k) === "ADJ" || (s.baseRel(k) === "amod" && s.head![k] >= 0 && s.head![k] < k)) k = s.head![k];
  return k >= 0 && /^(NOUN|PROPN)$/.test(s.upos(k)) ? k : -1;
}

const SELF_CLITICS = GRAMMAR.reflexiveClitics;

/** A French pronominal verb form (« s'étaient rencontrés », « s'est engagée »): se/s' before the verb. */
function pronominalVerb(s: SentenceView, v: number): boolean {
  return s
    .children(v)
    .some((c) => c < v && (/^expl:(pv|comp)$/.test(s.rel(c)) || SELF_CLITICS.has(s.lower[c])));
}

function subjectOf(s: SentenceView, v: number, hops = 3): { k: number; passive: boolean } | null {
  const host = participleHost(s, v);
  if (host >= 0) return { k: host, passive: true };
  // "to have delivered drone engines" with the participle misread as the noun's modifier: have's subject.
  if (s.rel(v) === "amod" && v > 0 && PERFECT_HAVE.has(s.lower[v - 1]) && s.head![v] > v) {
    const viaHave = subjectOf(s, v - 1, hops);
    return viaHave ? { k: viaHave.k, passive: false } : null;
  }
  // "Mali withdrew from …" read as a noun phrase: the capitalised modifier before the verb is its subject.
  if (s.upos(v) === "NOUN" && s.lower[v].endsWith("ew")) {
    const name = s
      .children(v)
      .find((c) => c < v && /^(amod|compound)$/.test(s.rel(c)) && /^\p{Lu}/u.test(s.text[c]));
    if (name !== undefined) return { k: name, passive: false };
  }
  let cur = v;
  for (let n = 0; n <= hops && cur >= 0; n++) {
    for (const c of s.children(cur)) {
      const r = s.rel(c);
      if (r === "nsubj" || r === "nsubj:pass" || r === "csubj" || r === "expl:subj") {
        const kids = s.children(cur);
        // A parser's nsubj:pass on a verb with its own direct object and no passive auxiliary is active ("X rejected Y's offer").
        // Nor is one with no auxiliary at all: a passive clause needs its be/être ("Beirut again rejected Thursday …").
        // « ils s'étaient rencontrés »: a reflexive clitic makes être a compound tense, not a passive.
        const passive =
          !pronominalVerb(s, cur) &&
          (kids.some((x) => s.rel(x) === "aux:pass") ||
            (r === "nsubj:pass" &&
              !kids.some((x) => s.baseRel(x) === "obj") &&
              kids.some(
                (x) =>
                  (s.baseRel(x) === "aux" || s.baseRel(x) === "cop") &&
                  (GRAMMAR.passiveAuxiliaries.has(s.lower[x]) || GRAMMAR.passiveAuxiliaries.has(s.lemma[x])),
              )));
        // "A checkpoint was attacked by the Taliban, killing six officers": a participle adjunct of a passive
        // shares its agent, not its subject.
        if (cur !== v && passive && s.lower[v].endsWith("ing") && s.doc.lang !== "fr") {
          const agent = kids.find((x) => s.rel(x) === "obl:agent");
          if (agent !== undefined) return { k: agent, passive: false };
        }
        // « ALGER - L'Algérie a convoqué … »: a parser that makes the dateline the subject hangs the real one on it.
        const real = datelinePlace(s, c)
          ? s.children(c).find((x) => x > c + 1 && /^(NOUN|PROPN)$/.test(s.upos(x)))
          : undefined;
        return { k: real ?? c, passive: cur === v ? passive : false };
      }
    }
    // "Annan, speaking after talks with X, urged …": a parser may hang the subject on the participle set off before
    // the verb; the subject before the comma is the verb's.
    if (n === 0) {
      const part = s
        .children(cur)
        .find((c) => s.baseRel(c) === "advcl" && c < cur && s.feat(c, "VerbForm") === "Part");
      const sub =
        part !== undefined ? s.children(part).find((c) => s.rel(c) === "nsubj" && c < part) : undefined;
      if (sub !== undefined && s.children(sub).some((c) => s.lower[c] === "," && c > sub))
        return { k: sub, passive: false };
      // « Les envoyés américains se sont réunis »: a noun-participle the parser made a clause is the subject.
      const noun = s
        .children(cur)
        .find((c) => c < cur && s.baseRel(c) === "advcl" && nominalParticiple(s, c));
      if (noun !== undefined) return { k: noun, passive: false };
    }
    // "on Saturday Smith was stabbed": a parser that hangs the name on the date leaves the passive without a subject;
    // the proper name right before its auxiliary is that subject.
    if (n === 0) {
      const aux = s.children(cur).find((c) => s.rel(c) === "aux:pass" && c < cur);
      if (aux !== undefined && aux > 0 && s.upos(aux - 1) === "PROPN" && s.head![aux - 1] !== cur)
        return { k: aux - 1, passive: true };
    }
    const r = s.baseRel(cur);
    // "agreed to let South Sudan export oil", "allowed traders to settle": the object of a verb of leave or
    // help is who does the act it governs (object control).
    if (r === "xcomp" && OBJECT_CONTROL.has(s.lemma[s.head![cur]])) {
      const obj = s.children(s.head![cur]).find((c) => c < cur && s.baseRel(c) === "obj");
      if (obj !== undefined) return { k: obj, passive: false };
    }
    if (r === "xcomp" || r === "conj" || r === "advcl" || r === "acl" || r === "ccomp") {
      if (r === "acl" && s.rel(cur) === "acl:relcl") return { k: s.head![cur], passive: false };
      // « a convoqué l'ambassadeur pour protester »: a purpose infinitive a parser hung on the object is done
      // by the subject of the verb above it.
      if (r === "acl" && purposeInfinitive(s, cur)) {
        cur = s.head![s.head![cur]];
        continue;
      }
      if (r === "acl")
        return {
          k: s.head![cur],
          // "the aid provided by X" is passive; a participle with its own object is not ("X praised Y's efforts" misparsed).
          passive:
            s.feat(cur, "VerbForm") === "Part" &&
            s.feat(cur, "Tense") === "Past" &&
            !s.children(cur).some((c) => s.baseRel(c) === "obj"),
        };
      cur = s.head![cur];
    } else {
      // "Amnesty International called on …" rooted at the name: a non-verb root before the verb is its subject.
      const h = s.head![cur];
      if (
        (r === "parataxis" || r === "dep" || r === "appos") &&
        h >= 0 &&
        h < cur &&
        s.head![h] < 0 &&
        /^(PROPN|NOUN)$/.test(s.upos(h))
      )
        return { k: h, passive: false };
      break;
    }
  }
  return null;
}

/**
 * The by-phrase of a past participle describing the subject k of verb v ("Trucks | chartered by X"), also when
 * a parser made the participle the main verb with k its passive subject and v its conjunct; -1 when none.
 */
function modifierAgent(s: SentenceView, k: number, v: number): number {
  const agentOf = (p: number) =>
    s.feat(p, "VerbForm") === "Part" || /ed$/.test(s.lower[p])
      ? (s.children(p).find((c) => s.rel(c) === "obl:agent") ?? -1)
      : -1;
  for (const c of s.children(k)) if (s.baseRel(c) === "acl" && c > k && c < v) return agentOf(c);
  const h = s.head![k];
  if (h > k && h < v && s.rel(k) === "nsubj:pass" && /^(conj|advcl)$/.test(s.baseRel(v)) && s.head![v] === h)
    return s.children(h).some((c) => s.rel(c) === "aux:pass") ? -1 : agentOf(h);
  return -1;
}

function caseWord(s: SentenceView, k: number): string {
  for (const c of s.children(k))
    if (s.baseRel(c) === "case") {
      // "according to", "en échange de": take the first case word.
      return s.lower[c];
    }
  return "";
}

/** Mentions whose tokens fall inside the pruned subtree of k, grouped into actors. */
function actorsUnder(s: SentenceView, k: number, mentions: ActorMention[], keepConj = true): ActorMention[] {
  const toks = new Set(s.subtree(k, keepConj ? SUBJ_PRUNE_KEEP_CONJ : SUBJ_PRUNE));
  // "chief U.N. arms inspector Richard Butler", "the envoy, Dennis Ross": a person named in apposition to
  // the phrase's head is who it is.
  // So is one in apposition to a coordinated head (« le ministre et le général Oderov »).
  const heads = s.hasSyntax && keepConj ? [k, ...s.children(k).filter((c) => s.baseRel(c) === "conj")] : [k];
  // "the detention of Wall Street Journal reporter Evan Gershkovich": so is one beside a person noun inside.
  if (s.hasSyntax)
    for (const x of toks)
      if (
        x !== k &&
        s.children(x).some((c) => c > x && s.baseRel(c) === "appos") &&
        !heads.includes(x) &&
        personHead(s, x)
      )
        heads.push(x);
  if (s.hasSyntax)
    for (const c of heads.flatMap((x) => s.children(x))) {
      if (s.baseRel(c) !== "appos") continue;
      const named = mentions.filter((m) => m.kind === "PER" && m.rank > 0 && m.from <= c && c < m.to);
      if (named.length) for (const m of named) for (let x = m.from; x < m.to; x++) toks.add(x);
    }
  const inside = mentions.filter((m) => toks.has(m.from) || toks.has(m.to - 1));
  const people: ActorMention[] = [];
  const kept = inside.filter((m) => {
    const h = placeModifiedPerson(s, m);
    if (h < 0) return true;
    // "sentenced Ohio man John Doe": the named man, else the phrase "Ohio man", is the actor, not Ohio.
    const np = npMention(s, h);
    if (np && !inside.some((o) => o !== m && o.from > m.from && o.from <= h + 3 && o.rank > 0))
      people.push(np);
    return false;
  });
  const groups = groupActors(
    s,
    affiliatedPeople(
      s,
      [...kept, ...people].sort((a, b) => a.from - b.from),
    ),
  );
  const named = preferNamed(groups);
  if (!s.hasSyntax || named.length === groups.length || !keepConj) return named;
  // "the Sudanese government and southern rebels": a common-noun actor coordinated with the named one is the
  // other half of a compound actor, not a noun the name makes redundant.
  const conjoined = groups.filter(
    (g) =>
      g.rank === 0 &&
      Array.from({ length: g.to - g.from }, (_, x) => g.from + x).some((x) => {
        if (s.rel(x) !== "conj") return false;
        const h = s.head![x];
        return h === k || named.some((n) => n.from <= h && h < n.to);
      }),
  );
  return conjoined.length ? [...named, ...conjoined].sort((a, b) => a.from - b.from) : named;
}

const PERSON_NOUNS = GRAMMAR.personNouns;

/**
 * "Wall Street Journal reporter Evan Gershkovich", "New York Times correspondent X": an organisation, a person
 * noun and a name are one actor, the person, named by the whole phrase (not the organisation alone).
 */
function affiliatedPeople(s: SentenceView, ms: ActorMention[]): ActorMention[] {
  if (!ms.some((m) => m.kind === "ORG")) return ms;
  const out: ActorMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    // The person noun between may be a mention of its own ("reporter").
    let j = i + 1;
    while (j < ms.length && ms[j].rank === 0 && ms[j].from >= m.to && ms[j].to <= m.to + 2) j++;
    const p = ms[j];
    if (m.kind === "ORG" && p && p.kind === "PER" && p.from > m.to && p.from <= m.to + 2) {
      let roles = true;
      for (let x = m.to; x < p.from; x++) if (!personHead(s, x)) roles = false;
      if (roles) {
        out.push(actorMention(m.from, p.to, s.slice(m.from, p.to - 1), p.entity || undefined, p.rank, "PER"));
        i = j;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** The person noun a place mention modifies ("Ohio man", "a Texas resident"), or -1. */
function placeModifiedPerson(s: SentenceView, m: ActorMention): number {
  if (!s.hasSyntax || m.kind === "PER" || m.kind === "ORG") return -1;
  const last = m.to - 1;
  const h = s.head![last];
  if (h < m.to || h > m.to + 1 || !/^(compound|amod|nmod:poss)$/.test(s.rel(last))) return -1;
  return PERSON_NOUNS.has(s.lower[h]) || PERSON_NOUNS.has(s.lemma[h]) ? h : -1;
}

function npMention(s: SentenceView, k: number): ActorMention | null {
  const p = s.upos(k);
  if (p === "PRON" || p === "DET" || p === "NUM" || p === "VERB" || p === "ADV") return null;
  const toks = s.subtree(k, ["acl", "advcl", "ccomp", "parataxis", "punct", "conj", "cc", "relcl", "appos"]);
  let a = toks[0];
  let b = toks[toks.length - 1];
  // « du président »: contracted ADP+DET tokens go too.
  while (a < b && (s.upos(a).startsWith("DET") || s.upos(a).startsWith("ADP") || s.upos(a) === "PUNCT")) a++;
  while (b > a && s.upos(b) === "PUNCT") b--;
  if (b - a > 7) {
    a = k;
    b = k;
  }
  return actorMention(a, b + 1, s.slice(a, b), undefined, 0, "NOUN");
}

const NESTED_PREPS = GRAMMAR.nestedPreps;
const COUNTING_NOUNS: ReadonlySet<string> = new Set([
  ...GRAMMAR.quantityNouns,
  ...ARGUMENTS_FR.countingNouns,
]);
const PLACE_WIDE_PREPS = new Set([...GRAMMAR.nestedPreps, ...GRAMMAR.spreadPreps]);
const RANGE_ENDS = GRAMMAR.rangeEnds;
const SITE_NOUNS = GRAMMAR.siteNouns;
const ACQUIRE_VERBS = GRAMMAR.acquireVerbs;
const ATTACKER_NOUNS = GRAMMAR.attackerNouns;

/** The mention lies in a prepositional or clausal phrase hung below k (not in k's own words). */
function nestedUnder(s: SentenceView, m: ActorMention, k: number): boolean {
  if (!s.hasSyntax) return false;
  for (let cur = m.from, n = 0; cur >= 0 && n < 12; cur = s.head![cur], n++) {
    const h = s.head![cur];
    if (h === k) {
      if (/^acl/.test(s.rel(cur))) return true;
      // A real preposition other than of/de (the opposition newspaper La Prensa, the army of Chad stay in).
      const cw = caseWord(s, cur);
      return (
        /^(nmod|obl)$/.test(s.baseRel(cur)) && s.rel(cur) !== "nmod:poss" && cw !== "" && !OF_CASES.has(cw)
      );
    }
    if (cur === k) return false;
  }
  return false;
}

/** The mention's phrase hangs right on k ("an agreement | in Nairobi"), not on a noun inside k's phrase. */
function hungOn(s: SentenceView, m: ActorMention, k: number): boolean {
  for (let x = m.from; x < m.to; x++) {
    const h = s.head![x];
    if (h < m.from || h >= m.to) return h === k;
  }
  return false;
}

/** The people or body an of-phrase of noun k names, by its own words ("a convoy | of separatist fighters"), or null. */
function ofPhraseActor(s: SentenceView, k: number): ActorMention | null {
  if (!s.hasSyntax) return null;
  for (const g of s.children(k))
    if (g > k && s.baseRel(g) === "nmod" && OF_CASES.has(caseWord(s, g)) && personHead(s, g))
      return headPhrase(s, g);
  return null;
}

/** The noun at k names people or a body (activists, prisoners, a man, the police). */
function personHead(s: SentenceView, k: number): boolean {
  return lexActorNoun(s, k) || PERSON_NOUNS.has(s.lower[k]) || PERSON_NOUNS.has(s.lemma[k]);
}

/** The noun phrase of k without the phrases and clauses hung after it ("40 opposition activists"). */
function headPhrase(s: SentenceView, k: number): ActorMention | null {
  const np = npMention(s, k);
  if (!np) return null;
  let to = np.to;
  for (const c of s.children(k))
    if (c > k && c < to && /^(nmod|acl|appos)/.test(s.rel(c))) {
      // The phrase starts at its first token (case word, determiner).
      const first = s.subtree(c, [])[0] ?? c;
      if (first > k && first < to) to = first;
    }
  let b = to - 1;
  while (b > k && (s.upos(b) === "PUNCT" || s.upos(b) === "ADP")) b--;
  return { ...np, to: b + 1, name: s.slice(np.from, b) };
}

/** A mention inside a place or recipient phrase nested in the slot (« l'aide promise à Genève »). */
function inNestedPP(s: SentenceView, m: ActorMention, head: number): boolean {
  if (m.from <= head && m.to > head) return false;
  let p = m.from - 1;
  // "in eastern Congo": adjectives before the name too.
  while (p >= 0 && (DETS.has(s.lower[p]) || (s.pos !== null && s.upos(p) === "ADJ"))) p--;
  return p >= 0 && NESTED_PREPS.has(s.lower[p]);
}

/**
 * "Valdoria's largest truckers' union", "Karsania's ruling party": a name (country, place, organisation) owning a
 * non-state body (a union, party, coalition) says whose the body is; the actor is the body, named by the whole
 * phrase, with the owner's entity id.
 */
function possessedBody(s: SentenceView, m: ActorMention, k: number): ActorMention | null {
  if (!s.hasSyntax || m.kind === "PER" || m.kind === "NOUN" || m.to > k) return null;
  const lex = eventLexicon(s.doc.lang ?? "en");
  if ((actorNoun(lex, s.lower[k]) ?? actorNoun(lex, s.lemma[k])) !== "group") return null;
  const last = m.to - 1;
  if (s.rel(last) !== "nmod:poss" || !s.dominates(k, last, 2)) return null;
  return actorMention(m.from, k + 1, s.slice(m.from, k), m.entity || undefined, m.rank, "ORG");
}

/** The mention hangs below k through a place phrase (at a port, across the country, in the north) on the way. */
function placedUnder(s: SentenceView, m: ActorMention, k: number): boolean {
  let cur = m.from;
  while (cur >= m.from && cur < m.to && s.head![cur] >= m.from && s.head![cur] < m.to) cur = s.head![cur];
  for (let n = 0; cur >= 0 && cur !== k && n < 8; cur = s.head![cur], n++) {
    if (!/^(nmod|obl)$/.test(s.baseRel(cur))) continue;
    const cw = caseWord(s, cur);
    if (PLACE_WIDE_PREPS.has(cw)) return true;
    // « les détenus de la prison civile de Tunis », "workers of the port of Velmar": a site on the way.
    if (SITE_NOUNS.has(s.lemma[cur]) || SITE_NOUNS.has(s.lower[cur])) return true;
    // "from Velmar to Tashgard", « de Velmar à Tashgard »: a range of places.
    if (FROM_PREPS.has(cw) && s.children(cur).some((c) => RANGE_ENDS.has(caseWord(s, c)))) return true;
  }
  return false;
}

function slotActors(s: SentenceView, k: number, mentions: ActorMention[]): ActorMention[] {
  // « une quarantaine de détenus de la prison de Tunis », "dozens of migrants": the people counted fill the slot.
  if (s.hasSyntax && (COUNTING_NOUNS.has(s.lemma[k]) || COUNTING_NOUNS.has(s.lower[k]))) {
    const counted = s
      .children(k)
      .find((c) => c > k && s.baseRel(c) === "nmod" && OF_CASES.has(caseWord(s, c)) && peopleNoun(s, c));
    if (counted !== undefined) return slotActors(s, counted, mentions);
  }
  // "Colombia's largest rebel group, the FARC, …", "the foreign minister, Jose Ayala, …": the name set beside
  // a description is the actor's name.
  if (s.hasSyntax && s.upos(k) === "NOUN")
    for (const c of s.children(k)) {
      if (s.baseRel(c) !== "appos" || c < k) continue;
      const named = mentions.filter(
        (m) =>
          m.from <= c && c < m.to && m.rank > 0 && (m.kind === "PER" || m.kind === "ORG" || m.kind === "CAP"),
      );
      if (named.length) return named;
    }
  const under = actorsUnder(s, k, mentions).filter((m) => !inNestedPP(s, m, k));
  // "Nurses at public hospitals across Valdoria walked off", "miners at pits from Velmar to Tashgard": people
  // named by a common noun are the actor, not the place their workplace phrase names.
  const people = s.hasSyntax && s.upos(k) === "NOUN" && personHead(s, k);
  const found = people ? under.filter((m) => !placedUnder(s, m, k)) : under;
  if (found.length === 1) {
    const body = possessedBody(s, found[0], k);
    if (body) return [body];
  }
  if (found.length) return found;
  if (people && under.length) {
    const own = headPhrase(s, k);
    if (own) return [own];
  }
  // "A police checkpoint in Kunduz province was attacked": the name nested in a place phrase gave way above;
  // an actor noun in the phrase's own words stands for whom the act hits.
  if (s.hasSyntax && !lexActorNoun(s, k) && s.upos(k) !== "PROPN") {
    const own = mentions.filter(
      (m) =>
        m.rank === 0 &&
        m.from < k &&
        m.to <= k &&
        lexActorNoun(s, m.to - 1) &&
        s.dominates(k, m.to - 1, 3) &&
        !nestedUnder(s, m, k),
    );
    if (own.length) return own;
  }
  const np = npMention(s, k);
  // A bare noun phrase is an actor only when its head names one (le gouvernement, a Moscow court).
  return np && (s.upos(k) === "PROPN" || lexActorNoun(s, k)) ? [np] : [];
}

/** Left-context actors for the linear fallback: nearest group before `at` not inside a prepositional phrase. */
function leftActors(
  s: SentenceView,
  at: number,
  mentions: ActorMention[],
  skip: Set<ActorMention>,
): ActorMention[] {
  const before = mentions.filter((m) => m.to <= at && !skip.has(m));
  let asideComma = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    const prev = m.from > 0 ? s.lower[m.from - 1] : "";
    const prev2 = m.from > 1 ? s.lower[m.from - 2] : "";
    const inPP =
      RECIPIENT_PREPS.has(prev) ||
      PARTNER_PREPS.has(prev) ||
      AGAINST_PREPS.has(prev) ||
      ATTRIBUTION_PREPS.has(prev) ||
      ATTRIBUTION_PREPS.has(prev2) ||
      ((prev === "in" || prev === "dans" || prev === "en") && m.kind !== "PER");
    if (inPP) continue;
    const aside = relativeAside(s, m, at);
    if (aside >= 0) {
      asideComma = aside - 1;
      continue;
    }
    // The phrase right before such an aside is whom it describes, however long the aside.
    if (clauseBetween(s, m.to - 1, at) && m.to < at - 8 && m.to !== asideComma) break;
    // Coordinated group ending at m.
    const group = [m];
    for (let j = k - 1; j >= 0; j--) {
      const p = before[j];
      let coord = false;
      let ok = true;
      for (let t = p.to; t < group[0].from; t++) {
        if (COORD_WORDS.has(s.lower[t])) coord = true;
        else if (!BIND_WORDS.has(s.lower[t])) ok = false;
      }
      if (!ok) break;
      group.unshift(p);
      if (!coord) continue;
    }
    return preferNamed(groupActors(s, group));
  }
  return [];
}

/**
 * The head of a plain noun phrase filling the words between the last comma and verb v ("…, Estravian Air Force
 * transport planes | flew"): its last noun, when every word between is nominal; -1 otherwise.
 */
function phraseBefore(s: SentenceView, v: number): number {
  const comma = s.lower.lastIndexOf(",", v);
  if (comma < 0 || v - comma < 2 || v - comma > 8) return -1;
  for (let x = comma + 1; x < v; x++)
    if (!/^(NOUN|PROPN|ADJ|DET|NUM|CCONJ)$/.test(s.upos(x)) && s.lower[x] !== "'s") return -1;
  return /^(NOUN|PROPN)$/.test(s.upos(v - 1)) ? v - 1 : -1;
}

/**
 * The plain noun phrase with actors between the last comma and verb v, when every subject the parser gave v lies
 * before that comma ("After a year of contacts, Valdoria and Karsania | agreed"); -1 otherwise.
 */
function commaSubject(s: SentenceView, v: number, mentions: ActorMention[]): number {
  const comma = s.lower.lastIndexOf(",", v);
  const subjects = s.children(v).filter((c) => /^nsubj/.test(s.rel(c)));
  if (comma < 0 || !subjects.length || subjects.some((c) => c > comma)) return -1;
  const np = phraseBefore(s, v);
  if (np < 0) return -1;
  // The phrase's own names: the parser may have hung them on the noun before the comma.
  return mentions.some((m) => m.from > comma && m.to <= v && m.rank > 0) ? np : -1;
}

/**
 * The noun a relative clause set off by commas describes when that clause ends right before verb v
 * ("Mayor X of Velmar, whose city …, appealed"): the head the parser hung the opening comma on; -1 when none.
 */
function asideHead(s: SentenceView, v: number): number {
  if (!s.hasSyntax) return -1;
  const fr = s.doc.lang === "fr";
  let j = v - 1;
  // « Le ministre, qui …, a été reçu »: French compound tenses put auxiliaries and clitics between.
  while (j > 0 && (s.upos(j) === "ADV" || (fr && (s.upos(j) === "AUX" || FR_VERB_CLITICS.has(s.lower[j])))))
    j--;
  if (s.lower[j] !== ",") return -1;
  for (let r = j - 1; r > 1; r--) {
    if (s.lower[r] === ",") return -1;
    // The aside is a relative clause or a participle set off by commas (", meeting in Velmar on Monday,").
    if (RELATIVES.has(s.lower[r]) || (s.upos(r) === "VERB" && /\p{L}{3,}ing$/u.test(s.lower[r]))) {
      if (s.lower[r - 1] !== ",") return -1;
      const h = s.head![r - 1];
      if (h >= 0 && h < r - 1 && /^(NOUN|PROPN)$/.test(s.upos(h))) return h;
      // A parser that hangs the comma on the relative clause's verb: a French noun phrase opening the sentence
      // puts its head first (« Le ministre nigérian des Affaires étrangères, qui … »).
      return fr ? openingNounHead(s, r - 1) : -1;
    }
  }
  return -1;
}

/**
 * A French subject after its verb stands in an incise that ends with it (« …, a accusé le ministre. »); one the
 * clause goes on after (« a accusé l'Égypte de vouloir … ») is an object the parser misread.
 */
function closesClause(s: SentenceView, c: number): boolean {
  const phrase = s.subtree(c, ["punct"]);
  // « l'Égypte de vouloir déstabiliser … »: a clause hung on it is what the verb says of its object.
  if (phrase.some((x) => s.upos(x) === "VERB")) return false;
  const end = Math.max(...phrase) + 1;
  return end >= s.length || s.upos(end) === "PUNCT";
}

/** Clitics that stand between a French subject and its verb (« ne », « se », « lui », « y »). */
const FR_VERB_CLITICS: ReadonlySet<string> = new Set(ARGUMENTS_FR.verbClitics);

/** The first noun of the noun phrase that opens the sentence and ends at `end` (exclusive), or -1. */
function openingNounHead(s: SentenceView, end: number): number {
  for (let x = 0; x < end; x++) {
    if (/^(NOUN|PROPN)$/.test(s.upos(x))) return x;
    if (s.upos(x) !== "DET" && s.upos(x) !== "ADJ" && s.upos(x) !== "NUM") return -1;
  }
  return -1;
}

/**
 * "X's council, whose members are loyal to the ruling party, accused …": the mention lies in a relative clause
 * set off by commas that closes before `at`; it describes the subject, it is not the one acting at `at`.
 * The index of the relative word opening the aside, or -1.
 */
function relativeAside(s: SentenceView, m: ActorMention, at: number): number {
  let open = -1;
  for (let j = m.from - 1; j > 0; j--) {
    if (s.lower[j] === ",") return -1;
    if (RELATIVES.has(s.lower[j]) && s.lower[j - 1] === ",") {
      open = j;
      break;
    }
  }
  if (open < 0) return -1;
  for (let j = m.to; j < at; j++) if (s.lower[j] === ",") return open;
  return -1;
}

/** Named actors when there are any, else the common-noun ones. */
const MEETING_NOUNS = GRAMMAR.meetingNouns;

/** The named body or state a from- or of-phrase on envoys k names ("a delegation from ECOWAS", « une délégation de la CEDEAO »). */
function senderOf(s: SentenceView, k: number, mentions: ActorMention[]): ActorMention[] {
  for (const c of s.children(k)) {
    if ((s.baseRel(c) !== "nmod" && s.baseRel(c) !== "obl") || c < k) continue;
    const cw = caseWord(s, c);
    if (!FROM_PREPS.has(cw) && !OF_CASES.has(cw)) continue;
    const ms = prepActors(s, c, mentions).filter((m) => m.rank >= 2 && m.kind !== "PER");
    if (ms.length) return ms;
  }
  return [];
}

function preferNamed(groups: ActorMention[]): ActorMention[] {
  const named = groups.filter((g) => g.rank > 0);
  return named.length ? named : groups;
}

const COORD_WORDS = GRAMMAR.coordWords;
const BIND_WORDS = GRAMMAR.bindWords;

function rightActors(
  s: SentenceView,
  from: number,
  mentions: ActorMention[],
  preps: Set<string> | null,
  skip: Set<ActorMention>,
): ActorMention[] {
  for (const m of mentions) {
    if (m.from < from || skip.has(m)) continue;
    if (clauseBetween(s, from - 1, m.from) || m.from - from > 10) break;
    const prev = m.from > 0 ? s.lower[m.from - 1] : "";
    const prev2 = m.from > 1 ? s.lower[m.from - 2] : "";
    let prep = PREPS_ALL.has(prev) ? prev : PREPS_ALL.has(prev2) && DETS.has(prev) ? prev2 : "";
    // "to drought victims", "to the flood-hit villagers": a modifier or two (tagged anyhow) may stand between.
    if (!prep && preps !== null)
      for (let j = m.from - 1, n = 0; j >= from && n < 3; j--, n++) {
        if (PREPS_ALL.has(s.lower[j])) {
          prep = s.lower[j];
          break;
        }
        if (!/^\p{Ll}[\p{Ll}-]*$/u.test(s.text[j]) || CLAUSE_BREAK.has(s.lower[j])) break;
      }
    if (preps === null ? prep === "" || !ATTRIBUTION_PREPS.has(prep) : preps.has(prep)) {
      if (
        preps === null &&
        prep !== "" &&
        !PARTNER_PREPS.has(prep) &&
        !AGAINST_PREPS.has(prep) &&
        !RECIPIENT_PREPS.has(prep)
      )
        continue;
      const group = [m];
      for (const n of mentions) {
        if (n.from <= group[group.length - 1].from) continue;
        let coord = false;
        let ok = true;
        for (let t = group[group.length - 1].to; t < n.from; t++) {
          if (COORD_WORDS.has(s.lower[t])) coord = true;
          else if (!BIND_WORDS.has(s.lower[t]) && !DETS.has(s.lower[t])) ok = false;
        }
        if (!ok || !coord) break;
        group.push(n);
      }
      return preferNamed(groupActors(s, group));
    }
  }
  return [];
}

const DETS = GRAMMAR.determiners;
const PREPS_ALL = new Set([
  ...RECIPIENT_PREPS,
  ...FROM_PREPS,
  ...PARTNER_PREPS,
  ...AGAINST_PREPS,
  ...PLACE_PREPS,
  ...AGENT_PREPS,
  ...ATTRIBUTION_PREPS,
]);

interface Roles {
  source: ActorMention[];
  target: ActorMention[];
  location: ActorMention | null;
  items: number[];
  anchor: number;
}

function frameOf(entry: TriggerEntry): Frame {
  if (entry.frame) return entry.frame;
  if (entry.pos === "noun") {
    if (entry.type === "AID") return "transfer";
    if (entry.type === "CONSULT") return "meet";
  }
  return "direct";
}

const PRONOUNS = GRAMMAR.pronouns;

/** The actors a prepositional phrase names: "by the police in Harare" is the police, not the place nested in it. */
function prepActors(s: SentenceView, k: number, mentions: ActorMention[]): ActorMention[] {
  const all = actorsUnder(s, k, mentions);
  // "from traffickers at the port of X": a phrase headed by people or a body names them, not the place
  // hung on them by a further preposition.
  if (all.length && personHead(s, k) && all.every((m) => nestedUnder(s, m, k))) {
    const head = mentions.filter((m) => m.from <= k && k < m.to);
    if (head.length) return head;
    const np = headPhrase(s, k);
    if (np) return [np];
  }
  const own = all.filter((m) => !inNestedPP(s, m, k));
  return own.length || !lexActorNoun(s, k) ? (own.length ? own : all) : slotActors(s, k, mentions);
}

/**
 * The actors a trigger's objects name (its target, or a transfer's recipient), with the items a transfer moves
 * and, through `slot`, a seller or a place found on the way (kept apart from rolesSyntax so that function stays
 * small enough for V8's optimising compiler).
 */
function objectActorsOf(
  s: SentenceView,
  t: Trigger,
  frame: Frame,
  objs: number[],
  mentions: ActorMention[],
  nounIsSubject: boolean,
  nominal: boolean,
  items: number[],
  slot: { source: ActorMention[]; location: ActorMention | null },
): ActorMention[] {
  const objActors: ActorMention[] = [];
  for (const o of objs) {
    const ms = actorsUnder(s, o, mentions);
    const named = ms.filter((m) => m.rank > 0);
    // "hosted a delegation from the West African bloc ECOWAS": envoys stand for the body or state they come from;
    // "received a delegation | from the African Union" with the phrase hung on the verb: the same sender.
    const sentBy =
      frame !== "transfer" && frame !== "receive" && MEETING_NOUNS.has(s.lemma[o]) && (o < t.i || o >= t.to)
        ? senderOf(s, o, mentions).concat(frame === "host" ? senderOf(s, t.h, mentions) : [])
        : [];
    if (sentBy.length) {
      objActors.push(...sentBy);
      continue;
    }
    if (frame === "transfer" || frame === "receive") {
      // « a repris ses livraisons de gaz »: the trigger noun is the support verb's object, not an item;
      // "the aid reached 300 million": nor is the object of a verb the trigger noun is the subject of.
      if ((o >= t.i && o < t.to) || nounIsSubject) continue;
      // "distributed rations | to some 200,000 displaced families in Darfur" read as a second object: aid hands
      // over no civilians, so people the object names receive it, not the place nested in their phrase (forces
      // sent, "deployed 800 peacekeepers", stay what is sent).
      const lex = eventLexicon(s.doc.lang ?? "en");
      const np =
        t.entry.type === "AID" &&
        personHead(s, o) &&
        (actorNoun(lex, s.lemma[o]) ?? actorNoun(lex, s.lower[o])) === "group" &&
        !mentions.some((m) => m.rank > 0 && m.from <= o && o < m.to)
          ? headPhrase(s, o)
          : null;
      if (np) objActors.push(np);
      else if (s.rel(o) === "iobj" || (named.length && !isItemHead(s, o))) objActors.push(...named);
      else {
        items.push(o);
        // « a acheté des avions à la Karsanie », "bought jets from Russia": a parser hangs the seller's phrase
        // on the thing bought.
        if (frame === "receive" && !slot.source.length && !nominal)
          for (const c of s.children(o)) {
            const cw = caseWord(s, c);
            if (
              s.baseRel(c) !== "nmod" ||
              !(FROM_PREPS.has(cw) || (SELLER_A.has(s.lemma[t.h]) && A_CASES.has(cw)))
            )
              continue;
            const ms = prepActors(s, c, mentions).filter((m) => m.rank > 0);
            if (ms.length) {
              slot.source = ms;
              break;
            }
          }
      }
    } else if (GRAMMAR.munitions.has(s.lemma[o]) || GRAMMAR.munitions.has(s.lower[o]) || equipmentAt(s, o)) {
      // "fired Katyusha rockets into Israel": the munition (and its kind) is the means; only a phrase after it
      // ("shells at targets in Jericho") names the target.
      objActors.push(...ms.filter((m) => m.from > o));
    } else if (o >= t.i && o < t.to && ms.length && ms.every((m) => inNestedPP(s, m, o))) {
    } else if (ms.length) {
      // "withdraw its troops", "mobilised their forces": the actor's own men are not the target.
      const own = s.children(o).some((c) => s.rel(c) === "nmod:poss" && OWN_POSSESSIVES.has(s.lower[c]));
      // "arrested 40 activists in Minsk", "freed prisoners after a plea from X": a name nested in a phrase of
      // an object that names people is where or why, not whom; the people are the target.
      const direct = ms.filter((m) => !inNestedPP(s, m, o) && !nestedUnder(s, m, o));
      // "abducted 80 villagers, most of them women, in a raid on X": with no name of their own, the people the
      // object names come before the names nested in its phrases (common nouns beside them stay).
      // "struck a convoy of separatist fighters near X", "raided the offices of a newspaper in X": people or a
      // body the object's of-phrase names are whom it hits, before the place nested further in.
      // (Not for a stance: "condemned the execution of four men in X" is aimed at who executed them.)
      const ofPeople =
        direct.length || own || !MATERIAL_CONFLICT.has(t.entry.type) ? null : ofPhraseActor(s, o);
      if (ofPeople) objActors.push(ofPeople);
      else if (
        !direct.some((m) => m.rank > 0) &&
        (!direct.length || ms.some((m) => m.rank > 0)) &&
        !own &&
        personHead(s, o)
      ) {
        const np = headPhrase(s, o);
        if (np) objActors.push(np, ...direct.filter((m) => m.to <= np.from || m.from >= np.to));
      } else if (frame === "host" && !direct.length) {
        // "will host a conference on Somalia in London": names inside what is hosted are no visitors.
      } else if (
        !direct.length &&
        !MATERIAL_CONFLICT.has(t.entry.type) &&
        ms.every((m) => m.kind !== "PER" && m.kind !== "ORG" && inNestedPP(s, m, o) && hungOn(s, m, o))
      ) {
        // "signed an agreement in Nairobi": the place of the thing signed is where, not with whom.
        if (!slot.location) slot.location = ms[0];
      } else if (!own || ms.some((m) => m.rank > 0))
        // "outside the US embassy in Manila": the object's own name before a place nested in it.
        objActors.push(...(direct.some((m) => m.rank > 0) ? direct : ms));
    } else if (frame !== "intrans") {
      const np = npMention(s, o);
      const actorish = s.upos(o) === "PROPN" || lexActorNoun(s, o);
      // "withdraw its troops", "mobilised their forces": the actor's own men are not the target.
      const own = s.children(o).some((c) => s.rel(c) === "nmod:poss" && OWN_POSSESSIVES.has(s.lower[c]));
      if (np && actorish && !own && (o < t.i || o >= t.to)) objActors.push(np);
    }
  }
  return objActors;
}

/**
 * The object and phrase slots of a trigger: objects of the anchor (and the trigger noun, and an absorbing verb) and
 * their prepositional phrases with their case words (a separate function keeps rolesSyntax small enough for V8's
 * optimising compiler).
 */
function slotsOf(
  s: SentenceView,
  t: Trigger,
  trs: Trigger[],
  mentions: ActorMention[],
  anchor: number,
  absorber: number,
  frame: Frame,
  nominal: boolean,
): { objs: number[]; preps: { k: number; prep: string }[] } {
  const objs: number[] = [];
  const preps: { k: number; prep: string }[] = [];
  const scan = [anchor];
  if (anchor !== t.h) scan.push(t.h);
  if (absorber >= 0) scan.push(trs[absorber].i);
  // « a laissé entrer dans la région une équipe … »: a verb phrase trigger's second verb carries the objects.
  if (s.hasSyntax && t.entry.pos === "verb")
    for (let k = t.i; k < t.to; k++)
      if (k !== t.h && s.head![k] === t.h && s.upos(k) === "VERB") scan.push(k);
  for (const v of scan) {
    for (const c of s.children(v)) {
      const r = s.rel(c);
      const br = s.baseRel(c);
      // "rejected Thursday a U.N. appeal", « a accusé lundi la Karsanie »: a parser hangs the object on the day.
      // « a bombardé mardi des positions … »: the partitive article read as « de » hangs the object there too.
      if (v === anchor && TEMPORAL.has(s.lower[c]))
        for (const g of s.children(c))
          if (
            s.baseRel(g) === "obj" ||
            (s.baseRel(g) === "nmod" &&
              (!caseWord(s, g) || (OF_CASES.has(caseWord(s, g)) && g > c && !TEMPORAL.has(s.lower[g]))))
          ) {
            objs.push(g);
            // « a distribué la semaine dernière des rations à plus de 60 000 déplacés »: the to-phrase came along.
            if (frame === "transfer" && s.doc.lang === "fr")
              for (const h of s.children(g))
                if (h > g && s.baseRel(h) === "nmod" && RECIPIENT_PREPS.has(caseWord(s, h)))
                  preps.push({ k: h, prep: caseWord(s, h) });
          }
      // « des vivres ont été acheminés par le PAM vers 80 000 déplacés »: a parser hangs the to-phrase on the agent.
      if (v === t.h && frame === "transfer" && s.doc.lang === "fr" && s.rel(c) === "obl:agent")
        for (const h of s.children(c))
          if (h > c && s.baseRel(h) === "nmod" && RECIPIENT_PREPS.has(caseWord(s, h)))
            preps.push({ k: h, prep: caseWord(s, h) });
      // "hand over X to Y" read as "hand | over X (to Y)": the verb's own particle is no preposition; X is the
      // object and a to-phrase hung on it is the verb's.
      // "handed over X to Y" with the particle in the trigger phrase itself: the same misreading.
      if (
        v === t.h &&
        br === "obl" &&
        t.entry.pos === "verb" &&
        ((t.entry.objects?.includes(caseWord(s, c)) ?? false) || (frame === "transfer" && t.to > t.h + 1)) &&
        s.lower[t.h + 1] === caseWord(s, c)
      ) {
        objs.push(c);
        for (const g of s.children(c))
          if (s.baseRel(g) === "nmod" && RECIPIENT_PREPS.has(caseWord(s, g)))
            preps.push({ k: g, prep: caseWord(s, g) });
        continue;
      }
      // "extradited X to the United States" read as "extradited | X | (to the United States)" hung on X: a
      // transfer's to-phrase the parser hung on the object or on a caseless phrase of the verb is its recipient.
      if (
        v === t.h &&
        frame === "transfer" &&
        (br === "obj" || (br === "obl" && caseWord(s, c) === "")) &&
        !(c >= t.i && c < t.to)
      )
        // Also on a name set beside the object ("Karsanian businessman | Petar Lomov | to Estravia").
        for (const h of [c, ...s.children(c).filter((a) => s.baseRel(a) === "appos")])
          for (const g of s.children(h))
            if (g > h && s.baseRel(g) === "nmod" && RECIPIENT_PREPS.has(caseWord(s, g)))
              preps.push({ k: g, prep: caseWord(s, g) });
      // "gave the government 48 hours": of two objects a parser gave a transfer verb, the first is the recipient
      // (the English double-object construction).
      const firstOfTwo =
        br === "obj" &&
        frame === "transfer" &&
        v === t.h &&
        (lexActorNoun(s, c) || s.upos(c) === "PROPN") &&
        s
          .children(v)
          .some((d) => d > c && s.baseRel(d) === "obj" && !lexActorNoun(s, d) && s.upos(d) !== "PROPN");
      if ((br === "obj" && !firstOfTwo) || (br === "iobj" && frame !== "transfer")) objs.push(c);
      else if (br === "iobj" || firstOfTwo) preps.push({ k: c, prep: "to" });
      // "condemned the Dalai Lama's visit", "rejected Israel's offer": the one whose act a stance judges is its target.
      else if (
        v !== anchor &&
        v !== t.h &&
        STANCE.has(t.entry.type) &&
        (r === "nmod:poss" ||
          GRAMMAR.possessiveMarks.has(caseWord(s, c)) ||
          GRAMMAR.agentPreps.has(caseWord(s, c)) ||
          // « l'offre de la Karsanie », « la visite du dalaï-lama »: de names who offers, asks or visits.
          (FROM_PREPS.has(caseWord(s, c)) &&
            absorber >= 0 &&
            AGENT_OF_DE.has(trs[absorber].entry.type) &&
            s.doc.lang === "fr"))
      )
        preps.push({ k: c, prep: "act-of" });
      else if (br === "obl" || br === "nmod" || r === "obl:agent")
        preps.push({ k: c, prep: r === "obl:agent" ? "by" : caseWord(s, c) });
      else if (
        (br === "amod" || br === "compound" || r === "nmod:poss" || br === "flat") &&
        v === t.h &&
        nominal
      ) {
        const ms = actorsUnder(s, c, mentions).filter((m) => m.rank > 0);
        // "a Russian-brokered truce", "a UN-sponsored plan": the name is a go-between, not a side.
        if (ms.length && !brokerWord(s, c)) preps.push({ k: c, prep: "'s" });
      }
    }
  }
  return { objs, preps };
}

/** Hyphenated pairs in a meeting noun (le sommet Dravec-Oderov, the Putin-Kim summit): one side each. */
function hyphenPair(
  s: SentenceView,
  t: Trigger,
  mentions: ActorMention[],
  frame: Frame,
  source: ActorMention[],
  target: ActorMention[],
): void {
  const pair = mentions.filter(
    (m) =>
      Math.abs(m.from - t.i) <= 3 && m.rank > 0 && (m.to === t.i || m.from === t.to || m.from === t.to + 1),
  );
  const hy = pair.filter((m) => /-/.test(m.name) || true);
  if (hy.length && frame === "meet") {
    for (const m of hy) {
      const parts = m.name.split(/[-–]/).filter((x) => x.length > 1);
      // "Hafez al-Assad", "Abdel-Aziz": a lower-case particle before the hyphen is part of one name.
      if (
        parts.length === 2 &&
        /^\p{Lu}/u.test(parts[1]) &&
        /^\p{Lu}/u.test(parts[0].split(" ").pop() ?? "")
      ) {
        const mid = s.start[m.from] + parts[0].length;
        source.push({ ...m, name: parts[0], rank: 3, kind: "PER" });
        target.push({
          ...m,
          name: parts[1],
          rank: 3,
          kind: "PER",
          from: m.from,
          to: m.to,
          entity: undefined,
        });
        void mid;
      }
    }
  }
}

function rolesSyntax(
  s: SentenceView,
  t: Trigger,
  trs: Trigger[],
  mentions: ActorMention[],
  ctx: Context,
): Roles {
  const frame = frameOf(t.entry);
  let anchor = t.h;
  let actedOn = -1;
  const nominal = t.entry.pos === "noun";
  if (nominal) {
    // "exchanged heavy artillery and rocket fire": a trigger noun coordinated with the verb's object stands
    // where that object does.
    if (s.baseRel(t.h) === "conj" && s.head![t.h] >= 0 && s.upos(s.head![t.h]) === "NOUN") {
      const first = s.head![t.h];
      if (/^(obj|nsubj|obl|iobj)/.test(s.rel(first))) anchor = first;
    }
    // "placed opposition leader X under house arrest": a parser that hangs the verb's phrase on the person
    // it acts on; the act stands where that person does.
    else if (s.baseRel(t.h) === "nmod" && s.head![t.h] >= 0) {
      const owner = s.head![t.h];
      const cw = caseWord(s, t.h);
      if (
        cw !== "" &&
        !OF_CASES.has(cw) &&
        (s.upos(owner) === "PROPN" || personHead(s, owner)) &&
        /^(obj|obl|iobj)/.test(s.rel(owner)) &&
        s.upos(s.head![owner]) === "VERB"
      ) {
        anchor = owner;
        actedOn = owner;
      }
    }
    let h = s.head![anchor];
    // "announced a package of military aid", "a new round of talks", "a wave of attacks": a container noun the
    // trigger is the of-phrase of stands between it and the verb.
    if (
      h >= 0 &&
      s.upos(h) === "NOUN" &&
      s.baseRel(t.h) === "nmod" &&
      OF_CASES.has(caseWord(s, t.h)) &&
      (ACT_HEADS.has(s.lemma[h]) ||
        CONTAINER_NOUNS.has(s.lemma[h]) ||
        trs.some((u) => u !== t && u.h === h && u.entry.weak && u.entry.type === t.entry.type)) &&
      s.head![h] >= 0 &&
      (s.upos(s.head![h]) === "VERB" || s.upos(s.head![h]) === "AUX") &&
      /^(obj|nsubj|obl|iobj|xcomp)/.test(s.rel(h))
    ) {
      anchor = h;
      h = s.head![h];
    }
    if (
      h >= 0 &&
      (s.upos(h) === "VERB" || s.upos(h) === "AUX") &&
      /^(obj|nsubj|obl|iobj|xcomp)/.test(s.rel(anchor)) &&
      // "four were injured in the shooting", « ils sont morts dans l'attaque »: the verb's subject suffers the act.
      !sufferedIn(s, t) &&
      // "the fighting in Kabul, a U.N. official said": the subject slot of a speech verb is its speaker's.
      // "the arrest of X by police was reported by the ministry": nor is the subject of a passive one.
      !(s.rel(anchor) === "nsubj" && eventLexicon(s.doc.lang ?? "en").reportVerbs.has(s.lemma[h]))
    )
      anchor = h;
    else anchor = t.h;
  } else if (t.absorbedBy < 0) {
    // Verb trigger under a governor without its own subject: the governor's subject (xcomp control).
  }
  const absorber = trs.findIndex((u) => u.absorbedBy === trs.indexOf(t));
  let source: ActorMention[] = [];
  let target: ActorMention[] = [];
  let location: ActorMention | null = null;
  const items: number[] = [];
  let subj = !nominal || anchor !== t.h ? subjectOf(s, anchor) : null;
  let commaSpan = -1;
  // "Mayor X of Velmar, whose city has been shelled since spring, appealed for …": a parser that roots the
  // sentence in the relative clause lends the verb after it the clause's subject, or none; the phrase the
  // aside describes is the verb's.
  const ownSubject = s
    .children(anchor)
    .some((c) => /^nsubj/.test(s.rel(c)) && (s.doc.lang !== "fr" || c < anchor || closesClause(s, c)));
  if ((!nominal || anchor !== t.h) && !ownSubject) {
    const head = asideHead(s, anchor);
    if (head >= 0 && slotActors(s, head, mentions).length) subj = { k: head, passive: false };
    // "Two days after an earthquake flattened Velmar, Estravian Air Force planes flew …": a noun phrase
    // between a comma and the verb is its subject, wherever the parser hung it.
    else if (!subj || subj.k > anchor || subj.k < s.lower.lastIndexOf(",", anchor)) {
      const np = phraseBefore(s, anchor);
      if (np >= 0 && actorsUnder(s, np, mentions).length) subj = { k: np, passive: false };
    }
  }
  // "After a year of stalled contacts over the farmland, Valdoria and Karsania agreed …": a subject the parser
  // found before the comma yields to the names right before the verb.
  else if (!nominal && commaSubject(s, anchor, mentions) >= 0) {
    subj = { k: commaSubject(s, anchor, mentions), passive: false };
    commaSpan = s.lower.lastIndexOf(",", anchor);
  }
  // « Soucieuse de relancer les pourparlers, la Valdorie a proposé … »: of two subjects the parser gave the verb,
  // one closed off by a comma is an opening phrase; the one after the comma is the subject.
  if (subj && /^nsubj/.test(s.rel(subj.k)) && subj.k <= clauseStart(s) + 1) {
    const k0 = subj.k;
    const v0 = s.head![k0];
    const comma = s.lower.indexOf(",", k0);
    const later = s
      .children(v0)
      .find(
        (c) =>
          c > comma &&
          comma > k0 &&
          c < v0 &&
          /^nsubj/.test(s.rel(c)) &&
          s.upos(c) !== "PRON" &&
          !RELATIVES.has(s.lower[comma + 1]),
      );
    if (later !== undefined) subj = { k: later, passive: subj.passive };
  }
  let subjActors: ActorMention[] = [];
  if (subj) {
    subjActors = PRONOUNS.has(s.lower[subj.k])
      ? resolvePronoun(s, subj.k, mentions, ctx)
      : slotActors(s, subj.k, mentions);
    // "his country was ready", "its troops killed", « ses soldats ont tiré »: an actor noun owned by a pronoun
    // stands for the one the pronoun names.
    if (subjActors.length && subjActors.every((m) => m.rank === 0)) {
      const poss = s.children(subj.k).find((c) => OWN_POSSESSIVES.has(s.lower[c]));
      if (poss !== undefined) {
        // "The militia commander said … his fighters were willing": a person noun owns them too.
        const owner = resolvePronoun(s, poss, mentions, ctx).filter(
          (m) => m.rank > 0 || (m.from >= 0 && m.to - m.from <= 3 && personHead(s, m.to - 1)),
        );
        if (owner.length) subjActors = owner;
      }
    }
    // « les deux dirigeants », "the two leaders", "both men": the two parties of the last meeting or deal
    // (« X s'est rendu à Karsa, où il a rencontré Y. Les deux hommes ont signé … »), else the two actors of
    // the last named subject.
    const pairWord = s.children(subj.k).some((c) => PAIR_WORDS.has(s.lower[c]));
    if (
      ctx.lastPair &&
      ctx.pairAge <= PAIR_MAX_AGE &&
      pairWord &&
      PAIR_NOUNS.has(s.lower[subj.k]) &&
      subjActors.every((m) => m.rank === 0)
    )
      subjActors = rememberedMentions(ctx.lastPair);
    else if (ctx.lastSubject.length === 2 && subjActors.every((m) => m.rank === 0) && pairWord)
      subjActors = rememberedMentions(ctx.lastSubject);
    if (datelinePlace(s, subj.k)) subjActors = [];
    // Every name between that comma and the verb ("Valdoria and Karsania agreed").
    if (commaSpan >= 0) {
      const span = mentions.filter((m) => m.from > commaSpan && m.to <= anchor);
      if (span.length) subjActors = preferNamed(groupActors(s, span));
    }
    // "Lorries chartered by the Red Cross delivered …": a thing the subject names acts for the agent of the
    // participle describing it.
    if (!subj.passive && subjActors.every((m) => m.kind === "CAP" && !m.entity && m.to - m.from === 1)) {
      const agent = modifierAgent(s, subj.k, anchor);
      if (agent >= 0 && !personHead(s, subj.k)) {
        const by = actorsUnder(s, agent, mentions).filter((m) => m.rank > 0);
        if (by.length) subjActors = by;
      }
    }
    // A second subject the parser attached beside the first (Presidents | Dravec and Oderov).
    const h = s.head![subj.k];
    if (h >= 0 && /^nsubj/.test(s.rel(subj.k)))
      for (const c of s.children(h))
        if (
          c !== subj.k &&
          /^nsubj/.test(s.rel(c)) &&
          !PRONOUNS.has(s.lower[c]) &&
          !datelinePlace(s, c) &&
          // « Soucieuse de relancer les pourparlers, la Valdorie a proposé … »: an opening phrase closed by a
          // comma is no second subject.
          !s.lower.slice(Math.min(c, subj.k), Math.max(c, subj.k)).includes(",")
        ) {
          // "The Venezuelan opposition and the government resumed talks": a body named by a common noun is
          // still the second side.
          const both = [...subjActors, ...actorsUnder(s, c, mentions)];
          const named = preferNamed(both);
          const bodies = both.filter((m) => !named.includes(m) && lexActorNoun(s, m.to - 1));
          subjActors = [...named, ...bodies].sort((a, b) => a.from - b.from);
        }
    // « Le président X et le général Y s'étaient rencontrés »: a parser that roots the sentence on the first
    // conjunct hangs the verb on it as a conj; the noun before « et » is a second subject.
    if (h >= 0 && s.baseRel(h) === "conj") {
      const first = s.head![h];
      const and = s.children(h).find((c) => s.baseRel(c) === "cc" && c > first && c < subj.k);
      if (first >= 0 && first < subj.k && and !== undefined && /^(NOUN|PROPN)$/.test(s.upos(first)))
        subjActors = preferNamed([...actorsUnder(s, first, mentions, false), ...subjActors]);
    }
  }
  // "A suicide bomber blew himself up among worshippers", « un kamikaze s'est fait exploser »: an attacker noun
  // that is the clause's subject names who acts.
  if (
    nominal &&
    s.hasSyntax &&
    /^nsubj/.test(s.rel(t.h)) &&
    !subjActors.length &&
    (ATTACKER_NOUNS.has(s.lemma[t.h]) || ATTACKER_NOUNS.has(s.lower[t.h]))
  ) {
    const own = headPhrase(s, t.h);
    if (own) subjActors = [own];
  }
  // « une aide de la Karsanie est arrivée », "the aid reached 300 million": the trigger noun is the clause's subject.
  const nounIsSubject = nominal && subj !== null && subj.k >= t.i && subj.k < t.to;
  const { objs, preps } = slotsOf(s, t, trs, mentions, anchor, absorber, frame, nominal);
  // Hyphenated pairs in noun triggers (le sommet Dravec-Oderov, the Putin-Kim summit).
  if (nominal) hyphenPair(s, t, mentions, frame, source, target);
  // "by the police in Harare": the place nested in the phrase is not the actor.
  const actorsOfPrep = (k: number) => prepActors(s, k, mentions);
  let agent: ActorMention[] = [];
  let againstNested = false;
  // The target was read from the author of a judged act or from an against-phrase: a named direct object wins.
  let actOfTarget = false;
  let againstTarget = false;
  let looseAgainst = false;
  // "blamed Israel for the bombing of X": a to/for phrase is the target only when there is no object.
  let recipientPP: ActorMention[] = [];
  let takenFrom: ActorMention[] = [];
  const passiveOrNoun = nominal || (subj?.passive ?? false);
  // « signé par 22 des 27 gouvernements », "signed by most of the member states": a parser often hangs the
  // counted noun beside the number the agent phrase starts with; the pair is the agent.
  for (let x = 0; x < preps.length; x++) {
    const { k, prep } = preps[x];
    if (!AGENT_PREPS.has(prep) || (s.upos(k) !== "NUM" && !COUNT_WORDS.has(s.lower[k]))) continue;
    const y = preps.findIndex((o, j) => j !== x && o.k > k && o.k - k <= 5 && OF_CASES.has(o.prep));
    if (y >= 0) preps[y] = { k: preps[y].k, prep };
  }
  for (const { k, prep } of preps) {
    // "pardoned 412 prisoners on Tuesday, among them X": beside an object, a day's phrase is when; a name a
    // parser coordinated with the day is no side of the act.
    if (objs.length && TEMPORAL.has(s.lower[k])) continue;
    let ms = actorsOfPrep(k);
    if (!ms.length) continue;
    // « fournis à la Russie par la Chine et l'Iran »: a parser often hangs the agent phrase on the noun before it.
    if (passiveOrNoun && !AGENT_PREPS.has(prep) && prep !== "act-of") {
      const cut = nestedAgentCase(s, k);
      if (cut >= 0) {
        const by = ms.filter((m) => m.from > cut);
        if (by.length) {
          if (!agent.length) agent = by;
          ms = ms.filter((m) => m.from < cut);
          if (!ms.length) continue;
        }
      }
    }
    const ownPhrase = nominal && s.head![k] === t.h;
    if (prep === "act-of") {
      if (!target.length) {
        target = ms;
        actOfTarget = true;
      }
    } else if (AGENT_PREPS.has(prep)) agent = ms;
    // "threats of the army", « l'offre de la Karsanie »: the of-phrase of these act nouns is who acts.
    else if (ownPhrase && OF_CASES.has(prep) && agentOfNoun(s, t.h) && !source.length) {
      // "issued a condemnation of X", "voiced criticism of X": under a support verb with a subject of its own
      // (no trigger itself), the subject acts and the of-phrase is whom the act is about.
      if (
        anchor !== t.h &&
        s.baseRel(t.h) === "obj" &&
        subjActors.length &&
        !trs.some((u) => u.h === anchor || u.i === anchor)
      ) {
        if (!target.length) target = ms;
      } else source = ms;
    }
    // "gathered on Liberty Square", « sur la place Verte »: a public place is where it happens, never whom.
    else if (PLACE_NOUNS.has(s.lower[k]) || PLACE_NOUNS.has(s.lemma[k])) {
      if (!location) location = ms[0];
    } else if (prep === "'s" && !source.length) source = ms;
    else if (frame === "receive" && FROM_PREPS.has(prep) && !source.length) source = ms;
    // "recaptured the town from the rebels", « a repris la ville aux rebelles »: who loses it is the target.
    else if (
      (t.entry.type === "ASSAULT" || t.entry.type === "COERCE") &&
      frame === "direct" &&
      (prep === "from" || (s.doc.lang === "fr" && (prep === "aux" || prep === "à" || prep === "au"))) &&
      ms.some((m) => m.kind !== "LOC" || m.entity?.startsWith("country:")) &&
      !takenFrom.length
    )
      takenFrom = ms;
    // « acheter des avions à la Chine »: the seller of a French purchase verb is its à-phrase.
    else if (
      frame === "receive" &&
      (prep === "à" || prep === "au" || prep === "aux") &&
      SELLER_A.has(s.lemma[t.h]) &&
      !source.length
    )
      source = ms;
    // Withdrawing from a place or body: what is left is the target (« retirer ses troupes du Liban »).
    else if (
      t.entry.mode === "withdraw" &&
      (prep === "from" || prep === "of" || FROM_PREPS.has(prep)) &&
      !target.length &&
      // "the withdrawal of its troops from Lebanon": the actor's own forces are what is withdrawn, not the target.
      !s.children(k).some((c) => s.rel(c) === "nmod:poss" && OWN_POSSESSIVES.has(s.lower[c]))
    )
      target = ms;
    else if (frame === "transfer" && RECIPIENT_PREPS.has(prep) && !target.length) target = ms;
    else if (frame === "visit" && (RECIPIENT_PREPS.has(prep) || PLACE_PREPS.has(prep)) && !target.length)
      target = ms;
    // "appealed to the international community for help with refugees", "apologised to Congo for …": whom a
    // spoken act is addressed to is its target, before the people or places its for/over phrase names.
    else if (
      frame === "direct" &&
      !nominal &&
      VERBAL.has(t.entry.type) &&
      ADDRESSEE_PREPS.has(prep) &&
      !target.length &&
      // The phrase's own head names the addressee ("agreed to an extension of …" is content, « à Kigali » a place).
      headIsActor(s, k, mentions) &&
      // A city in the phrase is where the words were spoken (« a exprimé à Kigali … »): a capital, or in French
      // a place right after a bare « à » (countries take an article: à la Karsanie, au Mali).
      !ms.some(
        (m) =>
          placeNamed(s, m) ||
          (m.kind === "LOC" &&
            !countryByName(m.name) &&
            (countryByCapital(m.name) !== undefined ||
              (BARE_CITY_PREPS.has(prep) && s.lower[m.from - 1] === prep))),
      )
    )
      target = ms;
    else if ((prep === "entre" || prep === "between") && !source.length && !subjActors.length) source = ms;
    else if (
      (frame === "meet" || frame === "direct" || frame === "host") &&
      PARTNER_PREPS.has(prep) &&
      !target.length
    )
      target = ms;
    else if (
      (frame === "direct" || frame === "intrans") &&
      AGAINST_PREPS.has(prep) &&
      !target.length &&
      // "expelled the envoy over the affair": for a material act, over gives the reason, not the target.
      !(prep === "over" && !VERBAL.has(t.entry.type) && objs.length)
    ) {
      target = ms;
      againstTarget = true;
      // "warned Pakistan against incursions in Kashmir": only a place nested in the phrase, a weak target.
      // "warned the US against any strike on its facilities": an act named in the phrase is what is warned
      // against; whom it would hit is no target beside a named object.
      againstNested =
        !actorsUnder(s, k, mentions).some((m) => !inNestedPP(s, m, k)) ||
        trs.some((u) => u !== t && u.h === k && u.entry.pos === "noun");
      // "accused Iran on Sunday of …": a loose on/at/over phrase yields to a named direct object.
      looseAgainst = !STRICT_AGAINST.has(prep);
    } else if (
      nominal &&
      FROM_PREPS.has(prep) &&
      !source.length &&
      (anchor === t.h || (nounIsSubject && headIsActor(s, k, mentions))) &&
      frame !== "receive"
    )
      source = ms;
    else if (PLACE_PREPS.has(prep) && !location && ms[0].kind !== "PER") location = ms[0];
    else if (frame === "direct" && RECIPIENT_PREPS.has(prep) && !recipientPP.length) recipientPP = ms;
  }
  const slot = { source, location };
  const objActors = objectActorsOf(s, t, frame, objs, mentions, nounIsSubject, nominal, items, slot);
  source = slot.source;
  location = slot.location;
  // « l'arrestation du maire par la police », « l'expulsion de trois diplomates par la Lituanie »: beside a
  // par-phrase, the de-phrase of a French act noun is whom the act is done to; the agent acts.
  const ownAgent =
    nominal && s.doc.lang === "fr" && frame !== "transfer" && source.length
      ? agent.filter((m) => s.dominates(t.h, m.from, 2))
      : [];
  if (ownAgent.length && !source.some((m) => ownAgent.includes(m))) {
    target = source;
    source = ownAgent;
  }
  // "a strike by teachers", "attacks by the rebels": the by-phrase of a noun is its actor.
  if (nominal && anchor === t.h && !source.length && agent.length) source = agent;
  // "the raid, carried out by the rebels": the agent of a participle on the trigger noun is its actor; not when
  // a verb with a subject of its own governs the noun ("will not attend the conference proposed by X").
  if (nominal && !source.length && (anchor === t.h || nounIsSubject || !subjActors.length)) {
    for (const c of s.children(t.h)) {
      if (s.baseRel(c) !== "acl" || s.rel(c) === "acl:relcl") continue;
      const by = s.children(c).find((g) => s.rel(g) === "obl:agent");
      if (by !== undefined) {
        const ms = actorsOfPrep(by);
        if (ms.length) {
          source = ms;
          break;
        }
      }
    }
  }
  // Intransitive verbs (resign, demonstrate) have no passive: a parser's nsubj:pass is their subject.
  // "Iran is prepared to …", « la Karsanie est disposée à »: a participle of a state of mind is no passive.
  // "A protest was staged by dozens of fishermen": one with an agent phrase is a passive all the same.
  let passive =
    (frame === "intrans" && !agent.length) || GRAMMAR.stativeParticiples.has(s.lower[t.h])
      ? false
      : (subj?.passive ?? false);
  // « Signé par 22 gouvernements, l'accord … », "Signed by Chile, the treaty …": a participle with no subject
  // of its own and an agent phrase is a passive whose agent acts.
  if (
    !passive &&
    !nominal &&
    agent.length &&
    s.feat(t.h, "VerbForm") === "Part" &&
    // An active subject or an auxiliary makes it a verb form of its own; a parser's nsubj:pass on the fronted
    // participle is the thing acted on (le traité).
    !s.children(t.h).some((c) => s.rel(c) === "nsubj" || s.baseRel(c) === "aux") &&
    // A real by/par phrase, not a parser's agent label on a plain object.
    s.children(t.h).some((c) => AGENT_PREPS.has(caseWord(s, c)))
  )
    passive = true;
  // "were moved toward the border by the army": a by-phrase the parser hung on a noun or a later verb.
  if (passive && !agent.length && !nominal)
    agent = strayAgent(s, t.to, mentions, AGENT_PREPS).filter((m) => !subjActors.includes(m));
  if (frame === "receive") {
    if (!target.length) target = passive ? agent : subjActors;
  } else if (frame === "host") {
    // The visitor is the source, the host the target; a passive swaps subject and by-phrase.
    // "offered to host a summit": with no visitor the host is the one who acts.
    if (!passive && !objActors.length && !source.length) source = subjActors;
    else {
      if (!target.length) target = passive ? agent : subjActors;
      if (!source.length) source = passive ? subjActors : objActors;
    }
  } else {
    // What is deployed or withdrawn (troops, peacekeepers) is no target: the place or foe is.
    const moved = t.entry.type === "MOBILIZE" || t.entry.mode === "withdraw";
    if (passive && moved && !agent.length && !source.length) {
      // "Nigerian troops were sent to the delta": the forces moved stand for the side that moves them.
      source = subjActors;
    } else if (passive) {
      if (!source.length) source = agent;
      // "were killed in a clash with the rebels": the fight's partner struck, the subject suffered.
      const fight = absorber >= 0 && !agent.length ? trs[absorber] : null;
      if (fight && fight.entry.type === "ASSAULT" && subjActors.length) {
        const partner = s
          .children(fight.h)
          .filter((c) => PARTNER_PREPS.has(caseWord(s, c)))
          .flatMap((c) => {
            // The phrase's own head when it names the actor ("with smugglers near X" is the smugglers).
            const own = mentions.filter((m) => m.from <= c && c < m.to);
            return own.length ? own : actorsOfPrep(c);
          });
        if (partner.length) {
          source = partner;
          target = subjActors;
        }
      }
      // "Tanks were moved toward the border by the army": forces moved are never the target.
      if (!target.length && frame !== "transfer" && !moved) target = subjActors;
      else if (frame === "transfer" && subjActors.length && !subjActors.every((m) => m.rank === 0))
        target = target.length ? target : [];
    } else if (!source.length) source = subjActors;
    // "condemned Japan for the visit by its ministers", "backed the army in its war against X": the named
    // object is whom the act is aimed at; the author of the act judged or the foe named after it is not.
    const namedObject = objs.some((o) => objActors.some((m) => m.rank > 0 && m.from <= o && o < m.to));
    if (
      (againstNested || looseAgainst || ((actOfTarget || againstTarget) && namedObject)) &&
      objActors.some((m) => m.rank > 0) &&
      !moved
    )
      target = objActors;
    // "seized rifles from smugglers at the harbour of X": a place in a loose at/on phrase yields to people
    // the object names.
    // "detained 11 journalists … into alleged links with a banned group": people a material act takes as its
    // object are whom it hits, before a party named in a loose phrase.
    else if (
      looseAgainst &&
      objActors.length &&
      !moved &&
      (target.every((m) => m.kind === "LOC" && !m.entity?.startsWith("country:")) ||
        (!VERBAL.has(t.entry.type) && objs.some((o) => personHead(s, o))))
    )
      target = objActors;
    // "suspended its ties with NATO", "broke off talks with the rebels": the partner of the relation acted on.
    if (!moved && !passive) {
      const partner = objs
        .filter((o) => o < t.i || o >= t.to)
        .flatMap((o) =>
          s.children(o).filter((c) => s.baseRel(c) === "nmod" && PARTNER_PREPS.has(caseWord(s, c))),
        )
        .flatMap((c) => actorsOfPrep(c).filter((m) => m.rank > 0));
      if (partner.length && !partner.some((m) => subjActors.includes(m))) target = partner;
    }
    // "turned down a request by the United States": a parser hangs the act noun's by-phrase on the active verb;
    // whose act a stance judges is its target.
    if (
      !passive &&
      !nominal &&
      !target.length &&
      agent.length &&
      DIRECTED_VERBAL.has(t.entry.type) &&
      objs.some((o) => s.upos(o) === "NOUN" && agent.every((m) => m.from > o))
    )
      target = agent;
    // "spurned the peace plan drawn up by the mediators": the author of the thing judged is the target;
    // "stormed a house held by kidnappers": so is whoever holds the place struck.
    // "Villages held by rebels were shelled": for a passive, the holder of the place its subject names.
    const struck =
      (t.entry.type === "ASSAULT" || t.entry.type === "COERCE") && (!passive || !subjActors.length);
    if ((!passive || struck) && !nominal && !target.length && (DIRECTED_VERBAL.has(t.entry.type) || struck))
      for (const o of passive ? (subj ? [subj.k] : []) : objs) {
        if (s.upos(o) !== "NOUN" || target.length) continue;
        for (const c of s.children(o)) {
          if (s.rel(c) !== "acl") continue;
          // « la demande … partagée déposée par l'opposition »: a parser may chain a second participle below.
          const by =
            s.children(c).find((g) => s.rel(g) === "obl:agent") ??
            s
              .children(c)
              .filter((g) => /^(xcomp|conj)$/.test(s.baseRel(g)) && s.upos(g) === "VERB")
              .flatMap((g) => s.children(g))
              .find((g) => s.rel(g) === "obl:agent");
          if (by !== undefined) target = actorsOfPrep(by);
          if (target.length) break;
        }
      }
    if (!target.length && frame !== "intrans" && !moved) target = objActors;
    if (!target.length) target = recipientPP;
    // "retook the town of X from the rebels": a place taken is where; the side it is taken from is the target.
    if (takenFrom.length && target.every((m) => m.kind === "LOC" && !m.entity?.startsWith("country:")))
      target = takenFrom;
  }
  // « ses livraisons », "its deliveries": a possessive determiner on a trigger noun stands for its source.
  if (nominal && !source.length && frame !== "receive" && frame !== "host") {
    const poss = s.children(t.h).find((c) => OWN_POSSESSIVES.has(s.lower[c]));
    if (poss !== undefined)
      source = resolvePronoun(s, poss, mentions, ctx).filter((m) => !target.includes(m));
  }
  // "the attack, conducted by the rebels": one actor is never both sides of the act.
  if (source.length && target.length) {
    const same = target.filter((m) =>
      source.some((o) => o.from === m.from && o.to === m.to && o.name === m.name),
    );
    if (same.length) target = target.filter((m) => !same.includes(m));
  }
  if (frame === "transfer" && passive && subj && (subj.k < t.i || subj.k >= t.to)) items.push(subj.k);
  // "deliveries of tanks", « les livraisons de munitions »: the of-phrase of a transfer noun is what is sent.
  if (nominal && (frame === "transfer" || frame === "receive") && !items.length)
    for (const c of s.children(t.h)) {
      if (s.baseRel(c) !== "nmod" || !OF_CASES.has(caseWord(s, c))) continue;
      // The phrase's own head names the thing sent; a sender or recipient nested in it (de la Karsanie) stays an actor.
      if (mentions.some((m) => m.rank > 0 && m.from <= c && c < m.to) || lexActorNoun(s, c)) continue;
      items.push(c);
      break;
    }
  // "five soldiers were killed in a clash with the rebels", « tués dans des combats avec les rebelles »: the
  // partner of the fight is who struck, the ones who suffered it its target.
  if (frame === "meet" && t.entry.type === "ASSAULT" && sufferedIn(s, t) && !source.length && target.length) {
    const victim = subjectOf(s, s.head![t.h], 0);
    const victims = victim ? slotActors(s, victim.k, mentions) : [];
    if (victims.length) {
      source = target;
      target = victims;
    }
  }
  // "placed opposition leader X under house arrest": the person the act was hung on is its target.
  if (actedOn >= 0 && !target.length)
    target = slotActors(s, actedOn, mentions).filter((m) => !source.includes(m));
  // "Valdoria secured a commitment from the World Bank", « a obtenu de la Karsanie la promesse de … »: an act
  // noun won from someone is theirs; who wins it is its target.
  if (
    nominal &&
    anchor !== t.h &&
    (ACQUIRE_VERBS.has(s.lemma[anchor]) || ACQUIRE_VERBS.has(s.lower[anchor]))
  ) {
    const from = [...s.children(t.h), ...s.children(anchor)].find(
      (c) => /^(nmod|obl)$/.test(s.baseRel(c)) && FROM_PREPS.has(caseWord(s, c)),
    );
    const giver = from !== undefined ? actorsUnder(s, from, mentions).filter((m) => m.rank > 0) : [];
    if (giver.length && source.length && !source.some((m) => giver.includes(m))) {
      target = source;
      source = giver;
    }
  }
  // "…were shelled by the army, activists said": the speaker of a verb the act is reported under is no side.
  if (target.length) target = target.filter((m) => !speakerAbove(s, m, anchor));
  // « une visite d'État »: the trigger's own words are never its side.
  if (t.to - t.i > 1 && target.length) target = target.filter((m) => m.from < t.i || m.to > t.to);
  return { source, target, location, items, anchor };
}

/** The mention is the subject of a speech verb that governs token v ("…, activists said"). */
function speakerAbove(s: SentenceView, m: ActorMention, v: number): boolean {
  if (!s.hasSyntax || m.from < 0) return false;
  const report = eventLexicon(s.doc.lang ?? "en").reportVerbs;
  for (let x = m.from; x < m.to; x++) {
    const h = s.head![x];
    if (h >= m.from && h < m.to) continue;
    if (!/^nsubj/.test(s.rel(x)) || h < 0 || !report.has(s.lemma[h])) return false;
    for (let cur = s.head![v], n = 0; cur >= 0 && n < 12; cur = s.head![cur], n++) if (cur === h) return true;
    return false;
  }
  return false;
}

/**
 * A verb trigger whose active subject is a plain thing — a common noun that names no actor, no event and
 * no weapon ("the lichen occupied the slope", « la règle exige », "this change would require"): the verb
 * is used in its everyday sense, not as an act between actors.
 */
const VOICE_NOUNS = GRAMMAR.voiceNouns;

function thingSubject(
  s: SentenceView,
  t: Trigger,
  mentions: ActorMention[],
  trigTokens: Set<number>,
): boolean {
  if (t.entry.pos !== "verb" || t.governor >= 0) return false;
  // « des combats ont opposé X et Y »: the fighting that is the subject is the event, its camps the actors.
  if (t.entry.type === "ASSAULT" && OPPOSE_LEMMAS.has(t.entry.lemma)) return false;
  // Only the verb's own subject: one reached through a clause or a noun it modifies is too often a misparse.
  const subjects = s
    .children(t.h)
    .filter((c) => s.rel(c) === "nsubj")
    // "a statement by the ministry condemned …": a document speaks for whoever issued it.
    .filter(
      (c) => !(VERBAL.has(t.entry.type) && (VOICE_NOUNS.has(s.lemma[c]) || VOICE_NOUNS.has(s.lower[c]))),
    );
  if (subjects.length === 0) return false;
  if (commaSubject(s, t.h, mentions) >= 0) return false;
  // « Ces blindés renforcent notre sécurité »: weapons that strengthen something deploy nothing themselves.
  if (t.entry.type === "MOBILIZE" && subjects.every((k) => equipmentAt(s, k))) return true;
  // « Cette nuit, les talibans ont attaqué »: a parser may add a time phrase as a second subject; all must be things.
  return subjects.length > 0 && subjects.every((k) => plainThing(s, k, mentions, trigTokens));
}

function plainThing(s: SentenceView, k: number, mentions: ActorMention[], trigTokens: Set<number>): boolean {
  if (s.upos(k) !== "NOUN" || trigTokens.has(k) || lexActorNoun(s, k)) return false;
  // "their countries", « ses membres »: a possessed noun stands for its owner's people.
  if (s.children(k).some((c) => s.rel(c) === "nmod:poss" || OWN_POSSESSIVES.has(s.lower[c]))) return false;
  if (GRAMMAR.munitions.has(s.lemma[k]) || GRAMMAR.munitions.has(s.lower[k]) || equipmentAt(s, k))
    return false;
  return !actorsUnder(s, k, mentions).length;
}

/** The phrase's own head is an actor (de la Karsanie), not a thing that merely contains a name (de chars Leopard). */
function headIsActor(s: SentenceView, k: number, mentions: ActorMention[]): boolean {
  return mentions.some((m) => m.rank > 0 && m.from <= k && k < m.to) || lexActorNoun(s, k);
}

/** The case words of a noun's complement (deliveries of tanks, livraisons de munitions). */
const OF_CASES = GRAMMAR.ofCases;
const AGENT_OF_NOUNS = GRAMMAR.agentOfNouns;
const PLACE_NOUNS = GRAMMAR.placeNouns;
const BROKER_PARTICIPLES = GRAMMAR.brokerParticiples;
const WHEN_MARKS = GRAMMAR.whenMarks;
const DEFIANCE_CASES = GRAMMAR.defianceCases;

/** "Russian-brokered", "UN-sponsored": a name joined to a participle of mediation names a go-between. */
function brokerWord(s: SentenceView, k: number): boolean {
  // Actors carried over from an earlier sentence (a pair named before) have no token here.
  if (k < 0 || k >= s.length) return false;
  const hyphen = s.lower[k].lastIndexOf("-");
  return hyphen > 0 && BROKER_PARTICIPLES.has(s.lower[k].slice(hyphen + 1));
}

function agentOfNoun(s: SentenceView, k: number): boolean {
  return AGENT_OF_NOUNS.has(s.lemma[k]) || AGENT_OF_NOUNS.has(s.lower[k]);
}

/** Position of a par/by case word inside the phrase under k (not k's own), or -1. */
function nestedAgentCase(s: SentenceView, k: number): number {
  const stack = [...s.children(k)];
  while (stack.length) {
    const c = stack.pop()!;
    if (s.rel(c) === "case" && AGENT_PREPS.has(s.lower[c]) && s.head![c] !== k) return c;
    if (s.rel(c) !== "case") stack.push(...s.children(c));
  }
  return -1;
}

const OWN_POSSESSIVES = GRAMMAR.ownPossessives;
const COMPLEMENTISERS = GRAMMAR.complementisers;
const CONTAINER_NOUNS: ReadonlySet<string> = new Set([...CONTAINER_NOUNS_EN, ...CONTAINER_NOUNS_FR]);

let actorNounSet: Set<string> | null = null;

function lexActorNoun(s: SentenceView, k: number): boolean {
  if (!actorNounSet)
    actorNounSet = new Set([
      ...Object.keys(eventLexicon("fr").actorNouns),
      ...Object.keys(eventLexicon("en").actorNouns),
    ]);
  return actorNounSet.has(s.lower[k]) || actorNounSet.has(s.lemma[k]);
}

const MUST = GRAMMAR.mustWords;

function mustUnderSpeech(s: SentenceView, v: number, rep: { verb: number; prep: boolean } | null): boolean {
  if (!rep || rep.prep || !s.hasSyntax) return false;
  const h = s.head![v];
  const modal =
    s.children(v).some((c) => MUST.has(s.lower[c])) || (h >= 0 && MUST.has(s.lemma[h]) && h !== rep.verb);
  return modal;
}

/** Last resort for a target: the subject of the complement clause, else the first named actor after the trigger. */
function complementTarget(
  s: SentenceView,
  t: Trigger,
  roles: Roles,
  mentions: ActorMention[],
  reporters: Set<ActorMention>,
): ActorMention[] {
  const used = new Set([...roles.source, ...roles.target]);
  if (s.hasSyntax) {
    for (const c of s.children(roles.anchor)) {
      if (!/^(ccomp|xcomp)/.test(s.rel(c))) continue;
      const sub = subjectOf(s, c, 0);
      // « a averti que l'UE pourrait imposer des sanctions à X »: a warning is aimed at whom the act would hit.
      if (t.entry.type === "THREATEN") {
        const hit = warnedParty(s, c, mentions, (m) => used.has(m) || reporters.has(m));
        if (hit.length) return hit;
      }
      if (sub && !PRONOUNS.has(s.lower[sub.k])) {
        const ms = actorsUnder(s, sub.k, mentions).filter((m) => !used.has(m) && !reporters.has(m));
        if (ms.length) return ms;
      }
    }
  }
  const srcNames = roles.source.map((m) => m.name.toLowerCase());
  // "If China delivered weapons, the EU would …": a name past the end of the trigger's clause is not its side.
  const clause =
    s.hasSyntax && s.baseRel(roles.anchor) === "advcl" ? new Set(s.subtree(roles.anchor, [])) : null;
  for (const m of mentions) {
    if (
      (clause && !clause.has(m.from)) ||
      m.from < t.to ||
      m.rank === 0 ||
      used.has(m) ||
      reporters.has(m) ||
      overlaps(m, roles.location) ||
      placeNamed(s, m)
    )
      continue;
    if (srcNames.some((n) => n.includes(m.name.toLowerCase()) || m.name.toLowerCase().includes(n))) continue;
    const prev = m.from > 0 ? s.lower[m.from - 1] : "";
    if (ATTRIBUTION_PREPS.has(prev) || (m.from > 1 && ATTRIBUTION_PREPS.has(s.lower[m.from - 2]))) continue;
    return [m];
  }
  return [];
}

/** The named party inside a clause other than its subject: whom the clause's act would hit. */
function warnedParty(
  s: SentenceView,
  clause: number,
  mentions: ActorMention[],
  skip: (m: ActorMention) => boolean,
): ActorMention[] {
  const own = new Set(s.subtree(clause, []));
  const sub = subjectOf(s, clause, 0);
  const subj = new Set(sub ? s.subtree(sub.k, []) : []);
  const hit = mentions.filter((m) => own.has(m.from) && !subj.has(m.from) && m.rank > 0 && !skip(m));
  return hit.length ? [hit[0]] : [];
}

/** Two mentions share a token (a grouped actor is a new object, so identity is not enough). */
function overlaps(m: ActorMention, o: ActorMention | null): boolean {
  return o !== null && m.from < o.to && m.to > o.from;
}

/** A name headed by a public-place noun (place Verte, Liberty Square). */
function placeNamed(s: SentenceView, m: ActorMention): boolean {
  for (let k = m.from; k < m.to; k++)
    if (PLACE_NOUNS.has(s.lower[k]) || PLACE_NOUNS.has(s.lemma[k])) return true;
  return false;
}

function isItemHead(s: SentenceView, k: number): boolean {
  const doc = s.doc;
  const a = s.start[k];
  for (const e of doc.entities) if (e.label === "EQUIP" && e.start <= a && e.end > a) return true;
  return s.children(k).some((c) => s.baseRel(c) === "nummod");
}

function resolvePronoun(s: SentenceView, k: number, mentions: ActorMention[], ctx: Context): ActorMention[] {
  const antecedent = commaRelativeAntecedent(s, k, mentions);
  if (antecedent.length) return antecedent;
  // A pronoun subject inside a clause governed by a speech verb: the speaker.
  let cur = k;
  for (let n = 0; n < 4 && s.head; n++) {
    const h = s.head[cur];
    if (h < 0) break;
    if (/^(ccomp|xcomp|advcl|parataxis)$/.test(s.baseRel(cur)) && cur !== k) {
      const sub = subjectOf(s, h);
      if (sub && !PRONOUNS.has(s.lower[sub.k])) return slotActors(s, sub.k, mentions);
    }
    cur = h;
  }
  // « “Nous ne recevons aucune arme”, a déclaré le porte-parole »: we inside a quote whose speech verb is
  // inserted after it is that verb's speaker.
  if (WE_PRONOUNS.has(s.lower[k]) && s.hasSyntax) {
    const report = eventLexicon(s.doc.lang ?? "en").reportVerbs;
    for (let h = s.head![k], n = 0; h >= 0 && n < 3; h = s.head![h], n++)
      for (const c of s.children(h)) {
        if (c < k || s.baseRel(c) !== "parataxis" || !report.has(s.lemma[c])) continue;
        const sub = subjectOf(s, c);
        if (sub && !PRONOUNS.has(s.lower[sub.k])) return slotActors(s, sub.k, mentions);
      }
  }
  // Relative pronoun: its antecedent, the noun the relative clause hangs on ("the Red Cross, which …, appealed").
  if (s.lower[k] === "qui" || s.lower[k] === "who" || s.lower[k] === "which" || s.lower[k] === "that") {
    const clause = s.head ? s.head[k] : -1;
    const antecedent = clause >= 0 && s.rel(clause) === "acl:relcl" ? s.head![clause] : -1;
    return antecedent >= 0 ? slotActors(s, antecedent, mentions) : [];
  }
  // The main-clause subject earlier in the sentence (X said … he will …), else the previous sentence's subject.
  // « Le président s'est rendu à Karsa, où il a rencontré … »: the earlier subject, even a common noun, before a place.
  const subjectBefore = s.hasSyntax ? mentions.find((m) => m.to <= k && inSubject(s, m.from)) : undefined;
  if (subjectBefore) return [subjectBefore];
  const before = mentions.filter((m) => m.to <= k && m.rank > 0);
  const personBefore = PERSON_PRONOUNS.has(s.lower[k]) ? before.find((m) => personMention(s, m)) : undefined;
  if (personBefore) return [personBefore];
  if (before.length) return [before[0]];
  let previous = ctx.lastSubject.length ? ctx.lastSubject : ctx.lastSource;
  // « Il a demandé … », "He urged …": he/she stand for a person (the last speaker or person subject), not the
  // state named as the last subject (often the subject inside the speaker's direct quote).
  if (
    PERSON_PRONOUNS.has(s.lower[k]) &&
    !ctx.lastSubjectPerson &&
    ctx.lastPerson.length &&
    ctx.personAge <= 2
  )
    previous = ctx.lastPerson;
  return previous.map((a) => actorMention(-1, -1, a.name, a.entity, 1, "CAP"));
}

/**
 * "blamed the Velmar Brigade, which attacked …", « achetés à la Karsanie, qui les aurait livrés »: a relative
 * pronoun right after a comma stands for the name that ends at the comma, also when a parser hung its clause on
 * the verb (advcl, conj) instead of on the noun.
 */
function commaRelativeAntecedent(s: SentenceView, k: number, mentions: ActorMention[]): ActorMention[] {
  if (k < 2 || s.lower[k - 1] !== "," || !GRAMMAR.subjectRelatives.has(s.lower[k])) return [];
  if (s.hasSyntax && s.rel(s.head![k]) === "acl:relcl") return [];
  const before = mentions.filter((m) => m.to === k - 1 && m.rank > 0);
  if (!before.length) return [];
  const last = before[before.length - 1];
  // "Egypt and Qatar, which have brokered …": the relative stands for the whole coordination.
  const end = last.to - 1;
  if (!s.hasSyntax || s.baseRel(end) !== "conj") return [last];
  const first = s.head![end];
  const members = mentions.filter(
    (m) =>
      m !== last &&
      m.rank > 0 &&
      m.to <= last.from &&
      (m.to - 1 === first || (s.baseRel(m.to - 1) === "conj" && s.head![m.to - 1] === first)),
  );
  return [...members, last];
}

/** Token k lies in the subject of some clause. */
function inSubject(s: SentenceView, k: number): boolean {
  for (let cur = k, n = 0; cur >= 0 && n < 6; cur = s.head![cur], n++)
    if (/^nsubj/.test(s.rel(cur))) return true;
  return false;
}

const PERSON_PRONOUNS = GRAMMAR.personPronouns;
const WE_PRONOUNS = GRAMMAR.firstPersonPlural;
const OFFICIAL_NOUNS = GRAMMAR.officialNouns;

/** A mention of one person: a person name, or a singular title phrase (le porte-parole, the defence minister). */
function personMention(s: SentenceView, m: ActorMention): boolean {
  if (m.kind === "PER" || m.entity?.startsWith("person:")) return true;
  if (m.from < 0) return false;
  // The phrase's first noun is a title (« porte-parole du ministère … », "foreign ministry spokesman" reads last).
  for (let k = m.from; k < m.to; k++) {
    if ((OFFICIAL_NOUNS.has(s.lower[k]) || OFFICIAL_NOUNS.has(s.lemma[k])) && s.feat(k, "Number") !== "Plur")
      return true;
    if (m.kind !== "NOUN" && /^(NOUN|PROPN)$/.test(s.upos(k)) && s.doc.lang === "fr") return false;
  }
  return false;
}

/** A singular title word just before a mention (« le porte-parole du ministère »), or -1. */
function officialBefore(s: SentenceView, after: number, from: number): number {
  for (let k = from - 1; k > Math.max(-1, after); k--) {
    if ((OFFICIAL_NOUNS.has(s.lemma[k]) || OFFICIAL_NOUNS.has(s.lower[k])) && s.feat(k, "Number") !== "Plur")
      return k;
    if (s.upos(k) === "PUNCT" || s.upos(k) === "VERB") return -1;
  }
  return -1;
}

/** The we (« nous ») that is verb v's own subject, or -1. */
function weSubject(s: SentenceView, v: number): number {
  const sub = s.hasSyntax ? subjectOf(s, v, 0) : null;
  return sub && WE_PRONOUNS.has(s.lower[sub.k]) ? sub.k : -1;
}

/** Token ranges inside quotation marks (« … », “ … ”, "…"). */
function quotedTokens(s: SentenceView): Set<number> {
  const inside = new Set<number>();
  let open = -1;
  let straight = false;
  for (let k = 0; k < s.length; k++) {
    const w = s.text[k];
    if (open < 0 && (w === "«" || w === "“" || w === '"')) {
      open = k;
      straight = w === '"';
    } else if (open >= 0 && (w === "»" || w === "”" || (straight && w === '"'))) {
      for (let x = open + 1; x < k; x++) inside.add(x);
      open = -1;
    }
  }
  return inside;
}

/**
 * Remembers, after a sentence, its main subject and the last person who spoke or acted, for the pronoun subjects
 * of the next sentences. « “Nous n'avons rien livré”, a déclaré le porte-parole »: the subject inside the direct
 * quote is not the sentence's; its speaker is.
 */
function rememberSubjects(
  s: SentenceView,
  lex: EventLexicon,
  mentions: ActorMention[] | null,
  reporters: { actor: EventActor; verb: number; prep: boolean; mention: ActorMention | null }[],
  ctx: Context,
  mainSources: EventActor[] | null = null,
): void {
  ctx.personAge++;
  const ms = mentions ?? actorMentions(s, lex);
  const quoted = quotedTokens(s);
  let speaker = reporters.find((r) => !r.prep && r.verb >= 0 && !quoted.has(r.verb) && r.mention);
  // « a assuré le porte-parole du ministère X »: the title before the named body is who speaks.
  const title = speaker?.mention
    ? officialBefore(
        s,
        speaker.verb < speaker.mention.from ? speaker.verb : speaker.mention.from - 4,
        speaker.mention.from,
      )
    : -1;
  if (speaker && title >= 0) {
    const np = npMention(s, title);
    if (np)
      speaker = {
        actor: actorFor(s, np),
        verb: speaker.verb,
        prep: speaker.prep,
        mention: actorMention(np.from, np.to, np.name, np.entity, np.rank, "PER"),
      };
  }
  let root = -1;
  if (s.hasSyntax) for (let k = 0; k < s.length && root < 0; k++) if (s.head![k] < 0) root = k;
  if (speaker?.mention && (root < 0 || quoted.has(root) || root === speaker.verb)) {
    ctx.lastSubject = [speaker.actor];
    ctx.lastSubjectPerson = personMention(s, speaker.mention);
    if (ctx.lastSubjectPerson) {
      ctx.lastPerson = [speaker.actor];
      ctx.personAge = 0;
    }
    return;
  }
  const subject = mainSubjectMentions(s, ms);
  // "The EU's foreign policy chief held talks", « la cheffe de la diplomatie européenne s'est entretenue »: a
  // title at the head of the subject is a person, whatever body it names.
  const root0 = root >= 0 ? subjectOf(s, root, 0) : null;
  const head = root0 && !root0.passive ? root0.k : copulaSubjectRoot(s, root) ? root : -1;
  if (
    head >= 0 &&
    (OFFICIAL_NOUNS.has(s.lemma[head]) || OFFICIAL_NOUNS.has(s.lower[head])) &&
    s.feat(head, "Number") !== "Plur" &&
    // "The Egyptian president and General X met": a compound subject is no single person.
    !s.children(head).some((c) => s.baseRel(c) === "conj")
  ) {
    const np = npMention(s, head);
    if (np) {
      const named = subject?.find((m) => m.kind === "PER");
      ctx.lastSubject = [actorFor(s, named ?? np)];
      ctx.lastSubjectPerson = true;
      ctx.lastPerson = ctx.lastSubject;
      ctx.personAge = 0;
      return;
    }
  }
  if (!subject) {
    // A parser that roots the sentence on a noun leaves no main subject: the sources of its main event stand in.
    if (mainSources?.length && root >= 0 && /^(NOUN|PROPN)$/.test(s.upos(root))) {
      ctx.lastSubject = mainSources;
      ctx.lastSubjectPerson =
        mainSources.length === 1 && (mainSources[0].entity?.startsWith("person:") ?? false);
    }
    return;
  }
  ctx.lastSubject = actorsFor(s, subject);
  ctx.lastSubjectPerson = subject.length === 1 && personMention(s, subject[0]);
  if (ctx.lastSubjectPerson) {
    ctx.lastPerson = ctx.lastSubject;
    ctx.personAge = 0;
  } else if (speaker?.mention && personMention(s, speaker.mention)) {
    ctx.lastPerson = [speaker.actor];
    ctx.personAge = 0;
  }
}

/** The named (or titled) subject of the sentence's main verb. */
/**
 * « Le président sénégalais est un fervent défenseur de … »: a parser that roots a copular sentence on its
 * subject hangs the predicate (with its copula) after it; the root noun is the subject.
 */
function copulaSubjectRoot(s: SentenceView, root: number): boolean {
  if (root < 0 || !/^(NOUN|PROPN)$/.test(s.upos(root))) return false;
  return s.children(root).some((c) => c > root && s.children(c).some((g) => g < c && s.rel(g) === "cop"));
}

function mainSubjectMentions(s: SentenceView, mentions: ActorMention[]): ActorMention[] | null {
  if (!s.hasSyntax) return null;
  let root = -1;
  for (let k = 0; k < s.length && root < 0; k++) if (s.head![k] < 0) root = k;
  if (root < 0) return null;
  const sub = subjectOf(s, root, 0) ?? (copulaSubjectRoot(s, root) ? { k: root, passive: false } : null);
  if (!sub || sub.passive || PRONOUNS.has(s.lower[sub.k])) return null;
  const ms = actorsUnder(s, sub.k, mentions).filter((m) => m.rank > 0 || personMention(s, m));
  return ms.length ? ms : null;
}

function rolesLinear(
  s: SentenceView,
  t: Trigger,
  mentions: ActorMention[],
  reporters: Set<ActorMention>,
): Roles {
  const frame = frameOf(t.entry);
  const skip = new Set(reporters);
  let source = leftActors(s, t.i, mentions, skip);
  let target: ActorMention[] = [];
  let location: ActorMention | null = null;
  for (const m of source) skip.add(m);
  if (frame === "transfer") target = rightActors(s, t.to, mentions, RECIPIENT_PREPS, skip);
  else if (t.entry.mode === "withdraw") target = rightActors(s, t.to, mentions, WITHDRAW_PREPS, skip);
  else if (t.entry.type === "MOBILIZE") target = rightActors(s, t.to, mentions, MOBILIZE_PREPS, skip);
  else if (frame === "receive") {
    target = source;
    source = rightActors(s, t.to, mentions, FROM_PREPS, skip);
  } else if (frame === "host") {
    target = source;
    source = rightActors(s, t.to, mentions, null, skip);
  } else if (frame === "visit") target = rightActors(s, t.to, mentions, null, skip);
  else if (frame !== "intrans") target = rightActors(s, t.to, mentions, null, skip);
  else target = rightActors(s, t.to, mentions, AGAINST_PREPS, skip);
  for (const m of target) skip.add(m);
  for (const m of mentions) {
    if (skip.has(m) || m.from < t.to || m.kind === "PER") continue;
    const prev = m.from > 0 ? s.lower[m.from - 1] : "";
    if ((prev === "in" || prev === "à" || prev === "en" || prev === "dans" || prev === "at") && !location)
      location = m;
  }
  const items: number[] = [];
  if (frame === "transfer" || frame === "receive") {
    for (let k = t.to; k < s.length && k < t.to + 8; k++) {
      if (CLAUSE_BREAK.has(s.lower[k]) || RECIPIENT_PREPS.has(s.lower[k]) || s.lower[k] === ",") break;
      if (mentions.some((m) => m.from <= k && m.to > k)) continue;
      if (
        (s.pos ? s.upos(k) === "NOUN" : /^\p{Ll}{3,}/u.test(s.text[k]) && !DETS.has(s.lower[k])) &&
        !PREPS_ALL.has(s.lower[k])
      ) {
        items.push(k);
        break;
      }
    }
  }
  return { source, target, location, items, anchor: t.i };
}

export interface Context {
  lastSource: EventActor[];
  /** Named subject of the last sentence's main verb that had one (antecedent of a pronoun subject). */
  lastSubject: EventActor[];
  /** The last subject is one person. */
  lastSubjectPerson: boolean;
  /** The last person who spoke or was a main subject, and how many sentences ago. */
  lastPerson: EventActor[];
  personAge: number;
  /** The source of the article's last transfer (AID) event: who an agentless « aucun … n'a été livré » is about. */
  lastGiver?: EventActor[];
  /** Whom the last transfer or seized cargo was for: the recipient of « ces armes » in a later sentence. */
  lastRecipient?: EventActor[];
  /** The two parties of the last meeting, deal or cooperation: « les deux hommes », "the two leaders" later. */
  lastPair?: EventActor[];
  /** Sentences since the last pair was named: a pair from far back is no longer « les deux hommes ». */
  pairAge: number;
}

const PAST_AUX = GRAMMAR.pastAuxiliaries;
const PAIR_WORDS: ReadonlySet<string> = new Set(GRAMMAR.pairWords);
const PAIR_NOUNS: ReadonlySet<string> = new Set(GRAMMAR.pairNouns);
const PAIR_TYPES: ReadonlySet<string> = new Set(["CONSULT", "AGREE", "COOPERATE"]);
/** How many sentences after its meeting or deal a pair still stands for « les deux hommes », "the two leaders". */
const PAIR_MAX_AGE = 3;

interface ModalityResult {
  modality: Modality;
  reportedBy?: EventActor;
}

/**
 * A negative function word by its morphology (« pas », « jamais », "not"). Open-class words are left out: the
 * tagger's Polarity=Neg on a name's adjective ("met Israeli Prime Minister …") denies nothing.
 */
function negativeWord(s: SentenceView, k: number): boolean {
  return s.feat(k, "Polarity") === "Neg" && !OPEN_CLASS.has(s.upos(k));
}

/**
 * Negations one level down that the parse separates from the verb: « ne » on the auxiliary when an incise
 * splits them (« La France n'a, elle, livré aucun … »), and the determiner of every subject or object.
 */
function argumentNegations(s: SentenceView, v: number): number[] {
  const out: number[] = [];
  // « Ni la France ni l'Allemagne n'ont fourni … » read with « ont » as the verb and « fourni » its complement.
  const up = s.head![v];
  const auxHead = up >= 0 && s.baseRel(v) === "xcomp" && PAST_AUX.has(s.lemma[up]) ? up : -1;
  for (const x of auxHead >= 0 ? [v, auxHead] : [v])
    for (const c of s.children(x)) {
      const r = s.baseRel(c);
      if (x === auxHead && r === "advmod") out.push(c);
      if (r === "aux") for (const d of s.children(c)) if (s.baseRel(d) === "advmod") out.push(d);
      if (r === "nsubj" || r === "obj")
        for (const d of s.subtree(c, ["acl", "relcl", "punct"]))
          if (
            (s.baseRel(d) === "det" && s.feat(d, "PronType") === "Neg" && s.head![d] === c) ||
            (s.baseRel(d) === "cc" && NEITHER.has(s.lower[d]))
          )
            out.push(d);
    }
  return out;
}

const NEITHER: ReadonlySet<string> = new Set(ARGUMENTS_FR.neitherWords);

const OPEN_CLASS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "VERB", "NUM", "X"]);

function modalityOf(
  s: SentenceView,
  lex: EventLexicon,
  t: Trigger,
  trs: Trigger[],
  anchor: number,
  reporter: { actor: EventActor; verb: number; prep: boolean } | null,
  sourceNames: string[],
): ModalityResult {
  const v = anchor;
  const nominal = t.entry.pos === "noun" && anchor === t.h;
  const gov = t.governor >= 0 ? trs[t.governor] : null;
  const transfer = t.entry.type === "AID";
  // Tokens that speak for the trigger's clause: the anchor, its auxiliaries and adverbs.
  const near: number[] = [];
  if (s.hasSyntax) {
    for (const c of s.children(v)) near.push(c);
    if (v !== t.h) for (const c of s.children(t.h)) near.push(c);
    const subj = subjectOf(s, v, 0);
    if (subj) for (const c of s.children(subj.k)) if (s.baseRel(c) === "det") near.push(c);
    if (gov) for (const c of s.children(gov.i)) near.push(c);
    near.push(...argumentNegations(s, v));
  }
  const windowFrom = Math.max(0, Math.min(v, t.i) - 4);
  const windowTo = Math.min(s.length, Math.max(v, t.i) + 3);
  const lin: number[] = [];
  for (let k = windowFrom; k < windowTo; k++) {
    if (k === v || k === t.i) continue;
    if (k < Math.min(v, t.i) && clauseBetween(s, k, Math.min(v, t.i))) continue;
    if (k > Math.max(v, t.i) && clauseBetween(s, Math.max(v, t.i), k)) continue;
    lin.push(k);
  }
  const cues = s.hasSyntax ? near : lin;
  const has = (set: Set<string>, ks: number[]) => ks.some((k) => set.has(s.lower[k]) || set.has(s.lemma[k]));
  // Negation
  let negated = cues.some((k) => lex.negations.has(s.lower[k]) || negativeWord(s, k));
  // « n'avoir vendu que des pièces »: ne … que restricts, it does not deny (unless pas, jamais … is there too).
  if (negated && restrictedOnly(s, lex, v, cues)) negated = false;
  // "delivered no weapons", « n'a livré aucune arme »: a negative determiner on the object denies the act.
  if (!negated && s.hasSyntax)
    negated = s
      .children(v)
      .filter((c) => s.baseRel(c) === "obj")
      .some((o) => s.children(o).some((d) => s.baseRel(d) === "det" && lex.negations.has(s.lower[d])));
  if (!negated && !s.hasSyntax) negated = has(lex.negations, lin);
  if (!negated && nominal) {
    for (let k = Math.max(0, t.i - 2); k < t.i; k++) if (lex.negations.has(s.lower[k])) negated = true;
  }
  if (gov?.entry.govern === "deny") negated = true;
  if (gov && !negated)
    negated = s.children(gov.i).some((k) => lex.negations.has(s.lower[k]) || negativeWord(s, k));
  if (negated) return withReporter("negated", reporter, sourceNames);
  // "is believed to have sent", "reportedly supplied", « aurait prétendument livré »: an unconfirmed claim.
  if (allegedClaim(s, lex, v, t, cues)) return withReporter("reported", reporter, sourceNames, true);
  // « en cas d'agression », "in case of an attack": an act named as a contingency is hypothetical.
  if (nominal && contingency(s, t.h)) return withReporter("hypothetical", reporter, sourceNames);
  // Hypothetical: conditional mood, modal verbs, if-clauses, éventuel/potential.
  let pastConditional = false;
  let hypothetical = false;
  const frCond = (k: number) => lex.lang === "fr" && /[^s]rai(en)?t$/.test(s.lower[k]);
  const mood = frCond(v) ? "Cnd" : s.feat(v, "Mood");
  const auxes = s.hasSyntax
    ? s.children(v).filter((c) => s.baseRel(c) === "aux")
    : lin.filter((k) => k < v && AUX_FORMS_COND.has(s.lower[k]));
  if (mood === "Cnd") hypothetical = true;
  for (const a of auxes) if (s.feat(a, "Mood") === "Cnd" || frCond(a)) pastConditional = true;
  const speechGoverned = reporter !== null && !reporter.prep;
  const modalCue = (s.hasSyntax ? [...auxes, ...(s.head && s.head[v] >= 0 ? [s.head[v]] : [])] : lin).find(
    (k) => lex.modals.has(s.lower[k]) || (lex.lang === "fr" && s.lemma[k] === "pouvoir" && k < v),
  );
  if (modalCue !== undefined) {
    if ((s.lower[modalCue] === "would" || s.lower[modalCue] === "could") && speechGoverned) {
      // Reported future: "said it would deliver".
      if (s.lower[modalCue] === "would")
        return withReporter(transfer ? "pledged" : "planned", reporter, sourceNames);
    }
    // Future in the past in a complement clause ("expressed hope that talks would resume"), with no if-clause.
    if (
      s.lower[modalCue] === "would" &&
      s.hasSyntax &&
      /^(ccomp|acl)/.test(s.rel(v)) &&
      !s.children(v).some((c) => s.baseRel(c) === "advcl") &&
      !s.children(v).some((c) => s.baseRel(c) === "mark" && lex.conditionals.has(s.lower[c]))
    )
      return withReporter(transfer ? "pledged" : "planned", reporter, sourceNames);
    hypothetical = true;
  }
  if (s.hasSyntax && s.children(v).some((c) => s.baseRel(c) === "mark" && lex.conditionals.has(s.lower[c])))
    hypothetical = true;
  if (nominal || t.entry.pos === "noun") {
    for (const c of s.hasSyntax ? s.children(t.h) : lin)
      if (lex.hypotheticalAdjectives.has(s.lower[c])) hypothetical = true;
    if (t.i > 0 && lex.hypotheticalAdjectives.has(s.lower[t.i - 1])) hypothetical = true;
  }
  if (pastConditional && !hypothetical) {
    // Journalistic conditional (aurait livré): an allegation, not a hypothesis.
  } else if (
    hypothetical &&
    lex.lang === "fr" &&
    mood === "Cnd" &&
    speechGoverned &&
    !modalCue &&
    reporter.verb >= 0 &&
    reporter.verb < t.i
  ) {
    // Future in the past under a speech verb (il a annoncé qu'il livrerait).
    return withReporter(transfer ? "pledged" : "planned", reporter, sourceNames);
  } else if (
    hypothetical &&
    lex.lang === "fr" &&
    mood === "Cnd" &&
    reporter &&
    !modalCue &&
    !s.children(v).some((c) => s.baseRel(c) === "mark" && lex.conditionals.has(s.lower[c]))
  ) {
    // Journalistic conditional (« Moscou fournirait des drones, estiment des responsables », « selon X, Y
    // livrerait … »): a claim someone reports, not a hypothesis nor a promise.
    return withReporter("reported", reporter, sourceNames, true);
  } else if (hypothetical) return withReporter("hypothetical", reporter, sourceNames);
  // « La Turquie aurait proposé de livrer des drones »: an offer or promise itself reported in the journalistic
  // conditional is a claim.
  if (
    lex.lang === "fr" &&
    gov &&
    s.hasSyntax &&
    s.children(gov.h).some((c) => s.baseRel(c) === "aux" && (s.feat(c, "Mood") === "Cnd" || frCond(c)))
  )
    return withReporter("reported", reporter, sourceNames, true);
  // Pledged and planned. « a promis à l'Ukraine un système », "promised Kyiv tanks": the promise is the transfer's modality.
  if (transfer && PROMISE_LEMMAS.has(t.entry.lemma)) return withReporter("pledged", reporter, sourceNames);
  const govKind = gov?.entry.govern;
  if (govKind === "pledge") return withReporter("pledged", reporter, sourceNames);
  if (govKind === "agree" || govKind === "plan")
    return withReporter(transfer ? "pledged" : "planned", reporter, sourceNames);
  let future = s.feat(v, "Tense") === "Fut" || auxes.some((a) => s.feat(a, "Tense") === "Fut");
  if (!future) future = (s.hasSyntax ? auxes : lin).some((k) => lex.futureWords.has(s.lower[k]));
  // "The president is to visit China": be + to-infinitive is the news future.
  if (!future && s.hasSyntax && lex.lang === "en") {
    const kids = s.children(v);
    future =
      kids.some((c) => s.lower[c] === "to" && s.baseRel(c) === "mark") &&
      kids.some((c) => s.lemma[c] === "be" && (s.baseRel(c) === "cop" || s.baseRel(c) === "aux"));
  }
  if (!future && s.head && s.head[v] >= 0) {
    const h = s.head[v];
    // "announced it will …", "plans to …"; not "announced it had withdrawn" (a completed complement).
    const completed =
      s.rel(v).startsWith("ccomp") &&
      (s.feat(v, "Tense") === "Past" ||
        auxes.some((a) => PAST_AUX.has(s.lemma[a]) || PAST_AUX.has(s.lower[a])));
    if (
      (lex.planVerbs.has(s.lemma[h]) || lex.futureWords.has(s.lemma[h])) &&
      // "the government plans to sign" with "plans" tagged as a noun, "its plan to sign": a plan all the same.
      (/^(xcomp|ccomp)/.test(s.rel(v)) ||
        (((s.rel(v) === "acl" && s.upos(h) === "NOUN") || (s.rel(v) === "advcl" && s.upos(h) === "ADJ")) &&
          s.children(v).some((c) => s.lower[c] === "to"))) &&
      !completed
    )
      future = true;
  }
  if (!future && !s.hasSyntax) future = lin.some((k) => k < v && lex.planVerbs.has(s.lemma[k]));
  // « a annoncé une aide de 250 millions », "announced a new aid package": an announced transfer is pledged.
  if (!future && transfer && t.entry.pos === "noun" && v !== t.h && lex.planVerbs.has(s.lemma[v]))
    future = true;
  const pledgedAdj =
    nominal &&
    [...(s.hasSyntax ? s.children(t.h) : []), t.h + 1, t.h + 2].some(
      (k) => k < s.length && lex.pledgedAdjectives.has(s.lower[k]),
    );
  if (pledgedAdj) return withReporter(transfer ? "pledged" : "planned", reporter, sourceNames);
  if (future) return withReporter(transfer ? "pledged" : "planned", reporter, sourceNames);
  // Delivered: a completed transfer.
  if (transfer) {
    const already = (s.hasSyntax ? near : lin).some((k) => lex.deliveredWords.has(s.lower[k]));
    const perfect =
      (s.feat(v, "VerbForm") === "Part" &&
        auxes.some((a) => PAST_AUX.has(s.lemma[a]) || PAST_AUX.has(s.lower[a]))) ||
      // "the tanks were delivered": a past passive is done, unless still under way ("were being shipped").
      (s.feat(v, "VerbForm") === "Part" &&
        auxes.some((a) => s.rel(a) === "aux:pass" && s.feat(a, "Tense") === "Past") &&
        !auxes.some((a) => s.feat(a, "VerbForm") === "Ger")) ||
      (s.feat(v, "Tense") === "Past" && s.feat(v, "VerbForm") === "Fin") ||
      (!s.pos && linearPerfect(s, v, lex.lang));
    const deliveredAdj =
      nominal && [t.i + 1, t.i + 2].some((k) => k < s.length && lex.deliveredWords.has(s.lower[k]));
    // The journalistic conditional (« aurait fourni ») stays an allegation unless the sentence says it is done (déjà).
    if (already || deliveredAdj || (perfect && !nominal && !pastConditional))
      return withReporter("delivered", reporter, sourceNames);
  }
  if (pastConditional) return withReporter("reported", reporter, sourceNames, true);
  return withReporter(reporter ? "reported" : "asserted", reporter, sourceNames);
}

/** Only ne (Polarity=Neg) denies the verb, and a restrictive que follows it: « n'a vendu que … ». */
function restrictedOnly(s: SentenceView, lex: EventLexicon, v: number, cues: number[]): boolean {
  if (lex.restrictives.size === 0) return false;
  const strong = cues.some((k) => lex.negations.has(s.lower[k]) && s.lemma[k] !== "ne");
  if (strong) return false;
  for (let k = v + 1; k < Math.min(s.length, v + 4); k++) {
    if (lex.restrictives.has(s.lower[k])) return true;
    if (s.upos(k) === "PUNCT" || s.upos(k) === "VERB") break;
  }
  return false;
}

/** An unconfirmed claim: an alleged-adverb on the verb, or a passive believe/say verb governing it. */
function allegedClaim(s: SentenceView, lex: EventLexicon, v: number, t: Trigger, cues: number[]): boolean {
  if (cues.some((k) => lex.allegedWords.has(s.lower[k]))) return true;
  // Linear look-back, the parser often misreads these: "is believed to have delivered", "is said to be supplying".
  for (let k = Math.min(v, t.i) - 1; k >= Math.max(0, Math.min(v, t.i) - 5); k--) {
    if (lex.allegedWords.has(s.lower[k])) return true;
    if (
      (lex.allegedVerbs.has(s.lemma[k]) || lex.allegedVerbs.has(s.lower[k])) &&
      s.feat(k, "VerbForm") === "Part" &&
      k > 0 &&
      // "is believed", "is also believed", « serait soupçonnée »
      (GRAMMAR.passiveAuxiliaries.has(s.lower[k - 1]) ||
        (k > 1 && s.upos(k - 1) === "ADV" && GRAMMAR.passiveAuxiliaries.has(s.lower[k - 2]))) &&
      (s.lower[k + 1] === "to" || s.lower[k + 1] === "d'" || s.lower[k + 1] === "de")
    )
      return true;
    if (s.upos(k) === "PUNCT" || CLAUSE_BREAK.has(s.lower[k])) break;
  }
  return false;
}

const CONTINGENCY_NOUNS = GRAMMAR.contingencyNouns;

/** The act noun hangs on « en cas de » / "in case of" / "in the event of". */
function contingency(s: SentenceView, h: number): boolean {
  if (!s.hasSyntax) return h >= 2 && CONTINGENCY_NOUNS.has(s.lower[h - 2]);
  const head = s.head![h];
  return (
    (head >= 0 && CONTINGENCY_NOUNS.has(s.lower[head])) ||
    (h >= 2 && CONTINGENCY_NOUNS.has(s.lower[h - 2]) && /^(de|d'|of)$/.test(s.lower[h - 1]))
  );
}

const AUX_FORMS_COND = GRAMMAR.conditionalAuxiliaries;
const AUX_FORMS = GRAMMAR.auxiliaryForms;

/** A completed verb form without a tagger: an auxiliary before a participle, or an English -ed form. */
function linearPerfect(s: SentenceView, v: number, lang: string): boolean {
  const w = s.lower[v];
  const participle =
    lang === "fr" ? /(é|ée|és|ées|i|is|ie|u|us|ue|ert|erts|is)$/.test(w) : /(ed|en|t)$/.test(w);
  for (let k = Math.max(0, v - 3); k < v; k++) if (AUX_FORMS.has(s.lower[k]) && participle) return true;
  return lang === "en" && /ed$/.test(w);
}

function withReporter(
  modality: Modality,
  reporter: { actor: EventActor; verb: number; prep: boolean } | null,
  sourceNames: string[],
  forceReported = false,
): ModalityResult {
  if (!reporter) return { modality };
  const own = sourceNames.some((n) => sameName(n, reporter.actor.name));
  if (own && !reporter.prep)
    return { modality: modality === "reported" && !forceReported ? "asserted" : modality };
  return { modality, reportedBy: reporter.actor };
}

function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** Who the sentence attributes its content to: selon X, according to X, X said/reported. */
/** What opens a speech incise: a comma or a closing quotation mark before the verb. */
const INCISE_OPENERS = new Set([",", "»", "”", '"', "''"]);
/** Auxiliaries between the comma and an inverted speech verb (« …, a annoncé le Kremlin »). */
const INCISE_AUXILIARIES = GRAMMAR.inciseAuxiliaries;

function findReporter(
  s: SentenceView,
  lex: EventLexicon,
  mentions: ActorMention[],
  triggerTokens: Set<number>,
): { actor: EventActor; verb: number; prep: boolean; mention: ActorMention | null }[] {
  const out: { actor: EventActor; verb: number; prep: boolean; mention: ActorMention | null }[] = [];
  for (let k = 0; k < s.length; k++) {
    const w = s.lower[k];
    if (lex.reportPrepositions.has(w) || (w === "d'" && s.lower[k + 1] === "après")) {
      const from = w === "according" || w === "d'" ? k + 2 : k + 1;
      let stop = from;
      while (stop < s.length && s.lower[stop] !== "," && stop - from < 10) stop++;
      const near = mentions.filter((x) => x.from >= from && x.from < stop);
      let m = near.length ? (preferNamed(groupActors(s, near))[0] ?? null) : null;
      if (m) m = wholeReporter(s, m, from, stop);
      let a = from;
      while (a < s.length && DETS.has(s.lower[a])) a++;
      let b = a;
      while (b + 1 < s.length && s.lower[b + 1] !== "," && s.lower[b + 1] !== "." && b - a < 5) b++;
      const actor: EventActor = m
        ? toActor(s, m)
        : { name: s.slice(a, b), start: s.start[a], end: s.end[b], entity: undefined };
      if (a < s.length) out.push({ actor, verb: -1, prep: true, mention: m ?? null });
    }
  }
  for (let k = 0; k < s.length; k++) {
    if (triggerTokens.has(k)) continue;
    if (!lex.reportVerbs.has(s.lemma[k]) && !lex.reportVerbs.has(s.lower[k])) continue;
    // « …, a assuré le porte-parole », "…, has said the ministry": the incise may open on an auxiliary.
    let open = k - 1;
    while (open > 0 && INCISE_AUXILIARIES.has(s.lower[open])) open--;
    const incise =
      k > 0 &&
      INCISE_OPENERS.has(s.lower[open]) &&
      k + 1 < s.length &&
      (DETS.has(s.lower[k + 1]) || startsActor(s, k + 1));
    // An inverted speech verb after a comma is often mistagged (« affirment » as an adverb).
    if (s.pos && s.upos(k) !== "VERB" && !incise) continue;
    let m: ActorMention | null = null;
    if (s.hasSyntax) {
      const sub = subjectOf(s, k, 0);
      if (sub && !PRONOUNS.has(s.lower[sub.k])) {
        const ms = slotActors(s, sub.k, mentions);
        m = ms[0] ?? null;
      }
    } else {
      m =
        [...mentions].reverse().find((x) => x.to <= k && k - x.to <= 3) ??
        mentions.find((x) => x.from > k && x.from - k <= 2) ??
        null;
    }
    // « …, affirme le quotidien X. », "…, said the ministry": an incise puts the speaker after its verb.
    // Not a present participle (« …, affirmant n'avoir vendu aucun drone à X »): its speaker is the main subject.
    if (!m && k > 0 && INCISE_OPENERS.has(s.lower[open]) && !presentParticiple(s, k)) {
      let stop = k + 1;
      while (stop < s.length && s.lower[stop] !== "," && s.lower[stop] !== "." && stop - k < 10) stop++;
      const after = mentions.filter((x) => x.from > k && x.from < stop);
      m = after.length ? (preferNamed(groupActors(s, after))[0] ?? null) : null;
      if (!m && stop > k + 1) {
        const head = s.hasSyntax
          ? s.children(k).find((c) => /^(obj|nsubj)/.test(s.rel(c)) && c < stop)
          : undefined;
        if (head !== undefined) m = npMention(s, head);
      }
    }
    if (m) out.push({ actor: toActor(s, m), verb: k, prep: false, mention: m });
  }
  return out;
}

/**
 * The reporter after « selon » / "according to" is the whole noun phrase of its mention, modifiers and
 * complements included (« les services de renseignement estraviens », "the Mirovian intelligence
 * services"), not its head noun alone; bounded by the comma that ends the phrase.
 */
function wholeReporter(s: SentenceView, m: ActorMention, from: number, stop: number): ActorMention {
  if (!s.hasSyntax) return m;
  let head = -1;
  for (let k = m.from; k < m.to; k++) if (s.head![k] < m.from || s.head![k] >= m.to) head = k;
  if (head < 0 || s.upos(head) !== "NOUN") return m;
  const np = npMention(s, head);
  if (!np || np.to > stop || np.to < m.to) return m;
  // "according to" hangs on its noun: the phrase starts after the preposition and its determiners
  let a = Math.max(np.from, from);
  while (a < m.from && (DETS.has(s.lower[a]) || s.upos(a) === "ADP")) a++;
  if (a > m.from || np.to - a <= m.to - m.from) return m;
  return actorMention(a, np.to, s.slice(a, np.to - 1), undefined, 0, "NOUN");
}

/** A present participle (« affirmant », "saying"), which opens an adjunct, not an inverted incise. */
function presentParticiple(s: SentenceView, k: number): boolean {
  return s.feat(k, "VerbForm") === "Part" && s.feat(k, "Tense") === "Pres";
}

/** True when an actor name starts at k (after determiners): a capitalised word. */
function startsActor(s: SentenceView, k: number): boolean {
  let x = k;
  while (x < s.length && DETS.has(s.lower[x])) x++;
  return x < s.length && /^\p{Lu}/u.test(s.text[x]);
}

/** One item of a transfer: its words, count and bound, and where it stands. */
interface Item {
  text: string;
  quantity?: number;
  bound?: QuantityBound;
  start: number;
  end: number;
}

function itemOf(s: SentenceView, k: number): Item[] {
  // Every conjunct, also those a parser chains to the previous one (trois drones, deux radars et un camion).
  const heads = [k];
  for (let x = 0; x < heads.length; x++)
    for (const c of s.children(heads[x])) if (s.baseRel(c) === "conj" && !heads.includes(c)) heads.push(c);
  heads.sort((a, b) => a - b);
  const out: Item[] = [];
  for (const h of heads) {
    if (!s.hasSyntax) {
      out.push({ text: s.text[h], start: s.start[h], end: s.end[h] });
      continue;
    }
    // "gave what they could", « ce que », "nothing": a pronoun or function word names no item.
    if (/^(PRON|DET|SCONJ|CCONJ|ADP|PART|AUX)$/.test(s.upos(h))) continue;
    const toks = s.subtree(h, ["conj", "cc", "acl", "relcl", "advcl", "parataxis"]);
    const a = toks[0];
    let b = toks[toks.length - 1];
    // Stop at a recipient phrase or a clause break inside the item.
    for (const x of toks)
      if (
        x > h &&
        (RECIPIENT_PREPS.has(s.lower[x]) ||
          s.lower[x] === "," ||
          (s.lower[x] === "en" && s.lower[x + 1] === "échange") ||
          (s.lower[x] === "in" && (s.lower[x + 1] === "exchange" || s.lower[x + 1] === "return")) ||
          ((FROM_PREPS.has(s.lower[x]) || s.lower[x] === "from") && startsActor(s, x + 1)))
      ) {
        b = Math.min(b, x - 1);
        break;
      }
    const num = s
      .children(h)
      .find((c) => s.baseRel(c) === "nummod" || (s.baseRel(c) === "det" && UNIT_ARTICLES.has(s.lower[c])));
    out.push(spanItem(s, a, b, h, num));
  }
  return out;
}

/** The item of tokens a..b headed by h, trimmed of edge punctuation and linking words, with its count. */
function spanItem(s: SentenceView, a: number, b: number, h: number, num: number | undefined): Item {
  while (a < h && (s.upos(a) === "PUNCT" || s.upos(a) === "CCONJ" || s.upos(a) === "ADP")) a++;
  while (b > h && s.upos(b) === "PUNCT" && !/[»"”]/.test(s.text[b])) b--;
  // The parser may hang the number on a modifier ("five kamikaze drones"): the first number of the span.
  if (num === undefined) for (let x = a; x < h && num === undefined; x++) if (s.upos(x) === "NUM") num = x;
  // « plus de 200 000 obus », "at least 310,000 shells": the bound words leave the item and mark its quantity;
  // the parser may head such an item with « plus » or « milliers », so any count inside the span will do.
  const counted =
    num === undefined
      ? s.doc.quantities.find((q) => !q.currency && !q.ordinal && q.start >= s.start[a] && q.end <= s.end[b])
      : s.doc.quantities.find((q) => q.start <= s.start[num!] && q.end > s.start[num!]);
  if (num === undefined && counted)
    for (let x = a; x <= b && num === undefined; x++) if (s.start[x] >= counted.start) num = x;
  if (counted?.bound && num !== undefined) while (a < num && s.start[a] < counted.start) a++;
  const item: Item = {
    text: s.slice(a, b),
    start: s.start[a],
    end: s.end[b],
  };
  if (num !== undefined) {
    const q = quantityOf(s, num);
    if (q !== null) item.quantity = q;
    if (q !== null && counted?.bound) item.bound = counted.bound;
  }
  return item;
}

const UNIT_ARTICLES: ReadonlySet<string> = new Set([
  ...ARGUMENTS_FR.unitArticles,
  ...EVENT_ARGUMENTS_EN.unitArticles,
]);
const ITEM_LIST_WORDS: ReadonlySet<string> = new Set([
  ...ARGUMENTS_FR.itemListWords,
  ...EVENT_ARGUMENTS_EN.itemListWords,
]);

/**
 * « une aide de 325 millions de dollars, comprenant cinq drones, un radar et des gilets », "a package, including
 * five drones and a radar": the list after the comma is what the transfer holds, one item per member, read
 * linearly because parsers hang such lists anywhere.
 */
function listedItems(s: SentenceView, from: number): Item[] {
  let p = from + 1;
  while (p < s.length && !(ITEM_LIST_WORDS.has(s.lower[p]) && s.text[p - 1] === ",")) p++;
  const out: Item[] = [];
  if (p >= s.length) return out;
  const quoted = quotedTokens(s);
  let a = p + 1;
  for (let k = p + 1; k <= s.length; k++) {
    // The sentence's end, or a new clause (a finite verb with its subject), ends the list.
    const end =
      k === s.length ||
      /^[.;:!?]$/.test(s.text[k]) ||
      (s.upos(k) === "VERB" &&
        s.feat(k, "VerbForm") === "Fin" &&
        s.children(k).some((c) => /^nsubj/.test(s.rel(c))));
    if (!end && (quoted.has(k) || !(s.text[k] === "," || s.upos(k) === "CCONJ"))) continue;
    let h = a;
    while (h < k && !/^(NOUN|PROPN)$/.test(s.upos(h))) h++;
    if (h < k) out.push(spanItem(s, a, k - 1, h, UNIT_ARTICLES.has(s.lower[a]) ? a : undefined));
    if (end) break;
    a = k + 1;
  }
  return out;
}

const TEMPORAL = GRAMMAR.temporalWords;

const VERBAL = new Set(["AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"]);

const GIFT_EXCHANGE = GRAMMAR.giftExchangeLemmas;

/**
 * Events of one document before merging.
 *
 * @example
 * extractEvents(doc).map((e) => e.event.type); // ["AID", "CONSULT"]
 */
export function extractEvents(doc: Doc): SentenceEvent[] {
  const lex = eventLexicon(doc.lang ?? "en");
  const out: SentenceEvent[] = [];
  const ctx: Context = {
    lastSource: [],
    lastSubject: [],
    lastSubjectPerson: false,
    lastPerson: [],
    personAge: 99,
    pairAge: 99,
  };
  const ranges = sentenceTokenRanges(doc);
  const sentenceEntities = entitiesBySentence(doc, ranges);
  for (let si = 0; si < ranges.length; si++) {
    const [from, to] = ranges[si];
    const s = new SentenceView(doc, from, to);
    const trs = findTriggers(s, lex);
    const sentenceOut = out.length;
    ctx.pairAge++;
    if (trs.length === 0) {
      sentenceWithoutTriggers(s, lex, sentenceEntities[si], ctx, out);
      continue;
    }
    relate(s, trs);
    const mentions = affiliatedPeople(s, withoutDateline(s, actorMentions(s, lex, sentenceEntities[si])));
    const trigTokens = triggerTokens(trs);
    const reporters = findReporter(s, lex, mentions, trigTokens);
    const reporterMentions = new Set(
      reporters.map((r) => r.mention).filter((m): m is ActorMention => m !== null),
    );
    const evidence = { start: s.start[0], end: s.end[s.length - 1] };
    // Acts a charge is about (accused X of delivering …), and the events of their governors.
    const claimed: number[] = [];
    const eventOfTrigger = new Map<number, Event>();
    for (let ti = 0; ti < trs.length; ti++) {
      const t = trs[ti];
      if (t.dropped || t.absorbedBy >= 0) continue;
      const govKind = t.entry.govern;
      const governed = trs.filter((u) => u.governor === ti && !u.dropped);
      if (govKind && govKind !== "absorb" && governed.length > 0) continue;
      if (t.governor >= 0 && trs[t.governor].entry.govern === "absorb" && !trs[t.governor].dropped) {
        if (trs[t.governor].entry.mode === "allege" && CLAIMED_TYPES.has(t.entry.type)) claimed.push(ti);
        continue;
      }
      // "people gathered in the square": a gathering is a demonstration only when a crowd gathers.
      if (t.entry.crowd && !crowdSubject(s, lex, t.h)) continue;
      if (t.entry.troops && !troopSubject(s, t.h)) continue;
      if (s.hasSyntax && thingSubject(s, t, mentions, trigTokens)) continue;
      // "an aid convoy", "attack helicopters", "protest leaders": a trigger noun that only qualifies another
      // noun names a kind of thing, not an act.
      if (s.hasSyntax && modifierNoun(s, t, trigTokens)) continue;
      const absorbing = govKind === "absorb" && governed.length > 0;
      const roles = triggerRoles(s, lex, t, ti, trs, mentions, ctx, reporterMentions);
      settleRoles(s, lex, t, roles, mentions, reporters, reporterMentions, absorbing);
      protestPurpose(s, lex, t, trs, roles, mentions, ctx);
      judgedAuthor(s, t, trs, roles, mentions, ctx);
      if (!roles.target.length && t.entry.type === "ACCUSE" && s.hasSyntax)
        roles.target = allegedActor(s, t, mentions);
      if ((t.entry.mode === "boycott" || t.entry.lemma.startsWith("boycott")) && s.hasSyntax) {
        const origin = boycottedOrigin(s, roles.anchor, mentions);
        if (origin.length) roles.target = origin;
      }
      invitedBy(s, t, roles, mentions);
      letterAddressee(s, t, roles, mentions);
      refusalArguments(s, t, roles, mentions);
      transferArguments(s, t, roles, mentions, ctx);
      // "claimed that the economy grew": a claim that puts no one in the wrong is no allegation.
      if (t.entry.clause && !roles.target.length) continue;
      const source = actorsFor(s, roles.source);
      const target = actorsFor(s, roles.target);
      const kind = eventKind(
        s,
        lex,
        t,
        trs,
        roles,
        mentions,
        ctx,
        reporters,
        reporterMentions,
        governed,
        absorbing,
        source,
        target,
      );
      pushTriggerEvent(doc, s, lex, t, ti, roles, source, target, kind, evidence, ctx, out, eventOfTrigger);
    }
    demandsUnderSpeech(s, reporters, mentions, out, evidence);
    blameUnderSpeech(s, reporters, mentions, out, evidence);
    verdictUnderSpeech(s, lex, mentions, ctx, out, evidence, true);
    if (s.hasSyntax) orderedFrom(s, out, sentenceOut);
    if (s.hasSyntax) notRuledOut(s, out, sentenceOut);
    if (s.hasSyntax) clauseAddressee(s, out, sentenceOut);
    if (s.hasSyntax && lex.lang === "fr") announcedWithdrawal(s, out, sentenceOut);
    if (s.hasSyntax && lex.lang === "fr") opposedSides(s, out, sentenceOut, mentions);
    if (s.hasSyntax && lex.lang === "fr") meetingPartner(s, out, sentenceOut, mentions);
    if (s.hasSyntax && lex.lang === "fr") visitedPlace(s, out, sentenceOut, mentions);
    if (s.hasSyntax && lex.lang === "fr") strayAgainst(s, out, sentenceOut, mentions);
    if (s.hasSyntax && lex.lang === "fr") threatenedPartner(s, out, sentenceOut, mentions);
    if (s.hasSyntax && lex.lang === "fr") proposedBy(s, out, sentenceOut, mentions);
    if (s.hasSyntax && lex.lang === "fr") includedAside(s, out, sentenceOut, mentions);
    // « a imposé jeudi des sanctions »: a verb and its act noun the parser failed to join give one event.
    for (let x = out.length - 1; x > sentenceOut; x--) {
      const a = out[x];
      const twin = out
        .slice(sentenceOut, x)
        .find(
          (b) =>
            b.event.type === a.event.type &&
            b.event.modality === a.event.modality &&
            Math.abs(b.tokenIndex - a.tokenIndex) <= 4 &&
            sameNames(b.event.source, a.event.source) &&
            sameNames(b.event.target, a.event.target),
        );
      if (twin) out.splice(x, 1);
    }
    for (const ui of claimed) {
      const claim = claimedEvent(s, trs, ui, eventOfTrigger.get(trs[ui].governor), mentions, ctx, evidence);
      if (claim) out.push(claim);
    }
    const mainEvent = out.slice(sentenceOut).find((x) => x.main && x.event.source.length);
    rememberGiver(out.slice(sentenceOut), ctx);
    rememberSubjects(s, lex, mentions, reporters, ctx, mainEvent?.event.source ?? null);
  }
  return out;
}

type Reporter = ReturnType<typeof findReporter>[number];

/** « a reçu les corvettes commandées à l'Italie »: the seller in the participle on what was received. */
function sellerOfObject(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  for (const o of s.children(v)) {
    if (s.baseRel(o) !== "obj") continue;
    for (const p of s.children(o)) {
      if (s.baseRel(p) !== "acl" || !SELLER_A.has(s.lemma[p])) continue;
      const from = s.children(p).find((c) => A_CASES.has(caseWord(s, c)) || FROM_PREPS.has(caseWord(s, c)));
      if (from !== undefined) return actorsUnder(s, from, mentions);
    }
  }
  return [];
}

const RULE_OUT_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.ruleOutLemmas);

/**
 * « Le Pentagone n'a pas exclu de livrer des missiles à l'Ukraine »: an act not ruled out is a possibility
 * (hypothetical); « le Canada a exclu de livrer … » one ruled out will not happen (negated). Ruling out is no
 * event of its own there.
 */
function notRuledOut(s: SentenceView, out: SentenceEvent[], from: number): void {
  for (let x = out.length - 1; x >= from; x--) {
    const e = out[x];
    // « n'a pas exclu de livrer », « n'écarte pas l'idée de céder »: the ruling-out verb a few hops up.
    let v = s.head![e.tokenIndex];
    for (let n = 0; n < 2 && v >= 0 && !RULE_OUT_LEMMAS.has(s.lemma[v]); n++) v = s.head![v];
    if (v < 0 || !RULE_OUT_LEMMAS.has(s.lemma[v])) continue;
    // « a exclu tout dialogue avec les rebelles »: an act noun that is the ruling-out verb's own object.
    const nounObject =
      s.upos(e.tokenIndex) === "NOUN" && s.baseRel(e.tokenIndex) === "obj" && s.head![e.tokenIndex] === v;
    if (s.upos(e.tokenIndex) !== "VERB" && !nounObject) continue;
    // « a exclu de livrer »: ruled out, it will not happen.
    e.event.modality = s.children(v).some((c) => s.feat(c, "Polarity") === "Neg")
      ? "hypothetical"
      : "negated";
    const own = out.findIndex((o, n) => n >= from && o.tokenIndex === v);
    if (own >= 0) out.splice(own, 1);
  }
}

/**
 * "Students staged a sit-in outside the vice chancellor's office, demanding that he …", "Farmers blocked
 * motorways into Paris, pledging to lay siege … until the government drops …": a protest is aimed at whom the
 * clause on it addresses its demand, not at the place where it stands (the manual's PROTEST recipient); so is
 * a charge brought at a court ("filed a case at the ICJ alleging that …").
 */
function clauseAddressee(s: SentenceView, out: SentenceEvent[], from: number): void {
  for (let x = from; x < out.length; x++) {
    const e = out[x].event;
    // "filed a case at the International Court of Justice alleging that Israel's campaign …": a charge brought
    // at a court is aimed at whom the allegation clause names, not at the court.
    if ((e.type !== "PROTEST" && e.type !== "ACCUSE") || !e.target.every((a) => inPlacePhrase(s, a)))
      continue;
    const clause = out.find(
      (o, n) =>
        n >= from &&
        o !== out[x] &&
        o.event.target.length > 0 &&
        // A demand, pledge or warning made with the protest; not an act the clause tells of ("where 24 were killed").
        VERBAL.has(o.event.type) &&
        s.upos(o.tokenIndex) === "VERB" &&
        /^(advcl|xcomp)/.test(s.rel(o.tokenIndex)) &&
        s.head![o.tokenIndex] === out[x].tokenIndex &&
        !o.event.target.some((a) => inPlacePhrase(s, a) || e.source.some((b) => b.name === a.name)),
    );
    if (clause) e.target = clause.event.target;
  }
}

/** The actor stands in a place phrase (into Paris, outside the office) or is the possessor of one. */
function inPlacePhrase(s: SentenceView, a: EventActor): boolean {
  let k = -1;
  for (let t = 0; t < s.length; t++) if (s.start[t] <= (a.start ?? -1) && (a.start ?? -1) < s.end[t]) k = t;
  if (k < 0) return false;
  // The mention's head: climb while the head stays inside the mention.
  while (s.head![k] >= 0 && s.start[s.head![k]] < (a.end ?? 0) && s.start[s.head![k]] >= (a.start ?? 0))
    k = s.head![k];
  if (PLACE_CASES.has(caseWord(s, k))) return true;
  return s.rel(k) === "nmod:poss" && s.head![k] >= 0 && PLACE_CASES.has(caseWord(s, s.head![k]));
}

const ANNOUNCE_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.announceLemmas);
const WITHDRAW_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.withdrawLemmas);

/**
 * The manual (CONCEDE): "announced … would withdraw troops" is a RETREAT in the future, coded CONCEDE: « a
 * annoncé qu'elle retirerait ses troupes », « que ses troupes quitteraient le Tchad ». The announcement is the
 * concession, made now (asserted). French only: the English PLOVER gold records code these AGREE (docs/events.md).
 * Forces withdrawn (« ses troupes ») keep it a military retreat even when an organisation is named nearby.
 */
function announcedWithdrawal(s: SentenceView, out: SentenceEvent[], from: number): void {
  for (const e of out.slice(from)) {
    const ev = e.event;
    if (ev.modality !== "planned" || ev.mode !== "withdraw" || !WITHDRAW_LEMMAS.has(e.lemma)) continue;
    const v = e.tokenIndex;
    if (ev.type !== "RETREAT" && !(ev.type === "SANCTION" && troopsMoved(s, v))) continue;
    let up = s.head![v];
    for (let n = 0; n < 2 && up >= 0 && !ANNOUNCE_LEMMAS.has(s.lemma[up]); n++) up = s.head![up];
    if (up < 0 || !ANNOUNCE_LEMMAS.has(s.lemma[up])) continue;
    ev.type = "CONCEDE";
    ev.mode = undefined;
    ev.modality = "asserted";
  }
}

const OPPOSE_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.opposeLemmas);
const MEETING_OBJECTS: ReadonlySet<string> = new Set(ARGUMENTS_FR.meetingObjects);

const STRAY_AIM_PREPS: ReadonlySet<string> = new Set(ARGUMENTS_FR.strayAimPreps);

const INCLUSION_WORDS: ReadonlySet<string> = new Set(ARGUMENTS_FR.inclusionWords);

/**
 * « a libéré quatre otages, dont deux touristes sud-coréens »: the people an inclusion aside names are some of
 * the phrase before it (a parser makes them its conjunct); that phrase is the side.
 */
function includedAside(s: SentenceView, out: SentenceEvent[], from: number, mentions: ActorMention[]): void {
  for (const e of out.slice(from)) {
    e.event.target = e.event.target.map((a) => {
      const m = mentions.find((x) => x.from >= 0 && s.start[x.from] === a.start);
      if (!m) return a;
      const h = mentionHead(s, m);
      const whole = s.head![h];
      if (whole < 0 || s.baseRel(h) !== "conj" || !s.children(h).some((c) => INCLUSION_WORDS.has(s.lower[c])))
        return a;
      const np = headPhrase(s, whole);
      return np && !e.event.source.some((x) => x.name === np.name) ? actorFor(s, np) : a;
    });
  }
}

/** Stances that judge a thing someone put forward. */
const STANCE_ON_PROPOSAL = new Set(["SUPPORT", "REJECT"]);

/**
 * « a apporté son soutien au plan de paix proposé par l'Angola pour l'est de la RDC », « a rejeté le projet
 * présenté par X »: backing or rejecting a thing put forward by someone is aimed at its author (the agent of the
 * participle on it), not at a place the thing concerns.
 */
function proposedBy(s: SentenceView, out: SentenceEvent[], from: number, mentions: ActorMention[]): void {
  for (const e of out.slice(from)) {
    if (!STANCE_ON_PROPOSAL.has(e.event.type) || s.upos(e.tokenIndex) !== "VERB") continue;
    // The thing judged: the verb's object, or a phrase on that object (« son soutien au plan »).
    const things = s.children(e.tokenIndex).filter((c) => s.baseRel(c) === "obj");
    for (const o of [...things]) for (const c of s.children(o)) if (s.baseRel(c) === "nmod") things.push(c);
    for (const k of things) {
      const part = s.children(k).find((c) => s.baseRel(c) === "acl" && s.feat(c, "VerbForm") === "Part");
      const by = part === undefined ? undefined : s.children(part).find((c) => s.rel(c) === "obl:agent");
      if (by === undefined) continue;
      const author = actorsUnder(s, by, mentions).filter(
        (m) => !inNestedPP(s, m, by) && !e.event.source.some((a) => a.name === m.name),
      );
      if (author.length) e.event.target = author.map((m) => actorFor(s, m));
      break;
    }
  }
}

/** Every actor of the list is a town of the sentence (or the list is empty). */
function townsOnly(s: SentenceView, actors: EventActor[], mentions: ActorMention[]): boolean {
  return actors.every((a) => {
    const m = mentions.find((x) => x.from >= 0 && s.start[x.from] === a.start);
    return m !== undefined && cityMention(m);
  });
}

/** Acts aimed at someone: a contre-phrase names whom. */
const AIMED_TYPES = new Set(["ASSAULT", "THREATEN", "ACCUSE", "SANCTION", "COERCE", "PROTEST"]);

/**
 * « ont fait usage de gaz lacrymogène et de balles en caoutchouc contre des manifestants », « un mandat d'arrêt a
 * été émis par un tribunal de Kinshasa contre un ancien chef rebelle »: a contre-phrase a parser hung on the noun
 * before it (a conjunct, the agent) still says whom the act is aimed at, when only a place (or no one) was found.
 */
function strayAgainst(s: SentenceView, out: SentenceEvent[], from: number, mentions: ActorMention[]): void {
  for (const e of out.slice(from)) {
    if (!AIMED_TYPES.has(e.event.type)) continue;
    // Only a town (or no one) found: « … qui tentaient de rejoindre le palais à Conakry ».
    if (!townsOnly(s, e.event.target, mentions)) continue;
    for (let x = e.tokenIndex + 1; x < s.length; x++) {
      if (CLAUSE_BREAK.has(s.lower[x]) || RELATIVES.has(s.lower[x])) break;
      if (!STRAY_AIM_PREPS.has(s.lower[x]) || s.baseRel(x) !== "case") continue;
      const aim = actorsUnder(s, s.head![x], mentions).filter(
        (m) => !cityMention(m) && !e.event.source.some((a) => a.name === m.name),
      );
      if (aim.length) e.event.target = aim.map((m) => actorFor(s, m));
      break;
    }
  }
}

/**
 * « L'Azerbaïdjan a menacé de rompre ses relations diplomatiques avec la France si … »: a threat to cut ties (or
 * any act on relations) with no target but a town is aimed at the partner of those relations.
 */
function threatenedPartner(
  s: SentenceView,
  out: SentenceEvent[],
  from: number,
  mentions: ActorMention[],
): void {
  for (const e of out.slice(from)) {
    if (e.event.type !== "THREATEN" || s.upos(e.tokenIndex) !== "VERB") continue;
    if (!townsOnly(s, e.event.target, mentions)) continue;
    const act = s.children(e.tokenIndex).find((c) => s.baseRel(c) === "xcomp" && s.upos(c) === "VERB");
    if (act === undefined) continue;
    const partner = s
      .children(act)
      .filter((o) => s.baseRel(o) === "obj")
      .flatMap((o) => s.children(o).filter((c) => c > o && PARTNER_PREPS.has(caseWord(s, c))))
      .flatMap((c) => actorsUnder(s, c, mentions).filter((m) => !inNestedPP(s, m, c)));
    if (partner.length) e.event.target = partner.map((m) => actorFor(s, m));
  }
}

/**
 * « La visite de Xi Jinping en Russie … », « la visite d'Emmanuel Macron au Maroc »: a visit noun with no host
 * named goes to the place its own à/en-phrase names (the conventions: the host is the target).
 */
function visitedPlace(s: SentenceView, out: SentenceEvent[], from: number, mentions: ActorMention[]): void {
  for (const e of out.slice(from)) {
    const k = e.tokenIndex;
    if (
      e.event.type !== "CONSULT" ||
      e.event.mode !== "visit" ||
      e.event.target.length ||
      s.upos(k) !== "NOUN"
    )
      continue;
    // « la visite du président valdorien en Karsanie »: a parser may hang the place on the visitor's phrase.
    const visitor = s
      .children(k)
      .filter((c) => c > k && s.baseRel(c) === "nmod" && OF_CASES.has(caseWord(s, c)));
    const place = [k, ...visitor]
      .flatMap((h) =>
        s.children(h).filter((c) => c > h && s.baseRel(c) === "nmod" && PLACE_PREPS.has(caseWord(s, c))),
      )
      .flatMap((c) => actorsUnder(s, c, mentions).filter((m) => !inNestedPP(s, m, c)))
      .filter((m) => !e.event.source.some((a) => a.name === m.name));
    if (place.length) e.event.target = [actorFor(s, place[0])];
  }
}

/**
 * « a annulé la rencontre prévue lundi avec des émissaires d'une coalition de gangs »: an act on a meeting (cancel,
 * refuse, postpone) with no target is aimed at the other side of that meeting, named by an avec-phrase on the
 * meeting noun or on the participle that describes it.
 */
function meetingPartner(s: SentenceView, out: SentenceEvent[], from: number, mentions: ActorMention[]): void {
  for (const e of out.slice(from)) {
    if (e.event.target.length || s.upos(e.tokenIndex) !== "VERB") continue;
    const meeting = s
      .children(e.tokenIndex)
      .find(
        (c) => s.baseRel(c) === "obj" && (MEETING_OBJECTS.has(s.lemma[c]) || MEETING_OBJECTS.has(s.lower[c])),
      );
    if (meeting === undefined) continue;
    const near = [meeting, ...s.children(meeting).filter((c) => s.baseRel(c) === "acl")];
    const partner = near
      .flatMap((n) => s.children(n))
      .filter((c) => c > meeting && PARTNER_PREPS.has(caseWord(s, c)))
      .flatMap((c) => actorsUnder(s, c, mentions))
      .filter((m) => !e.event.source.some((a) => a.name === m.name));
    if (partner.length) e.event.target = partner.map((m) => actorFor(s, m));
  }
}

/**
 * « des combats ont opposé l'armée et les rebelles », « des heurts ont opposé la police à des manifestants »:
 * fighting that sets two camps against each other has both as actors (the conventions' two-sided ASSAULT), the
 * object and its conjunct or à-phrase; the fighting noun that is the subject names no one.
 */
function opposedSides(s: SentenceView, out: SentenceEvent[], from: number, mentions: ActorMention[]): void {
  for (const e of out.slice(from)) {
    if (e.event.type !== "ASSAULT") continue;
    // The verb itself, or the fighting noun that is its subject (« des affrontements ont opposé … »).
    const up = s.head![e.tokenIndex];
    const v = OPPOSE_LEMMAS.has(e.lemma)
      ? e.tokenIndex
      : up >= 0 && /^nsubj/.test(s.rel(e.tokenIndex)) && OPPOSE_LEMMAS.has(s.lemma[up])
        ? up
        : -1;
    if (v < 0) continue;
    const camps = s
      .children(v)
      .filter((c) => s.baseRel(c) === "obj" || (/^obl/.test(s.baseRel(c)) && A_CASES.has(caseWord(s, c))));
    // « ont opposé dimanche des policiers à … »: the partitive article read as « de » hangs the camp on the day.
    for (const c of s.children(v))
      if (TEMPORAL.has(s.lower[c]))
        for (const g of s.children(c)) if (g > c && OF_CASES.has(caseWord(s, g))) camps.push(g);
    // « X à Y »: the second camp hung on the first.
    for (const c of [...camps])
      for (const g of s.children(c))
        if (s.baseRel(g) === "nmod" && A_CASES.has(caseWord(s, g))) camps.push(g);
    // Each camp's own words (« des policiers à des manifestants à Dakar »: not the place nested in it).
    const campActors = (c: number): ActorMention[] => {
      const own = actorsUnder(s, c, mentions).filter((m) => !inNestedPP(s, m, c));
      const head = own.length || !peopleNoun(s, c) ? null : headPhrase(s, c);
      return head ? [head] : own;
    };
    // « … à Nouméa »: a town where they clash is no camp.
    const sides = camps.flatMap(campActors).filter((m) => !cityMention(m));
    if (sides.length < 2) continue;
    e.event.source = sides.map((m) => actorFor(s, m));
    e.event.target = [];
  }
}

/** The withdrawal verb v moves forces: its object or its subject is troops (« retirer ses troupes »). */
function troopsMoved(s: SentenceView, v: number): boolean {
  const sub = subjectOf(s, v);
  if (sub && (TROOP_WORDS.has(s.lower[sub.k]) || TROOP_WORDS.has(s.lemma[sub.k]))) return true;
  return s
    .children(v)
    .some((c) => s.baseRel(c) === "obj" && (TROOP_WORDS.has(s.lower[c]) || TROOP_WORDS.has(s.lemma[c])));
}

const RECEIVE_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.receiveLemmas);

/**
 * « Taipei a reçu les chasseurs commandés aux États-Unis »: the seller of the participle that describes what
 * was received is who delivered it, and that participle is no event of its own.
 */
function orderedFrom(s: SentenceView, out: SentenceEvent[], from: number): void {
  for (const r of out.slice(from)) {
    if (r.event.type !== "AID" || r.event.source.length || !RECEIVE_LEMMAS.has(r.lemma)) continue;
    const x = out.findIndex(
      (o, n) =>
        n >= from &&
        o !== r &&
        o.event.type === "AID" &&
        SELLER_A.has(o.lemma) &&
        o.tokenIndex > r.tokenIndex &&
        o.event.source.length > 0 &&
        s.feat(o.tokenIndex, "VerbForm") === "Part" &&
        !s.children(o.tokenIndex).some((c) => /^(aux|nsubj)/.test(s.rel(c))),
    );
    if (x < 0) continue;
    r.event.source = out[x].event.source;
    out.splice(x, 1);
  }
}

/**
 * The argument rules of arms-transfer and meeting articles, after a trigger's roles are settled: scene words
 * out (seas, attributions, fronted places), sides the article or the object's phrases give (the last giver
 * or recipient, a seller, whom a cargo was for, a ring of forces), gathered participants, firing into the sea.
 */
function transferArguments(
  s: SentenceView,
  t: Trigger,
  roles: Roles,
  mentions: ActorMention[],
  ctx: Context,
): void {
  if (s.hasSyntax) roles.target = roles.target.filter((m) => !settingNotParty(s, t, m, roles.anchor));
  if (s.hasSyntax && frameOf(t.entry) === "transfer") {
    roles.target = roles.target.filter((m) => m.from < 0 || !countedWeapons(s, m));
    if (!roles.target.length) roles.target = strayRecipient(s, roles.anchor, mentions);
  }
  roles.source = roles.source.filter((m) => m.from < 0 || !onWater(s, m) || roles.source.length === 1);
  if (!roles.target.length) roles.target = recipientOfThoseArms(s, t, roles, ctx);
  if (!roles.source.length && frameOf(t.entry) === "receive" && s.hasSyntax)
    roles.source = sellerOfObject(s, roles.anchor, mentions);
  if (!roles.target.length && t.entry.type === "MOBILIZE")
    roles.target = deployedAround(s, roles.anchor, mentions);
  // « en tirant deux missiles en mer Jaune »: fire with no one hit but the sea is a show of force, a test.
  // "fired a missile into the sea …, South Korea's military said": a side named outside the firing verb's own
  // phrases was not hit.
  if (
    t.entry.type === "ASSAULT" &&
    !roles.target.some((m) => m.from < 0 || s.dominates(t.h, mentionHead(s, m), 3)) &&
    firedIntoWater(s, t)
  ) {
    roles.target = [];
    t.entry = { ...t.entry, type: "MOBILIZE", mode: "weapons" };
  }
  const participants = gatheredParticipants(s, t, mentions);
  if (participants.length) {
    // A multilateral meeting puts every participant in the source, with no target.
    roles.source = participants;
    roles.target = [];
  }
  const askedOf = demandedOf(s, t, roles.anchor, mentions);
  if (askedOf.length) roles.target = askedOf;
  if (!roles.target.length) roles.target = anaphoricTarget(s, t, roles, ctx);
  const meant = s.hasSyntax ? destinedFor(s, roles.anchor, mentions) : [];
  // « saisi au Pirée un chargement destiné au Hezbollah »: the place of the act yields to whom it was for.
  if (
    meant.length &&
    roles.target.every((m) => m.from >= 0 && (placePhrase(s, m) || placeAdjunct(s, m, roles.anchor)))
  )
    roles.target = meant;
}

const DEMAND_OF_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.demandOfLemmas);

/** « La Turquie a exigé de la Suède l'extradition de … »: whom a demand is made of is its target, not its content. */
function demandedOf(s: SentenceView, t: Trigger, v: number, mentions: ActorMention[]): ActorMention[] {
  if (
    !s.hasSyntax ||
    t.entry.type !== "REQUEST" ||
    t.entry.pos !== "verb" ||
    !DEMAND_OF_LEMMAS.has(s.lemma[v])
  )
    return [];
  for (const c of s.children(v))
    if (/^obl/.test(s.rel(c)) && OF_CASES.has(caseWord(s, c))) {
      const ms = actorsUnder(s, c, mentions).filter((m) => m.rank > 0);
      if (ms.length) return ms;
    }
  return [];
}

const COUNT_NOUNS: ReadonlySet<string> = new Set([...GRAMMAR.quantityNouns, ...ARGUMENTS_FR.countingNouns]);

/** « plusieurs centaines de missiles »: a count of weapons, never whom they go to. */
function countedWeapons(s: SentenceView, m: ActorMention): boolean {
  const k = mentionHead(s, m);
  if (!COUNT_NOUNS.has(s.lower[k]) && !COUNT_NOUNS.has(s.lemma[k])) return false;
  return s.children(k).some((c) => OF_CASES.has(caseWord(s, c)) && equipmentAt(s, c));
}

/**
 * « a livré des missiles de courte portée à la Russie » with « portée » read as a participle holding the
 * to-phrase: a recipient phrase on a non-trigger verb right under the transfer verb is the transfer's.
 */
function strayRecipient(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  // « des missiles de moyenne portée au Bangladesh »: the participle may sit a few phrases down the object.
  const below = s.subtree(v, ["punct", "conj", "parataxis", "advcl", "ccomp"]);
  for (const c of below) {
    if (c === v || !/^(xcomp|acl)$/.test(s.rel(c)) || s.upos(c) !== "VERB" || !s.dominates(v, c, 4)) continue;
    // « achetés à X », « commandés à X »: whom it was bought from is no recipient.
    if (SELLER_A.has(s.lemma[c]) || s.children(c).some((g) => s.baseRel(g) === "obj")) continue;
    for (const g of s.children(c))
      if (A_CASES.has(caseWord(s, g)) && s.baseRel(g) === "obl") {
        const ms = actorsUnder(s, g, mentions).filter((m) => m.rank > 0);
        if (ms.length) return ms;
      }
  }
  return [];
}

/** The giver of the sentence's last transfer with one, for the agentless transfers of later sentences. */
function rememberGiver(events: SentenceEvent[], ctx: Context): void {
  for (const x of events) {
    if ((x.event.type === "AID" || x.event.type === "COERCE") && x.event.target.length)
      ctx.lastRecipient = x.event.target;
    const giver = x.event.source;
    if (x.event.type !== "AID" || !giver.length || x.event.modality === "negated") continue;
    // « Le ministre des Armées s'est engagé à … » after « La France a livré … »: the state stays the giver.
    if (ctx.lastGiver?.length && !giver.some((a) => a.entity?.startsWith("country:"))) continue;
    ctx.lastGiver = giver;
  }
}

/** The kind of one trigger's event, decided once its sides are known. */
interface EventKind {
  type: PloverType;
  mode: string | undefined;
  modality: Modality;
  reportedBy: EventActor | undefined;
  place: { depth: number; main: boolean };
}

/** A sentence with no trigger word: demands and charges under speech, and the subjects it leaves for the next. */
function sentenceWithoutTriggers(
  s: SentenceView,
  lex: EventLexicon,
  entities: Parameters<typeof actorMentions>[2],
  ctx: Context,
  out: SentenceEvent[],
): void {
  // "X said Y must …", "X said Y was behind …": a demand or a charge needs no trigger word of its own.
  // The mentions are read once: nothing below changes them.
  const mentions = affiliatedPeople(s, withoutDateline(s, actorMentions(s, lex, entities)));
  if (s.hasSyntax && speechClaimCue(s)) {
    const reporters = findReporter(s, lex, mentions, new Set());
    const evidence = { start: s.start[0], end: s.end[s.length - 1] };
    demandsUnderSpeech(s, reporters, mentions, out, evidence);
    blameUnderSpeech(s, reporters, mentions, out, evidence, true);
  }
  if (s.hasSyntax)
    verdictUnderSpeech(s, lex, mentions, ctx, out, { start: s.start[0], end: s.end[s.length - 1] }, false);
  rememberSubjects(s, lex, mentions, findReporter(s, lex, mentions, new Set()), ctx);
}

/** The roles of one trigger: from the parse, then filled linearly and from the triggers around it. */
function triggerRoles(
  s: SentenceView,
  lex: EventLexicon,
  t: Trigger,
  ti: number,
  trs: Trigger[],
  mentions: ActorMention[],
  ctx: Context,
  reporterMentions: Set<ActorMention>,
): Roles {
  const roles = s.hasSyntax
    ? rolesSyntax(s, t, trs, mentions, ctx)
    : rolesLinear(s, t, mentions, reporterMentions);
  if (s.hasSyntax) {
    // Fill empty slots linearly (parser misses, fragments).
    const lin = rolesLinear(s, t, mentions, reporterMentions);
    // "Dozens died in the raid": the words before the trigger are its victims, not its actor.
    // "if its borders were attacked": a passive with no agent names no actor, the words before it are not one.
    const agentless =
      t.entry.pos === "verb" &&
      s.children(roles.anchor).some((c) => s.rel(c) === "mark" && lex.conditionals.has(s.lower[c])) &&
      (subjectOf(s, roles.anchor, 0)?.passive ?? false);
    const unsaidGiver = !roles.source.length && agentlessTransfer(s, t, roles.anchor);
    if (unsaidGiver) roles.source = giverOfAgentless(s, lex, roles, mentions, ctx);
    if (!roles.source.length && !sufferedIn(s, t) && !agentless && !unsaidGiver) {
      roles.source = lin.source.filter((m) => !roles.target.some((x) => x.from < m.to && m.from < x.to));
      // "his country was ready to …": an actor noun owned by a pronoun stands for the pronoun's owner.
      const m = roles.source.length === 1 && roles.source[0].rank === 0 ? roles.source[0] : null;
      const poss = m && m.from > 0 && OWN_POSSESSIVES.has(s.lower[m.from - 1]) ? m.from - 1 : -1;
      if (poss >= 0) {
        const owner = resolvePronoun(s, poss, mentions, ctx).filter((o) => o.rank > 0);
        if (owner.length) roles.source = owner;
      }
    }
    // An absorbing verb (refuse to …, urge … to …) takes its target from what it governs, below.
    const absorbs = t.entry.govern === "absorb" && trs.some((u) => u.governor === ti && !u.dropped);
    // A warning with a that-clause is aimed at whom the clause's act would hit (complementTarget, below).
    const warnsOf =
      t.entry.type === "THREATEN" && s.children(roles.anchor).some((c) => s.baseRel(c) === "ccomp");
    if (!roles.target.length && frameOf(t.entry) !== "intrans" && !absorbs && !warnsOf) {
      // "Two villages held by rebels were shelled by the army": a passive whose subject the parser lost
      // suffers on the words before it, not on those after it.
      const lostPassive =
        t.entry.pos === "verb" &&
        roles.source.length > 0 &&
        !subjectOf(s, roles.anchor, 0) &&
        s.children(roles.anchor).some((c) => s.rel(c) === "aux:pass");
      const pool = lostPassive
        ? leftActors(s, t.i, mentions, new Set([...reporterMentions, ...roles.source]))
        : lin.target;
      roles.target = pool.filter((m) => !roles.source.some((x) => x.from < m.to && m.from < x.to));
    }
    if (!roles.location) roles.location = lin.location;
    // "sent about twenty tanks" read as a phrase of the verb: what the words after the verb name.
    if (!roles.items.length) roles.items = lin.items;
  }
  // Coordinated with an earlier trigger (« aurait livré … et se serait engagée à en fournir »): its missing roles.
  if (s.hasSyntax && (!roles.source.length || !roles.target.length)) {
    let h = t.h;
    for (let n = 0; n < 3 && h >= 0; n++) {
      if (s.baseRel(h) !== "conj" && s.baseRel(h) !== "xcomp") break;
      h = s.head![h];
      const other = trs.find((u) => u !== t && (u.h === h || u.i === h));
      if (other) {
        const or = rolesSyntax(s, other, trs, mentions, ctx);
        if (!roles.source.length) roles.source = or.source;
        if (!roles.target.length && frameOf(other.entry) === frameOf(t.entry)) roles.target = or.target;
        break;
      }
    }
  }
  // "Hamas accepted an Egyptian proposal for a ceasefire": the side named inside the object of an accepting
  // verb made the offer; the one who accepts is the source, the offer's author the target.
  if (s.hasSyntax && roles.source.length && t.governor >= 0 && t.entry.pos === "noun") {
    const g = trs[t.governor];
    const obj = s.children(g.h).find((c) => s.baseRel(c) === "obj");
    if (
      g.entry.pos === "verb" &&
      g.entry.govern === "agree" &&
      obj !== undefined &&
      roles.source.every((m) => m.from >= 0 && s.dominates(obj, m.from, 6)) &&
      (t.h === obj || s.dominates(obj, t.h, 3))
    ) {
      const gr = rolesSyntax(s, g, trs, mentions, ctx);
      if (gr.source.length && !gr.source.some((m) => roles.source.includes(m))) {
        if (!roles.target.length) roles.target = roles.source;
        roles.source = gr.source;
      }
    }
  }
  // Governed trigger with no subject of its own: the governor's.
  if (!roles.source.length && t.governor >= 0) {
    const g = trs[t.governor];
    const gr = s.hasSyntax
      ? rolesSyntax(s, g, trs, mentions, ctx)
      : rolesLinear(s, g, mentions, reporterMentions);
    roles.source = gr.source;
  }
  // "12 civilians were killed when aircraft bombed a market": an agentless passive act takes the actor of the
  // act of force its when/as-clause tells (the parser may hang the clause on the speech verb above).
  if (
    s.hasSyntax &&
    !roles.source.length &&
    t.entry.pos === "verb" &&
    MATERIAL_CONFLICT.has(t.entry.type) &&
    (subjectOf(s, t.h, 0)?.passive ?? false)
  ) {
    const up = s.head![t.h];
    const how = trs.find(
      (u) =>
        u !== t &&
        MATERIAL_CONFLICT.has(u.entry.type) &&
        u.entry.pos === "verb" &&
        s.baseRel(u.h) === "advcl" &&
        (s.head![u.h] === t.h || (s.head![u.h] === up && u.h > t.h)) &&
        s.children(u.h).some((c) => WHEN_MARKS.has(s.lower[c])),
    );
    if (how) roles.source = rolesSyntax(s, how, trs, mentions, ctx).source;
  }
  return roles;
}

/**
 * A transfer verb in the passive with no agent (« aucun obusier n'a été livré à la Pologne », "no jets will be
 * supplied to Kyiv"): its subject is what is given, never the giver.
 */
function agentlessTransfer(s: SentenceView, t: Trigger, anchor: number): boolean {
  if (t.entry.pos !== "verb" || frameOf(t.entry) !== "transfer") return false;
  const sub = subjectOf(s, anchor, 0);
  return (sub?.passive ?? false) && !s.children(anchor).some((c) => AGENT_PREPS.has(caseWord(s, c)));
}

/**
 * The giver an agentless passive transfer leaves unsaid: the speaker of its incise (« …, a précisé le
 * ministère ») when that speaker is not the recipient, else the giver of the article's last transfer
 * (« Séoul a livré … Aucun obusier n'a en revanche été livré à Varsovie »).
 */
function giverOfAgentless(
  s: SentenceView,
  lex: EventLexicon,
  roles: Roles,
  mentions: ActorMention[],
  ctx: Context,
): ActorMention[] {
  const speaker = inciseSpeaker(s, lex, roles.anchor, mentions);
  if (speaker && !roles.target.some((x) => sameActor(x, speaker))) return [speaker];
  return rememberedUnlessOpposite(ctx.lastGiver ?? [], roles.target);
}

/** One actor named twice: one name inside the other, or the same linked entity. */
function sameActor(a: { name: string; entity?: string }, b: { name: string; entity?: string }): boolean {
  return sameName(a.name, b.name) || (Boolean(a.entity) && a.entity === b.entity);
}

/** Actors remembered from earlier sentences, as mentions with no place in this one. */
function rememberedMentions(actors: readonly EventActor[]): ActorMention[] {
  return actors.map((a) => actorMention(-1, -1, a.name, a.entity, 1, "CAP"));
}

/** Remembered actors for one side of an act, none when one of them already stands on the other side. */
function rememberedUnlessOpposite(
  actors: readonly EventActor[],
  opposite: readonly ActorMention[],
): ActorMention[] {
  return actors.some((a) => opposite.some((m) => sameActor(m, a))) ? [] : rememberedMentions(actors);
}

const DESTINED_LEMMAS: ReadonlySet<string> = new Set(ARGUMENTS_FR.destinedLemmas);

/**
 * « a saisi une cargaison d'armes destinée aux rebelles houthis »: whom the object was meant for is whom the
 * act hits (or, for a transfer, who receives), when nothing else names them.
 */
function destinedFor(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  for (const o of s.children(v)) {
    if (s.baseRel(o) !== "obj") continue;
    // « un boutre chargé d'armes destinées aux shebab »: the addressee may sit a few phrases down.
    const part = s
      .subtree(o, ["punct", "conj", "parataxis"])
      .find((c) => s.baseRel(c) === "acl" && DESTINED_LEMMAS.has(s.lemma[c]) && s.dominates(o, c, 4));
    if (part === undefined) continue;
    const to = s.children(part).find((c) => RECIPIENT_PREPS.has(caseWord(s, c)));
    if (to !== undefined) return actorsUnder(s, to, mentions);
  }
  return [];
}

/** The trigger's verb sends something into a body of water (« tirer deux missiles en mer Jaune »). */
function firedIntoWater(s: SentenceView, t: Trigger): boolean {
  if (!s.hasSyntax || t.entry.pos !== "verb" || !FIRING_LEMMAS.has(s.lemma[t.h])) return false;
  for (const c of s.children(t.h)) {
    // « un missile de courte portée en mer du Japon »: a parser may hang the sea on a participle of the object.
    const near =
      s.baseRel(c) === "obj" ? [c, ...s.children(c), ...s.children(c).flatMap((d) => s.children(d))] : [c];
    if (near.some((k) => WATER_NOUNS.has(s.lower[k]) && PLACE_CASES.has(caseWord(s, k)))) return true;
  }
  return false;
}

/**
 * « Selon Washington, ces armes auraient été fournies par l'Iran »: a transfer of things the article already
 * told of (a demonstrative on them) goes to whom those things were meant for, the last recipient or target.
 */
function recipientOfThoseArms(s: SentenceView, t: Trigger, roles: Roles, ctx: Context): ActorMention[] {
  if (!s.hasSyntax || t.entry.type !== "AID" || t.entry.pos !== "verb" || !ctx.lastRecipient) return [];
  const things = s
    .children(roles.anchor)
    .filter((c) => /^(nsubj|obj)/.test(s.rel(c)) && s.upos(c) === "NOUN");
  // « ces armes », and « les premiers blindés ont été livrés », "the first tanks were delivered": a definite
  // thing delivered with no one named is the one the story already gave someone.
  const told = things.some((k) =>
    s
      .children(k)
      .some(
        (d) => s.upos(d) === "DET" && (s.feat(d, "PronType") === "Dem" || s.feat(d, "Definite") === "Def"),
      ),
  );
  if (!told) return [];
  return rememberedUnlessOpposite(ctx.lastRecipient, roles.source);
}

const AROUND_WORDS: ReadonlySet<string> = new Set(ARGUMENTS_FR.aroundWords);
const AROUND_CASES: ReadonlySet<string> = new Set(EVENT_ARGUMENTS_EN.aroundWords);

/**
 * « envoyés autour de l'île », « massés aux abords de X », "exercises near the islands": the place forces
 * ring names whom they face.
 */
function deployedAround(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  if (!s.hasSyntax) return [];
  // « des navires de guerre près de l'archipel »: the parser may hang the position on what is deployed.
  const objs = s.children(v).filter((c) => s.baseRel(c) === "obj");
  for (const c of [...s.children(v), ...objs.flatMap((o) => s.children(o))]) {
    // English puts the position word on the place as its case; French hangs a de-phrase on an adverb.
    if (AROUND_CASES.has(caseWord(s, c))) {
      const ms = actorsUnder(s, c, mentions);
      if (ms.length) return ms;
    }
    if (!AROUND_WORDS.has(s.lower[c])) continue;
    const under = s.children(c).filter((g) => OF_CASES.has(caseWord(s, g)));
    const ms = under.flatMap((g) => actorsUnder(s, g, mentions));
    if (ms.length) return ms;
  }
  return [];
}

const FIRING_LEMMAS: ReadonlySet<string> = new Set([
  ...ARGUMENTS_FR.firingLemmas,
  ...EVENT_ARGUMENTS_EN.firingLemmas,
]);
const WATER_NOUNS: ReadonlySet<string> = new Set([
  ...ARGUMENTS_FR.waterNouns,
  ...EVENT_ARGUMENTS_EN.waterNouns,
]);

/** The token of a mention that the rest of the sentence hangs it by. */
function mentionHead(s: SentenceView, m: ActorMention): number {
  let cur = m.from;
  for (let x = m.from; x < m.to; x++) if (s.head![x] < m.from || s.head![x] >= m.to) cur = x;
  return cur;
}

/** « en mer d'Oman », « au large du Yémen », « dans le golfe d'Aden »: a body of water or a name inside one. */
function onWater(s: SentenceView, m: ActorMention): boolean {
  if (WATER_NOUNS.has(s.lower[m.from])) return true;
  let k = m.from - 1;
  while (k >= 0 && k >= m.from - 3 && (OF_CASES.has(s.lower[k]) || DETS.has(s.lower[k]))) k--;
  return k >= 0 && k < m.from - 1 && WATER_NOUNS.has(s.lower[k]);
}

/**
 * Words that set the scene rather than name a party: a sea (« en mer d'Oman », « en mer Jaune »), the source of
 * an attribution (« selon le ministère taïwanais »), and a fronted place of a verbal act (« À Moscou, la
 * diplomatie russe a condamné … »).
 */
function settingNotParty(s: SentenceView, t: Trigger, m: ActorMention, anchor: number): boolean {
  if (m.from < 0) return false;
  if (onWater(s, m)) return true;
  let head = mentionHead(s, m);
  // « selon le ministère taïwanais »: a nationality adjective's phrase carries the case word.
  for (let n = 0; n < 3 && !caseWord(s, head) && /^(amod|nmod|flat)/.test(s.rel(head)); n++)
    head = s.head![head];
  if (ATTRIBUTION_PREPS.has(caseWord(s, head))) return true;
  if (MATERIAL_CONFLICT.has(t.entry.type) || m.to >= anchor || s.lower[m.to] !== ",") return false;
  if (!PLACE_CASES.has(caseWord(s, head))) return false;
  for (let x = 0; x < m.from; x++) if (!/^(ADP|DET)/.test(s.upos(x))) return false;
  return true;
}

const JUDGED_TYPES = new Set(["ACCUSE", "REQUEST", "REJECT", "SANCTION"]);
const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(ARGUMENTS_FR.anaphoricDeterminers);

/**
 * « Pékin a condamné cette décision et exigé son annulation », « a dénoncé ces livraisons »: a judgement of
 * an act named by a demonstrative or possessive object is aimed at who did that act, the giver of the
 * article's last transfer (when that is not the judge itself).
 */
function anaphoricTarget(s: SentenceView, t: Trigger, roles: Roles, ctx: Context): ActorMention[] {
  if (!s.hasSyntax || !JUDGED_TYPES.has(t.entry.type) || t.entry.pos !== "verb" || !ctx.lastGiver) return [];
  const obj = s.children(t.h).find((c) => s.baseRel(c) === "obj" && /^(NOUN|PROPN)$/.test(s.upos(c)));
  if (obj === undefined) return [];
  if (!s.children(obj).some((c) => s.upos(c) === "DET" && ANAPHORIC_DETERMINERS.has(s.lower[c]))) return [];
  return rememberedUnlessOpposite(ctx.lastGiver, roles.source);
}

/**
 * The speaker of a speech verb set after the clause of v (« …, a précisé le ministère de la Défense »), as the
 * noun phrase that names them (with the country code of a name inside); null for a pronoun or no such verb.
 */
function inciseSpeaker(
  s: SentenceView,
  lex: EventLexicon,
  v: number,
  mentions: ActorMention[],
): ActorMention | null {
  const up = s.head![v];
  const verb =
    up > v && /^(advcl|ccomp)$/.test(s.baseRel(v)) && lex.reportVerbs.has(s.lemma[up])
      ? up
      : s.children(v).find((c) => c > v && s.baseRel(c) === "parataxis" && lex.reportVerbs.has(s.lemma[c]));
  if (verb === undefined) return null;
  const who = s.children(verb).find((c) => c > verb && /^(nsubj|obj)$/.test(s.baseRel(c)));
  if (who === undefined || PRONOUNS.has(s.lower[who])) return null;
  const np = npMention(s, who);
  if (!np) return null;
  const inside = mentions.find((m) => m.from >= np.from && m.to <= np.to && m.entity);
  return inside?.entity ? { ...np, entity: inside.entity, rank: 1 } : { ...np, rank: 1 };
}

/** The roles of one trigger made final: reporters, incises and places out, fallbacks for an empty target. */
/** Named actors of a partner phrase (with, avec) one level below a phrase or object of verb v. */
function nestedPartner(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  for (const c of s.children(v)) {
    if (s.baseRel(c) !== "obl" && s.baseRel(c) !== "obj") continue;
    for (const g of s.children(c))
      if (g > c && s.baseRel(g) === "nmod" && PARTNER_PREPS.has(caseWord(s, g))) {
        const ms = prepActors(s, g, mentions).filter((m) => m.rank >= 2);
        if (ms.length) return ms;
      }
  }
  return [];
}

function settleRoles(
  s: SentenceView,
  lex: EventLexicon,
  t: Trigger,
  roles: Roles,
  mentions: ActorMention[],
  reporters: Reporter[],
  reporterMentions: Set<ActorMention>,
  absorbing: boolean,
): void {
  // « La Corée du Sud et le Canada ont annoncé des sanctions »: the subject of the speech verb the act noun
  // hangs on is its actor, not a reporter to leave out.
  const ownSpeech = reporters.some((r) => r.verb === roles.anchor && r.verb !== t.i);
  if (!ownSpeech)
    roles.source = roles.source.filter((m) => !reporterMentions.has(m) || roles.source.length === 1);
  // « “Nous n'avons rien reçu”, a dit X »: we as the receiving subject makes the speaker a party.
  const weSpeak = weSubject(s, roles.anchor) >= 0;
  roles.target = roles.target.filter(
    (m) => !roles.source.includes(m) && (weSpeak || !reporterMentions.has(m)),
  );
  // "If China delivered arms to X, the EU would …": the if-clause's act has no side past the clause.
  if (s.hasSyntax && s.baseRel(roles.anchor) === "advcl") {
    const clause = new Set(s.subtree(roles.anchor, []));
    roles.target = roles.target.filter((m) => clause.has(m.from));
  }
  // « …, estiment des responsables américains », "…, U.S. officials said": the speaker of an incise is no side.
  if (!weSpeak)
    roles.target = roles.target.filter(
      (m) => ![...reporterMentions].some((r) => r.from < m.to && m.from < r.to) && !inIncise(s, lex, m, t.i),
    );
  // "sharing intelligence on foreign fighters | with Iraq": a partner phrase a parser hung on another phrase of a
  // meeting or cooperation verb is still the partner, before the topic it was hung on.
  if (s.hasSyntax && frameOf(t.entry) === "meet" && !roles.target.some((m) => m.rank > 0)) {
    const partner = nestedPartner(s, roles.anchor, mentions).filter((m) => !roles.source.includes(m));
    if (partner.length) roles.target = partner;
  }
  // An absorbing verb (refuser de livrer … à Kiev) takes the target of what it governs, below, before any heuristic.
  // « envoyer des chars en Ukraine »: a transfer's destination country is its recipient, before any nearby name.
  if (
    !roles.target.length &&
    frameOf(t.entry) === "transfer" &&
    roles.location &&
    (roles.location.kind === "LOC" || roles.location.entity?.startsWith("country:")) &&
    !roles.source.includes(roles.location)
  )
    roles.target = [roles.location];
  // "insisted that North Korea account for …", "demanded that Iraq return …": the one a demand clause is put
  // to is its subject, before any name further inside the clause.
  if (
    s.hasSyntax &&
    t.entry.type === "REQUEST" &&
    t.entry.pos === "verb" &&
    !s.children(roles.anchor).some((c) => /^(obj|iobj)/.test(s.rel(c)) || RECIPIENT_PREPS.has(caseWord(s, c)))
  ) {
    const clause = s.children(roles.anchor).find((c) => s.baseRel(c) === "ccomp");
    const sub = clause !== undefined ? subjectOf(s, clause, 0) : null;
    let put =
      sub && !PRONOUNS.has(s.lower[sub.k])
        ? actorsUnder(s, sub.k, mentions).filter((m) => m.rank > 0 && !reporterMentions.has(m))
        : [];
    // "demanded that Mexico hand over …" with the subjunctive misparsed: the name right after the
    // complementiser.
    if (!put.length) {
      const that = roles.anchor + 1;
      if (that < s.length && COMPLEMENTISERS.has(s.lower[that])) {
        let k = that + 1;
        while (k < s.length && DETS.has(s.lower[k])) k++;
        put = mentions.filter((m) => m.from === k && m.rank > 0 && !reporterMentions.has(m));
      }
    }
    if (put.length) roles.target = put;
  }
  if (!roles.target.length && !absorbing)
    roles.target = complementTarget(s, t, roles, mentions, reporterMentions);
  // The place an act happens in is what it is directed at when nothing else is (a curfew in X, protests in Y).
  // Not for an absorbing verb: what it governs names its target first ("threatened to expel Moldovan diplomats in
  // Chisinau" is aimed at the diplomats).
  if (
    !roles.target.length &&
    !absorbing &&
    roles.location &&
    !roles.source.includes(roles.location) &&
    frameOf(t.entry) !== "visit" &&
    // "X and Y signed an accord in Nairobi": parties acting together have no recipient (PLOVER, compound
    // and reciprocal actors); the place they meet in is a third place, not the other side.
    !(roles.source.length >= 2 && RECIPROCAL_TYPES.has(t.entry.type))
  )
    roles.target = [roles.location];
  // "killed six villagers in Kashmir": unnamed victims of a material act are known by their place, named beside them.
  else if (
    MATERIAL_CONFLICT.has(t.entry.type) &&
    roles.target.length &&
    roles.target.every((m) => m.rank === 0) &&
    roles.location &&
    roles.location.rank > 0 &&
    !roles.source.includes(roles.location) &&
    !roles.target.includes(roles.location)
  )
    roles.target = [...roles.target, roles.location];
  // A protest is aimed at the party its demand names ("calling for independence from X"), not at the square it fills.
  if (s.hasSyntax && (t.entry.type === "PROTEST" || crowdSubject(s, lex, roles.anchor))) {
    // "in protest at government plans": a body the parser's at-phrase made the location is still an aim.
    const placeOnly = roles.target.every(
      (m) =>
        (m.kind !== "NOUN" || !lexActorNoun(s, m.to - 1)) &&
        (m === roles.location || placePhrase(s, m) || cityMention(m)),
    );
    const aim = placeOnly ? protestAim(s, roles.anchor, mentions, roles.source) : [];
    if (aim.length) roles.target = aim;
    // "a protest in front of the US embassy in Manila": a protest at a diplomatic mission is aimed at its state.
    else if (placeOnly) {
      const mission = missionState(s, roles.anchor, mentions);
      if (mission.length) roles.target = mission;
    }
  }
  // "a missionary was arrested in Lebanon", « expulsé de France »: an arrest, sentence or expulsion with no
  // one named as doing it is the act of the state where it happens.
  // "diplomats were expelled from Bahrain": the state one is expelled from is the one that expels.
  const expelledFrom =
    s.hasSyntax &&
    (t.entry.mode === "expel" || t.entry.mode === "deport") &&
    !roles.source.length &&
    (subjectOf(s, t.h, 0)?.passive ?? false)
      ? s
          .children(t.h)
          .filter((c) => FROM_PREPS.has(caseWord(s, c)))
          .flatMap((c) => actorsUnder(s, c, mentions))
          .find((m) => m.entity?.startsWith("country:"))
      : undefined;
  const placeOfAct = expelledFrom ?? roles.location;
  if (
    !roles.source.length &&
    (t.entry.type === "COERCE" || t.entry.type === "SANCTION") &&
    placeOfAct?.entity?.startsWith("country:") &&
    !roles.target.includes(placeOfAct)
  )
    roles.source = [placeOfAct];
  // « aucun accord sur le gazoduc X », "talks on the Y pipeline": the topic of an accord or talks is no party.
  if (s.hasSyntax && TOPICAL_TYPES.has(t.entry.type)) {
    // The names right before the verb after a comma are its subject, however the parser hung them.
    const bare = t.entry.pos === "verb" && commaSubject(s, roles.anchor, mentions) >= 0;
    const comma = s.lower.lastIndexOf(",", roles.anchor);
    roles.source = roles.source.filter(
      (m) => (bare && m.from > comma && m.to <= roles.anchor) || !topicPhrase(s, m),
    );
    roles.target = roles.target.filter((m) => !topicPhrase(s, m));
  }
  // « X interviendrait en cas d'attaque »: the one who would respond is not the contingency's attacker.
  if (s.hasSyntax && t.entry.pos === "noun" && contingency(s, t.h)) {
    const own = new Set(s.subtree(t.h, []));
    roles.source = roles.source.filter((m) => own.has(m.from));
  }
  // "sur la place Verte": a public place is where it happens, never whom (but a strike may hit a square).
  if (!MATERIAL_CONFLICT.has(t.entry.type)) roles.target = roles.target.filter((m) => !placeNamed(s, m));
  // "met in April at the X naval base", « rencontrés à la base de X »: where a meeting happens is no partner.
  if (
    s.hasSyntax &&
    (frameOf(t.entry) === "meet" ||
      (t.entry.type === "CONSULT" && frameOf(t.entry) !== "visit" && frameOf(t.entry) !== "host"))
  ) {
    const where = roles.target.filter(
      (m) =>
        (placePhrase(s, m) || placeAdjunct(s, m, roles.anchor)) &&
        (m.kind === "LOC" || m.kind === "CAP" || /^(loc|place)/.test(m.entity ?? "")),
    );
    if (where.length) {
      roles.location ??= where[0];
      roles.target = roles.target.filter((m) => !where.includes(m));
    }
  }
  // "refused to step down despite pressure from the opposition": a rejection defies whoever presses for it.
  if (s.hasSyntax && !roles.target.length && t.entry.type === "REJECT") {
    const pressures: number[] = [];
    for (let c = 0; c < s.length; c++)
      if (DEFIANCE_CASES.has(caseWord(s, c)) && s.dominates(roles.anchor, c, 3)) pressures.push(c);
    // « malgré les demandes répétées de la CEDEAO »: the demander may hang on a participle of the noun.
    const despite = pressures
      .flatMap((c) =>
        s
          .children(c)
          .flatMap((g) => (s.baseRel(g) === "acl" ? s.children(g) : [g]))
          .filter((g) => /^(nmod|obl)$/.test(s.baseRel(g)) && !PLACE_PREPS.has(caseWord(s, g))),
      )
      .flatMap((g) => actorsUnder(s, g, mentions));
    if (despite.length) roles.target = despite.filter((m) => !roles.source.includes(m));
  }
  // "a Russian-brokered truce": the go-between is neither side, whatever slot a fallback found it in.
  roles.target = roles.target.filter((m) => !inIncise(s, lex, m, t.i) && !brokerWord(s, m.from));
}

/** Two optional offsets are equal (both absent counts as equal), compared only once both are numbers. */
function sameStart(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined ? b !== undefined && a === b : b === undefined;
}

/** What one trigger's event is: its type, mode and modality, the speaker, sides filled from governed acts. */
function eventKind(
  s: SentenceView,
  lex: EventLexicon,
  t: Trigger,
  trs: Trigger[],
  roles: Roles,
  mentions: ActorMention[],
  ctx: Context,
  reporters: Reporter[],
  reporterMentions: Set<ActorMention>,
  governed: Trigger[],
  absorbing: boolean,
  source: EventActor[],
  target: EventActor[],
): EventKind {
  const govKind = t.entry.govern;
  const rep = pickReporter(s, reporters, t, roles.anchor);
  // A verbal act with no subject of its own is the speaker's ("…, officials said" aside).
  if (!source.length && rep && !rep.prep && VERBAL.has(t.entry.type)) source.push(rep.actor);
  // « “Nous n'avons livré aucun missile”, a déclaré le ministre »: we inside a direct quote is its speaker.
  if (!source.length && rep && !rep.prep) {
    const we = weSubject(s, roles.anchor);
    const quoted = quotedTokens(s);
    if (we >= 0 && quoted.has(we) && !quoted.has(rep.verb)) source.push(rep.actor);
  }
  let { modality, reportedBy } = modalityOf(
    s,
    lex,
    t,
    trs,
    roles.anchor,
    rep,
    source.map((a) => a.name),
  );
  let type = t.entry.type;
  let mode = t.entry.mode;
  if (govKind === "absorb" && governed.length) {
    const inner = governed[0].entry.type;
    mode = mode ?? modeFromComplement(type, inner, governed[0].entry.mode);
    // CAMEO 053 "rally support on behalf of" and 113 "rally opposition against": urging others to
    // support someone is SUPPORT for them, urging them to rise against someone is ACCUSE.
    const rally = type === "REQUEST" ? RALLY[inner] : undefined;
    const gr = rally
      ? s.hasSyntax
        ? rolesSyntax(s, governed[0], trs, mentions, ctx)
        : rolesLinear(s, governed[0], mentions, reporterMentions)
      : null;
    // Only a named party to back or rise against makes it a rally ("asked parliament to approve the budget" is a request).
    // Rising against someone needs the against-phrase ("urged Arabs to mobilize against X"), not "asked … to send troops".
    const against =
      !s.hasSyntax || s.subtree(governed[0].h, []).some((k) => GRAMMAR.aimPreps.has(s.lower[k]));
    // "asked the Duma to ratify the START II treaty": a name qualifying a thing (the treaty) is no party.
    const party = (m: ActorMention) => {
      if (m.rank === 0) return false;
      if (!s.hasSyntax) return true;
      let top = m.from;
      for (let x = m.from; x < m.to; x++) if (s.head![x] < m.from || s.head![x] >= m.to) top = x;
      const h = s.head![top];
      return !(s.baseRel(top) === "compound" && h >= 0 && s.upos(h) === "NOUN" && !lexActorNoun(s, h));
    };
    if (rally && gr && (rally === "SUPPORT" ? gr.target.some(party) : against)) {
      type = rally;
      mode = rally === "ACCUSE" ? "disapprove" : undefined;
      const backed = gr.target
        .map((m) => actorFor(s, m))
        .filter((a) => !source.some((x) => x.name === a.name));
      if (backed.length) target.splice(0, target.length, ...backed);
    }
    if (!target.length) {
      const gr = s.hasSyntax
        ? rolesSyntax(s, governed[0], trs, mentions, ctx)
        : rolesLinear(s, governed[0], mentions, reporterMentions);
      // "warned that the EU could impose sanctions on X": a warning is aimed at whom the act would hit.
      const hit =
        type === "THREATEN" && s.hasSyntax
          ? warnedParty(s, governed[0].h, mentions, (m) => roles.source.includes(m))
          : [];
      const innerActors =
        type === "THREATEN" && (gr.target.length || hit.length)
          ? gr.target.length
            ? gr.target
            : hit
          : gr.source.length && !sameActors(gr.source, roles.source)
            ? gr.source
            : gr.target;
      const alt = (innerActors.length ? innerActors : gr.location ? [gr.location] : []).map((m) =>
        actorFor(s, m),
      );
      target.push(...alt.filter((a) => !source.some((x) => x.name === a.name)));
    }
  }
  if (absorbing && !target.length)
    target.push(
      ...complementTarget(s, t, roles, mentions, reporterMentions)
        .map((m) => actorFor(s, m))
        .filter((a) => !source.some((x) => x.name === a.name)),
    );
  // "threatened to … unless Baghdad accepted …": the party the condition is put to is the target.
  if (type === "THREATEN" && s.hasSyntax) {
    const put = actorsFor(s, conditionParty(s, lex, roles.anchor, mentions));
    const direct = s
      .children(roles.anchor)
      .some((c) => s.baseRel(c) === "obj" && actorsUnder(s, c, mentions).length);
    // "threatened to reimpose sanctions on Venezuela unless …", "would expel French diplomats if Paris …": a
    // threatened act with a named target of its own is aimed at it, not at the condition's party.
    const aimed =
      put.length > 0 &&
      governed.length > 0 &&
      rolesSyntax(s, governed[0], trs, mentions, ctx).target.some(
        // A town one would pull out of ("pull his fighters out of X unless …") is a place, not whom it aims at.
        (m) =>
          m.rank > 0 &&
          !(m.kind === "LOC" && !m.entity?.startsWith("country:")) &&
          !put.includes(m) &&
          !roles.source.includes(m),
      );
    if (put.length && !direct && !aimed)
      target.splice(0, target.length, ...put.filter((a) => !source.some((x) => x.name === a.name)));
  }
  // "X and Y dismantled a trafficking ring in a joint police operation", « X et Y ont commencé à exporter
  // conjointement … »: two sides doing a material act together cooperate (the manual's COOPERATE); a joint
  // attack on a third party stays an ASSAULT.
  if (
    s.hasSyntax &&
    roles.source.length >= 2 &&
    type !== "ASSAULT" &&
    type !== "COOPERATE" &&
    !VERBAL.has(type) &&
    jointAct(s, roles.anchor, t.h)
  ) {
    type = "COOPERATE";
    mode = undefined;
    // Sides acting together have no recipient (the ring, the police operation are what and how).
    target.splice(0, target.length);
  }
  // "Turkey and Armenia opened the border crossing": two sides opening access to each other cooperate (the
  // manual's mutual material cooperation); one side letting others in stays a RETREAT.
  if (
    type === "RETREAT" &&
    mode === "access" &&
    s.hasSyntax &&
    roles.source.length >= 2 &&
    roles.source.every((m) => m.rank >= 2 && m.kind !== "PER")
  ) {
    type = "COOPERATE";
    mode = undefined;
    target.splice(0, target.length);
  }
  // The manual's MOBILIZE note: joint military operations are COOPERATE, single-country exercises MOBILIZE
  // ("India's air force began a large-scale exercise along its western frontier").
  if (
    type === "COOPERATE" &&
    s.hasSyntax &&
    EXERCISE_NOUNS.has(t.entry.lemma) &&
    roles.source.length === 1 &&
    // « des exercices autour de Taïwan »: the side ringed is faced, not a partner.
    (!target.length || deployedAround(s, roles.anchor, mentions).length > 0) &&
    !jointAct(s, roles.anchor, t.h)
  ) {
    type = "MOBILIZE";
    mode = "troops";
  }
  // The manual (SANCTION `withdraw`): leaving an organisation or alliance ("quit ECOWAS", « s'est retiré de
  // l'OTAN ») is a SANCTION; a withdrawal from territory stays a RETREAT.
  // A person quitting a body resigns (RETREAT `resign`); a state or group quitting it withdraws.
  if (
    type === "RETREAT" &&
    (mode === "withdraw" || mode === "resign") &&
    roles.target.length &&
    roles.target.every((m) => m.kind === "ORG") &&
    roles.source.length &&
    roles.source.every((m) => m.kind !== "PER" && !personMention(s, m))
  ) {
    type = "SANCTION";
    mode = "withdraw";
  }
  // "More than 1,000 reservists signed a pledge to boycott training in protest at the government's plan": what a
  // crowd or group does "in protest" is a protest (the manual: collective actions carried out as protests).
  if (
    type !== "PROTEST" &&
    s.hasSyntax &&
    t.entry.pos === "verb" &&
    trs.some(
      (u) =>
        u !== t &&
        u.entry.type === "PROTEST" &&
        u.entry.pos === "noun" &&
        GRAMMAR.placeCases.has(caseWord(s, u.h)) &&
        s.dominates(roles.anchor, u.h, 4),
    ) &&
    crowdSubject(s, lex, roles.anchor)
  ) {
    type = "PROTEST";
    mode = "demo";
  }
  // "Thousands of students protested": a crowd's protest is a street protest, not a complaint.
  // "Farmers blocked border crossings", « des habitants ont bloqué la route »: a crowd that blocks obstructs.
  const crowdAct = /^(protest|protester|manifester)/.test(t.entry.lemma)
    ? "demo"
    : /^boycott/.test(t.entry.lemma)
      ? "boycott"
      : CROWD_OBSTRUCT.has(t.entry.lemma)
        ? "obstruct"
        : "";
  if (
    crowdAct &&
    (type === "ACCUSE" || type === "REJECT" || type === "COERCE") &&
    t.entry.pos === "verb" &&
    crowdSubject(s, lex, roles.anchor)
  ) {
    type = "PROTEST";
    mode = crowdAct;
  }
  // "Rioters set fire to cars": violence by protesters is a riot (PLOVER PROTEST riot); so is a crowd's
  // street violence with stones, fire or looting ("angry residents burned tyres", CAMEO 145).
  if (
    type === "ASSAULT" &&
    s.hasSyntax &&
    (protestersAct(s, lex, roles.anchor) ||
      (STREET_VIOLENCE.has(mode ?? "") && crowdSubject(s, lex, roles.anchor))) &&
    // "protesters beat a television journalist", "an officer was hacked to death by a mob": violence aimed at one
    // person is an assault on them, not the riot's continuous action against a group (the manual's riot mode).
    !onePersonHit(s, roles.anchor)
  ) {
    type = "PROTEST";
    mode = "riot";
  }
  // "Authorities blocked access to the websites": obstruction by the state is a restriction (COERCE), not a protest.
  if (type === "PROTEST" && mode === "obstruct" && stateSubject(s, lex, roles.anchor)) {
    type = "COERCE";
    mode = "restrict";
  }
  // « ordonner le retrait des troupes »: the withdrawal ordered is the event.
  const retyped = senseRetype(s, t, trs);
  if (retyped) {
    type = retyped.type;
    mode = retyped.mode;
  }
  // "Belarus sent tanks to Kazakhstan": weapons (no troops) sent to another state are an arms transfer.
  if (type === "MOBILIZE" && s.hasSyntax && armsToState(s, roles.anchor, source, target)) {
    type = "AID";
    mode = undefined;
    const done =
      s.feat(roles.anchor, "Tense") === "Past" ||
      s.children(roles.anchor).some((c) => PAST_AUX.has(s.lemma[c]) && s.baseRel(c) === "aux");
    if (modality === "asserted" && done) modality = "delivered";
  }
  if (govKind === "agree" && governed.length === 0) type = "AGREE";
  // "offered to help search …", "vowed to rebuild": a promise of an action is an expressed intent (AGREE).
  if (
    govKind === "pledge" &&
    governed.length === 0 &&
    s.hasSyntax &&
    s.children(t.h).some((c) => /^(xcomp|ccomp)/.test(s.rel(c)))
  )
    type = "AGREE";
  // "X said that Y must do Z": a demand by X on Y.
  const must = mustUnderSpeech(s, roles.anchor, rep);
  if (must && rep && type !== "REQUEST") {
    mode = modeFromComplement("REQUEST", type, mode);
    type = "REQUEST";
    target.splice(0, target.length, ...source);
    source.splice(0, source.length, rep.actor);
  }
  // "have agreed to allow …", "promised to send …": a governed act stands where its governing verb stands.
  const place = {
    depth: s.depth(roles.anchor),
    main: mainChain(s, roles.anchor) && !adjunctNoun(s, t, roles.anchor),
  };
  if (s.hasSyntax && t.governor >= 0 && trs[t.governor].entry.govern !== "absorb") {
    const g = trs[t.governor];
    place.depth = Math.min(place.depth, s.depth(g.h));
    place.main ||= mainChain(s, g.h);
  }
  // "will withdraw its force unless …", « suspendra son aide à moins que … »: an act announced on a condition is a threat (CAMEO 13).
  if (
    !VERBAL.has(type) &&
    (modality === "planned" || modality === "pledged" || modality === "hypothetical") &&
    threatCondition(s, lex, roles.anchor, t.to)
  ) {
    mode = modeFromComplement("THREATEN", type, mode);
    type = "THREATEN";
    // "… unless the president stepped down": the party the condition is put to, when the act names no one.
    if (!target.length && s.hasSyntax)
      target.push(
        ...conditionParty(s, lex, roles.anchor, mentions)
          .map((m) => actorFor(s, m))
          .filter((a) => !source.some((x) => x.name === a.name)),
      );
  }
  // "If China delivered weapons, the EU would impose an embargo": a conditional sanction or strike with no
  // one named is aimed at whoever the condition is put to.
  if (
    !target.length &&
    s.hasSyntax &&
    (type === "SANCTION" || type === "ASSAULT" || type === "COERCE") &&
    (modality === "hypothetical" || modality === "planned")
  )
    target.push(
      ...conditionParty(s, lex, roles.anchor, mentions)
        .map((m) => actorFor(s, m))
        .filter((a) => !source.some((x) => x.name === a.name)),
    );
  // An actor is never its own recipient here (a parser loop can bring the subject back as the target).
  for (let x = target.length - 1; x >= 0; x--)
    if (source.some((a) => a.name === target[x].name && sameStart(a.start, target[x].start)))
      target.splice(x, 1);
  return { type, mode, modality, reportedBy, place };
}

/** Pushes the event of one trigger (and a counter-transfer, a second gift) unless it is to be left out. */
function pushTriggerEvent(
  doc: Doc,
  s: SentenceView,
  lex: EventLexicon,
  t: Trigger,
  ti: number,
  roles: Roles,
  source: EventActor[],
  target: EventActor[],
  kind: EventKind,
  evidence: { start: number; end: number },
  ctx: Context,
  out: SentenceEvent[],
  eventOfTrigger: Map<number, Event>,
): void {
  const { type, mode, modality, reportedBy, place } = kind;
  // "the students visited Leeds": a visit is an event when a state, an organisation or an official
  // travels, or a named party hosts it; private persons and crowds on a trip are not.
  if (type === "CONSULT" && mode === "visit" && privateVisit(s, lex, roles.source, roles.target)) return;
  // An act with neither side named is mostly a word in a general sense (arbitrary detentions, a trip);
  // only the types that stand alone in the news are kept (an attack, a protest, an inquiry).
  if (!source.length && !target.length && !ALONE_TYPES.has(type)) return;
  // « aucun contournement des sanctions »: sanctions named with no side are ones already in force.
  if (!source.length && !target.length && type === "SANCTION" && t.entry.pos === "noun") return;
  const ev: Event = {
    type,
    trigger: { start: s.start[t.i], end: s.end[t.to - 1], text: s.slice(t.i, t.to - 1) },
    source: uniqueActors(source),
    target: uniqueActors(target),
    modality,
    evidence,
  };
  if (mode) ev.mode = mode;
  if (reportedBy) ev.reportedBy = reportedBy;
  if (roles.location) ev.location = actorFor(s, roles.location);
  let items = roles.items.filter((k) => !TEMPORAL.has(s.lower[k])).flatMap((k) => itemOf(s, k));
  // The aid itself (the trigger noun, a sum of money) is no item; a list after it says what it holds.
  const aidItself = (it: { start: number; end: number }) =>
    (it.start <= s.start[t.h] && it.end >= s.end[t.h]) ||
    doc.quantities.some((q) => q.currency && q.start >= it.start && q.end <= it.end);
  if (type === "AID" && items.every(aidItself)) {
    const listed = listedItems(s, t.i);
    if (listed.length) items = listed;
  }
  if (items.length && (type === "AID" || type === "COOPERATE" || type === "SANCTION")) ev.items = items;
  if (type === "AID" || type === "SANCTION" || type === "COOPERATE" || type === "AGREE") {
    const value = valueIn(doc, evidence, s.start[t.i]);
    if (value) ev.value = value;
  }
  const date = nearestDate(doc, evidence, s.start[t.i]);
  if (date) ev.date = date;
  // Gifts exchanged between a compound subject: one transfer each way.
  if (
    GIFT_EXCHANGE.has(s.lemma[t.i]) &&
    items.some((it) => [...lex.gift].some((g) => it.text.toLowerCase().includes(g))) &&
    source.length === 2
  ) {
    ev.type = "AID";
    ev.source = [source[0]];
    ev.target = [source[1]];
    out.push(sentenceEvent(ev, place.depth, t.i, t.entry.lemma, t.entry.pos === "verb", place.main));
    out.push(
      sentenceEvent(
        { ...ev, source: [source[1]], target: [source[0]] },
        s.depth(roles.anchor) + 1,
        t.i,
        t.entry.lemma,
      ),
    );
    return;
  }
  out.push(
    sentenceEvent(
      ev,
      place.depth,
      t.i,
      t.entry.lemma,
      t.entry.pos === "verb",
      place.main,
      inBackground(s, t.i) || inSpeakerPhrase(s, lex, t.h),
    ),
  );
  eventOfTrigger.set(ti, ev);
  // A meeting, deal or cooperation between two parties (a visit's target is mostly a place): its pair.
  const parties = [...ev.source, ...ev.target];
  if (PAIR_TYPES.has(ev.type) && mode !== "visit" && parties.length === 2 && ev.source.length) {
    ctx.lastPair = parties;
    ctx.pairAge = 0;
  }
  if (ev.type === "AID") {
    const counter = exchangeCounter(s, lex, ev, t);
    if (counter) out.push(sentenceEvent(counter, s.depth(roles.anchor) + 1, t.i, "exchange"));
  }
  if (source.length) ctx.lastSource = source;
}

/** The mention follows a speech verb set off by a comma after the trigger (« …, estiment des responsables X »). */
function inIncise(s: SentenceView, lex: EventLexicon, m: ActorMention, trigger: number): boolean {
  for (let k = m.from - 1; k > trigger && k >= m.from - 10; k--) {
    if (lex.reportVerbs.has(s.lemma[k]) || lex.reportVerbs.has(s.lower[k])) {
      let open = k - 1;
      while (open > trigger && INCISE_AUXILIARIES.has(s.lower[open])) open--;
      return INCISE_OPENERS.has(s.lower[open]);
    }
    if (s.lower[k] === "," || s.lower[k] === ".") return false;
  }
  return false;
}

const TOPICAL_TYPES = new Set(["AGREE", "CONSULT", "COOPERATE", "SUPPORT"]);
const TOPIC_CASES = GRAMMAR.topicCases;

/** The mention lies in a topic phrase hung on a noun (an accord on X, des pourparlers sur Y). */
function topicPhrase(s: SentenceView, m: ActorMention): boolean {
  if (m.from < 0) return false;
  let cur = m.from;
  for (let x = m.from; x < m.to; x++) if (s.head![x] < m.from || s.head![x] >= m.to) cur = x;
  for (let n = 0; n < 3 && cur >= 0; n++, cur = s.head![cur]) {
    const h = s.head![cur];
    if (TOPIC_CASES.has(caseWord(s, cur)) && h >= 0 && s.upos(h) === "NOUN") return true;
    if (h < 0 || s.upos(h) === "VERB") return false;
  }
  return false;
}

/** One entry per actor (two paths may bring the same phrase). */
function uniqueActors(list: EventActor[]): EventActor[] {
  return list.filter((a, i) => list.findIndex((b) => b.name === a.name && b.start === a.start) === i);
}

function sameNames(a: EventActor[], b: EventActor[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === b[i].name);
}

/** Acts a charge may be about: "accused Iran of delivering drones to Russia" also claims the delivery. */
const CLAIMED_TYPES = new Set(["AID"]);

/**
 * The act a charge is about, as a claim of the accuser: « X a accusé l'Iran d'avoir livré des drones à la
 * Russie » is also an AID by Iran to Russia, reported by X. Its source is the one accused.
 */
function claimedEvent(
  s: SentenceView,
  trs: Trigger[],
  ui: number,
  charge: Event | undefined,
  mentions: ActorMention[],
  ctx: Context,
  evidence: { start: number; end: number },
): SentenceEvent | null {
  if (!charge?.target.length) return null;
  const u = trs[ui];
  const roles = s.hasSyntax ? rolesSyntax(s, u, trs, mentions, ctx) : rolesLinear(s, u, mentions, new Set());
  const source = charge.target;
  const same = (a: EventActor) =>
    source.some((x) => x.name === a.name) || charge.source.some((x) => x.name === a.name);
  let target = roles.target.map((m) => actorFor(s, m)).filter((a) => !same(a));
  if (!target.length && roles.location) target = [actorFor(s, roles.location)].filter((a) => !same(a));
  // « d'avoir expédié des drones au Soudan » with « au Soudan » hung on the drones: the linear recipient.
  if (!target.length && s.hasSyntax)
    target = rolesLinear(s, u, mentions, new Set())
      .target.map((m) => actorFor(s, m))
      .filter((a) => !same(a));
  if (!target.length) return null;
  const ev: Event = {
    type: u.entry.type,
    trigger: { start: s.start[u.i], end: s.end[u.to - 1], text: s.slice(u.i, u.to - 1) },
    source,
    target,
    modality: "reported",
    evidence,
  };
  if (charge.source.length) ev.reportedBy = charge.source[0];
  const itemTokens = roles.items.length ? roles.items : rolesLinear(s, u, mentions, new Set()).items;
  const items = itemTokens.filter((k) => !TEMPORAL.has(s.lower[k])).flatMap((k) => itemOf(s, k));
  if (items.length) ev.items = items;
  if (charge.date) ev.date = charge.date;
  return sentenceEvent(ev, s.depth(u.h) + 1, u.i, u.entry.lemma, u.entry.pos === "verb");
}

/** A word of obligation or of blame: the sentence may hold a demand or a charge without any trigger. */
function speechClaimCue(s: SentenceView): boolean {
  for (let k = 0; k < s.length; k++)
    if (MUST.has(s.lower[k]) || BLAME.has(s.lower[k]) || WRONGDOING.has(s.lemma[k]) || needOfOther(s, k) >= 0)
      return true;
  return false;
}

const NEED = GRAMMAR.needVerbs;
const FIRST_PERSON = new Set(["i", "we"]);

/** "they need to back the plan": k is a verb of need with a to-infinitive and a subject other than the speaker's I or
 * we; the infinitive's index, else -1. */
function needOfOther(s: SentenceView, k: number): number {
  if (!s.hasSyntax || !NEED.has(s.lemma[k]) || s.upos(k) !== "VERB") return -1;
  const sub = subjectOf(s, k, 0);
  if (!sub || sub.passive || FIRST_PERSON.has(s.lower[sub.k])) return -1;
  return s.children(k).find((c) => s.baseRel(c) === "xcomp" && s.upos(c) === "VERB") ?? -1;
}

const BLAME = GRAMMAR.blameWords;

/** ", an allegation …", « , une accusation … »: the sentence sums up what was said as an allegation. */
function allegationApposition(s: SentenceView): boolean {
  for (let j = 2; j < s.length; j++)
    if (GRAMMAR.allegationNouns.has(s.lemma[j]) && s.lower[j - 2] === "," && DETS.has(s.lower[j - 1]))
      return true;
  return false;
}
const WRONGDOING = GRAMMAR.wrongdoingVerbs;
const HARM = GRAMMAR.harmNouns;

/**
 * "X said Y was responsible for the bombing", « X estime que Y est responsable de l'attaque »: laying an
 * act at someone's door is an ACCUSE by the speaker on Y (CAMEO 112), which replaces the act it names.
 */
function blameUnderSpeech(
  s: SentenceView,
  reporters: { actor: EventActor; verb: number; prep: boolean; mention: ActorMention | null }[],
  mentions: ActorMention[],
  out: SentenceEvent[],
  evidence: { start: number; end: number },
  unsaid = false,
): void {
  if (!s.hasSyntax) return;
  const alleged = allegationApposition(s);
  for (let k = 0; k < s.length; k++) {
    // "said Y had rigged the elections": a verb of wrongdoing lays the act at its subject's door too; so does
    // any reported act the sentence sums up as an allegation ("said Y was using X, an allegation Y denies").
    const wrong = (WRONGDOING.has(s.lemma[k]) || (alleged && s.rel(k) === "ccomp")) && s.upos(k) === "VERB";
    if (!BLAME.has(s.lower[k]) && !wrong) continue;
    // "was responsible": the adjective heads the clause; "was behind the attack": the noun after it does.
    const p = s.baseRel(k) === "case" ? s.head![k] : k;
    if (p < 0 || (!wrong && !s.children(p).some((c) => s.baseRel(c) === "cop"))) continue;
    if (wrong && (subjectOf(s, p, 0)?.passive ?? false)) continue;
    const rep = reporters.find((r) => !r.prep && r.verb >= 0 && r.verb !== p && s.dominates(r.verb, p, 3));
    // "X was responsible for the deaths of …" as the main clause of a sentence with no act word: a charge whose
    // speaker the sentence leaves to its context (a statement quoted at length).
    // Only for harm done ("responsible for the deaths"), not for any deed ("responsible for the folklore").
    const harm = () => s.subtree(p).some((x) => HARM.has(s.lemma[x]) || HARM.has(s.lower[x]));
    if (!rep && !(unsaid && !wrong && s.head![p] < 0 && harm())) continue;
    // A parser often hangs the complement's subject on the speech verb ("said | Syria was responsible").
    const own = subjectOf(s, p, 0)?.k;
    // With no speaker the subject itself must name the party charged ("In the US alone, smog is responsible …").
    if (
      !rep &&
      (own === undefined ||
        !mentions.some((m) => m.from <= own && own < m.to) ||
        s.children(own).some((c) => s.baseRel(c) === "case"))
    )
      continue;
    const sub =
      own ??
      (rep
        ? s.children(rep.verb).find((c) => /^(nsubj|obj)/.test(s.rel(c)) && c > rep.verb && c < p)
        : undefined);
    let target = sub !== undefined ? actorsFor(s, actorsUnder(s, sub, mentions)) : [];
    // "said the ruling ZANU-PF had rigged …": a parser may split one subject into two nsubj; the named one acts.
    for (const c of s.children(p)) {
      if (target.length) break;
      if (s.rel(c) === "nsubj") target = actorsFor(s, actorsUnder(s, c, mentions));
    }
    if (!target.length || target.some((a) => a.name === rep?.actor.name)) continue;
    const inside = new Set(s.subtree(p));
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].event.evidence.start !== evidence.start) break;
      if (inside.has(out[i].tokenIndex)) out.splice(i, 1);
    }
    out.push(
      sentenceEvent(
        {
          type: "ACCUSE",
          mode: "allege",
          trigger: { start: s.start[k], end: s.end[k], text: s.text[k] },
          source: rep ? [rep.actor] : [],
          target,
          modality: "asserted",
          evidence,
        },
        Math.max(0, s.depth(p) - 1),
        k,
        s.lemma[k],
      ),
    );
    return;
  }
}

const PROTEST_VERBS = GRAMMAR.demonstrationVerbs;
const WAR_WORDS = GRAMMAR.warWords;

const LEGAL_APPEALS = GRAMMAR.legalAppealVerbs;

/** Dependent c is a for-phrase: what is asked for ("appealed for calm"). */
function purposeFor(s: SentenceView, c: number): boolean {
  return s.baseRel(c) === "obl" && s.children(c).some((d) => PURPOSE_PREPS.has(s.lower[d]));
}

/** Dependent c is a to-phrase: the act is addressed to someone ("protested to Peru"). */
function addressed(s: SentenceView, c: number): boolean {
  return s.baseRel(c) === "obl" && s.children(c).some((d) => ADDRESSEE_PREPS.has(s.lower[d]));
}
const CENSURE = GRAMMAR.censureWords;
const PRAISE = GRAMMAR.praiseWords;
const VERDICT_VERBS = GRAMMAR.verdictVerbs;
const COURTS = GRAMMAR.courtNouns;

/**
 * "X said the decree was unlawful", "X called Y a traitor", "Y is a stellar example, said X": a verdict of
 * blame or praise in what a speaker says is the speaker's DISAPPROVE or SUPPORT (CAMEO 111, 051), aimed at
 * the labelled object or the subject the verdict is about. French too (« X a déclaré que la décision était
 * inacceptable »), with the French words of blame and praise in its table.
 */
function verdictUnderSpeech(
  s: SentenceView,
  lex: EventLexicon,
  mentions: ActorMention[],
  ctx: Context,
  out: SentenceEvent[],
  evidence: { start: number; end: number },
  strict: boolean,
): void {
  if (!s.hasSyntax) return;
  for (let k = 0; k < s.length; k++) {
    const blame = CENSURE.has(s.lower[k]) || CENSURE.has(s.lemma[k]);
    if (!blame && !PRAISE.has(s.lower[k]) && !PRAISE.has(s.lemma[k])) continue;
    // A verb counts by its lemma ("undermines") or as a participle of state ("was saddened"), not by a noun form it
    // shares ("the village lies near …", also when tagged a noun with a subject and no copula).
    const copular =
      s.feat(k, "VerbForm") === "Part" || s.children(k).some((c) => /^(cop|aux:pass)$/.test(s.rel(c)));
    const verbal = s.upos(k) === "VERB" || (s.children(k).some((c) => /^nsubj/.test(s.rel(c))) && !copular);
    if (verbal && !copular && !CENSURE.has(s.lemma[k]) && !PRAISE.has(s.lemma[k])) continue;
    // Up to the verb of saying or labelling that governs the word and names its speaker (", adding, …" takes the
    // speaker of the verb above), refusing a negated step ("is not unlawful").
    let v = k;
    let negated = false;
    let speakers: ActorMention[] = [];
    // "He added, …" with no antecedent at hand: a person spoke, unnamed here.
    let unnamed = false;
    let court = false;
    for (let n = 0, below = k; n < 9 && v >= 0 && !speakers.length; n++, below = v, v = s.head![v]) {
      if (s.children(v).some((c) => lex.negations.has(s.lower[c]))) negated = true;
      // A labelling verb speaks only through its label ("called it a stunt", "ruled that …"), not through a phrase
      // of manner ("treats the law with contempt").
      if (n > 0 && !lex.reportVerbs.has(s.lemma[v]) && VERDICT_VERBS.has(s.lemma[v]) && !labelOf(s, below))
        continue;
      if (
        n > 0 &&
        (lex.reportVerbs.has(s.lemma[v]) || VERDICT_VERBS.has(s.lemma[v])) &&
        s.upos(v) === "VERB"
      ) {
        const sub = subjectOf(s, v, 0);
        if (sub && !sub.passive && COURTS.has(s.lemma[sub.k])) court = true;
        if (sub && !sub.passive)
          speakers = PRONOUNS.has(s.lower[sub.k])
            ? resolvePronoun(s, sub.k, mentions, ctx)
            : actorsUnder(s, sub.k, mentions);
        // "The comments called her a traitor": words or a document speak for an author the sentence leaves out.
        const voice = sub && !sub.passive && !speakers.length ? npMention(s, sub.k) : null;
        if (voice && s.upos(sub?.k ?? -1) === "NOUN") speakers = [voice];
        if (speakers.length) break;
        if (sub && PERSON_PRONOUNS.has(s.lower[sub.k])) {
          unnamed = true;
          break;
        }
      }
    }
    // "According to X, it was unnecessary": the attribution phrase names the speaker of the main clause.
    if (!speakers.length && !unnamed && !strict) {
      const by = findReporter(s, lex, mentions, new Set()).find((r) => r.prep && r.mention);
      if (by?.mention) {
        speakers = [by.mention];
        v = k;
        while (s.head![v] >= 0) v = s.head![v];
      }
    }
    if (negated || (!speakers.length && !unnamed) || v < 0) continue;
    // "designated the Red Hand a terrorist group": a label with legal force is the sanction, not a verdict.
    if (
      out.some(
        (e) => e.tokenIndex === v && e.event.evidence.start === evidence.start && e.event.type === "SANCTION",
      )
    )
      continue;
    // Beside other acts, only a verdict proper counts ("was unlawful", "called it a stunt", not "illegal aliens"),
    // and only when those acts lie inside what it judges ("said X's strike was an aggression").
    // A verdict proper, not a word that only qualifies a thing ("cases of illegal fishing"); alone in its sentence
    // it may also be what the said clause does ("treats the law with contempt").
    let c = k;
    while (c >= 0 && s.head![c] !== v) c = s.head![c];
    const object = !strict && s.upos(k) === "NOUN" && s.head![k] === c && /^(obj|obl)$/.test(s.baseRel(k));
    if (!verdictPredicate(s, k, v, c) && !object) continue;
    if (strict) {
      const inside = new Set(s.subtree(c));
      let clash = false;
      for (let i = out.length - 1; i >= 0 && out[i].event.evidence.start === evidence.start; i--)
        if (out[i].tokenIndex !== v && !inside.has(out[i].tokenIndex)) clash = true;
      if (clash) continue;
    }
    // Whom the verdict is about: the labelled object, the of-phrase ("said of X"), else the subject it is laid on.
    let about: ActorMention[] = [];
    for (const c of s.children(v)) {
      if (about.length) break;
      const ofPhrase = s.baseRel(c) === "obl" && s.children(c).some((d) => s.lower[d] === "of");
      if ((/^(obj|xcomp)$/.test(s.baseRel(c)) && VERDICT_VERBS.has(s.lemma[v])) || ofPhrase)
        about = actorsUnder(s, c, mentions);
    }
    for (let x = k, n = 0; !about.length && x >= 0 && x !== v && n < 6; x = s.head![x], n++) {
      // A parser may split one subject into two nsubj ("the late mayor | Otto Rask"): the one naming an actor.
      const own = s.children(x).flatMap((c) => (/^nsubj/.test(s.rel(c)) ? actorsUnder(s, c, mentions) : []));
      about = own.some((m) => m.rank > 0) ? own.filter((m) => m.rank > 0) : own;
    }
    // The label is no target of itself ("named the rebels as terrorists").
    const label = new Set(s.subtree(k));
    if (about.some((m) => !label.has(m.from))) about = about.filter((m) => !label.has(m.from));
    const source = actorsFor(s, speakers);
    const target = actorsFor(s, about).filter((a) => !source.some((b) => b.name === a.name));
    // "called D'Souza humble": the labelling verb is no phone call.
    for (let i = out.length - 1; i >= 0 && out[i].event.evidence.start === evidence.start; i--)
      if (out[i].tokenIndex === v) out.splice(i, 1);
    // "The court found the decree unlawful": a court's verdict of blame is a judgment against the act's author
    // (the manual's SANCTION convict, also without prison).
    const judged =
      blame &&
      (court || speakers.some((m) => m.from >= 0 && s.lemma.slice(m.from, m.to).some((w) => COURTS.has(w))));
    out.push(
      sentenceEvent(
        {
          type: judged ? "SANCTION" : blame ? "ACCUSE" : "SUPPORT",
          mode: judged ? "convict" : blame ? "disapprove" : undefined,
          trigger: { start: s.start[k], end: s.end[k], text: s.text[k] },
          source,
          target,
          modality: "asserted",
          evidence,
        },
        s.depth(v),
        v,
        s.lemma[k],
        true,
      ),
    );
    return;
  }
}

/** Token x is the label a labelling verb puts (its object, complement, that-clause or as-phrase). */
function labelOf(s: SentenceView, x: number): boolean {
  // A coordinated labelling verb ("… and found it unlawful") passes its label up.
  if (/^(obj|xcomp|ccomp|conj)$/.test(s.baseRel(x))) return true;
  return s.baseRel(x) === "obl" && s.children(x).some((d) => s.lower[d] === "as");
}

/** Word k states the verdict: it heads a copular clause or a labelling verb's complement, or qualifies one. */
function verdictPredicate(s: SentenceView, k: number, v: number, c: number): boolean {
  const heads = /^(amod|compound|conj)$/.test(s.baseRel(k)) ? [k, s.head![k]] : [k];
  return heads.some(
    (x) =>
      x === c ||
      s.children(x).some((d) => s.baseRel(d) === "cop") ||
      // "called it a stunt", "named them as terrorists", "treated it as a terrorist incident".
      (s.head![x] === v &&
        !/^(ccomp|conj)$/.test(s.baseRel(x)) &&
        labelOf(s, x) &&
        VERDICT_VERBS.has(s.lemma[v])) ||
      // "named the rebels as terrorists" with the as-phrase hung on the object by the parser.
      (s.head![x] === c &&
        s.head![c] === v &&
        /^(obj|xcomp)$/.test(s.baseRel(c)) &&
        s.baseRel(x) === "nmod" &&
        s.children(x).some((d) => s.lower[d] === "as") &&
        VERDICT_VERBS.has(s.lemma[v])),
  );
}

/**
 * "X said (that) Y must …" with no trigger in the demand: a REQUEST by X on Y,
 * which replaces the events inside the demanded clause.
 */
function demandsUnderSpeech(
  s: SentenceView,
  reporters: { actor: EventActor; verb: number; prep: boolean; mention: ActorMention | null }[],
  mentions: ActorMention[],
  out: SentenceEvent[],
  evidence: { start: number; end: number },
): void {
  if (!s.hasSyntax) return;
  for (let k = 0; k < s.length; k++) {
    // "X said Y needs to …": a need laid on another (not "we need to …") is a demand too.
    const need = needOfOther(s, k);
    if (need < 0 && (!MUST.has(s.lower[k]) || s.baseRel(k) !== "aux")) continue;
    const v = need >= 0 ? need : s.head![k];
    if (v < 0) continue;
    // "According to the ruling, X must …": the attribution names who demands the main clause's act.
    const rep =
      reporters.find((r) => !r.prep && r.verb >= 0 && s.dominates(r.verb, v, 3)) ??
      (s.head![v] < 0 ? reporters.find((r) => r.prep) : undefined);
    if (!rep) continue;
    // "all risks need to be removed": a need laid on no one is no demand.
    const needer = need >= 0 ? subjectOf(s, k, 0) : null;
    if (
      need >= 0 &&
      (!needer || (!PRONOUNS.has(s.lower[needer.k]) && !actorsUnder(s, needer.k, mentions).length))
    )
      continue;
    const inside = new Set(s.subtree(v));
    const at = s.start[k];
    const already = out.some((e) => e.event.type === "REQUEST" && e.event.evidence.start === evidence.start);
    if (already) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const e = out[i].event;
      if (e.evidence.start !== evidence.start) break;
      const tok = out[i].tokenIndex;
      if (inside.has(tok)) out.splice(i, 1);
    }
    const sub = subjectOf(s, need >= 0 ? k : v, 0);
    const target = sub ? actorsFor(s, actorsUnder(s, sub.k, mentions)) : [];
    out.push(
      sentenceEvent(
        {
          type: "REQUEST",
          mode: "change",
          trigger: { start: at, end: s.end[k], text: s.text[k] },
          source: [rep.actor],
          target,
          modality: "asserted",
          evidence,
        },
        Math.max(0, s.depth(v) - 1),
        k,
        s.lemma[k],
      ),
    );
  }
}

/** The subject of `v` is a crowd: a crowd noun or a counted group (« des milliers de », "hundreds of"). */
function crowdSubject(s: SentenceView, lex: EventLexicon, v: number): boolean {
  if (!s.hasSyntax) {
    for (let k = Math.max(0, v - 6); k < v; k++)
      if (lex.crowdNouns.has(s.lemma[k]) || lex.crowdNouns.has(s.lower[k])) return true;
    return false;
  }
  const sub = subjectOf(s, v);
  if (!sub) return false;
  const toks = [sub.k, ...s.children(sub.k)];
  return toks.some(
    (k) =>
      lex.crowdNouns.has(s.lemma[k]) ||
      lex.crowdNouns.has(s.lower[k]) ||
      (k === sub.k && s.children(k).some((c) => s.baseRel(c) === "nummod")),
  );
}

/** The subject of `v` names forces (troops, soldiers, les militaires). */
function troopSubject(s: SentenceView, v: number): boolean {
  const sub = subjectOf(s, v);
  return sub !== null && (TROOP_WORDS.has(s.lower[sub.k]) || TROOP_WORDS.has(s.lemma[sub.k]));
}

/** The subject of `v` is the state: a state actor noun (the authorities, la police) heading it. */
function stateSubject(s: SentenceView, lex: EventLexicon, v: number): boolean {
  if (!s.hasSyntax) return false;
  const sub = subjectOf(s, v);
  if (!sub || sub.passive) return false;
  // "Russia blocked access to …": a country, its capital or seat, or a named place (its authorities) is the state.
  const k = sub.k;
  return (
    actorNoun(lex, s.lemma[k]) === "state" ||
    actorNoun(lex, s.lower[k]) === "state" ||
    (s.upos(k) === "PROPN" &&
      (namesState(s.text[k]) ||
        s.doc.entities.some((e) => e.label === "LOC" && e.start <= s.start[k] && e.end >= s.end[k])))
  );
}

/** The subject of `v` is a protest crowd: a noun the lexicon lists as a PROTEST trigger (protesters, rioters) or a mob. */
/** The one hit by verb v (its object, or the subject of its passive) is a single person. */
function onePersonHit(s: SentenceView, v: number): boolean {
  const hit = s.children(v).find((c) => s.rel(c) === "obj" || s.rel(c) === "nsubj:pass");
  if (hit === undefined || s.feat(hit, "Number") === "Plur" || s.upos(hit) === "NUM") return false;
  return (
    personHead(s, hit) ||
    s.doc.entities.some((e) => e.label === "PER" && e.start <= s.start[hit] && e.end >= s.end[hit])
  );
}

function protestersAct(s: SentenceView, lex: EventLexicon, v: number): boolean {
  const sub = subjectOf(s, v);
  // "Shops were torched by rioters": the agent of a passive is who acts.
  const passive = !sub || sub.passive;
  const k = passive ? (s.children(v).find((c) => s.rel(c) === "obl:agent") ?? -1) : sub.k;
  if (k < 0) return false;
  if (s.lemma[k] === "mob" || s.lemma[k] === "foule" || s.lemma[k] === "crowd") return true;
  // A crowd (students, workers) fighting during a protest the sentence names.
  if (!passive && crowdSubject(s, lex, v) && protestInSentence(s, lex)) return true;
  return (lex.single.get(s.lemma[k]) ?? lex.single.get(s.lower[k]) ?? []).some(
    (e) =>
      e.pos === "noun" &&
      e.type === "PROTEST" &&
      e.mode !== "strike" &&
      /(er|or|ant|eur)s?$/.test(s.lower[k]),
  );
}

const PLACE_CASES = GRAMMAR.placeCases;

/** The mention sits in a place phrase (in Kirkuk, outside Parliament, devant l'ambassade). */
function placePhrase(s: SentenceView, m: ActorMention): boolean {
  // Up to five words back, within the phrase: "at a depot in Valdoria's capital Tashgard".
  for (let p = m.from - 1; p >= Math.max(0, m.from - 6); p--) {
    if (PLACE_CASES.has(s.lower[p])) return true;
    const u = s.upos(p);
    if (u === "VERB" || u === "PUNCT" || u === "ADP") return false;
  }
  return false;
}

/** The mention sits in a place adjunct of the verb (« à la base aérienne de X », "at the X air base"). */
function placeAdjunct(s: SentenceView, m: ActorMention, anchor: number): boolean {
  let cur = m.from;
  for (let x = m.from; x < m.to; x++) if (s.head![x] < m.from || s.head![x] >= m.to) cur = x;
  for (let n = 0; n < 4 && cur >= 0 && cur !== anchor; n++, cur = s.head![cur])
    if (PLACE_CASES.has(caseWord(s, cur)) && s.head![cur] === anchor) return true;
  return false;
}

/** Prepositions that name whom a protest's demand is aimed at (independence from X, seized by X, against X). */
const AIM_CASES = GRAMMAR.aimCases;

/**
 * The party a protest's demand or purpose clause names: actors after from/against/by inside its
 * advcl, xcomp or acl clauses ("demonstrated … calling for independence from Iraq",
 * « ont manifesté pour réclamer le départ du gouvernement » through contre/par).
 */
const MISSION_NOUNS = GRAMMAR.missionNouns;

/** The state whose embassy or consulate a place phrase of verb v (or a phrase inside it) names. */
function missionState(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  for (const k of s.subtree(v, ["acl", "advcl", "ccomp", "parataxis", "conj"])) {
    if (!MISSION_NOUNS.has(s.lemma[k]) || !s.dominates(v, k, 3)) continue;
    const ms = mentions.filter(
      (m) => m.rank >= 1 && m.to <= k && m.from >= k - 3 && s.head![m.to - 1] === k && m.kind !== "PER",
    );
    // "the French embassy": the state itself, named as such.
    if (ms.length)
      return ms.map((m) => {
        const c =
          m.kind === "DEM" && m.entity?.startsWith("country:") ? countryByCode(m.entity.slice(8)) : undefined;
        return c ? { ...m, name: s.doc.lang === "fr" ? c.nameFr : c.name } : m;
      });
  }
  return [];
}

function protestAim(
  s: SentenceView,
  anchor: number,
  mentions: ActorMention[],
  source: ActorMention[],
): ActorMention[] {
  const clauses = s
    .children(anchor)
    .filter((c) => /^(advcl|xcomp|acl)/.test(s.rel(c)) && s.upos(c) === "VERB");
  // "blocked roads into X with tractors to protest against Y": a purpose clause (one with its own marker) the
  // parser hung lower down, on a phrase of the verb.
  for (let c = anchor + 1; c < s.length; c++)
    if (
      /^(advcl|xcomp|acl)$/.test(s.rel(c)) &&
      s.upos(c) === "VERB" &&
      s.head![c] !== anchor &&
      s.children(c).some((m) => s.baseRel(m) === "mark") &&
      s.dominates(anchor, c, 4)
    )
      clauses.push(c);
  for (const c of clauses) {
    const toks = new Set(s.subtree(c));
    for (const m of mentions) {
      if (!toks.has(m.from) || source.includes(m)) continue;
      let p = m.from - 1;
      while (p >= 0 && (DETS.has(s.lower[p]) || s.upos(p) === "ADJ")) p--;
      if (p >= 0 && AIM_CASES.has(s.lower[p])) return [m];
    }
  }
  return [];
}

/**
 * "opened an investigation into massacres committed by security forces", « a dénoncé les exécutions de civils
 * imputées à l'armée »: an accusation about an act is aimed at who did it (the act's actor, or whom a charge
 * inside it blames), not at the victims or the place named in the act's phrase.
 */
/**
 * "boycotted goods imported from India": a boycott of things is aimed at where they come from (the manual's
 * boycott: withdrawing commercial relations with a country), named by a from-phrase on the participle describing
 * them.
 */
function boycottedOrigin(s: SentenceView, v: number, mentions: ActorMention[]): ActorMention[] {
  for (const o of s.children(v)) {
    if (s.baseRel(o) !== "obj") continue;
    // "goods | imported from India" with the participle hung on the verb (xcomp) right after the object.
    const parts = s
      .children(o)
      .filter((p) => p > o && s.baseRel(p) === "acl")
      .concat(s.children(v).filter((p) => p === o + 1 && s.baseRel(p) === "xcomp"));
    for (const p of parts) {
      const from = s.children(p).find((c) => FROM_PREPS.has(caseWord(s, c)));
      if (from === undefined) continue;
      const ms = prepActors(s, from, mentions).filter((m) => m.rank >= 2);
      if (ms.length) return ms;
    }
  }
  return [];
}

/**
 * "opened an inquiry into allegations that agency officials took bribes": an accusation about a claim is aimed at
 * whom the claim's clause names as doing it (its subject).
 */
function allegedActor(s: SentenceView, t: Trigger, mentions: ActorMention[]): ActorMention[] {
  for (const c of s.children(t.h)) {
    if (s.baseRel(c) !== "nmod" || !GRAMMAR.againstPreps.has(caseWord(s, c))) continue;
    for (const cl of s.children(c)) {
      if (cl < c || !/^(acl|ccomp)/.test(s.rel(cl))) continue;
      const sub = s.children(cl).find((x) => s.rel(x) === "nsubj");
      if (sub === undefined || PRONOUNS.has(s.lower[sub])) continue;
      const ms = actorsUnder(s, sub, mentions);
      if (ms.length) return ms;
    }
  }
  return [];
}

function judgedAuthor(
  s: SentenceView,
  t: Trigger,
  trs: Trigger[],
  roles: Roles,
  mentions: ActorMention[],
  ctx: Context,
): void {
  if (!s.hasSyntax || t.entry.type !== "ACCUSE") return;
  // « a convoqué l'ambassadeur de France pour protester contre … »: a person summoned or blamed is the target
  // itself, not a thing judged whose author would be.
  const personTarget =
    s.doc.lang === "fr" &&
    roles.target.length > 0 &&
    roles.target.every(
      (m) => m.kind === "PER" || actorNoun(eventLexicon("fr"), s.lemma[mentionHead(s, m)]) === "person",
    );
  for (const u of trs) {
    if (personTarget) break;
    if (u === t || u.i < t.to || !s.dominates(t.h, u.h, 3)) continue;
    // A charge hung on the act noun (« les exécutions … imputées à X ») judges the noun's whole phrase.
    const phrase = u.entry.type === "ACCUSE" && s.baseRel(u.h) === "acl" ? s.head![u.h] : u.h;
    const inside = new Set(s.subtree(phrase, []));
    if (!roles.target.every((m) => inside.has(m.from))) continue;
    const ur = rolesSyntax(s, u, trs, mentions, ctx);
    const author = (
      u.entry.type === "ACCUSE" ? ur.target : MATERIAL_CONFLICT.has(u.entry.type) ? ur.source : []
    ).filter((m) => inside.has(m.from) && !roles.source.some((o) => overlaps(o, m)));
    if (author.length) {
      roles.target = author;
      return;
    }
  }
  // "an investigation into alleged crimes committed by X against Y": the agent of the participle on the act noun
  // the accusation is about, when the act noun is no trigger of its own.
  // A parser may hang the participle on the accusation noun itself, after the act noun's phrase.
  for (let n = t.h; n < s.length; n++) {
    if (n !== t.h && (n < t.to || s.upos(n) !== "NOUN" || !s.dominates(t.h, n, 3))) continue;
    if (!s.children(n).some((c) => s.rel(c) === "acl")) continue;
    const inside = new Set(s.subtree(n, []));
    if (!roles.target.every((m) => inside.has(m.from))) continue;
    for (const c of s.children(n)) {
      if (s.rel(c) !== "acl") continue;
      if (
        n === t.h &&
        !s.children(n).some((x) => x > n && x < c && s.baseRel(x) === "nmod" && s.upos(x) === "NOUN")
      )
        continue;
      const by = s.children(c).find((g) => s.rel(g) === "obl:agent");
      const author =
        by === undefined
          ? []
          : actorsUnder(s, by, mentions).filter(
              (m) => !inNestedPP(s, m, by) && !roles.source.some((o) => overlaps(o, m)),
            );
      if (author.length) {
        roles.target = author;
        return;
      }
    }
  }
}

const JOINT_WORDS = GRAMMAR.jointWords;
const EXERCISE_NOUNS = GRAMMAR.exerciseNouns;
const OBJECT_CONTROL = GRAMMAR.objectControlVerbs;
const INVITATION_NOUNS = GRAMMAR.invitationNouns;
const LETTER_NOUNS = GRAMMAR.letterNouns;
const DEMAND_NOUNS = GRAMMAR.demandNouns;

/** Arguments of concessions and refusals the roles leave open (a dropped demand, a passive entry refused). */
function refusalArguments(s: SentenceView, t: Trigger, roles: Roles, mentions: ActorMention[]): void {
  droppedDemand(s, t, roles, mentions);
  deniedEntry(s, t, roles, mentions);
}

/**
 * "X was denied entry to Karsania": with no agent, the country entry to which is refused is who refuses it.
 */
function deniedEntry(s: SentenceView, t: Trigger, roles: Roles, mentions: ActorMention[]): void {
  if (!s.hasSyntax || roles.source.length || t.entry.pos !== "verb") return;
  if (t.entry.type !== "REJECT" && t.entry.type !== "SANCTION") return;
  if (!s.children(t.h).some((c) => s.rel(c) === "nsubj:pass")) return;
  for (const o of s.children(t.h)) {
    if (s.baseRel(o) !== "obj" || !GRAMMAR.entryNouns.has(s.lower[o])) continue;
    for (const c of s.children(o)) {
      if (s.baseRel(c) !== "nmod" || !RECIPIENT_PREPS.has(caseWord(s, c))) continue;
      const state = actorsUnder(s, c, mentions).filter(
        (m) =>
          (m.kind === "LOC" || m.entity?.startsWith("country:")) && !roles.target.some((o) => overlaps(o, m)),
      );
      if (state.length) {
        roles.source = [state[0]];
        return;
      }
    }
  }
}

/**
 * "Hungary dropped its demand for an apology from Sweden", « a renoncé à son exigence d'excuses de la part de X »:
 * withdrawing a demand (the manual's CONCEDE) yields to whom the demand was made of, named by a from-phrase on
 * the demand or right after it, before any name in a reason phrase.
 */
function droppedDemand(s: SentenceView, t: Trigger, roles: Roles, mentions: ActorMention[]): void {
  if (!s.hasSyntax || t.entry.type !== "CONCEDE" || t.entry.pos !== "verb") return;
  const demand = s
    .children(roles.anchor)
    .find(
      (c) =>
        /^(obj|obl)$/.test(s.baseRel(c)) && (DEMAND_NOUNS.has(s.lemma[c]) || DEMAND_NOUNS.has(s.lower[c])),
    );
  if (demand === undefined) return;
  const end = s.subtree(demand, []).reduce((a, b) => Math.max(a, b), demand);
  for (let c = demand + 1; c <= end + 3 && c < s.length; c++) {
    if (!/^(nmod|obl)$/.test(s.baseRel(c)) || !FROM_PREPS.has(caseWord(s, c))) continue;
    if (!s.dominates(demand, c, 3) && s.head![c] !== roles.anchor) continue;
    const from = actorsUnder(s, c, mentions).filter(
      (m) => m.rank > 0 && !roles.source.some((o) => overlaps(o, m)),
    );
    if (from.length) {
      roles.target = from;
      return;
    }
  }
}

/**
 * « …, dans une lettre adressée à la communauté internationale », "in a letter to the UN Security Council": a
 * spoken act put in writing is addressed to the letter's addressee, when nothing but a place names its target.
 */
function letterAddressee(s: SentenceView, t: Trigger, roles: Roles, mentions: ActorMention[]): void {
  if (!s.hasSyntax || !VERBAL.has(t.entry.type)) return;
  if (!roles.target.every((m) => cityMention(m) || placePhrase(s, m))) return;
  for (let k = t.to; k < s.length; k++) {
    if (!LETTER_NOUNS.has(s.lemma[k]) && !LETTER_NOUNS.has(s.lower[k])) continue;
    // The to-phrase on the noun, or on its participle (« adressée à X », "sent to X").
    const phrases = s.children(k).flatMap((c) => (s.baseRel(c) === "acl" ? s.children(c) : [c]));
    for (const c of phrases) {
      if (c < k || !ADDRESSEE_PREPS.has(caseWord(s, c))) continue;
      const to = actorsUnder(s, c, mentions).filter(
        (m) => !cityMention(m) && !roles.source.some((o) => overlaps(o, m)),
      );
      if (to.length) {
        roles.target = to;
        return;
      }
    }
  }
}

/**
 * "accepted an invitation from Australia to make a state visit", « a accepté l'invitation de son homologue à
 * effectuer une visite »: a visit or meeting made on an invitation is with whoever invites, when nothing else
 * names the other side.
 */
function invitedBy(s: SentenceView, t: Trigger, roles: Roles, mentions: ActorMention[]): void {
  if (!s.hasSyntax || roles.target.length || (t.entry.type !== "CONSULT" && t.entry.type !== "AGREE")) return;
  for (let k = 0; k < s.length; k++) {
    if (!INVITATION_NOUNS.has(s.lemma[k]) && !INVITATION_NOUNS.has(s.lower[k])) continue;
    const up = s.head![k];
    if (!s.dominates(k, t.h, 3) && !(up >= 0 && s.dominates(up, t.h, 3))) continue;
    // The from-phrase right after the noun, wherever the parser hung it (on the noun or on the verb above).
    const phrases = [...s.children(k), ...(up >= 0 ? s.children(up).filter((c) => c > k && c <= k + 4) : [])];
    for (const c of phrases) {
      if (c < k || !/^(nmod|obl)$/.test(s.baseRel(c)) || !FROM_PREPS.has(caseWord(s, c))) continue;
      const host = actorsUnder(s, c, mentions).filter((m) => !roles.source.some((o) => overlaps(o, m)));
      if (host.length) {
        roles.target = host;
        return;
      }
    }
  }
}

/** A joint word (joint, jointly, « conjointement ») within the act's own phrases. */
function jointAct(s: SentenceView, anchor: number, h: number): boolean {
  for (let k = 0; k < s.length; k++)
    if (JOINT_WORDS.has(s.lower[k]) && (s.dominates(anchor, k, 3) || s.dominates(h, k, 2))) return true;
  return false;
}

/** Acts that say what a protest is against (denounce, reject, demand, protest against). */
const COMPLAINT_TYPES = new Set(["ACCUSE", "REJECT", "PROTEST", "REQUEST"]);

/** A city (not a country) named as a place. */
function cityMention(m: ActorMention): boolean {
  return m.kind === "LOC" && !countryByName(m.name);
}

/**
 * "Thousands marched through Tbilisi to denounce the government's decision", "Farmers blocked roads into
 * Brussels to protest against EU trade deals": a protest with no target but the place it fills is aimed at
 * whom the complaint in its purpose clause names.
 */
function protestPurpose(
  s: SentenceView,
  lex: EventLexicon,
  t: Trigger,
  trs: Trigger[],
  roles: Roles,
  mentions: ActorMention[],
  ctx: Context,
): void {
  if (!s.hasSyntax || !trs.some((u) => u !== t && u.i >= t.to && COMPLAINT_TYPES.has(u.entry.type))) return;
  if (!roles.target.every((m) => m === roles.location || placePhrase(s, m) || cityMention(m))) return;
  if (t.entry.type !== "PROTEST" && !crowdSubject(s, lex, roles.anchor)) return;
  for (const u of trs) {
    if (u === t || u.dropped || u.i < t.to || !COMPLAINT_TYPES.has(u.entry.type)) continue;
    if (!s.dominates(roles.anchor, u.h, 4)) continue;
    const aim = rolesSyntax(s, u, trs, mentions, ctx).target.filter(
      (m) => !roles.source.includes(m) && !cityMention(m) && !placeNamed(s, m),
    );
    if (aim.length) {
      roles.target = aim;
      return;
    }
  }
}

/** Circumstance prepositions: a noun trigger after one sets the scene (after the bombing, despite sanctions). */
const ADJUNCT_PREPS = GRAMMAR.adjunctPreps;

/** A noun trigger hung on its anchor verb by a circumstance phrase, not as its object or subject. */
function adjunctNoun(s: SentenceView, t: Trigger, anchor: number): boolean {
  if (!s.hasSyntax || anchor === t.h || s.baseRel(t.h) !== "obl") return false;
  return s
    .children(t.h)
    .some((c) => (s.baseRel(c) === "case" || s.upos(c) === "VERB") && ADJUNCT_PREPS.has(s.lower[c]));
}

/**
 * "two kidnapped engineers", "the jailed leader", « les otages libérés »: a one-word participle between a
 * determiner or number and its noun (or right after the noun, in French) is an adjective, whatever the
 * parser made of it.
 */
function attributiveParticiple(s: SentenceView, t: Trigger): boolean {
  if (t.to !== t.i + 1 || !/(ed|en|é|és|ée|ées|is|ise|ises|it|its)$/.test(s.lower[t.i])) return false;
  const before = t.i > 0 ? s.upos(t.i - 1) : "";
  const after = t.i + 1 < s.length ? s.upos(t.i + 1) : "";
  if (s.doc.lang === "fr")
    return before === "NOUN" && t.i > 1 && s.upos(t.i - 2) === "DET" && after !== "ADP";
  return /^(DET|NUM)$/.test(before) && after === "NOUN";
}

const DURATION =
  /^(days?|weeks?|hours?|months?|rounds?|jours?|semaines?|heures?|mois)$|-(day|week|hour|month)$/;

/** "two days of talks", "a three-day visit", « trois jours d'entretiens »: a meeting with a length is one held. */
function lastedFor(s: SentenceView, k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++) if (DURATION.test(s.lower[j])) return true;
  return false;
}

/** A noun trigger in a compound before a noun that is no trigger itself (aid convoy, attack helicopter). */
function triggerTokens(trs: Trigger[]): Set<number> {
  const out = new Set<number>();
  for (const t of trs) for (let k = t.i; k < t.to; k++) out.add(k);
  return out;
}

function modifierNoun(s: SentenceView, t: Trigger, trigTokens: Set<number>): boolean {
  if (t.entry.pos !== "noun" || s.rel(t.h) !== "compound") return false;
  const h = s.head![t.h];
  return (
    h > t.h &&
    h <= t.to + 1 &&
    !trigTokens.has(h) &&
    s.upos(h) === "NOUN" &&
    !ACT_HEADS.has(s.lemma[h]) &&
    !ACT_HEADS.has(s.lower[h])
  );
}

const ACT_HEADS = GRAMMAR.actHeads;

/** Acts that are a street obstruction when a crowd does them (block a road, occupy a building). */
const CROWD_OBSTRUCT = GRAMMAR.crowdObstructions;

/** Words that count a group an agent phrase may start with (by most of, par la plupart des). */
const COUNT_WORDS = GRAMMAR.groupCountWords;

/** ASSAULT modes of street violence: by a crowd, they are a riot. */
const STREET_VIOLENCE = new Set(["primitive", "destroy"]);

const SUBORDINATORS = GRAMMAR.subordinators;
const BACKGROUND_STOPS = GRAMMAR.backgroundStops;
const PHRASAL_PARTICLES = GRAMMAR.phrasalParticles;

/**
 * The token stands in a phrase or clause opened by a background word ("Two days after the bombing, …",
 * "… following a request from X", « lors d'une visite »), with no comma or coordination in between: read
 * on the words, since a parser often hangs a long sentence's main verb under such a phrase.
 */
function inBackground(s: SentenceView, k: number): boolean {
  // "Jailed activist X, who …, has been on hunger strike": a participle opening the subject describes it.
  if (
    k === clauseStart(s) &&
    s.hasSyntax &&
    s.baseRel(k) === "amod" &&
    /ed$/.test(s.lower[k]) &&
    /^(NOUN|PROPN)$/.test(s.upos(k + 1))
  )
    return true;
  // "X, meeting in emergency session, condemned …", "…, accusing Khartoum of …", « , en accusant … »: a
  // participle set off by a comma describes the circumstance of the main act.
  // The words after such a participle, up to the next comma, belong to it ("…, accusing them of inciting unrest").
  for (let j = k; j >= 0 && k - j <= 12; j--) {
    if (j > 0 && s.lower[j - 1] === "," && /\p{L}{3,}ing$/u.test(s.lower[j]) && s.upos(j) === "VERB")
      return true;
    if (j > 1 && s.lower[j - 2] === "," && s.lower[j - 1] === "en" && /ant$/.test(s.lower[j])) return true;

    if (j === clauseStart(s) && (openingParticiple(s, j) || openingPhrase(s, j))) return true;
    if (j === k) continue;
    const w = s.lower[j];
    // ", which boycotted the vote,", « , qui a boycotté le scrutin, »: a clause about a party already named.
    if (RELATIVES.has(w) && j > 0 && s.lower[j - 1] === ",") return true;
    if (BACKGROUND_STOPS.has(w)) return false;
    // "It came after nine days of street protests": an empty main clause leaves the act after it in the foreground.
    if (SUBORDINATORS.has(w)) return !(j >= 2 && HOLLOW_LEADS.has(`${s.lower[j - 2]} ${s.lower[j - 1]}`));
  }
  return false;
}

const HOLLOW_LEADS = GRAMMAR.hollowLeads;

/** The first word of the sentence after a wire dateline ("KABUL, May 3 (Reuters) - …"), else 0. */
function clauseStart(s: SentenceView): number {
  for (let k = 1; k < Math.min(s.length - 1, 12); k++)
    if (DATELINE_DASHES.has(s.lower[k]) && (datelinePlace(s, 0) || datelinePlace(s, k - 1))) return k + 1;
  return 0;
}

/**
 * "Brushing aside objections from …, Kazakhstan pledged …", « Balayant les objections, le Karsan a promis … »:
 * a present participle opening the sentence, whose clause ends at a comma before a subject of its own, sets the
 * scene for the main act.
 */
function openingParticiple(s: SentenceView, j: number): boolean {
  if (
    s.upos(j) !== "VERB" ||
    !(/\p{L}{3,}ing$/u.test(s.lower[j]) || (s.doc.lang === "fr" && /\p{L}{2,}ant$/u.test(s.lower[j])))
  )
    return false;
  // "Fighting between the two armies flared …", "Shelling of the port resumed, …": a gerund naming the act is
  // the subject, not a scene-setting clause.
  if (
    !s.hasSyntax ||
    /^nsubj/.test(s.rel(j)) ||
    /^(VERB|AUX|PUNCT|CCONJ)$/.test(s.upos(j + 1)) ||
    (s.upos(j + 1) === "ADP" && !PHRASAL_PARTICLES.has(s.lower[j + 1]))
  )
    return false;
  const comma = s.lower.indexOf(",", j + 1);
  if (comma < 0) return false;
  for (let x = comma + 1; x < s.length; x++)
    if (/^nsubj/.test(s.rel(x)) && s.head![x] > x && s.upos(s.head![x]) === "VERB") return true;
  return false;
}

/**
 * "In a show of force aimed at X, Valdoria dispatched …", « En réponse à l'attaque, la Valdorie a … »: a
 * prepositional phrase opening the sentence and closed by a comma before a subject of its own frames the act.
 */
function openingPhrase(s: SentenceView, j: number): boolean {
  if (!s.hasSyntax || s.upos(j) !== "ADP") return false;
  const comma = s.lower.indexOf(",", j + 1);
  if (comma < 0) return false;
  // "Up to 100 people demonstrated in X, where …": a clause of its own before the comma is the main one.
  for (let x = j + 1; x < comma; x++)
    if (/^nsubj/.test(s.rel(x)) && s.upos(s.head![x]) === "VERB") return false;
  for (let x = comma + 1; x < s.length; x++)
    if (/^nsubj/.test(s.rel(x)) && s.head![x] > x && s.upos(s.head![x]) === "VERB") return true;
  return false;
}

/** "Sources close to the talks said …": the token lies in the subject phrase of a speech verb. */
function inSpeakerPhrase(s: SentenceView, lex: EventLexicon, k: number): boolean {
  if (!s.hasSyntax) return false;
  for (let cur = k, n = 0; cur >= 0 && n < 6; cur = s.head![cur], n++) {
    const h = s.head![cur];
    if (h >= 0 && /^nsubj/.test(s.rel(cur)) && cur !== k && lex.reportVerbs.has(s.lemma[h])) return true;
    if (h >= 0 && /^nsubj/.test(s.rel(cur)) && cur === k) return false;
  }
  return false;
}

const RELATIVES = new Set(["who", "which", "whose", "whom", "qui", "dont", "lequel", "laquelle"]);

/** From `k` up to the root only through complement and coordination links (the sentence's main predicate chain). */
function mainChain(s: SentenceView, k: number): boolean {
  if (!s.hasSyntax) return true;
  for (let cur = k, n = 0; cur >= 0 && n < 12; cur = s.head![cur], n++) {
    const h = s.head![cur];
    // A noun the parser made the root while a verb with its own subject stands elsewhere ("granted asylum to
    // Afghans who fled the fighting" rooted at "fighting"): the verb is the predicate, the noun is not.
    if (h < 0) return s.upos(cur) !== "NOUN" || !clausalVerbElsewhere(s, cur);
    // A root that is no verb ("Amnesty International called on …" rooted at the name): the parser hung the
    // real predicate under it, as a clause of any kind.
    if (s.head![h] < 0 && s.upos(h) !== "VERB" && s.upos(h) !== "AUX" && s.upos(cur) === "VERB") return true;
    if (!/^(xcomp|ccomp|conj|parataxis)$/.test(s.baseRel(cur))) return false;
  }
  return false;
}

/** Some verb other than under `root` has a subject of its own. */
function clausalVerbElsewhere(s: SentenceView, root: number): boolean {
  for (let v = 0; v < s.length; v++)
    if (v !== root && s.upos(v) === "VERB" && s.children(v).some((c) => /^nsubj/.test(s.rel(c)))) return true;
  return false;
}

function protestInSentence(s: SentenceView, lex: EventLexicon): boolean {
  for (let k = 0; k < s.length; k++)
    if (
      // "rockets struck the base": the verb "strike" names no protest.
      !(s.hasSyntax && s.upos(k) === "VERB") &&
      (lex.single.get(s.lemma[k]) ?? []).some((e) => e.type === "PROTEST" && e.pos === "noun")
    )
      return true;
  return false;
}

/** Named subject of an if/unless clause under `anchor` (the party a threat's condition is put to). */
function conditionParty(
  s: SentenceView,
  lex: EventLexicon,
  anchor: number,
  mentions: ActorMention[],
): ActorMention[] {
  for (let c = 0; c < s.length; c++) {
    // The parser may hang the if-clause on the threatened noun (acl) rather than on the verb.
    if ((s.baseRel(c) !== "advcl" && s.baseRel(c) !== "acl") || !s.dominates(anchor, c, 4)) continue;
    if (!s.children(c).some((m) => s.baseRel(m) === "mark" && lex.conditionals.has(s.lower[m]))) continue;
    const sub = subjectOf(s, c, 0);
    if (!sub || PRONOUNS.has(s.lower[sub.k])) continue;
    const all = actorsUnder(s, sub.k, mentions);
    const named = all.filter((m) => m.rank > 0);
    // "if the government raised prices": a common-noun actor when no name is there.
    if (named.length || all.length) return named.length ? named : all;
  }
  return [];
}

/** A threat condition (unless, à moins que) after the trigger, in the anchor's clause when the parser ran. */
function threatCondition(s: SentenceView, lex: EventLexicon, anchor: number, after: number): boolean {
  for (let k = after; k < s.length; k++)
    for (const phrase of lex.threatConditions) {
      if (k + phrase.length > s.length || !phrase.every((w, j) => s.lower[k + j] === w)) continue;
      if (!s.hasSyntax || s.dominates(anchor, k, 4)) return true;
    }
  return false;
}

function sameActors(a: ActorMention[], b: ActorMention[]): boolean {
  return a.length === b.length && a.every((m, i) => m.from === b[i].from);
}

/** The actors of mentions, in an array filled from a literal so V8 keeps it an array of objects from birth. */
function actorsFor(s: SentenceView, ms: readonly ActorMention[]): EventActor[] {
  const out: EventActor[] = [];
  for (const m of ms) out.push(actorFor(s, m));
  return out;
}

function actorFor(s: SentenceView, m: ActorMention): EventActor {
  if (m.from < 0) {
    return { name: m.name, start: undefined, end: undefined, entity: m.entity || undefined };
  }
  const a = toActor(s, m);
  a.name = m.name;
  const np = demonymPhrase(s, m);
  // « des avions de combat russes » as a side is Russia: a weapon acts for its country, named as such; so does
  // a thing no one but its country can stand for (« la proposition rwandaise », « le territoire français »).
  const country =
    np >= 0 && m.entity && (equipmentAt(s, np) || !peopleNoun(s, np))
      ? countryByCode(m.entity.slice(8))
      : undefined;
  if (np >= 0) a.name = country ? country.nameFr : s.slice(np, m.to - 1);
  else if (m.kind === "DEM" && s.doc.lang === "en") a.name = englishDemonymName(s, m) ?? a.name;
  return a;
}

/**
 * An English nationality adjective standing alone as an actor before what a state says or trades ("Egyptian
 * claims", "all Mexican goods"): the country itself is the side, named as such.
 */
function englishDemonymName(s: SentenceView, m: ActorMention): string | null {
  if (!s.head || m.to - m.from !== 1 || !m.entity?.startsWith("country:")) return null;
  const h = s.head[m.from];
  if (
    h <= m.from ||
    h > m.from + 3 ||
    !STATE_THINGS.has(s.lemma[h]) ||
    !/^(amod|compound)$/.test(s.rel(m.from))
  )
    return null;
  return countryByCode(m.entity.slice(8))?.name ?? null;
}

const STATE_THINGS = GRAMMAR.stateThingNouns;

/**
 * The noun phrase a French nationality adjective standing alone as an actor qualifies (« la diplomatie russe »,
 * « des navires de guerre chinois »): its first word, or -1. The adjective alone names no one; the phrase keeps
 * the country's code and says who of that country acts. Counting nouns (« une vingtaine de ») stay out.
 */
/** « navires de guerre », « services de sécurité »: k is a bare de-complement right after its noun h. */
function bareOfComplement(s: SentenceView, k: number, h: number): boolean {
  if (s.baseRel(k) !== "nmod" || k !== h + 2 || !OF_CASES.has(s.lower[h + 1])) return false;
  return !s.children(k).some((c) => s.upos(c) === "DET" || s.upos(c) === "NUM");
}

/** Token k names people: an actor noun, a person noun or a crowd (« ressortissant », « migrants »). */
function peopleNoun(s: SentenceView, k: number): boolean {
  const crowd = eventLexicon(s.doc.lang ?? "en").crowdNouns;
  return personHead(s, k) || crowd.has(s.lemma[k]) || crowd.has(s.lower[k]);
}

function demonymPhrase(s: SentenceView, m: ActorMention): number {
  if (m.kind !== "DEM" || !s.head || m.to - m.from !== 1 || s.doc.lang !== "fr") return -1;
  let k = m.from;
  let first = -1;
  for (let n = 0; n < 3; n++) {
    const h = s.head[k];
    if (h < 0 || h > k || s.upos(h) !== "NOUN" || COUNTING_NOUNS.has(s.lower[h])) break;
    // Only a noun's own adjective, or a bare « de guerre » complement inside the phrase climbs.
    if (k !== m.from && !bareOfComplement(s, k, h)) break;
    if (k === m.from && s.baseRel(k) !== "amod") break;
    first = h;
    k = h;
    // « le passage de navires de guerre chinois »: the weapon is the side, not the act it is part of.
    if (equipmentAt(s, h)) break;
  }
  return first;
}

function pickReporter(
  s: SentenceView,
  reporters: { actor: EventActor; verb: number; prep: boolean }[],
  t: Trigger,
  anchor: number,
): { actor: EventActor; verb: number; prep: boolean } | null {
  for (const r of reporters) {
    if (r.prep) return r;
    if (r.verb === anchor || r.verb === t.i) continue;
    if (s.hasSyntax) {
      if (s.dominates(r.verb, anchor, 5)) return r;
      // Inverted or trailing cue: "…, a rapporté KTA", "…, officials said."
      if (
        s.head &&
        s.head[r.verb] === anchor &&
        (/parataxis|ccomp|advcl/.test(s.rel(r.verb)) ||
          (s.rel(r.verb) === "conj" && INCISE_OPENERS.has(s.lower[r.verb - 1] ?? "")))
      )
        return r;
      if (s.head && s.head[r.verb] < 0 && s.head[anchor] >= 0 && s.dominates(r.verb, anchor, 8)) return r;
      // « …, affirment les services ukrainiens. »: a closing incise speaks for the clause before it, however the parser hung it.
      if (r.verb > anchor && finalIncise(s, r.verb)) return r;
    } else if (r.verb < anchor || r.verb > anchor + 1) return r;
  }
  return null;
}

/** A speech verb after a comma with no other verb between it and the end of the sentence. */
function finalIncise(s: SentenceView, v: number): boolean {
  let open = v - 1;
  while (open > 0 && INCISE_AUXILIARIES.has(s.lower[open])) open--;
  if (open < 0 || !INCISE_OPENERS.has(s.lower[open])) return false;
  for (let k = v + 1; k < s.length; k++) if (s.upos(k) === "VERB" || s.lower[k] === ",") return false;
  return true;
}

/** A request whose content is one of these is coded by it (CAMEO 053, 113). */
const RALLY: Record<string, PloverType> = { SUPPORT: "SUPPORT", PROTEST: "ACCUSE", MOBILIZE: "ACCUSE" };

const REQUEST_MODE: Record<string, string> = {
  CONSULT: "meet",
  AID: "assist",
  COOPERATE: "assist",
  SUPPORT: "assist",
  AGREE: "assist",
  RETREAT: "yield",
  CONCEDE: "yield",
};

function modeFromComplement(type: string, inner: string, innerMode: string | undefined): string | undefined {
  if (type === "REQUEST" || type === "REJECT") return REQUEST_MODE[inner] ?? "change";
  if (type === "THREATEN") {
    if (inner === "ASSAULT" || inner === "MOBILIZE") return "violence";
    if (inner === "SANCTION") return innerMode === "expel" ? "expel" : "relations";
    if (inner === "COERCE") return innerMode === "arrest" ? "arrest" : "restrict";
    if (inner === "PROTEST" || inner === "REJECT") return "relations";
  }
  return undefined;
}

function exchangeCounter(s: SentenceView, lex: EventLexicon, ev: Event, t: Trigger): Event | null {
  for (let k = 0; k < s.length; k++) {
    for (const phrase of lex.exchange) {
      let ok = true;
      for (let w = 0; w < phrase.length; w++) if (s.lower[k + w] !== phrase[w]) ok = false;
      if (!ok) continue;
      const end = k + phrase.length;
      let a = end;
      while (a < s.length && DETS.has(s.lower[a])) a++;
      let b = a;
      while (
        b < s.length &&
        s.lower[b] !== "," &&
        s.lower[b] !== "." &&
        b - a < 6 &&
        !(b > a && CLAUSE_BREAK.has(s.lower[b]))
      )
        b++;
      const items =
        phrase[phrase.length - 1] === "de" ||
        phrase[phrase.length - 1] === "d'" ||
        phrase[phrase.length - 1] === "for"
          ? b > a
            ? [{ text: s.slice(a, b - 1), start: s.start[a], end: s.end[b - 1] }]
            : []
          : [];
      // "a remis en retour …": the transfer is itself the return; no counter-transfer.
      if (!items.length && k > t.i) return null;
      const counter: Event = {
        type: "AID",
        trigger: { start: s.start[k], end: s.end[end - 1], text: s.slice(k, end - 1) },
        source: ev.target,
        target: ev.source,
        modality: ev.modality,
        evidence: ev.evidence,
      };
      if (items.length) counter.items = items;
      if (ev.reportedBy) counter.reportedBy = ev.reportedBy;
      return counter;
    }
  }
  return null;
}

function nearestDate(doc: Doc, range: { start: number; end: number }, at: number): Event["date"] | undefined {
  let best: Event["date"] | undefined;
  let dist = Number.POSITIVE_INFINITY;
  for (const d of doc.dates) {
    if (d.start < range.start || d.end > range.end) continue;
    const dd = Math.abs(d.start - at);
    if (dd < dist) {
      dist = dd;
      best = { value: d.value, precision: d.precision };
    }
  }
  return best;
}
