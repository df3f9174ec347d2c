import type { Doc } from "../doc/doc.ts";
import type { Entity, EventActor } from "../doc/types.ts";
import { countryByCapital, countryByName, countryBySeat } from "../entities/countries.ts";
import { lexiconMatches } from "../entities/lexicon.ts";
import { EVENT_GRAMMAR_EN as GRAMMAR_EN } from "../lang/en/events-grammar.ts";
import { EVENT_ARGUMENTS_FR } from "../lang/fr/events-arguments.ts";
import { EVENT_GRAMMAR_FR as GRAMMAR_FR } from "../lang/fr/events-grammar.ts";
import type { EventLexicon } from "./lexicon.ts";
import type { SentenceView } from "./sentence.ts";

/**
 * Actor mentions of a sentence: NER entities when the entity stage ran,
 * otherwise capitalised spans, country names, capitals and demonyms from
 * the shared tables; plus common nouns naming actors (the government,
 * les rebelles), which count only when no name fills a role.
 */
export interface ActorMention {
  /** Local token range [from, to). */
  from: number;
  to: number;
  name: string;
  /** Always present (undefined when none), so that every mention has one object shape. */
  entity: string | undefined;
  /** 3 person, 2 organisation, 2 named place/country, 1 demonym or capitalised span, 0 common noun. */
  rank: number;
  kind: "PER" | "ORG" | "LOC" | "DEM" | "CAP" | "NOUN";
}

/**
 * An actor mention with every field in one order: V8 then sees one object shape wherever mentions are read,
 * instead of optimised code thrown away when a mention built another way (no entity, from an actor) turns up.
 *
 * @example
 * actorMention(0, 2, "la Karsanie", "country:KS", 2, "LOC");
 */
export function actorMention(
  from: number,
  to: number,
  name: string,
  entity: string | undefined,
  rank: number,
  kind: ActorMention["kind"],
): ActorMention {
  return { from, to, name, entity, rank, kind };
}

/** The name-reading words of each language's grammar table, as sets (src/lang/<lang>/events-grammar.ts). */
const NAME_WORDS = new Map(
  [GRAMMAR_EN, GRAMMAR_FR].map((g, x) => [
    x === 0 ? "en" : "fr",
    {
      starters: new Set(g.nameStarters),
      followers: new Set(g.subjectFollowers),
      calendar: new Set(g.calendarWords),
    },
  ]),
);

const NAME_LINKS = new Set([
  "de",
  "du",
  "des",
  "of",
  "d'",
  "la",
  "the",
  "-",
  "&",
  "al-",
  "bin",
  "ben",
  "van",
  "von",
]);

/** Names an object literal inherits ("constructor", "__proto__"): a lookup of one of them reads the prototype. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const ACTOR_NOUN_MAPS = new WeakMap<EventLexicon["actorNouns"], Map<string, ActorNounKind>>();
type ActorNounKind = EventLexicon["actorNouns"][string];

/**
 * `lex.actorNouns[word]` through a Map built once per table: a keyed read of a large object literal with a
 * freshly lower-cased string is a slow runtime lookup; the prototype fallback keeps the object's exact answers.
 *
 * @example
 * actorNoun(eventLexicon("en"), "government"); // "state"
 */
export function actorNoun(lex: EventLexicon, word: string): ActorNounKind | undefined {
  const table = lex.actorNouns;
  let map = ACTOR_NOUN_MAPS.get(table);
  if (!map) {
    map = new Map(Object.entries(table));
    ACTOR_NOUN_MAPS.set(table, map);
  }
  const kind = map.get(word);
  if (kind !== undefined || !PROTOTYPE_NAMES.has(word)) return kind;
  return table[word];
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  const ch = w[0];
  if (ch !== ch.toLowerCase() && c !== 0x2019 && /\p{Lu}/u.test(ch)) return true;
  // "al-Muhandis", "el-Sisi": a lower-case article prefix before a capitalised name.
  const dash = w.indexOf("-");
  return (
    dash > 0 && NAME_PREFIXES.has(w.slice(0, dash + 1).toLowerCase()) && /^\p{Lu}/u.test(w.slice(dash + 1))
  );
}

const NAME_PREFIXES: ReadonlySet<string> = new Set(GRAMMAR_EN.namePrefixes ?? []);

function countryByCapitalId(name: string): string | undefined {
  const c = countryByCapital(name);
  return c ? `country:${c.code}` : undefined;
}

function countryId(name: string): string | undefined {
  const c = countryByName(name) ?? countryByCapital(name) ?? countryBySeat(name);
  return c ? `country:${c.code}` : undefined;
}

/**
 * The name stands for a state: a country, its capital or its seat of government.
 *
 * @example
 * namesState("Russia"); // true
 * namesState("Wikipedia"); // false
 */
export function namesState(name: string): boolean {
  return countryId(name) !== undefined;
}

/**
 * Actor mentions of a sentence, sorted by position, non-overlapping.
 *
 * @example
 * actorMentions(view, lex).map((m) => m.name); // ["la Chine", "l'Iran"]
 *
 * `sentenceEntities` may narrow `doc.entities` to those of the sentence (same order), see entitiesBySentence.
 */
export function actorMentions(
  s: SentenceView,
  lex: EventLexicon,
  sentenceEntities: readonly Entity[] = s.doc.entities,
): ActorMention[] {
  const taken = new Uint8Array(s.length);
  const out: ActorMention[] = [];
  const sStart = s.start[0];
  const sEnd = s.end[s.length - 1];
  let fromNer = false;
  for (const e of sentenceEntities) {
    if (e.end <= sStart || e.start >= sEnd) continue;
    if (e.label === "EQUIP") continue;
    let from = -1;
    let to = -1;
    for (let i = 0; i < s.length; i++) {
      if (s.end[i] > e.start && s.start[i] < e.end) {
        if (from < 0) from = i;
        to = i + 1;
      }
    }
    if (from < 0) continue;
    if (e.label === "MISC" && !e.id?.startsWith("country:") && !isCapitalised(e.text)) continue;
    fromNer = true;
    let overlap = false;
    for (let i = from; i < to; i++) if (taken[i]) overlap = true;
    if (overlap) continue;
    for (let i = from; i < to; i++) taken[i] = 1;
    const kind = e.label === "MISC" ? (e.id?.startsWith("country:") ? "DEM" : "CAP") : e.label;
    const rank = kind === "PER" ? 3 : kind === "DEM" || e.label === "MISC" ? 1 : 2;
    out.push({
      from,
      to,
      name: e.text,
      // Moscou, Pyongyang as actors are their governments: a capital the NER linked as a city is its country.
      entity:
        (e.id?.startsWith("city:") ? countryByCapitalId(e.text) : undefined) ?? e.id ?? countryId(e.text),
      rank,
      kind: kind as ActorMention["kind"],
    });
  }
  // Demonyms and nationality adjectives (russe, l'armée russe, Russian).
  for (const m of lexiconMatches(s.text, lex.lang)) {
    if (m.value.kind !== "demonym") continue;
    let overlap = false;
    for (let i = m.start; i < m.end; i++) if (taken[i]) overlap = true;
    if (overlap) continue;
    for (let i = m.start; i < m.end; i++) taken[i] = 1;
    out.push({
      from: m.start,
      to: m.end,
      name: s.slice(m.start, m.end - 1),
      entity: `country:${m.value.key}`,
      rank: 1,
      kind: "DEM",
    });
  }
  // Capitalised spans: the fallback when no entity stage ran, and for proper nouns the model missed.
  const { starters, calendar, followers } = NAME_WORDS.get(lex.lang === "fr" ? "fr" : "en")!;
  for (let i = 0; i < s.length; ) {
    if (
      taken[i] ||
      !isCapitalised(s.text[i]) ||
      calendar.has(s.lower[i]) ||
      (fromNer && s.pos !== null && s.upos(i) !== "PROPN" && (i === 0 || !/^(NOUN|X)$/.test(s.upos(i))))
    ) {
      i++;
      continue;
    }
    if (i === 0 || /^[«"“(]$/.test(s.text[i - 1])) {
      const upos = s.upos(i);
      const known = countryId(s.text[i]) !== undefined;
      if (starters.has(s.lower[i]) || (upos !== "" && upos !== "PROPN" && !known)) {
        i++;
        continue;
      }
      const next = i + 1 < s.length ? s.lower[i + 1] : "";
      const verbNext = followers.has(next) || /ed$/.test(next);
      if (upos === "" && !known && !(i + 1 < s.length && isCapitalised(s.text[i + 1])) && !verbNext) {
        i++;
        continue;
      }
    }
    if (starters.has(s.lower[i]) && s.lower[i] !== "la") {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && !taken[j]) {
      if (isCapitalised(s.text[j]) && !calendar.has(s.lower[j])) j++;
      else if (
        NAME_LINKS.has(s.lower[j]) &&
        j + 1 < s.length &&
        isCapitalised(s.text[j + 1]) &&
        s.lower[j] !== "la"
      )
        j += 2;
      else break;
    }
    const name = s.slice(i, j - 1);
    for (let k = i; k < j; k++) taken[k] = 1;
    const id = countryId(name);
    out.push(actorMention(i, j, name, id, id ? 2 : 1, id ? "LOC" : "CAP"));
    i = j;
  }
  // Common nouns naming actors, with their adjectives and complements (le gouvernement valdorien).
  for (let i = 0; i < s.length; i++) {
    if (taken[i]) continue;
    const kind =
      actorNoun(lex, s.lower[i]) ??
      actorNoun(lex, s.lemma[i]) ??
      (PARTICIPLE_ACTORS.has(s.lower[i]) && nominalParticiple(s, i) ? "person" : undefined) ??
      (territoryOfState(s, i) ? "state" : undefined);
    if (!kind) continue;
    // "a military offensive", "opposition leader": an adjective use is no actor of its own.
    if (s.pos && s.upos(i) === "ADJ") continue;
    // « plusieurs centaines de missiles »: a quantity of weapons is no crowd.
    if (
      QUANTITY_NOUNS.has(s.lower[i]) &&
      i + 2 < s.length &&
      OF_WORDS.has(s.lower[i + 1]) &&
      weaponAt(s, i + 2)
    )
      continue;
    // "Turkish fighter jets": a kind of aircraft, not combatants.
    if (CRAFT_KINDS.has(s.lower[i]) && i + 1 < s.length && CRAFT_HEADS.has(s.lower[i + 1])) continue;
    // "suspected rebel targets": a verb form whose lemma is an actor noun (suspect) is no actor.
    if (s.pos && s.upos(i) === "VERB" && s.lower[i] !== s.lemma[i] && !actorNoun(lex, s.lower[i])) continue;
    // "the government accused Avenatti": a verb with its own subject or object is no noun, whatever the table says.
    if (s.pos && s.head && s.upos(i) === "VERB" && s.children(i).some((c) => /^(nsubj|obj)/.test(s.rel(c))))
      continue;
    let j = i + 1;
    while (
      j < s.length &&
      !taken[j] &&
      (s.upos(j) === "ADJ" || (s.pos === null && /(ien|ienne|ais|aise|ain|aine|an)$/.test(s.lower[j])))
    )
      j++;
    // English modifiers come first: "Serb artillery", "human rights groups", "striking miners".
    let a = i;
    while (
      s.head &&
      a > 0 &&
      !taken[a - 1] &&
      s.head[a - 1] >= a - 1 &&
      s.head[a - 1] <= i &&
      /^(amod|compound)/.test(s.rel(a - 1))
    )
      a--;
    // "dozens of human rights activists", « des centaines d'habitants »: a quantity noun takes in whom it counts.
    if (QUANTITY_NOUNS.has(s.lower[i]) && j + 1 < s.length && OF_WORDS.has(s.lower[j])) {
      let e = j + 1;
      // A tagger may call a plural noun or a participle a verb (activists, striking miners).
      const nominalAt = (x: number) =>
        /^(ADJ|NOUN|PROPN|DET)$/.test(s.upos(x)) ||
        (s.upos(x) === "VERB" && (/s$/.test(s.lower[x]) || /^(ADJ|NOUN|PROPN)$/.test(s.upos(x + 1))));
      while (e < s.length && e - j <= 5 && !taken[e] && nominalAt(e)) {
        e++;
        // "a group of deputies held talks": the counted noun ends the phrase before a verb.
        if (/^(NOUN|PROPN)$/.test(s.upos(e - 1)) && /^(VERB|AUX)$/.test(s.upos(e))) break;
      }
      if (e > j + 1 && s.upos(e - 1) !== "DET") j = e;
    }
    out.push(actorMention(a, j, s.slice(a, j - 1), undefined, 0, "NOUN"));
    for (let k = a; k < j; k++) taken[k] = 1;
  }
  out.sort((a, b) => a.from - b.from);
  // "Hamas militants", "NATO troops", "Taliban fighters": a named body right before a common actor noun that
  // qualifies it is one actor, the body's.
  for (let x = 1; x < out.length; x++) {
    const name = out[x - 1];
    const noun = out[x];
    if (noun.kind !== "NOUN" || name.to !== noun.from || (name.kind !== "ORG" && name.kind !== "CAP"))
      continue;
    // "U.N. mediator Diego Cordovez": a title before a person's name joins the person below.
    if (x + 1 < out.length && out[x + 1].kind === "PER" && out[x + 1].from === noun.to) continue;
    if (s.head && s.head[name.to - 1] !== noun.to - 1 && s.head[name.to - 1] < noun.from) continue;
    out.splice(x - 1, 2, { ...name, to: noun.to, name: s.slice(name.from, noun.to - 1) });
    x--;
  }
  // "former president Carlos Menem", « le ministre Jean Dravec »: a title right before a person's name is one actor.
  for (let x = 0; x + 1 < out.length; x++) {
    const title = out[x];
    // « le ministre russe Sergueï Lavrov »: a French nationality may stand between the title and the name.
    const middle =
      out[x + 1].entity?.startsWith("country:") &&
      out[x + 1].from === title.to &&
      x + 2 < out.length &&
      out[x + 2].kind === "PER" &&
      out[x + 2].from === out[x + 1].to
        ? out[x + 1]
        : null;
    const person = middle ? out[x + 2] : out[x + 1];
    // A capitalised title ("President George W. Bush") comes as a name-like span.
    if ((title.kind !== "NOUN" && title.kind !== "CAP") || person.kind !== "PER") continue;
    if (!middle && title.to !== person.from) continue;
    // « le ministre karsan Jean Dravec »: the title noun may come before its adjectives.
    let isTitle = false;
    for (let k = title.from; k < title.to; k++)
      if (actorNoun(lex, s.lower[k]) === "person" || actorNoun(lex, s.lemma[k]) === "person") isTitle = true;
    if (!isTitle) continue;
    // "U.N. mediator X", "Israeli Prime Minister X": the body or nationality before the title joins too, and its country code stays.
    // "Israeli Prime Minister X": capitalised words the title span left out (Prime, Vice, Deputy) belong to it.
    let titleFrom = title.from;
    const prevEnd = x > 0 ? out[x - 1].to : 0;
    while (
      titleFrom - 1 >= prevEnd &&
      /^\p{Lu}/u.test(s.text[titleFrom - 1]) &&
      s.upos(titleFrom - 1) === "ADJ"
    )
      titleFrom--;
    const before = x > 0 && out[x - 1].to === titleFrom ? out[x - 1] : null;
    const from = before ? before.from : titleFrom;
    const country = [before, middle].find((m) => m?.entity?.startsWith("country:"));
    const joined = 1 + (before ? 1 : 0) + (middle ? 1 : 0) + 1;
    out.splice(before ? x - 1 : x, joined, {
      ...person,
      from,
      entity: country?.entity ?? person.entity,
      name: s.slice(from, person.to - 1),
    });
    if (before) x--;
  }
  return out;
}

/**
 * The entities overlapping each sentence, in document order, from one pass over `doc.entities` (instead of
 * every sentence scanning them all). `ranges` are the sentences' token ranges, in order.
 *
 * @example
 * entitiesBySentence(doc, sentenceTokenRanges(doc))[0]; // the entities of the first sentence
 */
export function entitiesBySentence(doc: Doc, ranges: readonly (readonly [number, number])[]): Entity[][] {
  const tk = doc.tokens;
  const starts = ranges.map(([from]) => tk.start[from]);
  const ends = ranges.map(([, to]) => tk.end[to - 1]);
  const out: Entity[][] = ranges.map(() => []);
  for (const e of doc.entities) {
    // The first sentence ending after the entity's start (sentence ends increase).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= e.start) lo = mid + 1;
      else hi = mid;
    }
    for (let x = lo; x < starts.length && starts[x] < e.end; x++)
      if (!(e.end <= starts[x] || e.start >= ends[x])) out[x].push(e);
  }
  return out;
}

/** Quantity nouns that count people (dozens of …, des milliers de …), and the word linking them. */
const QUANTITY_NOUNS = new Set([...GRAMMAR_EN.quantityNouns, ...GRAMMAR_FR.quantityNouns]);
const CRAFT_KINDS = new Set([...GRAMMAR_EN.craftKindNouns, ...GRAMMAR_FR.craftKindNouns]);
const CRAFT_HEADS = new Set([...GRAMMAR_EN.craftHeads, ...GRAMMAR_FR.craftHeads]);
const OF_WORDS = new Set([...GRAMMAR_EN.ofCases, ...GRAMMAR_FR.ofCases]);

const PARTICIPLE_ACTORS: ReadonlySet<string> = new Set(EVENT_ARGUMENTS_FR.participleActors);
const ARTICLES: ReadonlySet<string> = new Set(EVENT_ARGUMENTS_FR.articles);
const PARTICIPLE_ENDINGS: readonly string[] = EVENT_ARGUMENTS_FR.participleEndings;

/**
 * A French past participle used as a noun right after its article (« les envoyés », « des blessés »): no
 * clitic stands there, since a clitic object comes before the auxiliary (« il les a envoyés »).
 *
 * @example
 * nominalParticiple(view("Les envoyés se sont réunis"), 1); // true
 */
export function nominalParticiple(s: SentenceView, k: number): boolean {
  if (s.doc.lang !== "fr" || k === 0 || !ARTICLES.has(s.lower[k - 1])) return false;
  // The tagger may leave out VerbForm on such a word: a participle ending is enough.
  const word = s.lower[k];
  if (!PARTICIPLE_ENDINGS.some((e) => word.endsWith(e))) return false;
  return !s.head || !s.children(k).some((c) => s.baseRel(c) === "aux");
}

const TERRITORY_NOUNS: ReadonlySet<string> = new Set(EVENT_ARGUMENTS_FR.territoryNouns);
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(EVENT_ARGUMENTS_FR.definiteArticles);
const OF_WORDS_FR: ReadonlySet<string> = new Set(GRAMMAR_FR.ofCases);

/**
 * « l'île », « l'archipel » with nothing after them that names a place: the article's island state spoken of
 * again, an actor (« aucun système ne sera fourni à l'île »), unlike « l'île de Lesbos ».
 */
function territoryOfState(s: SentenceView, k: number): boolean {
  if (!TERRITORY_NOUNS.has(s.lower[k]) || k === 0 || !DEFINITE_ARTICLES.has(s.lower[k - 1])) return false;
  return k + 1 >= s.length || !OF_WORDS_FR.has(s.lower[k + 1]) || !/^\p{Lu}/u.test(s.text[k + 2] ?? "");
}

/** Token k starts or lies in an equipment entity (« missiles balistiques »). */
function weaponAt(s: SentenceView, k: number): boolean {
  const at = s.start[k];
  return s.doc.entities.some((e) => e.label === "EQUIP" && e.start <= at && e.end > at);
}

/** An actor for the event JSON. */
export function toActor(s: SentenceView, m: ActorMention): EventActor {
  // One field order with undefined for the absent entity, so that every actor has one hidden class.
  return { name: m.name, start: s.start[m.from], end: s.end[m.to - 1], entity: m.entity || undefined };
}

const COORD = new Set([
  "et",
  "and",
  ",",
  "ainsi",
  "que",
  "as",
  "well",
  "&",
  "or",
  "ou",
  "together",
  "along",
  "with",
  "avec",
]);
const BINDERS = new Set([
  "de",
  "du",
  "des",
  "d'",
  "of",
  "'s",
  "’s",
  "la",
  "le",
  "les",
  "l'",
  "the",
  "'",
  "s",
]);

/**
 * Groups the mentions of one role slot into actors: coordinated mentions
 * (« la Chine et l'Iran ») stay apart, mentions bound in one noun phrase
 * (le président karsan Roustam Oderov, Taiwan's minister) become one actor,
 * the highest-ranked.
 */
export function groupActors(s: SentenceView, mentions: ActorMention[]): ActorMention[] {
  if (mentions.length <= 1) return mentions;
  const groups: ActorMention[][] = [[mentions[0]]];
  for (let k = 1; k < mentions.length; k++) {
    const prev = mentions[k - 1];
    const cur = mentions[k];
    let coordinated = false;
    let bound = true;
    for (let t = prev.to; t < cur.from; t++) {
      if (COORD.has(s.lower[t])) coordinated = true;
      else if (!BINDERS.has(s.lower[t]) && s.upos(t) !== "ADJ" && s.upos(t) !== "DET") bound = false;
    }
    if (!coordinated && bound) groups[groups.length - 1].push(cur);
    else groups.push([cur]);
  }
  return groups.map((g) => {
    const best = g.reduce((b, m) => (m.rank > b.rank ? m : b), g[0]);
    if (g.length === 1 || best.kind === "PER") return best;
    // "the Saudi interior ministry": the organisation keeps its id, the name keeps the country before it.
    if (best.kind === "ORG") {
      const first = g[0];
      if (first === best || !first.entity?.startsWith("country:") || first.to !== best.from) return best;
      return { ...best, from: first.from, name: s.slice(first.from, best.to - 1) };
    }
    // A nationality with the noun it qualifies: "the Valdorian government", "l'armée russe".
    const first = g[0];
    const last = g[g.length - 1];
    return { ...best, from: first.from, to: last.to, name: s.slice(first.from, last.to - 1) };
  });
}

/**
 * The actors of a by/par phrase after a passive verb that the parser hung elsewhere ("were moved toward
 * the border by the army", "cut off from the system by the EU" with the phrase on a noun or a later verb):
 * the first actor within four words of the first agent preposition after `from`, in the same clause.
 *
 * @example
 * strayAgent(view, verbEnd, mentions, new Set(["by"])); // [the Venezuelan army]
 */
export function strayAgent(
  s: SentenceView,
  from: number,
  mentions: readonly ActorMention[],
  agentPreps: ReadonlySet<string>,
): ActorMention[] {
  for (let k = from; k < s.length; k++) {
    const w = s.lower[k];
    // A verb with a subject of its own opens another clause ("…, satellite images showed").
    const clause = s.hasSyntax && s.upos(k) === "VERB" && s.children(k).some((c) => s.baseRel(c) === "nsubj");
    if (w === ";" || w === ":" || w === "," || clause) return [];
    if (!agentPreps.has(w)) continue;
    const m = mentions.find((x) => x.from > k && x.from <= k + 4);
    if (!m) return [];
    // Only the words of a noun phrase between the preposition and the actor (the, Venezuelan, dozens of).
    for (let j = k + 1; j < m.from; j++)
      if (s.pos !== null && /^(VERB|AUX|PUNCT|PRON)$/.test(s.upos(j))) return [];
    return [m];
  }
  return [];
}
