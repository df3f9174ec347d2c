import { countries } from "../entities/countries.ts";
import { entryTokens } from "../entities/lexicon.ts";
import * as EN from "../lang/en/ner-repairs.ts";
import * as FR from "../lang/fr/ner-repairs.ts";
import { FEMALE_FIRST_NAMES_FR, MALE_FIRST_NAMES_FR } from "../lang/fr/quotes-first-names.ts";
import { wordKeys } from "./features.ts";
import { PhraseTable, phraseKey } from "./phrases.ts";
import { type TagSpan, typeIndex } from "./tags.ts";

const PER = typeIndex("PER");
const LOC = typeIndex("LOC");
const ORG = typeIndex("ORG");

/** The repairs a language can run, each from its own table (an empty table turns a rule off). */
export interface RepairTables {
  placeHeads: ReadonlySet<string>;
  placeLinks: ReadonlySet<string>;
  placeLinkArticles: ReadonlySet<string>;
  particlesAfter: ReadonlySet<string>;
  particlesBefore: ReadonlySet<string>;
  /** Particles that may follow one of particlesBefore (« von der Leyen »). */
  particlesInside: ReadonlySet<string>;
  /** Titles before « de » and a surname (« général de Gaulle »), and the words of that « de ». */
  particleTitles: ReadonlySet<string>;
  particleTitleLinks: ReadonlySet<string>;
  titleDeterminers: ReadonlySet<string>;
  /** Functions (one or two words, lower case) that announce a person. */
  personFunctions: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  countryCues: ReadonlySet<string>;
  /** Cues after which a name that is also a demonym is the country (« la Suisse », « en Suisse »). */
  placeCues: ReadonlySet<string>;
  /** Nationality nouns and adjectives, lower case. */
  demonyms: ReadonlySet<string>;
  /** Bodies named by a noun and an adjective (« Conseil national »). */
  namedBodies: PhraseTable<true> | null;
  /** Heads, links, inner words and adjective endings of institution names (« Centre d'études des conflits … »). */
  institutionHeads: ReadonlySet<string>;
  institutionLinks: ReadonlySet<string>;
  institutionInner: ReadonlySet<string>;
  /** The conjunction between two complements of one institution name (« … des sciences et des arts »). */
  institutionCoordinators: ReadonlySet<string>;
  institutionAdjectiveEndings: readonly string[];
  /** Country abbreviations of sports results (« (Fr) »). */
  resultCountries: ReadonlySet<string>;
  /** Adjectives (and nationality adjectives) that end a body or place name. */
  finalAdjectives: ReadonlySet<string>;
  /** The adjectives that end a place name (« Europe occidentale »; not « Genève internationale »). */
  placeFinalAdjectives: ReadonlySet<string>;
  /** Capitalised country names (phrase keys) of the language. */
  countryNames: PhraseTable<true> | null;
}

const set = (words: readonly string[] = []) => new Set(words);

function countryTable(lang: string): PhraseTable<true> {
  const table = new PhraseTable<true>();
  for (const c of countries()) {
    const names = lang === "fr" ? [c.nameFr, ...c.names] : [c.name, ...c.names];
    for (const n of names) if (n.length >= 4) table.add(entryTokens(n, lang), true);
  }
  return table;
}

function phrases(list: readonly string[], lang: string): PhraseTable<true> {
  const table = new PhraseTable<true>();
  for (const p of list) table.add(entryTokens(p, lang), true);
  return table;
}

const tablesCache = new Map<string, RepairTables | null>();

/** The repair tables of a language, or null when it has none. */
export function repairTables(lang: string): RepairTables | null {
  if (tablesCache.has(lang)) return tablesCache.get(lang)!;
  let t: RepairTables | null = null;
  if (lang === "fr")
    t = {
      placeHeads: set(FR.PLACE_HEADS),
      placeLinks: set(FR.PLACE_LINKS),
      placeLinkArticles: set(FR.PLACE_LINK_ARTICLES),
      particlesAfter: set(FR.NAME_PARTICLES_AFTER),
      particlesBefore: set(FR.NAME_PARTICLES_BEFORE),
      particlesInside: set(FR.NAME_PARTICLES_INSIDE),
      personFunctions: set(FR.PERSON_FUNCTIONS),
      particleTitles: set(FR.PARTICLE_NAME_TITLES),
      particleTitleLinks: set(FR.PARTICLE_TITLE_LINKS),
      titleDeterminers: set(FR.TITLE_DETERMINERS),
      firstNames: new Set(`${FEMALE_FIRST_NAMES_FR} ${MALE_FIRST_NAMES_FR}`.split(/\s+/).filter(Boolean)),
      countryCues: set(FR.COUNTRY_CUES),
      placeCues: set(FR.COUNTRY_PLACE_CUES),
      demonyms: new Set(countries().flatMap((c) => c.demonymsFr)),
      resultCountries: set(FR.RESULT_COUNTRIES),
      namedBodies: phrases(FR.NAMED_BODIES, "fr"),
      institutionHeads: set(FR.INSTITUTION_HEADS),
      institutionLinks: set(FR.INSTITUTION_LINKS),
      institutionInner: set(FR.INSTITUTION_INNER),
      institutionCoordinators: set(FR.INSTITUTION_COORDINATORS),
      institutionAdjectiveEndings: FR.INSTITUTION_ADJECTIVE_ENDINGS,
      finalAdjectives: new Set([...FR.NAME_FINAL_ADJECTIVES, ...countries().flatMap((c) => c.demonymsFr)]),
      placeFinalAdjectives: set(FR.PLACE_FINAL_ADJECTIVES),
      countryNames: countryTable("fr"),
    };
  else if (lang === "en")
    t = {
      placeHeads: set(),
      placeLinks: set(),
      placeLinkArticles: set(),
      particlesAfter: set(EN.NAME_PARTICLES_AFTER),
      particlesBefore: set(EN.NAME_PARTICLES_BEFORE),
      particlesInside: set(EN.NAME_PARTICLES_INSIDE),
      personFunctions: set(),
      particleTitles: set(),
      particleTitleLinks: set(),
      titleDeterminers: set(),
      firstNames: set(),
      countryCues: set(),
      placeCues: set(),
      demonyms: set(),
      resultCountries: set(),
      namedBodies: null,
      institutionHeads: set(),
      institutionLinks: set(),
      institutionInner: set(),
      institutionCoordinators: set(),
      institutionAdjectiveEndings: [],
      finalAdjectives: set(),
      placeFinalAdjectives: set(),
      countryNames: null,
    };
  tablesCache.set(lang, t);
  return t;
}

/** A capitalised word of letters (« Laden », « Ronsard »), not a lone initial or an acronym. */
function isNameWord(w: string): boolean {
  return NAME_WORD.test(w);
}
function isLowerWord(w: string): boolean {
  return w !== w.toUpperCase() && w === w.toLowerCase();
}
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]/u;

/** The rules of repairSpans, all on by default ($DOSSIER_NER_REPAIRS=place,particles,… picks some). */
export const REPAIR_RULES = [
  "place",
  "particles",
  "functions",
  "countries",
  "adjectives",
  "results",
  "bodies",
  "institutions",
] as const;

function activeRules(): ReadonlySet<string> {
  const env = process.env.DOSSIER_NER_REPAIRS;
  return new Set(env == null ? REPAIR_RULES : env.split(",").filter(Boolean));
}

/**
 * Span repairs after tagging, from per-language tables: a place name takes in
 * the common noun that opens it (« pyramide de Khéops »), a person's name its
 * particles (« Oussama ben Laden », « Pierre de Ronsard »), a name after a
 * function is a person (« la sénatrice Inès Moreau »), and a country name the
 * model left out after an article or a preposition is a place (« en Suisse »).
 *
 * @example
 * repairSpans("fr", [["la", "pyramide", "de", "Khéops"]], [[{ start: 3, end: 4, type: 2 }]]);
 * // [[{ start: 1, end: 4, type: 2 }]]
 */
export function repairSpans(
  lang: string,
  sentences: readonly (readonly string[])[],
  spans: TagSpan[][],
  rules: ReadonlySet<string> = activeRules(),
): TagSpan[][] {
  const t = repairTables(lang);
  if (!t || rules.size === 0) return spans;
  if (!primed.has(lang)) {
    primed.add(lang);
    prime(t, rules, lang);
  }
  return spans.map((list, s) => repairSentence(t, rules, sentences[s], list, sentences[s - 1]));
}

/**
 * Invented sentences (words joined by spaces) and model spans [start, end, type] that take the rule
 * phases' rarer paths: a place head before a name, particles between two spans, a function before a
 * name, a country the model left out, an adjective after a body, a ranked sports result, a named
 * body, an institution with « de » and « et », a title before « de ».
 */
const PRIMERS: Record<string, [string, [number, number, string][]][]> = {
  fr: [
    ["la visite de la tour de Valbrune hier", [[6, 7, "LOC"]]],
    [
      "Karim bin Salem a été reçu",
      [
        [0, 1, "LOC"],
        [2, 3, "LOC"],
      ],
    ],
    ["Karim bin Salem et Jan van der Molen sont venus", []],
    ["le parc Anton van Dijk ferme", [[1, 5, "LOC"]]],
    ["le ministère de la Culture et de la Communication a répondu", [[1, 5, "ORG"]]],
    [
      "Noé Berthier de Port Lavande joue",
      [
        [0, 2, "PER"],
        [3, 5, "PER"],
      ],
    ],
    ["la députée Lina Faure a voté", [[2, 4, "ORG"]]],
    ["DÉPUTÉE Lina Faure répond", [[0, 3, "ORG"]]],
    ["un accord avec la Suisse hier", []],
    ["membre de la Ligue régionale belge depuis", [[3, 5, "ORG"]]],
    ['2 . P . Garnier ( Be ) à 8 "', [[6, 7, "ORG"]]],
    ["4 . Le Conseil fédéral tranche", [[2, 5, "ORG"]]],
    ["le texte voté par le Conseil national lundi", []],
    ["le ministère de l' Intérieur et des Cultes a répondu", [[1, 5, "ORG"]]],
    ["le colonel de Rocheval est arrivé", [[3, 4, "LOC"]]],
    ["le Prix Valmont suisse", [[1, 3, "MISC"]]],
  ],
  en: [
    ["the lake Marrow", [[2, 3, "LOC"]]],
    ["Marta van der Berg said", [[3, 4, "PER"]]],
    ["Omar bin Rashid and Piet van den Hoek came", []],
    ["Senator Ada Quill voted", [[0, 3, "ORG"]]],
    ["a deal with Switzerland today", []],
    ["the Senate Committee on Foreign Affairs met", [[1, 3, "ORG"]]],
    ["the Ministry of Health and Welfare said", [[1, 4, "ORG"]]],
    ["3 . J . Pell ( Can ) in 9", [[6, 7, "ORG"]]],
  ],
};

const primed = new Set<string>();

/**
 * Runs the rule phases once over the language's primer: V8 then has type feedback for their rarer
 * paths before it optimises them (repairInstitutions and repairParticles were compiled again after
 * some later article first took one).
 */
function prime(t: RepairTables, rules: ReadonlySet<string>, lang: string): void {
  for (const [text, spans] of PRIMERS[lang] ?? []) {
    const words = text.split(" ");
    repairSentence(
      t,
      rules,
      words,
      spans.map(([start, end, type]) => ({ start, end, type: typeIndex(type) })),
      undefined,
    );
  }
}

function repairSentence(
  t: RepairTables,
  rules: ReadonlySet<string>,
  words: readonly string[],
  input: TagSpan[],
  previous?: readonly string[],
): TagSpan[] {
  // One function per rule: each stays small and type-stable, so a rule that rarely fires
  // deoptimises only itself (one big function was deoptimised again and again).
  const c: SentenceRepair = {
    t,
    rules,
    words,
    keys: wordKeys(words),
    previous,
    owner: new Int32Array(words.length),
    list: input,
  };
  markOwners(c.owner, input);
  repairCountries(c);
  repairParticles(c);
  repairResults(c);
  repairBodies(c);
  repairInstitutions(c);
  return adjustSpans(c);
}

/** What the rule phases of one sentence share; each phase replaces `list` with what it found. */
interface SentenceRepair {
  readonly t: RepairTables;
  readonly rules: ReadonlySet<string>;
  readonly words: readonly string[];
  /** Each word's phrase key once: the rules read them again and again. */
  readonly keys: readonly string[];
  /** The sentence before (a ranked result may start at its end). */
  readonly previous: readonly string[] | undefined;
  /** Index in `list` of the span over each word, or -1. */
  readonly owner: Int32Array;
  list: TagSpan[];
}

/** Adds the spans a phase found, without those they replace, and marks each word's owner again. */
function commit(c: SentenceRepair, found: readonly TagSpan[], drop?: ReadonlySet<number>): void {
  if (!found.length) return;
  const kept = drop ? c.list.filter((_, k) => !drop.has(k)) : c.list;
  c.list = [...kept, ...found].sort((a, b) => a.start - b.start);
  markOwners(c.owner, c.list);
}

/** No span owns a word in [start, end). */
function isFree(owner: Int32Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (owner[k] >= 0) return false;
  return true;
}

/** Index in `list` of the span over each word, or -1. */
function markOwners(owner: Int32Array, list: readonly TagSpan[]): void {
  owner.fill(-1);
  for (let k = 0; k < list.length; k++) {
    const sp = list[k];
    for (let i = sp.start; i < sp.end; i++) owner[i] = k;
  }
}

/** The phrase key of word i, "" outside the sentence. */
function keyAt(keys: readonly string[], i: number): string {
  return i >= 0 && i < keys.length ? keys[i] : "";
}

/** Rule phase of `repairSentence`: countries named after a place cue. */
function repairCountries(c: SentenceRepair): void {
  const { t, rules, words, keys, owner } = c;
  const n = words.length;
  if (rules.has("countries") && t.countryNames) {
    const found: TagSpan[] = [];
    for (let i = 1; i < n; i++) {
      if (owner[i] >= 0 || !isNameWord(words[i]) || !t.countryCues.has(keyAt(keys, i - 1))) continue;
      const m = t.countryNames.longestAtKeys(keys, i);
      if (!m) continue;
      const free = isFree(owner, i, i + m.length);
      // a name that goes on (« la Suisse Romande » is the model's business)
      if (!free || (i + m.length < n && isNameWord(words[i + m.length]))) continue;
      // « le Suisse » is a Swiss person: a name that is also a demonym needs a place cue (« la », « en »)
      if (m.length === 1 && t.demonyms.has(keys[i]) && !t.placeCues.has(keyAt(keys, i - 1))) continue;
      found.push({ start: i, end: i + m.length, type: LOC });
      i += m.length - 1;
    }
    commit(c, found);
  }
}

/** Rule phase of `repairSentence`: NAME PARTICLE… NAME persons. */
function repairParticles(c: SentenceRepair): void {
  const { t, rules, words, keys, owner } = c;
  const list = c.list;
  const n = words.length;
  if (rules.has("particles")) {
    // NAME PARTICLE… NAME is a person whatever the model made of its parts:
    // « Oussama ben Laden », « Ursula von der Leyen » (particles that start no phrase).
    const found: TagSpan[] = [];
    const drop = new Set<number>();
    for (let i = 0; i + 2 < n; i++) {
      if (!isNameWord(words[i]) || !t.particlesBefore.has(keyAt(keys, i + 1))) continue;
      let j = i + 2;
      while (j < n && j < i + 4 && t.particlesInside.has(keyAt(keys, j))) j++;
      if (j >= n || !isNameWord(words[j])) continue;
      const a = owner[i];
      const b = owner[j];
      let inner = false;
      for (let k = i + 1; k < j; k++) if (owner[k] >= 0 && owner[k] !== a) inner = true;
      if (inner || (a >= 0 && a === b && list[a].type === PER)) continue;
      const start = a >= 0 ? list[a].start : i;
      const end = b >= 0 ? list[b].end : j + 1;
      // a longer place or body name around the person is the model's call
      if (a >= 0 && list[a].type !== PER && (list[a].start < i || list[a].end > i + 1)) continue;
      if (b >= 0 && list[b].type !== PER && (list[b].start < j || list[b].end > j + 1)) continue;
      if (a >= 0) drop.add(a);
      if (b >= 0) drop.add(b);
      found.push({ start, end, type: PER });
      i = end - 1;
    }
    commit(c, found, drop);
  }
}

/** Rule phase of `repairSentence`: ranked names of sports results. */
function repairResults(c: SentenceRepair): void {
  const { t, rules, words, keys, owner, previous } = c;
  const list = c.list;
  const n = words.length;
  if (rules.has("results") && t.resultCountries.size) {
    // Sports results: « 3 . L . Marchal ( Fr ) à 12 " »: a ranked name is a person and
    // the bracketed abbreviation after it its country; the rank may end the previous line.
    const found: TagSpan[] = [];
    const drop = new Set<number>();
    const add = (start: number, end: number, type: number) => {
      for (let k = start; k < end; k++) if (owner[k] >= 0) drop.add(owner[k]);
      found.push({ start, end, type });
    };
    for (let i = 0; i < n; i++) {
      const ranked =
        (i >= 2 && words[i - 1] === "." && /^\d{1,3}$/.test(words[i - 2])) ||
        (i === 0 && previous?.length === 2 && previous[1] === "." && /^\d{1,3}$/.test(previous[0]));
      if (!ranked) continue;
      // an initial: « L . Marchal »
      let start = i;
      let e = i;
      if (/^\p{Lu}$/u.test(words[e]) && words[e + 1] === "." && isNameWord(words[e + 2] ?? "")) e += 2;
      if (!isNameWord(words[e]) || t.particlesAfter.has(keyAt(keys, e))) continue;
      e++;
      // « Gonzalez - Galdeano », « van Petegem »
      if (words[e] === "-" && isNameWord(words[e + 1] ?? "")) e += 2;
      if (start > 0 && t.particlesBefore.has(keyAt(keys, start - 1))) start--;
      const next = words[e];
      const bracket =
        next === "(" && t.resultCountries.has(keyAt(keys, e + 1)) && /^\p{Lu}/u.test(words[e + 1]);
      // a full stop ends the line or comes before the next rank (« 23 . Huser . 28 . »), not an
      // abbreviation (« 2 . Bat . inf . »)
      const stop = next === "." && (e + 1 === n || /^\d/.test(words[e + 1]));
      if (!(bracket || stop || next === undefined || next === "à" || next === "m" || next === ",")) continue;
      let clean = true;
      for (let k = start; k < e; k++)
        if (owner[k] >= 0 && (list[owner[k]].start < start || list[owner[k]].end > e)) clean = false;
      if (!clean) continue;
      add(start, e, PER);
      if (bracket && (words[e + 2] === ")" || words[e + 2] === ",")) {
        if (owner[e + 1] < 0 || list[owner[e + 1]].end === e + 2) add(e + 1, e + 2, LOC);
      }
      i = e;
    }
    commit(c, found, drop);
  }
}

/** Rule phase of `repairSentence`: named bodies the model missed. */
function repairBodies(c: SentenceRepair): void {
  const { t, rules, words, keys, owner } = c;
  const n = words.length;
  if (rules.has("bodies") && t.namedBodies) {
    const found: TagSpan[] = [];
    for (let i = 0; i < n; i++) {
      if (owner[i] >= 0 || !isNameWord(words[i])) continue;
      if (!t.namedBodies.hasFirst(keys[i])) continue;
      const m = t.namedBodies.longestAtKeys(keys, i);
      if (!m) continue;
      const free = isFree(owner, i, i + m.length);
      // « Conseil national de la Résistance » goes on: the model's business
      const after = words[i + m.length];
      if (!free || (after && (t.placeLinks.has(phraseKey(after)) || isNameWord(after)))) continue;
      found.push({ start: i, end: i + m.length, type: ORG });
      i += m.length - 1;
    }
    commit(c, found);
  }
}

/** Rule phase of `repairSentence`: institution names (HEAD link noun adjective*). */
function repairInstitutions(c: SentenceRepair): void {
  const { t, rules, words, keys, owner } = c;
  const list = c.list;
  const n = words.length;
  if (rules.has("institutions") && t.institutionHeads.size) {
    // HEAD link [article] noun adjective* (inner [article] noun adjective*)*: « Centre d'études des conflits
    // contemporains », « Haut-Commissariat aux réfugiés »; the span replaces model spans it covers that start at
    // the head (a cut-short « Conseil européen ») and is left alone when another span sits inside the tail.
    const found: TagSpan[] = [];
    const drop = new Set<number>();
    const adjective = (w: string) =>
      t.institutionAdjectiveEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
    const plain = (k: number) => k < n && /^\p{Ll}[\p{Ll}'’-]*$/u.test(words[k]);
    for (let i = 0; i + 2 < n; i++) {
      if (!isNameWord(words[i]) || !t.institutionHeads.has(keyAt(keys, i))) continue;
      if (owner[i] >= 0 && (list[owner[i]].start !== i || list[owner[i]].type === PER)) continue;
      let j = i + 1;
      // the head's own adjective (« Conseil européen », « Institut national »)
      while (plain(j) && adjective(keyAt(keys, j))) j++;
      if (!t.institutionLinks.has(keyAt(keys, j))) continue;
      let end = -1;
      let k = j;
      while (k < n && t.institutionLinks.has(keyAt(keys, k))) {
        let m = k + 1;
        while (m < n && t.institutionInner.has(keyAt(keys, m))) m++;
        if (!plain(m) || t.institutionInner.has(keyAt(keys, m)) || t.institutionLinks.has(keyAt(keys, m)))
          break;
        m++;
        while (plain(m) && adjective(keyAt(keys, m))) m++;
        end = m;
        k = m;
        while (
          k < n &&
          t.institutionCoordinators.has(keyAt(keys, k)) &&
          t.institutionLinks.has(keyAt(keys, k + 1))
        )
          k++;
      }
      if (end < 0 || end - i > 10) continue;
      let inner = false;
      for (let x = i + 1; x < end; x++) if (owner[x] >= 0 && owner[x] !== owner[i]) inner = true;
      if (inner || (owner[i] >= 0 && list[owner[i]].end >= end)) continue;
      if (owner[i] >= 0) drop.add(owner[i]);
      found.push({ start: i, end, type: ORG });
      i = end - 1;
    }
    commit(c, found, drop);
  }
}

/** Last phase of `repairSentence`: each span's own edges (place heads, adjectives, functions, particles). */
function adjustSpans(c: SentenceRepair): TagSpan[] {
  const { t, rules, words, keys, owner, list } = c;
  const n = words.length;
  const out: TagSpan[] = [];
  for (let k = 0; k < list.length; k++) {
    let sp = list[k];
    if (rules.has("place") && sp.type === LOC) {
      // HEAD NAME, HEAD de NAME, HEAD de la NAME
      let j = sp.start - 1;
      if (j >= 1 && t.placeLinkArticles.has(keyAt(keys, j)) && t.placeLinks.has(keyAt(keys, j - 1))) j -= 2;
      else if (j >= 0 && t.placeLinks.has(keyAt(keys, j))) j--;
      if (j >= 0 && owner[j] < 0 && words[j] === words[j].toLowerCase() && t.placeHeads.has(keyAt(keys, j))) {
        if (isFree(owner, j, sp.start)) sp = { start: j, end: sp.end, type: sp.type };
      }
    }
    if (rules.has("adjectives") && (sp.type === ORG || sp.type === LOC) && isNameWord(words[sp.start])) {
      // « [Front populaire] ivoirien », « [Europe] occidentale »
      let e = sp.end;
      const adjectives = sp.type === ORG ? t.finalAdjectives : t.placeFinalAdjectives;
      while (e < n && owner[e] < 0 && isLowerWord(words[e]) && adjectives.has(keyAt(keys, e))) e++;
      if (e !== sp.end) sp = { start: sp.start, end: e, type: sp.type };
    }
    if (rules.has("functions") && sp.end - sp.start <= 4) {
      // A function inside the span (« SÉNATRICE Inès Moreau ») is left out of it;
      // one just before it (« la sénatrice Inès Moreau ») makes a name a person.
      let from = sp.start;
      if (t.personFunctions.has(`${keyAt(keys, from)} ${keyAt(keys, from + 1)}`)) from += 2;
      else if (t.personFunctions.has(keyAt(keys, from))) from++;
      const inside = from > sp.start;
      const before = keyAt(keys, sp.start - 1);
      const fn =
        inside ||
        (sp.type !== PER &&
          (t.personFunctions.has(before) ||
            (sp.start > 1 && t.personFunctions.has(`${keyAt(keys, sp.start - 2)} ${before}`))));
      let names = from < sp.end;
      for (let i = from; i < sp.end; i++) if (!isNameWord(words[i])) names = false;
      if (
        fn &&
        names &&
        (sp.end - from >= 2 || (inside && sp.type === PER)) &&
        t.firstNames.has(keyAt(keys, from))
      )
        sp = { start: from, end: sp.end, type: PER };
      else if (fn && names && inside && sp.type === PER) sp = { start: from, end: sp.end, type: sp.type };
    }
    if (rules.has("particles")) {
      // TITLE de [NAME]: the particle belongs to the name, a person (« le général de Gaulle »)
      const d = sp.start - 1;
      if (
        d >= 1 &&
        owner[d] < 0 &&
        t.particleTitleLinks.has(keyAt(keys, d)) &&
        isLowerWord(words[d - 1]) &&
        t.particleTitles.has(keyAt(keys, d - 1)) &&
        (d < 2 || t.titleDeterminers.has(keyAt(keys, d - 2))) &&
        (sp.type === PER || sp.end - sp.start === 1)
      )
        sp = { start: d, end: sp.end, type: PER };
    }
    if (rules.has("particles") && sp.type === PER) {
      // [PER …] PARTICLE NAME: « [Pierre] de Ronsard », also over a second person span
      let e = sp.end;
      while (e + 1 < n && t.particlesAfter.has(keyAt(keys, e)) && owner[e] < 0 && isNameWord(words[e + 1])) {
        const next = owner[e + 1];
        // only the particles that start no phrase join two person spans (not « X de [Deep Purple] »)
        if (
          next >= 0 &&
          (list[next].type !== PER || list[next].start !== e + 1 || !t.particlesBefore.has(keyAt(keys, e)))
        )
          break;
        if (next >= 0) {
          e = list[next].end;
          k = next;
        } else e += 2;
      }
      if (e !== sp.end) sp = { start: sp.start, end: e, type: sp.type };
    }
    out.push(sp);
  }
  return out;
}
