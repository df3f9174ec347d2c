import { ACTOR_NOUNS_EN, CROWD_NOUNS_EN, MODALITY_EN, PLAN_VERBS_EN } from "../lang/en/events-cues.ts";
import { EVENT_GRAMMAR_EN } from "../lang/en/events-grammar.ts";
import { TRIGGERS_EN } from "../lang/en/events-triggers.ts";
import { TRIGGERS_EN_CAMEO, TRIGGERS_EN_CODEBOOK } from "../lang/en/events-triggers-cameo.ts";
import { ACTOR_NOUNS_FR, CROWD_NOUNS_FR, MODALITY_FR, PLAN_VERBS_FR } from "../lang/fr/events-cues.ts";
import { EVENT_GRAMMAR_FR } from "../lang/fr/events-grammar.ts";
import { TRIGGERS_FR } from "../lang/fr/events-triggers.ts";
import { TRIGGERS_FR_CAMEO, TRIGGERS_FR_CODEBOOK } from "../lang/fr/events-triggers-cameo.ts";
import type { ActorNouns, EventGrammar, ModalityCues, TriggerEntry } from "./tables.ts";

/**
 * The event lexicon of a language, compiled once from the tables in
 * src/lang/<lang>/events-*.ts: single-word triggers by lemma and by every
 * inflected form we can generate (so matching works without the tagger),
 * phrase triggers by their first word, and the modality cue sets.
 */
export interface EventLexicon {
  lang: string;
  /** Lemma or surface form (lower case) → entries. */
  single: Map<string, TriggerEntry[]>;
  /** First word (lemma or form) → phrase entries with their words. */
  phrases: Map<string, { words: string[]; entry: TriggerEntry }[]>;
  /** The keys of `single` and `phrases`: most words are in neither, and one look-up tells. */
  triggerWords: Set<string>;
  /** Reflexive entries (se rendre, s'engager) need a reflexive clitic before the verb. */
  reflexive: Set<TriggerEntry>;
  cues: ModalityCues;
  negations: Set<string>;
  modals: Set<string>;
  hypotheticalAdjectives: Set<string>;
  conditionals: Set<string>;
  /** Threat conditions as word lists, longest first. */
  threatConditions: string[][];
  reportPrepositions: Set<string>;
  reportVerbs: Set<string>;
  pledgedAdjectives: Set<string>;
  deliveredWords: Set<string>;
  allegedWords: Set<string>;
  allegedVerbs: Set<string>;
  restrictives: Set<string>;
  futureWords: Set<string>;
  planVerbs: Set<string>;
  gift: Set<string>;
  exchange: string[][];
  actorNouns: ActorNouns;
  /** Crowd and rank-and-file nouns (students, workers, thousands): their protests are street protests. */
  crowdNouns: Set<string>;
  /** Subject heads whose gathering is a meeting (ministers, leaders): from the language's event grammar. */
  meetingNouns: Set<string>;
  /** Every object word any entry asks for. */
  objectWords: Set<string>;
}

const cache = new Map<string, EventLexicon>();

function englishVerbForms(l: string): string[] {
  const out = [l];
  const stem = l.endsWith("e") ? l.slice(0, -1) : l;
  if (/[^aeiou]y$/.test(l)) out.push(`${l.slice(0, -1)}ies`, `${l.slice(0, -1)}ied`);
  else if (/(s|sh|ch|x|z)$/.test(l)) out.push(`${l}es`, `${l}ed`);
  else out.push(`${l}s`, l.endsWith("e") ? `${l}d` : `${l}ed`);
  out.push(`${stem}ing`);
  // Doubling for short verbs (ship → shipped, ban → banned).
  if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(l)) {
    const c = l[l.length - 1];
    out.push(`${l}${c}ed`, `${l}${c}ing`);
  }
  return out;
}

function englishNounForms(l: string): string[] {
  if (/[^aeiou]y$/.test(l)) return [l, `${l.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z)$/.test(l)) return [l, `${l}es`];
  return [l, `${l}s`];
}

const ER_ENDINGS = [
  "er",
  "e",
  "es",
  "ent",
  "é",
  "ée",
  "és",
  "ées",
  "era",
  "eront",
  "erait",
  "eraient",
  "erai",
  "ait",
  "aient",
  "a",
  "èrent",
  "ons",
  "ez",
  "ant",
];
const IR_ENDINGS = [
  "ir",
  "i",
  "ie",
  "is",
  "ies",
  "it",
  "issent",
  "ira",
  "iront",
  "irait",
  "iraient",
  "issait",
  "issaient",
  "issant",
  "irent",
];

function frenchVerbForms(l: string): string[] {
  if (l.endsWith("er")) {
    const stem = l.slice(0, -2);
    // manger → mangeons; placer → plaçons are rare enough to ignore here.
    return ER_ENDINGS.map((e) => stem + e);
  }
  if (l.endsWith("ir")) return IR_ENDINGS.map((e) => l.slice(0, -2) + e);
  return [l];
}

function frenchNounForms(l: string): string[] {
  if (/(s|x|z)$/.test(l)) return [l];
  if (l.endsWith("al")) return [l, `${l.slice(0, -2)}aux`];
  if (/(eau|eu)$/.test(l)) return [l, `${l}x`];
  return [l, `${l}s`];
}

/** The British or American spelling of an English word form (-ize/-ise, -ization/-isation, -yze/-yse), or null. */
function otherSpelling(w: string): string | null {
  const m = /^(.{3,})(iz|is|yz|ys)(e|es|ed|ing|ation|ations|er|ers)$/.exec(w);
  if (!m) return null;
  const swap: Record<string, string> = { iz: "is", is: "iz", yz: "ys", ys: "yz" };
  // A spelling no text uses ("promize") is harmless: it never matches.
  return m[1] + swap[m[2]] + m[3];
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Strips a French reflexive pronoun from a lemma ("s'engager" → "engager"). */
function unreflexive(lemma: string): { word: string; reflexive: boolean } {
  const m = /^(?:s'|s’|se )(.+)$/.exec(lemma);
  return m ? { word: m[1], reflexive: true } : { word: lemma, reflexive: false };
}

/** The base table, then the entries of `extra` that add a lemma, part of speech and type it lacks. */
function withoutDuplicates(base: TriggerEntry[], extra: TriggerEntry[]): TriggerEntry[] {
  const seen = new Set(base.map((e) => `${e.lemma}|${e.pos}|${e.type}|${(e.objects ?? []).join(",")}`));
  return [
    ...base,
    ...extra.filter((e) => !seen.has(`${e.lemma}|${e.pos}|${e.type}|${(e.objects ?? []).join(",")}`)),
  ];
}

/**
 * The compiled lexicon of `lang` ("fr" or "en"; anything else gets English).
 *
 * @example
 * eventLexicon("fr").single.get("livré")?.[0].type; // "AID"
 */
export function eventLexicon(lang: string): EventLexicon {
  const key = lang === "fr" ? "fr" : "en";
  const hit = cache.get(key);
  if (hit) return hit;
  const fr = key === "fr";
  const triggers = fr
    ? withoutDuplicates(withoutDuplicates(TRIGGERS_FR, TRIGGERS_FR_CAMEO), TRIGGERS_FR_CODEBOOK)
    : withoutDuplicates(withoutDuplicates(TRIGGERS_EN, TRIGGERS_EN_CAMEO), TRIGGERS_EN_CODEBOOK);
  const cues = fr ? MODALITY_FR : MODALITY_EN;
  const single = new Map<string, TriggerEntry[]>();
  const phrases = new Map<string, { words: string[]; entry: TriggerEntry }[]>();
  const reflexive = new Set<TriggerEntry>();
  const objectWords = new Set<string>();
  for (const entry of triggers) {
    for (const o of entry.objects ?? []) objectWords.add(o);
    const { word, reflexive: refl } = unreflexive(entry.lemma);
    if (refl) reflexive.add(entry);
    // « tir d'essai », « échange d'otages »: the tokeniser splits the elided article off its word.
    const words = fr ? word.split(" ").flatMap(splitElision) : word.split(" ");
    const verb = entry.pos === "verb";
    const first = words[0];
    const firstForms = new Set<string>([
      first,
      ...(fr
        ? verb
          ? frenchVerbForms(first)
          : frenchNounForms(first)
        : verb
          ? englishVerbForms(first)
          : englishNounForms(first)),
      ...(words.length === 1 ? (entry.forms ?? []) : (entry.forms ?? []).filter((f) => !f.includes(" "))),
    ]);
    // "nationalise" / "nationalize", "mobilisation", "defence": both spellings of English words.
    if (!fr)
      for (const f of [...firstForms]) {
        const alt = otherSpelling(f);
        if (alt) firstForms.add(alt);
      }
    if (words.length === 1) {
      for (const f of firstForms) add(single, f, entry);
    } else {
      // Plural of the last word of noun phrases ("war games", "air strikes").
      const variants = [words];
      if (!verb) {
        const last = words[words.length - 1];
        for (const f of fr ? frenchNounForms(last) : englishNounForms(last))
          if (f !== last) variants.push([...words.slice(0, -1), f]);
      }
      for (const v of variants)
        for (const f of firstForms) add(phrases, f, { words: [f, ...v.slice(1)], entry });
    }
  }
  const lex: EventLexicon = {
    lang: key,
    single,
    phrases,
    triggerWords: new Set([...single.keys(), ...phrases.keys()]),
    reflexive,
    cues,
    negations: new Set(cues.negations),
    modals: new Set(cues.modals),
    hypotheticalAdjectives: new Set(cues.hypotheticalAdjectives),
    conditionals: new Set(cues.conditionals),
    threatConditions: cues.threatConditions.map((p) => p.split(" ")).sort((a, b) => b.length - a.length),
    reportPrepositions: new Set(cues.reportPrepositions),
    // Inflected forms too: an inverted speech verb is often mistagged and left unlemmatised (« affirment »).
    reportVerbs: new Set(cues.reportVerbs.flatMap((v) => (fr ? frenchVerbForms(v) : englishVerbForms(v)))),
    pledgedAdjectives: new Set(cues.pledgedAdjectives),
    deliveredWords: new Set(cues.deliveredWords),
    allegedWords: new Set(cues.allegedWords),
    allegedVerbs: new Set(cues.allegedVerbs),
    restrictives: new Set(cues.restrictives),
    futureWords: new Set(cues.futureWords),
    planVerbs: new Set(fr ? PLAN_VERBS_FR : PLAN_VERBS_EN),
    gift: new Set(cues.gift),
    exchange: cues.exchange.map((p) => p.split(" ")).sort((a, b) => b.length - a.length),
    // Crowds and rank-and-file groups (miners, villagers) are actors too.
    actorNouns: {
      ...Object.fromEntries((fr ? CROWD_NOUNS_FR : CROWD_NOUNS_EN).map((w) => [w, "group" as const])),
      ...(fr ? ACTOR_NOUNS_FR : ACTOR_NOUNS_EN),
    },
    crowdNouns: new Set(fr ? CROWD_NOUNS_FR : CROWD_NOUNS_EN),
    meetingNouns: new Set((fr ? EVENT_GRAMMAR_FR : EVENT_GRAMMAR_EN).meetingNouns),
    objectWords,
  };
  cache.set(key, lex);
  return lex;
}

/**
 * The extractor's function-word sets: for each EventGrammar field, the words of
 * the English and French tables together (sentences are read with either).
 *
 * @example
 * eventGrammar().recipientPreps.has("à"); // true
 */
export function eventGrammar(): { [K in keyof EventGrammar]-?: Set<string> } {
  const out = {} as { [K in keyof EventGrammar]-?: Set<string> };
  for (const key of Object.keys(EVENT_GRAMMAR_EN) as (keyof EventGrammar)[])
    out[key] = new Set([...(EVENT_GRAMMAR_EN[key] ?? []), ...(EVENT_GRAMMAR_FR[key] ?? [])]);
  return out;
}

/** « d'essai » → « d' », « essai »: a French elided word as the tokeniser gives it. */
function splitElision(w: string): string[] {
  const m = /^([a-zç]{1,5}['’])(.+)$/i.exec(w);
  return m ? [m[1], m[2]] : [w];
}
