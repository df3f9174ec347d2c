import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../doc/doc.ts";
import type { Quote } from "../doc/types.ts";
import { localSpeakerSpan } from "./extract.ts";

/** One gold attribution: content (possibly in pieces), the speaker's name or span, the cue. */
export interface GoldQuote {
  /** Character ranges of the content (PolNeAR contents may be discontinuous). */
  parts: [number, number][];
  /** The speaker as a full name (GGT "reference") or the source text (PolNeAR). */
  speaker: string | null;
  source?: [number, number][];
  cue?: [number, number][];
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
  /** Gold quotes whose string could not be found in the text (GGT). */
  unlocated: number;
}

export interface CoverageScore {
  threshold: number;
  predicted: number;
  gold: number;
  /** Predicted quotes covering more than `threshold` of some gold quote. */
  predictedMatched: number;
  /** Gold quotes covered by more than `threshold` by some predicted quote. */
  goldMatched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface QuoteEvaluation {
  articles: number;
  unlocated: number;
  at30: CoverageScore;
  at80: CoverageScore;
  /** Matched gold quotes (30 %) whose predicted speaker is the right person. */
  speakerRight: number;
  speakerTotal: number;
  /** PolNeAR: predicted speaker span or name agrees with the gold source. */
  sourceRight: number;
  sourceTotal: number;
  /** PolNeAR: predicted cue overlaps the gold cue. */
  cueRight: number;
  cueTotal: number;
  /** A few speaker errors, for reading. */
  speakerErrors: string[];
  /** Gold quotes no prediction covers by more than 30 %, for reading. */
  missed: string[];
}

/** Where ../shared/corpora/quotes is. */
export function quotesCorpusRoot(corpora: string): string {
  return join(corpora, "quotes");
}

/**
 * The Gender Gap Tracker evaluation set: raw texts and, per article, every
 * quote with its speaker's full name. The sheet's offsets do not match the
 * texts, so each quote is found by its string (whitespace and quote marks
 * normalised). Test only.
 *
 * @example
 * const articles = loadGgt("/work/shared/corpora/quotes/ggt-en");
 */
export function loadGgt(dir: string): GoldArticle[] {
  const lines = readFileSync(join(dir, "annotations.jsonl"), "utf8").split("\n");
  const out: GoldArticle[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as {
      id: string;
      rawtext_file?: string;
      articleBodyText?: string;
      quotations?: { quote: string; speaker?: string; reference?: string }[];
    };
    const path = rec.rawtext_file ? join(dir, rec.rawtext_file) : "";
    const text = path && existsSync(path) ? readFileSync(path, "utf8") : (rec.articleBodyText ?? "");
    const finder = new StringFinder(text);
    const article: GoldArticle = { id: rec.id, text, quotes: [], unlocated: 0 };
    for (const q of rec.quotations ?? []) {
      const at = finder.find(q.quote);
      if (!at) {
        article.unlocated++;
        continue;
      }
      const speaker = (q.reference?.trim() || q.speaker?.trim()) ?? null;
      article.quotes.push({ parts: [at], speaker: speaker || null });
    }
    out.push(article);
  }
  return out;
}

/**
 * Finds a string in a text modulo whitespace, quote-mark and apostrophe
 * styles; returns the range in the original text.
 */
export class StringFinder {
  private readonly norm: string;
  private readonly map: number[];
  private readonly used = new Map<string, number>();

  constructor(text: string) {
    const chars: string[] = [];
    this.map = [];
    let space = false;
    for (let i = 0; i < text.length; i++) {
      const c = normChar(text[i]);
      if (c === " ") {
        if (space) continue;
        space = true;
      } else space = false;
      chars.push(c);
      this.map.push(i);
    }
    this.map.push(text.length);
    this.norm = chars.join("");
  }

  find(s: string): [number, number] | null {
    let key = "";
    let space = false;
    for (const ch of s) {
      const c = normChar(ch);
      if (c === " ") {
        if (space) continue;
        space = true;
      } else space = false;
      key += c;
    }
    key = key.trim();
    const tries = [key, key.replace(/^"+|"+$/g, "").trim(), key.replace(/^"+|[",.]+$/g, "").trim()];
    for (const k of tries) {
      if (k.length < 3) continue;
      // The same quote string twice in an article: take the next occurrence.
      const from = this.used.get(k) ?? 0;
      let at = this.norm.indexOf(k, from);
      if (at < 0) at = this.norm.indexOf(k);
      if (at >= 0) {
        this.used.set(k, at + 1);
        return [this.map[at], this.map[at + k.length - 1] + 1];
      }
    }
    return null;
  }
}

function normChar(c: string): string {
  if (c === "“" || c === "”" || c === "«" || c === "»" || c === "„" || c === "″") return '"';
  if (c === "’" || c === "‘" || c === "`" || c === "´") return "'";
  if (c === "\n" || c === "\t" || c === "\r" || c === "\u00a0" || c === "\u202f" || c === " ") return " ";
  return c;
}

/**
 * PolNeAR (brat): every attribution relation with its Source, Cue and Content
 * spans; one annotator per article (the first file in name order).
 *
 * @example
 * const dev = loadPolnear("/work/shared/corpora/quotes/polnear/data", "dev");
 */
export function loadPolnear(dir: string, split: string): GoldArticle[] {
  const annDir = join(dir, split, "attributions");
  const textDir = join(dir, split, "text");
  const byArticle = new Map<string, string>();
  for (const f of readdirSync(annDir).sort()) {
    if (!f.endsWith(".ann")) continue;
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    if (!byArticle.has(base)) byArticle.set(base, f);
  }
  const out: GoldArticle[] = [];
  for (const [base, file] of byArticle) {
    const textPath = join(textDir, `${base}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, "utf8");
    const spans = new Map<string, { label: string; parts: [number, number][]; text: string }>();
    const relations: Record<string, string>[] = [];
    for (const line of readFileSync(join(annDir, file), "utf8").split("\n")) {
      const cols = line.split("\t");
      if (line.startsWith("T") && cols.length >= 2) {
        const [label, ...rest] = cols[1].split(" ");
        const parts = rest
          .join(" ")
          .split(";")
          .map((p) => p.trim().split(" ").map(Number) as [number, number]);
        spans.set(cols[0], { label, parts, text: cols[2] ?? "" });
      } else if (line.startsWith("E") && cols.length >= 2) {
        const rel: Record<string, string> = {};
        for (const arg of cols[1].split(" ")) {
          const [role, id] = arg.split(":");
          if (role && id) rel[role.replace(/\d+$/, "")] = id;
        }
        relations.push(rel);
      }
    }
    const quotes: GoldQuote[] = [];
    for (const rel of relations) {
      const content = spans.get(rel.Content ?? "");
      if (!content) continue;
      const source = spans.get(rel.Source ?? "");
      const cue = spans.get(rel.Cue ?? "");
      quotes.push({
        parts: content.parts,
        speaker: source?.text ?? null,
        source: source?.parts,
        cue: cue?.parts,
      });
    }
    out.push({ id: base, text, quotes, unlocated: 0 });
  }
  return out;
}

function overlap(parts: [number, number][], s: number, e: number): number {
  let n = 0;
  for (const [a, b] of parts) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}

function length(parts: [number, number][]): number {
  let n = 0;
  for (const [a, b] of parts) n += b - a;
  return n;
}

const PRONOUNS = new Set([
  "he",
  "she",
  "they",
  "it",
  "il",
  "elle",
  "ils",
  "elles",
  "on",
  "we",
  "i",
  "you",
  "him",
  "her",
  "them",
]);

function nameTokens(s: string): string[] {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter(
      (w) => w.length > 1 && !/^(?:the|le|la|les|of|de|du|des|mr|mrs|ms|dr|m|mme|a|an|un|une)$/.test(w),
    );
}

/**
 * The predicted speaker names the gold person: the same name, or one name's
 * words all inside the other's ("Jones" for "Seth Jones"). A pronoun never does.
 *
 * @example
 * sameSpeaker("Jones", "Seth Jones"); // true
 */
export function sameSpeaker(predicted: string | null | undefined, gold: string | null | undefined): boolean {
  if (!predicted || !gold) return false;
  if (PRONOUNS.has(predicted.trim().toLowerCase())) return false;
  const p = nameTokens(predicted);
  const g = nameTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  const gs = new Set(g);
  const ps = new Set(p);
  return p.every((w) => gs.has(w)) || g.every((w) => ps.has(w));
}

/**
 * The gold source is a relative pronoun ("who", "which", "that") and the
 * predicted speaker is the noun phrase it attaches to, just before it (only
 * spaces or a comma between): the same person, resolved, not a looser match.
 *
 * @example
 * relativeAntecedent("Ana Velmar, who said", [[12, 15]], { start: 0, end: 10 }); // true
 */
export function relativeAntecedent(
  text: string,
  source: [number, number][],
  local: { start: number; end: number } | undefined,
): boolean {
  if (!local || source.length !== 1) return false;
  const [s, e] = source[0];
  if (!/^(?:who|which|that)$/i.test(text.slice(s, e))) return false;
  return local.end <= s && /^[\s,]*$/.test(text.slice(local.end, s));
}

/**
 * Scores predicted quotes against gold ones the Gender Gap Tracker way: a
 * gold quote is found when one predicted quote covers more than 30 % (and,
 * separately, 80 %) of its characters; a predicted quote is right when it
 * covers that much of some gold quote. Scare quotes are not predictions.
 * Speaker accuracy is counted on gold quotes found at 30 %.
 *
 * @example
 * const ev = evaluateQuotes(loadGgt(dir), run);
 * console.log(formatEvaluation("GGT", ev));
 */
export function evaluateQuotes(
  articles: readonly GoldArticle[],
  run: (text: string) => Doc,
): QuoteEvaluation {
  const ev: QuoteEvaluation = {
    articles: 0,
    unlocated: 0,
    at30: emptyScore(0.3),
    at80: emptyScore(0.8),
    speakerRight: 0,
    speakerTotal: 0,
    sourceRight: 0,
    sourceTotal: 0,
    cueRight: 0,
    cueTotal: 0,
    speakerErrors: [],
    missed: [],
  };
  for (const art of articles) {
    ev.articles++;
    ev.unlocated += art.unlocated;
    const doc = run(art.text);
    const predicted = doc.quotes.filter((q) => q.kind !== "scare");
    for (const sc of [ev.at30, ev.at80]) {
      sc.predicted += predicted.length;
      sc.gold += art.quotes.length + art.unlocated;
      for (const p of predicted) {
        if (art.quotes.some((g) => overlap(g.parts, p.start, p.end) > sc.threshold * length(g.parts)))
          sc.predictedMatched++;
      }
    }
    for (const g of art.quotes) {
      const len = length(g.parts);
      let best: Quote | null = null;
      let bestCover = 0;
      for (const p of predicted) {
        const c = overlap(g.parts, p.start, p.end) / Math.max(1, len);
        if (c > bestCover) {
          bestCover = c;
          best = p;
        }
      }
      if (bestCover > 0.3) ev.at30.goldMatched++;
      if (bestCover > 0.8) ev.at80.goldMatched++;
      if (!best || bestCover <= 0.3) {
        if (ev.missed.length < 400)
          ev.missed.push(
            `${art.id}: ${JSON.stringify(g.speaker ?? null)} ${JSON.stringify(
              g.parts
                .map(([a, b]) => art.text.slice(a, b))
                .join(" … ")
                .slice(0, 100),
            )}`,
          );
        continue;
      }
      if (g.source) {
        ev.sourceTotal++;
        const sp = best.speaker;
        const local = localSpeakerSpan(best);
        const spanHit =
          (sp?.start !== undefined && sp.end !== undefined && overlap(g.source, sp.start, sp.end) > 0) ||
          (local !== undefined && overlap(g.source, local.start, local.end) > 0);
        if (spanHit || sameSpeaker(sp?.name, g.speaker) || relativeAntecedent(art.text, g.source, local))
          ev.sourceRight++;
        else if (ev.speakerErrors.length < 400)
          ev.speakerErrors.push(
            `${art.id}: ${JSON.stringify(sp?.name ?? null)}${local ? ` [${art.text.slice(local.start, local.end)}]` : ""} for source ${JSON.stringify(g.speaker)} (${best.rule}) ${JSON.stringify(best.text.slice(0, 60))}`,
          );
        if (g.cue) {
          ev.cueTotal++;
          if (best.cue && overlap(g.cue, best.cue.start, best.cue.end) > 0) ev.cueRight++;
        }
      } else if (g.speaker) {
        ev.speakerTotal++;
        if (sameSpeaker(best.speaker?.name, g.speaker)) ev.speakerRight++;
        else if (ev.speakerErrors.length < 400)
          ev.speakerErrors.push(
            `${art.id}: ${JSON.stringify(best.speaker?.name ?? null)} for ${JSON.stringify(g.speaker)} (${best.rule}) ${JSON.stringify(best.text.slice(0, 60))}`,
          );
      }
    }
  }
  for (const sc of [ev.at30, ev.at80]) finish(sc);
  return ev;
}

function emptyScore(threshold: number): CoverageScore {
  return {
    threshold,
    predicted: 0,
    gold: 0,
    predictedMatched: 0,
    goldMatched: 0,
    precision: 0,
    recall: 0,
    f1: 0,
  };
}

function finish(sc: CoverageScore): void {
  sc.precision = sc.predicted ? sc.predictedMatched / sc.predicted : 0;
  sc.recall = sc.gold ? sc.goldMatched / sc.gold : 0;
  sc.f1 = sc.precision + sc.recall ? (2 * sc.precision * sc.recall) / (sc.precision + sc.recall) : 0;
}

/** A printable table of an evaluation. */
export function formatEvaluation(name: string, ev: QuoteEvaluation): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [
    `${name}: ${ev.articles} articles, ${ev.at30.gold} gold quotes${ev.unlocated ? ` (${ev.unlocated} not found in the text, counted as missed)` : ""}, ${ev.at30.predicted} predicted`,
    "coverage   precision  recall      F1",
    ...[ev.at30, ev.at80].map(
      (s) =>
        `> ${String(Math.round(s.threshold * 100)).padStart(2)} %    ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}`,
    ),
  ];
  if (ev.speakerTotal)
    lines.push(
      `speaker accuracy (matched at 30 %): ${pct(ev.speakerRight / ev.speakerTotal)} %  (${ev.speakerRight}/${ev.speakerTotal})`,
    );
  if (ev.sourceTotal)
    lines.push(
      `source accuracy (matched content):   ${pct(ev.sourceRight / ev.sourceTotal)} %  (${ev.sourceRight}/${ev.sourceTotal})`,
    );
  if (ev.cueTotal)
    lines.push(
      `cue accuracy (matched content):      ${pct(ev.cueRight / ev.cueTotal)} %  (${ev.cueRight}/${ev.cueTotal})`,
    );
  return lines.join("\n");
}
