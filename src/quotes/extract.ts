import type { Doc } from "../doc/doc.ts";
import type { Flag, Quote, QuoteKind, Speaker } from "../doc/types.ts";
import { type Mention, type Person, QuoteContext } from "./context.ts";
import { demonymOfPlace, frenchDemonym } from "./demonyms.ts";
import { findMarkSpans, type MarkSpan } from "./marks.ts";
import { PASSIVE_NO_AGENT, type ParsedSubject, parsedSubject, subjectToken } from "./syntax.ts";
import { firstNameGender, type Gender, type PronounKind } from "./tables.ts";

/** Who a cue points at, before resolution: a name, a pronoun or a description. */
interface SpeakerRef {
  kind: "mention" | "pronoun" | "desc";
  /** Token range of the expression. */
  a: number;
  b: number;
  mention?: Mention;
  pron?: PronounKind;
}

// Every SpeakerRef is built by these three with all five fields in one order: one hidden class,
// so the many rules reading refs stay monomorphic and are not deoptimised by a new shape.
function mentionRef(a: number, b: number, mention: Mention): SpeakerRef {
  return { kind: "mention", a, b, mention, pron: undefined };
}

function pronounRef(a: number, b: number, pron: PronounKind | undefined): SpeakerRef {
  return { kind: "pronoun", a, b, mention: undefined, pron };
}

function descRef(a: number, b: number): SpeakerRef {
  return { kind: "desc", a, b, mention: undefined, pron: undefined };
}

interface Cue {
  a: number;
  b: number;
}

interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  ref: SpeakerRef | null;
  cue: Cue | null;
  rule: string;
  /** No cue: the quote goes on with the previous speaker. */
  continues?: boolean;
  /** Token index where the quote starts (for pronoun resolution). */
  at: number;
}

const FR_PARTICIPLE = /(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)$/;
const FR_ER_PARTICIPLE = /(?:é|ée|és|ées)$/;

/**
 * Whether a French speech-verb form is a past participle. A verb in « -er » has only « -é(e)(s) » ones, so
 * its present « explique », « indique », « nie », « confie » is finite; other verbs end in « -u », « -i ».
 *
 * @example
 * frenchParticiple(cx, "indiqué"); // true
 * frenchParticiple(cx, "indique"); // false
 */
function frenchParticiple(cx: QuoteContext, w: string): boolean {
  const lemma = cx.T.verbs.get(w)?.lemma;
  if (lemma === w) return false;
  return (lemma?.endsWith("er") ? FR_ER_PARTICIPLE : FR_PARTICIPLE).test(w);
}
const CLITIC = /^-(?:t-)?(?:il|elle|ils|elles|on)$/;
const END_PUNCT = new Set([".", "!", "?", "…"]);

/**
 * Finds the quotations of a document and who said them.
 *
 * @example
 * const { quotes } = extractQuotes(doc);
 * // [{ kind: "direct", text: "« Nous n'avons rien signé »", speaker: { name: "Nadia Petrek", role: "porte-parole", … } }]
 */
export function extractQuotes(doc: Doc): { quotes: Quote[]; flags: Flag[] } {
  const text = doc.text;
  const marks = findMarkSpans(text, doc.paragraphs, doc.sentences);
  const cx = new QuoteContext(doc);
  cx.prepare(marks);
  const flags: Flag[] = [];
  for (const m of marks)
    if (m.repaired)
      flags.push({
        start: m.start,
        end: m.end,
        kind: "unbalanced-quotes",
        message:
          m.repaired === "unclosed"
            ? "quotation mark never closed: ended at its sentence or paragraph"
            : "closing quotation mark without an opening one",
      });
  const drafts: Draft[] = [];
  const markKinds: (QuoteKind | null)[] = marks.map(() => null);
  const byMark: (Draft | null)[] = [];
  for (let q = 0; q < marks.length; q++) {
    const d = readMarkSpan(cx, marks, q, byMark);
    byMark.push(d);
    markKinds[q] = d ? d.kind : null;
    if (d) drafts.push(d);
  }
  // Verbs already used as the cue of a marked quote do not report a second, unmarked clause.
  const usedCues = new Set<number>();
  for (const d of drafts) {
    if (!d.cue || d.kind !== "direct") continue;
    // (« a précisé que … : « … » »: the verb reports its "que" clause too; the colon opens the quotation.)
    const q0 = cx.tokenAt(d.start);
    let k = d.cue.b;
    while (k < q0 && cx.doc.tokens.pos?.[k] === "ADV") k++;
    if (k < q0 - 2 && cx.T.complementisers.has(cx.w[k]) && cx.w[q0 - 1] === ":") continue;
    for (let t = d.cue.a; t < d.cue.b; t++) usedCues.add(t);
  }
  const indirect = findIndirect(cx, marks, markKinds, usedCues);
  // A reported clause that contains quoted fragments is one partial quote.
  const absorbed = new Set<number>();
  for (const ind of indirect) {
    for (let k = 0; k < drafts.length; k++) {
      const d = drafts[k];
      if (d.kind === "scare") continue;
      if (d.start >= ind.start && d.end <= ind.end + 2) {
        absorbed.add(k);
        ind.kind = "partial";
        // "D'après la télévision, il s'est dit « … »": the one who says it inside the clause speaks.
        if (
          ind.rule.startsWith("source") &&
          d.ref &&
          d.rule === "partial-cue-before" &&
          d.cue &&
          d.cue.a >= cx.tokenAt(ind.start)
        ) {
          ind.ref = d.ref;
          ind.cue = d.cue;
        }
      }
    }
  }
  // « Selon son assistant, « Il … » »: the marked quote opens the reported clause and runs past it; the
  // clause is that quote, not a second one.
  const covered = new Set<Draft>();
  for (const ind of indirect) {
    for (let k = 0; k < drafts.length; k++) {
      const d = drafts[k];
      if (
        absorbed.has(k) ||
        d.kind === "scare" ||
        d.start < ind.start ||
        d.start > ind.start + 2 ||
        d.end <= ind.end + 2
      )
        continue;
      covered.add(ind);
      // the clause's source reading (« selon X, Nom, ») knows the apposition the mark's reading missed
      if (ind.ref && (!d.ref || ind.rule.startsWith("source"))) {
        d.ref = ind.ref;
        d.cue = ind.cue;
      }
      if (d.kind === "partial") d.kind = "direct";
    }
  }
  // « … qui, dit-on, s'étaient rendus »: hearsay with an impersonal « on » is nobody's statement.
  const hearsay = (d: Draft) =>
    d.kind === "indirect" &&
    !!d.cue &&
    (cx.T.impersonalClitics.has(cx.w[d.cue.b - 1]) || cx.T.impersonalClitics.has(cx.w[d.cue.b] ?? ""));
  const all = drafts
    .filter((_, k) => !absorbed.has(k))
    .concat(indirect.filter((d) => !covered.has(d) && !hearsay(d)));
  transcriptLabels(cx, all);
  all.sort((x, y) => x.start - y.start);
  if (cx.lang === "fr") {
    all.push(...conditionalContinuations(cx, all));
    all.sort((x, y) => x.start - y.start);
  }
  const quotes = resolve(cx, mergeFragments(cx, all));
  dropHeadlineRepeats(cx, quotes);
  return { quotes, flags };
}

/** "WALLACE: Let us start …": a surname in capitals and a colon opening a paragraph (a quote mark may precede it). */
const TRANSCRIPT_LABEL = /^["“«]?\s?(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}) ?: +(?=\S)/u;

/**
 * An interview transcript gives each turn its speaker's surname in capitals and a colon: the rest of the
 * paragraph is that person's words, whatever the marks inside it suggested. Only a label naming a person of
 * the article counts ("WASHINGTON:", "UPDATE:" name no one).
 *
 * @example
 * transcriptLabels(cx, drafts); // "PENCE: Well, I think …" → a direct quote of Mike Pence
 */
function transcriptLabels(cx: QuoteContext, drafts: Draft[]): void {
  const text = cx.doc.text;
  const turns: { p: { start: number; end: number }; label: RegExpExecArray }[] = [];
  for (const p of cx.doc.paragraphs) {
    const label = TRANSCRIPT_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (label) turns.push({ p, label });
  }
  const personOf = (label: string) => {
    const surname = label.split(" ").at(-1)!.toLowerCase();
    return cx.mentions.find((m) => m.person !== undefined && m.person.surname.toLowerCase() === surname);
  };
  // A transcript: two turns or more, one of them by a person of the article ("PENCE:"); "UPDATE:", "VIDEO:" or
  // "BYLINE:" lines are no turns.
  const transcript = turns.length >= 2 && turns.some((x) => personOf(x.label[1]) !== undefined);
  const asTurn = (d: Draft, ref: SpeakerRef) => {
    d.kind = "direct";
    d.ref = ref;
    d.cue = null;
    d.rule = "transcript-label";
    d.continues = false;
  };
  for (const { p, label } of turns) {
    // A host the article calls by first name only ("Chris"): in a transcript the label itself names the speaker.
    const at = p.start + label[0].indexOf(label[1]);
    const mention =
      personOf(label[1]) ??
      (transcript ? cx.mentions.find((m) => m.start === at && m.type !== "LOC") : undefined);
    if (!mention) continue;
    const start = p.start + label[0].length;
    let end = p.end;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const ref = mentionRef(mention.ts, mention.te, mention);
    // « M. DURAND : « Nous tiendrons bon » »: marks right after the label bound the words themselves.
    const marked = drafts.find((d) => d.start >= start && d.start <= start + 1 && d.kind !== "scare");
    if (marked) {
      asTurn(marked, ref);
      continue;
    }
    let own: Draft | null = null;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k];
      if (d.start < p.start || d.start >= end || d.kind === "scare") continue;
      // The turn's own quote (a mark may open it before the label); anything inside it is part of the turn.
      if (d.start <= start + 1 && !own) {
        own = d;
        asTurn(d, ref);
        // The turn is its paragraph: an unclosed mark does not carry it into the next turn.
        d.end = end;
      } else drafts.splice(k, 1);
    }
    if (!own)
      drafts.push({
        start,
        end,
        kind: "direct",
        ref,
        cue: null,
        rule: "transcript-label",
        at: cx.tokenAt(start),
      });
  }
}

/**
 * Quoted fragments of one reported proposition are one partial quote: « a indiqué « vouloir … », et à
 * « embaucher … » », "called it “reckless” and “unfair”" — partial drafts of the same cue, a few words apart
 * in one sentence, become one draft from the first to the last.
 *
 * @example
 * mergeFragments(cx, drafts); // two partial drafts of "called" → one
 */
function mergeFragments(cx: QuoteContext, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out.length > 0 ? out[out.length - 1] : null;
    if (
      prev &&
      d.kind === "partial" &&
      prev.kind === "partial" &&
      prev.cue &&
      d.cue &&
      prev.cue.a === d.cue.a
    ) {
      const a = cx.tokenAt(prev.end - 1) + 1;
      const b = cx.tokenAt(d.start);
      let near = b - a <= 6 && cx.sent[a] === cx.sent[b] && (prev.cue.b <= a || prev.cue.a >= b);
      // (Not across another speech verb: « a salué « … », tout en dénonçant des conditions « … » ».)
      for (let k = a; near && k < b; k++)
        if (END_PUNCT.has(cx.w[k]) || cx.w[k] === ";" || cx.T.verbs.has(cx.w[k])) near = false;
      if (near) {
        prev.end = d.end;
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * French news reports in the conditional what it has from a source (« conditionnel journalistique »): a
 * sentence right after reported speech, in the same paragraph, whose main verb is conditional and which has
 * no cue, quote mark or first person of its own goes on reporting the same source.
 *
 * @example
 * // « Selon la direction, 300 postes seraient supprimés. Les départs auraient lieu en mars. » → a second
 * // indirect quote of « la direction »
 */
function conditionalContinuations(cx: QuoteContext, drafts: readonly Draft[]): Draft[] {
  const feats = cx.doc.tokens.feats;
  if (!feats) return [];
  const out: Draft[] = [];
  const bySentence = new Map<number, Draft>();
  for (const d of drafts) if (d.kind !== "scare" && d.ref) bySentence.set(cx.sent[cx.tokenAt(d.end - 1)], d);
  const covered = new Set<number>();
  for (const d of drafts)
    for (let k = cx.tokenAt(d.start); k < cx.n && cx.ts[k] < d.end; k++) covered.add(cx.sent[k]);
  for (let s = 1; s < cx.doc.sentences.length; s++) {
    const prev = bySentence.get(s - 1);
    if (!prev || prev.kind === "direct" || covered.has(s) || cx.sentPara[s] !== cx.sentPara[s - 1]) continue;
    const a = cx.sentStart[s];
    const b = cx.sentEnd[s];
    if (a < 0 || b - a < 4 || cx.w[b - 1] === "?" || cx.T.complementisers.has(cx.w[a])) continue;
    let conditional = false;
    let subordinate = false;
    let own = false;
    for (let k = a; k < b && !own; k++) {
      const w = cx.w[k];
      // (A hypothesis, « si elle se confirmait », « s'il refuse », is the writer's.)
      if (cx.isQuoteChar(k) || cx.inQuote[k] >= 0 || cx.T.firstSecondPersons.has(w)) own = true;
      else if (cx.T.hypothesisWords.has(w) || cx.T.hypothesisWords.has(w + (cx.w[k + 1] ?? ""))) own = true;
      else if (cx.T.verbs.has(w) && isVerbCue(cx, k, a)) own = true;
      else if (sourceCueAt(cx, k) > k) own = true;
      // (A conditional verb of the main clause: not after « que », a relative pronoun or « quand ».)
      else if (cx.T.complementisers.has(w) || cx.T.relativePronouns.has(w) || cx.T.timeSubordinators.has(w))
        subordinate = true;
      else if (feats[k]?.includes("Mood=Cnd") && !subordinate) conditional = true;
    }
    if (!conditional || own) continue;
    const draft: Draft = {
      start: cx.ts[a],
      end: cx.te[END_PUNCT.has(cx.w[b - 1]) ? b - 2 : b - 1],
      kind: "indirect",
      ref: prev.ref,
      cue: null,
      rule: "conditional-continuation",
      at: a,
    };
    out.push(draft);
    bySentence.set(s, draft);
  }
  return out;
}

/** The quote mark at qa follows a noun and its « du », « des », « de la » or « de l' » (French). */
function nounComplement(cx: QuoteContext, qa: number, pa: number): boolean {
  let k = qa - 1;
  if (k > pa && cx.T.ofArticles.has(`${cx.w[k - 1]} ${cx.w[k]}`)) k--;
  else if (!cx.T.ofArticles.has(cx.w[k])) return false;
  const n = k - 1;
  return n >= pa && cx.doc.tokens.pos?.[n] === "NOUN" && !cx.T.verbs.has(cx.w[n]);
}

/** Classifies one marked span (direct, partial, scare) and finds its cue. */
function readMarkSpan(
  cx: QuoteContext,
  marks: readonly MarkSpan[],
  q: number,
  prevDrafts: readonly (Draft | null)[],
): Draft | null {
  const m = marks[q];
  if (m.contentEnd <= m.contentStart) return null;
  const [qa, qb] = cx.doc.tokens.within(m);
  if (qb <= qa) return null;
  const n = cx.n;
  const sOpen = cx.sent[qa];
  const sClose = cx.sent[qb - 1];
  // Prefix: from the sentence start (or the previous quote's end) to the opening mark.
  let pa = sOpen >= 0 ? cx.sentStart[sOpen] : qa;
  if (q > 0) {
    const prevEnd = cx.tokenAt(marks[q - 1].end);
    if (prevEnd > pa && prevEnd <= qa) pa = prevEnd;
  }
  // A full stop the sentence splitter passed over ("He spoke. ''I think …''"): the prefix starts after it.
  for (let k = qa - 1; k > pa; k--)
    if (END_PUNCT.has(cx.w[k]) && !cx.isQuoteChar(k - 1)) {
      if (k + 1 <= qa) pa = k + 1;
      break;
    }
  // Suffix: from the closing mark to the sentence end (or the next quote).
  let sb = sClose >= 0 ? cx.sentEnd[sClose] : qb;
  if (q + 1 < marks.length) {
    const nextStart = cx.tokenAt(marks[q + 1].start);
    if (nextStart < sb && nextStart >= qb) sb = nextStart;
  }
  // A sentence break right after the quote: the cue may still follow on the same line ("… » dit-il").
  // The quote closes its sentence ("…?” Graham asked."): the cue may be the next sentence.
  let nextSentenceCue = false;
  if (sb === qb && qb < n && cx.sent[qb] !== sClose && cx.inQuote[qb] < 0) {
    const s2 = cx.sent[qb];
    const e2 = cx.sentEnd[s2];
    // "…?” Brennan told the Tribune in a radio interview on Monday when asked …": a name and a verb open it.
    // "…!” Tobias Arnell, the grocers' spokesman, wrote on Tuesday …": the apposition may stand between them.
    // (After a title too: "…?” Mr. Reed asked".)
    const openAt = cx.startsAt[qb] < 0 && qb + 1 < e2 && cx.isTitleWord(qb) ? qb + 1 : qb;
    const opener = cx.startsAt[openAt] >= 0 ? cx.mentions[cx.startsAt[openAt]] : null;
    let cueVerb = -1;
    if (opener !== null && opener.type === "PER") {
      if (cx.T.verbs.has(cx.w[opener.te] ?? "")) cueVerb = opener.te;
      else if (cx.w[opener.te] === ",") cueVerb = verbAfterApposition(cx, opener.te, e2);
    }
    const opensWithCue = cueVerb >= 0;
    // "…” Alvor announced in the newsletter that …": a long sentence with a clause or a quote of its own says
    // something new rather than closing the quote before it. (Not a relative clause in an adjunct after the
    // cue's comma: "…?” Mr. Reed asked, repeating a claim that he made before.)
    let ownSpeech = false;
    for (let y = qb + 1; y < e2 && !ownSpeech; y++) {
      if (opensWithCue && y > cueVerb && cx.w[y] === ",") break;
      if (cx.T.complementisers.has(cx.w[y]) && cx.inQuote[y] < 0) ownSpeech = true;
    }
    // "…” Lindqvist said investigators believe …": a bare reported clause after the name and its verb (text
    // whose paragraphs were run together).
    if (cx.lang === "en" && !ownSpeech)
      for (let v = qb + 1; v < e2 - 3; v++) {
        if (cx.isQuoteChar(v) || cx.inQuote[v] >= 0) break;
        const info = cx.T.verbs.get(cx.w[v]);
        if (!info || info.opinion || !cx.T.bareClauseVerbs.has(info.lemma) || !isVerbCue(cx, v, qb)) continue;
        // (Past the hearer and adjuncts: "told the Tribune in an interview when asked …" reports nothing.)
        const c = skipAdjuncts(cx, v + 1, e2, info.lemma);
        ownSpeech =
          c > v &&
          c < e2 - 2 &&
          cx.inQuote[c] < 0 &&
          (cx.T.clauseStarts.has(cx.w[c]) || cx.startsAt[c] >= 0 || bareNounClause(cx, c, e2)) &&
          // ("…,” said he.": an inverted pronoun closes the sentence.)
          !(cx.T.pronouns.has(cx.w[c]) && (c + 1 >= e2 || cx.isPunct(c + 1)));
        break;
      }
    // "…. It only costs us money.” Petrak objected. “It is the one …”": a short reply between two quotes
    // introduces the next one when the first ended its own sentence.
    const ended = END_PUNCT.has(cx.w[qb - 2] ?? "");
    const introducesNext =
      ended && e2 < n && cx.isQuoteChar(e2) && e2 - qb <= 4 && cx.T.stanceVerbs.has(cx.w[e2 - 2]);
    if (
      (e2 - qb <= 12 || opensWithCue) &&
      !introducesNext &&
      !ownSpeech &&
      cx.sentPara[s2] === cx.sentPara[Math.max(0, sClose)]
    ) {
      sb = e2;
      nextSentenceCue = true;
    }
  }
  const content = cx.text.slice(m.contentStart, m.contentEnd);
  const words = content.split(/\s+/).filter((x) => /\p{L}|\p{N}/u.test(x)).length;
  const firstUpper = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(content);
  // "“…” ― Lena Holt “…”": the name signing the previous quote is no prefix of this one.
  const prefixWords = dashSignature(cx, pa) === qa ? 0 : countWords(cx, pa, qa);
  const lastPrefix = qa > pa ? cx.w[qa - 1] : "";
  const colon = lastPrefix === ":";
  const base = { start: m.start, end: m.end, at: qa };
  // Markup pasted into the text (tweet id="…", author="@x"): an attribute value, not a quotation.
  if (cx.text[m.start - 1] === "=") return { ...base, kind: "scare", ref: null, cue: null, rule: "markup" };

  // Cue after the quote: « … », a-t-il dit / "…," said Jones.
  let after = cueAfter(cx, qb, sb);
  // "“…” ― Lena Holt “…”": a dash and a name sign the quote even when the splitter ran on past them.
  const dashSigned = dashSignature(cx, qb) > qb;
  if (dashSigned) {
    const m = cx.mentions[cx.startsAt[qb + 1]];
    after = {
      ref: mentionRef(qb + 1, m.te, m),
      cue: { a: qb, b: qb + 1 },
      end: m.te,
    };
  }
  // "“We’re thrilled” about the ruling, said Rosanne DeMarco.": a cue closing the quote's sentence.
  if (!after && !nextSentenceCue && sb - qb > 2 && sb - qb < 30) {
    for (let c = qb + 1; c < sb - 1; c++) {
      if (cx.w[c] !== "," || cx.inQuote[c] >= 0) continue;
      const last = cueAfter(cx, c, sb);
      if (!last || last.ref.kind === "desc") continue;
      // Only an apposition may follow: ", executive director of the union."
      let plain = true;
      for (let y = last.end; y < sb; y++) if (cx.T.verbs.has(cx.w[y]) || cx.isQuoteChar(y)) plain = false;
      if (plain) after = last;
      break;
    }
  }
  // A cue in the next sentence must be the whole sentence, give or take an adjunct, and say something:
  // "“…” Premier Ada Marsh did not comment" / "declined to comment" closes nothing.
  if (
    after &&
    !dashSigned &&
    nextSentenceCue &&
    ((sb - after.end > 5 && after.ref.a !== qb) ||
      // ("“… allows very much.” Lamontagne said water service had been restored": the next sentence's own clause.)
      (sb - after.end > 3 &&
        cx.lang === "en" &&
        !cx.isPunct(after.end) &&
        !cx.T.prepositions.has(cx.w[after.end]) &&
        finiteAhead(cx, after.end, sb)) ||
      after.ref.kind === "desc" ||
      deniedCue(cx, qb, after.cue.a) ||
      ownClauseCue(cx, after.ref.b, after.cue.a, sb))
  )
    after = null;
  // The whole sentence is the quote, or a colon introduces it.
  const standalone = prefixWords === 0 || colon;
  if (titleApposition(cx, qa, qb)) return { ...base, kind: "scare", ref: null, cue: null, rule: "title" };
  if (standalone || (after && words >= 4 && (firstUpper || cx.lang === "en") && prefixWords === 0)) {
    if (after) return { ...base, kind: "direct", ref: after.ref, cue: after.cue, rule: "cue-after" };
    const before = cueBefore(cx, pa, qa);
    if (before) return { ...base, kind: "direct", ref: before.ref, cue: before.cue, rule: "cue-before" };
    // "Fire Chief Daniel Ortiz was blunt: « … »": the subject before the colon.
    if (colon) {
      // "… doesn't surprise Republican pollster Daron Shaw:" — the person right before the colon.
      const lastName = qa - 2 >= pa ? cx.endsAt[qa - 2] : -1;
      if (lastName >= 0 && cx.mentions[lastName].type === "PER" && !cx.mentions[lastName].inQuote) {
        const m = cx.mentions[lastName];
        return {
          ...base,
          kind: "direct",
          ref: mentionRef(m.left, m.te, m),
          cue: null,
          rule: "colon-name",
        };
      }
      const subj = mainSubject(cx, pa, qa - 1);
      if (subj && (subj.kind !== "desc" || hasPersonNoun(cx, subj)))
        return { ...base, kind: "direct", ref: subj, cue: null, rule: "colon-subject" };
    }
    // "Caddell continued:" closing the previous sentence or paragraph introduces the quote.
    if (prefixWords === 0 && sOpen > 0) {
      const ps = sOpen - 1;
      const pe = cx.sentEnd[ps];
      if (pe > 0 && cx.w[pe - 1] === ":" && cx.inQuote[pe - 1] < 0) {
        const prev = cueBefore(cx, cx.sentStart[ps], pe);
        if (prev) return { ...base, kind: "direct", ref: prev.ref, cue: prev.cue, rule: "colon-before" };
        // "Trump issued the following statement:", "The mayor was blunt:": the subject of that sentence.
        const subj = mainSubject(cx, cx.sentStart[ps], pe - 1);
        if (subj && (subj.kind !== "desc" || hasPersonNoun(cx, subj)))
          return { ...base, kind: "direct", ref: subj, cue: null, rule: "colon-subject" };
      }
    }
    // Interrupted quote: the cue stood between the previous quote and this one.
    if (q > 0 && pa > cx.sentStart[Math.max(0, sOpen)] && prefixWords > 0) {
      const between = cueAfter(cx, pa, qa);
      if (between)
        return { ...base, kind: "direct", ref: between.ref, cue: between.cue, rule: "interrupted" };
    }
    if (words <= 2 && !firstUpper && prefixWords === 0 && !after)
      return { ...base, kind: "scare", ref: null, cue: null, rule: "short-standalone" };
    // A lone handle, number, date or code with no cue ("@cityhall", "2019-03-04", "COVID-19") is no speech.
    if (words <= 1 && !after && !/^[^\p{L}]*\p{L}[\p{Ll}'’]*[^\p{L}\p{N}]*$/u.test(content))
      return { ...base, kind: "scare", ref: null, cue: null, rule: "token" };
    // A cueless title-case name with no closing stop ("“Nights at the Harbour”" alone) is a title.
    if (!after && prefixWords === 0 && titleCase(cx, qa, qb) && !END_PUNCT.has(cx.w[qb - 2] ?? ""))
      return { ...base, kind: "scare", ref: null, cue: null, rule: "title" };
    // A cue inside the marks: « Moi, dit-il, je pense … », “We,” she said, “will …” in one pair.
    const inner = innerCue(cx, qa + 1, qb - 1);
    if (inner) return { ...base, kind: "direct", ref: inner.ref, cue: inner.cue, rule: "inner-cue" };
    return { ...base, kind: "direct", ref: null, cue: null, rule: "continuation", continues: true };
  }
  // Embedded in the writer's sentence: a term, or a partial quote of someone.
  // A lower-case clause with a finite verb (« que l'ouvrage « puisse accueillir un marché » ») is words, not a title.
  const clause = !firstUpper && words >= 3 && finiteVerbInside(cx, qa + 1, qb);
  if (!clause && termBefore(cx, pa, qa))
    return { ...base, kind: "scare", ref: null, cue: null, rule: "term" };
  if (!clause && titleOfWork(cx, qa, qb, pa))
    return { ...base, kind: "scare", ref: null, cue: null, rule: "title" };
  const sentenceStart = sOpen >= 0 ? cx.sentStart[sOpen] : pa;
  const before = cueBefore(cx, sentenceStart, qa, false);
  const verbJustBefore =
    isVerbCue(cx, qa - 1, pa) || (qa - 2 >= pa && cx.w[qa - 1] === "," && isVerbCue(cx, qa - 2, pa));
  if (before && firstUpper && words >= 4 && verbJustBefore) {
    return { ...base, kind: "direct", ref: before.ref, cue: before.cue, rule: "cue-before" };
  }
  // A prefix that is itself an interrupting cue (« A », poursuit-il, « B »).
  if (q > 0 && prefixWords > 0 && pa > cx.sentStart[Math.max(0, sOpen)]) {
    const between = cueAfter(cx, pa, qa);
    if (between && between.end >= qa - 1)
      return { ...base, kind: "direct", ref: between.ref, cue: between.cue, rule: "interrupted" };
  }
  // Short fragment right after a noun with no speech around: a term ("drones « kamikaze »").
  const shortModifier = words <= 2 && !firstUpper && qa > pa && nounLike(cx, qa - 1);
  // Next to equipment it names a kind of it, whoever speaks in the sentence: « drones « kamikaze » »,
  // "“kamikaze” drones".
  if (words <= 2 && !firstUpper && nextToEquipment(cx, qa, qb))
    return { ...base, kind: "scare", ref: null, cue: null, rule: "term" };
  // A word or two completing a noun through « du / des / de la » names a thing, whoever speaks in the
  // sentence: « la victoire du « oui » », « le thème du « changement » ».
  if (words <= 2 && !firstUpper && nounComplement(cx, qa, pa))
    return { ...base, kind: "scare", ref: null, cue: null, rule: "term" };
  // « … » affirme-t-il / "…," he said right after the fragment outweighs a verb earlier in the sentence.
  // (A description too when the fragment closes on a comma: "Nothing the mayor did “will calm anyone,” the
  // governor said" is the governor's.)
  // ("Lenz called the plan a “betrayal,” according to NBC": the medium relays what the subject said.)
  const relayed =
    cx.lang === "en" &&
    after !== null &&
    before?.byVerb === true &&
    cx.w[after.cue.a] === "according" &&
    mediumRef(cx, after.ref);
  if (
    after &&
    !shortModifier &&
    !relayed &&
    ((after.cue.a <= qb + 1 && after.ref.kind !== "desc") ||
      (after.ref.kind === "desc" &&
        after.ref.a <= qb + 1 &&
        cx.w[qb - 2] === "," &&
        hasPersonNoun(cx, after.ref)))
  )
    return { ...base, kind: "partial", ref: after.ref, cue: after.cue, rule: "partial-cue-after" };
  // « … évoquent la perspective d'un « 49.3 » »: a lone number or code embedded in a sentence is a term.
  if (words <= 1 && !/\p{Ll}{2}/u.test(content))
    return { ...base, kind: "scare", ref: null, cue: null, rule: "token" };
  if (before && (!shortModifier || before.byVerb) && !contrastClauseBetween(cx, before.cue.b, qa))
    return { ...base, kind: "partial", ref: before.ref, cue: before.cue, rule: "partial-cue-before" };
  if (after && !shortModifier)
    return { ...base, kind: "partial", ref: after.ref, cue: after.cue, rule: "partial-cue-after" };
  const source = sourceInSentence(cx, sentenceStart, qa);
  if (source && !shortModifier)
    return { ...base, kind: "partial", ref: source.ref, cue: source.cue, rule: "partial-source" };
  // Another quote of the same sentence has a cue: "…, a-t-il répondu, avant de saluer un accueil « fraternel »".
  if (!shortModifier || words >= 1) {
    for (let k = q - 1; k >= 0; k--) {
      const prev = prevDrafts[k];
      if (!prev || prev.kind === "scare" || !prev.ref) continue;
      if (cx.sent[prev.at] !== sOpen) break;
      return { ...base, kind: "partial", ref: prev.ref, cue: prev.cue, rule: "same-sentence" };
    }
  }
  // A long quoted stretch is someone's words even without a cue: the person the sentence is about
  // ("Paul Ryan worried that the safety net was becoming “…”") when no one else is named before it,
  // else the previous speaker's.
  if (words >= 6) {
    const subj = mainSubject(cx, sentenceStart, qa);
    const m = subj?.kind === "mention" ? subj.mention : undefined;
    if (m && m.type === "PER" && !m.inQuote && m.te <= qa) {
      let alone = true;
      for (let k = m.te; k < qa && alone; k++) {
        const mi = cx.startsAt[k];
        if (mi >= 0 && cx.mentions[mi].type === "PER" && !cx.mentions[mi].inQuote) alone = false;
      }
      if (alone) return { ...base, kind: "partial", ref: subj, cue: null, rule: "sentence-subject" };
    }
  }
  if (words >= 6 || (words >= 3 && !shortModifier && finiteVerbInside(cx, qa + 1, qb)))
    return { ...base, kind: "partial", ref: null, cue: null, rule: "long-embedded", continues: true };
  return { ...base, kind: "scare", ref: null, cue: null, rule: "no-speech" };
}

/**
 * « X évoque …, tandis que l'opposition prépare une « motion … » »: a contrast clause with a finite verb of
 * its own, not one of speech, stands between the cue and the fragment, so the cue does not reach it.
 */
function contrastClauseBetween(cx: QuoteContext, a: number, b: number): boolean {
  for (let y = a; y < b; y++) {
    const w = cx.w[y];
    const opener = cx.T.contrastOpeners.has(w) || cx.T.contrastOpenerPairs.has(`${w} ${cx.w[y + 1] ?? ""}`);
    if (!opener) continue;
    for (let k = y + 1; k < b; k++)
      if (finiteVerbInside(cx, k, k + 1))
        return !cx.T.verbs.has(cx.w[k]) && !cx.T.verbAuxiliaries.has(cx.w[k]);
  }
  return false;
}

/**
 * A finite verb among tokens [a, b): « qu'il « doit durer deux siècles » » quotes a clause, which is
 * someone's words; a scare quote is a noun phrase (« kamikaze », « mules »). Needs the tagger's features.
 */
function finiteVerbInside(cx: QuoteContext, a: number, b: number): boolean {
  const { pos, feats } = cx.doc.tokens;
  if (!pos || !feats) return false;
  for (let k = a; k < b; k++)
    if ((pos[k] === "VERB" || pos[k] === "AUX") && (feats[k] ?? "").includes("VerbForm=Fin")) return true;
  return false;
}

/**
 * A dash and a person's name at token k that sign a quote ("― Lena Holt"), ending at a quote mark, a
 * full stop or the paragraph's end: the index after the name, else -1.
 */
function dashSignature(cx: QuoteContext, k: number): number {
  if (k + 1 >= cx.n || !/^[―—–-]$/.test(cx.w[k]) || cx.inQuote[k] >= 0) return -1;
  const mi = cx.startsAt[k + 1];
  if (mi < 0) return -1;
  const m = cx.mentions[mi];
  if (m.type !== "PER" || m.inQuote || m.ts !== k + 1) return -1;
  const p = cx.sentPara[Math.max(0, cx.sent[k])];
  const endsHere =
    m.te >= cx.n ||
    cx.isQuoteChar(m.te) ||
    END_PUNCT.has(cx.w[m.te]) ||
    cx.sentPara[Math.max(0, cx.sent[m.te])] !== p;
  return endsHere ? m.te : -1;
}

function countWords(cx: QuoteContext, a: number, b: number): number {
  let k = 0;
  for (let i = a; i < b; i++) if (!cx.isPunct(i) && cx.w[i] !== "-") k++;
  return k;
}

/** A lower-case content word (not a determiner, preposition or verb) before a short quote. */
/** The word before the opening mark at qa or after the closing one (before qb) is equipment. */
function nextToEquipment(cx: QuoteContext, qa: number, qb: number): boolean {
  for (const k of [qa - 1, qb]) {
    if (k < 0 || k >= cx.n || cx.isPunct(k)) continue;
    const at = cx.ts[k];
    for (const e of cx.doc.entities) if (e.label === "EQUIP" && e.start <= at && at < e.end) return true;
  }
  return false;
}

function nounLike(cx: QuoteContext, i: number): boolean {
  const w = cx.w[i];
  if (cx.isPunct(i) || cx.T.determiners.has(w) || cx.T.verbs.has(w)) return false;
  if (cx.T.notNounWords.has(w)) return false;
  const pos = cx.doc.tokens.pos?.[i];
  if (pos) return pos === "NOUN" || pos === "PROPN" || pos === "NUM";
  return true;
}

/**
 * A short quoted name in title case after a possessive or "on", or before a show or work noun:
 * "MSNBC's “Morning Show”", "said on “Weekend Edition”", "the “Open Table” radio program".
 */
function titleOfWork(cx: QuoteContext, qa: number, qb: number, pa: number): boolean {
  // « dans un livre, « L'Argent du sel », paru … », « le documentaire « Les Eaux grises » »: a French
  // title in sentence case right after a work noun (and perhaps a comma).
  if (cx.T.titleMinorWords.size === 0 && cx.cap[qa + 1] === 1 && countWords(cx, qa + 1, qb - 1) <= 6) {
    let y = qa - 1;
    if (y >= pa && cx.w[y] === ",") y--;
    const last = cx.w[qb - 2] ?? "";
    if (
      y >= pa &&
      cx.T.titleAfter.has(cx.w[y]) &&
      !END_PUNCT.has(last) &&
      !finiteVerbInside(cx, qa + 1, qb - 1)
    )
      return true;
  }
  if (!titleCase(cx, qa, qb)) return false;
  const before = qa - 1 >= pa ? cx.w[qa - 1] : "";
  let after = qb;
  while (
    after < cx.n &&
    after < qb + 2 &&
    !cx.cap[after] &&
    !cx.isPunct(after) &&
    !cx.T.titleAfter.has(cx.w[after])
  )
    after++;
  return cx.T.titleBefore.has(before) || (after < cx.n && cx.T.titleAfter.has(cx.w[after]));
}

/** The quoted words (one to six) are in title case: "Nights at the Harbour". */
function titleCase(cx: QuoteContext, qa: number, qb: number): boolean {
  if (cx.T.titleMinorWords.size === 0) return false;
  let words = 0;
  for (let k = qa + 1; k < qb - 1; k++) {
    if (cx.isPunct(k)) continue;
    words++;
    if (!cx.cap[k] && !(words > 1 && cx.T.titleMinorWords.has(cx.w[k]))) return false;
  }
  return words > 0 && words <= 6;
}

/** A title-case quote with an apposition naming a work: "“Nights at the Harbour,” a TV series that …". */
function titleApposition(cx: QuoteContext, qa: number, qb: number): boolean {
  // French titles are in sentence case: a capital first word and a few words do.
  const sentenceCase =
    cx.T.titleMinorWords.size === 0 && cx.cap[qa + 1] === 1 && countWords(cx, qa + 1, qb - 1) <= 6;
  if (!sentenceCase && !titleCase(cx, qa, qb)) return false;
  let x = qb;
  if (cx.w[x] === ",") x++;
  if (!(cx.w[qb - 2] === "," || cx.w[qb] === ",") || !cx.T.determiners.has(cx.w[x] ?? "")) return false;
  for (let y = x + 1; y < cx.n && y <= x + 4; y++) {
    if (cx.T.titleAfter.has(cx.w[y])) return true;
    if (cx.isPunct(y)) return false;
  }
  return false;
}

/** "called" at k follows its subject: a name right before it, or a name opening the sentence and an apposition. */
function calledBySubject(cx: QuoteContext, k: number): boolean {
  const mi = cx.endsAt[k - 1];
  if (mi >= 0 && !cx.mentions[mi].inQuote && cx.mentions[mi].type !== "LOC") return true;
  if (cx.w[k - 1] !== ",") return false;
  const first = cx.sentStart[cx.sent[k]];
  const m0 = cx.startsAt[first] >= 0 ? cx.mentions[cx.startsAt[first]] : null;
  return m0 !== null && m0.type === "PER" && !m0.inQuote && cx.w[m0.te] === ",";
}

/** "surnommé « … »", "the so-called “…”", "le livre « … »". */
function termBefore(cx: QuoteContext, pa: number, qa: number): boolean {
  for (let k = qa - 1; k >= pa && k >= qa - 3; k--) {
    const w = cx.w[k];
    if (cx.T.termCues.has(w)) {
      // "as" only in "known as" / "described as" / "such as".
      if (w === "as") return k > 0 && cx.T.termAsHeads.has(cx.w[k - 1]);
      // "dit" as a speech verb ("il a dit « non »") is not a term marker.
      if (
        (w === "dit" || w === "dite" || w === "dits" || w === "dites") &&
        k > 0 &&
        (cx.T.verbAuxiliaries.has(cx.w[k - 1]) ||
          cx.T.pronouns.has(cx.w[k - 1]) ||
          cx.w[k - 1] === "s'est" ||
          cx.w[k - 1] === "est")
      )
        return false;
      if (w === "called" && k > 0 && cx.T.calledAsVerb.has(cx.w[k - 1])) return false;
      // "Lionel Perez, the opposition leader, called the plan “…”": a verb after its subject or apposition.
      if (w === "called" && k > 0 && calledBySubject(cx, k)) return false;
      // "… called the plan “a fantasy …”": the quote is what the plan was called, not its name.
      for (let c = k - 1; c >= pa && c >= k - 3; c--) {
        if (cx.w[c] === "called" && c > 0 && calledBySubject(cx, c)) return false;
        if (!cx.T.determiners.has(cx.w[c]) && !cx.T.possessives.has(cx.w[c])) break;
      }
      return true;
    }
    if (cx.isPunct(k)) return false;
    if (!cx.T.termLeadWords.has(w)) return false;
  }
  return false;
}

/** « ce dernier » / « cette dernière » at k (table LATTER_PHRASES_FR). */
function latterAt(cx: QuoteContext, k: number): boolean {
  return k + 1 < cx.n && cx.T.latterPhrases.has(`${cx.w[k]} ${cx.w[k + 1]}`);
}

/**
 * The person « ce dernier » / « cette dernière » at k stands for: the last one named before, of its gender. Its
 * ref spans the two words and carries that person's mention.
 */
function latterMention(cx: QuoteContext, k: number): Mention | null {
  const gender = cx.w[k + 1].endsWith("e") ? "f" : "m";
  for (let y = k - 1; y >= 0 && cx.sent[k] - cx.sent[y] <= 2; y--) {
    const m = cx.endsAt[y] >= 0 ? cx.mentions[cx.endsAt[y]] : null;
    if (!m || m.inQuote || m.type !== "PER") continue;
    const g = m.person?.gender || m.gender;
    if (!g || g === gender) return m;
  }
  return null;
}

/** Whether a speech-verb form at i is used as a verb here (not a noun or an adjectival participle). */
function isVerbCue(cx: QuoteContext, i: number, floor: number): boolean {
  const w = cx.w[i];
  const info = cx.T.verbs.get(w);
  if (!info) return false;
  // "shot back", "chimed in": the particle makes it a verb whatever the tagger says.
  if (i + 1 < cx.n && cx.particle[i + 1]) return true;
  // « a fait savoir que », « fait valoir qu' », « a fait état de »: the causative announces (alone they never do).
  if (cx.T.causativeVerbs.has(info.lemma)) return i > floor && cx.T.causativeForms.has(cx.w[i - 1]);
  const pos = cx.doc.tokens.pos?.[i];
  const notVerb = pos === "NOUN" || pos === "PROPN" || pos === "ADJ" || pos === "DET" || pos === "ADP";
  // The French tagger often reads "s'est félicité", "juge pourtant" as nouns: an auxiliary, a clitic or a
  // subject right before outweighs it.
  // "Mayor Lena Brandt claims she would …": the tagger's noun after a person's name, before a subject pronoun or
  // "that", is the verb.
  if (
    notVerb &&
    cx.lang === "en" &&
    pos === "NOUN" &&
    /s$/.test(w) &&
    i > floor &&
    cx.endsAt[i - 1] >= 0 &&
    cx.mentions[cx.endsAt[i - 1]].type === "PER" &&
    i + 1 < cx.n &&
    (cx.T.complementisers.has(cx.w[i + 1]) ||
      (cx.T.pronouns.has(cx.w[i + 1]) &&
        !cx.T.objectPronouns.has(cx.w[i + 1]) &&
        !cx.T.possessives.has(cx.w[i + 1])))
  )
    return true;
  if (notVerb && cx.lang !== "fr") return false;
  // "Vell's proposed levy", "the reported deal": a participle after a possessive or an article modifies a noun.
  if (
    cx.lang === "en" &&
    /ed$/.test(w) &&
    i > floor &&
    (cx.w[i - 1] === "'s" || cx.T.participleModifierWords.has(cx.w[i - 1]))
  )
    return false;
  if (notVerb && !frenchVerbContext(cx, i, floor)) return false;
  // "the final say on whether …", "have their say": the noun.
  if (w === "say" && i > floor && cx.T.sayNounBefore.has(cx.w[i - 1])) return false;
  if (cx.lang === "fr") {
    const participle = frenchParticiple(cx, w);
    if (participle || cx.T.ambiguous.has(w)) {
      // Needs an auxiliary before (a, ont, s'est) or a clitic after (dit-il).
      if (i + 1 < cx.n && CLITIC.test(cx.w[i + 1])) return true;
      for (let k = i - 1; k >= floor && k >= i - 6; k--) {
        const x = cx.w[k];
        if (cx.T.verbAuxiliaries.has(x) || CLITIC.test(x)) return true;
        if (cx.T.auxiliaries.has(x) && !/^(?:de|d'|le|la|les|l')$/.test(x)) continue;
        if (
          !/^(?:été|elle|elles|ne|n'|pas|plus|jamais|aussi|également|encore|déjà|bien|l'|le|la|lui|leur|les|y|en|toujours|alors|ensuite|enfin|d'abord|notamment|clairement|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|de|son|sa|côté|pour|part|quant|à|eux|aussitôt|immédiatement|vivement|fermement)$/.test(
            x,
          )
        )
          break;
      }
      if (participle) return false;
      // An ambiguous finite form ("juge", "note") after its subject, or the parser's verb with a subject
      // before it (« Le syndicat réclame une hausse »).
      return (
        i > floor &&
        (cx.endsAt[i - 1] >= 0 ||
          cx.T.pronouns.has(cx.w[i - 1]) ||
          cx.w[i - 1] === "," ||
          cx.T.roles.has(cx.w[i - 1]) ||
          (pos === "VERB" && subjectChildBefore(cx, i, floor)))
      );
    }
    return true;
  }
  if (cx.T.ambiguous.has(w)) {
    // The tagger settles "The ad claims “…”".
    if (pos === "VERB") return true;
    const prev = i > floor ? cx.w[i - 1] : "";
    const next = i + 1 < cx.n ? cx.w[i + 1] : "";
    if (cx.T.determiners.has(prev) || prev === "of" || prev === "for" || prev === "to") return false;
    if (
      cx.T.pronouns.has(prev) ||
      cx.T.verbAuxiliaries.has(prev) ||
      (i > floor && cx.endsAt[i - 1] >= 0) ||
      prev === "," ||
      next === "that"
    )
      return true;
    return false;
  }
  return true;
}

/** Token i has a nominal subject (nsubj) in the parse, before it and after floor. */
function subjectChildBefore(cx: QuoteContext, i: number, floor: number): boolean {
  const { head, dep } = cx.doc.tokens;
  if (!head || !dep) return false;
  for (let k = Math.max(floor, i - 12); k < i; k++) if (head[k] === i && dep[k] === "nsubj") return true;
  return false;
}

/** The full stop of a party and state abbreviation inside an apposition: "Mitch McConnell, R-Ky., said". */
function abbreviationDot(cx: QuoteContext, c: number): boolean {
  if (cx.w[c] !== "." || c === 0 || c + 1 >= cx.n || cx.te[c - 1] !== cx.ts[c]) return false;
  const raw = cx.text.slice(cx.ts[c - 1], cx.te[c - 1]);
  return /^\p{Lu}[\p{L}.-]{0,7}$/u.test(raw) && (cx.w[c + 1] === "," || cx.w[c + 1] === ")");
}

/** "s'est félicité", "a jugé", "dit-il", "Claire Delmas, …, juge pourtant les": a verb whatever the tagger says. */
function frenchVerbContext(cx: QuoteContext, i: number, floor: number): boolean {
  if (i + 1 < cx.n && CLITIC.test(cx.w[i + 1])) return true;
  const prev = i > floor ? cx.w[i - 1] : "";
  if (cx.T.verbAuxiliaries.has(prev) || prev === "s'est" || prev === "s'" || prev === "est") return true;
  const next = i + 1 < cx.n ? cx.w[i + 1] : "";
  const afterSubject =
    i > floor && (cx.endsAt[i - 1] >= 0 || cx.T.pronouns.has(prev) || prev === "," || prev === ")");
  if (!afterSubject) return false;
  if (cx.T.verbContextNext.has(next) || cx.T.timeWords.has(next)) return true;
  // « X, correspondante de la chaîne, affirme avoir été … », « promet de … »: its infinitive content follows.
  const lemma = cx.T.verbs.get(cx.w[i])?.lemma ?? "";
  if (!cx.T.infinitiveContentVerbs.has(lemma) || i + 2 >= cx.n) return false;
  const prep = contentPreposition(cx, lemma, next);
  return infinitiveAt(cx, prep ? i + 2 : i + 1);
}

/**
 * A cue that follows a quote: "…, a-t-il déclaré", "…, souligne Claire
 * Delmas", "…, selon X", "…," said Jones / Jones said / she added.
 */
function cueAfter(
  cx: QuoteContext,
  from: number,
  limit: number,
): { ref: SpeakerRef; cue: Cue; end: number } | null {
  let j = from;
  while (
    j < limit &&
    (cx.w[j] === "," ||
      cx.w[j] === "—" ||
      cx.w[j] === "–" ||
      cx.w[j] === "-" ||
      cx.w[j] === "―" ||
      cx.w[j] === "(")
  )
    j++;
  if (j >= limit) return null;
  const src = sourceCueAt(cx, j);
  if (src > j) {
    const ref = documentByAuthor(cx, src, limit) ?? npForward(cx, src, limit);
    if (ref) return { ref, cue: { a: j, b: src }, end: ref.b };
    return null;
  }
  // "“…” ― Pamela Padilla": a dash and a name close the quote.
  if (j > from && /^[―—–-]$/.test(cx.w[j - 1]) && cx.startsAt[j] >= 0) {
    const m = cx.mentions[cx.startsAt[j]];
    if (!m.inQuote && (m.te >= limit || cx.isPunct(m.te) || cx.sent[m.te] !== cx.sent[m.ts]))
      return { ref: mentionRef(j, m.te, m), cue: { a: j - 1, b: j }, end: m.te };
  }
  if (cx.lang === "fr") {
    let v = j;
    let clitic = -1;
    // « …, lui avait dit X », « …, m'a confié X »: the hearer's pronoun before the auxiliary or the verb.
    if (
      cx.T.cueObjectClitics.has(cx.w[v]) &&
      v + 1 < limit &&
      (cx.T.verbAuxiliaries.has(cx.w[v + 1]) || cx.T.verbs.has(cx.w[v + 1]))
    )
      v++;
    if (cx.T.verbAuxiliaries.has(cx.w[v])) {
      v++;
      if (v < limit && CLITIC.test(cx.w[v])) clitic = v++;
      while (v < limit && cx.T.skipAfterCue.has(cx.w[v]) && !cx.T.verbs.has(cx.w[v])) v++;
      if (v < limit && cx.w[v] === "est") v++;
    }
    if (v < limit && cx.T.verbs.has(cx.w[v])) {
      if (clitic < 0 && v + 1 < limit && CLITIC.test(cx.w[v + 1])) clitic = v + 1;
      if (clitic >= 0) {
        const pron = cx.T.pronouns.get(cx.w[clitic]) ?? "x";
        return {
          ref: pronounRef(clitic, clitic + 1, pron),
          cue: { a: j, b: Math.max(v, clitic) + 1 },
          end: Math.max(v, clitic) + 1,
        };
      }
      let k = v + 1;
      // (« ce soir », « lundi dernier » are skipped; « ce dernier » is the speaker.)
      while (
        k < limit &&
        (cx.T.skipAfterCue.has(cx.w[k]) || cx.w[k] === ",") &&
        cx.startsAt[k] < 0 &&
        !latterAt(cx, k)
      )
        k++;
      let ref = npForward(cx, k, limit);
      // "déclare à l'AFP Jean-Philippe Magnen": the medium addressed, then the speaker.
      if (
        ref?.kind === "mention" &&
        ref.mention?.type !== "PER" &&
        /^(?:à|au|aux|l')$/.test(cx.w[ref.a - 1] ?? "")
      ) {
        const next = ref.b < limit ? cx.startsAt[ref.b] : -1;
        if (next >= 0 && cx.mentions[next].type === "PER" && !cx.mentions[next].inQuote) {
          const m = cx.mentions[next];
          ref = mentionRef(m.left, m.te, m);
        }
      }
      // « a déclaré à Genève la coordinatrice … », « a lancé au micro le président … »: a place or setting
      // after the verb, then the speaker.
      const setting = ref?.kind === "mention" ? ref.mention?.type === "LOC" : true;
      if (setting && (cx.T.cueSettingBefore.has(cx.w[k - 1]) || cx.T.cueSettingWords.has(cx.w[k]))) {
        for (let y = k + 1; y < limit && y <= k + 5; y++) {
          if (cx.isPunct(y) || cx.T.verbs.has(cx.w[y]) || cx.inQuote[y] >= 0) break;
          if (!cx.T.definiteArticles.has(cx.w[y]) && cx.startsAt[y] < 0) continue;
          const after = npForward(cx, y, limit);
          const person =
            after?.kind === "mention"
              ? after.mention?.type === "PER"
              : after?.kind === "desc" && cx.w.slice(after.a, after.b).some((w) => cx.T.roles.has(w));
          if (after && person) {
            ref = after;
            break;
          }
        }
      }
      if (ref) return { ref, cue: { a: j, b: v + 1 }, end: ref.b };
      return null;
    }
  } else {
    // ("…“historic,” telling reporters that …": after a participle or a verb of telling comes the one told.)
    // ("“…,” warned Maren Ekdahl" stays inverted: only "told" / "tells" take the hearer next.)
    const toldAfter = /ing$/.test(cx.w[j]) || cx.w[j] === "told" || cx.w[j] === "tells";
    if (cx.T.verbs.has(cx.w[j]) && !cx.T.verbs.get(cx.w[j])?.opinion && !toldAfter) {
      let k = j + 1;
      while (k < limit && cx.T.skipAfterCue.has(cx.w[k]) && cx.startsAt[k] < 0) k++;
      let ref = npForward(cx, k, limit);
      // "said Osgoode Hall law professor Jamie Cameron", "said Ford spokesperson Ivana Yelich": a name, role
      // words, then the person who speaks.
      if (ref?.kind === "mention" && ref.mention) {
        let y = ref.b;
        while (y < limit && y < ref.b + 4 && !cx.T.roles.has(cx.w[y]) && /^\p{Ll}+$/u.test(cx.w[y])) y++;
        const roleAt = y;
        while (y < limit && y < ref.b + 5 && (cx.T.roles.has(cx.w[y]) || cx.isTitleWord(y))) y++;
        let mi = y > roleAt && y < limit ? cx.startsAt[y] : -1;
        // "said Cruz constituent Dan Golvach": a plain noun the role table lacks, then a full name.
        let z = ref.b;
        while (z < limit && z < ref.b + 2 && !cx.cap[z] && /^\p{Ll}+$/u.test(cx.w[z])) z++;
        if (mi < 0 && z > ref.b && z < limit && cx.startsAt[z] >= 0) {
          const m = cx.mentions[cx.startsAt[z]];
          let nouns = m.te - m.ts >= 2 && ref.b - ref.a === 1;
          for (let x = ref.b; x < z && nouns; x++)
            // (Not the tagger's reading: it takes "constituent" there for a verb.)
            if (
              cx.T.verbs.has(cx.w[x]) ||
              /(?:ed|ing)$/.test(cx.w[x]) ||
              cx.T.prepositions.has(cx.w[x]) ||
              cx.T.determiners.has(cx.w[x]) ||
              cx.T.andWords.has(cx.w[x]) ||
              cx.T.clauseOpeners.has(cx.w[x])
            )
              nouns = false;
          if (nouns) mi = cx.startsAt[z];
        }
        if (mi >= 0 && cx.mentions[mi].type === "PER" && !cx.mentions[mi].inQuote)
          ref = mentionRef(ref.a, cx.mentions[mi].te, cx.mentions[mi]);
      }
      if (ref && ref.kind !== "pronoun") return { ref, cue: { a: j, b: j + 1 }, end: ref.b };
      // "said he" (rare) or "said on Tuesday"; not the object of a participle or "it" ("…”, calling it a …").
      if (ref && !/ing$/.test(cx.w[j]) && /^(?:he|she|they|we|i)$/.test(cx.w[ref.a]))
        return { ref, cue: { a: j, b: j + 1 }, end: ref.b };
    }
  }
  // Subject then verb: "Jones said", "she added", "Orvane police Chief Tomas Vrenko said Monday".
  let reach = j + 9;
  for (let v = j + 1; v < limit && v < reach; v++) {
    const w = cx.w[v];
    // "Sen. Claire Duvall (D-Mo.) said": step over the parenthesis, full stops and all.
    if (w === "(") {
      let c = v + 1;
      while (c < limit && c < v + 10 && cx.w[c] !== ")" && !cx.isQuoteChar(c)) c++;
      if (c < limit && cx.w[c] === ")") {
        reach += c - v + 1;
        v = c;
        continue;
      }
    }
    if (cx.isQuoteChar(v) || END_PUNCT.has(w) || w === ":" || w === ";") break;
    if (w === ",") {
      // "the agency's president, Lisa Campbell, said": a role description, then the name in apposition.
      // (Also "the assailant, John McGraw, told": any short lower-case noun phrase after an article.)
      const described =
        cx.T.roles.has(cx.w[v - 1]) ||
        (cx.T.definiteArticles.has(cx.w[j]) &&
          v - j <= 4 &&
          cx.w.slice(j + 1, v).every((x, i) => /^\p{Ll}+$/u.test(x) && !isVerbLike(cx, j + 1 + i)));
      const named = cx.lang === "en" && described ? cx.startsAt[v + 1] : -1;
      if (named >= 0) {
        const m = cx.mentions[named];
        const x = m.te + 1;
        if (m.type === "PER" && !m.inQuote && cx.w[m.te] === "," && x < limit && cx.T.verbs.has(cx.w[x]))
          if (!cx.T.verbs.get(cx.w[x])?.opinion)
            return {
              ref: mentionRef(m.ts, m.te, m),
              cue: { a: x, b: x + 1 },
              end: x + 1,
            };
      }
      // "Brent Bozell, founder of the Media Research Center, told …": skip the apposition.
      // ("Rep. Dana Holt (D-Iowa), a longtime budget committee member, said": past the party tag too.)
      let nameEnd = v - 1;
      if (cx.w[nameEnd] === ")") {
        let o = nameEnd - 1;
        while (o > j && o > nameEnd - 8 && cx.w[o] !== "(") o--;
        if (cx.w[o] === "(") nameEnd = o - 1;
      }
      if (cx.endsAt[nameEnd] < 0 || cx.mentions[cx.endsAt[nameEnd]].type !== "PER") break;
      const x = verbAfterApposition(cx, v, limit);
      if (x >= 0) {
        const m = cx.mentions[cx.endsAt[nameEnd]];
        if (m.left <= j + 2)
          return {
            ref: mentionRef(m.left, m.te, m),
            cue: { a: x, b: x + 1 },
            end: x + 1,
          };
      }
      break;
    }
    if (v + 1 === reach && cx.T.determiners.has(cx.w[j])) reach++;
    if (!cx.T.verbs.has(w) || cx.T.verbs.get(w)?.opinion || cx.T.roles.has(w)) continue;
    // ("Evans campaign manager Lee Ortiz said": a noun before a role noun, not the verb.)
    if (cx.T.ambiguous.has(w) && (!isVerbCue(cx, v, j) || (v + 1 < limit && cx.T.roles.has(cx.w[v + 1]))))
      continue;
    const subj = withParse(cx, subjectBefore(cx, v, j), v, j);
    // (A noun before the subject makes a relative clause of it: "…, something the government has rejected.")
    const nounBefore = subj !== null && subj.a === j + 1 && NOMINAL_TAGS.has(cx.doc.tokens.pos?.[j] ?? "");
    if (subj && subj.a <= j + 1 && !nounBefore) return { ref: subj, cue: { a: v, b: v + 1 }, end: v + 1 };
    // "Senate minority leader Harry Reid told": a person after a run of capitalised and role words.
    if (subj?.kind === "mention" && subj.mention?.type === "PER" && subj.a - j <= 5) {
      let plain = true;
      for (let y = j; y < subj.a; y++)
        if (cx.isPunct(y) || cx.isQuoteChar(y) || cx.T.verbs.has(cx.w[y]) || cx.T.clauseOpeners.has(cx.w[y]))
          plain = false;
      if (plain)
        return {
          ref: { kind: subj.kind, a: j, b: subj.b, mention: subj.mention, pron: subj.pron },
          cue: { a: v, b: v + 1 },
          end: v + 1,
        };
    }
    break;
  }
  const ref = npForward(cx, j, limit);
  if (!ref) return null;
  let v = ref.b;
  while (v < limit && cx.T.verbAuxiliaries.has(cx.w[v])) v++;
  if (v < limit && cx.T.verbs.has(cx.w[v]) && !cx.T.verbs.get(cx.w[v])?.opinion)
    return { ref, cue: { a: v, b: v + 1 }, end: v + 1 };
  // Apposition between the name and the verb: "Seth Jones, a senior fellow at CSIS, said".
  if (v < limit && cx.w[v] === ",") {
    const x = verbAfterApposition(cx, v, limit, false);
    if (x >= 0) return { ref, cue: { a: x, b: x + 1 }, end: x + 1 };
  }
  return null;
}

/**
 * The speech verb after an apposition opening with the comma at `comma`: "Seth Jones, a fellow at CSIS,
 * said"; up to three comma-closed parts ("Ilse Voronel, the reeve of Kettle Brook, one of four hamlets below
 * the dam, said"), none with a speech verb of its own. -1 when there is none.
 */
function verbAfterApposition(cx: QuoteContext, comma: number, limit: number, abbreviations = true): number {
  let c = comma;
  for (let part = 0; part < 3; part++) {
    const open = c;
    c++;
    let depth = 0;
    while (c < limit && c < open + 25) {
      const x = cx.w[c];
      if (x === "(") depth++;
      else if (x === ")") depth--;
      else if (depth <= 0 && x === ",") break;
      if (cx.isQuoteChar(c) || (END_PUNCT.has(x) && !(abbreviations && abbreviationDot(cx, c)))) return -1;
      // A later part with a speech verb is a clause of its own ("…, who said …,").
      if (part > 0 && cx.T.verbs.has(x) && isVerbCue(cx, c, open)) return -1;
      c++;
    }
    if (c >= limit || cx.w[c] !== ",") return -1;
    let x = c + 1;
    while (x < limit && cx.T.verbAuxiliaries.has(cx.w[x])) x++;
    const vw = cx.w[x];
    if (x < limit && cx.T.verbs.has(vw) && !cx.T.verbs.get(vw)?.opinion) return x;
  }
  return -1;
}

/** Tokens that close an inner cue: ", dit-il, " and, across a sentence, ", affirme-t-elle. ". */
const INNER_CUE_CLOSE = new Set([",", ".", ";"]);

/** ", dit-il, " or ", a-t-elle ajouté, " (or ", affirme-t-elle. ") after a comma inside a quotation's marks. */
function innerCue(cx: QuoteContext, a: number, b: number): { ref: SpeakerRef; cue: Cue } | null {
  for (let c = a + 1; c < b - 2; c++) {
    if (cx.w[c] !== ",") continue;
    let e = c + 1;
    while (e < b && e < c + 8 && !INNER_CUE_CLOSE.has(cx.w[e])) e++;
    if (e >= b || !INNER_CUE_CLOSE.has(cx.w[e]) || e - c < 2) continue;
    const cue = cueAfter(cx, c + 1, e);
    // ("…, the contributors and volunteers, has …": a noun after "and" is no verb.)
    if (cue && cx.T.andWords.has(cx.w[cue.cue.a - 1] ?? "")) continue;
    if (cue && cue.end === e && (cue.ref.kind !== "desc" || e - c <= 5))
      return { ref: cue.ref, cue: cue.cue };
  }
  return null;
}

/** Length of a source cue ("selon", "d'après", "according to") starting at j, as the index after it; j when none. */
function sourceCueAt(cx: QuoteContext, j: number): number {
  for (const cue of cx.T.sourceCues) {
    let ok = true;
    for (let k = 0; k < cue.length; k++) {
      if (j + k >= cx.n || cx.w[j + k] !== cue[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return j + cue.length;
  }
  return j;
}

/**
 * "a post last night by Harbour Commissioner Ada Lenz", "a statement released Friday from the ministry": the
 * author named after a document noun and a short adjunct, else null.
 */
function documentByAuthor(cx: QuoteContext, k: number, limit: number): SpeakerRef | null {
  let h = k;
  if (cx.T.determiners.has(cx.w[h])) h++;
  while (h < limit && h < k + 3 && !cx.T.documentNouns.has(cx.w[h]) && /^\p{Ll}/u.test(cx.w[h])) h++;
  if (h >= limit || !cx.T.documentNouns.has(cx.w[h])) return null;
  for (let y = h + 1; y < limit && y < h + 6; y++) {
    if (cx.isPunct(y) || cx.isQuoteChar(y)) return null;
    if (cx.w[y] !== "by" && cx.w[y] !== "from") continue;
    let x = y + 1;
    if (cx.T.determiners.has(cx.w[x])) x++;
    const ref = x < limit ? npForward(cx, x, limit) : null;
    return ref && ref.kind !== "pronoun" ? ref : null;
  }
  return null;
}

/** A speaker expression starting at token k: a pronoun, a name (with titles), or a role description. */
function npForward(cx: QuoteContext, k: number, limit: number): SpeakerRef | null {
  if (k >= limit) return null;
  const w = cx.w[k];
  // « …, a affirmé ce dernier. »
  if (k + 1 < limit && latterAt(cx, k)) {
    const m = latterMention(cx, k);
    return m ? mentionRef(k, k + 2, m) : null;
  }
  const pron = cx.T.pronouns.get(w);
  if (pron !== undefined && !w.startsWith("-")) {
    if (w === "him" || w === "her" || w === "them" || w === "lui" || w === "celui" || w === "celle") {
      if (cx.lang === "en") return null;
    }
    if (
      cx.lang === "fr" &&
      (w === "lui" || w === "elle" || w === "eux") &&
      k > 0 &&
      cx.T.sourceCues.some((c) => c[c.length - 1] === cx.w[k - 1])
    )
      return pronounRef(k, k + 1, w === "lui" ? "m" : w === "elle" ? "f" : "p");
    // Object pronouns do not speak: "lui a répondu".
    if (w === "lui" || w === "eux" || w === "celui" || w === "celle" || w === "leur") return null;
    return pronounRef(k, k + 1, pron);
  }
  if (cx.lang === "fr" && (w === "lui" || w === "eux")) return null;
  // A name within a few words (after articles, titles, role words): "le président russe Vladimir Poutine".
  for (let x = k; x < limit && x < k + 8; x++) {
    if (cx.startsAt[x] >= 0) {
      const m = cx.mentions[cx.startsAt[x]];
      if (m.inQuote) return null;
      // "said Northfield University's president, Ada Lenz", "said Marsh's lawyer, Hugo Brandt": the one named
      // in apposition to the role.
      // ("Lakeview College, Easton's dean, …": a campus or branch after a comma.)
      let owner = m.te;
      if (cx.lang === "en" && cx.w[owner] === "," && cx.startsAt[owner + 1] >= 0) {
        const branch = cx.mentions[cx.startsAt[owner + 1]];
        if (cx.w[branch.te] === "'s" && branch.te - branch.ts <= 3) owner = branch.te;
      }
      if (cx.lang === "en" && cx.w[owner] === "'s") {
        let y = owner + 1;
        let role = false;
        while (y < limit && y < owner + 6 && !cx.isPunct(y) && !cx.T.verbs.has(cx.w[y])) {
          if (cx.T.roles.has(cx.w[y].toLowerCase())) role = true;
          y++;
        }
        const pm = role && cx.w[y] === "," ? cx.startsAt[y + 1] : -1;
        if (pm >= 0 && cx.mentions[pm].type === "PER" && !cx.mentions[pm].inQuote)
          return mentionRef(cx.mentions[pm].ts, cx.mentions[pm].te, cx.mentions[pm]);
      }
      // "Atlantic City Mayor Don Guardian": a place or body before a title and a person's name.
      if (m.type !== "PER") {
        let y = m.te;
        while (
          y < limit &&
          y < m.te + 3 &&
          (cx.T.roles.has(cx.w[y]) || cx.T.titles.has(cx.w[y].replace(/\.$/, "")))
        )
          y++;
        const pm = y > m.te && y < limit ? cx.startsAt[y] : -1;
        if (pm >= 0 && cx.mentions[pm].type === "PER" && !cx.mentions[pm].inQuote)
          return mentionRef(Math.min(k, m.left), cx.mentions[pm].te, cx.mentions[pm]);
        // "said Elder Mary Lou Smoke", "said Tk'emlups te Secwepemc Kukpi7 Rosanne Casimir": a title or a nation's
        // name in capitals (and its particles) right before a person's name.
        // ("said former Nova Scotia Premier and party president Lee Ortiz": titles joined by "and", lower-case
        // role and body words among them.)
        for (let z = m.te; z < limit && z < m.te + 8; z++) {
          const pz = cx.startsAt[z];
          if (pz >= 0 && cx.mentions[pz].type === "PER" && !cx.mentions[pz].inQuote) {
            if (
              firstNameGender(cx.w[cx.mentions[pz].ts], cx.lang) === "" &&
              cx.mentions[pz].te - cx.mentions[pz].ts < 2
            )
              break;
            return mentionRef(Math.min(k, m.left), cx.mentions[pz].te, cx.mentions[pz]);
          }
          const particle =
            cx.T.nameConnectors.has(cx.w[z]) ||
            (cx.w[z].length <= 3 && !cx.T.prepositions.has(cx.w[z])) ||
            cx.T.roles.has(cx.w[z]) ||
            cx.T.orgNouns.has(cx.w[z]);
          if (cx.isPunct(z) || cx.isQuoteChar(z) || (!cx.cap[z] && !particle) || cx.T.verbs.has(cx.w[z]))
            break;
        }
      }
      // A name modifying a role or medium: "the U.S. daily", "the Kremlin spokesman Dmitry Peskov".
      if (
        m.te < limit &&
        !cx.cap[m.te] &&
        (cx.T.roles.has(cx.w[m.te]) || cx.T.media.has(cx.w[m.te]) || cx.T.orgNouns.has(cx.w[m.te]))
      )
        return descForward(cx, k, limit);
      if (x > k) {
        // Words between must be a role phrase (articles, titles, roles, adjectives), not a clause.
        for (let y = k; y < x; y++)
          if (cx.isPunct(y) || cx.T.verbs.has(cx.w[y]) || cx.T.clauseOpeners.has(cx.w[y]))
            return descForward(cx, k, limit);
        // "le ministre des Transports, Gilles Perrin": the name is a complement of the role.
        if (
          /^(?:de|du|des|d'|of|for|at)$/.test(cx.w[x - 1]) ||
          (x - 2 >= k && cx.T.determiners.has(cx.w[x - 1]) && /^(?:de|d'|of|for|at)$/.test(cx.w[x - 2]))
        )
          return descForward(cx, k, limit);
        // "a prévenu le syndicaliste devant la gare de Lyon": a name inside an adjunct is not the speaker
        // (French inverted subjects; an English hearer "told a town hall in Salem" keeps its place name).
        for (let y = k; y < x && cx.lang === "fr"; y++)
          if (
            cx.T.adjunctPreps.has(cx.w[y]) ||
            cx.T.placePreps.has(cx.w[y]) ||
            (cx.T.prepositions.has(cx.w[y]) && !cx.T.complementPreps.has(cx.w[y]))
          )
            return descForward(cx, k, limit);
        // "said librarian Joan Pierce": up to three lower-case words before a person's name.
        const plain =
          m.type === "PER" && x - k <= 3 && cx.w.slice(k, x).every((y) => /^\p{Ll}[\p{Ll}'-]*$/u.test(y));
        if (!plain && !hasRoleWord(cx, k, x)) return descForward(cx, k, limit);
      }
      return mentionRef(Math.min(k, m.left), m.te, m);
    }
    if (cx.isPunct(x) || cx.isQuoteChar(x)) break;
  }
  return descForward(cx, k, limit);
}

/** Index after a partitive opener at k ("one of", "two of", "l'un des"), k when there is none. */
function partitiveAt(cx: QuoteContext, k: number, limit: number): number {
  let x = k;
  if (cx.w[x] === "l'" && x + 1 < limit) x++;
  if (x + 1 >= limit || !PARTITIVE_HEADS.has(cx.w[x])) return k;
  const of = cx.w[x + 1];
  if (of === "of" || of === "des") return x + 2;
  if (of === "d'" && cx.w[x + 2] === "entre") return x + 3;
  return k;
}

const PARTITIVE_HEADS = new Set([
  "one",
  "two",
  "three",
  "some",
  "several",
  "many",
  "most",
  "each",
  "another",
  "un",
  "une",
  "deux",
  "trois",
  "plusieurs",
  "certains",
  "certaines",
]);

function isNumberWord(cx: QuoteContext, w: string): boolean {
  return /^\d+$/.test(w) || cx.T.numberWords.has(w);
}

/** "workers" → "worker", "élus" → "élu": enough to find a plural role noun in the role table. */
function singularOf(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/men$/.test(w)) return `${w.slice(0, -3)}man`;
  return w.replace(/[sx]$/, "");
}

function hasRoleWord(cx: QuoteContext, a: number, b: number): boolean {
  for (let y = a; y < b; y++) {
    const w = cx.w[y];
    if (
      cx.T.roles.has(w) ||
      cx.T.titles.has(w) ||
      cx.T.titles.has(w.replace(/\.$/, "")) ||
      cx.T.media.has(w) ||
      cx.T.orgNouns.has(w) ||
      cx.T.determiners.has(w)
    )
      return true;
  }
  return false;
}

/** "la porte-parole de la fédération", "un responsable karsan", "the ministry". */
function descForward(cx: QuoteContext, k: number, limit: number): SpeakerRef | null {
  let x = k;
  // "said one of two workers", "a déclaré l'un des élus": a member of a group, the plural head counts as a role.
  const partitive = partitiveAt(cx, k, limit);
  if (partitive > k) x = partitive;
  while (x < limit && (cx.T.determiners.has(cx.w[x]) || (partitive > k && isNumberWord(cx, cx.w[x])))) x++;
  // "said one unaligned Florida Republican strategist": "one" opens it like an article.
  const quantified = x === k && cx.lang === "en" && cx.T.openingQuantifiers.has(cx.w[x]) && partitive <= k;
  if (quantified) x++;
  let head = -1;
  // ("a prominent Republican National Committee member": capitalised modifiers do not count toward the three.)
  let reach = x + (quantified ? 5 : 3);
  for (let y = x; y < limit && y < reach; y++) {
    const w = cx.w[y];
    if (cx.lang === "en" && cx.cap[y] && y > x && reach < x + 6) reach++;
    if (
      cx.T.roles.has(w) ||
      cx.T.media.has(w) ||
      cx.T.orgNouns.has(w) ||
      (partitive > k && cx.T.roles.has(singularOf(w))) ||
      (quantified && (cx.T.personNouns.has(w) || cx.T.quantifiedPersonHeads.has(w)))
    ) {
      head = y;
      break;
    }
    if (cx.isPunct(y) || cx.T.verbs.has(w) || (y > x && (cx.T.determiners.has(w) || cx.T.pronouns.has(w))))
      break;
    // Only adjectives may stand before the head noun: "a senior official", not "an email to supporters".
    if (cx.T.prepositions.has(w)) break;
  }
  if (head < 0) {
    // "his best friend at Lehigh, Bruce Turry": no known role noun, but a person in apposition.
    for (let y = k + 1; y < cx.n && y < k + 8 && y < limit; y++) {
      if (cx.w[y] === "," && y + 1 < cx.n && cx.startsAt[y + 1] >= 0) {
        const m = cx.mentions[cx.startsAt[y + 1]];
        if (
          m.type === "PER" &&
          !m.inQuote &&
          (cx.T.determiners.has(cx.w[k]) || cx.T.possessives.has(cx.w[k]))
        )
          return mentionRef(k, m.te, m);
        break;
      }
      if (cx.isPunct(y) || cx.isQuoteChar(y) || cx.T.verbs.has(cx.w[y])) break;
    }
    return null;
  }
  let b = head + 1;
  while (b < limit && b < head + 8) {
    const w = cx.w[b];
    if (cx.isPunct(b) || cx.isQuoteChar(b) || cx.T.clauseOpeners.has(w) || w === "qui" || w === "who") break;
    if (cx.T.verbs.has(w) && !cx.T.roles.has(w) && (cx.lang === "en" || !frenchParticiple(cx, w))) break;
    if (cx.T.verbAuxiliaries.has(w)) break;
    // ("rival promoters called this optimistic": a finite verb ends the description.)
    if (
      cx.lang === "en" &&
      cx.doc.tokens.pos?.[b] === "VERB" &&
      cx.doc.tokens.feats?.[b]?.includes("VerbForm=Fin")
    )
      break;
    // "un officier sous couvert d'anonymat", "le maire lors d'un point presse": adjuncts end the description.
    if (cx.T.descriptionEnds.has(w)) break;
    b++;
  }
  // A name inside the description is the speaker: "the spokeswoman Nadia Petrek".
  for (let y = head + 1; y < b; y++) {
    const mi = cx.startsAt[y];
    if (mi >= 0 && cx.mentions[mi].type === "PER" && !cx.mentions[mi].inQuote) {
      const m = cx.mentions[mi];
      return mentionRef(k, Math.max(b, m.te), m);
    }
  }
  // A name in apposition after it: "le ministre des Transports, Gilles Perrin", "his best friend at Lehigh, Bruce Turry".
  for (let y = b; y < cx.n && y < b + 6 && y < limit; y++) {
    // (« …, la Kényane Grace Wanjiru »: an article and a demonym before the name.)
    let z = y + 1;
    if (
      cx.lang === "fr" &&
      cx.w[y] === "," &&
      cx.T.definiteArticles.has(cx.w[z] ?? "") &&
      frenchDemonym(cx.w[z + 1] ?? "")
    )
      z += 2;
    if (cx.w[y] === "," && z < cx.n && cx.startsAt[z] >= 0) {
      const m = cx.mentions[cx.startsAt[z]];
      if (m.type === "PER" && !m.inQuote) return mentionRef(k, m.te, m);
      break;
    }
    if (cx.isPunct(y) || cx.isQuoteChar(y) || cx.T.verbs.has(cx.w[y])) break;
  }
  return descRef(k, b);
}

/**
 * Where to read back from for the cue before a quote at qa: before a relative aside between dashes that
 * closes right before it ("X commented — which the Courier called rare — “…”"), whose verb is no cue of it.
 */
function asideBefore(cx: QuoteContext, pa: number, qa: number): number {
  const close = qa - 1;
  if (cx.lang !== "en" || close <= pa || !/^[—–]$/.test(cx.w[close])) return qa - 1;
  for (let x = close - 1; x > pa && close - x <= 20; x--) {
    if (cx.isQuoteChar(x) || END_PUNCT.has(cx.w[x])) break;
    if (/^[—–]$/.test(cx.w[x])) return cx.T.relativePronouns.has(cx.w[x + 1]) ? x - 1 : qa - 1;
  }
  return qa - 1;
}

/**
 * A cue before a quote in the same sentence: "X a déclaré :", "X said",
 * "Selon X, « … »", "Elle a dénoncé une « … »".
 */
function cueBefore(
  cx: QuoteContext,
  pa: number,
  qa: number,
  stopAtQuote = true,
): { ref: SpeakerRef; cue: Cue; byVerb?: boolean } | null {
  // Source cue opening the sentence: "Selon X, « … »", "According to X, …".
  const src = sourceInSentence(cx, pa, qa) ?? asPutIt(cx, pa, qa);
  for (let v = asideBefore(cx, pa, qa); v >= pa; v--) {
    if (cx.inQuote[v] >= 0) {
      if (stopAtQuote) break;
      continue;
    }
    if (!cx.T.verbs.has(cx.w[v])) continue;
    // "quoted Mayor X as saying « … »": the one quoted speaks.
    const quoted = asSayingObject(cx, v, pa);
    if (quoted) return { ref: quoted, cue: { a: v, b: v + 1 }, byVerb: true };
    if (!isVerbCue(cx, v, pa)) continue;
    // Inverted clitic: "souligne-t-elle : « … »".
    if (v + 1 < qa && CLITIC.test(cx.w[v + 1])) {
      return {
        ref: pronounRef(v + 1, v + 2, cx.T.pronouns.get(cx.w[v + 1]) ?? "x"),
        cue: { a: v, b: v + 2 },
        byVerb: true,
      };
    }
    if (v > pa && CLITIC.test(cx.w[v - 1])) {
      return {
        ref: pronounRef(v - 1, v, cx.T.pronouns.get(cx.w[v - 1]) ?? "x"),
        cue: { a: v - 2, b: v + 1 },
        byVerb: true,
      };
    }
    // ", saying « … »": the subject of the main clause.
    const participial = v > pa && cx.w[v - 1] === "," && /ing$/.test(cx.w[v]);
    // ("issued a statement at his club outside Springfield, Ill. saying, “…”": a participle with no comma
    // speaks for the subject of the verb it hangs on, not for the name before it; not "with X saying".)
    const bareParticiple = !participial && bareParticipleAt(cx, v, pa);
    const subj =
      (participial ? mainSubject(cx, pa, v) : null) ??
      (bareParticiple ? governorSubject(cx, pa, v) : null) ??
      documentAuthor(cx, withParse(cx, subjectBefore(cx, v, pa), v, pa), v, pa) ??
      // « l'organisation, qui affirme « … » », "Ada Lenz, who called it …": the relative's antecedent speaks.
      (relativeAfterComma(cx, v, pa) ? subjectOfRelative(cx, v, pa) : null);
    if (subj) return { ref: subj, cue: { a: v, b: v + 1 }, byVerb: true };
    // "confirmed the trip in a brief statement that spoke of « … »": the document's author, the clause's subject.
    if (v - 2 > pa && cx.T.relativePronouns.has(cx.w[v - 1]) && cx.T.documentNouns.has(cx.w[v - 2])) {
      const author = documentAuthor(cx, descRef(v - 2, v - 1), v, pa);
      if (author && author.a !== v - 2) return { ref: author, cue: { a: v, b: v + 1 }, byVerb: true };
    }
    // "a déclaré X :" (inverted subject before a colon), not the object of "called Fields “delusional”".
    const inv = npForward(cx, v + 1, qa);
    let plain = inv !== null && /^[:,]$/.test(cx.w[qa - 1] ?? "");
    for (let y = inv ? inv.b : qa; plain && y < qa - 1; y++)
      if (cx.T.verbs.has(cx.w[y]) || cx.isQuoteChar(y)) plain = false;
    if (inv && inv.kind !== "pronoun" && plain) return { ref: inv, cue: { a: v, b: v + 1 }, byVerb: true };
    if (src) return src;
    return null;
  }
  return src;
}

/** "As X put it, “…”", "as Jones memorably phrased it": X speaks what follows. */
function asPutIt(cx: QuoteContext, pa: number, qa: number): { ref: SpeakerRef; cue: Cue } | null {
  const { opener, verbs } = cx.T.asPutIt;
  if (verbs.length === 0) return null;
  for (let j = pa; j < qa; j++) {
    if (cx.w[j] !== opener || cx.inQuote[j] >= 0) continue;
    const ref = npForward(cx, j + 1, qa);
    if (!ref || ref.kind === "desc") continue;
    let k = ref.b;
    // "as Lee Ortiz, a former fire chief, put it": over an apposition closed by a comma.
    if (cx.w[k] === ",") {
      let c = k + 1;
      while (c < qa && c < k + 16 && cx.w[c] !== "," && !cx.isQuoteChar(c) && !END_PUNCT.has(cx.w[c])) c++;
      if (c < qa && cx.w[c] === ",") k = c + 1;
    }
    // "as Jones once put it", "as she memorably put it".
    while (k < qa && k < ref.b + 2 && /ly$|^(?:once|later|so|then)$/.test(cx.w[k])) k++;
    for (const v of verbs) {
      if (v.every((x, i) => cx.w[k + i] === x)) return { ref, cue: { a: j, b: k + v.length } };
    }
  }
  return null;
}

/** "Selon X, …" / "D'après X, …" / "Pour X, …" / "According to X, …" between pa and qa. */
function sourceInSentence(cx: QuoteContext, pa: number, qa: number): { ref: SpeakerRef; cue: Cue } | null {
  for (let j = pa; j < qa; j++) {
    if (cx.inQuote[j] >= 0) continue;
    const e = sourceCueAt(cx, j);
    if (e === j) continue;
    // "pour" and "per" are sources only opening the sentence ("Pour lui, …").
    if (cx.T.openingSourceCues.has(cx.w[j]) && j !== pa) continue;
    // (« Pour l'instant », "per the request": no speaker.)
    let end = e;
    while (end < qa && cx.w[end] !== "," && cx.w[end] !== ":" && !cx.isQuoteChar(end)) end++;
    if (nonSpeakerSource(cx, e, end)) continue;
    // « Pour la principale association de cyclistes, la FUB : « … » »: the name in apposition speaks.
    if (cx.w[end] === "," && end + 1 < qa) {
      let x = end + 1;
      if (cx.T.determiners.has(cx.w[x])) x++;
      const mi = cx.startsAt[x];
      const m = mi >= 0 ? cx.mentions[mi] : null;
      if (m && !m.inQuote && m.type !== "LOC" && (cx.w[m.te] === ":" || cx.isQuoteChar(m.te)))
        return { ref: mentionRef(m.ts, m.te, m), cue: { a: j, b: e } };
    }
    const ref = sourceNp(cx, e, qa);
    // ("Ada Moss ruled, according to the summary, “that …”": an unsigned document after the clause passes on its
    // subject's words; the subject speaks.)
    if (ref && cx.lang === "en" && j > pa && cx.w[j - 1] === "," && bareDocument(cx, e, end)) {
      const subj = mainSubject(cx, pa, j - 1);
      if (subj && subj.kind === "mention") return { ref: subj, cue: { a: j, b: e } };
    }
    if (ref) return { ref, cue: { a: j, b: e } };
  }
  return null;
}

/** "the summary", "a statement": a document noun with no author named, between a and b. */
function bareDocument(cx: QuoteContext, a: number, b: number): boolean {
  const h = cx.T.determiners.has(cx.w[a]) ? a + 1 : a;
  return h === b - 1 && cx.T.documentNouns.has(cx.w[h]);
}

/** The source after "selon": the best name up to the comma, else the description. */
function sourceNp(cx: QuoteContext, a: number, limit: number): SpeakerRef | null {
  // "d'après une note diffusée par le ministère de la Pêche", "according to a statement from the ministry": the author.
  {
    let h = a;
    if (cx.T.determiners.has(cx.w[h])) h++;
    if (cx.T.documentNouns.has(cx.w[h]) && /^(?:du|des|de|d'|from|by|of)$/.test(cx.w[h + 1] ?? "")) {
      let x = h + 2;
      if (cx.T.determiners.has(cx.w[x])) x++;
      if (x < limit && (cx.T.orgNouns.has(cx.w[x]) || cx.T.roles.has(cx.w[x]) || cx.cap[x])) a = x;
    }
  }
  let b = a;
  while (b < limit && !END_PUNCT.has(cx.w[b]) && !cx.isQuoteChar(b) && b < a + 14) {
    // (Not the comma inside a date: "a May 2, 2021 UNICEF bulletin".)
    if (cx.w[b] === "," && !(/^\d{1,2}$/.test(cx.w[b - 1]) && /^\d{4}$/.test(cx.w[b + 1] ?? ""))) break;
    b++;
  }
  if (b === a) return null;
  const w = cx.w[a];
  if (cx.lang === "fr" && (w === "lui" || w === "elle" || w === "eux" || w === "elles"))
    return pronounRef(a, a + 1, w === "lui" ? "m" : w === "elle" ? "f" : w === "eux" ? "p" : "pf");
  if (cx.lang === "en" && cx.T.pronouns.has(w)) {
    const p = cx.T.pronouns.get(w) ?? "x";
    return pronounRef(a, a + 1, w === "him" ? "m" : w === "her" ? "f" : w === "them" ? "p" : p);
  }
  let best: Mention | null = null;
  for (let x = a; x < b; x++) {
    const mi = cx.startsAt[x];
    if (mi < 0) continue;
    const m = cx.mentions[mi];
    // "selon des analyses effectuées dans un laboratoire en Suisse": a place or a complement deep in the phrase.
    let before = Math.min(m.left, m.ts) - 1;
    if (before > a && cx.T.determiners.has(cx.w[before])) before--;
    // "ministère de l'Intérieur", "le ministère québécois des Transports": the name completes an
    // organisation noun (after an article and adjectives), the whole phrase is the name.
    let prep = Math.min(m.left, m.ts) - 1;
    if (prep > a && cx.T.determiners.has(cx.w[prep]) && !cx.T.complementPreps.has(cx.w[prep])) prep--;
    if (m.type !== "PER" && cx.T.complementPreps.has(cx.w[prep] ?? "") && orgNounBefore(cx, a, prep)) break;
    const locative = /^(?:en|dans|à|au|aux|sur|in|at|on|near|across)$/.test(cx.w[before] ?? "");
    const complement = m.type === "LOC" && /^(?:de|du|des|d'|of)$/.test(cx.w[before] ?? "");
    if (x > a + 1 && m.type !== "PER" && m.type !== "ORG" && (locative || complement)) continue;
    // ("according to Johnson's critics": a group of the person's, not the person.)
    if (
      cx.lang === "en" &&
      cx.w[m.te] === "'s" &&
      cx.doc.tokens.pos?.[m.te + 1] === "NOUN" &&
      (/Number=(?:Plur|Ptan)/.test(cx.doc.tokens.feats?.[m.te + 1] ?? "") ||
        /[^s]s$/.test(cx.w[m.te + 1] ?? ""))
    )
      continue;
    if (
      !best ||
      (m.type === "PER" && best.type !== "PER") ||
      (m.type === "ORG" && best.type !== "PER" && best.type !== "ORG")
    )
      best = m;
  }
  if (best) return mentionRef(Math.max(a, best.left), best.te, best);
  const d = descForward(cx, a, b);
  if (d) return descRef(a, b);
  // "pour" needs a speaker-like noun phrase; "selon des images" is a source too.
  if (cx.w[a - 1] === "pour") return null;
  return descRef(a, b);
}

/** Tokens [a, end) are an optional article, a lower-case organisation noun and lower-case adjectives. */
function orgNounBefore(cx: QuoteContext, a: number, end: number): boolean {
  let x = a;
  if (cx.T.determiners.has(cx.w[x])) x++;
  // (An upper-case noun is still the noun: « l'ONG Vigilance Rivières ».)
  const acronym = /^\p{Lu}{2,}$/u.test(cx.text.slice(cx.ts[x] ?? 0, cx.te[x] ?? 0));
  if (x >= end || (cx.cap[x] && !acronym) || !cx.T.orgNouns.has(cx.w[x])) return false;
  for (let y = x + 1; y < end; y++)
    if (cx.cap[y] || cx.isPunct(y) || !/^\p{Ll}+$/u.test(cx.w[y])) return false;
  return end - x <= 3;
}

/** The subject of the verb at v, read backwards over auxiliaries, adverbs and an apposition. */
function subjectBefore(cx: QuoteContext, v: number, floor: number): SpeakerRef | null {
  let k = v - 1;
  while (k >= floor) {
    const w = cx.w[k];
    // "de son côté", "pour sa part", "quant à lui", "for its part".
    if (
      k - 2 >= floor &&
      /^(?:côté|part|lui|elle|eux|elles)$/.test(w) &&
      /^(?:son|sa|leur|à|its|his|her|their)$/.test(cx.w[k - 1]) &&
      /^(?:de|pour|quant|for)$/.test(cx.w[k - 2])
    ) {
      k -= 3;
      continue;
    }
    if (cx.T.verbAuxiliaries.has(w) || cx.T.auxiliaries.has(w)) {
      if (cx.endsAt[k] >= 0 || (cx.T.pronouns.has(w) && !cx.T.objectPronouns.has(w))) break;
      k--;
      continue;
    }
    // « a fait savoir que », « a fait état de »: the causative before its verb.
    if (
      k === v - 1 &&
      cx.T.causativeForms.has(w) &&
      cx.T.causativeVerbs.has(cx.T.verbs.get(cx.w[v])?.lemma ?? "")
    ) {
      k--;
      continue;
    }
    // "Prime minister Ada Lenz speaking to a think tank called …": a setting between the subject and the verb.
    if (cx.lang === "en" && k === v - 1) {
      let p = k;
      while (p > floor && p >= v - 9 && !cx.T.settingParticiples.has(cx.w[p]) && !cx.isPunct(p)) p--;
      if (p > floor && p < k && cx.T.settingParticiples.has(cx.w[p]) && cx.endsAt[p - 1] >= 0) {
        k = p - 1;
        break;
      }
    }
    // "Rep. Ada Marsh last month joked to …", "Marsh on Tuesday said": a time between the subject and the verb.
    // (Not before a participle: "left a meeting with X on Monday saying …" is no subject's.)
    const time = cx.lang === "en" && !/ing$/.test(cx.w[v]) ? timeBeforeVerb(cx, k, floor) : 0;
    if (time > 0) {
      const y = k - time;
      if (
        cx.endsAt[y] >= 0 ||
        cx.w[y] === ")" ||
        (cx.T.pronouns.has(cx.w[y]) && !cx.T.objectPronouns.has(cx.w[y]))
      ) {
        k = y;
        continue;
      }
    }
    break;
  }
  if (k < floor) return null;
  // A parenthetical between dashes right before the verb: "Milan Horvath — who owned the quarry — told".
  if (/^[—–]$/.test(cx.w[k])) {
    let x = k - 1;
    while (
      x > floor &&
      k - x <= 30 &&
      !/^[—–]$/.test(cx.w[x]) &&
      !END_PUNCT.has(cx.w[x]) &&
      !cx.isQuoteChar(x)
    )
      x--;
    if (x > floor && /^[—–]$/.test(cx.w[x]) && cx.endsAt[x - 1] >= 0) {
      const m = cx.mentions[cx.endsAt[x - 1]];
      if (!m.inQuote && (m.type === "PER" || m.type === "ORG")) return mentionRef(m.left, m.te, m);
    }
  }
  // A parenthesis right before the verb: "Gov. Mike Pence (R-IN) said".
  if (cx.w[k] === ")") {
    let x = k - 1;
    while (x > floor && cx.w[x] !== "(" && k - x < 8) x--;
    if (x > floor && cx.w[x] === "(" && cx.endsAt[x - 1] >= 0) k = x - 1;
  }
  const w = cx.w[k];
  // « Ce dernier a assuré que … »: the person named last before it, whoever was the subject.
  if (k - 1 >= floor && latterAt(cx, k - 1)) {
    const m = latterMention(cx, k - 1);
    return m ? mentionRef(k - 1, k + 1, m) : null;
  }
  const pron = cx.T.pronouns.get(w);
  if (pron !== undefined && !w.startsWith("-")) {
    if (cx.lang === "en" && (w === "him" || w === "her" || w === "them")) return null;
    return pronounRef(k, k + 1, pron);
  }
  if (cx.endsAt[k] >= 0) {
    const m = cx.mentions[cx.endsAt[k]];
    if (m.inQuote) return null;
    // "the ministry of X" / "le ministère de X": a description ending in a name.
    let pre = m.left;
    if (pre > floor && cx.T.sourceCues.some((c) => c[c.length - 1] === cx.w[pre - 1])) return null;
    if (pre - 1 >= floor && cx.T.determiners.has(cx.w[pre - 1])) pre--;
    // "La directrice du programme Eurasie reconnaît": a name after a common noun that complements a role.
    if (
      cx.lang === "fr" &&
      pre - 2 >= floor &&
      /^\p{Ll}+$/u.test(cx.w[pre - 1]) &&
      !cx.T.verbs.has(cx.w[pre - 1]) &&
      !cx.T.roles.has(cx.w[pre - 1]) &&
      /^(?:de|du|des|d')$/.test(cx.w[pre - 2])
    )
      pre--;
    // ("…, with Ivo Marsh of Dover calling the budget “reckless”": the participle's own subject.)
    const absolute = cx.lang === "en" && cx.w[pre - 1] === "with" && /ing$/.test(cx.w[v]) && k === v - 1;
    if (
      !absolute &&
      pre - 1 >= floor &&
      /^(?:de|du|des|d'|of|à|au|aux|par|by|to|with|avec|for|pour|in|at|from|on|near|dans|en|chez|sur|about|against|than)$/.test(
        cx.w[pre - 1],
      )
    ) {
      // ("Ana Ruiz of Salem calling the budget …": a person and the place she is from.)
      if (cx.lang === "en" && cx.w[pre - 1] === "of" && pre - 2 > floor && cx.endsAt[pre - 2] >= 0) {
        const person = cx.mentions[cx.endsAt[pre - 2]];
        if (person.type === "PER" && !person.inQuote && m.type !== "PER")
          return mentionRef(person.left, m.te, person);
      }
      // ("Trump called it a hoax, and on Twitter referred to …": a setting after "and"; the first verb's subject.)
      if (cx.lang === "en" && pre - 2 > floor && cx.T.coordinators.has(cx.w[pre - 2]))
        return firstConjunctSubject(cx, pre - 1, floor);
      const d = descBackward(cx, pre - 1, floor);
      if (d) return { ...d, b: m.te };
      return null;
    }
    const member = personBeforeAffiliation(cx, pre, floor);
    if (member) return mentionRef(member.left, member.te, member);
    return mentionRef(m.left, m.te, m);
  }
  if (w === "," || w === ")") {
    if (w === ",") {
      const opener = personBeforeAside(cx, k, floor);
      if (opener) return mentionRef(opener.left, opener.te, opener);
      const described = descriptionBeforeAside(cx, k, floor);
      if (described) return described;
    }
    // "Anton Weiss, the director of the archive, the Old Customs House, said": the person opening the
    // sentence, not the name closing his apposition.
    if (w === "," && k - 1 > floor && cx.endsAt[k - 1] >= 0) {
      const m = cx.mentions[cx.endsAt[k - 1]];
      let before = Math.min(m.left, m.ts) - 1;
      if (before > floor && cx.T.determiners.has(cx.w[before])) before--;
      const lead = leadingSubject(cx, before, floor);
      if (lead) return mentionRef(lead.left, lead.te, lead);
    }
    // "Gov. John Kasich (R-OH), said": the party tag and a comma between the name and the verb.
    if (w === "," && k - 1 > floor) {
      let j = k - 1;
      if (cx.w[j] === ")") {
        let x = j - 1;
        while (x > floor && cx.w[x] !== "(" && j - x < 8) x--;
        j = cx.w[x] === "(" ? x - 1 : -1;
      }
      const mi = j > floor ? cx.endsAt[j] : -1;
      if (
        mi >= 0 &&
        cx.mentions[mi].type === "PER" &&
        !cx.mentions[mi].inQuote &&
        subjectLike(cx, cx.mentions[mi])
      )
        return mentionRef(cx.mentions[mi].left, cx.mentions[mi].te, cx.mentions[mi]);
    }
    // "La ministre des Affaires étrangères, Mirela Sestan, a jugé": the name between the commas.
    // ("One of these clubs, the Riverside Rowing Association (RRA), said": the name before its bracketed initials.)
    let nameEnd = k - 1;
    if (cx.w[nameEnd] === ")" && cx.w[nameEnd - 2] === "(" && cx.endsAt[nameEnd - 3] >= 0) nameEnd -= 3;
    if (w === "," && nameEnd > floor && cx.endsAt[nameEnd] >= 0) {
      const m = cx.mentions[cx.endsAt[nameEnd]];
      // "…, le général Tomas Vrenko, a déclaré": the title belongs to the name.
      if (m.type === "PER" && !m.inQuote && m.ts - 1 > floor && cx.w[m.ts - 1] === ",")
        return mentionRef(m.ts, m.te, m);
      if (m.type === "PER" && !m.inQuote && m.left - 1 > floor && m.left < m.ts && cx.w[m.left - 1] === ",")
        return mentionRef(m.left, m.te, m);
      // "A Calgary-based advocacy group, Autism Families Alberta, says": an organisation named after its kind.
      // (Also after the name's article: "One rowing club, the Riverside Rowing Association, said".)
      const named = cx.T.definiteArticles.has(cx.w[m.left - 1]) ? m.left - 1 : m.left;
      if (
        m.type !== "PER" &&
        m.type !== "LOC" &&
        !m.inQuote &&
        named - 2 > floor &&
        cx.w[named - 1] === ","
      ) {
        // ("One news site, Quillpost.com, claims": a medium's kind after "one" too.)
        const d = descBackward(cx, named - 2, floor) ?? openingPhrase(cx, named - 2, floor);
        if (
          d?.kind === "desc" &&
          cx.w
            .slice(d.a, d.b)
            .some(
              (x) =>
                (cx.T.orgNouns.has(x) || cx.T.orgNouns.has(singularOf(x)) || cx.T.media.has(x)) &&
                !cx.T.roles.has(x),
            )
        )
          return mentionRef(m.left, m.te, m);
      }
      // "Okafor's sister, retired rower Lise Tamm, said": lower-case role words between the comma and the name.
      if (m.type === "PER" && !m.inQuote) {
        let y = Math.min(m.left, m.ts) - 1;
        while (
          y > floor &&
          m.ts - y <= 5 &&
          /^\p{Ll}[\p{Ll}-]*$/u.test(cx.w[y]) &&
          !cx.T.verbs.has(cx.w[y]) &&
          !cx.T.prepositions.has(cx.w[y]) &&
          !cx.T.determiners.has(cx.w[y])
        )
          y--;
        if (y > floor && y < m.ts - 1 && cx.w[y] === ",") return mentionRef(y + 1, m.te, m);
      }
    }
    // Apposition: "Claire Delmas, directrice du programme …, juge". Over up to three comma-closed parts,
    // a person named as the clause's subject before them wins ("Anton Weiss, the director of the town's archive,
    // the Old Customs House, said"); else a person opening the apposition after a description ("One volunteer
    // helping Ms. Hallam, Marta Kowalski of the heritage society, said"); else what stands before the first comma.
    let depth = 0;
    let first: SpeakerRef | null = null;
    let commas = 0;
    for (let c = k - 1; c > floor; c--) {
      const x = cx.w[c];
      if (x === ")") depth++;
      else if (x === "(") depth--;
      else if (depth <= 0 && x === ",") {
        commas++;
        const before = cx.endsAt[c - 1] >= 0 ? cx.mentions[cx.endsAt[c - 1]] : null;
        if (before && !before.inQuote && before.type === "PER" && subjectLike(cx, before))
          return mentionRef(before.left, before.te, before);
        if (commas === 1) {
          const open = cx.startsAt[c + 1] >= 0 ? cx.mentions[cx.startsAt[c + 1]] : null;
          if (open && !open.inQuote && open.type === "PER" && cx.w[open.te] !== "'s")
            return mentionRef(open.ts, open.te, open);
          if (before) {
            if (before.inQuote) return null;
            first = mentionRef(before.left, before.te, before);
          } else first = descBackward(cx, c - 1, floor) ?? asideOpener(cx, c, floor);
        }
        if (commas >= 3) break;
      }
      if (cx.isQuoteChar(c) || END_PUNCT.has(x) || x === ":" || x === ";") break;
      if (k - c > 40 || (commas === 0 && k - c > 30)) break;
    }
    return first;
  }
  const d = descBackward(cx, k, floor) ?? openingPhrase(cx, k, floor);
  // "Barroso, le président de la Commission se dit …": the name before an apposition left unclosed.
  let comma = d ? d.a - 1 : -1;
  if (comma > floor && cx.T.determiners.has(cx.w[comma])) comma--;
  if (d && comma - 1 >= floor && cx.w[comma] === "," && cx.endsAt[comma - 1] >= 0) {
    const m = cx.mentions[cx.endsAt[comma - 1]];
    const personRole = d.kind === "desc" && hasPersonNoun(cx, d);
    if ((m.type === "PER" || (m.type === "UNK" && personRole)) && !m.inQuote && subjectLike(cx, m))
      return mentionRef(m.left, d.b, m);
  }
  return d;
}

/**
 * "The Calgary native, speaking to reporters Thursday, said": a short noun phrase opening the sentence
 * before the comma at `comma`, whatever its head, when no verb, time word or coordinator is about.
 *
 * @example
 * asideOpener(cx, comma, floor); // "The Calgary native"
 */
function asideOpener(cx: QuoteContext, comma: number, floor: number): SpeakerRef | null {
  if (cx.lang !== "en" || cx.T.coordinators.has(cx.w[comma + 1] ?? "")) return null;
  const ref = openingPhrase(cx, comma - 1, floor);
  if (!ref) return null;
  for (let y = ref.a + 1; y < ref.b; y++)
    if (isVerbLike(cx, y) || cx.T.timeWords.has(cx.w[y]) || cx.T.timeUnits.has(cx.w[y])) return null;
  return ref;
}

/**
 * How many tokens a short time phrase ending at k spans ("on Tuesday", "last month", "yesterday"), or 0.
 * A name such as "May" closing a mention is no time.
 *
 * @example
 * timeBeforeVerb(cx, k, floor); // 2 for "last month" in "Rep. Ada Marsh last month joked"
 */
function timeBeforeVerb(cx: QuoteContext, k: number, floor: number): number {
  if (k - 1 < floor || cx.endsAt[k] >= 0) return 0;
  const w = cx.w[k];
  const prev = cx.w[k - 1];
  if (cx.T.timeWords.has(w)) return k - 2 >= floor && cx.T.timeLeads.has(prev) ? 2 : 1;
  if (cx.T.timeUnits.has(w) && k - 2 >= floor && cx.T.timeLeads.has(prev)) return 2;
  return 0;
}

/**
 * From the comma before an apposition's last part, back over at most two more comma-closed parts with no
 * verb and no "and": a person named right before a comma as the clause's subject.
 */
/**
 * The person opening the sentence before an aside that the comma at `comma` closes: a relative clause
 * ("Omar Lalli, who farms outside Moose Jaw, said"), a party tag ("Rep. Dana Whitt, R-Ohio, said") or an
 * apposition without a verb ("Tom Baird, a former bodyguard for Premier Ann Vey, said"). A name ending the
 * aside is then no subject, whatever the tagger or the parser made of it.
 */
function personBeforeAside(cx: QuoteContext, comma: number, floor: number): Mention | null {
  const s = Math.max(floor, cx.sentStart[cx.sent[comma]]);
  let m: Mention | null = null;
  // (Capitalised title words may open the sentence before the name's own: "Committee Chairman Rep. X".)
  for (let t = s; t < s + 6 && t < comma && cx.cap[t]; t++) {
    const mi = cx.startsAt[t];
    if (mi >= 0 && cx.mentions[mi].type === "PER") {
      m = cx.mentions[mi];
      break;
    }
  }
  if (!m || m.inQuote) return null;
  // "Sen. Clara Voss (D-Mo.), who …, said": the party tag in brackets stays with the name.
  let after = m.te;
  if (cx.w[after] === "(") {
    let x = after + 1;
    while (x < comma && x - after < 8 && cx.w[x] !== ")") x++;
    if (x < comma && cx.w[x] === ")") after = x + 1;
  }
  if (cx.w[after] !== "," || after + 1 >= comma || comma - after > 40) return null;
  const next = cx.w[after + 1];
  const raw = cx.text.slice(cx.ts[after + 1], cx.te[after + 1]);
  const relative = cx.T.descriptionRelatives.has(next);
  const partyTag = /^[RDI]-\p{Lu}/u.test(raw) || (/^[RDI]$/.test(raw) && cx.w[after + 2] === "-");
  if (!relative && !partyTag && !cx.T.indefiniteArticles.has(next)) return null;
  for (let c = after + 1; c < comma; c++) {
    const x = cx.w[c];
    // (A full stop inside the sentence is an abbreviation's: "R-S.C.")
    if (cx.isQuoteChar(c) || x === ":" || x === ";" || cx.T.andWords.has(x)) return null;
    if (!relative && isVerbLike(cx, c) && !cx.cap[c] && !/^['’]s$/.test(x)) return null;
  }
  return m;
}

/** « ne » before the verb at v (over its auxiliaries) with no « pas / plus / jamais … »: a « ne … que » restriction. */
function restrictiveNeQue(cx: QuoteContext, v: number, floor: number): boolean {
  for (let k = v - 1; k >= floor && k >= v - 4; k--) {
    const w = cx.w[k];
    if (cx.T.negationWords.has(w)) return false;
    if (cx.T.negationParticles.has(w)) return true;
    if (!cx.T.verbAuxiliaries.has(w) && !cx.T.auxiliaries.has(w)) return false;
  }
  return false;
}

/** The verb at v has « qui » / "who" after a comma as its subject (« X, qui a déclaré que … »). */
function relativeAfterComma(cx: QuoteContext, v: number, floor: number): boolean {
  const q = wordBeforeVerb(cx, v, floor);
  return q > floor && cx.T.subjectRelatives.has(cx.w[q]) && cx.w[q - 1] === ",";
}

/** The first word before the verb at v that is none of its auxiliaries or adverbs (« qui » in « qui a aussi dit »). */
function wordBeforeVerb(cx: QuoteContext, v: number, floor: number): number {
  let q = v - 1;
  while (
    q > floor &&
    (cx.T.verbAuxiliaries.has(cx.w[q]) || cx.T.auxiliaries.has(cx.w[q]) || cx.doc.tokens.pos?.[q] === "ADV")
  )
    q--;
  return q;
}

/** The first comma from `from` before `to` that a finite verb or an auxiliary follows, else `to`. */
function mainPredicateAfter(cx: QuoteContext, from: number, to: number): number {
  const { pos, feats } = cx.doc.tokens;
  for (let x = from; x < to - 1; x++) {
    if (cx.w[x] !== "," || cx.inQuote[x] >= 0) continue;
    const y = x + 1;
    if (pos?.[y] === "AUX" || (pos?.[y] === "VERB" && feats?.[y]?.includes("VerbForm=Fin"))) return x;
  }
  return to;
}

/**
 * "doctors who work in them say …": people named by a noun, then their restrictive relative clause (no
 * comma, at most eight words) right before the verb (English).
 *
 * @example
 * subjectOfRelative(cx, v, floor); // "doctors" in "and doctors who work in them say the problem is worse"
 */
function subjectOfRelative(cx: QuoteContext, v: number, floor: number): SpeakerRef | null {
  // « Paul Aubry, le préfet de région, qui a indiqué aux élus que … »: the person the relative follows.
  if (cx.lang === "fr") {
    const q = wordBeforeVerb(cx, v, floor);
    if (!cx.T.subjectRelatives.has(cx.w[q])) return null;
    // « le quotidien régional La Voix qui a accusé … »: the name right before a restrictive « qui ».
    if (cx.w[q - 1] !== ",") {
      const mi = q - 1 > floor ? cx.endsAt[q - 1] : -1;
      const m = mi >= 0 ? cx.mentions[mi] : null;
      return m && !m.inQuote && m.type !== "LOC" ? mentionRef(m.left, m.te, m) : null;
    }
    for (let y = q - 2; y > floor && y >= q - 14; y--) {
      if (cx.isQuoteChar(y) || END_PUNCT.has(cx.w[y])) break;
      const mi = cx.endsAt[y];
      if (mi < 0) continue;
      const m = cx.mentions[mi];
      if (m.type === "PER" && !m.inQuote && (y === q - 2 || cx.w[m.te] === ","))
        return mentionRef(m.left, m.te, m);
    }
    // « Le ministre, qui a déclaré que … »: a role description before the comma.
    const d = q - 2 > floor ? descBackward(cx, q - 2, floor) : null;
    if (d?.kind !== "desc") return null;
    if (cx.w.slice(d.a, d.b).some((w) => cx.T.roles.has(w))) return d;
    // « le mouvement armé, qui affirme « … » »: a body, when the parse hangs the clause on its phrase (or
    // on the noun the phrase completes: « une riposte du mouvement, qui affirme … »).
    const { head, dep } = cx.doc.tokens;
    const h = dep?.[v] === "acl:relcl" ? (head?.[v] ?? -1) : -1;
    let onPhrase = h >= d.a && h < d.b;
    for (let y = d.a; y < d.b && !onPhrase && h >= 0; y++) onPhrase = head?.[y] === h;
    if (!onPhrase || !cx.w.slice(d.a, d.b).some((w) => cx.T.orgNouns.has(w) || cx.T.media.has(w)))
      return null;
    // (« des représailles de l'organisation séparatiste, qui affirme »: the body the complement names speaks,
    // not the noun it completes.)
    const body = d.a + cx.w.slice(d.a, d.b).findIndex((w) => cx.T.orgNouns.has(w) || cx.T.media.has(w));
    if (body - d.a > 1 && /^(?:du|des)$/.test(cx.w[body - 1])) return descRef(body, d.b);
    if (body - d.a > 2 && /^(?:de|d')$/.test(cx.w[body - 2]) && cx.T.definiteArticles.has(cx.w[body - 1]))
      return descRef(body - 1, d.b);
    return /^(?:du|des|de|d'|au|aux)$/.test(cx.w[d.a]) ? descRef(d.a + 1, d.b) : d;
  }
  if (cx.lang !== "en") return null;
  // ("reached the Coast Guard, who told reporters …", "…, who also said …": the name before ", who".)
  let w0 = v - 1;
  while (w0 > floor && cx.doc.tokens.pos?.[w0] === "ADV") w0--;
  if (cx.w[w0] === "who" && cx.w[w0 - 1] === "," && w0 - 2 >= floor && cx.endsAt[w0 - 2] >= 0) {
    const m = cx.mentions[cx.endsAt[w0 - 2]];
    if (!m.inQuote && m.type !== "LOC") return mentionRef(m.left, m.te, m);
  }
  for (let r = v - 2; r > floor && r >= v - 9; r--) {
    const w = cx.w[r];
    if (cx.isPunct(r) || cx.isQuoteChar(r)) return null;
    if (w !== "who" && w !== "that") continue;
    const n = r - 1;
    if (!cx.T.roles.has(cx.w[n]) && !cx.T.roles.has(singularOf(cx.w[n]))) return null;
    let a = n;
    while (
      a - 1 > floor &&
      /^\p{Ll}/u.test(cx.text[cx.ts[a - 1]]) &&
      NOMINAL_OR_ADJ.has(cx.doc.tokens.pos?.[a - 1] ?? "")
    )
      a--;
    if (a - 1 >= floor && cx.T.determiners.has(cx.w[a - 1])) a--;
    return descRef(a, n + 1);
  }
  return null;
}

/** Tags of the words that may stand before a noun in its phrase. */
const NOMINAL_OR_ADJ = new Set(["NOUN", "ADJ", "NUM"]);

/**
 * "Cycling advocates, who have pushed for bike lanes since 2019, said": a short noun phrase of people
 * opening the sentence, then a relative aside closed by the comma before the verb (English).
 *
 * @example
 * descriptionBeforeAside(cx, comma, floor); // "Cycling advocates" in the sentence above
 */
function descriptionBeforeAside(cx: QuoteContext, comma: number, floor: number): SpeakerRef | null {
  if (cx.lang !== "en") return null;
  const s = Math.max(floor, cx.sentStart[cx.sent[comma]]);
  let after = s;
  while (after < comma && after - s <= 8 && cx.w[after] !== ",") after++;
  if (after === s || after >= comma || cx.w[after] !== "," || !cx.T.relativePronouns.has(cx.w[after + 1]))
    return null;
  let people = false;
  for (let y = s; y < after; y++) {
    const w = cx.w[y];
    if (isVerbLike(cx, y) || cx.isQuoteChar(y) || cx.startsAt[y] >= 0) return null;
    const sing = singularOf(w);
    if (cx.T.roles.has(w) || cx.T.roles.has(sing) || cx.T.orgNouns.has(w) || cx.T.orgNouns.has(sing))
      people = true;
  }
  if (!people) return null;
  for (let c = after + 1; c < comma; c++) {
    const x = cx.w[c];
    if (cx.isQuoteChar(c) || x === ":" || x === ";") return null;
  }
  return descRef(s, after);
}

function leadingSubject(cx: QuoteContext, comma: number, floor: number): Mention | null {
  if (comma <= floor || cx.w[comma] !== ",") return null;
  let commas = 0;
  for (let c = comma - 1; c > floor && comma - c <= 30; c--) {
    const x = cx.w[c];
    if (cx.isQuoteChar(c) || END_PUNCT.has(x) || x === ":" || x === ";" || x === "and" || x === "et")
      return null;
    // ("the town's archive": a possessive is no verb.)
    if (isVerbLike(cx, c) && !cx.cap[c] && !/^['’]s$/.test(x)) return null;
    if (x !== ",") continue;
    const mi = cx.endsAt[c - 1];
    if (mi >= 0) {
      const m = cx.mentions[mi];
      if (m.type === "PER" && !m.inQuote && subjectLike(cx, m) && cx.startsAt[m.ts] === mi) return m;
    }
    if (++commas >= 2) return null;
  }
  return null;
}

/**
 * The heuristic subject checked against the parse when the parser ran: a
 * subject the parser finds elsewhere before the verb wins ("In a statement to
 * reporters, the mayor said" → "the mayor", not "reporters").
 */
function withParse(cx: QuoteContext, ref: SpeakerRef | null, v: number, floor: number): SpeakerRef | null {
  const s = subjectToken(cx, v);
  // "He was told that …": the one who heard it is not the speaker.
  if (s === PASSIVE_NO_AGENT) return ref && ref.b <= v && ref.b >= v - 3 ? null : ref;
  if (s < floor) return ref;
  // ("“It's a disgrace,” Olsen said, adding that …": a parsed subject inside a quotation is none of the cue's.)
  if (s >= 0 && cx.inQuote[s] >= 0 && cx.inQuote[v] < 0) return ref;
  if (s > v) {
    // The agent after a passive verb: "was told by Emergencies Minister X".
    const p = cx.doc.tokens.dep?.[s]?.startsWith("obl") ? parsedSubject(cx, s, cx.n) : null;
    return p ? toRef(cx, p) : ref;
  }
  // (Unless a verb lies in the phrase before the parsed subject: "the library were shut on Monday and city
  // officials said" is cut after that clause.)
  if (ref && s >= ref.a && s < ref.b && !finiteVerbBetween(cx, ref.a, s)) return ref;
  // "Swiss daily Morgenblatt said": a parsed subject among the name's own pre-modifiers.
  if (ref?.kind === "mention" && ref.mention?.type === "ORG" && s >= 0 && s < ref.a && ref.a - s <= 3) {
    let plain = true;
    for (let y = s; y < ref.a && plain; y++) {
      const x = cx.w[y];
      plain =
        !cx.isPunct(y) &&
        !isVerbLike(cx, y) &&
        !cx.T.prepositions.has(x) &&
        !cx.T.affiliationPreps.has(x) &&
        !cx.T.andWords.has(x) &&
        !cx.T.determiners.has(x) &&
        (cx.endsAt[y] < 0 || cx.mentions[cx.endsAt[y]].type === "MISC");
    }
    if (plain) return ref;
  }
  // A name in apposition between the subject and the verb: "Le directeur de l'usine, Olivier Garnier, a déclaré".
  if (ref?.kind === "mention" && ref.mention?.type === "PER" && ref.a > s) return ref;
  // … and an organisation's name after its kind: "An advocacy group, Autism Families Alberta, says".
  if (
    ref?.kind === "mention" &&
    ref.mention &&
    ref.mention.type !== "LOC" &&
    ref.a > s &&
    (cx.w[ref.a - 1] === "," || (cx.T.definiteArticles.has(cx.w[ref.a - 1]) && cx.w[ref.a - 2] === ","))
  )
    return ref;
  // The apposition after the name, closed by a comma before the verb: "Keith Marr, a professor at …, said"
  // ("Brindle.com, a cooking site, reported": a body's too).
  if (
    ref?.kind === "mention" &&
    ref.mention &&
    ref.mention.type !== "LOC" &&
    ref.b <= s &&
    cx.w[ref.b] === "," &&
    cx.w[v - 1] === "," &&
    cx.sent[ref.b] === cx.sent[v]
  )
    return ref;
  const p = parsedSubject(cx, s, v);
  // ("and on Twitter described the vote as …": a name after a preposition is a setting the parser misread.)
  if (p && ref && cx.lang === "en" && p.a > ref.b && p.a > floor && cx.T.prepositions.has(cx.w[p.a - 1]))
    return ref;
  return p ? toRef(cx, p) : ref;
}

/** A verb or auxiliary the tagger reads as such among tokens [a, b). */
function finiteVerbBetween(cx: QuoteContext, a: number, b: number): boolean {
  const pos = cx.doc.tokens.pos;
  if (!pos) return false;
  for (let k = a; k < b; k++) if ((pos[k] === "VERB" || pos[k] === "AUX") && cx.inQuote[k] < 0) return true;
  return false;
}

function toRef(cx: QuoteContext, p: ParsedSubject): SpeakerRef {
  if (p.kind === "mention") return mentionRef(p.a, p.b, cx.mentions[p.mention]);
  if (p.kind === "pronoun") return pronounRef(p.a, p.b, p.pron);
  return descRef(p.a, p.b);
}

/**
 * A short noun phrase opening the sentence right before the verb, whatever its
 * head: "Un ancien guide touristique a indiqué", "A longtime resident said".
 */
function openingPhrase(cx: QuoteContext, k: number, floor: number): SpeakerRef | null {
  let a = Math.max(floor, cx.sentStart[cx.sent[k]]);
  // After an opening adjunct ("De son côté, le négociateur a appelé"), not after a source ("Selon le rectorat, la rentrée se fera").
  if (sourceCueAt(cx, a) === a)
    for (let c = k - 1; c > a; c--)
      if (cx.w[c] === ",") {
        a = c + 1;
        break;
      }
  while (a < k && cx.isQuoteChar(a)) a++;
  if (
    k - a > 6 ||
    !(cx.T.determiners.has(cx.w[a]) || cx.T.openingQuantifiers.has(cx.w[a])) ||
    cx.T.demonstratives.has(cx.w[a])
  )
    return null;
  // One complement after the head noun ("un ancien guide de montagne", "a mother of three"), else at most five words.
  let complement = -1;
  for (let y = a + 1; y <= k; y++) {
    const w = cx.w[y];
    if (
      (y > a + 1 || cx.T.openingQuantifiers.has(cx.w[a])) &&
      y < k &&
      complement < 0 &&
      cx.T.complementPreps.has(w) &&
      !cx.T.prepositions.has(cx.w[y - 1])
    ) {
      complement = y;
      continue;
    }
    if (
      cx.isPunct(y) ||
      cx.T.verbs.has(w) ||
      cx.T.prepositions.has(w) ||
      cx.T.pronouns.has(w) ||
      !/^\p{Ll}/u.test(w)
    )
      return null;
  }
  if (complement < 0 && k - a > 4) return null;
  return descRef(a, k + 1);
}

/**
 * "Ivo Marsh of the cycling group Pedal Forward said": the person before "of" and a few lower-case words
 * that lead to the body's name starting at `pre`, else null.
 */
function personBeforeAffiliation(cx: QuoteContext, pre: number, floor: number): Mention | null {
  if (cx.lang !== "en") return null;
  let y = pre - 1;
  while (
    y > floor &&
    pre - y <= 4 &&
    /^\p{Ll}[\p{Ll}'-]*$/u.test(cx.w[y]) &&
    !cx.T.affiliationPreps.has(cx.w[y])
  ) {
    if (isVerbLike(cx, y) || cx.T.pronouns.has(cx.w[y])) return null;
    y--;
  }
  if (y <= floor || y === pre - 1 || !cx.T.affiliationPreps.has(cx.w[y]) || cx.endsAt[y - 1] < 0) return null;
  const m = cx.mentions[cx.endsAt[y - 1]];
  return m.type === "PER" && !m.inQuote ? m : null;
}

/** "the WHO's newsletter": a name in capitals that reads like a function word ("WHO", "IT") is the name. */
function acronymName(cx: QuoteContext, i: number): boolean {
  if (cx.endsAt[i] < 0 && cx.startsAt[i] < 0) return false;
  const raw = cx.text.slice(cx.ts[i], cx.te[i]);
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** A description ending at k: "un responsable karsan", "the ministry", "le Meridian Post". */
function descBackward(cx: QuoteContext, k: number, floor: number): SpeakerRef | null {
  let a = k;
  let head = false;
  while (a >= floor && k - a < 9) {
    const w = cx.w[a];
    // "the plane and train maker": "and" between two bare nouns of the head's own modifiers.
    const lower = (x: number) =>
      x >= floor &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(cx.w[x]) &&
      !cx.T.determiners.has(cx.w[x]) &&
      !cx.T.verbs.has(cx.w[x]);
    if (
      head &&
      cx.T.andWords.has(w) &&
      a < k - 1 &&
      lower(a - 1) &&
      lower(a + 1) &&
      !cx.T.roles.has(cx.w[a + 1])
    ) {
      a--;
      continue;
    }
    if (cx.isPunct(a) || cx.isQuoteChar(a) || (cx.T.clauseOpeners.has(w) && !acronymName(cx, a))) break;
    if (cx.T.verbs.has(w) && !cx.T.roles.has(w) && !cx.T.ambiguous.has(w) && a !== k) break;
    // "Julien Arnaud of the Vauban Institute said": the person heads the phrase.
    if (a !== k && cx.endsAt[a] >= 0) {
      const m = cx.mentions[cx.endsAt[a]];
      if (m.type === "PER" && !m.inQuote && /^(?:of|de|du|d'|from|at|with)$/.test(cx.w[a + 1]))
        return mentionRef(m.left, m.te, m);
    }
    if (cx.T.roles.has(w) || cx.T.media.has(w) || cx.T.orgNouns.has(w)) head = true;
    // "Acme's notice": a document after its possessor heads the phrase too (its owner speaks).
    // (Over a modifier or two: "Acme's take-down notice", "Acme's formal notice".)
    if (a === k && cx.T.documentNouns.has(w))
      for (let y = a - 1; y - 1 >= floor && y >= a - 3; y--) {
        if (cx.w[y] === "'s") head = true;
        if (cx.w[y] === "'s" || !/^\p{Ll}[\p{Ll}-]*$/u.test(cx.w[y]) || isVerbLike(cx, y)) break;
      }
    if (cx.T.determiners.has(w) && head) {
      const prev = a > floor ? cx.w[a - 1] : "";
      // "de la Défense", "of the Joint Chiefs": the article of a complement, keep going.
      // "Le porte-parole du ministère": a contracted article after a noun is a complement too.
      const complement =
        /^(?:de|d'|of|du)$/.test(prev) ||
        (/^(?:du|des|au|aux)$/.test(w) &&
          /^\p{Ll}[\p{Ll}-]*$/u.test(prev) &&
          (cx.T.roles.has(prev) || cx.T.orgNouns.has(prev) || cx.T.media.has(prev)));
      if (!complement) return descRef(a, k + 1);
    }
    a--;
  }
  if (!head) return null;
  return descRef(a + 1, k + 1);
}

/**
 * Reported speech without quote marks: "X a déclaré que …", "selon X, …",
 * "…, a-t-il ajouté", "X said (that) …", "according to X, …", "…, Jones said".
 */
function findIndirect(
  cx: QuoteContext,
  marks: readonly MarkSpan[],
  markKinds: readonly (QuoteKind | null)[],
  usedCues: ReadonlySet<number>,
): Draft[] {
  const out: Draft[] = [];
  const ns = cx.doc.sentences.length;
  const overlapsDirect = (s: number, e: number) => {
    for (let q = 0; q < marks.length; q++) {
      const m = marks[q];
      if (m.end <= s || m.start >= e) continue;
      if (markKinds[q] === "direct") {
        // A direct quote wholly inside the clause is absorbed; one that straddles its edge blocks it.
        if (m.start < s || m.end > e + 2) return true;
      }
      if (m.start < s && m.end > s) return true;
      // ("He said on Channel Nine "It is a sad day. …"": a quotation that opens in the clause and runs on past
      // the sentence is reported on its own.)
      if (
        cx.lang === "en" &&
        m.end > e + 2 &&
        m.start - s <= 40 &&
        markKinds[q] !== null &&
        markKinds[q] !== "scare"
      )
        return true;
    }
    return false;
  };
  for (let s = 0; s < ns; s++) {
    const a0 = cx.sentStart[s];
    const b0 = cx.sentEnd[s];
    if (a0 < 0) continue;
    let b = b0;
    while (b > a0 && (END_PUNCT.has(cx.w[b - 1]) || (cx.isQuoteChar(b - 1) && cx.inQuote[b - 1] < 0))) b--;
    if (b - a0 < 3) continue;
    // Sentences inside a quotation are not the writer's.
    if (cx.inQuote[a0] >= 0 && cx.inQuote[b - 1] >= 0 && cx.inQuote[a0] === cx.inQuote[b - 1]) continue;
    let a = a0;
    while (a < b && (cx.isQuoteChar(a) || cx.w[a] === "—")) a++;
    if (questionSentence(cx, a, b0)) continue;
    if (headingSentence(cx, s, a0, b0)) continue;
    // "The harvest came in late, Brandt said, but the grapes were fine; the cooperative disagreed": English
    // clauses joined by a semicolon are read one by one.
    let from = a;
    if (cx.lang === "en")
      for (let y = a + 3; y < b - 3; y++)
        if (cx.w[y] === ";" && cx.inQuote[y] < 0) {
          indirectClause(cx, from, y, usedCues, overlapsDirect, out);
          from = y + 1;
        }
    indirectClause(cx, from, b, usedCues, overlapsDirect, out);
  }
  return out;
}

/** The indirect rules, in order, over one sentence or clause [a, b). */
const indirectClause: IndirectRule = (cx, a, b, usedCues, overlapsDirect, out) => {
  if (indirectSourceFirst(cx, a, b, usedCues, overlapsDirect, out)) return true;
  if (indirectAsSaid(cx, a, b, usedCues, overlapsDirect, out)) return true;
  if (indirectInsertedCue(cx, a, b, usedCues, overlapsDirect, out)) return true;
  if (indirectSourceLast(cx, a, b, usedCues, overlapsDirect, out)) return true;
  const before = out.length;
  if (indirectVerbClause(cx, a, b, usedCues, overlapsDirect, out)) {
    // "Four bridges remain closed, officials told city radio, adding that …": the closing cue before the
    // participle reports the clause before it too.
    const cue = out[before]?.cue;
    if (cx.lang === "en" && cue && cue.a - 1 > a && cx.w[cue.a - 1] === "," && /ing$/.test(cx.w[cue.a]))
      indirectCueLast(cx, a, cue.a - 1, usedCues, overlapsDirect, out);
    return true;
  }
  return indirectCueLast(cx, a, b, usedCues, overlapsDirect, out);
};

/** A rule of findIndirect: reports what the sentence's words [a, b) say into `out`; true when it did. */
type IndirectRule = (
  cx: QuoteContext,
  a: number,
  b: number,
  usedCues: ReadonlySet<number>,
  overlapsDirect: (start: number, end: number) => boolean,
  out: Draft[],
) => boolean;

// The four rules of findIndirect, one function each: V8 recompiles a small function when a rare path
// of one rule first runs, not the whole sentence loop. Each returns whether it reported the sentence.

/** 1. Source cue opening the sentence: "Selon X, …", "According to X, …". */
const indirectSourceFirst: IndirectRule = (cx, a, b, _usedCues, overlapsDirect, out) => {
  let found = false;
  // 1. Source cue opening the sentence: "Selon X, …", "According to X, …".
  let j = a;
  if (cx.T.coordinators.has(cx.w[j])) j++;
  if (j + 1 < b && cx.T.sourceLeadAdverbs.has(cx.w[j]) && sourceCueAt(cx, j + 1) > j + 1) j++;
  const e = sourceCueAt(cx, j);
  if (e > j && cx.inQuote[j] < 0) {
    let c = e;
    // ("According to a May 2, 2021 UNICEF bulletin, …": the comma inside a date is no end.)
    while (c < b && (cx.w[c] !== "," || (/^\d{1,2}$/.test(cx.w[c - 1]) && /^\d{4}$/.test(cx.w[c + 1] ?? ""))))
      c++;
    // "Selon la fédération des éleveurs, la Fenaval, …": the name in apposition is the source.
    let named: SpeakerRef | null = null;
    // (« …, la FUB : »: the name after its article.)
    const at = c + 1 < b && cx.lang === "fr" && cx.T.definiteArticles.has(cx.w[c + 1]) ? c + 2 : c + 1;
    if (at < b && cx.startsAt[at] >= 0) {
      const m = cx.mentions[cx.startsAt[at]];
      // (A person after a document or a body opens the clause: "According to police, Ada Marsh, 58, was …",
      // "According to a statement of claim, Ada Marsh, 58, arrived …".)
      const words = cx.w.slice(e, c);
      const bodySource =
        words.some((x) => (cx.T.documentNouns.has(x) || cx.T.orgNouns.has(x)) && !cx.T.roles.has(x)) &&
        !words.some((x) => cx.T.roles.has(x) || cx.T.roles.has(singularOf(x)));
      if (
        !m.inQuote &&
        m.te < b &&
        (cx.w[m.te] === "," || (cx.w[m.te] === ":" && m.type !== "LOC")) &&
        (m.type !== "PER" || !bodySource)
      ) {
        named = mentionRef(m.ts, m.te, m);
        c = m.te;
      }
    }
    // "According to Ada Marsh, the city's planning director, …": a verbless apposition after the name.
    if (c + 1 < b && cx.T.determiners.has(cx.w[c + 1])) {
      let c2 = c + 1;
      let role = false;
      for (; c2 < b && cx.w[c2] !== "," && c2 - c < 12; c2++) {
        if (isVerbLike(cx, c2) && !/(?:ing|ed|'s)$/.test(cx.w[c2])) break;
        if (cx.T.roles.has(cx.w[c2])) role = true;
      }
      if (role && c2 < b - 2 && cx.w[c2] === ",") c = c2;
    }
    // "Selon Julien Arnaud, chercheur à l'Institut Vauban, …": skip the apposition.
    if (!named && c + 1 < b && startsApposition(cx, c + 1)) {
      let c2 = c + 1;
      while (c2 < b && cx.w[c2] !== "," && c2 - c < 16) c2++;
      if (c2 < b && cx.w[c2] === ",") c = c2;
    }
    // « D'après l'agence Reuters, qui cite des sources diplomatiques, … »: the relative clause on
    // the source is not what it reports.
    if (c + 2 < b && cx.T.relativePronouns.has(cx.w[c + 1]) && isVerbLike(cx, c + 2)) {
      let c2 = c + 2;
      while (c2 < b && cx.w[c2] !== "," && c2 - c < 16) c2++;
      if (c2 < b - 2 && cx.w[c2] === ",") c = c2;
    }
    if (c < b - 2 && c - e <= 20 && !nonSpeakerSource(cx, e, c)) {
      const ref = named ?? sourceNp(cx, e, c);
      // "According to the Courier, a port official said …": the medium relays; the inner cue's subject speaks.
      if (cx.lang === "en" && ref && mediumRef(cx, ref) && reportedCueInside(cx, c + 1, b) > 0) return false;
      const start = cx.ts[c + 1];
      const end = cx.te[b - 1];
      if (
        ref &&
        !(cx.w[j] === "pour" && ref.kind === "desc" && !hasSpeakerNoun(cx, ref)) &&
        !overlapsDirect(start, end)
      ) {
        out.push({
          start,
          end,
          kind: "indirect",
          ref,
          cue: { a: j, b: e },
          rule: "source-first",
          at: c + 1,
        });
        found = true;
      }
    }
  }
  return found;
};

/**
 * 1a. « Comme l'a souligné le ministre, la sécurité est en jeu », « Comme le rappelle X, … »: the speaker of
 * the opening clause reports what follows its comma.
 */
const indirectAsSaid: IndirectRule = (cx, a, b, usedCues, overlapsDirect, out) => {
  const as = cx.T.asSaid;
  if (!as || cx.w[a] !== as.opener || !as.objects.has(cx.w[a + 1] ?? "")) return false;
  let v = a + 2;
  if (cx.T.verbAuxiliaries.has(cx.w[v])) v++;
  if (v >= b || !cx.T.verbs.has(cx.w[v]) || usedCues.has(v) || cx.inQuote[v] >= 0) return false;
  let e = v + 1;
  while (e < b && e < v + 16 && cx.w[e] !== "," && !cx.isPunct(e)) e++;
  if (e >= b - 2 || cx.w[e] !== ",") return false;
  const ref = npForward(cx, v + 1, e);
  if (!ref || ref.b !== e) return false;
  const start = cx.ts[e + 1];
  const end = cx.te[b - 1];
  if (overlapsDirect(start, end)) return false;
  out.push({ start, end, kind: "indirect", ref, cue: { a, b: v + 1 }, rule: "as-said", at: e + 1 });
  return true;
};

/**
 * 1b. A cue set between commas inside the reported sentence: « La livraison, a précisé le ministère, aura lieu
 * en mai », "The deal, he said, will be signed in May", « Il s'agit, selon lui, d'une provocation ». The
 * sentence on both sides is the content (one span, the insert inside it); the words before the insert and
 * after it must make a clause with a finite verb.
 */
const indirectInsertedCue: IndirectRule = (cx, a, b, usedCues, overlapsDirect, out) => {
  // (A sentence of news length, the insert among its first words: a page the segmenter could not split is no
  // sentence to report whole.)
  if (b - a > INSERT_SENTENCE_MAX) return false;
  for (let c = a + 1; c < b - 3 && c - a <= INSERT_AFTER_MAX; c++) {
    if (cx.w[c] !== "," || cx.inQuote[c] >= 0) continue;
    let e = c + 1;
    while (e < b && e <= c + 12 && cx.w[e] !== "," && !cx.isPunct(e) && !cx.isQuoteChar(e)) e++;
    if (e >= b - 2 || cx.w[e] !== ",") continue;
    // (A source, « Il s'agit, selon lui, de … », "The tolls, according to X, will …"; « pour » and "per" open
    // a sentence only.)
    const src = sourceCueAt(cx, c + 1);
    const cue = src > c + 1 && cx.T.openingSourceCues.has(cx.w[c + 1]) ? null : cueAfter(cx, c, e);
    if (!cue || cue.end !== e || usedCues.has(cue.cue.a) || cx.inQuote[cue.cue.a] >= 0) continue;
    // ("… young and, according to X, eager to tour": the cue opens the second conjunct only.)
    if (cx.T.coordinators.has(cx.w[c - 1])) continue;
    // (An English source between the subject and its verb only: "…, according to X, almost double what …"
    // after a whole clause is read by the source-last rule.)
    if (cx.lang === "en" && src > c + 1 && (finiteVerbInside(cx, a, c) || !finiteVerbInside(cx, e + 1, b)))
      continue;
    // (French inserts are inverted, the verb or the source first: « , a précisé le ministère, », « , dit-il, »;
    // « Victor Marsan, dit le Rouquin, » after a name gives a nickname.)
    if (cx.lang === "fr") {
      if (cue.cue.a !== c + 1) continue;
      const name = cx.endsAt[c - 1] >= 0 && cx.mentions[cx.endsAt[c - 1]].type === "PER";
      // (The nickname: an article and a capital, or a quote mark; « dit M. Marsan » and « dit le journal » speak.)
      const nickname =
        cx.isQuoteChar(c + 2) || (cx.T.definiteArticles.has(cx.w[c + 2]) && cx.cap[c + 3] === 1);
      if (name && nickname && cx.T.aliasCues.has(cx.w[c + 1])) continue;
    }
    // (An English verb first is "said X": a person, a body or a job after it, not "…, named costs in the
    // harbour, …".)
    if (cx.lang === "en" && cue.cue.a === c + 1 && src <= c + 1) {
      const r = cue.ref;
      // (Right after the verb, not past a preposition: "…, reported on a complaint from a neighbour, …".)
      const speakerLike =
        r.a === c + 2 &&
        (r.kind === "mention"
          ? r.mention?.type !== "LOC"
          : r.kind === "desc" && cx.w.slice(r.a, Math.min(r.b, r.a + 3)).some((w) => cx.T.roles.has(w)));
      if (!speakerLike) continue;
    }
    // (Not "…, officials said, adding that …" nor a clause that opens with its own "that" / « que ».)
    if (cx.T.complementisers.has(cx.w[e + 1]) || (cx.lang === "en" && /ing$/.test(cx.w[e + 1]))) continue;
    if (!finiteVerbInside(cx, a, c) && !finiteVerbInside(cx, e + 1, b)) continue;
    // (", said Ada Marsh, director of …", ", said X, a professor …": an apposition on the speaker after a
    // closing cue, which the cue-last rule reads.)
    if (cx.T.determiners.has(cx.w[e + 1]) || cx.T.roles.has(cx.w[e + 1])) {
      // (Its own verb, if any, sits in a relative clause: "…, a professor at X who studies old pipes".)
      let verbAt = e + 1;
      while (
        verbAt < b &&
        !finiteVerbInside(cx, verbAt, verbAt + 1) &&
        !cx.T.relativePronouns.has(cx.w[verbAt])
      )
        verbAt++;
      if (verbAt >= b || cx.T.relativePronouns.has(cx.w[verbAt])) continue;
    }
    // (The words before the insert must not report on their own: "Jones said, he added, that …".)
    let speech = false;
    for (let x = a; x < c && !speech; x++) speech = cx.T.verbs.has(cx.w[x]) && isVerbCue(cx, x, a);
    if (speech) continue;
    // ("In her view, Will wrote, the fares …", « Lundi, a précisé le ministère, les … »: an opening adjunct
    // with no verb stays out; the clause after the insert is the content.)
    const pos = cx.doc.tokens.pos;
    const adjunct = !finiteVerbInside(cx, a, c) && (pos?.[a] === "ADP" || pos?.[a] === "ADV" || c - a === 1);
    const from = adjunct ? e + 1 : a;
    const start = cx.ts[from];
    const end = cx.te[b - 1];
    if (overlapsDirect(start, end)) return false;
    out.push({ start, end, kind: "indirect", ref: cue.ref, cue: cue.cue, rule: "cue-inside", at: from });
    return true;
  }
  return false;
};

/** Longest sentence, in tokens, that an inserted cue reports whole, and the most words before the insert. */
const INSERT_SENTENCE_MAX = 60;
const INSERT_AFTER_MAX = 20;

/** 2. Source cue closing the sentence: "…, selon X." / "…, according to X." */
const indirectSourceLast: IndirectRule = (cx, a, b, usedCues, overlapsDirect, out) => {
  let found = false;
  // 2. Source cue closing the sentence: "…, selon X." / "…, according to X."
  for (let c = b - 2; c > a + 2; c--) {
    // (Also with no comma before "according to" closing an English sentence: "… since 1988 according to X.")
    const comma = cx.w[c] === ",";
    if (cx.inQuote[c] >= 0 || !(comma || (cx.lang === "en" && cx.w[c + 1] === "according" && !cx.isPunct(c))))
      continue;
    const e2 = sourceCueAt(cx, c + 1);
    if (e2 === c + 1 || cx.T.openingSourceCues.has(cx.w[c + 1])) continue;
    if (!comma && (!finiteVerbInside(cx, a, c + 1) || midSourceSpan(cx, a, c + 1, e2, b))) continue;
    // "…, according to which the library …": a relative clause, not a source.
    if (cx.T.relativePronouns.has(cx.w[e2]) || nonSpeakerSource(cx, e2, b)) continue;
    let ref = sourceNp(cx, e2, b);
    if (!ref) continue;
    // (Without the comma, only a name or a body, a medium, a document or a person's noun: not "its growth chart".)
    if (!comma && ref.kind === "desc" && !hasSpeakerNoun(cx, ref) && !hasDocumentNoun(cx, ref)) continue;
    let start = cx.ts[a];
    let end = cx.te[comma ? c - 1 : c];
    // "…, according to X, supportive of …", "On Sunday, according to X, a goat …": the cue stands inside.
    const mid = cx.lang === "en" ? midSourceSpan(cx, a, c, e2, b) : null;
    if (mid) {
      ref = sourceNp(cx, e2, mid.sourceEnd) ?? ref;
      start = cx.ts[mid.from];
      end = cx.te[b - 1];
    }
    // "X emphasised its vans were back …, according to the Y report": the one quoted inside speaks, when
    // the source is a report or a medium passing it on (not another speaker: "…, according to his lawyers").
    else if (
      cx.lang === "en" &&
      cx.w.slice(e2, Math.min(b, e2 + 8)).some((x) => cx.T.documentNouns.has(x) || cx.T.media.has(x)) &&
      indirectVerbClause(cx, a, comma ? c : c + 1, usedCues, overlapsDirect, out)
    ) {
      found = true;
      break;
    }
    if (overlapsDirect(start, end)) break;
    out.push({ start, end, kind: "indirect", ref, cue: { a: c + 1, b: e2 }, rule: "source-last", at: a });
    found = true;
    break;
  }
  return found;
};

/**
 * A source cue inside its sentence, not closing it: the end of the source phrase (a comma, or a finite
 * verb the phrase runs into: "according to the ministry recovered …") and where the report starts — after
 * the phrase when a clause or an opening adjunct comes before the cue, else at the sentence's start
 * (the cue sits between a subject and its verb); null when the phrase runs to the sentence's end.
 *
 * @example
 * midSourceSpan(cx, a, c, e2, b); // { sourceEnd, from } for "On Sunday, according to rangers, a goat …"
 */
function midSourceSpan(
  cx: QuoteContext,
  a: number,
  c: number,
  e2: number,
  b: number,
): { sourceEnd: number; from: number } | null {
  let e = e2;
  while (e < b && e < e2 + 14 && cx.w[e] !== "," && !END_PUNCT.has(cx.w[e]) && !cx.isQuoteChar(e)) e++;
  let f = -1;
  for (let x = e2 + 1; x < e && f < 0; x++) {
    // ("according to a report in which they said …": the relative clause's verb.)
    if (cx.T.relativePronouns.has(cx.w[x])) return null;
    if (finiteVerbInside(cx, x, x + 1)) f = x;
  }
  const sourceEnd = f > 0 ? f : e;
  const rest = f > 0 ? f : e + 1;
  if (sourceEnd >= b || rest >= b - 1 || (f < 0 && cx.w[e] !== ",")) return null;
  // After a comma, a clause of its own ("…, according to rangers, a goat wandered …") or the second conjunct
  // the cue opens ("… and, according to X, eager to …"); not a relative or an apposition on the source.
  // ("…, according to their lawyers, and said …" closes the clause before; "…, according to a review
  // by X, a retired judge now lecturing at …, whose …" names the source again.)
  if (f < 0) {
    let phraseEnd = rest;
    while (phraseEnd < b && cx.w[phraseEnd] !== ",") phraseEnd++;
    let verb = false;
    const pos = cx.doc.tokens.pos;
    for (let x = rest + 1; x < phraseEnd && !verb; x++)
      verb = (pos ? pos[x] === "VERB" || pos[x] === "AUX" : isVerbLike(cx, x)) && !/ing$/.test(cx.w[x]);
    const apposition = cx.T.determiners.has(cx.w[rest]) && !verb;
    // (After a clause of its own, only when the cue opens a conjunct: "…, almost double what …" is no report.)
    if (
      finiteVerbInside(cx, a, c)
        ? !cx.T.coordinators.has(cx.w[c - 1])
        : cx.T.relativePronouns.has(cx.w[rest]) ||
          cx.T.coordinators.has(cx.w[rest]) ||
          apposition ||
          !finiteVerbInside(cx, rest, b)
    )
      return null;
  }
  const opening =
    cx.T.prepositions.has(cx.w[a]) || cx.T.adjunctPreps.has(cx.w[a]) || cx.T.timeWords.has(cx.w[a]);
  return { sourceEnd, from: finiteVerbInside(cx, a, c) || opening ? rest : a };
}

/** Whether a description holds a document noun ("a statement pinned to her page"). */
function hasDocumentNoun(cx: QuoteContext, ref: SpeakerRef): boolean {
  for (let y = ref.a; y < ref.b; y++) if (cx.T.documentNouns.has(cx.w[y])) return true;
  return false;
}

/** "according to videos posted online", "per the doctrines": the phrase's head is no one who speaks. */
function nonSpeakerSource(cx: QuoteContext, e: number, b: number): boolean {
  let head = -1;
  for (let x = e; x < b && x < e + 6; x++) {
    const w = cx.w[x];
    if (cx.T.determiners.has(w)) continue;
    // ("the owner's request": the possessed noun is the head.)
    if (w === "'s" && head >= 0) {
      head = -1;
      continue;
    }
    // (A participle ends the phrase: "videos posted online"; a tag's VERB on "security camera footage" does not.)
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || cx.T.prepositions.has(w) || (head >= 0 && /(?:ed|ing)$/.test(w)))
      break;
    head = x;
  }
  if (head >= 0 && cx.T.actedOnSources.has(cx.w[head])) return true;
  // (« pour la première fois depuis 2002 »: the noun before a word the tables do not know as a preposition.)
  if (cx.lang === "fr" && head >= 0 && !cx.T.nonSpeakerSources.has(cx.w[head]))
    for (let x = e; x < head; x++) if (cx.T.nonSpeakerSources.has(cx.w[x])) head = x;
  if (head < 0 || !cx.T.nonSpeakerSources.has(cx.w[head])) return false;
  // "satellite images published by the Meridian Post": the body that put them out is the source.
  for (let x = head + 1; x < b && x < head + 12 && cx.w[x] !== ","; x++)
    if (cx.T.authorPreps.has(cx.w[x]) && cx.startsAt[x + (cx.T.determiners.has(cx.w[x + 1]) ? 2 : 1)] >= 0)
      return false;
  return true;
}

/** 3. Verb + que / that (or an English bare clause). */
const indirectVerbClause: IndirectRule = (cx, a, b, usedCues, overlapsDirect, out) => {
  let found = false;
  // 3. Verb + que / that (or an English bare clause).
  for (let v = a; v < b - 1; v++) {
    if (cx.inQuote[v] >= 0 || !cx.T.verbs.has(cx.w[v]) || usedCues.has(v)) continue;
    if (!isVerbCue(cx, v, a)) continue;
    const info = cx.T.verbs.get(cx.w[v]);
    if (!info) continue;
    if (openingAdjunctParticiple(cx, a, v, b)) continue;
    // Adjuncts between the verb and the clause: "lundi", "à la presse", "in a statement", "told reporters".
    let comp = -1;
    let clauseAt = -1;
    let c = skipAdjuncts(cx, v + 1, b, info.lemma);
    // French content without « que » may open with what reads as an adjunct (« au », « à », « de »).
    let frenchAt = -1;
    if (
      cx.lang === "fr" &&
      !info.opinion &&
      !passiveParticiple(cx, v, a) &&
      !reflexiveOrNegated(cx, v, a) &&
      !unsaidInfinitive(cx, v, a)
    ) {
      let k = v + 1;
      let bare = -1;
      while (k < b) {
        if (cx.doc.tokens.pos?.[k] === "ADV" || cx.T.timeWords.has(cx.w[k]) || cx.T.timeTails.has(cx.w[k]))
          k++;
        // (A date, « annoncera mercredi 4 juillet la … ».)
        else if (/^\d{1,2}$/.test(cx.w[k]) && k + 1 < b && cx.T.timeWords.has(cx.w[k + 1])) k += 2;
        // « invite ce soir à manifester », « a promis la veille de … ».
        else if (
          k + 1 < b &&
          cx.T.determiners.has(cx.w[k]) &&
          (cx.T.timeWords.has(cx.w[k + 1]) || cx.T.timeTails.has(cx.w[k + 1]))
        ) {
          if (bare < 0) bare = k;
          k += 2;
        } else break;
      }
      frenchAt = frenchContentAt(cx, v, k, b, info.lemma);
      // (« a annoncé ce soir, vers 22 h, son retrait »: the time phrase then read as the content's start.)
      if (frenchAt < 0 && bare >= 0) frenchAt = frenchContentAt(cx, v, bare, b, info.lemma);
      if (frenchAt < 0 && c >= 0) frenchAt = frenchContentAt(cx, v, c, b, info.lemma);
    } else if (cx.lang === "fr" && cx.T.selfReportVerbs.has(info.lemma) && reflexiveBefore(cx, v, a))
      frenchAt = selfDescriptionAt(cx, v + 1, b);
    else if (cx.lang === "fr" && cx.T.reflexivePrepContentVerbs.has(info.lemma) && reflexiveBefore(cx, v, a))
      frenchAt = prepContentAt(
        cx,
        afterAdverbs(cx, v + 1, b),
        b,
        cx.T.reflexivePrepContentVerbs.get(info.lemma) ?? [],
      );
    else if (
      cx.lang === "fr" &&
      cx.T.smallClauseVerbs.has(info.lemma) &&
      !passiveParticiple(cx, v, a) &&
      !reflexiveOrNegated(cx, v, a)
    )
      frenchAt = judgementAt(cx, v + 1, b);
    if (c < 0 && frenchAt < 0) continue;
    if (c < 0) c = frenchAt;
    c = contentNounClause(cx, c, b);
    if (c < b && cx.T.complementisers.has(cx.w[c]) && cx.inQuote[c] < 0) {
      comp = c;
      // "I think that's right", "he said that was a mistake": "that" is the clause's subject, right before its verb.
      const { dep, pos } = cx.doc.tokens;
      const next = pos?.[c + 1];
      if (cx.lang === "en" && dep?.[c] === "nsubj" && (next === "AUX" || next === "VERB")) {
        comp = -1;
        clauseAt = c;
      }
    } else if (cx.lang === "en" && !info.opinion && cx.T.bareClauseVerbs.has(info.lemma)) {
      while (c < b && cx.w[c] === ",") c++;
      const comma = c > v + 1 && cx.w[c - 1] === ",";
      const w = cx.w[c];
      // "Asked whether …, she said they would.": a subject pronoun and its auxiliary, the verb left out.
      const elided =
        c === b - 2 &&
        cx.T.pronouns.has(w) &&
        !cx.T.objectForms.has(w) &&
        !cx.T.firstSecondPersons.has(w) &&
        cx.doc.tokens.pos?.[c + 1] === "AUX";
      if (
        (c < b - 2 || elided) &&
        // "said, citing satellite imagery", "said Thursday, blaming rising costs": a participle after a comma
        // is an adjunct, not the clause
        !(comma && participleAdjunct(cx, c, b)) &&
        cx.inQuote[c] < 0 &&
        (cx.T.clauseStarts.has(w) ||
          (cx.startsAt[c] >= 0 && !cx.mentions[cx.startsAt[c]].inQuote) ||
          /^\d/.test(w) ||
          (info.lemma === "say" &&
            !cx.isPunct(c) &&
            // ("said nothing in the business was permanent": a pronoun subject with its own finite verb.)
            (!cx.T.notClauseAfterSay.has(w) ||
              (/^(?:PRON|DET)$/.test(cx.doc.tokens.pos?.[c] ?? "") && finiteAhead(cx, c, b)))) ||
          quantityOpener(cx, c) ||
          bareNounClause(cx, c, b))
      )
        clauseAt = c;
    } else if (frenchAt >= 0) clauseAt = frenchAt;
    if (comp < 0 && clauseAt < 0) continue;
    // "…,” said Lena Marsh, a historian at …", "…, said an official who …": after a comma or a closing quote
    // mark, "said" and a person or a job closed by a comma, "who" or the sentence's end is an inverted cue.
    if (
      comp < 0 &&
      info.lemma === "say" &&
      v > a &&
      (cx.w[v - 1] === "," || cx.isQuoteChar(v - 1)) &&
      // (Not after an apposition's name: "Her former manager, Ada Marsh, said the aide who …".)
      !(
        cx.w[v - 1] === "," &&
        v - 2 >= a &&
        cx.endsAt[v - 2] >= 0 &&
        cx.mentions[cx.endsAt[v - 2]].type === "PER"
      ) &&
      invertedSpeakerAhead(cx, clauseAt, b)
    )
      continue;
    if (deniedOrObject(cx, v, comp >= 0 ? comp : clauseAt, comp >= 0)) continue;
    // "Residents were told they could not drink the water": the subject heard it; "by X" would name the speaker.
    if (
      HEARER_VERBS.has(cx.w[v]) &&
      v - 2 >= a &&
      (cx.T.passiveAuxiliaries.has(cx.w[v - 1]) ||
        (cx.doc.tokens.pos?.[v - 1] === "ADV" && cx.T.passiveAuxiliaries.has(cx.w[v - 2]))) &&
      cx.w[comp >= 0 ? comp : clauseAt] !== "by"
    )
      continue;
    // ", saying …" / ", estimant que …" / ", en affirmant que …": the main clause's subject speaks.
    const french = cx.lang === "fr";
    // (English also ", ” saying" after a closing quote mark, and "by saying" / "by telling".)
    const participial =
      v > a &&
      ((cx.w[v - 1] === "," && (/ing$/.test(cx.w[v]) || (french && /ant$/.test(cx.w[v])))) ||
        // (« a répondu en rappelant que … », with or without a comma before « en ».)
        (french && cx.w[v - 1] === "en" && v - 2 >= a && (cx.w[v - 2] === "," || /ant$/.test(cx.w[v]))) ||
        (cx.lang === "en" &&
          /ing$/.test(cx.w[v]) &&
          v - 2 >= a &&
          (cx.w[v - 1] === "by" ||
            cx.T.participlePreps.has(cx.w[v - 1]) ||
            (cx.isQuoteChar(v - 1) && cx.w[v - 2] === ",")) &&
          // (Not a title-case headline: "Senator Responds By Saying …".)
          !cx.cap[v]));
    // "X welcomed the plan but said …": the verb shares the first verb's subject.
    const coordinated = cx.lang === "en" && v - 1 > a && cx.T.coordinators.has(cx.w[v - 1]);
    const subj =
      asSayingObject(cx, v, a) ??
      (participial && cx.T.participlePreps.has(cx.w[v - 1]) ? governorSubject(cx, a, v) : null) ??
      (participial ? mainSubject(cx, a, v) : null) ??
      (!participial && bareParticipleAt(cx, v, a) ? governorSubject(cx, a, v) : null) ??
      (coordinated ? firstConjunctSubject(cx, v, a) : null) ??
      (french ? subjectOfRelative(cx, v, a) : null) ??
      documentAuthor(cx, withParse(cx, subjectBefore(cx, v, a), v, a), v, a) ??
      invertedSubject(cx, v, comp >= 0 ? comp : clauseAt) ??
      subjectOfRelative(cx, v, a);
    if (!subj) continue;
    // « qui ne fait que citer … », « ne dit que … »: « ne … que » restricts; it opens no clause.
    if (french && comp === v + 1 && restrictiveNeQue(cx, v, a)) continue;
    if (info.opinion && subj.kind === "pronoun" && subj.pron === "x" && cx.lang === "fr") continue;
    if (subj.kind === "pronoun" && cx.T.firstSecondPersons.has(cx.w[subj.a])) continue;
    // A capitalised first word read as a description: « J'avoue … », « Cela signifie que … ». (English keeps
    // "This shows that …", which PolNeAR counts as an attribution.)
    if (
      french &&
      subj.kind === "desc" &&
      subj.b - subj.a === 1 &&
      (cx.T.firstSecondPersons.has(cx.w[subj.a]) ||
        // (« Certains soulignent que », « Plusieurs estiment que »: a group speaks.)
        (cx.T.notNames.has(cx.w[subj.a]) && !cx.T.pluralDeterminers.has(cx.w[subj.a])))
    )
      continue;
    const from = comp >= 0 ? comp + 1 : clauseAt;
    let to = b;
    // « a précisé que … : « … » »: a colon opening a quotation ends the reported clause before it.
    for (let x = from + 2; x < b - 1; x++)
      if (cx.w[x] === ":" && cx.inQuote[x] < 0 && (cx.isQuoteChar(x + 1) || cx.inQuote[x + 1] >= 0)) {
        to = x;
        break;
      }
    // A trailing inverted cue ends the clause: "…, a-t-il ajouté".
    for (let x = from + 1; x < b; x++) if (cx.w[x] === "," && cueAfter(cx, x, b)?.end === b) to = x;
    // « Le ministre, qui a déclaré que …, a été hué »: a relative clause's report ends where its main clause
    // resumes, at a comma before a finite verb.
    if (relativeAfterComma(cx, v, a)) to = mainPredicateAfter(cx, from + 1, to);
    // A cue inside a fronted clause reports up to the main clause: "After Evans argued that taxes must
    // fall, Ortiz said …".
    let mainAt = -1;
    if (cx.lang === "en" && cx.T.frontedClauseOpeners.has(cx.w[a]) && v - a <= 12) {
      mainAt = mainClauseAfter(cx, from + 1, to);
      if (mainAt > 0) to = mainAt;
      // ("When Governor Pike announced his retirement in 2001, Varga joined the race": with no "that", the
      // fronted clause ends at its comma, whatever the main clause does.)
      else if (comp < 0)
        for (let x = from + 1; x < to; x++)
          if (cx.w[x] === "," && cx.inQuote[x] < 0) {
            to = x;
            break;
          }
    }
    // "…, however, a later report concluded that …": another source's report after a comma ends the clause.
    if (mainAt < 0 && cx.lang === "en") {
      mainAt = laterReport(cx, from + 1, to);
      if (mainAt > 0) to = mainAt;
    }
    // "…, adding that …", "…, noting that …": a second reported clause by the same speaker.
    let second: Draft | null = null;
    for (let x = from + 2; x < to - 3 && cx.lang === "en"; x++) {
      const w2 = cx.w[x + 1];
      if (cx.w[x] !== "," || cx.inQuote[x] >= 0 || !/ing$/.test(w2)) continue;
      const info2 = cx.T.verbs.get(w2);
      if (!info2 || info2.opinion || !cx.T.complementisers.has(cx.w[x + 2])) continue;
      second = {
        start: cx.ts[x + 3],
        end: cx.te[to - 1],
        kind: "indirect",
        ref: subj,
        cue: { a: x + 1, b: x + 2 },
        rule: "verb-que",
        at: x + 3,
      };
      to = x;
      break;
    }
    if (to - from < 2) continue;
    // "Reuters reported late Friday a port official, speaking anonymously, said the cranes …": a medium's
    // report of what someone said is that someone's quote, read at the inner cue.
    if (
      cx.lang === "en" &&
      (info.lemma === "report" || mediumRef(cx, subj)) &&
      reportedCueInside(cx, from, to) > 0
    )
      continue;
    // "announced his candidacy in June", "stressed her experience": an object, not a reported clause.
    if (comp < 0 && objectNotClause(cx, from, to, info.lemma)) continue;
    // "maintains a rule that only X may …": a noun and its own "that" clause are the object.
    if (
      comp < 0 &&
      cx.lang === "en" &&
      cx.T.determiners.has(cx.w[from]) &&
      cx.doc.tokens.pos?.[from + 1] === "NOUN" &&
      cx.T.complementisers.has(cx.w[from + 2] ?? "")
    )
      continue;
    // "a milestone the company says puts it ahead": a clause with no subject is a relative clause's gap.
    // (Only after a relative's subject, a noun or a relative pronoun before it: not "He said states like …"
    // with "states" read as a verb, nor a parenthetical cue, "Biden, Rubio said, had been …".)
    if (
      comp < 0 &&
      cx.lang === "en" &&
      cx.w[from - 1] !== "," &&
      cx.doc.tokens.feats?.[from]?.includes("VerbForm=Fin")
    ) {
      const before = subj.a - 1;
      const pos = cx.doc.tokens.pos;
      if (
        before >= a &&
        (cx.T.relativePronouns.has(cx.w[before]) || pos?.[before] === "NOUN" || pos?.[before] === "PROPN")
      )
        continue;
    }
    const start = cx.ts[from];
    const end = cx.te[to - 1];
    if (overlapsDirect(start, end)) break;
    out.push({
      start,
      end,
      kind: "indirect",
      ref: subj,
      cue: { a: v, b: v + 1 },
      rule: comp >= 0 ? "verb-que" : "verb-clause",
      at: from,
    });
    if (second && !overlapsDirect(second.start, second.end)) out.push(second);
    found = true;
    // The main clause after the fronted one may report too: "…, Lee Ortiz said the plan was a fantasy".
    if (mainAt > 0) {
      v = mainAt;
      continue;
    }
    break;
  }
  return found;
};

/** « a été accusé », « sont appelés »: a participle after a form of « être » (its subject does not speak). */
function passiveParticiple(cx: QuoteContext, v: number, floor: number): boolean {
  let k = v - 1;
  while (k > floor && cx.doc.tokens.pos?.[k] === "ADV") k--;
  return k >= floor && cx.T.passiveAuxiliaries.has(cx.w[k]) && frenchParticiple(cx, cx.w[v]);
}

/**
 * « se propose de … », « se réclamer du … », « n'annonce pas … »: a reflexive verb (another sense) or a negated one
 * reports no content without « que ».
 */
function reflexiveOrNegated(cx: QuoteContext, v: number, floor: number): boolean {
  return cliticBefore(cx, v, floor, (w) => cx.T.negationParticles.has(w) || cx.T.reflexiveClitics.has(w));
}

/** A word `found` accepts among the few before the verb, over its auxiliaries and negation words only. */
function cliticBefore(cx: QuoteContext, v: number, floor: number, found: (w: string) => boolean): boolean {
  for (let k = v - 1; k >= floor && k >= v - 4; k--) {
    if (found(cx.w[k])) return true;
    if (!cx.T.verbAuxiliaries.has(cx.w[k]) && !cx.T.negationWords.has(cx.w[k])) return false;
  }
  return false;
}

/**
 * An infinitive cue whose act is a purpose or a possibility, not something said: « ont manifesté pour dénoncer
 * le projet », « ne permet pas de confirmer l'existence … », « se verra demander de … » (table
 * UNSAID_INFINITIVE_CUES_FR, looked for in the few words before the cue).
 */
function unsaidInfinitive(cx: QuoteContext, v: number, floor: number): boolean {
  if (!infinitiveAt(cx, v)) return false;
  for (let k = v - 1; k >= floor && k >= v - 6 && cx.w[k] !== ","; k--)
    if (cx.T.unsaidInfinitiveCues.has(cx.w[k])) return true;
  return false;
}

/** The first token from k (before b) that the tagger does not read as an adverb. */
function afterAdverbs(cx: QuoteContext, k: number, b: number): number {
  while (k < b && cx.doc.tokens.pos?.[k] === "ADV") k++;
  return k;
}

/** « s'est dit », « se sont déclarés », « ne s'est pas dit »: a reflexive clitic before the verb and its auxiliaries. */
function reflexiveBefore(cx: QuoteContext, v: number, floor: number): boolean {
  return cliticBefore(cx, v, floor, (w) => cx.T.reflexiveClitics.has(w));
}

/**
 * What a speaker said of themselves after « s'est dit » / « s'est déclaré »: the adjective or participle
 * (after adverbs) and all it governs (« favorable à un référendum », « convaincu que … », « prêt à
 * démissionner »), else -1.
 *
 * @example
 * selfDescriptionAt(cx, v + 1, b); // the index of « très » in « s'est dit très inquiet de la situation »
 */
function selfDescriptionAt(cx: QuoteContext, c: number, b: number): number {
  const { pos, feats } = cx.doc.tokens;
  const k = afterAdverbs(cx, c, b);
  if (k >= b - 1 || cx.inQuote[k] >= 0) return -1;
  // (A participle: « convaincu », which the tagger may leave without VerbForm; not a finite verb or an infinitive.)
  const participle = pos?.[k] === "VERB" && !/VerbForm=(?:Inf|Fin)|Mood=/.test(feats?.[k] ?? "");
  return pos?.[k] === "ADJ" || participle ? c : -1;
}

/**
 * A judgement stated with its adjective first: « juge indispensable que … », « a estimé nécessaire de
 * renforcer … ». The adjective (after adverbs) must be followed by « que » or « de » and an infinitive; the
 * content opens at the adjective, else -1.
 *
 * @example
 * judgementAt(cx, v + 1, b); // the index of « nécessaire » in « a estimé nécessaire de renforcer les contrôles »
 */
function judgementAt(cx: QuoteContext, c: number, b: number): number {
  const pos = cx.doc.tokens.pos;
  const k = afterAdverbs(cx, c, b);
  // (The tagger may read the bare adjective as a noun: « a estimé urgent de … ».)
  if (k >= b - 2 || (pos?.[k] !== "ADJ" && pos?.[k] !== "NOUN") || cx.inQuote[k] >= 0) return -1;
  const next = cx.w[k + 1];
  if (cx.T.complementisers.has(next)) return c;
  return (next === "de" || next === "d'") && infinitiveAt(cx, k + 2) ? c : -1;
}

/** Token k is an infinitive: the tagger's VerbForm, else a verb-like word with an infinitive ending. */
function infinitiveAt(cx: QuoteContext, k: number): boolean {
  const f = cx.doc.tokens.feats?.[k];
  if (f) return f.includes("VerbForm=Inf");
  return /(?:er|ir|re)$/.test(cx.w[k]) && isVerbLike(cx, k);
}

/** w is the preposition that opens the infinitive content of the verb `lemma` (« appelle à », « promet de »). */
function contentPreposition(cx: QuoteContext, lemma: string, w: string): boolean {
  return (cx.T.aInfinitiveVerbs.has(lemma) ? cx.T.infinitiveAPreps : cx.T.infinitiveDePreps).has(w);
}

/**
 * Where French reported content opens without « que », at token c right after the verb and its adjuncts,
 * else -1: an infinitive (« affirme avoir été menacé », « promet de rouvrir », « appelle à voter »), an
 * object then the infinitive (« accuse le préfet d'avoir menti », « demande aux élus de voter »), or for
 * requests and announcements a noun phrase (« réclame la gratuité des transports », « appelle au boycott »).
 *
 * @example
 * frenchContentAt(cx, v, c, b, "promettre"); // c, at « de » in « a promis de rouvrir la piscine »
 */
function frenchContentAt(cx: QuoteContext, v: number, c: number, b: number, lemma: string): number {
  const T = cx.T;
  if (c >= b - 1 || cx.inQuote[c] >= 0) return -1;
  const withA = T.aInfinitiveVerbs.has(lemma);
  const prep = (w: string) => contentPreposition(cx, lemma, w);
  const infinitiveFrom = (k: number) => {
    while (k < b && T.infinitiveClitics.has(cx.w[k])) k++;
    return k < b && infinitiveAt(cx, k);
  };
  const { feats } = cx.doc.tokens;
  if (T.infinitiveContentVerbs.has(lemma)) {
    if (prep(cx.w[c]) && infinitiveFrom(c + 1)) return c;
    if (!withA && infinitiveFrom(c)) return c;
    // An object (an article, a name, « à / aux » and the hearer), then the infinitive.
    const opens = T.determiners.has(cx.w[c]) || cx.startsAt[c] >= 0 || /^(?:à|au|aux)$/.test(cx.w[c]);
    // (An apposition inside the object: « accusent la milice X, une bande venue de …, d'avoir … ».)
    for (let k = c + 1; opens && k < b && k <= c + 14; k++) {
      if ((cx.isPunct(k) && cx.w[k] !== ",") || cx.inQuote[k] >= 0 || feats?.[k]?.includes("VerbForm=Fin"))
        break;
      if (prep(cx.w[k]) && infinitiveFrom(k + 1)) return c;
      // « a menacé les fraudeurs de poursuites »: a bare noun after « de » (« de son arme » is a means).
      if (k > c && T.objectDeNounVerbs.has(lemma) && /^(?:de|d')$/.test(cx.w[k]) && nominalAt(cx, k + 1, b))
        return c;
    }
  }
  // (Not a person, nor a noun phrase after the inverted subject: « …, a conclu le président du Parlement
  // X », « …, a annoncé à l'agence Y Ada Marsh, de l'Université Z ».)
  const person = (k: number) =>
    (cx.startsAt[k] >= 0 && cx.mentions[cx.startsAt[k]].type === "PER") || cx.T.roles.has(cx.w[k]);
  for (let k = v + 1; k <= c + 1 && k < b; k++) if (person(k)) return -1;
  // « a fait état de trois blessés », « a insisté sur la nécessité de … », « a plaidé en faveur d'un … ».
  // (« plaider » takes its content either way: « a plaidé l'innocence de son client ».)
  const contentPreps = T.prepNounContentVerbs.get(lemma);
  const afterPrep = contentPreps ? prepContentAt(cx, c, b, contentPreps) : -1;
  if (contentPreps && (afterPrep >= 0 || !T.nounContentVerbs.has(lemma))) return afterPrep;
  if (T.nounContentVerbs.has(lemma)) {
    let k = c;
    // « appelle au boycott », « appelle à la grève »: the noun after « à ».
    if (withA) {
      if (cx.w[k] === "à") k++;
      else if (cx.w[k] !== "au" && cx.w[k] !== "aux") return -1;
      else return nominalAt(cx, k + 1, b) ? c : -1;
    }
    if (nounPhraseAt(cx, k, b)) return c;
  }
  return -1;
}

/**
 * The content after one of a verb's prepositions (« de », « sur », « en faveur de »), at token c: the noun phrase
 * after it (after « du / des », the noun), or for « à » the preposition before its infinitive; else -1.
 *
 * @example
 * prepContentAt(cx, c, b, ["pour", "en faveur de"]); // the index of « un » in « a plaidé en faveur d'un accord »
 */
function prepContentAt(cx: QuoteContext, c: number, b: number, preps: readonly string[]): number {
  for (const prep of preps) {
    const words = prep.split(" ");
    const last = words.length - 1;
    if (c + last >= b || words.slice(0, last).some((w, i) => cx.w[c + i] !== w)) continue;
    const k = c + last;
    const w = cx.w[k];
    if (words[last] === "de") {
      if (w === "du" || w === "des") return nominalAt(cx, k + 1, b) ? k + 1 : -1;
      if (w === "de" || w === "d'") return nounPhraseAt(cx, k + 1, b) ? k + 1 : -1;
    } else if (w === words[last]) {
      if (w === "à") return k + 1 < b && infinitiveAt(cx, k + 1) ? k : -1;
      return nounPhraseAt(cx, k + 1, b) ? k + 1 : -1;
    }
  }
  return -1;
}

/** Token k (before b) is a noun or an adjective to the tagger. */
function nominalAt(cx: QuoteContext, k: number, b: number): boolean {
  const pos = cx.doc.tokens.pos?.[k];
  return k < b && (pos === "NOUN" || pos === "ADJ");
}

/**
 * A noun phrase at k: any determiner or a number the tagger reads (« toute responsabilité », « neuf mois »), or
 * « de » before an adjective (« de fausses annonces »).
 */
function nounPhraseAt(cx: QuoteContext, k: number, b: number): boolean {
  const pos = cx.doc.tokens.pos?.[k];
  if (k >= b - 1) return false;
  if (cx.w[k] === "de" && cx.lang === "fr") return cx.doc.tokens.pos?.[k + 1] === "ADJ";
  return (cx.T.determiners.has(cx.w[k]) || pos === "DET" || pos === "NUM") && nominalAt(cx, k + 1, b);
}

/** The subject is a news medium ("Reuters", "the BBC", "local media"). */
function mediumRef(cx: QuoteContext, ref: SpeakerRef): boolean {
  for (let y = ref.a; y < ref.b; y++) {
    const w = cx.w[y];
    if (cx.T.media.has(w)) return true;
    // (A name word of a medium, in a name: "Reuters", "NBC", "the Daily Courier"; not "the agency".)
    if (cx.T.mediaNameWords.has(w) && (cx.cap[y] || ref.kind === "mention")) return true;
  }
  return false;
}

/**
 * A speech verb near the start of a reported clause whose subject opens the clause ("a source, whom they did
 * not name, said …"): its index, else -1.
 */
function reportedCueInside(cx: QuoteContext, from: number, to: number): number {
  for (let y = from + 1; y < to - 1 && y < from + 14; y++) {
    if (cx.inQuote[y] >= 0) return -1;
    const info = cx.T.verbs.get(cx.w[y]);
    // (A verb that reports a clause of its own: "said", "told reporters"; not "the quakes would continue".)
    if (!info || info.opinion || !cx.T.bareClauseVerbs.has(info.lemma) || !isVerbCue(cx, y, from)) continue;
    // ("a port official, speaking anonymously, said": the subject before an aside.)
    const inner = subjectBefore(cx, y, from) ?? (cx.w[y - 1] === "," ? npForward(cx, from, y) : null);
    return inner && inner.kind !== "pronoun" && inner.a <= from + 1 ? y : -1;
  }
  return -1;
}

/**
 * "denied all claims that …", "dismissed reports that …": the "that" after a noun of things said, whose
 * clause is what the verb reports, else c unchanged.
 *
 * @example
 * contentNounClause(cx, c, b); // the index of "that" in "denied the claims that the fire was arson"
 */
function contentNounClause(cx: QuoteContext, c: number, b: number): number {
  let y = c;
  while (y < b && y < c + 2 && cx.T.contentNounLeads.has(cx.w[y])) y++;
  return y + 1 < b && cx.T.contentNouns.has(cx.w[y]) && cx.w[y + 1] === "that" && cx.inQuote[y] < 0
    ? y + 1
    : c;
}

/** 4. Inverted cue closing the sentence: "…, a-t-il ajouté." / "…, Jones said." */
const indirectCueLast: IndirectRule = (cx, a, b, usedCues, overlapsDirect, out) => {
  // 4. Inverted cue closing the sentence: "…, a-t-il ajouté." / "…, Jones said."
  for (let c = b - 2; c > a + 2; c--) {
    if (cx.w[c] !== "," || cx.inQuote[c] >= 0) continue;
    const cue = cueAfter(cx, c, b);
    if (!cue || usedCues.has(cue.cue.a)) continue;
    // (Not a verb inside the quotation that follows: 'Ruiz said, "The State of Varnia deeply regrets …"'.)
    if (cx.inQuote[cue.cue.a] >= 0 || cx.inQuote[cue.ref.a] >= 0) continue;
    // ("…, strapped to his feet, called Skyplank.": a name given, not a speaker.)
    if (cx.lang === "en" && cx.T.verbs.get(cx.w[cue.cue.a])?.lemma === "call") continue;
    // "…, he declined to comment": an infinitive reports nothing; "…, I guess": the writer's own aside.
    if (cx.lang === "en" && cue.cue.a > 0 && cx.w[cue.cue.a - 1] === "to") continue;
    if (cue.ref.kind === "pronoun" && cx.T.firstSecondPersons.has(cx.w[cue.ref.a])) continue;
    // "Sa porte-parole, Léa Marchetti, a justifié ce mouvement": a short noun phrase ending in a
    // person's name is the verb's subject in apposition, not reported content.
    const named = cx.endsAt[c - 1] >= 0 ? cx.mentions[cx.endsAt[c - 1]] : null;
    // (In English only a name in apposition: "The victim's husband, Pieter de Vries, read a statement".)
    if (
      named &&
      named.type === "PER" &&
      named.ts - a <= 6 &&
      (cx.lang === "fr" || cx.w[named.left - 1] === ",")
    )
      continue;
    // "The agency, which paid for the project, congratulated the team": a short subject and its
    // relative clause, not reported content.
    if (cx.lang === "en" && subjectWithRelative(cx, a, c)) continue;
    // Only adjuncts may follow the cue ("à la télévision", "in a statement"), after the hearer of
    // a verb of telling ("Elliott told reporters at Queen's Park").
    let after = cue.end;
    const lemma = cx.T.verbs.get(cx.w[cue.cue.b - 1])?.lemma ?? "";
    if (after < b && cx.T.tellingLemmas.has(lemma)) {
      const hearer = npForward(cx, after, b);
      if (hearer && hearer.kind !== "pronoun" && hearer.b - after <= 4) after = hearer.b;
      else if (cx.T.objectPronouns.has(cx.w[after]) || /^\p{Ll}+s$/u.test(cx.w[after])) after++;
    }
    // "…, the ministry said on Thursday, citing satellite imagery": a participial adjunct after a
    // comma ends what follows the cue.
    let tail = b;
    for (let x = after; x < b - 1; x++)
      // (Or a dash opening the writer's gloss: "…, they said Monday — a gap as large as …".)
      if (
        (cx.w[x] === "," &&
          (participleAdjunct(cx, x + 1, b) || cx.T.cueTailSubordinators.has(cx.w[x + 1]))) ||
        (x <= after + 2 && /^[—–]$/.test(cx.w[x])) ||
        // ("…, Brandt said, but the grapes were fine": a coordinated clause after the cue.)
        (cx.lang === "en" && x === after && cx.w[x] === "," && cx.T.coordinators.has(cx.w[x + 1]))
      ) {
        tail = x;
        break;
      }
    // "…, said Jamie Cameron, a law professor at Osgoode Hall.": the speaker's apposition runs to the end.
    if (
      after < tail &&
      cx.w[after] === "," &&
      cue.ref.kind === "mention" &&
      appositionAhead(cx, after + 1, tail)
    )
      after = tail;
    // (« …, affirme Lucie Marten de l'Institut des vins de Loire. »: the speaker's body after the name.)
    if (
      after < tail &&
      cue.ref.kind === "mention" &&
      /^(?:de|du|des|d'|of)$/.test(cx.w[after]) &&
      (cx.cap[after + 1] || (cx.T.determiners.has(cx.w[after + 1]) && cx.cap[after + 2])) &&
      !verbOfItsOwn(cx, after, tail)
    )
      after = tail;
    if (after < tail && (tail - after > 6 || !cx.T.cueAdjunctStarts.has(cx.w[after]))) continue;
    // (No verb of its own in what follows: "…, the academy could threaten to close its doors, leaving …",
    // "…, which, Ada said, tends to flood each spring …".)
    if (cx.lang === "en" && after < tail && verbOfItsOwn(cx, after, tail)) continue;
    // "Asked how he would thank her, Fraser laughed.": the question put to the speaker is no report.
    if (cx.T.questionFrames.has(cx.w[a]) || (cx.w[a] === "when" && cx.T.questionFrames.has(cx.w[a + 1])))
      break;
    // "Yesterday, Roscosmos, the space agency, announced the death of …": no verb before the cue, so no
    // clause reported, only the cue's own subject and its apposition.
    if (cx.lang === "en" && withoutVerb(cx, a, c)) break;
    const start = cx.ts[a];
    const end = cx.te[c - 1];
    if (overlapsDirect(start, end)) break;
    if (cx.inQuote[a] >= 0) break;
    out.push({
      start,
      end,
      kind: "indirect",
      ref: pluralOpener(cx, cue.ref, a, c) ?? cue.ref,
      cue: cue.cue,
      rule: "cue-last",
      at: a,
    });
    break;
  }
  return false;
};

/**
 * "City auditors found the repair fund short …, they said": a closing "they" is the plural noun phrase that
 * opens the clause as its subject (a bare or definite plural noun right before a verb), else null.
 */
function pluralOpener(cx: QuoteContext, ref: SpeakerRef, a: number, c: number): SpeakerRef | null {
  if (cx.lang !== "en" || ref.kind !== "pronoun" || ref.pron !== "p") return null;
  const pos = cx.doc.tokens.pos;
  if (!pos) return null;
  let y = a;
  if (cx.T.definiteArticles.has(cx.w[y])) y++;
  const first = y;
  while (y < c && y - first < 4 && (pos[y] === "ADJ" || pos[y] === "NOUN" || pos[y] === "PROPN")) y++;
  if (y === first || y >= c || !/s$/.test(cx.w[y - 1]) || pos[y - 1] !== "NOUN") return null;
  if (pos[y] !== "VERB" && pos[y] !== "AUX") return null;
  return descRef(a, y);
}

/** A role apposition opens at k and runs verbless to the limit: "a law professor at Osgoode Hall", "spokesperson for …". */
/**
 * "The agency, which paid for the project," (before the comma at `c`): a noun phrase of at most five
 * words, then a relative clause that runs to `c` with no other comma.
 *
 * @example
 * // "The Canadian Space Agency, which provided $2.5 million, congratulated …" → true
 */
function subjectWithRelative(cx: QuoteContext, a: number, c: number): boolean {
  let x = a;
  while (x < c && x - a <= 6 && cx.w[x] !== ",") x++;
  if (x >= c || x - a > 5 || !cx.T.descriptionRelatives.has(cx.w[x + 1] ?? "")) return false;
  for (let k = x + 2; k < c; k++) if (cx.w[k] === "," || cx.inQuote[k] >= 0) return false;
  return true;
}

/**
 * "In a statement announcing the pick, the union said …": an -ing form inside the prepositional phrase
 * that opens the sentence (up to its comma) describes the document; the main clause has the cue.
 *
 * @example
 * // "In a statement announcing the pick, the union said …" at "announcing" → true
 */
function openingAdjunctParticiple(cx: QuoteContext, a: number, v: number, b: number): boolean {
  if (cx.lang !== "en" || !/ing$/.test(cx.w[v]) || !cx.T.openingAdjunctPreps.has(cx.w[a])) return false;
  for (let k = a + 1; k < v; k++) if (cx.isPunct(k) || isVerbLike(cx, k)) return false;
  for (let k = v + 1; k < b; k++) if (cx.w[k] === ",") return k + 2 < b;
  return false;
}

/**
 * ", filed by the Mi'kmaw Nation in Federal Court," after a document noun ending at `b`: the named
 * agent of the participle, else null.
 *
 * @example
 * // "The lawsuit, filed by the Mi'kmaw Nation, alleges" → the mention "Mi'kmaw Nation"
 */
function agentInApposition(cx: QuoteContext, b: number): Mention | null {
  if (cx.w[b] !== "," || !/ed$/.test(cx.w[b + 1] ?? "")) return null;
  let k = b + 2;
  while (k < cx.n && k < b + 5 && cx.w[k] !== "by" && !cx.isPunct(k)) k++;
  if (cx.w[k] !== "by") return null;
  k++;
  if (cx.T.determiners.has(cx.w[k] ?? "")) k++;
  const mi = k < cx.n ? cx.startsAt[k] : -1;
  if (mi < 0) return null;
  const m = cx.mentions[mi];
  return !m.inQuote && m.type !== "LOC" ? m : null;
}

/** A negation or an infinitive "to" between `from` and the cue verb at `v` ("did not comment", "declined to comment"). */
function deniedCue(cx: QuoteContext, from: number, v: number): boolean {
  if (cx.lang !== "en") return false;
  if (cx.w[v - 1] === "to") return true;
  for (let k = from; k < v; k++) if (cx.T.negators.has(cx.w[k])) return true;
  return false;
}

/**
 * A next sentence that is a statement of its own, not a cue closing the quote before it: an auxiliary
 * before the verb ("The Crown had asked for five years", "X has been ordered to pay"), or a quotation
 * of its own ("X called the plan “a fantasy”").
 */
function ownClauseCue(cx: QuoteContext, refEnd: number, v: number, sb: number): boolean {
  if (cx.lang !== "en") return false;
  for (let k = refEnd; k < v; k++) if (CLOSING_CUE_AUXILIARIES.has(cx.w[k])) return true;
  // (An embedded quotation, not the next one after the cue's full stop.)
  // (Before the comma that opens the cue's adjuncts: "…,” X remarked, alluding to “The Revenant.”")
  for (let k = v + 2; k < sb && cx.w[k - 1] !== ","; k++)
    if (cx.inQuote[k] >= 0 && cx.inQuote[k - 1] < 0 && !END_PUNCT.has(cx.w[k - 1]) && !cx.isQuoteChar(k - 1))
      return true;
  return false;
}

const CLOSING_CUE_AUXILIARIES = new Set([
  "had",
  "has",
  "have",
  "was",
  "were",
  "been",
  "is",
  "are",
  "be",
  "will",
]);

/**
 * "Champagne's office", "the Marsh campaign": a person's name, then a body that speaks for the person;
 * the speaker is that body under the person's full name.
 *
 * @example
 * // "Champagne's office" after "François-Philippe Champagne" → "François-Philippe Champagne's office"
 */
function officeOfPerson(cx: QuoteContext, ref: SpeakerRef): Speaker | null {
  let k = ref.a;
  if (cx.T.definiteArticles.has(cx.w[k])) k++;
  const mi = cx.startsAt[k];
  if (mi < 0) return null;
  const m = cx.mentions[mi];
  if (m.type !== "PER" || !m.person) return null;
  let y = m.te;
  const possessive = cx.w[y] === "'s";
  if (possessive) y++;
  if (y !== ref.b - 1 || !PERSONAL_BODIES.has(cx.w[y])) return null;
  return {
    name: `${m.person.name}${possessive ? cx.text.slice(cx.ts[m.te], cx.te[m.te]) : ""} ${cx.w[y]}`,
    start: cx.ts[ref.a],
    end: cx.te[y],
  };
}

const PERSONAL_BODIES = new Set([
  "office",
  "family",
  "campaign",
  "team",
  "staff",
  "camp",
  "government",
  "administration",
]);

/**
 * "the Crown" / "the prosecution" / "the defence" as a speaker: the person named before whose role
 * words hold that side ("Crown attorney Nick Priestman", "defence lawyer Ada Marsh"), with the role.
 *
 * @example
 * // "Crown attorney Nick Priestman said … The Crown argued …" → "Crown attorney Nick Priestman"
 */
function courtSide(cx: QuoteContext, ref: SpeakerRef): Speaker | null {
  const at = cx.T.definiteArticles.has(cx.w[ref.a]) ? ref.a + 1 : ref.a;
  if (ref.b - at !== 1 || !cx.T.definiteArticles.has(cx.w[at - 1] ?? "")) return null;
  const sideWords = COURT_SIDES[cx.w[at]];
  if (!sideWords) return null;
  let found: Person | null = null;
  for (const m of cx.mentions) {
    if (m.ts >= ref.a) break;
    const p = m.person;
    if (p && !m.inQuote && sideWords.some((w) => p.roleWords.has(w))) found = p;
  }
  if (!found) return null;
  const role = found.role && !/[,(]/.test(found.role) ? `${found.role} ` : "";
  return { name: `${role}${found.name}`, start: cx.ts[ref.a], end: cx.te[ref.b - 1] };
}

const COURT_SIDES: Record<string, readonly string[]> = {
  crown: ["crown", "prosecutor", "prosecutors"],
  prosecution: ["crown", "prosecutor", "prosecutors"],
  defence: ["defence", "defense"],
  defense: ["defence", "defense"],
};

function appositionAhead(cx: QuoteContext, k: number, limit: number): boolean {
  let role = false;
  for (let y = k; y < limit; y++) {
    // ("a professor of civil engineering who studies urban pipes": the role's own relative clause.)
    if (role && y > k + 1 && cx.lang === "en" && cx.T.descriptionRelatives.has(cx.w[y])) return true;
    // ("a professor of engineering": a gerund after "of" is the complement's noun.)
    const complementNoun = cx.T.complementPreps.has(cx.w[y - 1]) && /ing$/.test(cx.w[y]);
    if (cx.isQuoteChar(y) || (isVerbLike(cx, y) && !cx.T.roles.has(cx.w[y]) && !complementNoun)) return false;
    if (y < k + 4 && (cx.T.roles.has(cx.w[y]) || cx.T.roles.has(singularOf(cx.w[y])))) role = true;
  }
  return role;
}

/**
 * A reported clause whose subject is a bare noun phrase ("alleging staff at the hospital ignored …",
 * "warned residents could face …"): a finite verb a few words on, before any punctuation, relative word
 * or infinitive. Needs the tagger.
 */
function bareNounClause(cx: QuoteContext, c: number, b: number): boolean {
  const { pos, feats } = cx.doc.tokens;
  if (!pos || !feats || cx.lang !== "en" || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(pos[c] ?? "")) return false;
  for (let k = c + 1; k < b && k <= c + 8; k++) {
    const w = cx.w[k];
    if (cx.isPunct(k) || cx.isQuoteChar(k) || w === "to" || cx.T.relativePronouns.has(w)) return false;
    if ((pos[k] === "VERB" || pos[k] === "AUX") && (feats[k] ?? "").includes("VerbForm=Fin")) return true;
  }
  return false;
}

/** "X welcomed the plan but said …": the subject of the verb the parser joins v to, else the main clause's. */
function firstConjunctSubject(cx: QuoteContext, v: number, a: number): SpeakerRef | null {
  // A person or a pronoun opening the sentence ("Mr. Schultz generally supported …, and said").
  const a1 = afterDateline(cx, a, v);
  // (A verb after the name, adverbs aside: "Schultz generally supported".)
  const verbAt = (y: number) => {
    while (y < v && cx.doc.tokens.pos?.[y] === "ADV") y++;
    return y < v && isVerbLike(cx, y);
  };
  for (let y = a1; y < a1 + 3 && y < v; y++) {
    const m = cx.endsAt[y] >= 0 ? cx.mentions[cx.endsAt[y]] : null;
    if (m && m.type === "PER" && !m.inQuote && m.ts <= a1 + 1 && verbAt(y + 1))
      return mentionRef(m.ts, m.te, m);
  }
  const pron = cx.T.pronouns.get(cx.w[a1]);
  if (pron !== undefined && !cx.T.objectPronouns.has(cx.w[a1]) && !cx.T.firstSecondPersons.has(cx.w[a1]))
    return pronounRef(a1, a1 + 1, pron);
  const { dep, head } = cx.doc.tokens;
  const h = dep && head && dep[v] === "conj" ? head[v] : -1;
  // "X released a statement, describing … but insisting that": the first conjunct is itself a participle.
  if (h > a && h < v && cx.lang === "en" && /ing$/.test(cx.w[h]) && cx.w[h - 1] === ",")
    return mainSubject(cx, a, h);
  if (h >= a && h < v) {
    const ref = withParse(cx, subjectBefore(cx, h, a), h, a);
    if (ref) return ref;
  }
  return mainSubject(cx, a, v);
}

/** "about 30 roads", "at least 12 homes": a quantity that opens a reported clause ("said about 30 roads were …"). */
function quantityOpener(cx: QuoteContext, c: number): boolean {
  if (c + 1 >= cx.n) return false;
  const next = cx.w[c + 1];
  if (cx.T.quantityPairs.has(`${cx.w[c]} ${next}`)) return true;
  return cx.T.quantityOpeners.has(cx.w[c]) && (/^\d/.test(next) || isNumberWord(cx, next));
}

/**
 * Nothing was reported after speech verb v whose clause opens at c: a denied verb before an indirect
 * question ("did not say how many", "declined to say whether"), or "that" read by the tagger as a
 * determiner of the verb's object ("dismissed that suggestion on his way in").
 */
function deniedOrObject(cx: QuoteContext, v: number, c: number, complementiser: boolean): boolean {
  const before = (k: number) => (k >= 0 && cx.sent[k] === cx.sent[v] ? cx.w[k] : "");
  if (unrealisedCue(cx, v)) return true;
  const denied =
    cx.T.negators.has(before(v - 1)) ||
    cx.T.negators.has(before(v - 2)) ||
    (before(v - 1) === "to" && cx.T.refusalVerbs.has(before(v - 2)));
  if (denied && (cx.T.whClauseOpeners.has(cx.w[c]) || cx.T.refusalVerbs.has(before(v - 2)))) return true;
  const { pos, dep, head } = cx.doc.tokens;
  if (!complementiser || !pos || !dep || !head) return false;
  const h = head[c];
  // ("called that claim …": the tagger may call "that" a conjunction while the parse makes it the object's determiner.)
  return (pos[c] === "DET" || dep[c] === "det") && h > c && head[h] === v && dep[h] === "obj";
}

/**
 * The words from `c` are a speaker, not a reported clause (English): a person's name or a job within a few
 * words, closed by a comma, "who" or the sentence's end, with no verb before it ("Lena Marsh, a
 * historian", "the company's chief executive, Ada Marsh", "an official who was briefed").
 *
 * @example
 * invertedSpeakerAhead(cx, c, b); // true at "Benjamin" in "…,” said Benjamin Rhodes, an adviser."
 */
function invertedSpeakerAhead(cx: QuoteContext, c: number, b: number): boolean {
  if (cx.lang !== "en") return false;
  const closes = (k: number) => k >= b || cx.w[k] === "," || cx.w[k] === "who" || END_PUNCT.has(cx.w[k]);
  const pos = cx.doc.tokens.pos;
  for (let k = c; k < b && k < c + 7; k++) {
    if (pos && (pos[k] === "VERB" || pos[k] === "AUX")) return false;
    if (cx.T.verbs.has(cx.w[k]) || cx.T.auxiliaries.has(cx.w[k])) return false;
    const mi = cx.startsAt[k];
    if (mi >= 0 && cx.mentions[mi].type === "PER" && closes(cx.mentions[mi].te)) return true;
    if (cx.T.roles.has(cx.w[k]) && !cx.cap[k] && closes(k + 1)) return true;
    if (cx.w[k] === ",") return false;
  }
  return false;
}

/** With the tagger: a finite verb or an infinitive ("to close") from `from` to `to` ("a notice posted online" has none). */
function verbOfItsOwn(cx: QuoteContext, from: number, to: number): boolean {
  const { pos, feats } = cx.doc.tokens;
  if (!pos || !feats) return false;
  for (let k = from; k < to; k++) {
    if (feats[k]?.includes("VerbForm=Fin")) return true;
    if (cx.w[k] === "to" && k + 1 < to && pos[k + 1] === "VERB") return true;
  }
  return false;
}

/** With the tagger: no verb nor auxiliary from `from` to `to`. */
function withoutVerb(cx: QuoteContext, from: number, to: number): boolean {
  const pos = cx.doc.tokens.pos;
  if (!pos) return false;
  for (let k = from; k < to; k++) if (pos[k] === "VERB" || pos[k] === "AUX") return false;
  return true;
}

/** Tags of a noun phrase's own words (a reduced relative clause may follow them). */
const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

const SUBJECT_DEPS = new Set(["nsubj", "nsubj:pass", "csubj", "expl"]);

/**
 * What follows a verb without "that" is its object, not a clause (English, with the tagger and parser): no
 * subject, no finite verb and no other verb outside a noun's modifiers from `from` to `to` ("announced his
 * candidacy in June", "announced her decision in a letter posted online", "told a different story"). After "say" only a person's name ("…,” said Lena Marsh, a historian at …")
 * counts, since the tagger reads some verbs of a bare clause as nouns ("say the rule targets renters").
 *
 * @example
 * objectNotClause(cx, from, to, "announce"); // true for "announced her decision in a letter"
 */
function objectNotClause(cx: QuoteContext, from: number, to: number, lemma: string): boolean {
  const { pos, head, feats, dep } = cx.doc.tokens;
  if (!pos || !head || cx.lang !== "en") return false;
  // (An adverbial clause after a comma is the writer's: "added four routes as recently as 2022, when it bet …".)
  for (let x = from + 2; x < to; x++)
    if (cx.w[x - 1] === "," && cx.T.cueTailSubordinators.has(cx.w[x])) {
      to = x - 1;
      break;
    }
  for (let k = from; k < to; k++) {
    // ("estimate the bird numbers by listening at dawn": a manner adjunct ends the object.)
    if (k > from && cx.w[k] === "by" && /ing$/.test(cx.w[k + 1] ?? "")) break;
    // (A subject, or a finite verb wherever the parse attaches it: "a man forced his way in" is a clause;
    // not inside a relative clause of a noun of the phrase: "1.5 million homes, a target it has missed".)
    if (dep && SUBJECT_DEPS.has(dep[k]) && !inNounRelative(cx, k, from, to) && !reducedRelative(cx, k, from))
      return false;
    if (pos[k] !== "VERB" && pos[k] !== "AUX") continue;
    if (inNounRelative(cx, k, from, to) || reducedRelative(cx, k, from)) continue;
    // ("announced its new hours online and repeated them on the radio": a verb coordinated with the cue's
    // own verb ends the object.)
    if (dep?.[k] === "conj" && head[k] < from && k > from && cx.T.coordinators.has(cx.w[k - 1])) break;
    if (feats?.[k]?.includes("VerbForm=Fin")) return false;
    // (A participle or infinitive under a noun of the phrase only modifies it: "a letter posted online".)
    let h = head[k];
    for (let hops = 0; hops < 8 && h >= from && h < to && pos[h] !== "NOUN" && pos[h] !== "PROPN"; hops++)
      h = head[h];
    if (h < from || h >= to) return false;
  }
  if (lemma !== "say") return true;
  const m = cx.startsAt[from] >= 0 ? cx.mentions[cx.startsAt[from]] : null;
  return m !== null && m.type === "PER" && !m.inQuote;
}

/** After a comma, c opens a participle adjunct ("citing satellite imagery", "blaming rising costs"), with the tagger beyond the table. */
function participleAdjunct(cx: QuoteContext, c: number, b: number): boolean {
  if (cx.T.cueTailParticiples.has(cx.w[c])) return true;
  if (cx.lang !== "en" || !/ing$/.test(cx.w[c]) || cx.doc.tokens.pos?.[c] !== "VERB") return false;
  return !gerundSubject(cx, c, b);
}

/**
 * The "-ing" word at c opens a gerund subject with a finite verb of its own before any comma, complementiser or
 * relative ("he said, replacing her would be hard"), not a participle adjunct ("said, blaming rising costs").
 */
function gerundSubject(cx: QuoteContext, c: number, b: number): boolean {
  return !cx.cap[c] && finiteAhead(cx, c, b);
}

/** A finite verb after c before any punctuation, complementiser or relative word (with the tagger). */
function finiteAhead(cx: QuoteContext, c: number, b: number): boolean {
  const feats = cx.doc.tokens.feats;
  if (!feats) return false;
  for (let k = c + 1; k < b; k++) {
    const w = cx.w[k];
    if (
      cx.isPunct(k) ||
      cx.T.complementisers.has(w) ||
      cx.T.relativePronouns.has(w) ||
      cx.T.whClauseOpeners.has(w)
    )
      return false;
    if (feats[k]?.includes("VerbForm=Fin")) return true;
  }
  return false;
}

/**
 * Token k is a personal pronoun right after a noun, or a verb of such a pronoun (auxiliaries and adverbs
 * between): a relative clause without its "that" ("the routes [it is now abandoning]"), by the tags alone.
 */
function reducedRelative(cx: QuoteContext, k: number, from: number): boolean {
  const pos = cx.doc.tokens.pos;
  if (!pos) return false;
  let p = k;
  while (p > from && (pos[p] === "AUX" || pos[p] === "VERB" || pos[p] === "ADV") && p > k - 4) p--;
  // (The noun inside the phrase, not the hearer the phrase opens with: "tells parents she may be …".)
  return (
    p - 1 > from &&
    pos[p] === "PRON" &&
    cx.T.pronouns.has(cx.w[p]) &&
    (cx.doc.tokens.dep?.[p] ?? "").startsWith("nsubj") &&
    pos[p - 1] === "NOUN"
  );
}

/** Token k lies in a relative clause of a noun of [from, to) ("a target [it has missed]"), with the parser. */
function inNounRelative(cx: QuoteContext, k: number, from: number, to: number): boolean {
  const { pos, head, dep } = cx.doc.tokens;
  if (!pos || !head || !dep) return false;
  let x = k;
  for (let hops = 0; hops < 8 && x >= from && x < to; hops++) {
    const h = head[x];
    if (dep[x] === "acl:relcl" && h >= from && h < to && (pos[h] === "NOUN" || pos[h] === "PROPN"))
      return true;
    x = h;
  }
  return false;
}

/**
 * A speech verb that reports nothing said: a future ("will tell the committee that …") or an infinitive
 * after a plan, an expectation or an inability ("plans to announce that …", "was unable to say how …").
 *
 * @example
 * unrealisedCue(cx, v); // true at "announce" in "The firm is expected to announce that it will close."
 */
function unrealisedCue(cx: QuoteContext, v: number): boolean {
  if (cx.T.futureAuxiliaries.size === 0) return false;
  const pos = cx.doc.tokens.pos;
  const s = cx.sent[v];
  // (Adverbs may stand between: "will formally announce", "plans to quickly confirm".)
  const skipAdverbs = (k: number) => {
    while (k >= 0 && cx.sent[k] === s && pos?.[k] === "ADV" && !cx.T.negators.has(cx.w[k])) k--;
    return k >= 0 && cx.sent[k] === s ? k : -1;
  };
  const k = skipAdverbs(v - 1);
  if (k < 0) return false;
  // (Not a name: "In particular, Will wrote, …".)
  if (cx.T.futureAuxiliaries.has(cx.w[k])) return !cx.cap[k];
  if (cx.w[k] !== "to") return false;
  const g = skipAdverbs(k - 1);
  return g >= 0 && cx.T.unrealisedSpeechGovernors.has(cx.w[g]);
}

/**
 * A heading line ("Mayor says cuts are temporary", "Union warns of layoffs"): a paragraph of one short
 * sentence with no closing punctuation, in a text of several paragraphs, or (English) one sentence in title
 * case ("Mayor Says Cuts Are Temporary."); what it says is a summary, not a report of its own.
 *
 * @example
 * headingSentence(cx, s, a0, b0); // true for the line "Mayor says cuts are temporary" between two paragraphs
 */
function headingSentence(cx: QuoteContext, s: number, a0: number, b0: number): boolean {
  const paras = cx.doc.paragraphs;
  if (paras.length < 2 || b0 - a0 > 40) return false;
  const start = cx.ts[a0];
  const end = cx.te[b0 - 1];
  const para = paras.find((p) => p.start <= start && p.end >= end);
  if (!para) return false;
  // (The paragraph holds this sentence alone.)
  if (cx.text.slice(para.start, start).trim() !== "" || cx.text.slice(end, para.end).trim() !== "")
    return false;
  // "Senator Says Budget Will Pass.": a line in title case, whatever its punctuation.
  if (cx.lang === "en" && cx.titleCased(s)) return true;
  if (paras.length < 3 || b0 - a0 > 12) return false;
  // (A comma only closing a quotation: "‘We have no choice,’ mayor says".)
  for (let k = a0; k < b0; k++)
    if (
      (cx.w[k] === "," && cx.inQuote[k] < 0 && !cx.isQuoteChar(k + 1)) ||
      (END_PUNCT.has(cx.w[k]) && cx.inQuote[k] < 0)
    )
      return false;
  return cx.sent[a0] === s && !cx.isQuoteChar(b0 - 1) && /[\p{L}\p{N})]$/u.test(cx.text.slice(start, end));
}

/** Token `k` lies in a heading line (see headingSentence). */
function inHeading(cx: QuoteContext, k: number): boolean {
  const s = cx.sent[k];
  return headingSentence(cx, s, cx.sentStart[s], cx.sentEnd[s]);
}

/**
 * A sentence that asks a question (English): it ends with a question mark and opens with an auxiliary
 * ("Did the minister say …?") or a wh-word and an auxiliary ("Why did the mayor claim …?"); a speech verb
 * in it reports nothing.
 *
 * @example
 * questionSentence(cx, a, b0); // true for "Would the council say that the plan works?"
 */
function questionSentence(cx: QuoteContext, a: number, b0: number): boolean {
  if (cx.T.questionAuxiliaries.size === 0) return false;
  let q = false;
  for (let k = b0 - 1; k > a && (END_PUNCT.has(cx.w[k]) || cx.isQuoteChar(k)); k--)
    if (cx.w[k] === "?" && cx.inQuote[k] < 0) q = true;
  if (!q) return false;
  let k = a;
  while (k < b0 && cx.T.sentenceConnectives.has(cx.w[k])) k++;
  if (cx.inQuote[k] >= 0) return false;
  if (cx.T.questionAuxiliaries.has(cx.w[k])) return true;
  return cx.T.whClauseOpeners.has(cx.w[k]) && cx.T.questionAuxiliaries.has(cx.w[k + 1] ?? "");
}

/**
 * The token after the adjuncts that may stand between a reporting verb and its
 * clause ("a déclaré lundi à la presse que", "said on Tuesday in a statement
 * that", "told reporters that"); -1 when an object noun phrase stands there
 * (then a following que/that is a relative pronoun).
 */
function skipAdjuncts(cx: QuoteContext, from: number, limit: number, lemma: string): number {
  let c = from;
  if (
    lemma === "tell" ||
    lemma === "assure" ||
    lemma === "remind" ||
    lemma === "warn" ||
    lemma === "inform"
  ) {
    // "told a meeting of orchard growers that …": a hearer without a verb, up to "that".
    let thatAt = -1;
    if (cx.lang === "en")
      for (let y = c + 1; y < limit && y <= c + 8; y++) {
        if (cx.isPunct(y) || cx.isQuoteChar(y) || isVerbLike(cx, y)) break;
        if (cx.w[y] === "that") {
          thatAt = y;
          break;
        }
      }
    const obj = thatAt < 0 ? npForward(cx, c, limit) : null;
    if (thatAt >= 0) c = thatAt;
    else if (obj && obj.kind !== "pronoun") {
      // "told council the freeze would …": a bare clause opens at the next article.
      let end = obj.b;
      // ("told CBC News in an email that …": the hearer ends before a preposition.)
      while (end > obj.a + 1 && cx.T.hearerEnds.has(cx.w[end - 1])) end--;
      if (cx.lang === "en")
        for (let y = c + 1; y < end; y++)
          if (
            cx.T.determiners.has(cx.w[y]) &&
            !cx.T.prepositions.has(cx.w[y - 1]) &&
            !cx.T.adjunctPreps.has(cx.w[y - 1])
          ) {
            end = y;
            break;
          }
      c = end;
    } else if (
      c < limit &&
      /^(?:reporters|journalists|me|us|him|her|them|parliament|lawmakers|supporters|listeners|viewers)$/.test(
        cx.w[c],
      )
    )
      c++;
    // ("told it the ship was missing", "told it this was unconfirmed": "it" told, a body or a newspaper.)
    else if (
      cx.lang === "en" &&
      lemma === "tell" &&
      cx.w[c] === "it" &&
      c + 2 < limit &&
      (cx.T.determiners.has(cx.w[c + 1]) || cx.startsAt[c + 1] >= 0 || cx.T.demonstratives.has(cx.w[c + 1]))
    )
      c++;
    // "told the jury the evidence was …": a two-word hearer, then the clause's own article.
    else if (
      cx.lang === "en" &&
      c + 3 < limit &&
      cx.T.definiteArticles.has(cx.w[c]) &&
      /^\p{Ll}+$/u.test(cx.w[c + 1]) &&
      !cx.T.verbs.has(cx.w[c + 1]) &&
      cx.T.determiners.has(cx.w[c + 2])
    )
      c += 2;
    // "told the families he was sorry": a short hearer before the clause's subject pronoun.
    else if (cx.lang === "en" && c < limit && cx.T.determiners.has(cx.w[c]))
      for (let y = c + 1; y < limit && y <= c + 3; y++) {
        if (!/^\p{Ll}+$/u.test(cx.w[y])) break;
        if (cx.T.pronouns.has(cx.w[y]) && !cx.T.objectPronouns.has(cx.w[y]) && y > c + 1) {
          c = y;
          break;
        }
      }
  }
  for (let guard = 0; guard < 4 && c < limit; guard++) {
    const w = cx.w[c];
    // "said this would cost …": a time lead not followed by a time word opens the clause.
    if (
      cx.lang === "en" &&
      cx.T.timeLeads.has(w) &&
      cx.T.clauseStarts.has(w) &&
      !cx.T.timeUnits.has(cx.w[c + 1] ?? "") &&
      !cx.T.timeWords.has(cx.w[c + 1] ?? "") &&
      c + 1 < limit &&
      (isVerbLike(cx, c + 1) || cx.doc.tokens.pos?.[c + 1] === "NOUN")
    )
      break;
    // "said in April the concert …", "said on Tuesday the …": a preposition and a time word before the clause.
    if (
      cx.lang === "en" &&
      c + 2 < limit &&
      (cx.T.timeLeads.has(w) || cx.T.prepositions.has(w)) &&
      cx.T.timeWords.has(cx.w[c + 1]) &&
      cx.endsAt[c + 1] < 0 &&
      cx.T.clauseStarts.has(cx.w[c + 2])
    )
      return c + 2;
    // (« à » is skipped only in « quant à lui »; « a déclaré à la presse que » reads it as a hearer below.)
    const hearerPrep = w === "à" && cx.w[c - 1] !== "quant";
    // (French: any adverb the tagger reads, « a assuré auparavant que », « dit entre autres que ».)
    const frenchAdverb = cx.lang === "fr" && cx.doc.tokens.pos?.[c] === "ADV" && !cx.T.complementisers.has(w);
    if (
      w === "," ||
      cx.particle[c] ||
      (cx.T.skipAfterCue.has(w) && !hearerPrep) ||
      cx.T.cueAdjuncts.has(w) ||
      frenchAdverb
    ) {
      // "reported on a noise complaint from …": the topic, not a time; a clause only after "that".
      if (w === "on" && cx.lang === "en" && c + 1 < limit && cx.T.determiners.has(cx.w[c + 1])) {
        const x = shortPhraseEnd(cx, c + 2, Math.min(limit, c + 8));
        if (x < limit && cx.T.complementisers.has(cx.w[x])) {
          c = x;
          break;
        }
        if (x >= limit || cx.w[x] !== ",") return -1;
      }
      if (
        w === "on" &&
        cx.lang === "en" &&
        c + 1 < limit &&
        !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a)$/.test(cx.w[c + 1])
      ) {
        // "said on Twitter that …", "posted on social media that …": a short phrase up to "that".
        const x = shortPhraseEnd(cx, c + 1, Math.min(limit, c + 5));
        if (x < limit && x > c + 1 && cx.w[x] === "that") {
          c = x;
          continue;
        }
        break;
      }
      c++;
      guard--;
      if (guard < -12) break;
      continue;
    }
    // A prepositional phrase: "à la presse", "dans un communiqué", "in a statement", "to reporters"
    // (not a quantity that opens the clause: "at least 12 homes were …").
    if (quantityOpener(cx, c)) break;
    // "announcing to journalists the tour would go ahead": a plural hearer, then the clause.
    if (w === "to" && cx.T.hearerNouns.has(cx.w[c + 1] ?? "")) {
      c += 2;
      continue;
    }
    // (« a fait savoir par communiqué que », « a indiqué par la voix de son avocat que »: « par » and a means.)
    const means =
      w === "par" &&
      (cx.T.meansAfterPar.has(cx.w[c + 1] ?? "") || cx.T.meansAfterPar.has(`${cx.w[c + 1]} ${cx.w[c + 2]}`));
    if (
      means ||
      /^(?:à|au|aux|dans|devant|lors|sur|en|in|to|at|during|on|via|through|from|before)$/.test(w)
    ) {
      let x = c + 1;
      while (
        x < limit &&
        x < c + 7 &&
        !cx.isPunct(x) &&
        !cx.T.complementisers.has(cx.w[x]) &&
        // ("in an email that …", "in a Facebook post that …": a speech noun after an article or a
        // capitalised modifier is no verb.)
        !(
          cx.T.verbs.has(cx.w[x]) &&
          !cx.T.determiners.has(cx.w[x - 1]) &&
          !(cx.lang === "en" && cx.cap[x - 1]) &&
          // ("in a recent report that …": the tagger's noun after an adjective.)
          !(cx.lang === "en" && cx.doc.tokens.pos?.[x] === "NOUN" && cx.doc.tokens.pos?.[x - 1] === "ADJ") &&
          // (« par communiqué que »: the means is a noun.)
          !(means && x === c + 1)
        )
      )
        x++;
      if (x < limit && (cx.T.complementisers.has(cx.w[x]) || cx.w[x] === ",")) {
        c = x;
        continue;
      }
      if (cx.lang === "en" && x < limit && cx.T.clauseStarts.has(cx.w[x])) return x;
      return -1;
    }
    break;
  }
  return c;
}

/** The first punctuation, complementiser or verb-like token from `from` before `end`, else `end`. */
function shortPhraseEnd(cx: QuoteContext, from: number, end: number): number {
  let x = from;
  while (x < end && !cx.isPunct(x) && !cx.T.complementisers.has(cx.w[x]) && !isVerbLike(cx, x)) x++;
  return x;
}

/** An apposition opens at i: a role noun, possibly after an article ("chercheur à …", "a researcher at …"). */
function startsApposition(cx: QuoteContext, i: number): boolean {
  let x = i;
  // "…, du Centre d'études …," / "…, of the Vauban Institute,": an affiliation.
  if (/^(?:de|du|des|d'|of|from|at)$/.test(cx.w[x])) {
    let y = x + 1;
    while (y < cx.n && (cx.T.determiners.has(cx.w[y]) || cx.w[y] === "l'" || cx.w[y] === "la")) y++;
    return y < cx.n && (cx.cap[y] === 1 || cx.T.orgNouns.has(cx.w[y]));
  }
  if (cx.T.determiners.has(cx.w[x])) x++;
  for (let y = x; y < x + 3 && y < cx.n; y++) {
    if (cx.T.roles.has(cx.w[y])) return true;
    if (cx.isPunct(y) || cx.cap[y]) return false;
  }
  return false;
}

/** "le graphiste", "the researcher": a description headed by a role or person noun. */
function hasPersonNoun(cx: QuoteContext, ref: SpeakerRef): boolean {
  for (let x = ref.a; x < ref.b && x < ref.a + 4; x++) if (cx.T.roles.has(cx.w[x])) return true;
  return false;
}

function hasSpeakerNoun(cx: QuoteContext, ref: SpeakerRef): boolean {
  for (let x = ref.a; x < ref.b; x++)
    if (cx.T.roles.has(cx.w[x]) || cx.T.media.has(cx.w[x]) || cx.T.orgNouns.has(cx.w[x])) return true;
  return false;
}

/**
 * The comma that closes a fronted clause before the main clause's subject and verb ("…, Ortiz said",
 * "…, the mayor added"), between a and b; -1 when there is none.
 */
function mainClauseAfter(cx: QuoteContext, a: number, b: number): number {
  for (let x = a; x < b - 2; x++) {
    if (cx.w[x] !== "," || cx.inQuote[x] >= 0) continue;
    let y = x + 1;
    const mi = cx.startsAt[y] >= 0 ? cx.startsAt[y] : cx.isTitleWord(y) ? cx.startsAt[y + 1] : -1;
    if (mi >= 0) y = cx.mentions[mi].te;
    else if (cx.T.pronouns.has(cx.w[y]) && !cx.T.objectPronouns.has(cx.w[y])) y++;
    else continue;
    while (y < b && (cx.T.verbAuxiliaries.has(cx.w[y]) || cx.doc.tokens.pos?.[y] === "ADV")) y++;
    if (y >= b || !cx.T.verbs.has(cx.w[y]) || cx.T.verbs.get(cx.w[y])?.opinion) continue;
    // Only a main clause that reports a clause of its own: "…, Ortiz said (only) that …", "…, he said he …".
    let c = y + 1;
    while (c < b && cx.doc.tokens.pos?.[c] === "ADV") c++;
    const w = cx.w[c] ?? "";
    if (
      cx.T.complementisers.has(w) ||
      (cx.T.pronouns.has(w) && !cx.T.objectPronouns.has(w) && !cx.T.possessives.has(w))
    )
      return x;
  }
  return -1;
}

/**
 * The comma before a second report inside a reported clause — a connective or none, a subject (a name, a
 * pronoun or a short noun phrase with its article), a speech verb and its own clause ("…, however, a harbour
 * board survey later concluded that …", "…, but the mayor said the plan was sound") — or -1.
 *
 * @example
 * laterReport(cx, from, to); // the comma after "was arson" in "denied the fire was arson, but police said …"
 */
function laterReport(cx: QuoteContext, a: number, b: number): number {
  const pos = cx.doc.tokens.pos;
  for (let x = a; x < b - 3; x++) {
    let next = x + 1;
    // ("… “was a fine man,” while Governor Pike praised …": the comma inside the closing mark.)
    if (cx.inQuote[x] >= 0) {
      if (cx.w[x] !== "," || !cx.isQuoteChar(x + 1) || !cx.T.sentenceConnectives.has(cx.w[x + 2] ?? ""))
        continue;
      next = x + 2;
    }
    // "…, despite Rivo.com claiming a night guard heard …": a name's own report after a preposition.
    if (cx.T.adjunctPreps.has(cx.w[x]) && cx.startsAt[x + 1] >= 0) {
      const y = cx.mentions[cx.startsAt[x + 1]].te;
      const info = cx.T.verbs.get(cx.w[y] ?? "");
      if (
        y < b - 2 &&
        /ing$/.test(cx.w[y]) &&
        info &&
        !info.opinion &&
        cx.T.bareClauseVerbs.has(info.lemma) &&
        (cx.T.complementisers.has(cx.w[y + 1]) ||
          (cx.T.determiners.has(cx.w[y + 1]) && !cx.T.demonstratives.has(cx.w[y + 1])) ||
          cx.startsAt[y + 1] >= 0)
      )
        return x;
    }
    // (Or a semicolon: "…, and was limping badly; the broadcaster reported she …".)
    if (cx.w[x] !== "," && cx.w[x] !== ";") continue;
    let y = next;
    while (y < b && (cx.T.sentenceConnectives.has(cx.w[y]) || cx.w[y] === ",")) y++;
    const s = y;
    let mi = cx.startsAt[y];
    // ("while Republican Governor Pike praised …": the name after its title words.)
    for (let z = y + 1; mi < 0 && cx.cap[y] && z < y + 4 && z < b && cx.cap[z]; z++)
      if (cx.startsAt[z] >= 0) mi = cx.startsAt[z];
    if (mi >= 0 && !cx.mentions[mi].inQuote) {
      y = cx.mentions[mi].te;
      // ("while Republican Governor Pike praised": a modifier's name, a title, then the person's name.)
      if (cx.mentions[mi].type !== "PER")
        for (let z = y; z < y + 3 && z < b && cx.cap[z] && !cx.isPunct(z); z++)
          if (cx.startsAt[z] >= 0 && cx.mentions[cx.startsAt[z]].type === "PER") {
            y = cx.mentions[cx.startsAt[z]].te;
            break;
          }
    } else if (
      cx.T.pronouns.has(cx.w[y]) &&
      !cx.T.objectPronouns.has(cx.w[y]) &&
      !cx.T.possessives.has(cx.w[y])
    )
      y++;
    else if (
      (cx.T.determiners.has(cx.w[y]) && !cx.T.demonstratives.has(cx.w[y])) ||
      (pos?.[y] === "NOUN" && !cx.T.verbs.has(cx.w[y]))
    ) {
      // (The tag decides: "a council report concluded" has a noun that is also a speech verb.)
      y++;
      while (
        y < b &&
        y - s <= 5 &&
        !(pos ? pos[y] === "VERB" || pos[y] === "AUX" : isVerbLike(cx, y)) &&
        !cx.isPunct(y) &&
        !cx.T.prepositions.has(cx.w[y])
      )
        y++;
    } else continue;
    if (y === s) continue;
    while (y < b && (cx.T.verbAuxiliaries.has(cx.w[y]) || cx.doc.tokens.pos?.[y] === "ADV")) y++;
    const info = y < b ? cx.T.verbs.get(cx.w[y]) : undefined;
    if (!info || info.opinion || !isVerbCue(cx, y, s)) continue;
    let c = y + 1;
    while (c < b && cx.doc.tokens.pos?.[c] === "ADV") c++;
    const w = cx.w[c] ?? "";
    // ("…, while Pike praised his “courage” on Twitter": a quoted fragment of the second speaker's.)
    if (c + 1 < b && cx.T.possessives.has(w) && cx.isQuoteChar(c + 1)) return x;
    if (!cx.T.bareClauseVerbs.has(info.lemma)) continue;
    if (
      c < b - 1 &&
      (cx.T.complementisers.has(w) ||
        (cx.T.pronouns.has(w) && !cx.T.objectPronouns.has(w) && !cx.T.possessives.has(w)) ||
        (cx.T.determiners.has(w) && !cx.T.demonstratives.has(w)) ||
        bareNounClause(cx, c, b))
    )
      return x;
  }
  return -1;
}

/**
 * "…, where X was greeted with cheers upon announcing …": the parsed subject (active or passive) of the
 * verb the participle hangs on, else null.
 */
function governorSubject(cx: QuoteContext, a: number, v: number): SpeakerRef | null {
  const { head, dep } = cx.doc.tokens;
  if (!head || !dep) return null;
  const h = head[v];
  if (h < a || h >= v) return null;
  for (let r = h - 1; r >= a; r--) {
    if (head[r] !== h || !dep[r]?.startsWith("nsubj")) continue;
    const p = parsedSubject(cx, r, h);
    return p ? toRef(cx, p) : null;
  }
  return null;
}

/**
 * An English "-ing" cue with no comma before it that hangs on a verb ("released a statement Wednesday saying
 * …"): it speaks for that verb's subject, not for the noun before it; not "with X saying", nor "is saying".
 */
function bareParticipleAt(cx: QuoteContext, v: number, a: number): boolean {
  return (
    cx.lang === "en" &&
    v > a &&
    cx.w[v - 1] !== "," &&
    /ing$/.test(cx.w[v]) &&
    cx.doc.tokens.pos?.[v] === "VERB" &&
    !cx.T.verbAuxiliaries.has(cx.w[v - 1]) &&
    !cx.w.slice(Math.max(a, v - 6), v).includes("with")
  );
}

/** The subject opening a sentence, for participial cues ("X left, saying …"). */
function mainSubject(cx: QuoteContext, a0: number, v: number): SpeakerRef | null {
  let a = afterDateline(cx, a0, v);
  // "“It's a disgrace,” Olsen said, adding that …": the quotation opening the sentence is no subject.
  if (cx.lang === "en") {
    let q = a;
    while (q < v && cx.isQuoteChar(q) && cx.inQuote[q] < 0) q++;
    if (q < v && cx.inQuote[q] >= 0) {
      const span = cx.inQuote[q];
      while (q < v && (cx.inQuote[q] === span || cx.isQuoteChar(q) || cx.w[q] === ",")) q++;
      if (q < v) a = q;
    }
  }
  // With a parse: the subject of the sentence's main verb ("With leaders worried, President Obama is rolling out …:").
  const head = cx.doc.tokens.head;
  if (head) {
    for (let r = a; r < v; r++) {
      if (head[r] !== -1) continue;
      const s = subjectToken(cx, r);
      if (s >= a && s < r) {
        const p = parsedSubject(cx, s, r);
        if (p && p.kind !== "desc") return toRef(cx, p);
      }
      break;
    }
  }
  let k = a;
  while (k < v && (cx.isQuoteChar(k) || cx.T.leadingConnectors.has(cx.w[k]))) k++;
  // "Shortly after the vote, …": an adverb before the opening adjunct's preposition.
  if (cx.lang === "en" && k + 1 < v && /ly$/.test(cx.w[k]) && cx.T.prepositions.has(cx.w[k + 1])) k++;
  // "In a statement released Thursday, Rep. X reacted …, saying:": an opening adjunct up to its comma.
  // "Facing criticism from both parties, Mr. X released …, insisting that": an opening participle clause too.
  const openingParticiple = cx.lang === "en" && /ing$/.test(cx.w[k]) && cx.doc.tokens.pos?.[k] === "VERB";
  if (cx.T.prepositions.has(cx.w[k]) || cx.T.subjectAdjunctOpeners.has(cx.w[k]) || openingParticiple) {
    let c = k + 1;
    while (c < v && c - k < 12 && cx.w[c] !== "," && !cx.isQuoteChar(c)) c++;
    if (c < v && cx.w[c] === ",") {
      k = c + 1;
      // "At a rally in Dover, Del., on Friday, Senator X endorsed …": the adjunct goes on over a
      // region after its place and a time, each closed by a comma.
      for (let more = 0; more < 3; more++) {
        const d = adjunctTailEnd(cx, k, v);
        if (d < 0) break;
        k = d + 1;
      }
    }
  }
  const ref = npForward(cx, k, v);
  return ref;
}

/**
 * The comma closing one more piece of an opening adjunct that starts at k — a region after a place
 * ("N.H.,", "Ontario,"), a time ("on Tuesday,", "last week,") — or -1 when the clause itself starts at k.
 *
 * @example
 * adjunctTailEnd(cx, k, v); // the comma after "on Friday" in "At a rally in Dover, Del., on Friday, Senator …"
 */
function adjunctTailEnd(cx: QuoteContext, k: number, v: number): number {
  let d = k;
  while (d < v && d - k < 5 && cx.w[d] !== "," && !cx.isQuoteChar(d) && !END_PUNCT.has(cx.w[d])) d++;
  if (d >= v || d === k || cx.w[d] !== ",") return -1;
  const first = cx.w[k];
  if (cx.T.prepositions.has(first) || cx.T.timeWords.has(first)) return d;
  // (A place alone: a LOC name, or an abbreviated state or province such as "N.H." or "Ont.")
  const m = cx.startsAt[k] >= 0 ? cx.mentions[cx.startsAt[k]] : null;
  if (m && m.type === "LOC" && m.te === d) return d;
  if (d === k + 1 && /^\p{Lu}[\p{L}.]*\.$/u.test(cx.text.slice(cx.ts[k], cx.te[k]))) return d;
  return -1;
}

/**
 * The first token after a dateline opening the sentence ("OTTAWA — ", "Harbourton (Wire) – ",
 * "KINGSTON, Ont. — "); `a` when there is none.
 *
 * @example
 * afterDateline(cx, 0, 12); // 2 for "OTTAWA — Premier Ada Marsh said …"
 */
function afterDateline(cx: QuoteContext, a: number, v: number): number {
  let k = a;
  while (k < v && k < a + 4 && (cx.cap[k] || cx.w[k] === "," || cx.w[k] === ".")) k++;
  if (k === a || !cx.cap[a]) return a;
  if (k < v && cx.w[k] === "(") {
    let c = k + 1;
    while (c < v && c < k + 5 && cx.w[c] !== ")") c++;
    if (c >= v || cx.w[c] !== ")") return a;
    k = c + 1;
  }
  return k < v - 1 && /^[—–―-]$/.test(cx.w[k]) ? k + 1 : a;
}

/**
 * "The council issued a statement Monday saying …", "le syndicat a publié un communiqué affirmant
 * que …": a participle after a document speaks for whoever put the document out, the clause's subject.
 */
function documentAuthor(
  cx: QuoteContext,
  ref: SpeakerRef | null,
  v: number,
  floor: number,
): SpeakerRef | null {
  if (!ref || ref.kind === "pronoun") return ref;
  // (A participle, or a relative's verb: "in a brief statement that spoke of …".)
  const relative = v - 1 > floor && cx.T.relativePronouns.has(cx.w[v - 1]);
  if (!relative && !(cx.lang === "en" ? /ing$/ : /ant$/).test(cx.w[v])) return ref;
  let doc = -1;
  for (let y = ref.a; y < ref.b; y++) if (cx.T.documentNouns.has(cx.w[y])) doc = y;
  if (doc < 0) return ref;
  // The document's own phrase starts at its article ("a statement", "un communiqué").
  let docStart = doc;
  while (
    docStart > ref.a &&
    docStart > doc - 3 &&
    /^\p{Ll}/u.test(cx.w[docStart - 1]) &&
    !isVerbLike(cx, docStart - 1)
  )
    docStart--;
  if (docStart <= floor || (cx.T.prepositions.has(cx.w[docStart - 1]) && !relative)) return ref;
  const author = mainSubject(cx, floor, docStart);
  if (!author || author.b > docStart) return ref;
  if (author.kind !== "desc") return author;
  // A description read on into the verb ("the town council released"): it ends before the verb.
  let b = author.a + 1;
  while (b < author.b && !isVerbLike(cx, b)) b++;
  return { ...author, b };
}

/** "quoted X as saying", "cited a senior official as saying": the object before "as" speaks. */
function asSayingObject(cx: QuoteContext, v: number, floor: number): SpeakerRef | null {
  if (v - 3 < floor || cx.w[v - 1] !== "as" || !/ing$/.test(cx.w[v])) return null;
  let k = v - 2;
  // ("quoted Tim Okoro, formerly a director at the agency, as saying": the name before its apposition.)
  if (cx.lang === "en" && cx.w[k] === ",") {
    let c = k - 1;
    const pos = cx.doc.tokens.pos;
    while (c > floor && k - c < 12 && cx.w[c] !== "," && pos?.[c] !== "VERB" && pos?.[c] !== "AUX") c--;
    if (c > floor && cx.w[c] === "," && cx.endsAt[c - 1] >= 0 && cx.mentions[cx.endsAt[c - 1]].type !== "LOC")
      k = c - 1;
  }
  let ref: SpeakerRef | null = null;
  if (cx.endsAt[k] >= 0) {
    const m = cx.mentions[cx.endsAt[k]];
    if (!m.inQuote) ref = mentionRef(m.left, m.te, m);
  } else ref = descBackward(cx, k, floor);
  if (!ref || ref.a - 1 < floor || !isVerbLike(cx, ref.a - 1)) return null;
  return ref;
}

function isVerbLike(cx: QuoteContext, i: number): boolean {
  // "the Montreal-based plane maker", "a family-run shop": a compound adjective, whatever the tagger says.
  const dash = cx.w[i].lastIndexOf("-");
  if (dash > 0 && cx.T.compoundAdjectiveEnds.has(cx.w[i].slice(dash + 1))) return false;
  const pos = cx.doc.tokens.pos?.[i];
  return pos === "VERB" || pos === "AUX" || cx.T.verbs.has(cx.w[i]) || cx.T.verbAuxiliaries.has(cx.w[i]);
}

/** "a déclaré X que …" / "a indiqué lundi le ministère que …". */
function invertedSubject(cx: QuoteContext, v: number, limit: number): SpeakerRef | null {
  if (limit < 0) return null;
  // "told the Orvane Gazette he …": after a verb of telling comes the one told, never the speaker.
  if (HEARER_VERBS.has(cx.w[v])) return null;
  let k = v + 1;
  while (k < limit && cx.T.skipAfterCue.has(cx.w[k]) && cx.startsAt[k] < 0) k++;
  const ref = npForward(cx, k, limit);
  return ref && ref.kind !== "pronoun" ? ref : null;
}

/**
 * Where each quote's speaker is named next to its cue (the pronoun "she", the
 * surname, the description), when that differs from the resolved name; for
 * evaluations that score the source expression itself (PolNeAR).
 */
/** Speakers so far, in text order: where each quote starts and, for reported clauses, the content's character range. */
type SpeakerHistory = {
  speaker: Speaker;
  at: number;
  kind: "person" | "org";
  gender: string;
  /** Content range of an indirect or partial quote: names inside it are what was said, not who spoke. */
  reported?: [number, number];
}[];

const localSpeaker = new WeakMap<Quote, { start: number; end: number }>();

/**
 * The speaker expression next to a quote's cue, before resolution.
 *
 * @example
 * localSpeakerSpan(doc.quotes[0]); // { start: 120, end: 123 } — "she"
 */
export function localSpeakerSpan(q: Quote): { start: number; end: number } | undefined {
  return localSpeaker.get(q);
}

/** A person named after a dash that closes the quote's line ("“…” ― Ana Velmar"), as under a reader's comment. */
function bylineSigner(cx: QuoteContext, end: number): Speaker | undefined {
  const line = /^[^\S\n]*[―—–][^\S\n]*((?:\p{Lu}[\p{L}'’-]*\.?[^\S\n]*){1,5})[^\S\n]*(?:\n|$)/u.exec(
    cx.text.slice(end, end + 80),
  );
  if (!line) return undefined;
  const start = end + line[0].indexOf(line[1]);
  const name = line[1].trim();
  // (The tagger may cut "Ana N Luis Velmar" in parts: the whole line is the name when a person is in it.)
  if (
    !cx.mentions.some(
      (m) => m.start >= start && m.end <= start + name.length && m.type === "PER" && !m.inQuote,
    )
  )
    return undefined;
  return { name, start, end: start + name.length };
}

/** Resolves pronouns, surnames and descriptions in text order; the quote layer. */
function resolve(cx: QuoteContext, drafts: Draft[]): Quote[] {
  const out: Quote[] = [];
  const spoke = new Set<Mention>();
  const lastRef: { current: { speaker: Speaker; at: number } | null } = { current: null };
  const history: SpeakerHistory = [];
  for (const d of drafts) {
    let speaker: Speaker | null = null;
    if (d.kind !== "scare") {
      const subject = d.ref || !d.continues ? null : previousSentenceSubject(cx, d.at, history);
      // « Il a demandé la parole. « … » »: the previous sentence's subject is a pronoun.
      const pronoun = d.ref || !d.continues || subject ? null : previousSentencePronoun(cx, d.at);
      const signer = d.ref || !d.continues ? undefined : bylineSigner(cx, d.end);
      if (d.ref)
        speaker = speakerOf(
          cx,
          d.ref,
          spoke,
          history,
          // (Only a direct quote's words: an indirect one names people as the writer does.)
          d.kind === "direct" ? namedInside(cx, d.start, d.end) : undefined,
        );
      else if (signer)
        // "“…” ― Ana Velmar" closing its line: the signed name, not the previous quote's speaker.
        speaker = signer;
      else if (subject && (!lastRef.current || lastRef.current.at < subject.ts)) {
        // "Duvall kept her remarks short … . « If the plant closes … »": the person the last sentence was about.
        spoke.add(subject);
        speaker = fromMention(cx, subject);
      } else if (pronoun && (!lastRef.current || lastRef.current.at < pronoun.a)) {
        speaker = speakerOf(cx, pronoun, spoke, history);
      } else if (d.continues && lastRef.current) {
        const last = lastRef.current;
        const pa = cx.sentPara[Math.max(0, cx.sent[d.at])];
        const pl = cx.sentPara[Math.max(0, cx.sent[last.at])];
        if (pa - pl <= 4) speaker = { ...last.speaker };
      }
    }
    const q: Quote = {
      start: d.start,
      end: d.end,
      text: cx.text.slice(d.start, d.end),
      kind: d.kind,
      speaker,
      rule: d.rule,
    };
    if (d.cue && d.cue.b > d.cue.a) {
      const cs = cx.ts[d.cue.a];
      const ce = cx.te[d.cue.b - 1];
      q.cue = { start: cs, end: ce, text: cx.text.slice(cs, ce) };
    }
    out.push(q);
    if (d.ref && speaker)
      localSpeaker.set(q, { start: cx.ts[d.ref.a], end: cx.te[Math.max(d.ref.a, d.ref.b - 1)] });
    // "“A,” she said. “B.”": the second quote goes on under the first one's cue and speaker words.
    // (A title inside the cue sentence, "he said on “Morning Show.”", is no quote in between.)
    let before: Quote | null = null;
    for (let k = out.length - 2; k >= 0 && !before; k--) if (out[k].kind !== "scare") before = out[k];
    const cueAfterIt = before?.cue !== undefined && before.cue.start >= before.end;
    if (
      !d.ref &&
      d.continues &&
      speaker &&
      before?.cue &&
      (before.kind === "direct" || (before.kind === "partial" && cueAfterIt)) &&
      before.speaker
    ) {
      const local = localSpeaker.get(before);
      const sb = cx.sent[cx.tokenAt(before.cue.start)];
      const sq = cx.sent[d.at];
      if (
        local &&
        before.speaker.name === speaker.name &&
        (sq === sb || sq === sb + 1) &&
        cx.sentPara[Math.max(0, sq)] === cx.sentPara[Math.max(0, sb)]
      ) {
        localSpeaker.set(q, local);
        q.cue = { ...before.cue };
      }
    }
    // "“…,” X told the Journal, after Y stated that …": a reported clause hanging on a direct quote's cue
    // sentence does not take over the next cueless quote.
    const prev = out.length >= 2 ? out[out.length - 2] : null;
    const hanging =
      d.kind === "indirect" &&
      prev !== null &&
      prev.kind === "direct" &&
      prev.cue !== undefined &&
      cx.sent[cx.tokenAt(prev.cue.start)] === cx.sent[d.at];
    if (speaker && !hanging) {
      lastRef.current = { speaker, at: d.at };
      const isPerson = speaker.entity?.startsWith("person:") ?? false;
      const p = cx.persons.find((x) => x.name === speaker?.name);
      history.push({
        speaker,
        at: d.at,
        kind: isPerson ? "person" : "org",
        gender: p?.gender ?? "",
        reported: d.kind === "indirect" || d.kind === "partial" ? [d.start, d.end] : undefined,
      });
    }
  }
  // A cueless quote before anyone has spoken ("“…” \n\n So says X, …"): the one who speaks next
  // with a cue of their own, within two paragraphs.
  for (let k = 0; k < out.length; k++) {
    const q = out[k];
    if (q.speaker || q.kind === "scare" || !drafts[k].continues) continue;
    if (out.slice(0, k).some((x) => x.speaker)) break;
    const pq = cx.sentPara[Math.max(0, cx.sent[drafts[k].at])];
    for (let j = k + 1; j < out.length; j++) {
      const next = out[j];
      if (next.kind === "scare") continue;
      const pn = cx.sentPara[Math.max(0, cx.sent[drafts[j].at])];
      if (pn - pq > 2) break;
      if (next.speaker && drafts[j].ref) {
        q.speaker = { ...next.speaker };
        break;
      }
    }
  }
  return out;
}

/** The speaker a reference stands for. */
function speakerOf(
  cx: QuoteContext,
  ref: SpeakerRef,
  spoke: Set<Mention>,
  history: SpeakerHistory,
  namedInQuote: Set<Person> = new Set(),
): Speaker | null {
  // "White House Press Secretary Ada Marsh", "Former Secretary of State Ada Marsh": the person the title leads to.
  const titled = ref.kind !== "pronoun" ? personAfterTitle(cx, ref) : null;
  if (titled) return speakerOf(cx, mentionRef(titled.ts, titled.te, titled), spoke, history);
  // "The council's complaint argued …": a possessed document speaks for its owner, not for a medium named before.
  if (ref.kind === "desc" && ref.b - ref.a >= 3 && cx.T.documentNouns.has(cx.w[ref.b - 1]))
    for (let y = ref.a + 1; y < ref.b - 1 && y < ref.a + 6; y++)
      // (Words are lower-cased with one apostrophe: "’s" reads "'s".)
      if (cx.w[y] === "'s" || (cx.w[y] === "'" && /s$/.test(cx.w[y - 1]))) {
        // (The owner's name when tagged, "the Ministry's letter": the body it names.)
        const m = cx.endsAt[y - 1] >= 0 ? cx.mentions[cx.endsAt[y - 1]] : null;
        const owner = m && m.ts >= ref.a ? mentionRef(m.ts, m.te, m) : descRef(ref.a, y);
        return speakerOf(cx, owner, spoke, history);
      }
  if (ref.kind === "mention" && ref.mention) {
    // "The Crown argued" with "Crown" tagged as a name: the Crown's lawyer named before.
    const side = cx.lang === "en" && ref.mention.type !== "PER" ? courtSide(cx, ref) : null;
    if (side) return side;
    // "the GM", "the CEO" tagged as organisations: an abbreviated job, read as the description it is.
    // (« l'ONG » too: an abbreviated organisation noun.)
    const m0 = ref.mention;
    if (
      m0.type !== "PER" &&
      m0.te - m0.ts === 1 &&
      m0.ts > 0 &&
      cx.T.definiteArticles.has(cx.w[m0.ts - 1]) &&
      (cx.T.rolePeriphrases.has(cx.w[m0.ts]) || cx.T.orgNouns.has(cx.w[m0.ts]))
    )
      return speakerOf(cx, descRef(m0.ts - 1, m0.te), spoke, history);
    // "The Vancouver MP said" with "MP" tagged alone: the job after the article and a capitalised modifier or two.
    if (cx.lang === "en" && m0.type !== "PER" && m0.te - m0.ts === 1 && cx.T.roles.has(cx.w[m0.ts])) {
      let d = m0.ts - 1;
      while (d >= 0 && m0.ts - d <= 2 && cx.cap[d] && !cx.isPunct(d) && !cx.T.definiteArticles.has(cx.w[d]))
        d--;
      if (d >= 0 && d < m0.ts - 1 && cx.sent[d] === cx.sent[m0.ts] && cx.T.definiteArticles.has(cx.w[d]))
        return speakerOf(cx, descRef(d, m0.te), spoke, history);
    }
    // « a déclaré la Niçoise »: a demonym used as a noun is a person named before.
    const native = cx.lang === "fr" ? demonymPerson(cx, ref.mention, spoke, history) : null;
    if (native) {
      spoke.add(native);
      return fromMention(cx, native);
    }
    // "A Liberal MP from British Columbia has left …" with "Liberal MP" tagged as an organisation.
    const introduced = ref.mention.type !== "PER" ? namedAfterLede(cx, ref, cx.w.slice(ref.a, ref.b)) : null;
    if (introduced) {
      spoke.add(introduced);
      return fromMention(cx, introduced);
    }
    spoke.add(ref.mention);
    // "Lena Marsh and her neighbour Hugo Brandt said": both speak.
    const first = pairedBefore(cx, ref.mention);
    if (first) {
      spoke.add(first);
      return {
        name: `${cx.nameOf(first)} and ${cx.nameOf(ref.mention)}`,
        start: first.start,
        end: ref.mention.end,
      };
    }
    return fromMention(cx, ref.mention);
  }
  if (ref.kind === "pronoun") {
    const kind = ref.pron ?? "x";
    if (kind === "p" || kind === "pf") {
      const pair = pairAntecedent(cx, ref.a);
      if (pair) return pair;
      const group = pluralAntecedent(cx, ref.a);
      if (group) return speakerOf(cx, group, spoke, history);
    }
    // "The federation released a statement. It read, “…”": "it" is the document, sent by whoever released it.
    if (kind === "x" && cx.lang === "en") {
      const s0 = cx.sent[ref.a];
      for (let j = ref.a - 1; j >= 0 && s0 - cx.sent[j] <= 1; j--) {
        if (cx.inQuote[j] >= 0 || !cx.T.documentNouns.has(cx.w[j])) continue;
        const sender = documentSender(cx, ref.a, cx.w[j], history);
        if (sender) return sender;
        break;
      }
    }
    const ahead = kind === "m" || kind === "f" ? cataphor(cx, ref.a, kind) : null;
    if (ahead) {
      spoke.add(ahead);
      return fromMention(cx, ahead);
    }
    const m = antecedent(cx, ref.a, kind, spoke, history, namedInQuote);
    const described = kind === "m" || kind === "f" ? describedSubjectBefore(cx, ref.a, kind, history) : null;
    if (described && (!m || ("mention" in m ? cx.nameOf(m.mention) : m.speaker.name) !== described.name))
      return described;
    if (m) {
      // "she" resolved to a person of unknown gender teaches that person's gender for the rest of the article.
      const person = "mention" in m ? m.mention.person : cx.persons.find((x) => x.name === m.speaker.name);
      if (person && !person.gender && (kind === "m" || kind === "f")) {
        person.gender = kind;
        for (const e of history) if (e.speaker.name === person.name) e.gender = kind;
      }
      if ("mention" in m) {
        spoke.add(m.mention);
        return fromMention(cx, m.mention);
      }
      return { ...m.speaker };
    }
    return null;
  }
  // "RIAA's notice claimed", "the mayor's statement said": the document speaks for its owner.
  // "The Crown argued", "the defence said": the side's lawyer named before, under the role ("Crown attorney
  // Nick Priestman"), which names both the side and the person.
  const side = cx.lang === "en" ? courtSide(cx, ref) : null;
  if (side) return side;
  // "Champagne's office said": the office of the person named in full ("François-Philippe Champagne's office").
  const office = cx.lang === "en" ? officeOfPerson(cx, ref) : null;
  if (office) return office;
  // "his office said": the office of the man the pronoun stands for.
  if (
    cx.lang === "en" &&
    ref.b - ref.a === 2 &&
    (cx.w[ref.a] === "his" || cx.w[ref.a] === "her") &&
    PERSONAL_BODIES.has(cx.w[ref.a + 1])
  ) {
    const owner = speakerOf(
      cx,
      pronounRef(ref.a, ref.a + 1, cx.w[ref.a] === "his" ? "m" : "f"),
      spoke,
      history,
    );
    if (owner && !cx.T.pronouns.has(owner.name.toLowerCase()))
      return { name: `${owner.name}'s ${cx.w[ref.a + 1]}`, start: cx.ts[ref.a], end: cx.te[ref.a + 1] };
  }
  const owner = documentOwner(cx, ref);
  if (owner) return speakerOf(cx, owner, spoke, history);
  // « l'organisation de défense des locataires Logement pour tous »: a body's description ending in its name.
  if (cx.lang === "fr" && ref.kind === "desc" && ref.b - ref.a >= 3) {
    let m: Mention | null = null;
    for (let y = ref.a + 2; y < ref.b && !m; y++)
      if (cx.startsAt[y] >= 0 && cx.mentions[cx.startsAt[y]].te >= ref.b) m = cx.mentions[cx.startsAt[y]];
    if (
      m &&
      m.ts > ref.a + 1 &&
      // (Not a complement, « le ministère de la Défense »: the name stands in apposition after a noun.)
      !cx.T.determiners.has(cx.w[m.ts - 1]) &&
      !/^(?:de|du|des|d')$/.test(cx.w[m.ts - 1]) &&
      !m.inQuote &&
      m.type !== "LOC" &&
      cx.w.slice(ref.a, Math.min(m.ts, ref.a + 3)).some((w) => cx.T.orgNouns.has(w) || cx.T.media.has(w))
    )
      return fromMention(cx, m);
  }
  // Description: the named person or medium it points back to, else as written.
  const words = cx.w.slice(ref.a, ref.b);
  // "The couple said": the two people named together just before.
  if (
    cx.lang === "en" &&
    words.length === 2 &&
    cx.T.definiteArticles.has(words[0]) &&
    cx.T.pairNouns.has(words[1])
  ) {
    const pair = pairAntecedent(cx, ref.a, 4);
    if (pair) return pair;
  }
  // (A demonstrative points back too: « ce député », « cette élue ».)
  const definite =
    cx.T.definiteArticles.has(words[0] ?? "") ||
    cx.T.possessives.has(words[0] ?? "") ||
    (cx.lang === "fr" && cx.T.demonstratives.has(words[0] ?? ""));
  // « l'ancien porte-parole de … » read from past its article: the person who held that office, no one else.
  const formerOnly =
    !definite &&
    cx.lang === "fr" &&
    cx.T.formerWords.has(words[0] ?? "") &&
    cx.T.definiteArticles.has(cx.w[ref.a - 1] ?? "");
  // The role noun is the head when there is one: "the campaign manager" is a manager, not a campaign.
  // (Not a possessor: "the premier's office" is an office, "the mayor's spokesperson" a spokesperson.)
  let headAt = words.findIndex((w, k) => cx.T.roles.has(w) && !/^['’]s$/.test(words[k + 1] ?? ""));
  // "the veteran councillor": when nobody named so far holds the first role noun, a later one before the
  // complement that someone holds is the head.
  if (cx.lang === "en" && headAt >= 0) {
    const held = (w: string) => cx.persons.some((p) => p.first < cx.ts[ref.a] && p.roleHeads.has(w));
    if (!held(words[headAt]))
      for (let k = headAt + 1; k < words.length; k++) {
        const w = words[k];
        if (cx.T.complementPreps.has(w) || cx.T.andWords.has(w) || /^\W+$/u.test(w)) break;
        if (cx.T.descriptionRelatives.has(w)) break;
        if (cx.T.roles.has(w) && held(w)) headAt = k;
      }
  }
  // (A French head comes first; a person noun in the complement of a body's is not it: « l'organisation de
  // défense des consommateurs »; a document's author is: « le rapport du gérant ».)
  const bodyAt = words.findIndex((w) => cx.T.orgNouns.has(w));
  if (cx.lang === "fr" && bodyAt >= 0 && bodyAt < headAt) headAt = bodyAt;
  if (headAt < 0) headAt = words.findIndex((w) => cx.T.media.has(w) || cx.T.orgNouns.has(w));
  let head = headAt >= 0 ? words[headAt] : "";
  // « le chef de l'État », "the head of state": the office the periphrase stands for.
  const phrase = words.slice(1).join(" ");
  for (const [key, role] of cx.T.rolePeriphrases)
    if (phrase === key || phrase.startsWith(`${key} `)) {
      head = role;
      headAt = 1;
      break;
    }
  const plural = /[sx]$/.test(head) && cx.T.roles.has(head.replace(/[sx]$/, ""));
  if ((definite || formerOnly) && head && cx.T.roles.has(head) && !plural) {
    // The person with that role whose role phrases share most words with the description, the latest on a tie:
    // "the party's nominee" → "the party's nominee Claire Duvall".
    let best: Mention | null = null;
    let bestScore = -1;
    for (const m of cx.mentions) {
      if (m.ts >= ref.a) break;
      if (!m.person?.roleHeads.has(head) || m.inQuote) continue;
      let score = 0;
      for (let k = 0; k < words.length; k++)
        if (k !== headAt && !cx.T.determiners.has(words[k]) && m.person.roleWords.has(words[k])) score++;
      if (score >= bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (best) return fromMention(cx, best);
    // « le dirigeant allemand » after « le président tchèque X … le chancelier allemand Y »: a general office
    // whose modifier only one person named in the last sentences bears.
    if (!formerOnly && cx.T.genericRoles.has(head)) {
      const marks = words.filter((w, k) => k !== headAt && !cx.T.determiners.has(w) && !/^\W+$/u.test(w));
      let only: Mention | null = null;
      let ambiguous = false;
      for (let k = cx.mentions.length - 1; k >= 0 && marks.length > 0; k--) {
        const m = cx.mentions[k];
        if (m.ts >= ref.a || m.inQuote || !m.person) continue;
        if (cx.sent[ref.a] - cx.sent[m.ts] > 4) break;
        if (!marks.every((w) => m.person?.roleWords.has(w))) continue;
        if (only && only.person?.name !== m.person.name) ambiguous = true;
        only ??= m;
      }
      if (only && !ambiguous) return fromMention(cx, only);
    }
    // "la chercheuse", "the researcher", "the 45-year-old": the most recent compatible person who spoke or was the subject.
    let gender = cx.T.roles.get(head) ?? "";
    if (!gender && cx.lang === "fr") gender = words[0] === "la" ? "f" : words[0] === "le" ? "m" : "";
    const m = formerOnly
      ? null
      : antecedent(cx, ref.a, gender === "m" || gender === "f" ? gender : "person", spoke, history);
    // ("Kestrel Books … will close, its owner said": not the name in the same sentence that "its" stands for.)
    const possessor =
      m !== null &&
      "mention" in m &&
      cx.T.bodyPossessives.has(words[0] ?? "") &&
      cx.sent[m.mention.ts] === cx.sent[ref.a];
    if (
      m &&
      "mention" in m &&
      m.mention.person &&
      !possessor &&
      cx.sent[ref.a] - cx.sent[m.mention.ts] <= 4
    ) {
      // A job title ("the mayor") does not name someone known by another job title.
      const heads = m.mention.person.roleHeads;
      // ("le ministre" is not the commentator named before, whatever the article's gender says.)
      const otherJob =
        !cx.T.roles.get(head) &&
        !cx.T.genericRoles.has(head) &&
        !heads.has(head) &&
        !cx.T.personNouns.has(head) &&
        heads.size > 0 &&
        [...heads].every((h) => !cx.T.personNouns.has(h));
      // (Unless that person just spoke and nobody in the article holds the job: "Treasury Board President
      // Ada Marsh said … “…,” Marsh said. The minister said …".)
      // (Or is the last one quoted, two sentences back at most: "“…,” Tombe said. But he said …. “…,” the
      // professor said.")
      const last = history.length > 0 ? history[history.length - 1] : null;
      const lastQuoted =
        last !== null &&
        last.speaker.name === m.mention.person.name &&
        cx.sent[ref.a] - cx.sent[Math.max(0, last.at)] <= 2;
      // (In French only an occupation, « le syndicaliste », « la documentariste »: an office used as a title,
      // « le ministre », still names its holder, not the commentator just quoted.)
      // (« l'ancien porte-parole de … »: a former office describes the person, like an occupation.)
      const former = words.some((w) => cx.T.formerWords.has(w));
      const justSpoke =
        (cx.lang === "en" || !cx.T.titles.has(head) || former) &&
        ((spoke.has(m.mention) && cx.sent[ref.a] - cx.sent[m.mention.ts] <= 2) || lastQuoted) &&
        !cx.persons.some((p) => p.first < cx.ts[ref.a] && p.roleHeads.has(head));
      if (!otherJob || justSpoke) {
        spoke.add(m.mention);
        return fromMention(cx, m.mention);
      }
    } else if (m && "speaker" in m && !cx.T.roles.has(m.speaker.name.toLowerCase())) {
      const p = cx.persons.find((x) => x.name === m.speaker.name);
      if (p && (cx.T.personNouns.has(head) || p.roleHeads.size === 0)) return { ...m.speaker };
    }
  }
  // Not "the German defense ministry" after "The European Union adopted …", nor "the Swedish maritime
  // agency" after a shipping firm: a name-like description (two modifiers or more) with a capitalised
  // one the earlier body's name lacks is another body. ("The Canadian company", "the U.S.-based
  // newspaper" may be the one named before.)
  let properModifiers: string[] = [];
  let modifiers = 0;
  for (let k = ref.a + 1; k < ref.a + headAt; k++) {
    if (cx.isPunct(k)) continue;
    modifiers++;
    // "U.S.-based", "Kremlin-backed": one attribute, no name (one token or three).
    const dash = cx.w[k].lastIndexOf("-");
    if (cx.w[k + 1] === "-") k += 2;
    else if (dash > 0 && cx.T.compoundAdjectiveEnds.has(cx.w[k].slice(dash + 1))) continue;
    else if (cx.cap[k]) properModifiers.push(cx.w[k]);
  }
  if (modifiers < 2) properModifiers = [];
  const otherBody = (name: readonly string[]) => properModifiers.some((w) => !name.includes(w));
  // "Twitter said in a statement … The company said": an organisation noun goes back to the organisation
  // named with that noun, else to the one that last spoke a few sentences before.
  // (French adjectives follow their noun: « le géant japonais », « la centrale syndicale » are still bare; so
  // is a noun for any body with a complement that names nobody: « l'association de défense des consommateurs ».)
  const after = words.slice(headAt + 1);
  const anyBody = cx.lang === "fr" && cx.T.genericOrgNouns.has(head) && after.length <= 8;
  const bare = after.every(
    (w, k) =>
      /^\W*$/u.test(w) ||
      (cx.lang === "fr" &&
        !cx.cap[ref.a + headAt + 1 + k] &&
        (anyBody || cx.doc.tokens.pos?.[ref.a + headAt + 1 + k] === "ADJ")),
  );
  if (
    definite &&
    head &&
    bare &&
    cx.T.orgNouns.has(head) &&
    !cx.T.roles.has(head) &&
    !plural &&
    /^(?:the|its|le|la|l')$/.test(words[0] ?? "")
  ) {
    const s0 = cx.sent[ref.a];
    for (let k = cx.mentions.length - 1; k >= 0; k--) {
      const m = cx.mentions[k];
      if (m.ts >= ref.a) continue;
      if (s0 - cx.sent[m.ts] > 4) break;
      if (m.inQuote || m.type === "LOC") continue;
      // (Not a heading's word: "Union warns of layoffs" names no union.)
      if (inHeading(cx, m.ts)) continue;
      // (Not the bare noun itself, « l'ONG » read as a name.)
      if (m.te - m.ts === 1 && cx.w[m.ts] === head) continue;
      // (A name read as a person's is the body's only right after the noun: « l'ONG Vigilance Rivières ».)
      if (m.type !== "PER" && cx.w.slice(m.ts, m.te).includes(head)) return fromMention(cx, m);
      // "le ministère de la Santé": the noun opens the organisation's name before the capitalised part.
      const from = Math.max(0, m.ts - 4);
      const k2 = cx.w.slice(from, m.ts).lastIndexOf(head);
      if (k2 >= 0 && orgNounBefore(cx, from + k2, m.ts - 1 >= from + k2 + 1 ? m.ts - 1 : m.ts)) {
        // (« la fédération des pêcheurs, Fépêche »: the name in apposition alone.)
        if (cx.w[m.ts - 1] === ",") return fromMention(cx, m);
        const a = from + k2;
        return { name: cx.span(a, m.te), start: cx.ts[a], end: cx.te[m.te - 1] };
      }
    }
    // « L'ONG Human Rights Watch publie … » in the lede, « l'ONG a demandé … » paragraphs later: the one body
    // the article named with that noun, however far back.
    if (cx.lang === "fr") {
      let only: Mention | null = null;
      let names = 0;
      for (const m of cx.mentions) {
        if (m.ts >= ref.a) break;
        if (m.inQuote || m.type === "PER" || m.type === "LOC" || (m.te - m.ts === 1 && cx.w[m.ts] === head))
          continue;
        if (!cx.w.slice(m.ts, m.te).includes(head) && cx.w[m.ts - 1] !== head) continue;
        if (!only || cx.nameOf(m) !== cx.nameOf(only)) names++;
        only = m;
      }
      if (only && names === 1) return fromMention(cx, only);
    }
    // « l'organisation séparatiste » after « les séparatistes de Velmar Libre » or « Velmar Libre, mouvement
    // séparatiste »: the one body named beside a word of the description's own modifier.
    const described =
      cx.lang === "fr" && cx.T.genericOrgNouns.has(head) ? describedBody(cx, ref.a, after) : null;
    if (described) return fromMention(cx, described);
    // "The port authority said … The authority called it …": an unnamed body that spoke just before under
    // a longer description with the same head noun.
    for (let h = history.length - 1; h >= 0 && headAt === 1; h--) {
      const e = history[h];
      if (e.at >= ref.a) continue;
      if (s0 - cx.sent[Math.max(0, e.at)] > 3) break;
      const said = e.speaker.name.toLowerCase().split(/\s+/u);
      if (said.length > 1 && said[said.length - 1] === head && !cx.T.indefiniteArticles.has(said[0]))
        return { ...e.speaker };
    }
    for (let h = history.length - 1; h >= 0 && cx.T.genericOrgNouns.has(head); h--) {
      const e = history[h];
      if (e.at >= ref.a) continue;
      if (s0 - cx.sent[Math.max(0, e.at)] > 3) break;
      if (e.kind !== "org" || e.speaker.start === undefined) continue;
      if (otherBody(e.speaker.name.toLowerCase().split(/[\s'’-]+/u))) continue;
      const mi = cx.startsAt[cx.tokenAt(e.speaker.start)];
      const m = mi >= 0 ? cx.mentions[mi] : null;
      // (The body itself, not someone described by it: "Ford's spokesperson" is no company.)
      if (m && e.speaker.end !== undefined && e.speaker.end > cx.te[m.te - 1]) continue;
      if (m && (m.type === "ORG" || m.type === "UNK" || m.type === "MISC")) return { ...e.speaker };
    }
    // "The Association of Rail Carriers opposed the bill. In a statement, the industry group said": the
    // organisation that was the subject just before.
    // ("Health Canada is reviewing it. The department said": other organisation nouns, the sentence before.)
    // (In French only the nouns that stand for any body: « Nintendo a présenté … Le groupe promet ».)
    if (cx.lang === "en" || cx.T.genericOrgNouns.has(head))
      for (let k = cx.mentions.length - 1; k >= 0; k--) {
        const m = cx.mentions[k];
        if (m.ts >= ref.a) continue;
        if (s0 - cx.sent[m.ts] > (cx.T.genericOrgNouns.has(head) ? 2 : 1)) break;
        if (m.inQuote || !(m.type === "ORG" || unknownPersonName(m)) || inHeading(cx, m.ts)) continue;
        if (otherBody(cx.w.slice(m.ts, m.te))) continue;
        // (Not a possessor: "Ford's spokesperson said …" leaves no organisation as the subject.)
        if (cx.w[m.te] === "'s") continue;
        if (subjectLike(cx, m)) return fromMention(cx, m);
      }
    // "Northbird Air will drop 11 routes … The company said …": the body the lede is about.
    if (cx.T.topicOrgNouns.has(head)) {
      const lede = ledeOrganisation(cx, ref.a);
      if (lede && !otherBody(cx.w.slice(lede.ts, lede.te))) return fromMention(cx, lede);
    }
  }
  // "Senator X said in a letter … The letter continues": the sender of the document named before.
  if (definite && head && cx.T.documentNouns.has(head) && bare) {
    // "The lawsuit, filed by the Mi'kmaw Nation in Federal Court, alleges": the agent in the apposition.
    const agent = cx.lang === "en" ? agentInApposition(cx, ref.b) : null;
    if (agent) return fromMention(cx, agent);
    const sender = documentSender(cx, ref.a, head, history);
    if (sender) return sender;
  }
  if (definite && head && cx.T.media.has(head)) {
    // The medium named before: a name with a media word (Post, Courrier, Radio) or after a media noun.
    // (The one named after the same noun first: « indique le quotidien » → « le quotidien français Le Figaro ».)
    let sameNoun: Mention | null = null;
    let media: Mention | null = null;
    let org: Mention | null = null;
    for (const m of cx.mentions) {
      if (m.ts >= ref.a) break;
      if (m.inQuote || m.type === "PER") continue;
      let mediaLike = false;
      for (let y = m.ts; y < m.te; y++) if (cx.T.mediaNameWords.has(cx.w[y])) mediaLike = true;
      for (let y = Math.max(0, m.ts - 3); y < m.ts; y++)
        if (cx.T.media.has(cx.w[y])) {
          mediaLike = true;
          if (cx.w[y] === head && m.type !== "LOC" && !otherBody(cx.w.slice(m.ts, m.te))) sameNoun = m;
        }
      if (otherBody(cx.w.slice(m.ts, m.te))) continue;
      if (mediaLike) media = m;
      else if (m.type === "ORG") org = m;
    }
    // (A document is no organisation named before: "According to the report, …" keeps the report.)
    const best = sameNoun ?? media ?? (cx.lang === "en" && cx.T.documentNouns.has(head) ? null : org);
    if (best) return fromMention(cx, best);
  }
  const introduced = namedAfterLede(cx, ref, words);
  if (introduced) {
    spoke.add(introduced);
    return fromMention(cx, introduced);
  }
  // "Auston Marr isn't talking about last season. The Maple Leafs centre, speaking to reporters, said …": a
  // short definite description the role tables do not know, opening the sentence, is the person who was
  // the subject of the sentence before.
  if (cx.lang === "en" && !head && cx.T.definiteArticles.has(words[0] ?? "") && ref.b - ref.a <= 5) {
    const plain = words.slice(1).every(
      (w, k) =>
        !cx.isPunct(ref.a + 1 + k) &&
        !isVerbLike(cx, ref.a + 1 + k) &&
        !cx.T.prepositions.has(w) &&
        !cx.T.timeWords.has(w) &&
        !cx.T.timeUnits.has(w) &&
        !cx.T.collectiveNouns.has(w) &&
        // ("According to the report, …": a document is nobody named before.)
        !cx.T.documentNouns.has(w),
    );
    const before = plain ? previousSentenceSubject(cx, ref.a, history) : null;
    if (before) {
      spoke.add(before);
      return fromMention(cx, before);
    }
  }
  // "A spokesperson for the Department of Public Works said … “…,” the spokesperson wrote": the unnamed
  // speaker described just before with the same noun.
  if (cx.lang === "en" && definite && head && cx.T.roles.has(head) && !plural) {
    const s0 = cx.sent[ref.a];
    for (let h = history.length - 1; h >= 0; h--) {
      const e = history[h];
      if (e.at >= ref.a) continue;
      if (s0 - cx.sent[Math.max(0, e.at)] > 4) break;
      const said = e.speaker.name.toLowerCase().split(/\s+/);
      if (cx.T.indefiniteArticles.has(said[0]) && said.includes(head)) return { ...e.speaker };
    }
  }
  let a = ref.a;
  let b = ref.b;
  while (b > a && cx.isPunct(b - 1)) b--;
  // A definite description drops its article ("le ministère russe de la Défense" → "ministère russe de la Défense").
  if (definite && cx.T.definiteArticles.has(words[0] ?? "")) a++;
  // A span that ran on into its clause ("Democratic candidate Ada Marsh is choosing not to"): it ends before
  // the first verb, and a person named in what is left is the speaker.
  let cut = false;
  for (let y = a + 1; y < b; y++) {
    const pos = cx.doc.tokens.pos?.[y];
    if (/^['’]s$/.test(cx.w[y]) || cx.cap[y]) continue;
    // "judges who ruled …": a relative clause is no part of the name.
    if (cx.T.descriptionRelatives.has(cx.w[y])) {
      b = y;
      cut = true;
      break;
    }
    const w = cx.w[y];
    // A finite verb: an auxiliary, or a verb that is no participle modifying a noun ("registered voters"),
    // unless a name stands right before it ("Netanyahu rallied").
    const finite =
      pos === "AUX" ||
      (cx.lang === "en" && FINITE_AUXILIARIES.has(w)) ||
      (pos === "VERB" && (!/(?:ed|ing|en)$/.test(w) || cx.cap[y - 1]) && !cx.T.determiners.has(cx.w[y - 1]));
    if (finite) {
      b = y;
      cut = true;
      break;
    }
  }
  if (cut) {
    while (
      b > a + 1 &&
      (RELATIVE_WORDS.has(cx.w[b - 1]) ||
        cx.T.prepositions.has(cx.w[b - 1]) ||
        cx.T.pronouns.has(cx.w[b - 1]))
    )
      b--;
    const mi = cx.endsAt[b - 1];
    if (mi >= 0 && cx.mentions[mi].type === "PER" && !cx.mentions[mi].inQuote && cx.mentions[mi].ts >= a)
      return fromMention(cx, cx.mentions[mi]);
  }
  // "The county's sheriff has promised …" with "County sheriff X" named only later: the one person
  // who holds that role in the article.
  if (
    cx.lang === "en" &&
    headAt >= 0 &&
    (definite || words.includes("'s")) &&
    !cx.T.personNouns.has(words[headAt])
  ) {
    const role = words[headAt];
    // (Someone named before under a longer title, "Deputy Sheriff Y", did not take it up.)
    const holders = cx.persons.filter((p) => p.roleHeads.has(role) && p.first > cx.ts[ref.a]);
    if (holders.length === 1) {
      const m = cx.mentions.find((x) => x.person === holders[0] && !x.inQuote);
      if (m) return fromMention(cx, m);
    }
  }
  if (b <= a) return null;
  return { name: cx.span(a, b), start: cx.ts[a], end: cx.te[b - 1] };
}

/**
 * The one body named before token a with a word beside its name (« les séparatistes de X », « X, mouvement
 * séparatiste ») sharing a stem with one of the description's modifiers, else null (none, or two bodies).
 *
 * describedBody(cx, a, ["séparatiste"]); // the mention "Velmar Libre" after « les séparatistes de Velmar Libre »
 */
function describedBody(cx: QuoteContext, a: number, modifiers: readonly string[]): Mention | null {
  const stems = modifiers.filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w)).map((w) => w.slice(0, 6));
  if (stems.length === 0) return null;
  const beside = (y: number) => y >= 0 && y < a && cx.inQuote[y] < 0 && stems.includes(cx.w[y].slice(0, 6));
  let found: Mention | null = null;
  for (const m of cx.mentions) {
    if (m.ts >= a) break;
    // (A body read as a person's name too, « Velmar Libre », but no one with a known first name.)
    if (m.inQuote || m.type === "LOC" || (m.type === "PER" && firstNameGender(cx.w[m.ts], cx.lang) !== ""))
      continue;
    // (Before the name over « de / d' » or an article, or in an apposition after its comma.)
    let hit = false;
    for (let y = m.ts - 1; y >= m.ts - 3 && !hit; y--) hit = beside(y);
    if (cx.w[m.te] === ",") for (let y = m.te + 1; y <= m.te + 3 && !hit; y++) hit = beside(y);
    if (!hit) continue;
    if (found && cx.nameOf(found) !== cx.nameOf(m)) return null;
    found ??= m;
  }
  return found;
}

/**
 * "The premier brushed off the criticism. “…,” she said": a definite role description that opens the
 * sentence before the pronoun (or the pronoun's own, ahead of it) as the subject of a verb is what the
 * pronoun goes back to, when the description names a person of the pronoun's gender and no person is
 * named outside quotes between the two.
 *
 * @example
 * // "Premier Ada Marsh … Lena Brandt said … The premier shrugged. “…,” she said" → Ada Marsh
 */
function describedSubjectBefore(
  cx: QuoteContext,
  i: number,
  kind: "m" | "f",
  history: SpeakerHistory,
): Speaker | null {
  if (cx.lang !== "en") return null;
  const s0 = cx.sent[i];
  for (let s = s0; s >= Math.max(0, s0 - 1); s--) {
    let j = cx.sentStart[s];
    if (j < 0 || j >= i) continue;
    while (j < i && (cx.T.andWords.has(cx.w[j]) || cx.T.sentenceConnectives.has(cx.w[j]) || cx.w[j] === ","))
      j++;
    if (cx.inQuote[j] >= 0 || !cx.T.definiteArticles.has(cx.w[j]) || !cx.cap[j]) continue;
    let head = -1;
    for (let k = j + 1; k < Math.min(i, j + 5); k++) {
      if (cx.cap[k] || cx.isPunct(k)) break;
      if (cx.T.roles.has(cx.w[k])) head = k;
      else if (head >= 0) break;
    }
    // (Without a tagger, a past-tense form after the noun: "The premier shrugged".)
    const verb = isVerbLike(cx, head + 1) || (!cx.doc.tokens.pos && /^[a-z]+ed$/.test(cx.w[head + 1] ?? ""));
    if (head < 0 || head + 1 >= i || !verb) continue;
    // Someone named outside quotes after the description is nearer than it.
    for (let k = head + 1; k < i; k++) {
      const mi = cx.startsAt[k];
      if (mi >= 0 && cx.mentions[mi].type === "PER" && !cx.mentions[mi].inQuote) return null;
    }
    const sp = speakerOf(cx, descRef(j, head + 1), new Set(), history);
    const person = sp ? cx.persons.find((p) => p.name === sp.name) : undefined;
    if (!sp || !person || (person.gender && person.gender !== kind)) return null;
    return sp;
  }
  return null;
}

/**
 * "A Halifax man says he …" opening the article, then "Gordon Fraser, 71, lost the wallet …": an
 * indefinite person description in the first paragraph stands for the person the next two sentences
 * introduce by name as a subject (news ledes name the person only after the hook).
 *
 * @example
 * // "A Winnipeg nurse says … \nKim Ross, 44, works …" → the mention "Kim Ross"
 */
/**
 * "The chief of a remote First Nation says …" opening the article, then "Chief Ada Moose of …": a definite
 * role description in the lede stands for the person named in the next two sentences with that role.
 *
 * @example
 * // "The head of the Hilltop union says … \nUnion head Kim Ross …" → the mention "Kim Ross"
 */
function definiteLedeRole(cx: QuoteContext, ref: SpeakerRef, words: readonly string[]): Mention | null {
  const bodys = cx.T.bodyPossessives.has(words[0] ?? "");
  if (!(cx.T.definiteArticles.has(words[0] ?? "") || bodys)) return null;
  let head = "";
  for (let k = 1; k < words.length && k < 4; k++) {
    if (cx.T.complementPreps.has(words[k])) break;
    if (cx.T.roles.has(words[k])) head = words[k];
  }
  if (!head) return null;
  // No one with that role named before the description.
  if (cx.persons.some((p) => p.first < cx.ts[ref.a] && p.roleHeads.has(head))) return null;
  const s0 = cx.sent[ref.a];
  // ("its chief executive" in the lede: the one named with that job a few sentences on.)
  for (const m of cx.mentions) {
    if (m.ts < ref.b || m.inQuote || cx.sent[m.ts] === s0) continue;
    if (cx.sent[m.ts] - s0 > (bodys ? 4 : 2)) break;
    if (m.type === "PER" && m.person?.roleHeads.has(head)) return m;
    // ("Derek Halvorsen, Northbird's president and chief executive, said": the job in the apposition.)
    if (bodys && m.type === "PER" && cx.w[m.te] === ",")
      for (let y = m.te + 1; y < m.te + 9 && y < cx.n && cx.w[y] !== "," && !END_PUNCT.has(cx.w[y]); y++)
        if (cx.w[y] === head) return m;
  }
  // "…, its owner said Saturday. Harriet Beaumont, 74, opened the store in 1979": the person whose name
  // opens the next sentence.
  if (bodys) return nameOpeningNext(cx, ref, cx.T.roles.get(head));
  // « Le ministre de X a déclaré … Arnaud Montebourg reconnaît … »: a French lede names its first speaker by
  // office, then by name in the next sentence, before anyone else is named.
  if (cx.lang === "fr" && !cx.persons.some((p) => p.first < cx.ts[ref.a]))
    return nameOpeningNext(cx, ref, cx.T.roles.get(head));
  return null;
}

/** The person whose name opens one of the two sentences after the reference (after role words or a short adjunct). */
function nameOpeningNext(cx: QuoteContext, ref: SpeakerRef, gender: Gender | "" | undefined): Mention | null {
  const s0 = cx.sent[ref.a];
  for (const m of cx.mentions) {
    if (m.ts < ref.b || m.inQuote || cx.sent[m.ts] === s0) continue;
    if (cx.sent[m.ts] - s0 > 2) break;
    if (m.type !== "PER" || !m.person) continue;
    if (gender && m.person.gender && m.person.gender !== gender) return null;
    // The name opens its sentence, after a dateline, role words or an opening adjunct at most: "Canola
    // farmer Todd Lewis, …", "According to the claim filed in court, Ada Marsh, 58, …".
    const first = cx.sentStart[cx.sent[m.ts]];
    if (m.left > first && cx.w[m.left - 1] === ",") return m;
    for (let y = first; y < m.ts; y++) if (isVerbLike(cx, y) || cx.w[y] === ",") return null;
    return m.ts - first <= 6 ? m : null;
  }
  return null;
}

function namedAfterLede(cx: QuoteContext, ref: SpeakerRef, words: readonly string[]): Mention | null {
  const indefinite = (k: number) => k >= 0 && cx.T.indefiniteArticles.has(cx.w[k]);
  if (ref.kind === "pronoun") return null;
  const s0 = cx.sent[ref.a];
  if (cx.sentPara[s0] > 0 && s0 > 1) return null;
  // ("sentenced … by a judge who described …": the preposition before the description is no part of it.)
  const byPrep = cx.lang === "en" && cx.T.prepositions.has(cx.w[ref.a]) && indefinite(ref.a + 1);
  if (!(indefinite(ref.a) || indefinite(ref.a - 1) || byPrep)) return definiteLedeRole(cx, ref, words);
  let gender: Gender | "" | undefined;
  let head = "";
  for (const w of words)
    if (cx.T.roles.has(w)) {
      gender = cx.T.roles.get(w);
      head = w;
    }
  if (gender === undefined) return null;
  // "… by a judge who … Court of King's Bench Justice Celeste Arsenault said": the one named with that job
  // a few sentences on, when nobody held it before.
  // ("the mayor of one town calling it … and a neighbouring mayor saying …": the second one named so.)
  if (cx.lang === "en" && !cx.persons.some((p) => p.first < cx.ts[ref.a] && p.roleHeads.has(head))) {
    let skip = 0;
    for (let y = cx.sentStart[s0]; y < ref.a; y++) if (cx.w[y] === head && cx.inQuote[y] < 0) skip++;
    const seen = new Set<Person>();
    for (const m of cx.mentions) {
      if (m.ts < ref.b || m.inQuote || cx.sent[m.ts] === s0) continue;
      if (cx.sent[m.ts] - s0 > 5 + 4 * skip) break;
      const p = m.person;
      if (m.type !== "PER" || !p?.roleHeads.has(head) || p.first < cx.ts[ref.b - 1] || seen.has(p)) continue;
      if (seen.size === skip) return m;
      seen.add(p);
    }
    if (skip > 0) return null;
  }
  if (byPrep) return null;
  const next = nameOpeningNext(cx, ref, gender);
  // ("…, according to a family spokesperson. Ivo Brand, the trade minister, …": someone named with another job
  // is not the one the description introduced.)
  if (!next || !head) return next;
  const roles = new Set(next.person?.roleHeads);
  if (cx.w[next.te] === ",")
    for (let y = next.te + 1; y < next.te + 9 && y < cx.n && cx.w[y] !== "," && !END_PUNCT.has(cx.w[y]); y++)
      if (cx.T.roles.has(cx.w[y].toLowerCase())) roles.add(cx.w[y].toLowerCase());
  return roles.size > 0 && !roles.has(head) ? null : next;
}

/**
 * The person named at the end of a title phrase that opens with an organisation or a title word:
 * "White House Press Secretary Ada Marsh" (the reference found "White House"), "Former Secretary of State
 * Ada Marsh" ("Secretary"), "Marsh campaign chairman Hugo Brandt" ("Marsh"); null otherwise.
 */
function personAfterTitle(cx: QuoteContext, ref: SpeakerRef): Mention | null {
  const m = ref.kind === "mention" ? ref.mention : undefined;
  const pos = cx.doc.tokens.pos;
  const lowerNoun = (y: number) => y < cx.n && !cx.cap[y] && (cx.T.roles.has(cx.w[y]) || pos?.[y] === "NOUN");
  // A person's name opens the phrase only as a modifier: "Marsh's top aide X", "Ortiz constituent X".
  // ("Minority Leader" taken for a name is a title.)
  const titleWords = !!m && (cx.T.roles.has(cx.w[m.te - 1]) || cx.T.titles.has(cx.w[m.te - 1]));
  if (
    m &&
    m.type === "PER" &&
    !titleWords &&
    !nameAsModifier(cx, m) &&
    cx.w[m.te] !== "'s" &&
    !lowerNoun(m.te)
  )
    return null;
  const from = m ? m.te : ref.a + 1;
  if (!m && !cx.cap[ref.a] && !cx.T.roles.has(cx.w[ref.a])) return null;
  const s = cx.sent[ref.a];
  let sawTitle = false;
  for (let y = ref.a; y < from; y++) if (cx.T.roles.has(cx.w[y])) sawTitle = true;
  for (let y = from; y < cx.n && y < from + 7 && cx.sent[y] === s; y++) {
    const w = cx.w[y];
    // ("Former Aide Says Marsh …": a headline's verb is no title word.)
    if (cx.T.verbs.has(w) && /[^s]s$|ed$/.test(w)) return null;
    const mi = cx.startsAt[y];
    if (mi >= 0 && y > ref.a) {
      const p = cx.mentions[mi];
      // A title noun right before the name ("political scientist Brigid Hale") makes it a title phrase.
      if (p.type === "PER" && !p.inQuote && p !== m)
        return sawTitle ||
          titleWords ||
          p.left < p.ts ||
          (y > from && !cx.cap[y - 1] && cx.w[y - 1] !== "of" && cx.w[y - 1] !== "for")
          ? p
          : null;
    }
    // "the Fleet Command's press office head Ivo Maren": the possessive goes on into the title.
    if (w === "'s") continue;
    if (cx.isPunct(y) || cx.isQuoteChar(y)) return null;
    if (cx.T.roles.has(w)) sawTitle = true;
    else if (cx.cap[y] || w === "of" || w === "for" || cx.T.orgNouns.has(w)) continue;
    else {
      // A lower-case noun or adjective of the title ("press office head"); a verb ends the phrase.
      const tag = pos?.[y];
      if (tag !== "NOUN" && tag !== "ADJ") return null;
    }
  }
  return null;
}

/** "a statement issued by X": X sent it (not "a memo seen by X"). */
const SENDING_PARTICIPLES = new Set([
  "issued",
  "released",
  "signed",
  "sent",
  "written",
  "posted",
  "published",
]);

const RELATIVE_WORDS = new Set([
  "who",
  "whose",
  "which",
  "that",
  "whom",
  "and",
  "or",
  "but",
  "qui",
  "que",
  "dont",
  "et",
]);

const FINITE_AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "did",
  "does",
  "may",
  "might",
  "should",
]);

/**
 * Who sent the document a later "the letter" points back to: the owner in "X's letter", the name after
 * "a letter from/by/signed by X", else the subject (or the speaker) of the sentence that first named it.
 */
function documentSender(cx: QuoteContext, i: number, head: string, history: SpeakerHistory): Speaker | null {
  const s0 = cx.sent[i];
  for (let j = i - 1; j >= 0 && s0 - cx.sent[j] <= 5; j--) {
    if (cx.w[j] !== head || cx.inQuote[j] >= 0) continue;
    const sj = cx.sent[j];
    // "a letter from the Reform Caucus", "a statement signed by Ada Marsh".
    for (let y = j + 1; y < cx.n && y < j + 9 && cx.sent[y] === sj; y++) {
      if (cx.isPunct(y) || (isVerbLike(cx, y) && !SENDING_PARTICIPLES.has(cx.w[y]))) break;
      if (cx.w[y] !== "from" && cx.w[y] !== "by") continue;
      for (let z = y + 1; z < y + 4 && z < cx.n && cx.sent[z] === sj; z++) {
        const mi = cx.startsAt[z];
        if (mi >= 0 && !cx.mentions[mi].inQuote && cx.mentions[mi].type !== "LOC")
          return fromMention(cx, cx.mentions[mi]);
        if (cx.isPunct(z)) break;
      }
      // "a letter from the staff association": an unnamed body is the sender as written.
      let a = y + 1;
      while (a < cx.n && cx.T.determiners.has(cx.w[a])) a++;
      for (let z = a; z < a + 4 && z < cx.n && cx.sent[z] === sj; z++) {
        if (cx.isPunct(z) || cx.T.prepositions.has(cx.w[z]) || isVerbLike(cx, z)) break;
        const noun = (x: number) =>
          x < cx.n &&
          (cx.T.orgNouns.has(cx.w[x]) || cx.T.roles.has(cx.w[x]) || cx.T.roles.has(singularOf(cx.w[x])));
        if (noun(z)) {
          // "the port workers union": the last of a run of nouns.
          let e = z + 1;
          while (e < a + 5 && noun(e) && cx.sent[e] === sj) e++;
          // "a statement from the office of Community Safety Minister Ada Marsh": the office speaks for her.
          // (A person before an organisation: "the office of Community Safety Minister Ada Marsh".)
          if (cx.w[e] === "of") {
            let owner: Mention | null = null;
            for (let z2 = e + 1; z2 < e + 8 && z2 < cx.n && cx.sent[z2] === sj && !cx.isPunct(z2); z2++) {
              const mi = cx.startsAt[z2];
              const m = mi >= 0 ? cx.mentions[mi] : null;
              if (!m || m.inQuote || m.type === "LOC") continue;
              if (m.type === "PER" && firstNameGender(cx.w[m.ts], cx.lang) !== "") {
                owner = m;
                break;
              }
              owner ??= m;
            }
            if (owner)
              return fromMention(cx, personAfterTitle(cx, mentionRef(owner.ts, owner.te, owner)) ?? owner);
          }
          return { name: cx.span(a, e), start: cx.ts[a], end: cx.te[e - 1] };
        }
      }
      return null;
    }
    // "Marsh's letter", "the Reform Caucus's statement".
    for (let y = j - 1; y >= 0 && y > j - 4 && cx.sent[y] === sj; y--) {
      if (!/^['’]s$/.test(cx.w[y])) continue;
      const mi = cx.endsAt[y - 1];
      if (mi >= 0 && !cx.mentions[mi].inQuote) return fromMention(cx, cx.mentions[mi]);
      break;
    }
    // "Marsh said in a statement", "the caucus released a letter": a speaker recorded in that sentence, else
    // its subject.
    for (let h = history.length - 1; h >= 0; h--) {
      const e = history[h];
      if (e.at >= 0 && cx.sent[e.at] === sj) return { ...e.speaker };
    }
    for (let k = 0; k < cx.mentions.length; k++) {
      const m = cx.mentions[k];
      if (m.ts >= j) break;
      if (cx.sent[m.ts] !== sj || m.inQuote || m.type === "LOC") continue;
      // (In English only a subject that put the document out: "the caucus released a letter", not "LESS was
      // described in a report".)
      if (cx.lang === "en" && !cx.w.slice(m.te, j).some((w) => cx.T.documentSendingVerbs.has(w))) continue;
      if (subjectLike(cx, m)) return fromMention(cx, m);
    }
    return null;
  }
  return null;
}

/** The possessor of a document description ("X's statement", "the agency's notice"), or null. */
function documentOwner(cx: QuoteContext, ref: SpeakerRef): SpeakerRef | null {
  let b = ref.b;
  // ("Ringstar's official statement yesterday", "the proclamation specifically": a time or an adverb after it.)
  while (
    b > ref.a &&
    (cx.isPunct(b - 1) ||
      cx.T.timeWords.has(cx.w[b - 1]) ||
      (cx.lang === "en" && cx.doc.tokens.pos?.[b - 1] === "ADV"))
  )
    b--;
  if (b - ref.a < 3 || !cx.T.documentNouns.has(cx.w[b - 1])) return null;
  let s = -1;
  for (let y = ref.a + 1; y < b - 1; y++) if (cx.w[y] === "'s") s = y;
  // "a UN report", "the Reuters analysis": a name right before the document, as its modifier.
  if (s < 0 && cx.endsAt[b - 2] >= 0) {
    const m = cx.mentions[cx.endsAt[b - 2]];
    if (!m.inQuote && m.ts > ref.a && m.type !== "LOC") return mentionRef(m.ts, m.te, m);
  }
  // ("according to a rescue service statement": the body named before with that noun.)
  if (s < 0 && cx.T.orgNouns.has(cx.w[b - 2]) && !cx.T.roles.has(cx.w[b - 2])) {
    const noun = cx.w[b - 2];
    for (let k = cx.mentions.length - 1; k >= 0; k--) {
      const m = cx.mentions[k];
      if (m.ts >= ref.a || m.inQuote || m.type === "PER" || m.type === "LOC") continue;
      if (cx.sent[ref.a] - cx.sent[m.ts] > 6) break;
      if (cx.w.slice(m.ts, m.te).includes(noun)) return mentionRef(m.ts, m.te, m);
    }
  }
  if (s < 0) return null;
  const mi = cx.endsAt[s - 1];
  if (mi >= 0 && !cx.mentions[mi].inQuote) {
    const m = cx.mentions[mi];
    return mentionRef(m.ts, m.te, m);
  }
  return descRef(ref.a, s);
}

function fromMention(cx: QuoteContext, m0: Mention): Speaker {
  // "by Conservative Leader Erin Toller. “…,” he said": a title taken for the antecedent leads to the name.
  const last = cx.w[m0.te - 1];
  const titleLike = m0.type !== "PER" || !m0.person || cx.T.roles.has(last) || cx.T.titles.has(last);
  const m = (titleLike ? personAfterTitle(cx, mentionRef(m0.ts, m0.te, m0)) : null) ?? m0;
  // "Lena Park of Harbor Analytics" tagged as one organisation: the person speaks, for the organisation.
  if (m.type !== "PER" && !m.person) {
    let of = m.ts;
    while (of < m.te && cx.w[of] !== (cx.lang === "fr" ? "de" : "of")) of++;
    if (
      of >= m.ts + 2 &&
      of < m.te - 1 &&
      firstNameGender(cx.span(m.ts, m.ts + 1), cx.lang) !== "" &&
      cx.w.slice(m.ts, of).every((_, k) => cx.cap[m.ts + k])
    )
      return {
        name: cx.span(m.ts, of),
        start: m.start,
        end: cx.te[of - 1],
        affiliation: cx.span(of + 1, m.te),
      };
  }
  const s: Speaker = { name: cx.nameOf(m), start: m.start, end: m.end };
  const p = m.person;
  if (p) {
    if (p.entity) s.entity = p.entity;
    if (p.role) s.role = p.role;
    if (p.affiliation) s.affiliation = p.affiliation;
  } else if (m.entity) s.entity = m.entity;
  return s;
}

/** The origins written next to a person's mentions: « la Polonaise X », « X, née à Nice », « X, joueuse niçoise ». */
function originsOf(
  cx: QuoteContext,
  p: Person,
  before: number,
): { countries: Set<string>; keys: Set<string> } {
  const countries = new Set<string>();
  const keys = new Set<string>();
  for (const m of cx.mentions) {
    if (m.ts >= before) break;
    if (m.person !== p || m.inQuote) continue;
    const s = cx.sent[m.ts];
    const from = Math.max(0, m.ts - 2);
    const to = Math.min(cx.w.length, m.te + 12);
    for (let k = from; k < to; k++) {
      if (k >= m.ts && k < m.te) continue;
      if (cx.sent[k] !== s || cx.inQuote[k] >= 0) continue;
      // (After the name, up to the end of its apposition: « X, 23 ans et joueuse niçoise, … ».)
      if (k >= m.te && /^[;:()]$/.test(cx.w[k])) break;
      const d = frenchDemonym(cx.w[k]);
      if (d) {
        countries.add(d.country);
        keys.add(d.key);
      }
      const named = cx.cap[k] ? demonymOfPlace(cx.text.slice(cx.ts[k], cx.te[k])) : undefined;
      if (named) {
        countries.add(named.country);
        keys.add(named.key);
      }
    }
  }
  return { countries, keys };
}

/**
 * « a déclaré la Niçoise », « la Polonaise a reconnu »: a demonym used as a noun after a definite article
 * names a person of the article: the latest one written with that origin, else the latest compatible
 * person (gender from the article) whose written origin does not contradict it.
 */
function demonymPerson(
  cx: QuoteContext,
  m0: Mention,
  spoke: Set<Mention>,
  history: SpeakerHistory,
): Mention | null {
  if (m0.type === "PER" || m0.te - m0.ts !== 1 || m0.ts === 0) return null;
  const article = cx.w[m0.ts - 1];
  if (article !== "la" && article !== "le" && article !== "l'") return null;
  const d = frenchDemonym(cx.w[m0.ts]);
  if (!d) return null;
  const gender: Gender = article === "la" ? "f" : article === "le" ? "m" : d.gender;
  const s0 = cx.sent[m0.ts];
  const origins = new Map<Person, { countries: Set<string>; keys: Set<string> }>();
  const originOf = (p: Person) => {
    let o = origins.get(p);
    if (!o) {
      o = originsOf(cx, p, m0.ts);
      origins.set(p, o);
    }
    return o;
  };
  let same: Mention | null = null;
  let plain: Mention | null = null;
  for (let k = cx.mentions.length - 1; k >= 0; k--) {
    const m = cx.mentions[k];
    if (m.ts >= m0.ts) continue;
    if (s0 - cx.sent[m.ts] > 12) break;
    if (m.type !== "PER" || !m.person || m.inQuote) continue;
    const g = m.person.gender || m.gender;
    if (gender && g && g !== gender) continue;
    const o = originOf(m.person);
    if (o.keys.has(d.key)) {
      same = m;
      break;
    }
    if (o.countries.size > 0 && !o.countries.has(d.country)) continue;
    if (!plain && s0 - cx.sent[m.ts] <= 6) plain = m;
  }
  if (same) return same;
  if (!plain) return null;
  // The person the pronoun rules would pick, when that one is compatible too.
  const a = antecedent(cx, m0.ts - 1, gender || "person", spoke, history);
  if (a && "mention" in a && a.mention.person) {
    const o = originOf(a.mention.person);
    if (o.countries.size === 0 || o.countries.has(d.country)) return a.mention;
  }
  return plain;
}

/**
 * The person opening the narrative sentence right before a quote that opens
 * its own sentence ("Duvall kept her remarks short … . “If the plant closes …”"), or null.
 */
function previousSentenceSubject(cx: QuoteContext, at: number, history: SpeakerHistory = []): Mention | null {
  const s = cx.sent[at];
  if (s <= 0 || cx.sentStart[s] !== at) return null;
  const ps = s - 1;
  const a = cx.sentStart[ps];
  const b = cx.sentEnd[ps];
  if (a < 0 || cx.sentPara[s] - cx.sentPara[ps] > 1) return null;
  // Quoted words before the subject: a title or a term ("On “Face the Nation,” Sen. X said …") leaves
  // the subject in place; a longer quote is speech of its own.
  let quoted = 0;
  for (let k = a; k < b; k++) {
    if (cx.inQuote[k] >= 0) {
      if (++quoted > 6) return null;
      continue;
    }
    const mi = cx.startsAt[k];
    if (mi < 0) continue;
    const m = cx.mentions[mi];
    k = m.te - 1;
    // ("She said she and Varga had settled the dispute.": a name inside what someone said is not the subject.)
    if (m.inQuote || reportedName(m, history)) continue;
    // "Iowa State University's Dianne Bystrom agreed.": a possessor opening the sentence leaves the subject to the person.
    const possessed =
      m.left - 1 > a &&
      cx.w[m.left - 1] === "'s" &&
      cx.endsAt[m.left - 2] >= 0 &&
      subjectLike(cx, cx.mentions[cx.endsAt[m.left - 2]]);
    if (m.type !== "PER" || !m.person || !(subjectLike(cx, m) || possessed)) continue;
    // The person must be the subject: a verb, not a preposition or a possessive, comes next.
    const next = cx.w[m.te] ?? "";
    // "Sam Lau, the communications director for the party said in a statement.": the apposition leads to a speech verb.
    if (next === "," && (appositionToSpeechVerb(cx, m.te, b) || appositionToVerb(cx, m.te, b))) return m;
    // "The union's president, Smokey Thomas, did not mince words.": the name in apposition before the verb.
    if (
      next === "," &&
      m.left - 1 > a &&
      cx.w[m.left - 1] === "," &&
      m.te + 1 < b &&
      isVerbLike(cx, m.te + 1)
    )
      return m;
    if (next === "'s" || next === "," || cx.T.prepositions.has(next) || next === "and" || next === "et")
      continue;
    return m;
  }
  return null;
}

/**
 * A he/she (il/elle) opening the sentence right before a quote that opens its own sentence, followed by a verb:
 * « Il a voulu répondre aux critiques du maire. « … » ». The caller resolves it like any pronoun.
 */
function previousSentencePronoun(cx: QuoteContext, at: number): SpeakerRef | null {
  const s = cx.sent[at];
  if (s <= 0 || cx.sentStart[s] !== at) return null;
  const ps = s - 1;
  let k = cx.sentStart[ps];
  const b = cx.sentEnd[ps];
  if (k < 0 || cx.sentPara[s] - cx.sentPara[ps] > 1) return null;
  while (k < b && cx.T.leadingConnectors.has(cx.w[k])) k++;
  const pron = cx.T.pronouns.get(cx.w[k]);
  if ((pron !== "m" && pron !== "f") || k + 1 >= b || cx.inQuote[k] >= 0) return null;
  if (!isVerbLike(cx, k + 1)) return null;
  for (let x = k; x < b; x++) if (cx.inQuote[x] >= 0) return null;
  return pronounRef(k, k + 1, pron);
}

/**
 * From the comma after a name, an apposition of up to three comma-closed parts ends right before the
 * sentence's verb ("Dr. Benedikt Arnaud, who runs the collection, stood by the closure"): the name is the subject.
 */
function appositionToVerb(cx: QuoteContext, comma: number, end: number): boolean {
  const pos = cx.doc.tokens.pos;
  if (!pos) return false;
  let c = comma;
  for (let part = 0; part < 3; part++) {
    const open = c;
    c++;
    while (c < end && c < open + 25 && cx.w[c] !== ",") {
      if (cx.isQuoteChar(c) || cx.w[c] === ";" || cx.w[c] === ":") return false;
      const mi = cx.startsAt[c];
      // (A possessor inside the apposition is no other subject: "who was Halden's assistant coach".)
      if (mi >= 0 && cx.mentions[mi].type === "PER" && cx.w[cx.mentions[mi].te] !== "'s") return false;
      c++;
    }
    if (c >= end || cx.w[c] !== ",") return false;
    let x = c + 1;
    // ("…, also criticized": an adverb before the verb.)
    while (x < end && x < c + 3 && pos[x] === "ADV") x++;
    if (x < end && (pos[x] === "VERB" || pos[x] === "AUX") && !/ing$/.test(cx.w[x])) return true;
  }
  return false;
}

/** From the comma after a name, a speech verb follows its apposition before any other person. */
function appositionToSpeechVerb(cx: QuoteContext, comma: number, end: number): boolean {
  for (let k = comma + 1; k < end && k < comma + 20; k++) {
    if (cx.isQuoteChar(k) || cx.w[k] === ";" || cx.w[k] === ":") return false;
    const mi = cx.startsAt[k];
    if (mi >= 0 && cx.mentions[mi].type === "PER") return false;
    const info = cx.T.verbs.get(cx.w[k]);
    if (info && !info.opinion && !cx.T.roles.has(cx.w[k]) && isVerbCue(cx, k, comma)) return true;
  }
  return false;
}

/**
 * "Zeliff and Tom Giancola explained … they": two people joined by "and" as the subject of this sentence or
 * one of the two before, spoken of together.
 */
function pairAntecedent(cx: QuoteContext, i: number, reach = 2): Speaker | null {
  const s0 = cx.sent[i];
  for (let k = cx.mentions.length - 1; k >= 0; k--) {
    const m1 = cx.mentions[k];
    if (m1.ts >= i) continue;
    if (s0 - cx.sent[m1.ts] > reach) break;
    if (m1.type !== "PER" || m1.inQuote || !(subjectLike(cx, m1) || parsedRole(cx, m1) === "subject"))
      continue;
    const m2 = secondOfPair(cx, m1, i);
    if (!m2) continue;
    return { name: `${cx.nameOf(m1)} and ${cx.nameOf(m2)}`, start: m1.start, end: m2.end };
  }
  return null;
}

/** The person joined to m1 by "and" right after it ("Zeliff and 24-year-old Tom Giancola"), or null. */
function secondOfPair(cx: QuoteContext, m1: Mention, limit: number): Mention | null {
  let y = m1.te;
  if (y >= limit || (cx.w[y] !== "and" && cx.w[y] !== "et")) return null;
  // "and 24-year-old Tom Giancola", "et la députée Anne Roy": modifiers before the second name.
  for (y++; y < limit && y < m1.te + 5 && cx.startsAt[y] < 0; y++)
    if (cx.isPunct(y) || isVerbLike(cx, y) || cx.cap[y]) return null;
  if (y >= limit || cx.startsAt[y] < 0) return null;
  const m2 = cx.mentions[cx.startsAt[y]];
  if (m2.type !== "PER" || m2.inQuote || cx.sent[m2.ts] !== cx.sent[m1.ts] || m2.person === m1.person)
    return null;
  return m2;
}

/** The subject person joined by "and" before m ("Lena Marsh and her neighbour Hugo Brandt"), or null. */
function pairedBefore(cx: QuoteContext, m: Mention): Mention | null {
  if (m.type !== "PER") return null;
  for (let k = cx.startsAt[m.ts] - 1; k >= 0 && k >= cx.startsAt[m.ts] - 2; k--) {
    const m1 = cx.mentions[k];
    if (m1.type !== "PER" || m1.inQuote || cx.sent[m1.ts] !== cx.sent[m.ts] || !subjectLike(cx, m1)) continue;
    if (secondOfPair(cx, m1, m.te) === m) return m1;
  }
  return null;
}

/** "Les élus locaux contestent. « … », ont-ils prévenu": a plural group opening a recent sentence. */
function pluralAntecedent(cx: QuoteContext, i: number): SpeakerRef | null {
  const s0 = cx.sent[i];
  for (let s = s0; s >= 0 && s >= s0 - 2; s--) {
    let k = cx.sentStart[s];
    if (k < 0) continue;
    while (k < cx.n && cx.isQuoteChar(k)) k++;
    if (k >= i || cx.inQuote[k] >= 0) continue;
    let x = k;
    if (cx.T.pluralDeterminers.has(cx.w[x])) x++;
    for (let y = x; y < x + 3 && y < i; y++) {
      const w = cx.w[y];
      const sing = w.replace(/(?:s|x)$/, "");
      // ("The couple encouraged visitors … They said": a collective noun opening the sentence, in English.)
      if (cx.lang === "en" && cx.T.pairNouns.has(w) && y === k + 1 && cx.T.definiteArticles.has(cx.w[k]))
        return descRef(k, y + 1);
      if (w !== sing && (cx.T.roles.has(sing) || cx.T.orgNouns.has(sing) || cx.T.roles.has(w))) {
        let b = y + 1;
        // One adjective after the noun: "les élus locaux".
        if (
          b < i &&
          /^\p{Ll}+$/u.test(cx.w[b]) &&
          /(?:aux|ales|aux|ains|aines|ais|aises|iens|iennes|s)$/.test(cx.w[b]) &&
          !cx.T.verbs.has(cx.w[b]) &&
          cx.lang === "fr"
        )
          b++;
        return descRef(k, b);
      }
      if (cx.isPunct(y) || cx.T.verbs.has(w)) break;
    }
  }
  return null;
}

/** The persons named in the third person inside a quote's content. */
function namedInside(cx: QuoteContext, start: number, end: number): Set<Person> {
  const out = new Set<Person>();
  for (const m of cx.mentions) {
    if (m.start >= end) break;
    if (m.start >= start && m.person) out.add(m.person);
  }
  return out;
}

/** Most recent compatible speaker or subject before token i. */
function antecedent(
  cx: QuoteContext,
  i: number,
  kind: PronounKind | "person",
  spoke: Set<Mention>,
  history: SpeakerHistory,
  namedInQuote: Set<Person> = new Set(),
): { mention: Mention } | { speaker: Speaker } | null {
  const s0 = cx.sent[i];
  const wantPerson = kind === "m" || kind === "f" || kind === "person";
  const genderOf = (m: Mention) => m.person?.gender || m.gender;
  const compatible = (m: Mention) => {
    if (m.inQuote || m.ts >= i) return false;
    if (wantPerson) {
      if (m.type !== "PER") return false;
      const g = genderOf(m);
      return kind === "person" || !g || g === kind;
    }
    if (kind === "x" && cx.lang === "fr") return false;
    return m.type === "ORG" || m.type === "UNK" || m.type === "LOC" || m.type === "MISC";
  };
  let fallback: Mention | null = null;
  let chosen: Mention | null = null;
  // A past speaker named as an object ("Rask set himself against Egede. He said …"): the subject of that
  // sentence or the one before is likelier; the speaker only when there is none.
  let spokenObject: Mention | null = null;
  for (let k = cx.mentions.length - 1; k >= 0; k--) {
    const m = cx.mentions[k];
    if (m.ts >= i) continue;
    if (s0 - cx.sent[m.ts] > 6) break;
    if (spokenObject && cx.sent[spokenObject.ts] - cx.sent[m.ts] > 1) break;
    if (!compatible(m)) continue;
    // "“Marsh is our best hope,” he said": someone the quote talks about is not the one saying it.
    if (m.person && namedInQuote.has(m.person) && !spoke.has(m)) {
      if (!fallback) fallback = m;
      continue;
    }
    // "the Halvorsen administration", "the Marsh campaign": a name modifying a body is not the person meant.
    if (wantPerson && !spoke.has(m) && nameAsModifier(cx, m)) continue;
    const role = wantPerson ? parsedRole(cx, m) : null;
    if (role === "other" && spoke.has(m)) {
      if (!spokenObject) spokenObject = m;
      continue;
    }
    if (spokenObject && role !== "subject") continue;
    // "between himself and rival X": "and" makes X look like a subject; the parse says it is not.
    const coordinatedObject = role === "other" && cx.T.andWords.has(cx.w[m.left - 1] ?? "");
    const modifiedCoordinatedObject =
      role === "other" && m.left >= 2 && cx.T.andWords.has(cx.w[m.left - 2]) && !cx.cap[m.left - 1];
    // ("Brandt endorsed his former rival, Ken Ode. … he said": a name in apposition to an object.)
    const appositiveObject = role === "other" && cx.w[m.left - 1] === "," && apposedToObject(cx, m);
    if (
      spoke.has(m) ||
      // (A parsed subject counts from an earlier sentence: "If Trump loses, he said …" keeps looking.)
      ((subjectLike(cx, m) || (role === "subject" && cx.sent[m.ts] < s0 && mainClauseSubject(cx, m))) &&
        !coordinatedObject &&
        !modifiedCoordinatedObject &&
        !appositiveObject &&
        !reportedName(m, history))
    ) {
      chosen = m;
      break;
    }
    // "he told Hannity": the person spoken to is a poor fallback (not so "asked X", who answers).
    if (!fallback && !(m.left > 0 && HEARER_VERBS.has(cx.w[m.left - 1]))) fallback = m;
  }
  if (!chosen && spokenObject) chosen = spokenObject;
  // "she" after a person of unknown gender: a nearby speaker or subject known to be a woman is likelier.
  if (chosen && kind !== "person" && wantPerson && !genderOf(chosen) && !spoke.has(chosen)) {
    // (A name the first-name table does not know, subject of the sentence just before, keeps the pronoun
    // unless someone of that gender spoke: "The driver, Jaskirat Sidhu, pleaded guilty. … he told the families".)
    const recent = s0 - cx.sent[chosen.ts] <= 1;
    for (let k = cx.mentions.length - 1; k >= 0; k--) {
      const m = cx.mentions[k];
      if (m.ts >= chosen.ts) continue;
      if (cx.sent[chosen.ts] - cx.sent[m.ts] > 3 || s0 - cx.sent[m.ts] > 6) break;
      if (compatible(m) && genderOf(m) === kind && (spoke.has(m) || (!recent && subjectLike(cx, m)))) {
        chosen = m;
        break;
      }
    }
  }
  // A previous speaker of the right kind mentioned more recently than the chosen name wins.
  for (let h = history.length - 1; h >= 0; h--) {
    const e = history[h];
    if (e.at >= i) continue;
    if (s0 - cx.sent[Math.max(0, e.at)] > 6) break;
    const ok = wantPerson
      ? e.kind === "person" && (kind === "person" || !e.gender || e.gender === kind)
      : e.kind === "org";
    if (!ok) continue;
    if (!chosen || e.at > chosen.ts) {
      if (!chosen || e.speaker.name !== cx.nameOf(chosen)) return { speaker: e.speaker };
    }
    break;
  }
  if (chosen) return { mention: chosen };
  if (fallback) return { mention: fallback };
  // Nobody nearby: the last compatible speaker further back, then the only person of that gender.
  for (let h = history.length - 1; h >= 0; h--) {
    const e = history[h];
    if (e.at >= i) continue;
    if (s0 - cx.sent[Math.max(0, e.at)] > 20) break;
    if (
      wantPerson
        ? e.kind === "person" && (kind === "person" || !e.gender || e.gender === kind)
        : e.kind === "org"
    )
      return { speaker: e.speaker };
  }
  if (wantPerson && kind !== "person") {
    const same = cx.persons.filter((p) => p.gender === kind);
    if (same.length === 1) {
      for (const m of cx.mentions) if (m.person === same[0] && m.ts < i && !m.inQuote) return { mention: m };
    }
    // « L'ONG Human Rights Watch … elle dévoile que »: in French il/elle may stand for an organisation subject.
    if (cx.lang === "fr") {
      for (let k = cx.mentions.length - 1; k >= 0; k--) {
        const m = cx.mentions[k];
        if (m.ts >= i || m.inQuote) continue;
        if (s0 - cx.sent[m.ts] > 1) break;
        if (m.type === "ORG" && subjectLike(cx, m)) return { mention: m };
      }
      // (« L'agence X écrit que « … […] … ». Malgré les réformes, elle juge que »: the body quoted last,
      // its quotation's own sentences aside, when no person is named outside quotes since.)
      const e = history.length > 0 ? history[history.length - 1] : null;
      // (Not an impersonal « il » : « il est écrit que », « il se trouve que », « il semblerait que ».)
      const next = cx.w[i + 1] ?? "";
      const impersonal =
        cx.T.impersonalPronounNext.has(next) || (cx.w[i] === "il" && cx.T.impersonalReportNext.has(next));
      if (
        e &&
        e.kind === "org" &&
        e.at < i &&
        s0 - cx.sent[Math.max(0, e.at)] <= 6 &&
        !impersonal &&
        !cx.mentions.some((m) => m.ts > e.at && m.ts < i && !m.inQuote && m.type === "PER")
      )
        return { speaker: e.speaker };
    }
    // The person the article is about: named most often so far, clearly ahead of anyone else of that gender.
    const counts = new Map<Person, number>();
    let last: Mention | null = null;
    for (const m of cx.mentions) {
      if (m.ts >= i) break;
      const p = m.person;
      if (!p || m.inQuote || (p.gender && p.gender !== kind)) continue;
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const ranked = [...counts].sort((x, y) => y[1] - x[1]);
    if (ranked.length > 0 && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1])) {
      for (const m of cx.mentions) if (m.ts < i && m.person === ranked[0][0] && !m.inQuote) last = m;
      if (last) return { mention: last };
    }
  }
  // "Okafor spoke in Fargo. “…,” he said": an unclassified name as the subject of a verb, when nobody else fits.
  if (wantPerson && cx.lang === "en") {
    for (let k = cx.mentions.length - 1; k >= 0; k--) {
      const m = cx.mentions[k];
      if (m.ts >= i || m.inQuote) continue;
      if (s0 - cx.sent[m.ts] > 2) break;
      if (m.type === "UNK" && m.te < cx.n && isVerbLike(cx, m.te) && subjectLike(cx, m))
        return { mention: m };
    }
  }
  return null;
}

/**
 * With a parse, whether a name stands in apposition to a verb's object ("endorsed his rival, Ken Ode") or, in
 * French, to a noun's complement (« avec son complice de toujours, X »).
 */
function apposedToObject(cx: QuoteContext, m: Mention): boolean {
  const { dep, head } = cx.doc.tokens;
  const t = nameHead(cx, m);
  if (!dep || !head || t < 0 || dep[t] !== "appos") return false;
  const d = dep[head[t]] ?? "";
  // (In French an inverted subject, « figure le ministre …, X », parses as an object: there only a noun's
  // modifier counts, « avec son complice de toujours, X ».)
  if (cx.lang === "fr") return d.startsWith("nmod");
  return d === "obj" || d === "iobj" || d === "obl";
}

/** With a parse, the name's head: the token of the span whose head lies outside it, else -1. */
function nameHead(cx: QuoteContext, m: Mention): number {
  const head = cx.doc.tokens.head;
  if (!head) return -1;
  for (let t = m.ts; t < m.te; t++) if (head[t] < m.ts || head[t] >= m.te) return t;
  return -1;
}

/**
 * With a parse, whether a name is a clause subject (or joined to one by "and", or in apposition to one)
 * or something else (object, oblique, possessor, modifier); null without a parse.
 */
function parsedRole(cx: QuoteContext, m: Mention): "subject" | "other" | null {
  const { dep, head } = cx.doc.tokens;
  if (!dep || !head) return null;
  let h = nameHead(cx, m);
  for (let hops = 0; h >= 0 && hops < 4; hops++) {
    const d = dep[h] ?? "";
    if (d.startsWith("nsubj")) return "subject";
    if (d !== "conj" && d !== "appos" && d !== "flat" && d !== "compound" && !titleModifier(cx, h))
      return d ? "other" : null;
    h = head[h];
  }
  return null;
}

/**
 * A name parsed as the modifier of the title noun right before it (« le chroniqueur et présentateur vedette
 * Paul Mercadier »: nmod of « chroniqueur »): it stands for that noun, as an apposition does.
 */
function titleModifier(cx: QuoteContext, h: number): boolean {
  const { dep, head, pos } = cx.doc.tokens;
  if (cx.lang !== "fr" || !dep?.[h]?.startsWith("nmod") || !head || !pos) return false;
  const g = head[h];
  if (g < 0 || g >= h || h - g > 5 || pos[g] !== "NOUN") return false;
  for (let k = g + 1; k < h; k++)
    if (pos[k] !== "NOUN" && pos[k] !== "ADJ" && pos[k] !== "CCONJ") return false;
  return true;
}

/**
 * With a parse, whether a name is the subject of its sentence's main verb ("Democratic candidate Ada Marsh
 * promised …"), not of a clause inside it ("… said Marsh would win").
 */
function mainClauseSubject(cx: QuoteContext, m: Mention): boolean {
  const { dep, head } = cx.doc.tokens;
  if (!dep || !head) return false;
  let h = -1;
  for (let t = m.ts; t < m.te; t++)
    if (head[t] < m.ts || head[t] >= m.te) {
      h = t;
      break;
    }
  for (let hops = 0; h >= 0 && hops < 4 && !(dep[h] ?? "").startsWith("nsubj"); hops++) h = head[h];
  if (h < 0 || !(dep[h] ?? "").startsWith("nsubj")) return false;
  let v = head[h];
  if (v >= 0 && dep[v] === "conj") v = head[v];
  return v >= 0 && (dep[v] === "root" || head[v] === v || head[v] < 0);
}

/**
 * A pronoun in a clause fronted by a subordinator announces the subject named right after the clause's
 * comma: "Although she labelled the wing “a maze,” Ottilie Brandvold kept calm" (she = Ottilie Brandvold).
 */
function cataphor(cx: QuoteContext, i: number, kind: "m" | "f"): Mention | null {
  const s = cx.sent[i];
  if (s < 0) return null;
  const a = cx.sentStart[s];
  const b = cx.sentEnd[s];
  let k = a;
  while (k < i && cx.isQuoteChar(k)) k++;
  if (!cx.T.frontedClauseOpeners.has(cx.w[k])) return null;
  // The pronoun belongs to the fronted clause: no comma outside quotes before it.
  for (let y = k + 1; y < i; y++) if (cx.w[y] === "," && cx.inQuote[y] < 0) return null;
  let c = i + 1;
  while (c < b && !(cx.w[c] === "," && (cx.inQuote[c] < 0 || cx.isQuoteChar(c + 1)))) c++;
  // A quote closing the clause keeps its comma inside: "… “a maze,” Ottilie Brandvold".
  let x = c + 1;
  if (c >= b) return null;
  while (x < b && cx.isQuoteChar(x)) x++;
  const mi = x < b ? cx.startsAt[x] : -1;
  if (mi < 0) return null;
  const m = cx.mentions[mi];
  if (m.type !== "PER" || m.inQuote) return null;
  const g = m.person?.gender || m.gender;
  if (g && g !== kind) return null;
  // The name is the main clause's subject: a verb (or an auxiliary) follows it.
  return m.te < b && isVerbLike(cx, m.te) ? m : null;
}

/** Verbs whose object is the person spoken to: "told Hannity", "asked Mills". */
const HEARER_VERBS = new Set([
  "told",
  "tells",
  "urged",
  "thanked",
  "warned",
  "reminded",
  "assured",
  "interrupted",
]);

/**
 * The organisation the article is about: the subject of its first sentence outside the headings, a name
 * with no organisation noun of its own ("Northbird Air", not "the Air Line Pilots Association").
 *
 * @example
 * ledeOrganisation(cx, at); // "Northbird Air" in "Northbird Air will stop flying to 11 cities, …"
 */
function ledeOrganisation(cx: QuoteContext, before: number): Mention | null {
  let lede = -1;
  for (const m of cx.mentions) {
    if (m.ts >= before) break;
    if (lede < 0) {
      if (inHeading(cx, m.ts)) continue;
      lede = cx.sent[m.ts];
    }
    if (cx.sent[m.ts] !== lede) break;
    if (m.inQuote || m.type !== "ORG" || cx.w[m.te] === "'s") continue;
    if (cx.w.slice(m.ts, m.te).some((w) => cx.T.orgNouns.has(w.toLowerCase()))) continue;
    // (The subject itself, not a modifier of a person: "questioned Brightline Foods CEO Ada Kerr".)
    if (nameAsModifier(cx, m)) continue;
    const role = parsedRole(cx, m);
    if (role === "subject" || (role === null && subjectLike(cx, m))) return m;
  }
  return null;
}

/**
 * A name read as a person's with nothing personal about it, no first name of known gender, no title, no role:
 * "Maple Freight announced … The trucking company said" may name the company.
 */
function unknownPersonName(m: Mention): boolean {
  return m.type === "PER" && m.gender === "" && (!m.person || m.person.roleHeads.size === 0);
}

/** A name followed by a lower-case organisation or role noun: "the Obama administration", "Trump aides". */
function nameAsModifier(cx: QuoteContext, m: Mention): boolean {
  const t = m.te;
  if (t >= cx.n || cx.sent[t] !== cx.sent[m.ts] || cx.cap[t]) return false;
  const w = cx.w[t];
  // ("Sanders advocates higher taxes": a verb, not a plural noun.)
  if (cx.lang !== "en" || isVerbLike(cx, t) || /s$/.test(w)) return false;
  return cx.T.orgNouns.has(w) || cx.T.roles.has(w) || w === "camp";
}

/** "X said that President Y has long …": Y is inside what X said, not a subject a later pronoun refers to. */
function reportedName(m: Mention, history: SpeakerHistory): boolean {
  for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
    const r = history[h].reported;
    if (r && m.start >= r[0] && m.end <= r[1]) return true;
  }
  return false;
}

/** A mention in subject position: at a clause start, not after a preposition. */
function subjectLike(cx: QuoteContext, m: Mention): boolean {
  let k = m.left - 1;
  // "Le républicain Thomas Massey soutenait …", "The veteran senator X": an article and modifiers before the name.
  let y = k;
  while (
    y >= 0 &&
    m.left - y <= 4 &&
    cx.sent[y] === cx.sent[m.ts] &&
    /^\p{Ll}[\p{Ll}'-]*$/u.test(cx.w[y]) &&
    !cx.T.determiners.has(cx.w[y]) &&
    !cx.T.verbs.has(cx.w[y]) &&
    !cx.T.prepositions.has(cx.w[y]) &&
    !cx.T.pronouns.has(cx.w[y]) &&
    !cx.T.clauseOpeners.has(cx.w[y]) &&
    // "that the voters have handed Okafor …": a verb is no modifier of the name.
    !isVerbLike(cx, y)
  )
    y--;
  if (y >= 0 && cx.sent[y] === cx.sent[m.ts] && cx.T.definiteArticles.has(cx.w[y])) k = y - 1;
  // "Food safety expert Keith Warriner, a professor …": a capitalised modifier opening the sentence.
  else if (
    y >= 0 &&
    y < m.left - 1 &&
    y === cx.sentStart[cx.sent[m.ts]] &&
    cx.cap[y] &&
    !cx.T.prepositions.has(cx.w[y]) &&
    !cx.T.clauseOpeners.has(cx.w[y]) &&
    !cx.T.pronouns.has(cx.w[y]) &&
    !cx.T.determiners.has(cx.w[y]) &&
    !isVerbLike(cx, y)
  )
    return true;
  if (k < 0 || cx.sent[k] !== cx.sent[m.ts]) return true;
  const w = cx.w[k];
  if (w === "," || w === ":" || w === ";" || w === "—" || cx.isQuoteChar(k)) return true;
  if (cx.T.subjectConnectors.has(w)) return true;
  // "This Thursday the commission also criticised …": a short time phrase opening the sentence, no comma.
  const st = cx.sentStart[cx.sent[m.ts]];
  if (openingTimePhrase(cx, st, k)) return true;
  // "As for Trump, he was subdued": the topic set off after "as for" is who the sentence is about.
  if (
    cx.lang === "en" &&
    w === "for" &&
    cx.w[k - 1] === "as" &&
    cx.w[m.te] === "," &&
    cx.T.pronouns.has(cx.w[m.te + 1] ?? "")
  )
    return true;
  // "For Dana Ruiz, a first-year student, the strike has meant …": the person set off as the sentence's topic.
  if (cx.T.topicPrepositions.has(w.toLowerCase()) && k === cx.sentStart[cx.sent[m.ts]] && cx.w[m.te] === ",")
    return true;
  return false;
}

/** Whether tokens st..k are a short time phrase alone ("Yesterday", "This Thursday", "Last week"). */
function openingTimePhrase(cx: QuoteContext, st: number, k: number): boolean {
  if (k - st > 1 || !(cx.T.timeWords.has(cx.w[k]) || cx.T.timeUnits.has(cx.w[k]))) return false;
  return k === st ? cx.T.timeWords.has(cx.w[k]) : cx.T.timeLeads.has(cx.w[st]);
}

/** A headline that repeats a quote of the body is not a quote of its own. */
function dropHeadlineRepeats(cx: QuoteContext, quotes: Quote[]): void {
  const paras = cx.doc.paragraphs;
  if (paras.length < 2) return;
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const head = paras[0];
  const headText = cx.text.slice(head.start, head.end).trim();
  if (headText.length <= 160 && !/[.!?]$/.test(headText)) {
    const body = key(cx.text.slice(paras[1].start));
    for (let k = quotes.length - 1; k >= 0; k--) {
      const q = quotes[k];
      if (q.start < head.start || q.end > head.end) continue;
      const inner = key(q.text);
      if (inner.length > 0 && body.includes(inner)) quotes.splice(k, 1);
    }
  }
  // A subheading that repeats a quote of the body ("‘We have no choice,’ mayor says" between paragraphs).
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k];
    const t = cx.tokenAt(q.start);
    if (t < 0 || !inHeading(cx, t)) continue;
    const para = paras.find((p) => p.start <= q.start && p.end >= q.end);
    if (!para) continue;
    const inner = key(q.text);
    const rest = key(`${cx.text.slice(0, para.start)} ${cx.text.slice(para.end)}`);
    if (inner.length > 0 && rest.includes(inner)) quotes.splice(k, 1);
  }
}
