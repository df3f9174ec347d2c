/**
 * Transition-based dependency parser: arc-hybrid system (SHIFT, LEFT, RIGHT)
 * with a single root, greedy decoding, averaged perceptron over hashed
 * features, trained with the dynamic oracle of Goldberg & Nivre (2013) on
 * projectivised trees. A second perceptron labels each arc (UD relation)
 * when it is made, so labels of finished subtrees feed later decisions.
 */

import { DossierError } from "../errors.ts";
import { feat1, feat2, feat3, finish, hashString, mix } from "./hash.ts";
import { normaliseForm } from "./lemmatiser.ts";
import { PerceptronTrainer, type SparseModel } from "./linear.ts";
import type { ModelFile } from "./model-file.ts";
import { encodeModel, loadModel } from "./model-file.ts";
import { prng, shuffle, sparseFromFile, sparseToArrays } from "./sparse-io.ts";

const SHIFT = 0;
const LEFT = 1;
const RIGHT = 2;
const MAX_FEATURES = 96;

const NONE = -7;
const ROOT_W = hashString("<ROOT>");
const ROOT_P = -3;

/** One sentence of syntactic words for the parser (0-based arrays). */
export interface ParseInput {
  forms: readonly string[];
  upos: readonly string[];
  feats: readonly string[];
  /** Hashes of the forms as the tagger computed them (`WordHashes.lower`), to skip re-hashing. */
  lower?: Int32Array;
}

export interface ParseOutput {
  /** Head of each word, 1-based word index, 0 for the root. */
  head: Int32Array;
  deprel: string[];
}

/** A gold training sentence: input plus gold heads (1-based, 0 root) and relations. */
export interface ParseExample extends ParseInput {
  head: readonly number[];
  deprel: readonly string[];
}

const DIGITS = /[0-9]/g;

/** Hashes of word forms and FEATS strings seen (bounded; cleared when full). */
const wordHashes = new Map<string, number>();
const featsHashes = new Map<string, number>();
const HASH_CACHE_SIZE = 1 << 16;

/** Hash of the lower-cased form with digits folded to 0. */
function wordHash(form: string): number {
  let h = wordHashes.get(form);
  if (h === undefined) {
    h = hashString(normaliseForm(form).toLowerCase().replace(DIGITS, "0"));
    if (wordHashes.size >= HASH_CACHE_SIZE) wordHashes.clear();
    wordHashes.set(form, h);
  }
  return h;
}

function featsHash(feats: string): number {
  let h = featsHashes.get(feats);
  if (h === undefined) {
    h = hashString(feats);
    if (featsHashes.size >= HASH_CACHE_SIZE) featsHashes.clear();
    featsHashes.set(feats, h);
  }
  return h;
}

/** Parser state over words 1..n, 0 being the root. */
class State {
  n = 0;
  w: Int32Array;
  p: Int32Array;
  m: Int32Array;
  stack: Int32Array;
  sp = 0;
  b = 1;
  head: Int32Array;
  label: Int32Array;
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  lval: Int32Array;
  rval: Int32Array;
  inStack: Uint8Array;
  /** Room for sentences of up to this many words without reallocating. */
  private capacity = -1;

  constructor(input?: ParseInput, uposIndex?: Map<string, number>) {
    this.w = this.p = this.m = this.stack = this.head = this.label = new Int32Array(0);
    this.lc1 = this.lc2 = this.rc1 = this.rc2 = this.lval = this.rval = this.head;
    this.inStack = new Uint8Array(0);
    if (input && uposIndex) this.reset(input, uposIndex);
  }

  /** Starts a new sentence, reusing the arrays when they are large enough. */
  reset(input: ParseInput, uposIndex: Map<string, number>): void {
    const n = input.forms.length;
    this.n = n;
    if (n > this.capacity) {
      const size = n + 1;
      this.capacity = n;
      this.w = new Int32Array(size);
      this.p = new Int32Array(size);
      this.m = new Int32Array(size);
      this.stack = new Int32Array(size);
      this.head = new Int32Array(size);
      this.label = new Int32Array(size);
      this.lc1 = new Int32Array(size);
      this.lc2 = new Int32Array(size);
      this.rc1 = new Int32Array(size);
      this.rc2 = new Int32Array(size);
      this.lval = new Int32Array(size);
      this.rval = new Int32Array(size);
      this.inStack = new Uint8Array(size);
    }
    this.w[0] = ROOT_W;
    this.p[0] = ROOT_P;
    this.m[0] = 0;
    for (let i = 1; i <= n; i++) {
      this.w[i] = input.lower ? input.lower[i - 1] : wordHash(input.forms[i - 1]);
      this.p[i] = uposIndex.get(input.upos[i - 1]) ?? -2;
      this.m[i] = featsHash(input.feats[i - 1]);
    }
    const end = n + 1;
    this.stack[0] = 0;
    this.sp = 1;
    this.b = 1;
    this.head.fill(-1, 0, end);
    this.label.fill(-1, 0, end);
    this.lc1.fill(-1, 0, end);
    this.lc2.fill(-1, 0, end);
    this.rc1.fill(-1, 0, end);
    this.rc2.fill(-1, 0, end);
    this.lval.fill(0, 0, end);
    this.rval.fill(0, 0, end);
    this.inStack.fill(0, 0, end);
    this.inStack[0] = 1;
  }

  get terminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b <= this.n;
    if (t === LEFT) return this.b <= this.n && this.sp >= 2;
    if (t !== RIGHT) return false;
    // RIGHT onto the root only as the very last move, so there is exactly one root.
    if (this.sp < 3) return this.sp === 2 && this.b > this.n;
    return true;
  }

  addArc(h: number, d: number): void {
    this.head[d] = h;
    if (d < h) {
      this.lval[h]++;
      if (this.lc1[h] < 0 || d < this.lc1[h]) {
        this.lc2[h] = this.lc1[h];
        this.lc1[h] = d;
      } else if (this.lc2[h] < 0 || d < this.lc2[h]) this.lc2[h] = d;
    } else {
      this.rval[h]++;
      if (this.rc1[h] < 0 || d > this.rc1[h]) {
        this.rc2[h] = this.rc1[h];
        this.rc1[h] = d;
      } else if (this.rc2[h] < 0 || d > this.rc2[h]) this.rc2[h] = d;
    }
  }

  /** Applies a transition; returns [head, dependent] of the arc it made, or null. */
  apply(t: number): [number, number] | null {
    const d = this.step(t);
    return d < 0 ? null : [this.head[d], d];
  }

  /** Applies a transition; returns the dependent of the arc it made (its head is `head[d]`), or -1. */
  step(t: number): number {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b;
      this.inStack[this.b] = 1;
      this.b++;
      return -1;
    }
    const s0 = this.stack[--this.sp];
    this.inStack[s0] = 0;
    const h = t === LEFT ? this.b : this.stack[this.sp - 1];
    this.addArc(h, s0);
    return s0;
  }

  /** Gold arcs made unreachable by transition t (dynamic oracle for arc-hybrid). */
  cost(t: number, gold: Int32Array): number {
    const n = this.n;
    const b = this.b;
    const s0 = this.stack[this.sp - 1];
    let c = 0;
    if (t === SHIFT) {
      for (let k = 1; k < this.sp; k++) if (gold[this.stack[k]] === b) c++;
      const h = gold[b];
      if (h !== s0 && h >= 0 && this.inStack[h]) c++;
      return c;
    }
    for (let d = b; d <= n; d++) if (gold[d] === s0) c++;
    const h = gold[s0];
    if (t === LEFT) {
      const s1 = this.sp >= 2 ? this.stack[this.sp - 2] : -1;
      if (h !== b && (h > b || h === s1)) c++;
    } else if (h >= b) c++;
    return c;
  }
}

function distBucket(d: number): number {
  return d < 5 ? d : d < 10 ? 5 : d < 20 ? 6 : 7;
}

/** Transition features of a state. */
function transitionFeatures(st: State, out: Int32Array): number {
  const sp = st.sp;
  const s0 = sp >= 1 ? st.stack[sp - 1] : -1;
  const s1 = sp >= 2 ? st.stack[sp - 2] : -1;
  const s2 = sp >= 3 ? st.stack[sp - 3] : -1;
  const b0 = st.b <= st.n ? st.b : -1;
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const s0w = s0 < 0 ? NONE : st.w[s0];
  const s0p = s0 < 0 ? NONE : st.p[s0];
  const s1w = s1 < 0 ? NONE : st.w[s1];
  const s1p = s1 < 0 ? NONE : st.p[s1];
  const b0w = b0 < 0 ? NONE : st.w[b0];
  const b0p = b0 < 0 ? NONE : st.p[b0];
  const b1w = b1 < 0 ? NONE : st.w[b1];
  const b1p = b1 < 0 ? NONE : st.p[b1];
  const b2p = b2 < 0 ? NONE : st.p[b2];
  const s2p = s2 < 0 ? NONE : st.p[s2];
  const s0lc1 = s0 >= 0 ? st.lc1[s0] : -1;
  const s0lc2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s0rc1 = s0 >= 0 ? st.rc1[s0] : -1;
  const s0rc2 = s0 >= 0 ? st.rc2[s0] : -1;
  const b0lc1 = b0 >= 0 ? st.lc1[b0] : -1;
  const b0lc2 = b0 >= 0 ? st.lc2[b0] : -1;
  const s1rc1 = s1 >= 0 ? st.rc1[s1] : -1;
  const s1lc1 = s1 >= 0 ? st.lc1[s1] : -1;
  const d01 = s0 >= 0 && b0 >= 0 ? distBucket(b0 - s0) : NONE;
  const d10 = s0 >= 0 && s1 >= 0 ? distBucket(s0 - s1) : NONE;
  let n = 0;
  out[n++] = feat1(1, s0w);
  out[n++] = feat1(2, s0p);
  out[n++] = feat2(3, s0w, s0p);
  out[n++] = feat1(4, s1w);
  out[n++] = feat1(5, s1p);
  out[n++] = feat2(6, s1w, s1p);
  out[n++] = feat1(7, b0w);
  out[n++] = feat1(8, b0p);
  out[n++] = feat2(9, b0w, b0p);
  out[n++] = feat1(10, b1w);
  out[n++] = feat1(11, b1p);
  out[n++] = feat2(12, b1w, b1p);
  out[n++] = feat1(13, b2p);
  out[n++] = feat1(14, s2p);
  out[n++] = feat2(15, s0w, b0w);
  out[n++] = feat2(16, s0p, b0p);
  out[n++] = feat3(17, s0w, s0p, b0p);
  out[n++] = feat3(18, s0p, b0w, b0p);
  out[n++] = feat2(19, s0w, b0p);
  out[n++] = feat2(20, s0p, b0w);
  out[n++] = feat2(21, s1p, s0p);
  out[n++] = feat2(22, s1w, s0w);
  out[n++] = feat3(23, s1p, s0p, b0p);
  out[n++] = feat3(24, s0p, b0p, b1p);
  out[n++] = feat3(25, b0p, b1p, b2p);
  out[n++] = feat3(26, s2p, s1p, s0p);
  out[n++] = feat3(27, s1p, s0p, b1p);
  out[n++] = feat3(28, d01, s0p, b0p);
  out[n++] = feat3(29, d10, s1p, s0p);
  out[n++] = feat2(30, s0w, d01);
  out[n++] = feat3(31, s0 >= 0 ? st.lval[s0] : NONE, s0p, 0);
  out[n++] = feat3(32, s0 >= 0 ? st.rval[s0] : NONE, s0p, 0);
  out[n++] = feat2(33, b0 >= 0 ? st.lval[b0] : NONE, b0p);
  out[n++] = feat2(34, s1 >= 0 ? st.rval[s1] : NONE, s1p);
  out[n++] = feat2(35, s0lc1 < 0 ? NONE : st.p[s0lc1], s0p);
  out[n++] = feat2(36, s0lc1 < 0 ? NONE : st.label[s0lc1], s0p);
  out[n++] = feat2(37, s0rc1 < 0 ? NONE : st.p[s0rc1], s0p);
  out[n++] = feat2(38, s0rc1 < 0 ? NONE : st.label[s0rc1], s0p);
  out[n++] = feat2(39, b0lc1 < 0 ? NONE : st.p[b0lc1], b0p);
  out[n++] = feat2(40, b0lc1 < 0 ? NONE : st.label[b0lc1], b0p);
  out[n++] = feat2(41, s1rc1 < 0 ? NONE : st.p[s1rc1], s1p);
  out[n++] = feat2(42, s1rc1 < 0 ? NONE : st.label[s1rc1], s1p);
  out[n++] = feat2(43, s0lc2 < 0 ? NONE : st.label[s0lc2], s0p);
  out[n++] = feat2(44, s0rc2 < 0 ? NONE : st.label[s0rc2], s0p);
  out[n++] = feat2(45, b0lc2 < 0 ? NONE : st.label[b0lc2], b0p);
  out[n++] = feat3(46, s0p, s0lc1 < 0 ? NONE : st.p[s0lc1], s0lc2 < 0 ? NONE : st.p[s0lc2]);
  out[n++] = feat3(47, s0p, s0rc1 < 0 ? NONE : st.label[s0rc1], s0rc2 < 0 ? NONE : st.label[s0rc2]);
  out[n++] = feat3(48, b0p, b0lc1 < 0 ? NONE : st.label[b0lc1], b0lc2 < 0 ? NONE : st.label[b0lc2]);
  out[n++] = feat3(49, s0p, s0lc1 < 0 ? NONE : st.label[s0lc1], b0p);
  out[n++] = feat3(50, s0p, s0rc1 < 0 ? NONE : st.label[s0rc1], b0p);
  out[n++] = feat2(51, s0 < 0 ? NONE : st.m[s0], s0p);
  out[n++] = feat2(52, b0 < 0 ? NONE : st.m[b0], b0p);
  out[n++] = feat2(53, s1 < 0 ? NONE : st.m[s1], s1p);
  out[n++] = feat2(54, s0w, s1p);
  out[n++] = feat2(55, s0p, s1w);
  out[n++] = feat2(56, b0w, b1w);
  out[n++] = feat3(57, s0w, b0w, (s0p * 131 + b0p) | 0);
  out[n++] = feat3(58, s0lc1 < 0 ? NONE : st.w[s0lc1], s0p, b0p);
  out[n++] = feat3(59, s1lc1 < 0 ? NONE : st.label[s1lc1], s1p, s0p);
  out[n++] = feat3(60, s1p, b0p, d10);
  out[n++] = feat3(61, s1w, b0p, s0p);
  out[n++] = feat3(62, b0lc1 < 0 ? NONE : st.w[b0lc1], b0p, s0p);
  return n;
}

/**
 * Inference splits the 62 templates of `transitionFeatures` in three: those
 * fixed while s0 stays on the stack top (s0, the words below it, and the
 * children s0 and s1 can no longer gain), those of the buffer front alone,
 * and the rest. The first two are scored once per sentence and word; integer
 * scores make the split sum equal to the whole.
 */
/**
 * The templates that change from one transition to the next and read a word: the rest are the
 * POS-only ones (`posTupleFeatures`) and the two groups that read only UPOS, labels and valency
 * (`stackSideFeatures`, `bufferSideFeatures`), whose scores inference caches per value tuple.
 */
function dynamicTransitionFeatures(st: State, out: Int32Array): number {
  const sp = st.sp;
  const s0 = sp >= 1 ? st.stack[sp - 1] : -1;
  const s1 = sp >= 2 ? st.stack[sp - 2] : -1;
  const b0 = st.b <= st.n ? st.b : -1;
  const s0w = s0 < 0 ? NONE : st.w[s0];
  const s0p = s0 < 0 ? NONE : st.p[s0];
  const s1w = s1 < 0 ? NONE : st.w[s1];
  const b0w = b0 < 0 ? NONE : st.w[b0];
  const b0p = b0 < 0 ? NONE : st.p[b0];
  const s0lc1 = s0 >= 0 ? st.lc1[s0] : -1;
  const b0lc1 = b0 >= 0 ? st.lc1[b0] : -1;
  const d01 = s0 >= 0 && b0 >= 0 ? distBucket(b0 - s0) : NONE;
  let n = 0;
  out[n++] = feat2(15, s0w, b0w);
  out[n++] = feat3(17, s0w, s0p, b0p);
  out[n++] = feat3(18, s0p, b0w, b0p);
  out[n++] = feat2(19, s0w, b0p);
  out[n++] = feat2(20, s0p, b0w);
  out[n++] = feat2(30, s0w, d01);
  out[n++] = feat3(57, s0w, b0w, (s0p * 131 + b0p) | 0);
  out[n++] = feat3(58, s0lc1 < 0 ? NONE : st.w[s0lc1], s0p, b0p);
  out[n++] = feat3(61, s1w, b0p, s0p);
  out[n++] = feat3(62, b0lc1 < 0 ? NONE : st.w[b0lc1], b0p, s0p);
  return n;
}

/** The changing templates of s0's children that read no word (UPOS, labels, valency), with b0's UPOS. */
function stackSideFeatures(
  s0p: number,
  s0rval: number,
  s0rc1p: number,
  s0rc1Label: number,
  s0rc2Label: number,
  s0lc1Label: number,
  b0p: number,
  out: Int32Array,
): number {
  let n = 0;
  out[n++] = feat3(49, s0p, s0lc1Label, b0p);
  out[n++] = feat3(32, s0rval, s0p, 0);
  out[n++] = feat2(37, s0rc1p, s0p);
  out[n++] = feat2(38, s0rc1Label, s0p);
  out[n++] = feat2(44, s0rc2Label, s0p);
  out[n++] = feat3(47, s0p, s0rc1Label, s0rc2Label);
  out[n++] = feat3(50, s0p, s0rc1Label, b0p);
  return n;
}

/** The changing templates of b0's left children that read no word (UPOS, labels, valency). */
function bufferSideFeatures(
  b0p: number,
  b0lval: number,
  b0lc1p: number,
  b0lc1Label: number,
  b0lc2Label: number,
  out: Int32Array,
): number {
  let n = 0;
  out[n++] = feat2(33, b0lval, b0p);
  out[n++] = feat2(39, b0lc1p, b0p);
  out[n++] = feat2(40, b0lc1Label, b0p);
  out[n++] = feat2(45, b0lc2Label, b0p);
  out[n++] = feat3(48, b0p, b0lc1Label, b0lc2Label);
  return n;
}

/** The templates fixed while s0 stays on the stack top, less those of one word type (`wordTypeFeatures`). */
function stackTopFeatures(st: State, out: Int32Array): number {
  const sp = st.sp;
  const s0 = sp >= 1 ? st.stack[sp - 1] : -1;
  const s1 = sp >= 2 ? st.stack[sp - 2] : -1;
  const s2 = sp >= 3 ? st.stack[sp - 3] : -1;
  const s0w = s0 < 0 ? NONE : st.w[s0];
  const s0p = s0 < 0 ? NONE : st.p[s0];
  const s1w = s1 < 0 ? NONE : st.w[s1];
  const s1p = s1 < 0 ? NONE : st.p[s1];
  const s2p = s2 < 0 ? NONE : st.p[s2];
  const s0lc1 = s0 >= 0 ? st.lc1[s0] : -1;
  const s0lc2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s1rc1 = s1 >= 0 ? st.rc1[s1] : -1;
  const s1lc1 = s1 >= 0 ? st.lc1[s1] : -1;
  const d10 = s0 >= 0 && s1 >= 0 ? distBucket(s0 - s1) : NONE;
  let n = 0;
  out[n++] = feat1(14, s2p);
  out[n++] = feat2(21, s1p, s0p);
  out[n++] = feat2(22, s1w, s0w);
  out[n++] = feat3(26, s2p, s1p, s0p);
  out[n++] = feat3(29, d10, s1p, s0p);
  out[n++] = feat3(31, s0 >= 0 ? st.lval[s0] : NONE, s0p, 0);
  out[n++] = feat2(34, s1 >= 0 ? st.rval[s1] : NONE, s1p);
  out[n++] = feat2(35, s0lc1 < 0 ? NONE : st.p[s0lc1], s0p);
  out[n++] = feat2(36, s0lc1 < 0 ? NONE : st.label[s0lc1], s0p);
  out[n++] = feat2(41, s1rc1 < 0 ? NONE : st.p[s1rc1], s1p);
  out[n++] = feat2(42, s1rc1 < 0 ? NONE : st.label[s1rc1], s1p);
  out[n++] = feat2(43, s0lc2 < 0 ? NONE : st.label[s0lc2], s0p);
  out[n++] = feat3(46, s0p, s0lc1 < 0 ? NONE : st.p[s0lc1], s0lc2 < 0 ? NONE : st.p[s0lc2]);
  out[n++] = feat2(54, s0w, s1p);
  out[n++] = feat2(55, s0p, s1w);
  out[n++] = feat3(59, s1lc1 < 0 ? NONE : st.label[s1lc1], s1p, s0p);
  return n;
}

/** The templates of b0, b1 and b2 alone, less those of one word type (`wordTypeFeatures`). */
function bufferFeatures(st: State, out: Int32Array): number {
  const b0 = st.b <= st.n ? st.b : -1;
  const b1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const b0w = b0 < 0 ? NONE : st.w[b0];
  const b0p = b0 < 0 ? NONE : st.p[b0];
  const b1w = b1 < 0 ? NONE : st.w[b1];
  const b1p = b1 < 0 ? NONE : st.p[b1];
  const b2p = b2 < 0 ? NONE : st.p[b2];
  let n = 0;
  out[n++] = feat1(13, b2p);
  out[n++] = feat3(25, b0p, b1p, b2p);
  out[n++] = feat2(56, b0w, b1w);
  return n;
}

/**
 * The transition templates that read only one word's (form, UPOS, feats)
 * hashes, in four roles: as s0 (1, 2, 3, 51), s1 (4, 5, 6, 53), b0 (7, 8, 9,
 * 52) and b1 (10, 11, 12). Their scores are cached per word type across
 * sentences.
 */
function wordTypeFeatures(role: number, w: number, p: number, m: number, out: Int32Array): number {
  let n = 0;
  if (role === 0) {
    out[n++] = feat1(1, w);
    out[n++] = feat1(2, p);
    out[n++] = feat2(3, w, p);
    out[n++] = feat2(51, m, p);
  } else if (role === 1) {
    out[n++] = feat1(4, w);
    out[n++] = feat1(5, p);
    out[n++] = feat2(6, w, p);
    out[n++] = feat2(53, m, p);
  } else if (role === 2) {
    out[n++] = feat1(7, w);
    out[n++] = feat1(8, p);
    out[n++] = feat2(9, w, p);
    out[n++] = feat2(52, m, p);
  } else {
    out[n++] = feat1(10, w);
    out[n++] = feat1(11, p);
    out[n++] = feat2(12, w, p);
  }
  return n;
}

/** Word-type cache: records of 16 ints, [w, p, m, filled, then 3 scores for each of the 4 roles]. */
const TYPE_BITS = 15;
const TYPE_RECORD = 16;
const ROLE_S0 = 4;
const ROLE_S1 = 7;
const ROLE_B0 = 10;
const ROLE_B1 = 13;

/**
 * The changing transition templates that read only UPOS indices and
 * distances: (s1p, s0p, b0p, b1p, d01, d10) fit in 28 bits, and their scores
 * are cached per tuple in a 1 MB direct-mapped table.
 */
function posTupleFeatures(
  s1p: number,
  s0p: number,
  b0p: number,
  b1p: number,
  d01: number,
  d10: number,
  out: Int32Array,
): number {
  let n = 0;
  out[n++] = feat2(16, s0p, b0p);
  out[n++] = feat3(23, s1p, s0p, b0p);
  out[n++] = feat3(24, s0p, b0p, b1p);
  out[n++] = feat3(27, s1p, s0p, b1p);
  out[n++] = feat3(28, d01, s0p, b0p);
  out[n++] = feat3(60, s1p, b0p, d10);
  return n;
}

const POS_BITS = 16;
/** UPOS values (NONE = -7 … K − 1) shifted into 5 bits, so models with up to 24 tags can use the tuple cache. */
const POS_OFFSET = 8;
const POS_MAX_TAGS = 32 - POS_OFFSET;

/**
 * Side-group caches (`stackSideFeatures`, `bufferSideFeatures`): direct-mapped entries of
 * [key1 | SIDE_FILLED, key2, three scores, padding]; UPOS +8 in 5 bits, labels +8 in 7, valencies in 4.
 */
const SIDE_BITS = 13;
const SIDE_STRIDE = 8;
const SIDE_FILLED = 1 << 30;
const SIDE_MAX_VALENCY = 15;

/** Offset of the entry of the key pair in a side-group cache. */
function sideEntry(key1: number, key2: number): number {
  return (Math.imul(key1 ^ Math.imul(key2, 0x85ebca6b), 0x9e3779b1) >>> (32 - SIDE_BITS)) * SIDE_STRIDE;
}

/** Groups of transition templates cached per sentence (see `dynamicTransitionFeatures`). */
const CACHE_TOP = 0;
const CACHE_BUFFER = 1;

/** Label features of an arc h → d at the moment it is made. */
function labelFeatures(st: State, h: number, d: number, out: Int32Array): number {
  const dir = d < h ? 1 : 2;
  const dist = distBucket(Math.abs(h - d)) * 4 + dir;
  // the same templates as inference's two parts; order does not matter to integer sums
  const n = labelPosFeatures(st.p[d], st.p[h], dir, dist, out);
  return n + arcLabelFeatures(st, h, d, out.subarray(n));
}

/**
 * Inference splits the label templates of `labelFeatures` in two: those that
 * read only the two UPOS and the direction and distance (101, 104, 106, 110:
 * long rows, few combinations), whose summed score vectors are cached per
 * tuple (`labelPosFeatures`), and the rest (`arcLabelFeatures`); integer
 * scores make the split sum equal to the whole.
 */
function labelPosFeatures(dp: number, hp: number, dir: number, dist: number, out: Int32Array): number {
  let n = 0;
  out[n++] = feat1(101, dp);
  out[n++] = feat1(104, hp);
  out[n++] = feat3(106, dp, hp, dir);
  out[n++] = feat3(110, dist, dp, hp);
  return n;
}

/**
 * The label templates of `labelFeatures` less those of `labelPosFeatures`: `arcLabelRest` and the two
 * groups inference caches (`headStateLabelFeatures`, `dependentContextLabelFeatures`). The labeller's
 * scores are integer sums, so the order of the templates does not change them.
 */
function arcLabelFeatures(st: State, h: number, d: number, out: Int32Array): number {
  const dir = d < h ? 1 : 2;
  const hl1 = st.lc1[h];
  const hr1 = st.rc1[h];
  const dl1 = st.lc1[d];
  const n = arcLabelRest(st, h, d, out);
  const hl1Label = hl1 < 0 ? NONE : st.label[hl1];
  const hr1Label = hr1 < 0 ? NONE : st.label[hr1];
  const k = headStateLabelFeatures(hl1Label, hr1Label, st.lval[h], st.rval[h], st.p[h], dir, out, n);
  const dl1p = dl1 < 0 ? NONE : st.p[dl1];
  const nextP = d + 1 <= st.n ? st.p[d + 1] : NONE;
  const dp = st.p[d];
  return (
    n +
    k +
    dependentContextLabelFeatures(dl1p, nextP, st.p[d - 1], dp, dir, st.lval[d], st.rval[d], out, n + k)
  );
}

/** Label POS-tuple cache: (dp, hp) shifted into 5 bits each (see POS_OFFSET) and the 5-bit distance code. */
const LABEL_POS_BITS = 15;

/**
 * Inference takes two more groups out of `arcLabelFeatures`, templates that
 * read only UPOS, labels, valencies and the direction and have long rows
 * (a third of the entries an arc adds up): the head's state after the arc
 * (120, 121, 122) and the dependent's UPOS context (117, 124, 125, 128).
 * Each group's summed label scores are cached per value tuple in a
 * direct-mapped table (`LabelGroupCache`); `arcLabelRest` scores the others.
 */
function headStateLabelFeatures(
  hl1Label: number,
  hr1Label: number,
  lval: number,
  rval: number,
  hp: number,
  dir: number,
  out: Int32Array,
  at = 0,
): number {
  out[at] = feat3(120, hl1Label, hp, dir);
  out[at + 1] = feat3(121, hr1Label, hp, dir);
  out[at + 2] = feat3(122, lval, rval, dir);
  return 3;
}

function dependentContextLabelFeatures(
  dl1p: number,
  nextP: number,
  prevP: number,
  dp: number,
  dir: number,
  lval: number,
  rval: number,
  out: Int32Array,
  at = 0,
): number {
  out[at] = feat3(117, dl1p, dp, dir);
  out[at + 1] = feat3(124, nextP, dp, dir);
  out[at + 2] = feat3(125, prevP, dp, dir);
  out[at + 3] = feat3(128, lval, rval, dp);
  return 4;
}

/** `arcLabelFeatures` less the templates of `headStateLabelFeatures` and `dependentContextLabelFeatures`. */
function arcLabelRest(st: State, h: number, d: number, out: Int32Array): number {
  const n = arcLabelWordFeatures(st, h, d, out);
  const dl1 = st.lc1[d];
  const dl2 = st.lc2[d];
  const dr1 = st.rc1[d];
  return (
    n +
    childLabelFeatures(
      st.p[d],
      st.p[h],
      d < h ? 1 : 2,
      dl1 < 0 ? NONE : st.label[dl1],
      dr1 < 0 ? NONE : st.label[dr1],
      dl2 < 0 ? NONE : st.label[dl2],
      out,
      n,
    )
  );
}

/** The templates of `arcLabelRest` that read a word or a FEATS value. */
function arcLabelWordFeatures(st: State, h: number, d: number, out: Int32Array): number {
  const dir = d < h ? 1 : 2;
  const dw = st.w[d];
  const dp = st.p[d];
  const hw = st.w[h];
  const hp = st.p[h];
  const dl1 = st.lc1[d];
  const dl2 = st.lc2[d];
  const dr1 = st.rc1[d];
  let n = 0;
  out[n++] = feat1(100, dw);
  out[n++] = feat2(102, dw, dp);
  out[n++] = feat1(103, hw);
  out[n++] = feat2(105, hw, hp);
  out[n++] = feat3(107, dw, hp, dir);
  out[n++] = feat3(108, dp, hw, dir);
  out[n++] = feat2(109, dw, hw);
  out[n++] = feat2(111, st.m[d], dp);
  out[n++] = feat2(112, st.m[h], hp);
  out[n++] = feat3(113, st.m[d], hp, dir);
  out[n++] = feat3(116, dl1 < 0 ? NONE : st.w[dl1], dp, hp);
  out[n++] = feat3(118, dl2 < 0 ? NONE : st.w[dl2], dp, hp);
  out[n++] = feat3(123, dr1 < 0 ? NONE : st.w[dr1], dp, hp);
  out[n++] = feat3(127, st.m[d], st.m[h], dir);
  out[n++] = feat3(129, dl1 < 0 ? NONE : st.w[dl1], hw, dp);
  return n;
}

/**
 * The templates of `arcLabelRest` that read only UPOS, the direction and the dependent's children's
 * labels, written at `out[at…]`; inference caches their summed scores per tuple (`addChildLabelGroup`).
 */
function childLabelFeatures(
  dp: number,
  hp: number,
  dir: number,
  dl1Label: number,
  dr1Label: number,
  dl2Label: number,
  out: Int32Array,
  at = 0,
): number {
  out[at] = feat3(114, dl1Label, dp, hp);
  out[at + 1] = feat3(115, dr1Label, dp, hp);
  out[at + 2] = feat3(119, dl2Label, dl1Label, dp);
  out[at + 3] = feat3(126, dir, hp, (dp * 131 + dl1Label) | 0);
  return 4;
}

/** Entries of a label group cache (direct-mapped), each [key, L scores] in LABEL_GROUP_STRIDE ints. */
const LABEL_GROUP_BITS = 12;
const LABEL_GROUP_STRIDE = 64;
/** Key bit of a filled entry (keys use bits 0–28). */
const LABEL_GROUP_FILLED = 1 << 30;
/** Valencies above this are scored directly (they do not fit the key). */
const LABEL_GROUP_MAX_VALENCY = 15;

/** Offset of the entry of `key` in a label group cache. */
function labelGroupEntry(key: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> (32 - LABEL_GROUP_BITS)) * LABEL_GROUP_STRIDE;
}

/**
 * A trained dependency parser.
 *
 * @example
 * const parser = Parser.load("models/syntax-en.parser.bin");
 * parser.parse({ forms: ["She", "left"], upos: ["PRON", "VERB"], feats: ["_", "_"] }).deprel; // ["nsubj", "root"]
 */
export class Parser {
  readonly lang: string;
  readonly uposList: string[];
  readonly labels: string[];
  private readonly uposIndex: Map<string, number>;
  private readonly trans: SparseModel;
  private readonly labeller: SparseModel;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly tscores = new Int32Array(3);
  private readonly lscores: Int32Array;
  private readonly rootLabel: number;
  /** Scratch state reused from sentence to sentence. */
  private readonly state = new State();
  private readonly roleFeats = new Int32Array(32);
  private readonly roleTmp = new Int32Array(3);
  /** Per sentence: transition scores of each one-word group, and whether they are known yet. */
  private roleScores = new Int32Array(0);
  private roleDone = new Uint8Array(0);
  private roleStride = 0;
  /** Word-type records (see TYPE_RECORD), direct-mapped by hash; a record is trusted only if its key matches. */
  private readonly typeCache = new Int32Array(TYPE_RECORD << TYPE_BITS);
  /** Per sentence: each word's 12 word-type scores (a copy: records may be evicted within a sentence). */
  private wordType = new Int32Array(0);
  /** POS-tuple cache: [key | 1 << 28, three scores] per entry (see `posTupleFeatures`). */
  private readonly posCache = new Int32Array(4 << POS_BITS);
  private readonly usePosCache: boolean;
  /** Whether the side-group caches apply (few tags and labels: see SIDE_BITS). */
  private readonly useSideCache: boolean;
  private readonly stackSideCache = new Int32Array(SIDE_STRIDE << SIDE_BITS);
  private readonly bufferSideCache = new Int32Array(SIDE_STRIDE << SIDE_BITS);
  /** Scores of b1's templates when there is no b1. */
  private readonly noB1 = new Int32Array(3);
  /** Summed label scores of `labelPosFeatures` per tuple (L each), and which tuples are filled. */
  private readonly labelPos: Int32Array;
  private readonly labelPosDone = new Uint8Array(1 << LABEL_POS_BITS);
  /** Whether the label group caches apply (few tags and labels: the keys fit 29 bits). */
  private readonly useLabelGroups: boolean;
  private readonly headStateCache: Int32Array;
  private readonly depContextCache: Int32Array;
  /** Child-label group cache (`childLabelFeatures`): [key1, key2, L scores] per entry of LABEL_GROUP_STRIDE ints. */
  private readonly childLabelCache: Int32Array;
  /** Whether an entry of the child-label cache holds its two keys and the L scores. */
  private readonly useChildLabelGroup: boolean;

  constructor(lang: string, uposList: string[], labels: string[], trans: SparseModel, labeller: SparseModel) {
    this.lang = lang;
    this.uposList = uposList;
    this.labels = labels;
    this.uposIndex = new Map(uposList.map((u, i) => [u, i]));
    this.trans = trans;
    this.labeller = labeller;
    this.lscores = new Int32Array(labels.length);
    this.labelPos = new Int32Array(this.usePosCacheFor(uposList) ? labels.length << LABEL_POS_BITS : 0);
    this.rootLabel = labels.indexOf("root");
    this.usePosCache = uposList.length <= POS_MAX_TAGS;
    this.useSideCache = this.usePosCache && labels.length + POS_OFFSET < 128;
    this.useLabelGroups =
      this.usePosCache && labels.length + POS_OFFSET < 128 && labels.length < LABEL_GROUP_STRIDE;
    const groupSize = this.useLabelGroups ? LABEL_GROUP_STRIDE << LABEL_GROUP_BITS : 0;
    this.headStateCache = new Int32Array(groupSize);
    this.depContextCache = new Int32Array(groupSize);
    this.useChildLabelGroup = this.useLabelGroups && labels.length + 2 <= LABEL_GROUP_STRIDE;
    this.childLabelCache = new Int32Array(this.useChildLabelGroup ? groupSize : 0);
    const k = wordTypeFeatures(3, NONE, NONE, NONE, this.roleFeats);
    this.trans.score(this.roleFeats, k, this.noB1);
  }

  parse(input: ParseInput): ParseOutput {
    const st = this.state;
    st.reset(input, this.uposIndex);
    const n = st.n;
    this.prepareRoleCache(n);
    const sc = this.tscores;
    while (!st.terminal) {
      const sp = st.sp;
      const b = st.b;
      let best: number;
      if (b > n) best = RIGHT;
      else if (sp === 1) best = SHIFT;
      else {
        // Sum the cached groups, then score the rest.
        sc.fill(0);
        this.addCached(st, CACHE_TOP, st.stack[sp - 1]);
        this.addCached(st, CACHE_BUFFER, b);
        this.addPosTuple(st);
        this.addSideGroups(st);
        const k = dynamicTransitionFeatures(st, this.feats);
        this.trans.score(this.feats, k, sc);
        // SHIFT and LEFT are valid here; RIGHT needs a word above the root.
        best = sc[LEFT] > sc[SHIFT] ? LEFT : SHIFT;
        if (sp >= 3 && sc[RIGHT] > sc[best]) best = RIGHT;
      }
      const d = st.step(best);
      if (d >= 0) {
        const h = st.head[d];
        if (h === 0 && this.rootLabel >= 0) st.label[d] = this.rootLabel;
        else {
          if (this.usePosCache) {
            this.labelPosScores(st.p[d], st.p[h], d < h ? 1 : 2, distBucket(Math.abs(h - d)));
            if (this.useLabelGroups && this.addLabelGroups(st, h, d)) {
              let kl: number;
              if (this.useChildLabelGroup) {
                this.addChildLabelGroup(st, h, d);
                kl = arcLabelWordFeatures(st, h, d, this.feats);
              } else kl = arcLabelRest(st, h, d, this.feats);
              this.labeller.score(this.feats, kl, this.lscores);
            } else {
              const kl = arcLabelFeatures(st, h, d, this.feats);
              this.labeller.score(this.feats, kl, this.lscores);
            }
          } else {
            const kl = labelFeatures(st, h, d, this.feats);
            this.lscores.fill(0);
            this.labeller.score(this.feats, kl, this.lscores);
          }
          st.label[d] = bestLabel(this.lscores, false, this.rootLabel);
        }
      }
    }
    const head = st.head.slice(1, n + 1);
    const deprel: string[] = new Array(n);
    for (let i = 0; i < n; i++) deprel[i] = this.labels[st.label[i + 1]] ?? "dep";
    return { head, deprel };
  }

  /**
   * Adds the scores of the two side groups (`stackSideFeatures`, `bufferSideFeatures`) through their
   * tuple caches; scored directly when the caches do not apply or a valency does not fit the key.
   */
  private addSideGroups(st: State): void {
    const sp = st.sp;
    const s0 = sp >= 1 ? st.stack[sp - 1] : -1;
    const b0 = st.b <= st.n ? st.b : -1;
    const s0p = s0 < 0 ? NONE : st.p[s0];
    const b0p = b0 < 0 ? NONE : st.p[b0];
    const s0rc1 = s0 >= 0 ? st.rc1[s0] : -1;
    const s0rc2 = s0 >= 0 ? st.rc2[s0] : -1;
    const s0lc1 = s0 >= 0 ? st.lc1[s0] : -1;
    const b0lc1 = b0 >= 0 ? st.lc1[b0] : -1;
    const b0lc2 = b0 >= 0 ? st.lc2[b0] : -1;
    const s0rval = s0 >= 0 ? st.rval[s0] : NONE;
    const b0lval = b0 >= 0 ? st.lval[b0] : NONE;
    const s0rc1p = s0rc1 < 0 ? NONE : st.p[s0rc1];
    const s0rc1Label = s0rc1 < 0 ? NONE : st.label[s0rc1];
    const s0rc2Label = s0rc2 < 0 ? NONE : st.label[s0rc2];
    const s0lc1Label = s0lc1 < 0 ? NONE : st.label[s0lc1];
    const b0lc1p = b0lc1 < 0 ? NONE : st.p[b0lc1];
    const b0lc1Label = b0lc1 < 0 ? NONE : st.label[b0lc1];
    const b0lc2Label = b0lc2 < 0 ? NONE : st.label[b0lc2];
    const sc = this.tscores;
    const feats = this.roleFeats;
    const direct =
      !this.useSideCache ||
      s0rval < 0 ||
      b0lval < 0 ||
      s0rval > SIDE_MAX_VALENCY ||
      b0lval > SIDE_MAX_VALENCY;
    if (direct) {
      let k = stackSideFeatures(s0p, s0rval, s0rc1p, s0rc1Label, s0rc2Label, s0lc1Label, b0p, feats);
      this.trans.score(feats, k, sc);
      k = bufferSideFeatures(b0p, b0lval, b0lc1p, b0lc1Label, b0lc2Label, feats);
      this.trans.score(feats, k, sc);
      return;
    }
    const o = POS_OFFSET;
    // Stack side: s0p, s0rc1p, b0p, s0rval | s0rc1Label, s0rc2Label, s0lc1Label.
    const a1 = (s0p + o) | ((s0rc1p + o) << 5) | ((b0p + o) << 10) | (s0rval << 15) | SIDE_FILLED;
    const a2 = (s0rc1Label + o) | ((s0rc2Label + o) << 7) | ((s0lc1Label + o) << 14);
    const a = sideEntry(a1, a2);
    const sc1 = this.stackSideCache;
    if (sc1[a] !== a1 || sc1[a + 1] !== a2) {
      const k = stackSideFeatures(s0p, s0rval, s0rc1p, s0rc1Label, s0rc2Label, s0lc1Label, b0p, feats);
      this.fillSideEntry(sc1, a, a1, a2, k);
    }
    // Buffer side: b0p, b0lc1p, b0lval | b0lc1Label, b0lc2Label.
    const b1 = (b0p + o) | ((b0lc1p + o) << 5) | (b0lval << 10) | SIDE_FILLED;
    const b2 = (b0lc1Label + o) | ((b0lc2Label + o) << 7);
    const b = sideEntry(b1, b2);
    const sc2 = this.bufferSideCache;
    if (sc2[b] !== b1 || sc2[b + 1] !== b2) {
      const k = bufferSideFeatures(b0p, b0lval, b0lc1p, b0lc1Label, b0lc2Label, feats);
      this.fillSideEntry(sc2, b, b1, b2, k);
    }
    sc[0] += sc1[a + 2] + sc2[b + 2];
    sc[1] += sc1[a + 3] + sc2[b + 3];
    sc[2] += sc1[a + 4] + sc2[b + 4];
  }

  /** Scores the first `k` of `roleFeats` into a side cache's entry at `at`, under its two keys. */
  private fillSideEntry(cache: Int32Array, at: number, key1: number, key2: number, k: number): void {
    const tmp = this.roleTmp;
    tmp.fill(0);
    this.trans.score(this.roleFeats, k, tmp);
    cache[at] = key1;
    cache[at + 1] = key2;
    cache[at + 2] = tmp[0];
    cache[at + 3] = tmp[1];
    cache[at + 4] = tmp[2];
  }

  /** Adds the scores of the POS-only changing templates, through the tuple cache. */
  private addPosTuple(st: State): void {
    const sp = st.sp;
    const s0 = st.stack[sp - 1];
    const s1 = st.stack[sp - 2];
    const b0 = st.b;
    const s0p = st.p[s0];
    const s1p = st.p[s1];
    const b0p = st.p[b0];
    const b1p = b0 + 1 <= st.n ? st.p[b0 + 1] : NONE;
    const d01 = distBucket(b0 - s0);
    const d10 = distBucket(s0 - s1);
    const sc = this.tscores;
    if (!this.usePosCache) {
      const k = posTupleFeatures(s1p, s0p, b0p, b1p, d01, d10, this.roleFeats);
      this.trans.score(this.roleFeats, k, sc);
      return;
    }
    let key = s1p + POS_OFFSET;
    key = (key << 5) | (s0p + POS_OFFSET);
    key = (key << 5) | (b0p + POS_OFFSET);
    key = (key << 5) | (b1p + POS_OFFSET);
    key = (key << 4) | d01;
    key = (key << 4) | d10 | (1 << 28);
    const at = (Math.imul(key, 0x9e3779b1) >>> (32 - POS_BITS)) << 2;
    const c = this.posCache;
    if (c[at] !== key) {
      const k = posTupleFeatures(s1p, s0p, b0p, b1p, d01, d10, this.roleFeats);
      const tmp = this.roleTmp;
      tmp.fill(0);
      this.trans.score(this.roleFeats, k, tmp);
      c[at] = key;
      c[at + 1] = tmp[0];
      c[at + 2] = tmp[1];
      c[at + 3] = tmp[2];
    }
    sc[0] += c[at + 1];
    sc[1] += c[at + 2];
    sc[2] += c[at + 3];
  }

  /** Clears the per-sentence cache of feature groups (2 groups × n + 1 words × 3 transitions). */
  private prepareRoleCache(n: number): void {
    const size = 2 * (n + 1);
    if (this.roleDone.length < size) {
      this.roleDone = new Uint8Array(size * 2);
      this.roleScores = new Int32Array(size * 2 * 3);
    } else this.roleDone.fill(0, 0, size);
    this.roleStride = n + 1;
    if (this.wordType.length < 12 * (n + 1)) this.wordType = new Int32Array(24 * (n + 1));
    const st = this.state;
    const c = this.typeCache;
    for (let i = 0; i <= n; i++) {
      const at = this.typeRecord(st.w[i], st.p[i], st.m[i]) + ROLE_S0;
      for (let j = 0; j < 12; j++) this.wordType[12 * i + j] = c[at + j];
    }
  }

  /** Offset of the cached record of a word type, filled on first sight (or after eviction). */
  private typeRecord(w: number, p: number, m: number): number {
    const at = (finish(mix(mix(w, p), m)) >>> (32 - TYPE_BITS)) * TYPE_RECORD;
    const c = this.typeCache;
    if (c[at + 3] === 1 && c[at] === w && c[at + 1] === p && c[at + 2] === m) return at;
    c[at] = w;
    c[at + 1] = p;
    c[at + 2] = m;
    c[at + 3] = 1;
    const tmp = this.roleTmp;
    for (let role = 0; role < 4; role++) {
      const k = wordTypeFeatures(role, w, p, m, this.roleFeats);
      tmp.fill(0);
      this.trans.score(this.roleFeats, k, tmp);
      const o = at + ROLE_S0 + 3 * role;
      c[o] = tmp[0];
      c[o + 1] = tmp[1];
      c[o + 2] = tmp[2];
    }
    return at;
  }

  private usePosCacheFor(uposList: readonly string[]): boolean {
    return uposList.length <= POS_MAX_TAGS;
  }

  /** Sets `lscores` to the label scores of `labelPosFeatures`, through the tuple cache. */
  private labelPosScores(dp: number, hp: number, dir: number, bucket: number): void {
    const L = this.lscores.length;
    const dist = bucket * 4 + dir;
    const key = ((dp + POS_OFFSET) << 10) | ((hp + POS_OFFSET) << 5) | dist;
    const at = key * L;
    const c = this.labelPos;
    if (this.labelPosDone[key] === 0) {
      const k = labelPosFeatures(dp, hp, dir, dist, this.roleFeats);
      this.labeller.score(this.roleFeats, k, c.subarray(at, at + L));
      this.labelPosDone[key] = 1;
    }
    const ls = this.lscores;
    for (let j = 0; j < L; j++) ls[j] = c[at + j];
  }

  /**
   * Adds the label scores of the two cached template groups of arc h → d to
   * `lscores` (see `headStateLabelFeatures`); false, adding nothing, when a
   * valency is too large for the keys.
   */
  private addLabelGroups(st: State, h: number, d: number): boolean {
    const hlval = st.lval[h];
    const hrval = st.rval[h];
    const dlval = st.lval[d];
    const drval = st.rval[d];
    const max = LABEL_GROUP_MAX_VALENCY;
    if (hlval > max || hrval > max || dlval > max || drval > max) return false;
    const dir = d < h ? 1 : 2;
    const hp = st.p[h];
    const dp = st.p[d];
    const hl1 = st.lc1[h];
    const hr1 = st.rc1[h];
    const hl1Label = hl1 < 0 ? NONE : st.label[hl1];
    const hr1Label = hr1 < 0 ? NONE : st.label[hr1];
    const dl1 = st.lc1[d];
    const dl1p = dl1 < 0 ? NONE : st.p[dl1];
    const nextP = d + 1 <= st.n ? st.p[d + 1] : NONE;
    const prevP = st.p[d - 1];
    const L = this.lscores.length;
    const feats = this.roleFeats;
    // Head state: labels +8 in 7 bits each, valencies in 4, UPOS +8 in 5, direction in 1.
    let key = ((hl1Label + POS_OFFSET) << 21) | ((hr1Label + POS_OFFSET) << 14);
    key |= (hlval << 10) | (hrval << 6) | ((hp + POS_OFFSET) << 1) | (dir - 1);
    const a = labelGroupEntry(key);
    const hc = this.headStateCache;
    if (hc[a] !== (key | LABEL_GROUP_FILLED)) {
      const k = headStateLabelFeatures(hl1Label, hr1Label, hlval, hrval, hp, dir, feats);
      const row = hc.subarray(a + 1, a + 1 + L);
      row.fill(0);
      this.labeller.score(feats, k, row);
      hc[a] = key | LABEL_GROUP_FILLED;
    }
    // Dependent context: UPOS +8 in 5 bits each, direction in 1, valencies in 4.
    let key2 = ((dl1p + POS_OFFSET) << 24) | ((nextP + POS_OFFSET) << 19) | ((prevP + POS_OFFSET) << 14);
    key2 |= ((dp + POS_OFFSET) << 9) | ((dir - 1) << 8) | (dlval << 4) | drval;
    const b = labelGroupEntry(key2);
    const dc = this.depContextCache;
    if (dc[b] !== (key2 | LABEL_GROUP_FILLED)) {
      const k = dependentContextLabelFeatures(dl1p, nextP, prevP, dp, dir, dlval, drval, feats);
      const row = dc.subarray(b + 1, b + 1 + L);
      row.fill(0);
      this.labeller.score(feats, k, row);
      dc[b] = key2 | LABEL_GROUP_FILLED;
    }
    const ls = this.lscores;
    for (let j = 0; j < L; j++) ls[j] += hc[a + 1 + j] + dc[b + 1 + j];
    return true;
  }

  /** Adds the label scores of `childLabelFeatures` for arc h → d to `lscores`, through its tuple cache. */
  private addChildLabelGroup(st: State, h: number, d: number): void {
    const dir = d < h ? 1 : 2;
    const dp = st.p[d];
    const hp = st.p[h];
    const dl1 = st.lc1[d];
    const dl2 = st.lc2[d];
    const dr1 = st.rc1[d];
    const dl1Label = dl1 < 0 ? NONE : st.label[dl1];
    const dr1Label = dr1 < 0 ? NONE : st.label[dr1];
    const dl2Label = dl2 < 0 ? NONE : st.label[dl2];
    const o = POS_OFFSET;
    // UPOS +8 in 5 bits, labels +8 in 7 (see useLabelGroups), the direction in 1.
    const key1 = (dp + o) | ((hp + o) << 5) | ((dir - 1) << 10) | ((dl1Label + o) << 11) | LABEL_GROUP_FILLED;
    const key2 = (dr1Label + o) | ((dl2Label + o) << 7);
    const at =
      (Math.imul(key1 ^ Math.imul(key2, 0x85ebca6b), 0x9e3779b1) >>> (32 - LABEL_GROUP_BITS)) *
      LABEL_GROUP_STRIDE;
    const L = this.lscores.length;
    const c = this.childLabelCache;
    if (c[at] !== key1 || c[at + 1] !== key2) {
      const k = childLabelFeatures(dp, hp, dir, dl1Label, dr1Label, dl2Label, this.roleFeats);
      const row = c.subarray(at + 2, at + 2 + L);
      row.fill(0);
      this.labeller.score(this.roleFeats, k, row);
      c[at] = key1;
      c[at + 1] = key2;
    }
    const ls = this.lscores;
    for (let j = 0; j < L; j++) ls[j] += c[at + 2 + j];
  }

  /**
   * Adds the transition scores of a cached group: CACHE_TOP keyed by s0,
   * CACHE_BUFFER by the buffer position; computed on first use in a sentence.
   */
  private addCached(st: State, group: number, key: number): void {
    const at = group * this.roleStride + key;
    const r = this.roleScores;
    if (this.roleDone[at] === 0) {
      const k =
        group === CACHE_TOP ? stackTopFeatures(st, this.roleFeats) : bufferFeatures(st, this.roleFeats);
      const tmp = this.roleTmp;
      tmp.fill(0);
      this.trans.score(this.roleFeats, k, tmp);
      const c = this.wordType;
      let x: number;
      let y: number;
      if (group === CACHE_TOP) {
        x = 12 * st.stack[st.sp - 1] + ROLE_S0 - 4;
        y = 12 * st.stack[st.sp - 2] + ROLE_S1 - 4;
      } else {
        x = 12 * key + ROLE_B0 - 4;
        y = key + 1 <= st.n ? 12 * (key + 1) + ROLE_B1 - 4 : -1;
      }
      const b1 = this.noB1;
      r[at * 3] = tmp[0] + c[x] + (y < 0 ? b1[0] : c[y]);
      r[at * 3 + 1] = tmp[1] + c[x + 1] + (y < 0 ? b1[1] : c[y + 1]);
      r[at * 3 + 2] = tmp[2] + c[x + 2] + (y < 0 ? b1[2] : c[y + 2]);
      this.roleDone[at] = 1;
    }
    const sc = this.tscores;
    sc[0] += r[at * 3];
    sc[1] += r[at * 3 + 1];
    sc[2] += r[at * 3 + 2];
  }

  encode(): Buffer {
    return encodeModel(
      {
        kind: "parser",
        version: 1,
        lang: this.lang,
        uposList: this.uposList,
        labels: this.labels,
        trans: this.trans.meta,
        labeller: this.labeller.meta,
      },
      { ...sparseToArrays("trans", this.trans), ...sparseToArrays("labeller", this.labeller) },
    );
  }

  static fromFile(file: ModelFile): Parser {
    const m = file.meta;
    if (m.kind !== "parser" || m.version !== 1)
      throw new DossierError("E_MODEL_FORMAT", "not a version-1 parser model");
    return new Parser(
      m.lang as string,
      m.uposList as string[],
      m.labels as string[],
      sparseFromFile(file, "trans"),
      sparseFromFile(file, "labeller"),
    );
  }

  static load(path: string): Parser {
    return Parser.fromFile(loadModel(path));
  }
}

/** The root arc always gets "root"; other arcs never do. */
function bestLabel(scores: Int32Array | Float32Array, toRoot: boolean, root: number): number {
  if (toRoot && root >= 0) return root;
  let best = -1;
  for (let l = 0; l < scores.length; l++) if (l !== root && (best < 0 || scores[l] > scores[best])) best = l;
  return best;
}

/**
 * Lifts non-projective arcs to the grandparent until the tree is projective
 * (heads 1-based, 0 = root); returns new heads.
 */
export function projectivise(heads: readonly number[]): Int32Array {
  const n = heads.length;
  const h = Int32Array.from([-1, ...heads]);
  const dominates = (a: number, x: number): boolean => {
    let y = x;
    for (let steps = 0; y > 0 && steps <= n; steps++) {
      y = h[y];
      if (y === a) return true;
    }
    return a === 0;
  };
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const hd = h[d];
      if (hd < 0) continue;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(hd, k)) {
          if (hi - lo < worstLen) {
            worstLen = hi - lo;
            worst = d;
          }
          break;
        }
      }
    }
    if (worst < 0) break;
    h[worst] = h[h[worst]];
  }
  return h;
}

export interface ParserTrainOptions {
  lang: string;
  epochs?: number;
  seed?: number;
  bits?: number;
  labelBits?: number;
  /** Probability of following a wrong prediction after the first epoch (dynamic oracle exploration). */
  explore?: number;
  log?: (line: string) => void;
}

/** Unlabelled and labelled attachment scores (punctuation included, as CoNLL 2018). */
export function scoreParser(parser: Parser, gold: readonly ParseExample[]): { uas: number; las: number } {
  let n = 0;
  let uas = 0;
  let las = 0;
  for (const s of gold) {
    const out = parser.parse(s);
    for (let i = 0; i < s.forms.length; i++) {
      n++;
      if (out.head[i] === s.head[i]) {
        uas++;
        if (baseRel(out.deprel[i]) === baseRel(s.deprel[i])) las++;
      }
    }
  }
  return { uas: (100 * uas) / n, las: (100 * las) / n };
}

/** CoNLL 2018 LAS compares universal relations only (nsubj:pass → nsubj). */
export function baseRel(rel: string): string {
  const c = rel.indexOf(":");
  return c < 0 ? rel : rel.slice(0, c);
}

/**
 * Trains the parser with the dynamic oracle; keeps the epoch with the best dev LAS.
 *
 * @example
 * const parser = trainParser(trainExamples, devExamples, { lang: "en", epochs: 12 });
 */
export function trainParser(train: ParseExample[], dev: ParseExample[], opts: ParserTrainOptions): Parser {
  const log = opts.log ?? (() => {});
  const epochs = opts.epochs ?? 12;
  const explore = opts.explore ?? 0.9;
  const uposSet = new Set<string>();
  const labelSet = new Set<string>(["root"]);
  for (const s of train) {
    for (const u of s.upos) uposSet.add(u);
    for (const l of s.deprel) labelSet.add(l);
  }
  const uposList = [...uposSet].sort();
  const labels = [...labelSet].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelIndex.get("root")!;
  const uposIndex = new Map(uposList.map((u, i) => [u, i]));
  const trans = new PerceptronTrainer(opts.bits ?? 22, 3);
  const labeller = new PerceptronTrainer(opts.labelBits ?? 19, labels.length);
  const feats = new Int32Array(MAX_FEATURES);
  const sc = new Float32Array(3);
  const lsc = new Float32Array(labels.length);
  const costs = new Int32Array(3);
  const rand = prng(opts.seed ?? 7);
  const golds = train.map((s) => projectivise(s.head));
  const order = train.map((_, i) => i);
  let best: Parser | null = null;
  let bestLas = -1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, rand);
    let steps = 0;
    let errors = 0;
    for (const si of order) {
      const s = train[si];
      const gold = golds[si];
      const st = new State(s, uposIndex);
      while (!st.terminal) {
        const k = transitionFeatures(st, feats);
        sc.fill(0);
        trans.score(feats, k, sc);
        let pred = -1;
        let zero = -1;
        let minCost = Infinity;
        for (let t = 0; t < 3; t++) {
          if (!st.valid(t)) continue;
          costs[t] = st.cost(t, gold);
          if (costs[t] < minCost) minCost = costs[t];
          if (pred < 0 || sc[t] > sc[pred]) pred = t;
        }
        for (let t = 0; t < 3; t++) {
          if (st.valid(t) && costs[t] === minCost && (zero < 0 || sc[t] > sc[zero])) zero = t;
        }
        steps++;
        let next = zero;
        if (costs[pred] > minCost) {
          errors++;
          trans.update(feats, k, zero, pred);
          if (epoch > 1 && rand() < explore) next = pred;
        } else next = pred;
        trans.tick();
        const arc = st.apply(next);
        if (arc) {
          const [h, d] = arc;
          const kl = labelFeatures(st, h, d, feats);
          lsc.fill(0);
          labeller.score(feats, kl, lsc);
          const guess = bestLabel(lsc, h === 0, rootLabel);
          if (h === gold[d] && h !== 0) {
            labeller.update(feats, kl, labelIndex.get(s.deprel[d - 1])!, guess);
            labeller.tick();
          }
          st.label[d] = guess;
        }
      }
    }
    const parser = new Parser(opts.lang, uposList, labels, trans.toSparse(), labeller.toSparse());
    const d = dev.length ? scoreParser(parser, dev) : { uas: 0, las: 0 };
    log(
      `epoch ${epoch}: transition errors ${((100 * errors) / steps).toFixed(2)}%  dev UAS ${d.uas.toFixed(2)} LAS ${d.las.toFixed(2)}`,
    );
    if (d.las > bestLas) {
      bestLas = d.las;
      best = parser;
    }
  }
  return best!;
}
