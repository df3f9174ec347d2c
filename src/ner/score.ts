import { ENTITY_TYPES, iobSpans } from "./tags.ts";

/** Precision, recall and F1 (in percent) with their counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScores {
  micro: Prf;
  types: Record<string, Prf>;
  tokens: number;
  sentences: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? (100 * tp) / (tp + fp) : 0;
  const recall = tp + fn ? (100 * tp) / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Entity-level scores the CoNLL way: a predicted entity counts when its span
 * and type both match a gold one exactly. Labels are IOB1/IOB2 strings.
 * `types` restricts scoring (others are ignored on both sides).
 *
 * @example
 * conllScores([["B-PER", "I-PER"]], [["B-PER", "I-PER"]]).micro.f1; // 100
 */
export function conllScores(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
  types: readonly string[] = ENTITY_TYPES,
): ConllScores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const t of types) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  let tokens = 0;
  for (let s = 0; s < gold.length; s++) {
    tokens += gold[s].length;
    const key = (x: { start: number; end: number; type: number }) =>
      `${x.start}:${x.end}:${ENTITY_TYPES[x.type]}`;
    const g = new Set(
      iobSpans(gold[s])
        .filter((x) => counts.has(ENTITY_TYPES[x.type]))
        .map(key),
    );
    const p = new Set(
      iobSpans(pred[s] ?? [])
        .filter((x) => counts.has(ENTITY_TYPES[x.type]))
        .map(key),
    );
    for (const k of p) {
      const c = counts.get(k.slice(k.lastIndexOf(":") + 1))!;
      if (g.has(k)) c.tp++;
      else c.fp++;
    }
    for (const k of g) if (!p.has(k)) counts.get(k.slice(k.lastIndexOf(":") + 1))!.fn++;
  }
  const typesOut: Record<string, Prf> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of counts) {
    typesOut[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { micro: prf(tp, fp, fn), types: typesOut, tokens, sentences: gold.length };
}

/**
 * A conlleval-style report: one line for all types (micro) then one per type.
 *
 * @example
 * formatScores(conllScores(gold, pred));
 */
export function formatScores(s: ConllScores): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  const found = s.micro.tp + s.micro.fp;
  const real = s.micro.tp + s.micro.fn;
  const lines = [
    `processed ${s.tokens} tokens with ${real} phrases; found: ${found} phrases; correct: ${s.micro.tp}.`,
    `${"micro".padEnd(10)} precision: ${f(s.micro.precision)}%; recall: ${f(s.micro.recall)}%; FB1: ${f(s.micro.f1)}`,
  ];
  for (const [t, p] of Object.entries(s.types)) {
    lines.push(
      `${t.padEnd(10)} precision: ${f(p.precision)}%; recall: ${f(p.recall)}%; FB1: ${f(p.f1)}  ${p.tp + p.fp}`,
    );
  }
  return lines.join("\n");
}
