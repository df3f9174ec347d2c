/**
 * BILOU tag set for four entity types. Tag 0 is O; tag 1 + 4·type + part,
 * part ∈ {B, I, L, U}. Training data arrives as IOB2 (or IOB1) strings and
 * output leaves as IOB2.
 */

export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAG_COUNT = 1 + ENTITY_TYPES.length * 4;
const PARTS = ["B", "I", "L", "U"] as const;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

export const TAG_NAMES: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`)),
];

/** Entity type index of a tag (-1 for O). */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

/** B/I/L/U part of a tag (-1 for O). */
export function tagPart(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

export function makeTag(type: number, part: number): number {
  return 1 + type * 4 + part;
}

/** Index of a type name, or -1 (HIPE names are mapped by the readers first). */
export function typeIndex(name: string): number {
  return (ENTITY_TYPES as readonly string[]).indexOf(name);
}

/**
 * Whether `tag` may follow `prev` in a well-formed BILOU sequence
 * (prev = 0 at sentence start).
 */
export function allowedAfter(prev: number, tag: number): boolean {
  const pp = tagPart(prev);
  const open = pp === B || pp === I;
  if (open) {
    const p = tagPart(tag);
    return (p === I || p === L) && tagType(tag) === tagType(prev);
  }
  const p = tagPart(tag);
  return tag === 0 || p === B || p === U;
}

/** A labelled token span [start, end) within a sentence. */
export interface TagSpan {
  start: number;
  end: number;
  type: number;
}

/**
 * Spans from IOB1/IOB2 labels ("B-PER", "I-PER", "O"); an I- after a different
 * type or after O opens a new span, as conlleval does. Unknown types are skipped.
 *
 * @example
 * iobSpans(["B-PER", "I-PER", "O", "I-LOC"]); // [{start:0,end:2,type:0},{start:3,end:4,type:2}]
 */
export function iobSpans(labels: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const lab = labels[i];
    const dash = lab.indexOf("-");
    const prefix = dash < 0 ? lab : lab.slice(0, dash);
    const type = dash < 0 ? -1 : typeIndex(lab.slice(dash + 1));
    if (prefix === "O" || type < 0) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    if (prefix === "B" || prefix === "S" || prefix === "U" || !cur || cur.type !== type) {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, type };
    } else cur.end = i + 1;
    if (prefix === "E" || prefix === "L" || prefix === "S" || prefix === "U") {
      spans.push(cur);
      cur = null;
    }
  }
  if (cur) spans.push(cur);
  return spans;
}

/** BILOU tag ids for spans over `n` tokens. */
export function spansToTags(spans: readonly TagSpan[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = makeTag(s.type, U);
    else {
      tags[s.start] = makeTag(s.type, B);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = makeTag(s.type, I);
      tags[s.end - 1] = makeTag(s.type, L);
    }
  }
  return tags;
}

/**
 * Spans from BILOU tag ids, tolerant of ill-formed runs (a B or I without its L
 * closes where the type changes).
 */
export function tagSpans(tags: ArrayLike<number>, n = tags.length): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    const type = tagType(t);
    const part = tagPart(t);
    if (type < 0) {
      if (cur) spans.push(cur);
      cur = null;
      continue;
    }
    if (part === B || part === U || !cur || cur.type !== type) {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, type };
    } else cur.end = i + 1;
    if (part === L || part === U) {
      spans.push(cur);
      cur = null;
    }
  }
  if (cur) spans.push(cur);
  return spans;
}

/** IOB2 strings for spans over `n` tokens. */
export function spansToIob2(spans: readonly TagSpan[], n: number): string[] {
  const out = new Array<string>(n).fill("O");
  for (const s of spans) {
    const name = ENTITY_TYPES[s.type];
    out[s.start] = `B-${name}`;
    for (let i = s.start + 1; i < s.end; i++) out[i] = `I-${name}`;
  }
  return out;
}
