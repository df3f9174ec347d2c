/**
 * Tree repairs after parsing (English): the greedy parser, trained on web text, often loses the main
 * clause of a news sentence when it opens with a long subject or adjunct. Each repair moves the root to
 * the finite verb of the main clause and hangs the rest of the tree from it:
 * - a nominal or adjective root before a finite verb ("Turkish Foreign Minister X flew …": the root was
 *   "Turkish"; "Tens of thousands of people marched …": "marched" was a modifier of "Tens");
 * - a subject with a relative clause or a participle between commas ("Militia fighters, who refused …,
 *   gathered …", "Ministers of the bloc, meeting in Oslo, imposed …": the root was the inner verb);
 * - an opening subordinate clause taken for the main one ("Days after X did Y, Z resumed …");
 * - a subject after an opening adjunct hung on that adjunct ("In a report released on Monday, Human
 *   Rights Watch said …": "Rights" was a conjunct of "Monday").
 * Word lists live in src/lang/en/syntax-tags.ts. A repair that would not leave one tree is undone.
 */

import { MONTH_NAMES_EN, WEEKDAY_NAMES_EN } from "../lang/en/dates-words.ts";
import { RELATIVE_PRONOUNS_EN, SUBORDINATORS_EN } from "../lang/en/syntax-tags.ts";
import { IRREGULAR_FORMS_FR, SPEECH_VERBS_FR } from "../lang/fr/quotes-verbs.ts";
import { RELATIVE_PRONOUNS_FR } from "../lang/fr/syntax-tags.ts";
import { frenchForms } from "../quotes/inflect.ts";

/** Tree and tags of one sentence; heads are 1-based word indices, 0 for the root (the parser's output). */
export interface RepairInput {
  /** The form of word i (a function: the document path slices only the forms a repair reads). */
  form: (i: number) => string;
  upos: readonly string[];
  feats: readonly string[];
  head: Int32Array;
  deprel: string[];
}

interface RepairTables {
  subordinators: ReadonlySet<string>;
  /** Past participles of verbs of saying (« averti », « déclaré »): an inserted cue after its clause. */
  sayingParticiples: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  /** Noun phrases put their head first ("le ministre de l'Intérieur"): French. */
  headFirst: boolean;
}

const TABLES: Record<string, RepairTables> = {
  en: {
    subordinators: new Set(SUBORDINATORS_EN),
    relativePronouns: new Set(RELATIVE_PRONOUNS_EN),
    sayingParticiples: new Set(),
    headFirst: false,
  },
  fr: {
    subordinators: new Set(),
    sayingParticiples: sayingParticiplesFr(),
    relativePronouns: new Set(RELATIVE_PRONOUNS_FR),
    headFirst: true,
  },
};

/** Masculine singular participles of the speech verbs (« averti », « déclaré ») and the listed irregular forms. */
function sayingParticiplesFr(): Set<string> {
  const out = new Set<string>();
  for (const v of SPEECH_VERBS_FR)
    for (const f of frenchForms(v)) if (f.endsWith("é") || (v.endsWith("ir") && f.endsWith("i"))) out.add(f);
  for (const forms of Object.values(IRREGULAR_FORMS_FR)) for (const f of forms) out.add(f);
  return out;
}

/** Calendar names a fronted time phrase heads ("Last April, the court …"): never the subject of the clause. */
const CALENDAR_NAMES = new Set([...MONTH_NAMES_EN, ...WEEKDAY_NAMES_EN]);

/** Punctuation after a heading or label ("Summary: …", "Sciences - …"): what follows is no predicate of it. */
const HEADING_MARKS = new Set([":", "-", "–", "—", ";"]);
const NOMINAL = new Set(["NOUN", "PROPN"]);
/** Words a subject phrase right before its verb may hold ("the country's army", "Human Rights Watch"). */
const SUBJECT_RUN = new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"]);

/**
 * Repairs the tree of one sentence in place; returns whether it changed. Languages without tables are left alone.
 *
 * @example
 * repairTree("en", { form: (i) => forms[i], upos, feats, head, deprel }); // "Turkish" root → "flew" root
 */
export function repairTree(lang: string, s: RepairInput): boolean {
  const tables = TABLES[lang];
  if (!tables || s.head.length < 3) return false;
  const n = s.head.length;
  let root = -1;
  for (let i = 0; i < n; i++)
    if (s.head[i] === 0) {
      root = i;
      break;
    }
  if (root < 0) return false;
  if (tables.headFirst) return repairHeadFirst(s, root, tables);
  if (!worthALook(s, root)) return false;
  const kids = childrenOf(s.head);
  const u = s.upos[root];
  const appositions =
    appositionsAfterNames(s, kids) || adjectiveSubjects(s, kids) || objectsTakenForSubjects(s, kids);
  const rerooted =
    subjectWithClause(s, kids, root, tables) ||
    (NOMINAL.has(u) || u === "ADJ"
      ? nominalRoot(s, kids, root, tables) || adjunctRoot(s, kids, root)
      : u === "VERB" &&
        (openingClauseRoot(s, kids, root, tables) || subjectAfterAdjunct(s, kids, root, tables)));
  // Last, on the tree as it now stands: a fronted month taken for the subject.
  let verb = root;
  if (rerooted) for (let i = 0; i < n; i++) if (s.head[i] === 0) verb = i;
  const timed = s.upos[verb] === "VERB" && timeTakenForSubject(s, rerooted ? childrenOf(s.head) : kids, verb);
  return rerooted || appositions || timed;
}

/**
 * The French repairs: an opening adjunct taken for the root, a subject after an opening adjunct hung on
 * it ("Après des mois de discussions, le Maroc et la Mauritanie se sont mis d'accord"), a subject after a
 * verb of saying that follows its clause taken for an object ("…, a annoncé la présidence").
 */
function repairHeadFirst(s: RepairInput, root: number, t: RepairTables): boolean {
  const u = s.upos[root];
  if (u !== "VERB" && !NOMINAL.has(u)) return false;
  if (u === "VERB" && insertedConjunct(s, root, t)) {
    repairHeadFirst(s, root, t);
    return true;
  }
  // cheap test first: a verb root with its subject and no inserted clause, or a noun root with no preposition
  let subject = false;
  let wanted = false;
  for (let i = 0; i < s.head.length && !wanted; i++) {
    const onRoot = s.head[i] === root + 1;
    if (onRoot && SUBJECT.test(s.deprel[i])) subject = true;
    if (u === "VERB" ? s.deprel[i].startsWith("parataxis") : onRoot && s.deprel[i] === "case") wanted = true;
  }
  if (!wanted && (u !== "VERB" || subject)) return false;
  const kids = childrenOf(s.head);
  if (u !== "VERB") return adjunctRoot(s, kids, root);
  const incise = insertedSaying(s, kids);
  if (hasChild(s, kids, root, SUBJECT)) return incise;
  return subjectAfterAdjunct(s, kids, root, t) || invertedSubject(s, kids, root, t) || incise;
}

/**
 * A verb of saying inserted after its clause (« …, a indiqué jeudi la direction », parataxis) with no
 * subject: the noun object after it is its inverted subject.
 */
function insertedSaying(s: RepairInput, kids: number[][]): boolean {
  let moved = false;
  for (let v = 1; v < s.head.length; v++) {
    if (!s.deprel[v].startsWith("parataxis") || s.head[v] - 1 > v || s.upos[v] !== "VERB") continue;
    if (commaBefore(s, v, true) < 1 || !finiteVerb(s, kids, v) || hasChild(s, kids, v, SUBJECT)) continue;
    for (const c of kids[v])
      if (c > v && s.deprel[c] === "obj" && NOMINAL.has(s.upos[c])) {
        s.deprel[c] = "nsubj";
        moved = true;
        break;
      }
  }
  return moved;
}

/**
 * A verb of saying after a comma taken for a conjunct of the clause it reports, with no coordinator and
 * no subject (« Ces livraisons cesseront, si …, a averti le ministre »): it is an inserted cue
 * (parataxis) and the noun object after it its inverted subject.
 */
function insertedConjunct(s: RepairInput, root: number, t: RepairTables): boolean {
  let kids: number[][] | null = null;
  for (let v = root + 1; v < s.head.length; v++) {
    if (s.deprel[v] !== "conj" || s.upos[v] !== "VERB" || s.head[v] - 1 >= v) continue;
    if (!t.sayingParticiples.has(s.form(v).toLowerCase())) continue;
    if (commaBefore(s, v, true) < 1) continue;
    kids ??= childrenOf(s.head);
    if (!finiteVerb(s, kids, v) || hasChild(s, kids, v, /^(cc|nsubj|csubj|mark)/)) continue;
    const obj = kids[v].find((c) => c > v && s.deprel[c] === "obj" && NOMINAL.has(s.upos[c]));
    if (obj === undefined) continue;
    s.deprel[v] = "parataxis:insert";
    s.deprel[obj] = "nsubj";
    return true;
  }
  return false;
}

/**
 * A nominal root with a preposition ("Five days after the storm, …", « Cinq jours après le passage du
 * cyclone, … ») before a finite verb that has its own subject right after a comma: that verb is the root
 * and the phrase its adjunct.
 */
export function adjunctRoot(s: RepairInput, kids: number[][], root: number): boolean {
  if (!hasChild(s, kids, root, /^case$/) || hasChild(s, kids, root, /^(cop|nsubj|csubj)/)) return false;
  for (let v = root + 1; v < s.head.length; v++) {
    if (!finiteVerb(s, kids, v) || /relcl/.test(s.deprel[v]) || hasChild(s, kids, v, /^mark$/)) continue;
    let subject = -1;
    for (const k of kids[v]) if (k < v && /^nsubj/.test(s.deprel[k])) subject = k;
    if (subject < 0) continue;
    let first = subject;
    while (first > 0 && first - 1 > root && under(s.head, first - 1, subject)) first--;
    if (s.form(first - 1) !== ",") return false;
    return reroot(s, v, first - 1, [[root, v, s.deprel[v].includes(":") ? "obl:mod" : "obl"]]);
  }
  return false;
}

/**
 * A verb of saying after the clause it reports, with no subject and an object after it: the object is the
 * inverted subject (« …, a annoncé la présidence », "…, said the ministry").
 */
export function invertedSubject(s: RepairInput, kids: number[][], root: number, t: RepairTables): boolean {
  const k = commaBefore(s, root, true);
  if (k < 1) return false;
  if (!finiteVerb(s, kids, root) || s.feats[root].includes("Mood=Imp")) return false;
  // the reported clause opens the sentence and has its own subject
  const reported = (c: number) =>
    c < k &&
    /^(ccomp|advcl|parataxis)/.test(s.deprel[c]) &&
    s.upos[c] === "VERB" &&
    kids[c].some((j) => SUBJECT.test(s.deprel[j]) && !t.relativePronouns.has(s.form(j).toLowerCase())) &&
    (under(s.head, 0, c) || (s.upos[0] === "PUNCT" && under(s.head, 1, c)));
  if (!kids[root].some(reported)) return false;
  for (const c of kids[root])
    if (c > root && s.deprel[c] === "obj" && NOMINAL.has(s.upos[c])) {
      s.deprel[c] = "nsubj";
      return true;
    }
  return false;
}

/**
 * Cheap test first (no allocation): most sentences have a finite verb root with one subject, no
 * subordinator and no conjunct noun, which no repair touches.
 */
export function worthALook(s: RepairInput, root: number): boolean {
  const n = s.head.length;
  const u = s.upos[root];
  if (u !== "VERB") {
    // a nominal root is repaired only with a verb after it or two subjects ("Ray's Pizza is good")
    if (!NOMINAL.has(u) && u !== "ADJ") return false;
    let subjects = 0;
    for (let i = 0; i < n; i++) {
      if (i > root && s.upos[i] === "VERB") return true;
      if (s.head[i] === root + 1 && s.deprel[i].startsWith("nsubj") && ++subjects > 1) return true;
    }
    return false;
  }
  const f = s.feats[root];
  if ((f.includes("VerbForm=Ger") || f.includes("VerbForm=Part")) && !f.includes("Mood=Ind")) return true;
  let subjects = 0;
  let conj = false;
  let describedAfterComma = false; // ", the …" or ", its …": a possible apposition
  for (let i = 0; i < n; i++) {
    const h = s.head[i] - 1;
    const rel = s.deprel[i];
    if (h === root) {
      // "Last April, the Ministry of Justice banned …": the month taken for the subject.
      if (rel === "nsubj" && i < root && s.upos[i] === "PROPN" && CALENDAR_NAMES.has(s.form(i).toLowerCase()))
        return true;
      if (rel === "mark") subjects += 2;
      else if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel === "expl") subjects++;
    } else if (rel === "conj") conj = true;
    else if (rel === "nsubj" && h > i && NOMINAL.has(s.upos[h])) {
      // a verb's object taken for a noun's subject (`objectsTakenForSubjects`)
      const hr = s.deprel[h];
      const v = s.head[h] - 1;
      if ((hr === "conj" || hr === "obj" || hr.startsWith("obl")) && v >= 0 && v < i && s.upos[v] === "VERB")
        return true;
    }
    if (i > 0 && s.form(i - 1) === "," && (s.upos[i] === "DET" || s.upos[i] === "PRON"))
      describedAfterComma = true;
  }
  return subjects !== 1 || (conj && describedAfterComma);
}

/** Reused child lists (the repairs run one sentence at a time; a new listing invalidates the last). */
const kidsPool: number[][] = [];

/** Children of every word (0-based), in order. */
export function childrenOf(head: Int32Array): number[][] {
  const n = head.length;
  while (kidsPool.length < n) kidsPool.push([]);
  for (let i = 0; i < n; i++) kidsPool[i].length = 0;
  for (let i = 0; i < n; i++) if (head[i] > 0) kidsPool[head[i] - 1].push(i);
  return kidsPool; // entries from n on are stale: callers index words of this sentence only
}

function hasChild(s: RepairInput, kids: number[][], i: number, dep: RegExp): boolean {
  for (const k of kids[i]) if (dep.test(s.deprel[k])) return true;
  return false;
}

const SUBJECT = /^(nsubj|csubj|expl)/;
const AUX = /^aux/;

/** A verb that heads a finite clause: VerbForm=Fin or Mood=Ind, or a finite auxiliary among its children ("has agreed"). */
function finiteVerb(s: RepairInput, kids: number[][], i: number, pastToo = false): boolean {
  if (s.upos[i] !== "VERB") return false;
  // where the clause needs a verb, a past participle with no auxiliary is its finite past ("signed a truce")
  if (pastToo && s.feats[i].includes("Tense=Past") && !hasChild(s, kids, i, AUX)) return true;
  // the feature groups are predicted apart: Mood=Ind with VerbForm=Part is a finite past too
  if (s.feats[i].includes("VerbForm=Fin") || s.feats[i].includes("Mood=Ind")) return true;
  for (const k of kids[i]) if (AUX.test(s.deprel[k]) && s.feats[k].includes("VerbForm=Fin")) return true;
  return false;
}

/** The first finite verb after `from` with no subject and no subordinator of its own, or -1. */
function subjectlessVerbAfter(s: RepairInput, kids: number[][], from: number, needComma: boolean): number {
  for (let v = from + 1; v < s.head.length; v++) {
    if (!finiteVerb(s, kids, v, needComma)) continue;
    if (hasChild(s, kids, v, SUBJECT)) continue;
    if (hasChild(s, kids, v, /^mark$/)) return -1;
    if (needComma && commaBefore(s, v) < 0) return -1;
    return v;
  }
  return -1;
}

/** The comma before the words of v's subject phrase (the words under v next to its subject), or -1. */
function commaBeforeSubject(s: RepairInput, kids: number[][], v: number): number {
  let subject = -1;
  for (const k of kids[v])
    if (k < v && /^nsubj/.test(s.deprel[k]) && (subject < 0 || k < subject)) subject = k;
  if (subject < 0) return -1;
  let k = subject;
  while (k > 0 && s.form(k - 1) !== "," && under(s.head, k - 1, v)) k--;
  return k > 0 && s.form(k - 1) === "," ? k - 1 : -1;
}

/** The comma right before word v (adverbs between: ", formally quit"; auxiliaries too with `aux`: « , a indiqué »), or -1. */
function commaBefore(s: RepairInput, v: number, aux = false): number {
  let k = v - 1;
  while (k >= 0 && (s.upos[k] === "ADV" || (aux && s.upos[k] === "AUX"))) k--;
  return k >= 0 && s.form(k) === "," ? k : -1;
}

/**
 * Makes v the root: words from `cut` on that hung before `cut` hang from v, then the given arcs are set.
 * Undone (false) if the result is not a single tree.
 */
function reroot(s: RepairInput, v: number, cut: number, arcs: readonly [number, number, string][]): boolean {
  const head = s.head.slice();
  const deprel = s.deprel.slice();
  const n = head.length;
  for (let k = cut; k < n; k++) if (k !== v && head[k] - 1 < cut) head[k] = v + 1;
  head[v] = 0;
  deprel[v] = "root";
  for (const [d, h, rel] of arcs) {
    head[d] = h + 1;
    deprel[d] = rel;
  }
  if (!isTree(head)) return false;
  s.head.set(head);
  for (let i = 0; i < n; i++) s.deprel[i] = deprel[i];
  return true;
}

/** One root and no cycle. */
function isTree(head: Int32Array): boolean {
  const n = head.length;
  let roots = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) roots++;
  if (roots !== 1) return false;
  const state = new Uint8Array(n); // 0 unseen, 1 on the current path, 2 reaches the root
  for (let i = 0; i < n; i++) {
    let k = i;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      k = head[k] - 1;
    }
    if (k >= 0 && state[k] === 1) return false;
    k = i;
    while (k >= 0 && state[k] === 1) {
      state[k] = 2;
      k = head[k] - 1;
    }
  }
  return true;
}

function subjectRel(s: RepairInput, kids: number[][], v: number): string {
  return hasChild(s, kids, v, /^aux:pass$/) ? "nsubj:pass" : "nsubj";
}

/**
 * A noun, name or adjective root with no copula before a finite verb: the noun becomes the verb's subject
 * ("Tens of thousands of people marched …"); an adjective right before a noun becomes its modifier
 * ("Turkish Foreign Minister X flew …", whose verb has its subject already).
 */
export function nominalRoot(s: RepairInput, kids: number[][], root: number, t: RepairTables): boolean {
  if (hasChild(s, kids, root, /^(cop|nsubj|csubj|aux)/)) return false;
  if (s.upos[root] === "ADJ") {
    let noun = root + 1;
    while (s.upos[noun] === "ADJ") noun++; // "Turkish Foreign Minister"
    if (!NOMINAL.has(s.upos[noun] ?? "")) return false;
    for (let v = noun + 1; v < s.head.length; v++)
      if (finiteVerb(s, kids, v) && hasChild(s, kids, v, SUBJECT) && !hasChild(s, kids, v, /^mark$/)) {
        const c = commaBefore(s, v);
        return reroot(s, v, c < 0 ? v : c, [[root, noun, "amod"]]);
      }
    return false;
  }
  // "Lebanese Finance Minister X called": a noun right before its verb's subject phrase is part of it
  const titled = verbOfNextSubject(s, kids, root);
  if (titled >= 0) {
    const c = commaBefore(s, titled);
    return reroot(s, titled, c < 0 ? titled : c, [[root, root + 1, "compound"]]);
  }
  // the verb right after the root's phrase first ("trains from X crossed …, according to images published …")
  let v = pastRightAfter(s, kids, root);
  if (v >= 0 && !kids[v].some((k) => k > v && s.upos[k] !== "PUNCT")) v = -1;
  if (v < 0) v = subjectlessVerbAfter(s, kids, root, false);
  if (v < 0) {
    // "Ministers of the bloc, meeting …, imposed tariffs": a participle with complements ("…, highly
    // recommended." is a review's verdict)
    v = subjectlessVerbAfter(s, kids, root, true);
    if (v >= 0 && !kids[v].some((k) => k > v && s.upos[k] !== "PUNCT")) return false;
  }
  // not an imperative after a heading ("Questions: please contact …", "Work hard and retire early")
  if (v < 0 || s.feats[v].includes("Mood=Imp") || hasChild(s, kids, v, /^cc$/)) return false;
  for (let k = root + 1; k < v; k++) if (HEADING_MARKS.has(s.form(k))) return false;
  const c = commaBefore(s, v);
  if (hasChild(s, kids, root, /^case$/)) {
    // "On Friday, X died": the phrase is the verb's adjunct, and its subject may follow the comma
    if (!reroot(s, v, c < 0 ? v : c, [[root, v, "obl"]])) return false;
    subjectAfterAdjunct(s, childrenOf(s.head), v, t);
    return true;
  }
  return reroot(s, v, c < 0 ? v : c, [[root, v, subjectRel(s, kids, v)]]);
}

/**
 * The finite verb whose subject phrase starts right after word w, with only nouns and names up to the
 * subject ("Finance Minister X" after "Lebanese Finance"), or -1.
 */
function verbOfNextSubject(s: RepairInput, kids: number[][], w: number): number {
  let k = w + 1;
  while (k < s.head.length && NOMINAL.has(s.upos[k])) {
    const v = s.head[k] - 1;
    if (v > k && /^nsubj/.test(s.deprel[k]) && finiteVerb(s, kids, v) && !hasChild(s, kids, v, /^mark$/))
      return v;
    k++;
  }
  return -1;
}

/**
 * A past form right after the root's own phrase (adverbs between), with no auxiliary, subject or
 * subordinator: "Supporters of the jailed leader rallied …", "Amnesty International sharply criticised …".
 */
function pastRightAfter(s: RepairInput, kids: number[][], root: number): number {
  let v = root + 1;
  while (v < s.head.length && (s.upos[v] === "ADV" || under(s.head, v, root))) {
    if (s.upos[v] === "VERB") break;
    v++;
  }
  if (v >= s.head.length || s.upos[v] !== "VERB" || !s.feats[v].includes("Tense=Past")) return -1;
  if (hasChild(s, kids, v, AUX) || hasChild(s, kids, v, SUBJECT) || hasChild(s, kids, v, /^mark$/)) return -1;
  return v;
}

/**
 * A verb root that is really a clause on its subject: it has a noun subject and a relative pronoun
 * subject ("X, who refused …,"), or it is a participle with no auxiliary whose subject stands before a
 * comma ("X, meeting in Oslo,"). The next finite verb after a comma with no subject takes the noun.
 */
export function subjectWithClause(s: RepairInput, kids: number[][], root: number, t: RepairTables): boolean {
  let noun = -1;
  let relative = -1;
  for (const k of kids[root])
    if (/^nsubj/.test(s.deprel[k]) && k < root) {
      if (t.relativePronouns.has(s.form(k).toLowerCase())) relative = k;
      else if (NOMINAL.has(s.upos[k])) noun = k;
    }
  if (noun < 0) return false;
  let rel: string;
  if (relative > noun) rel = "acl:relcl";
  else if (
    relative < 0 &&
    /VerbForm=(Ger|Part)/.test(s.feats[root]) &&
    !hasChild(s, kids, root, AUX) &&
    commaBefore(s, root) > noun
  )
    rel = "acl";
  else return false;
  const v = subjectlessVerbAfter(s, kids, root, true);
  if (v < 0) return rel === "acl:relcl" && openingTimeWithRelative(s, kids, root, noun, relative);
  return reroot(s, v, commaBefore(s, v), [
    [noun, v, subjectRel(s, kids, v)],
    [root, noun, rel],
  ]);
}

/**
 * "Two days after the storm, which flattened the harbour, the council asked …": the relative clause is
 * on the noun before its comma ("storm"), and the opening phrase ("days", with a preposition under it)
 * is an adjunct of the next finite verb with its own subject after a comma.
 */
function openingTimeWithRelative(
  s: RepairInput,
  kids: number[][],
  root: number,
  noun: number,
  relative: number,
): boolean {
  const antecedent = relative - 2;
  if (antecedent <= noun || s.form(relative - 1) !== "," || !NOMINAL.has(s.upos[antecedent])) return false;
  if (!under(s.head, antecedent, noun) || !hasChild(s, kids, antecedent, /^case$/)) return false;
  for (let v = root + 1; v < s.head.length; v++) {
    if (!finiteVerb(s, kids, v) || /relcl/.test(s.deprel[v]) || hasChild(s, kids, v, /^mark$/)) continue;
    let subject = -1;
    for (const k of kids[v]) if (k < v && /^nsubj/.test(s.deprel[k])) subject = k;
    if (subject < 0) return false;
    let first = subject;
    while (first - 1 > root && under(s.head, first - 1, subject)) first--;
    if (s.form(first - 1) !== ",") return false;
    return reroot(s, v, first - 1, [
      [noun, v, "obl"],
      [root, antecedent, "acl:relcl"],
    ]);
  }
  return false;
}

/**
 * A root that opens the sentence as an adverbial clause — with a subordinator ("after", "when" …), a
 * participle with no subject ("Brushing aside objections, X pledged …") or a participle on a noun of an
 * opening adjunct ("In a letter read out on Monday, X endorsed …") — whose main clause, after a comma, was
 * hung on it: the main clause's verb (finite, with its own subject) becomes the root.
 */
export function openingClauseRoot(s: RepairInput, kids: number[][], root: number, t: RepairTables): boolean {
  let mark = -1;
  let adjunct = -1;
  for (const k of kids[root]) {
    if (s.deprel[k] === "mark" && k < root && t.subordinators.has(s.form(k).toLowerCase())) mark = k;
    if (k === root - 1 && s.deprel[k] === "obl" && NOMINAL.has(s.upos[k])) adjunct = k;
  }
  if (mark < 0) {
    if (hasChild(s, kids, root, SUBJECT) || hasChild(s, kids, root, AUX) || hasChild(s, kids, root, /^mark$/))
      return false;
    if (s.feats[root].includes("Mood=Imp")) return false;
    const participle = /VerbForm=(Ger|Part)/.test(s.feats[root]) && !s.feats[root].includes("Mood=Ind");
    if (!participle && adjunct < 0) return false;
    if (adjunct >= 0 && !hasChild(s, kids, adjunct, /^case$/)) adjunct = -1;
    if (!participle && adjunct < 0) return false;
  } else adjunct = -1;
  for (const v of kids[root]) {
    if (v < root || !/^(parataxis|conj|ccomp|advcl)$/.test(s.deprel[v])) continue;
    if (!finiteVerb(s, kids, v, true) || hasChild(s, kids, v, /^mark$/)) continue;
    if (!hasChild(s, kids, v, SUBJECT)) {
      if (subjectlessMainClause(s, root, v, adjunct, t)) return true;
      continue;
    }
    if (!finiteVerb(s, kids, v)) continue;
    let first = v;
    for (const k of kids[v]) if (k < first) first = k;
    let c = s.form(first) === "," ? first : commaBefore(s, first);
    if (c < 0) c = commaBeforeSubject(s, kids, v); // "…, Amnesty International urged": "in Jeddah" hung on the name
    if (c < 0) continue;
    if (adjunct >= 0)
      return reroot(s, v, c, [
        [adjunct, v, "obl"],
        [root, adjunct, "acl"],
      ]);
    return reroot(s, v, c, [[root, v, "advcl"]]);
  }
  return false;
}

/**
 * The main clause of an opening adjunct root, whose subject (after the adjunct's comma) was hung on the
 * adjunct ("In a report published on Monday, Oxfam International urged …": "International" a conjunct of
 * "Monday"): the clause's verb becomes the root, then gets that subject (`subjectAfterAdjunct`).
 */
function subjectlessMainClause(
  s: RepairInput,
  root: number,
  v: number,
  adjunct: number,
  t: RepairTables,
): boolean {
  let start = v;
  while (start > root + 1 && (SUBJECT_RUN.has(s.upos[start - 1]) || s.upos[start - 1] === "ADP")) start--;
  if (start === v || s.form(start - 1) !== ",") return false;
  const head = s.head.slice();
  const deprel = s.deprel.slice();
  const arcs: [number, number, string][] =
    adjunct >= 0
      ? [
          [adjunct, v, "obl"],
          [root, adjunct, "acl"],
        ]
      : [[root, v, "advcl"]];
  if (reroot(s, v, start - 1, arcs) && subjectAfterAdjunct(s, childrenOf(s.head), v, t)) return true;
  s.head.set(head); // no subject found: leave the tree as it was
  for (let i = 0; i < deprel.length; i++) s.deprel[i] = deprel[i];
  return false;
}

/**
 * A finite root with no subject whose left neighbours, after a comma, are a noun phrase hung on the
 * opening adjunct ("In a report released on Monday, Human Rights Watch said …"): that phrase's head
 * becomes the subject.
 */
export function subjectAfterAdjunct(
  s: RepairInput,
  kids: number[][],
  root: number,
  t: RepairTables,
): boolean {
  if (!finiteVerb(s, kids, root) || hasChild(s, kids, root, SUBJECT) || hasChild(s, kids, root, /^mark$/))
    return false;
  // French clitics and auxiliaries stand between the subject and its verb (« la Mauritanie se sont mis »)
  let verbStart = root;
  if (t.headFirst)
    while (
      verbStart > 0 &&
      s.head[verbStart - 1] === root + 1 &&
      (s.upos[verbStart - 1] === "AUX" || s.upos[verbStart - 1] === "PRON" || s.upos[verbStart - 1] === "ADV")
    )
      verbStart--;
  // the phrase may hold a preposition ("…, the defence ministry in Moscow said") or, head first, a
  // conjunction (« le Maroc et la Mauritanie »)
  let start = verbStart;
  const inPhrase = (u: string) =>
    SUBJECT_RUN.has(u) || u === "ADP" || u === "ADP+DET" || (t.headFirst && u === "CCONJ");
  while (start > 0 && inPhrase(s.upos[start - 1])) start--;
  while (start < verbStart && (s.upos[start] === "ADP" || s.upos[start] === "CCONJ")) start++;
  if (start === verbStart || start < 2 || s.form(start - 1) !== ",") return false;
  let end = verbStart; // the subject phrase ends before the first preposition
  for (let k = start; k < verbStart; k++)
    if (s.upos[k].startsWith("ADP") || s.upos[k] === "CCONJ") {
      end = k;
      break;
    }
  let subject = -1;
  if (t.headFirst) {
    for (let k = start; k < end && subject < 0; k++) if (NOMINAL.has(s.upos[k])) subject = k;
  } else {
    let last = end - 1;
    while (last > start && end < verbStart && s.upos[last] === "ADJ") last--; // "sources close to the group"
    if (s.upos[last] === "PROPN") {
      subject = last;
      while (subject > start && s.upos[subject - 1] === "PROPN") subject--;
    } else if (s.upos[last] === "NOUN") subject = last;
  }
  if (subject < 0) return false;
  // the parser's own head of the phrase, when it made one ("Oxfam" compound of "International")
  while (
    s.head[subject] - 1 >= start &&
    s.head[subject] - 1 < end &&
    NOMINAL.has(s.upos[s.head[subject] - 1])
  )
    subject = s.head[subject] - 1;
  // the phrase hangs outside itself: before the comma (on the adjunct), or on the verb as a clause
  const h = s.head[subject] - 1;
  if (h < 0 || (h >= start - 1 && h !== root)) return false;
  const arcs: [number, number, string][] = [
    [subject, root, hasChild(s, kids, root, /^aux:pass$/) ? "nsubj:pass" : "nsubj"],
  ];
  for (let k = start; k < verbStart; k++)
    if (k !== subject) {
      const hk = s.head[k] - 1;
      if (hk >= start && hk < verbStart) continue;
      const rel =
        k >= end
          ? t.headFirst
            ? s.deprel[k]
            : "nmod"
          : k > subject && s.upos[k] === "PROPN"
            ? "flat"
            : s.deprel[k];
      arcs.push([k, subject, rel]);
    }
  return reroot(s, root, s.head.length, arcs);
}

/**
 * "Last April, the Valdorian Ministry of Justice banned …": a fronted month or weekday the parser took
 * for the subject, with the real subject after its comma as an apposition: the apposition becomes the subject
 * and the time phrase a temporal modifier of the verb.
 */
function timeTakenForSubject(s: RepairInput, kids: number[][], root: number): boolean {
  for (const t of kids[root]) {
    if (t > root || s.deprel[t] !== "nsubj" || !CALENDAR_NAMES.has(s.form(t).toLowerCase())) continue;
    const appos = kids[t].find((c) => c > t && s.deprel[c] === "appos" && NOMINAL.has(s.upos[c]));
    if (appos === undefined || s.form(t + 1) !== ",") return false;
    s.head[appos] = root + 1;
    s.deprel[appos] = "nsubj";
    s.deprel[t] = "obl:tmod";
    s.head[t + 1] = appos + 1;
    return true;
  }
  return false;
}

/**
 * A noun phrase between commas right after a name, parsed as the last conjunct of a list with no
 * "and" ("Colombia's government and the ELN, the country's largest guerrilla group, agreed …"), is an
 * apposition to the name: it moves there (kids are kept up to date). Returns whether one moved.
 */
export function appositionsAfterNames(s: RepairInput, kids: number[][]): boolean {
  let moved = false;
  const n = s.head.length;
  for (let x = 1; x < n; x++) {
    if (s.deprel[x] !== "conj" || !NOMINAL.has(s.upos[x]) || s.head[x] - 1 >= x) continue;
    if (hasChild(s, kids, x, /^cc$/)) continue;
    const h = s.head[x] - 1;
    let last = true;
    for (const k of kids[h]) if (k > x && s.deprel[k] === "conj") last = false;
    if (!last) continue;
    // the phrase: the words next to it that hang inside it
    let start = x;
    while (start > 0 && s.form(start - 1) !== "," && under(s.head, start - 1, x)) start--;
    // a described noun ("the country's largest group", "its former chief"), not the next name of a list
    if (start < 2 || s.form(start - 1) !== "," || (s.upos[start] !== "DET" && s.upos[start] !== "PRON"))
      continue;
    // closed by a comma (or the sentence's end) and opened right after a name
    let end = x;
    while (end + 1 < n && s.form(end + 1) !== "," && under(s.head, end + 1, x)) end++;
    if (end + 1 < n && s.form(end + 1) !== "," && s.upos[end + 1] !== "PUNCT") continue;
    let name = start - 2;
    if (s.upos[name] !== "PROPN" || name === h) continue;
    while (s.head[name] > 0 && /^(flat|compound)/.test(s.deprel[name]) && s.head[name] - 1 < name)
      name = s.head[name] - 1;
    if (name === h || !NOMINAL.has(s.upos[name])) continue;
    kids[h].splice(kids[h].indexOf(x), 1);
    kids[name].push(x);
    s.head[x] = name + 1;
    s.deprel[x] = "appos";
    moved = true;
  }
  return moved;
}

/** Whether word k lies in the subtree of word x (0-based). */
function under(head: Int32Array, k: number, x: number): boolean {
  for (let steps = 0; k >= 0 && steps < head.length; steps++) {
    if (k === x) return true;
    k = head[k] - 1;
  }
  return false;
}

/**
 * An adjective taken for one of two subjects of a verb ("Turkish President X warned": "Turkish" and "X"
 * both nsubj) modifies the noun after it (other adjectives between). Returns whether one moved.
 */
export function adjectiveSubjects(s: RepairInput, kids: number[][]): boolean {
  let moved = false;
  for (let a = 0; a + 1 < s.head.length; a++) {
    if (!/^nsubj/.test(s.deprel[a])) continue;
    const v = s.head[a] - 1;
    // "Chad's military launched": a possessor taken for a second subject
    const possessor =
      NOMINAL.has(s.upos[a]) &&
      kids[a].some((k) => k === a + 1 && s.deprel[k] === "case" && s.form(k).startsWith("'"));
    if ((s.upos[a] !== "ADJ" || kids[a].length > 0) && !possessor) continue;
    if (v < 0 || !kids[v].some((k) => k > a && k < v && /^nsubj/.test(s.deprel[k]) && NOMINAL.has(s.upos[k])))
      continue;
    if (possessor) {
      let owned = a + 2;
      while (owned < v && !/^nsubj/.test(s.deprel[owned])) owned++;
      if (owned >= v || owned - 1 < a + 1) continue;
      kids[v].splice(kids[v].indexOf(a), 1);
      kids[owned].push(a);
      s.head[a] = owned + 1;
      s.deprel[a] = "nmod:poss";
      moved = true;
      continue;
    }
    let noun = a + 1;
    while (noun < v && s.upos[noun] === "ADJ") noun++;
    if (noun >= v || !NOMINAL.has(s.upos[noun])) continue;
    kids[v].splice(kids[v].indexOf(a), 1);
    kids[noun].push(a);
    s.head[a] = noun + 1;
    s.deprel[a] = "amod";
    moved = true;
  }
  return moved;
}

/**
 * A verb's object taken for the subject of a noun after it with no copula ("imposed an asset freeze and
 * travel ban on 15 officials": "freeze" nsubj of "officials", a conjunct of the verb): the object goes back
 * to the verb and the noun hangs on it. Returns whether one moved.
 */
export function objectsTakenForSubjects(s: RepairInput, kids: number[][]): boolean {
  let moved = false;
  for (let x = 1; x < s.head.length; x++) {
    if (!NOMINAL.has(s.upos[x]) || !/^(conj|obj|obl)/.test(s.deprel[x])) continue;
    const v = s.head[x] - 1;
    if (v < 0 || v > x || s.upos[v] !== "VERB" || hasChild(s, kids, x, /^(cop|aux)/)) continue;
    let subject = -1;
    for (const k of kids[x])
      if (k > v && k < x && s.deprel[k] === "nsubj" && NOMINAL.has(s.upos[k])) subject = k;
    if (subject < 0 || hasChild(s, kids, v, /^obj$/)) continue;
    let preposition = false; // "… on 15 officials"
    for (let k = subject + 1; k < x && !preposition; k++)
      preposition = s.deprel[k] === "case" && s.upos[k] === "ADP" && under(s.head, k, x);
    if (!preposition) continue;
    kids[x].splice(kids[x].indexOf(subject), 1);
    kids[v].splice(kids[v].indexOf(x), 1);
    kids[v].push(subject);
    kids[subject].push(x);
    s.head[subject] = v + 1;
    s.deprel[subject] = "obj";
    s.head[x] = subject + 1;
    s.deprel[x] = "nmod";
    moved = true;
  }
  return moved;
}
