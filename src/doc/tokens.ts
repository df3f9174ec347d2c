import type { Range, Token } from "./types.ts";

/**
 * Tokens as flat columns (wink-nlp style): one typed array per numeric
 * attribute and plain arrays for strings, filled by the stages that know them.
 * Twenty thousand tokens cost two small typed arrays, not twenty thousand objects.
 */
export class TokenTable {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Sentence index of each token. */
  readonly sentence: Int32Array;
  /** Per-token string attributes added by later stages (pos, lemma, dep, feats, ent, norm). */
  pos: string[] | null = null;
  feats: string[] | null = null;
  lemma: string[] | null = null;
  dep: string[] | null = null;
  ent: string[] | null = null;
  norm: string[] | null = null;
  /** Head token index (absolute), -1 for a root. */
  head: Int32Array | null = null;

  constructor(start: Int32Array, end: Int32Array, sentence: Int32Array) {
    this.length = start.length;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
  }

  static empty(): TokenTable {
    return new TokenTable(new Int32Array(0), new Int32Array(0), new Int32Array(0));
  }

  static from(ranges: Range[], sentenceOf: number[]): TokenTable {
    const n = ranges.length;
    const s = new Int32Array(n);
    const e = new Int32Array(n);
    const sent = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = ranges[i].start;
      e[i] = ranges[i].end;
      sent[i] = sentenceOf[i] ?? 0;
    }
    return new TokenTable(s, e, sent);
  }

  text(source: string, i: number): string {
    return source.slice(this.start[i], this.end[i]);
  }

  /** The token at index `i` as an object (for serialisation and tests, not hot loops). */
  get(source: string, i: number): Token {
    const t: Token = {
      start: this.start[i],
      end: this.end[i],
      text: source.slice(this.start[i], this.end[i]),
    };
    if (this.pos) t.pos = this.pos[i];
    if (this.feats?.[i]) t.feats = this.feats[i];
    if (this.lemma) t.lemma = this.lemma[i];
    if (this.head) t.head = this.head[i];
    if (this.dep) t.dep = this.dep[i];
    if (this.ent) t.ent = this.ent[i];
    return t;
  }

  /** Index of the first token whose start is >= offset (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token index range [from, to) covered by the character range. */
  within(range: Range): [number, number] {
    const from = this.indexAt(range.start);
    let to = from;
    while (to < this.length && this.end[to] <= range.end) to++;
    return [from, to];
  }
}
