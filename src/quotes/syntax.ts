import type { QuoteContext } from "./context.ts";
import type { PronounKind } from "./tables.ts";

/** A speaker expression found through the parse: a name, a pronoun or a description (token range). */
export interface ParsedSubject {
  kind: "mention" | "pronoun" | "desc";
  a: number;
  b: number;
  /** Index into `cx.mentions` for a name. */
  mention: number;
  pron?: PronounKind;
}

/** subjectToken's answer for a passive speech verb without an agent: nobody before it speaks. */
export const PASSIVE_NO_AGENT = -2;

/**
 * The grammatical subject of the verb at token v when the parser ran: its
 * `nsubj` dependent, or that of the verb it is coordinated with or governed by
 * ("stood up and said", "wanted to say"); for a passive verb, its agent ("was told by X").
 * Returns -1 without a parse or a subject, PASSIVE_NO_AGENT for a passive without agent.
 *
 * @example
 * // "The mayor of Orvane, in a statement, said …": the subject is "mayor", not "statement".
 * subjectToken(cx, saidIndex); // index of "mayor"
 */
export function subjectToken(cx: QuoteContext, v: number): number {
  const tk = cx.doc.tokens;
  const head = tk.head;
  const dep = tk.dep;
  if (!head || !dep || v < 0 || v >= cx.n) return -1;
  let x = v;
  for (let hop = 0; hop < 3; hop++) {
    const s = cx.sent[x];
    const a = cx.sentStart[s];
    const b = cx.sentEnd[s];
    // Two subjects (a parse error on "Valdoria, she said, “…”"): the one nearest the verb.
    let found = -1;
    for (let k = a; k < b; k++)
      if (head[k] === x && dep[k].startsWith("nsubj") && (found < 0 || (k < x && k > found))) found = k;
    // "X used to …, but now said the nominee had …": a subject after a coordinated verb is its clause's, not its own.
    if (found > x && dep[x] === "conj" && head[x] >= 0 && head[x] < x) found = -1;
    // "The depot and the school were shut and city officials said …" parsed with "officials" a conjunct of
    // "shut" (the verb hung elsewhere): the noun right before the verb, conjoined to a clause of its own, speaks.
    const p = x - 1;
    const h = p >= a ? head[p] : -1;
    if (hop === 0 && found < h && h < p && dep[p] === "conj" && /^(NOUN|PROPN)$/.test(tk.pos?.[p] ?? "")) {
      let ownSubject = false;
      for (let k = a; k < h; k++) if (head[k] === h && dep[k].startsWith("nsubj")) ownSubject = true;
      if (ownSubject && tk.pos?.[h] === "VERB") return p;
    }
    if (found >= 0) {
      if (dep[found] !== "nsubj:pass") return found;
      // Trust the passive only with a passive auxiliary ("was told", "a été informée").
      let passiveAux = false;
      for (let k = a; k < b; k++) if (head[k] === x && dep[k] === "aux:pass") passiveAux = true;
      if (!passiveAux) return found;
      // "He was told by Minister X that …": the agent speaks, the passive subject only heard it.
      for (let k = a; k < b; k++) {
        if (head[k] !== x || !dep[k].startsWith("obl")) continue;
        for (let c = Math.max(a, k - 3); c < k; c++)
          if (head[c] === k && (cx.w[c] === "by" || cx.w[c] === "par")) return k;
      }
      return PASSIVE_NO_AGENT;
    }
    const d = dep[x];
    if ((d === "conj" || d === "xcomp") && head[x] >= 0) x = head[x];
    else break;
  }
  return -1;
}

/** Whether token k depends (directly or not) on token h within a few steps. */
function under(cx: QuoteContext, k: number, h: number): boolean {
  const head = cx.doc.tokens.head;
  if (!head) return false;
  let x = k;
  for (let step = 0; step < 12 && x >= 0; step++) {
    if (x === h) return true;
    x = head[x];
  }
  return false;
}

/**
 * The speaker expression headed by the subject token s (before the verb v):
 * the name covering it, a pronoun, or its noun phrase up to the verb.
 *
 * @example
 * parsedSubject(cx, subjectToken(cx, v), v); // { kind: "mention", … } for "Mr. Trump said"
 */
export function parsedSubject(cx: QuoteContext, s: number, v: number): ParsedSubject | null {
  if (s < 0 || s >= v || cx.inQuote[s] >= 0) return null;
  const w = cx.w[s];
  const tk = cx.doc.tokens;
  // "Jones, who said …": the relative pronoun stands for the noun the clause hangs on.
  if (cx.T.relativePronouns.has(w)) {
    const n = tk.head?.[v] ?? -1;
    if (tk.dep?.[v] !== "acl:relcl" || n < 0 || n >= s) return null;
    return parsedSubject(cx, n, n + 1);
  }
  // Days, months and all-capital datelines ("WASHINGTON ―") do not speak.
  if (cx.T.timeWords.has(w)) return null;
  const raw = cx.text.slice(cx.ts[s], cx.te[s]);
  if (raw.length > 2 && raw === raw.toUpperCase() && /\p{Lu}{3}/u.test(raw) && !cx.T.pronouns.has(w))
    return null;
  const pron = cx.T.pronouns.get(w);
  if (pron !== undefined) {
    if (cx.T.objectForms.has(w) || cx.T.firstSecondPersons.has(w)) return null;
    return { kind: "pronoun", a: s, b: s + 1, mention: -1, pron };
  }
  // The name that covers the subject's head: "Secretary of State John Kerry".
  for (let k = Math.min(cx.n - 1, s + 4); k >= 0 && k > s - 8; k--) {
    const mi = cx.startsAt[k];
    if (mi < 0) continue;
    const m = cx.mentions[mi];
    // The title before a name belongs to it: "Councillor Brian Shaw".
    if (Math.min(m.left, m.ts) <= s && s < m.te) {
      if (m.inQuote) return null;
      // "House Republican Thomas Massie": a party or body word before the person's name.
      const next = m.te < cx.n ? cx.startsAt[m.te] : -1;
      if (m.type !== "PER" && next >= 0 && cx.mentions[next].type === "PER" && !cx.mentions[next].inQuote)
        return { kind: "mention", a: Math.min(m.left, m.ts), b: cx.mentions[next].te, mention: next };
      return { kind: "mention", a: Math.min(m.left, m.ts), b: m.te, mention: mi };
    }
  }
  // A noun phrase: its own words to the left, its complements to the right up to a comma or the verb.
  let a = s;
  while (a - 1 >= 0 && cx.sent[a - 1] === cx.sent[s] && !cx.isPunct(a - 1) && under(cx, a - 1, s)) a--;
  // ("and city officials": a coordinator the parser hangs on the second conjunct joins it, it is no part of it.)
  while (a < s && tk.dep?.[a] === "cc") a++;
  let b = s + 1;
  while (b < v && !cx.isPunct(b) && !cx.isQuoteChar(b) && under(cx, b, s) && b - s < 10) b++;
  // A name right inside the phrase speaks: "the spokeswoman for the mayor, Nadia Petrek" stays a description,
  // "campaign spokesman Jesse Lehrich" is the person.
  // "Neighbouring Estravia": a capitalised head word is part of the name that follows; a person first
  // ("House Republican Thomas Massie").
  for (const personOnly of [true, false]) {
    for (let k = a; k < b; k++) {
      if (k > s && cx.T.phraseEndPreps.has(cx.w[k])) break;
      const mi = cx.startsAt[k];
      if (mi < 0 || cx.mentions[mi].te > b || cx.mentions[mi].inQuote) continue;
      if (cx.mentions[mi].type === "PER" || (!personOnly && cx.cap[s] && k <= s + 1))
        return { kind: "mention", a, b: cx.mentions[mi].te, mention: mi };
    }
  }
  // "le ministre de la Défense, le général Tomas Vrenko, a déclaré": the person in apposition speaks.
  // "Un rapport publié par le Centre …": the named author of a document speaks.
  const documentHead = cx.T.documentNouns.has(w);
  for (let k = s + 1; k < v; k++) {
    const mi = cx.startsAt[k];
    if (mi < 0) continue;
    const m = cx.mentions[mi];
    if (m.inQuote || !under(cx, k, s)) continue;
    const appos = m.type === "PER" && k >= b && cx.w[b] === ",";
    let p = Math.min(m.left, m.ts) - 1;
    if (p > s && cx.T.determiners.has(cx.w[p])) p--;
    const author = documentHead && (m.type === "ORG" || m.type === "PER") && cx.T.authorPreps.has(cx.w[p]);
    if (appos || author) return { kind: "mention", a: Math.min(m.left, m.ts), b: m.te, mention: mi };
  }
  // A common noun speaks only when it names people, a group or a medium: "the senators", not "the gap".
  const sing = w.replace(/(?:s|x)$/, "");
  const T = cx.T;
  const speakerNoun = (x: string) =>
    T.roles.has(x) || T.media.has(x) || T.orgNouns.has(x) || T.personNouns.has(x) || T.titles.has(x);
  if (!cx.cap[s] && !speakerNoun(w) && !speakerNoun(sing)) return null;
  return { kind: "desc", a, b, mention: -1 };
}
