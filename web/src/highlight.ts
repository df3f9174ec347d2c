/**
 * Turns an article's standoff layers into flat text segments for display:
 * every offset where some annotation starts or ends cuts the text, and each
 * piece knows which annotations cover it. Overlaps and nesting (an entity
 * inside a quote, a trigger inside an event's evidence) need no special case.
 * Offsets are UTF-16 code units, the same as JavaScript string indices.
 */
import type { Article, Range } from "./types.ts";

export type MarkKind = "entity" | "quote" | "cue" | "speaker" | "event" | "flag" | "date" | "quantity";

export interface Mark extends Range {
  /** Unique within the article: "entity-3", "quote-0", … (also the DOM id "fact-…" of its first segment). */
  key: string;
  kind: MarkKind;
  /** Index in its layer. */
  index: number;
}

export interface Segment extends Range {
  text: string;
  /** Marks covering the whole segment, in the order of `marks`. */
  marks: Mark[];
  /** Marks that begin exactly here (their anchor goes on this segment). */
  starts: Mark[];
}

export interface Block extends Range {
  segments: Segment[];
}

/** Every mark of an article, with out-of-range or empty spans dropped. */
export function marksOf(article: Article): Mark[] {
  const n = article.text.length;
  const marks: Mark[] = [];
  const add = (kind: MarkKind, index: number, r: Partial<Range> | null | undefined, suffix = "") => {
    if (!r || typeof r.start !== "number" || typeof r.end !== "number") return;
    const start = Math.max(0, r.start);
    const end = Math.min(n, r.end);
    if (end <= start) return;
    marks.push({ key: `${kind}-${index}${suffix}`, kind, index, start, end });
  };
  article.quotes.forEach((q, i) => {
    add("quote", i, q);
    add("cue", i, q.cue);
    if (q.speaker) add("speaker", i, q.speaker);
  });
  const layers: [MarkKind, (Partial<Range> | undefined)[]][] = [
    ["entity", article.entities],
    ["event", article.events.map((e) => e.trigger)],
    ["flag", article.flags ?? []],
    ["date", article.dates ?? []],
    ["quantity", article.quantities ?? []],
  ];
  for (const [kind, ranges] of layers) {
    for (let i = 0; i < ranges.length; i++) add(kind, i, ranges[i]);
  }
  return marks;
}

/**
 * Cuts `text` between `from` and `to` at every mark boundary.
 *
 * @example
 * segment("Anton Brel said", [{ key: "entity-0", kind: "entity", index: 0, start: 0, end: 10 }], 0, 15);
 * // [{ text: "Anton Brel", marks: [entity-0] }, { text: " said", marks: [] }]
 */
export function segment(text: string, marks: Mark[], from = 0, to = text.length): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = inside.slice().sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= start) active.splice(k, 1);
    const starts: Mark[] = [];
    while (next < byStart.length && byStart[next].start <= start) {
      const m = byStart[next++];
      if (m.end > start) {
        active.push(m);
        starts.push(m);
      }
    }
    segments.push({ start, end, text: text.slice(start, end), marks: active.slice(), starts });
  }
  return segments;
}

/**
 * The article as display blocks (its paragraphs, or the whole text when it
 * has none), each cut into segments. Marks spanning two paragraphs appear in both.
 */
export function blocksOf(article: Article, marks: Mark[] = marksOf(article)): Block[] {
  const text = article.text;
  const paragraphs: Range[] = article.paragraphs?.length
    ? article.paragraphs
    : [{ start: 0, end: text.length }];
  const seen = new Set<string>();
  return paragraphs
    .filter((p) => p.end > p.start)
    .map((p) => {
      const segments = segment(text, marks, p.start, p.end);
      // A mark's anchor goes on its first segment only.
      for (const s of segments) s.starts = s.starts.filter((m) => !seen.has(m.key) && seen.add(m.key));
      return { start: p.start, end: p.end, segments };
    });
}
