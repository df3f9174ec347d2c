import type { Doc } from "../doc/doc.ts";
import { IRREGULAR_PASTS_EN } from "../lang/en/events-grammar.ts";
import { eventGrammar, eventLexicon } from "./lexicon.ts";

const TEMPORAL = eventGrammar().temporalWords;
const RELATIVES = eventGrammar().relativePronouns;
const COMPLEMENTISERS = eventGrammar().complementisers;
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(IRREGULAR_PASTS_EN);

/** Lower case with straight apostrophes; the regex runs only on the few words that hold a curly one. */
function lowerWord(w: string): string {
  const low = w.toLowerCase();
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60) return low.replace(/[’‘`]/g, "'");
  }
  return low;
}

/** A relation without its subtype ("nsubj:pass" → "nsubj"), as `split(":")[0]` without the array. */
function baseOf(rel: string): string {
  const colon = rel.indexOf(":");
  return colon < 0 ? rel : rel.slice(0, colon);
}

/**
 * One sentence's tokens as local arrays (index 0 = first token of the
 * sentence), with the syntax columns when the tagger and parser ran.
 * Heads are local indices (-1 for the root or outside the sentence).
 */
export class SentenceView {
  readonly doc: Doc;
  /** Absolute index of the first token. */
  readonly offset: number;
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly text: string[];
  /** Lower case, straight apostrophes. */
  readonly lower: string[];
  readonly lemma: string[];
  readonly pos: string[] | null;
  readonly dep: string[] | null;
  readonly feats: string[] | null;
  readonly head: Int32Array | null;
  private kids: number[][] | null = null;

  constructor(doc: Doc, from: number, to: number) {
    this.doc = doc;
    this.offset = from;
    this.length = to - from;
    const tk = doc.tokens;
    this.start = tk.start.subarray(from, to);
    this.end = tk.end.subarray(from, to);
    this.text = [];
    this.lower = [];
    this.lemma = [];
    const lemmas = tk.lemma;
    for (let i = from; i < to; i++) {
      const w = doc.text.slice(tk.start[i], tk.end[i]);
      const low = lowerWord(w);
      this.text.push(w);
      this.lower.push(low);
      const lem = lemmas?.[i];
      // Most lemmas are the word itself (names, unknown words), whose lower case is already there; the
      // others are lower-cased directly (cheaper than looking them up in a cache of open vocabulary).
      this.lemma.push(lem ? (lem === w ? low : lowerWord(lem)) : low);
    }
    this.pos = tk.pos ? tk.pos.slice(from, to) : null;
    this.dep = tk.dep ? tk.dep.slice(from, to) : null;
    this.feats = tk.feats ? tk.feats.slice(from, to) : null;
    if (tk.head) {
      const h = new Int32Array(this.length);
      for (let i = 0; i < this.length; i++) {
        const abs = tk.head[from + i];
        h[i] = abs >= from && abs < to ? abs - from : -1;
      }
      this.head = h;
    } else this.head = null;
    if (this.head && this.dep && this.pos) {
      if (doc.lang === "en") this.repairFinitePast();
      if (doc.lang === "en") this.repairDoubleObject();
      this.repairNounRoot();
      this.repairVerbAsModifier();
      this.repairAttributedSubject();
      this.repairReducedPassive();
      this.repairTemporalAppos();
    }
  }

  /**
   * "Snipers wounded two journalists", "China lent Sri Lanka another billion dollars", "Police beat protesters":
   * an English past form the tagger read as an adjective or a noun, in a sentence whose parse has no verb with a
   * subject, standing right after a plural noun, a name or an actor noun and before a determiner, a number or a
   * name, is the predicate: it becomes the root with the noun before it as subject, a name right after it
   * (followed by another noun phrase) as indirect object and the next noun phrase's head as object.
   */
  private repairFinitePast(): void {
    const head = this.head!;
    const dep = this.dep!;
    const pos = this.pos!;
    const n = this.length;
    const lex = eventLexicon("en");
    // An attribution ("…, police said", "Police said …") keeps its own subject: the speech verb at the root is
    // no predicate of the clause reported, which becomes its complement.
    const root = head.indexOf(-1);
    const speechRoot = root >= 0 && lex.reportVerbs.has(this.lemma[root]);
    for (let g = 0; g < n; g++) {
      const c = head[g];
      if (
        c >= 0 &&
        dep[g].startsWith("nsubj") &&
        (pos[c] === "VERB" || pos[c] === "AUX") &&
        !(c === root && speechRoot)
      )
        return;
    }
    const actors = lex.actorNouns;
    for (let v = 1; v + 1 < n; v++) {
      const w = this.lower[v];
      if (pos[v] !== "ADJ" && pos[v] !== "NOUN") continue;
      if (!/[a-z]ed$/.test(w) && !IRREGULAR_PASTS.has(w)) continue;
      const before = v - 1;
      const subjectLike =
        pos[before] === "PROPN" ||
        (pos[before] === "NOUN" && (/(s|men)$/.test(this.lower[before]) || this.lower[before] in actors));
      // "US backed rebels" is a modifier; "Police beat protesters" a verb: a bare noun after it only for the
      // irregular forms.
      const next = pos[v + 1];
      if (!subjectLike || !(/^(NUM|DET|PROPN)$/.test(next) || (next === "NOUN" && IRREGULAR_PASTS.has(w))))
        continue;
      let verbBefore = false;
      for (let c = 1; c < v; c++)
        if ((pos[c] === "VERB" || pos[c] === "AUX") && !(c === root && speechRoot)) verbBefore = true;
      if (verbBefore) return;
      // The noun phrases after the verb: a name then a phrase (lent Sri Lanka | another billion dollars).
      const phrase = (from: number): number => {
        let last = -1;
        for (let c = from; c < n && /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(pos[c]); c++) {
          if (pos[c] === "NOUN" || pos[c] === "PROPN") last = c;
          // The phrase ends with its last noun ("billion dollars | last year").
          if (last === c && pos[c + 1] !== "NOUN" && pos[c + 1] !== "PROPN") return c;
        }
        return last;
      };
      let first = phrase(v + 1);
      if (first < 0) return;
      let indirect = -1;
      if (pos[v + 1] === "PROPN" && first + 1 < n && /^(DET|NUM)$/.test(pos[first + 1])) {
        indirect = first;
        first = phrase(first + 1);
        if (first < 0) return;
      }
      const object = first;
      for (let c = 0; c < n; c++) {
        if (c === v || c === before || c === object || c === indirect) continue;
        const h = head[c];
        if (c === root && speechRoot) continue;
        if (c < before && (h >= v || h < 0)) {
          head[c] = before;
          if (dep[c] === "root" || dep[c].startsWith("nsubj"))
            dep[c] = pos[c] === "ADJ" ? "amod" : "compound";
        } else if (c > v && c < object && (h <= v || h > object))
          head[c] = indirect >= 0 && c <= indirect ? indirect : object;
        else if (c > object && (speechRoot ? h <= object && h !== root : h <= object || h === root)) {
          head[c] = v;
          if (dep[c] === "nmod" || dep[c] === "conj") dep[c] = dep[c] === "nmod" ? "obl" : "conj";
        }
      }
      if (indirect >= 0) {
        for (let c = v + 1; c < indirect; c++) if (head[c] === object) head[c] = indirect;
        head[indirect] = v;
        dep[indirect] = "iobj";
      }
      head[before] = v;
      dep[before] = "nsubj";
      head[object] = v;
      dep[object] = "obj";
      head[v] = speechRoot ? root : -1;
      dep[v] = speechRoot ? "ccomp" : "root";
      pos[v] = "VERB";
      this.kids = null;
      return;
    }
  }

  /**
   * "Japan gave Vietnam six patrol vessels", "handed Jordan four boats": a parser that reads the name right after
   * the verb as a compound of the object loses the indirect object. A name run right after a verb, hung on the
   * verb's object and followed by a determiner or a number, is the verb's indirect object.
   */
  private repairDoubleObject(): void {
    const head = this.head!;
    const dep = this.dep!;
    const pos = this.pos!;
    for (let v = 0; v + 2 < this.length; v++) {
      if (pos[v] !== "VERB" || pos[v + 1] !== "PROPN") continue;
      let end = v + 1;
      while (end + 1 < this.length && pos[end + 1] === "PROPN") end++;
      if (end + 1 >= this.length || !/^(DET|NUM)$/.test(pos[end + 1])) continue;
      let top = -1;
      for (let c = v + 1; c <= end; c++) if (head[c] < v + 1 || head[c] > end) top = top < 0 ? c : top;
      const o = top < 0 ? -1 : head[top];
      if (o <= end || head[o] !== v || dep[o] !== "obj" || dep[top] !== "compound") continue;
      head[top] = v;
      dep[top] = "iobj";
      this.kids = null;
    }
  }

  /**
   * "Two villages held by rebels were shelled by the army", "Hamlets controlled by insurgents were bombed": a
   * parser that takes the participle with its by-agent for the predicate hangs the real verb on it (ccomp, conj)
   * with its auxiliary and no subject. The participle is a reduced relative on the noun; the later verb takes
   * the noun as its subject and the participle's place in the tree.
   */
  private repairReducedPassive(): void {
    const head = this.head!;
    const dep = this.dep!;
    const pos = this.pos!;
    if (!dep.includes("obl:agent")) return;
    for (let v = 1; v < this.length; v++) {
      if (pos[v] !== "VERB" || !/ed$|en$|held$|hit$|shot$|struck$|seized$/.test(this.lower[v])) continue;
      const kids: number[] = [];
      for (let c = 0; c < this.length; c++) if (head[c] === v) kids.push(c);
      if (!kids.some((c) => dep[c] === "obl:agent") || kids.some((c) => dep[c].startsWith("aux"))) continue;
      // The noun the participle describes: its subject, or the noun it hangs on as a relative.
      const subject = kids.find((c) => c < v && dep[c].startsWith("nsubj"));
      const noun = subject ?? (dep[v] === "acl" && head[v] >= 0 && head[v] < v ? head[v] : -1);
      if (noun < 0 || !/^(NOUN|PROPN)$/.test(pos[noun])) continue;
      for (let c = noun + 1; c < v; c++) if (RELATIVES.has(this.lower[c]) || this.lower[c] === ",") return;
      const w = kids.find(
        (c) =>
          c > v && pos[c] === "VERB" && /^(ccomp|conj|parataxis|advcl)$/.test(dep[c]) && this.auxBefore(c, v),
      );
      if (w === undefined) continue;
      let hasSubject = false;
      for (let c = 0; c < this.length; c++)
        if (head[c] === w && dep[c].startsWith("nsubj")) hasSubject = true;
      if (hasSubject) continue;
      let passive = false;
      for (let c = v + 1; c < w; c++) if (head[c] === w && dep[c] === "aux:pass") passive = true;
      if (subject !== undefined) {
        head[w] = head[v];
        dep[w] = dep[v];
        head[v] = noun;
        dep[v] = "acl";
      } else {
        const speech = eventLexicon(this.doc.lang === "fr" ? "fr" : "en").reportVerbs;
        head[w] = head[noun];
        dep[w] =
          dep[noun].startsWith("nsubj") && head[noun] >= 0 && speech.has(this.lemma[head[noun]])
            ? "ccomp"
            : dep[noun];
      }
      head[noun] = w;
      dep[noun] = passive ? "nsubj:pass" : "nsubj";
      for (let c = w + 1; c < this.length; c++) if (head[c] === v) head[c] = w;
      this.kids = null;
      return;
    }
  }

  /** An auxiliary of verb w stands between the participle v and w ("held by rebels | were shelled"). */
  private auxBefore(w: number, v: number): boolean {
    for (let c = v + 1; c < w; c++) if (this.head![c] === w && this.dep![c].startsWith("aux")) return true;
    return false;
  }

  /**
   * "announced on Thursday an aid package", « a annoncé jeudi une aide »: a parser that reads the noun after
   * a day word as the day's apposition loses the verb's object; the noun goes back to the verb.
   */
  private repairTemporalAppos(): void {
    const head = this.head!;
    const dep = this.dep!;
    for (let k = 1; k < this.length; k++) {
      const h = head[k];
      if (h < 0 || h >= k || !/^(appos|nmod|dep|obl)/.test(dep[k]) || !/^(NOUN|PROPN)$/.test(this.pos![k]))
        continue;
      if (!TEMPORAL.has(this.lower[h])) continue;
      const v = head[h];
      if (v < 0 || this.pos![v] !== "VERB" || !/^(obl|nmod)/.test(dep[h])) continue;
      // The noun stands right after the day phrase, with no preposition of its own.
      let prep = false;
      for (let c = 0; c < this.length; c++) if (head[c] === k && dep[c] === "case") prep = true;
      if (prep) continue;
      let hasObj = false;
      for (let c = 0; c < this.length; c++) if (head[c] === v && dep[c] === "obj") hasObj = true;
      if (hasObj) continue;
      head[k] = v;
      dep[k] = "obj";
    }
  }

  /**
   * "The European Parliament on Wednesday called for …", "Thousands of Serbs protested in Belgrade": a tagger
   * that reads the verb as a participle lets the parser root the sentence at the subject noun, with the verb as
   * a reduced relative (acl). When no verb of the sentence has a subject of its own, that verb is the
   * predicate: it becomes the root and the noun its subject (a participle with a by-agent or an auxiliary
   * stays a modifier: "the aid promised by Japan").
   */
  private repairNounRoot(): void {
    const head = this.head!;
    const dep = this.dep!;
    const pos = this.pos!;
    const root = head.indexOf(-1);
    if (root < 0 || !/^(NOUN|PROPN)$/.test(pos[root])) return;
    for (let v = 0; v < this.length; v++)
      if (pos[v] === "VERB" || pos[v] === "AUX")
        for (let c = 0; c < this.length; c++) if (head[c] === v && dep[c].startsWith("nsubj")) return;
    const verb = this.reducedRelativeVerb(this.subjectGroup(root), root, this.length, false);
    if (verb < 0) return;
    this.moveLaterChildren(root, verb);
    head[verb] = -1;
    dep[verb] = "root";
    head[root] = verb;
    dep[root] = "nsubj";
  }

  /** A noun with the nouns coordinated with it or counted by it ("the government and the rebels", "Hundreds of people"). */
  private subjectGroup(n: number): number[] {
    const nouns = [n];
    for (let c = 0; c < this.length; c++)
      if (
        this.head![c] === n &&
        (this.dep![c] === "conj" || (this.dep![c] === "nmod" && this.caseOf(c) === "of"))
      )
        nouns.push(c);
    return nouns;
  }

  /**
   * The first verb between `after` and `before` that the parser hung on one of `nouns` as a reduced relative
   * (acl) and that reads as a finite past, or -1. A participle with a by-agent, an auxiliary or a marker, or
   * with a relative pronoun (or, when `commaBlocks`, a comma) between `after` and it, stays a modifier.
   */
  private reducedRelativeVerb(nouns: number[], after: number, before: number, commaBlocks: boolean): number {
    const head = this.head!;
    const dep = this.dep!;
    for (let v = after + 1; v < before; v++) {
      if (this.pos![v] !== "VERB" || dep[v] !== "acl" || !nouns.includes(head[v])) continue;
      if (!/ed$/.test(this.lower[v]) && this.lemma[v] === this.lower[v]) continue;
      let modifier = false;
      for (let c = 0; c < this.length; c++)
        if (head[c] === v && (dep[c] === "obl:agent" || dep[c].startsWith("aux") || dep[c] === "mark"))
          modifier = true;
      for (let c = after + 1; c < v; c++)
        if (RELATIVES.has(this.lower[c]) || (commaBlocks && this.lower[c] === ",")) modifier = true;
      if (!modifier) return v;
    }
    return -1;
  }

  /** The children of `noun` after `verb` move to the verb (an nmod there becomes an obl). */
  private moveLaterChildren(noun: number, verb: number): void {
    for (let c = 0; c < this.length; c++)
      if (this.head![c] === noun && c > verb) {
        this.head![c] = verb;
        if (this.dep![c] === "nmod") this.dep![c] = "obl";
      }
  }

  /**
   * "Thousands of students marched …, police said", "Security forces detained 300 people …, sources said": the
   * same participle misreading under a trailing attribution hangs the act on its subject as a reduced relative
   * (acl) and gives the speech verb two subjects. The verb is the reported clause: it takes the first subject and
   * becomes the speech verb's complement (a participle with a by-agent, an auxiliary, a marker or a relative
   * pronoun stays a modifier).
   */
  private repairAttributedSubject(): void {
    const head = this.head!;
    const dep = this.dep!;
    const pos = this.pos!;
    const speech = eventLexicon(this.doc.lang === "fr" ? "fr" : "en").reportVerbs;
    for (let r = 0; r < this.length; r++) {
      if (pos[r] !== "VERB" || !speech.has(this.lemma[r])) continue;
      const subjects: number[] = [];
      for (let c = 0; c < this.length; c++) if (head[c] === r && dep[c].startsWith("nsubj")) subjects.push(c);
      if (subjects.length !== 2) continue;
      const [n, speaker] = subjects;
      if (!/^(NOUN|PROPN|NUM)$/.test(pos[n]) || speaker > r || COMPLEMENTISERS.has(this.lower[speaker - 1]))
        continue;
      // The reported clause ends with a comma before the speaker's phrase.
      const phraseStart = Math.min(...this.subtree(speaker, ["punct"]));
      if (this.lower[phraseStart - 1] !== ",") continue;
      const verb = this.reducedRelativeVerb(this.subjectGroup(n), n, speaker, true);
      if (verb < 0) continue;
      this.moveLaterChildren(n, verb);
      head[verb] = r;
      dep[verb] = "ccomp";
      head[n] = verb;
      dep[n] = "nsubj";
    }
    // subtree() above cached the children of the parse before the repair.
    this.kids = null;
  }

  /**
   * "Israeli jets bombed rebel positions": a parser that reads the verb as an adjective of the object noun makes
   * the noun the predicate with the real subject as its nsubj. A verb form (amod) standing right after a noun's
   * subject phrase and before the noun is the predicate: it takes the subject, the noun becomes its object.
   */
  private repairVerbAsModifier(): void {
    const head = this.head!;
    const dep = this.dep!;
    const pos = this.pos!;
    for (let v = 1; v < this.length; v++) {
      if (pos[v] !== "VERB" || dep[v] !== "amod") continue;
      const n = head[v];
      if (n <= v || !/^(NOUN|PROPN)$/.test(pos[n])) continue;
      let subj = -1;
      for (let c = 0; c < v; c++) if (head[c] === n && dep[c].startsWith("nsubj")) subj = c;
      if (subj < 0 || !/^(NOUN|PROPN)$/.test(pos[subj])) continue;
      // The verb follows the subject phrase directly.
      let last = subj;
      for (let c = subj + 1; c < v; c++) {
        let k = c;
        for (let hops = 0; hops < 6 && k >= 0 && k !== subj; hops++) k = head[k];
        if (k !== subj) break;
        last = c;
      }
      if (last !== v - 1) continue;
      head[v] = head[n];
      dep[v] = dep[n];
      for (let c = 0; c < this.length; c++)
        if (
          head[c] === n &&
          c !== v &&
          (c < v || dep[c] === "punct" || dep[c].startsWith("nsubj") || c > n)
        ) {
          head[c] = v;
          if (dep[c] === "nmod") dep[c] = "obl";
        }
      head[n] = v;
      dep[n] = "obj";
    }
  }

  /** The first case word under token i ("of", "de"), or "". */
  private caseOf(i: number): string {
    for (let c = 0; c < this.length; c++)
      if (this.head![c] === i && this.dep![c] === "case") return this.lower[c];
    return "";
  }

  get hasSyntax(): boolean {
    return this.head !== null && this.dep !== null;
  }

  children(i: number): number[] {
    if (!this.head) return [];
    if (!this.kids) {
      const kids: number[][] = new Array(this.length);
      for (let k = 0; k < this.length; k++) kids[k] = [];
      this.kids = kids;
      for (let k = 0; k < this.length; k++) {
        const h = this.head[k];
        if (h >= 0) this.kids[h].push(k);
      }
    }
    return this.kids[i];
  }

  /** Children with a relation (prefix match on the part before ":"). */
  childrenWith(i: number, rels: readonly string[]): number[] {
    if (!this.dep) return [];
    return this.children(i).filter((k) => rels.includes(baseOf(this.dep![k])) || rels.includes(this.dep![k]));
  }

  rel(i: number): string {
    return this.dep?.[i] ?? "";
  }

  baseRel(i: number): string {
    return baseOf(this.rel(i));
  }

  upos(i: number): string {
    return this.pos?.[i] ?? "";
  }

  feat(i: number, name: string): string | null {
    const f = this.feats?.[i];
    if (!f) return null;
    const at = f.indexOf(`${name}=`);
    if (at < 0) return null;
    const rest = f.slice(at + name.length + 1);
    const bar = rest.indexOf("|");
    return bar < 0 ? rest : rest.slice(0, bar);
  }

  /** Token indices of the subtree of i (i included), pruning children with the given relations. */
  subtree(i: number, prune: readonly string[] = []): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length) {
      const k = stack.pop()!;
      out.push(k);
      for (const c of this.children(k))
        if (!prune.includes(this.baseRel(c)) && !prune.includes(this.rel(c))) stack.push(c);
    }
    return out.sort((a, b) => a - b);
  }

  /** True when `anc` is an ancestor of `i` within `maxHops` steps. */
  dominates(anc: number, i: number, maxHops = 6): boolean {
    if (!this.head) return false;
    let k = i;
    for (let n = 0; n < maxHops; n++) {
      k = this.head[k];
      if (k < 0) return false;
      if (k === anc) return true;
    }
    return false;
  }

  /** Depth of a token in the tree (0 for a root). */
  depth(i: number): number {
    if (!this.head) return 0;
    let d = 0;
    let k = i;
    while (this.head[k] >= 0 && d < 50) {
      k = this.head[k];
      d++;
    }
    return d;
  }

  /** Character range of local tokens [a, b] inclusive. */
  range(a: number, b: number): { start: number; end: number } {
    return { start: this.start[a], end: this.end[b] };
  }

  slice(a: number, b: number): string {
    return this.doc.text.slice(this.start[a], this.end[b]);
  }
}

/** Sentences of a document as token-index ranges [from, to). */
export function sentenceTokenRanges(doc: Doc): [number, number][] {
  const tk = doc.tokens;
  const out: [number, number][] = [];
  for (let i = 0; i < tk.length; ) {
    let j = i + 1;
    while (j < tk.length && tk.sentence[j] === tk.sentence[i]) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}
