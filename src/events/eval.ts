import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Doc } from "../doc/doc.ts";
import type { EventActor } from "../doc/types.ts";
import { extractEvents, type SentenceEvent } from "./extract.ts";
import { mergeEvents } from "./merge.ts";
import { CASE2021_TO_PLOVER, GSR_TO_PLOVER, ploverCategory } from "./ontology.ts";

/**
 * Scoring of the events stage against the PLOVER gold standard records
 * (type, source and target actors of one sentence each) and CASE 2021
 * task 2 (event type of a snippet, ACLED subtypes mapped to PLOVER).
 */

export interface GoldActor {
  actorText: string;
  code?: string;
}

export interface PloverRecord {
  id: string;
  /** Position in the file, counting from 0 and skipping the DOCUMENT record. */
  position: number;
  type: string;
  text: string;
  source: GoldActor[];
  target: GoldActor[];
  /** Reciprocal actors (SRC/TAR in the markup): the sides may be coded either way. */
  reciprocal: boolean;
}

/**
 * The PLOVER GSR records of a split: even positions are dev, odd are test.
 *
 * @example
 * ploverRecords(file, "dev").length; // 161
 */
export function ploverRecords(file: string, split: "dev" | "test" | "all"): PloverRecord[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[];
  const out: PloverRecord[] = [];
  let position = 0;
  for (const r of raw) {
    if (r.event === "DOCUMENT") continue;
    const pos = position++;
    if (split === "dev" && pos % 2 !== 0) continue;
    if (split === "test" && pos % 2 !== 1) continue;
    const list = (v: unknown): GoldActor[] =>
      Array.isArray(v) ? (v as GoldActor[]).filter((a) => a && typeof a.actorText === "string") : [];
    const info = r.textInfo as { markup?: string } | string | undefined;
    const markup = typeof info === "object" && info ? (info.markup ?? "") : "";
    const type = String(r.event);
    out.push({
      id: String(r.id),
      position: pos,
      type: GSR_TO_PLOVER[type] ?? type,
      text: String(r.text),
      source: list(r.source),
      target: list(r.target),
      reciprocal: markup.includes("SRC/TAR"),
    });
  }
  return out;
}

const require = createRequire(import.meta.url);
let alpha3: ((code: string) => string | undefined) | null = null;

function toAlpha3(code: string): string | undefined {
  if (!alpha3) {
    const lib = require("i18n-iso-countries") as { alpha2ToAlpha3(c: string): string | undefined };
    alpha3 = (c) => lib.alpha2ToAlpha3(c);
  }
  return alpha3(code);
}

const STOP = new Set([
  "the",
  "of",
  "a",
  "an",
  "and",
  "in",
  "its",
  "their",
  "le",
  "la",
  "les",
  "de",
  "du",
  "des",
  "et",
]);

function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      // Dotted initialisms are one word: "U.N." is "un", "U.S." is "us".
      .replace(/(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""))
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w))
  );
}

/** Country codes of the CAMEO era that differ from ISO 3166 alpha-3 (the gold records use both). */
const LEGACY_CODES: Record<string, string> = { JAP: "JPN", ITL: "ITA", VTN: "VNM", GER: "DEU", UK: "GBR" };

/** A plural and its singular are one word for matching ("rebels" names the gold "rebel"). */
const singular = (w: string) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

/**
 * A predicted actor matches a gold actor on a shared content word (plural or singular) or on the
 * country code.
 *
 * @example
 * actorMatches({ name: "Japan", entity: "country:JP" }, { actorText: "Tokyo", code: "JAP" }); // true
 */
export function actorMatches(pred: EventActor, gold: GoldActor): boolean {
  if (gold.code && pred.entity?.startsWith("country:")) {
    const a3 = toAlpha3(pred.entity.slice(8));
    if (a3 && a3 === (LEGACY_CODES[gold.code] ?? gold.code)) return true;
  }
  const g = new Set(words(gold.actorText).map(singular));
  return words(pred.name).some((w) => g.has(singular(w)));
}

function anyMatch(pred: EventActor[], gold: GoldActor[]): boolean {
  return pred.some((p) => gold.some((g) => actorMatches(p, g)));
}

/**
 * The event a sentence is coded for: a trigger outside background phrases
 * (after the bombing, during a visit), then on the main predicate chain
 * (the root verb and its xcomp/ccomp/conj chain) before one in a modifier,
 * then the most central (closest to the root of the tree), verbs before
 * nouns, earliest on ties.
 */
export function primaryEvent(events: SentenceEvent[]): SentenceEvent | null {
  let best: SentenceEvent | null = null;
  for (const e of events) {
    // "Two days after the bombing, police rounded up …": the act before its background.
    if (best && (e.background ?? false) !== (best.background ?? false)) {
      if (!e.background) best = e;
      continue;
    }
    // The main predicate chain (root, its xcomp/ccomp and coordinated verbs) before any modifier clause or phrase.
    if (best && (e.main ?? true) !== (best.main ?? true)) {
      if (e.main ?? true) best = e;
      continue;
    }
    if (
      !best ||
      e.depth < best.depth ||
      (e.depth === best.depth && e.verbal && !best.verbal) ||
      (e.depth === best.depth && e.verbal === best.verbal && e.event.trigger.start < best.event.trigger.start)
    )
      best = e;
  }
  return best;
}

export interface PloverScore {
  records: number;
  typeCorrect: number;
  withSource: number;
  sourceCorrect: number;
  withTarget: number;
  targetCorrect: number;
  noEvent: number;
  confusion: Map<string, Map<string, number>>;
  errors: { id: string; gold: string; predicted: string; text: string }[];
}

/**
 * Type, source and target accuracy over PLOVER records. `annotate` runs the
 * pipeline stages before events (segmentation, syntax, entities …).
 */
export function scorePlover(records: PloverRecord[], annotate: (text: string) => Doc): PloverScore {
  const score: PloverScore = {
    records: 0,
    typeCorrect: 0,
    withSource: 0,
    sourceCorrect: 0,
    withTarget: 0,
    targetCorrect: 0,
    noEvent: 0,
    confusion: new Map(),
    errors: [],
  };
  for (const r of records) {
    const doc = annotate(r.text);
    const best = primaryEvent(mergeEvents(extractEvents(doc)));
    score.records++;
    const predicted = best ? ploverCategory(best.event) : "NONE";
    if (!best) score.noEvent++;
    if (predicted === r.type) score.typeCorrect++;
    else score.errors.push({ id: r.id, gold: r.type, predicted, text: r.text });
    const row = score.confusion.get(r.type) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    score.confusion.set(r.type, row);
    const src = best?.event.source ?? [];
    const tgt = best?.event.target ?? [];
    if (r.source.length) {
      score.withSource++;
      const pool = r.reciprocal ? [...src, ...tgt] : src;
      if (anyMatch(pool, r.source)) score.sourceCorrect++;
    }
    if (r.target.length) {
      score.withTarget++;
      if (anyMatch(tgt, r.target)) score.targetCorrect++;
    }
  }
  return score;
}

export interface CaseSnippet {
  id: string;
  text: string;
  label: string;
  /** The PLOVER type of the label, or null when it has none. */
  gold: string | null;
}

/** CASE 2021 task 2 snippets with their labels mapped to PLOVER. */
export function caseSnippets(file: string): CaseSnippet[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const out: CaseSnippet[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cols = line.split("\t");
    if (cols.length < 3) continue;
    const label = cols[cols.length - 1].trim();
    out.push({
      id: cols[0],
      text: cols.slice(1, -1).join("\t"),
      label,
      gold: CASE2021_TO_PLOVER[label] ?? null,
    });
  }
  return out;
}

/** For ACLED "agreement" snippets, signing an agreement (PLOVER SUPPORT) is the same class as agreeing. */
const CASE_PREDICTION: Record<string, string> = { SUPPORT: "AGREE" };

export interface ClassScore {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseScore {
  snippets: number;
  classes: ClassScore[];
  macroF1: number;
  accuracy: number;
}

/**
 * Macro-F1 over the PLOVER types CASE labels map to, on the snippets whose
 * label maps (`allSnippets` also counts predictions on unmapped snippets as
 * false positives).
 */
export function scoreCase(
  snippets: CaseSnippet[],
  annotate: (text: string) => Doc,
  allSnippets = false,
): CaseScore {
  const labels: string[] = [...new Set<string>(Object.values(CASE2021_TO_PLOVER))].sort();
  const counts = new Map(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  let n = 0;
  let correct = 0;
  for (const sn of snippets) {
    if (!sn.gold && !allSnippets) continue;
    n++;
    const doc = annotate(sn.text);
    const predicted = predictSnippet(doc);
    if (predicted === sn.gold) correct++;
    if (sn.gold && predicted === sn.gold) counts.get(sn.gold)!.tp++;
    else {
      if (sn.gold) counts.get(sn.gold)!.fn++;
      if (predicted && counts.has(predicted)) counts.get(predicted)!.fp++;
    }
  }
  const classes = labels.map((label) => {
    const c = counts.get(label)!;
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, ...c, precision, recall, f1 };
  });
  const present = classes.filter((c) => c.tp + c.fn > 0);
  const macroF1 = present.reduce((a, c) => a + c.f1, 0) / Math.max(1, present.length);
  return { snippets: n, classes, macroF1, accuracy: n ? correct / n : 0 };
}

/** The type of a snippet: the primary event of its first sentence that has one. */
export function predictSnippet(doc: Doc): string | null {
  const evs = extractEvents(doc);
  if (!evs.length) return null;
  const first = Math.min(...evs.map((e) => e.event.evidence.start));
  const best = primaryEvent(evs.filter((e) => e.event.evidence.start === first));
  if (!best) return null;
  const t = ploverCategory(best.event);
  return CASE_PREDICTION[t] ?? t;
}
