/**
 * Per-word integer attributes shared by the tagger and the parser: each
 * string attribute (lower-case form, affixes, shape) is hashed once per word.
 */

import { hashString } from "./hash.ts";
import { normaliseForm } from "./lemmatiser.ts";

export interface WordHashes {
  n: number;
  /** Lower-case form, digits folded to 0. */
  lower: Int32Array;
  /** Form as written. */
  raw: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  suf5: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  shape: Int32Array;
}

/** "Paris" → "Xx", "2024" → "d", "COVID-19" → "X-d", "l'" → "x'". */
export function shapeOf(form: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const ch = form[i];
    let c: string;
    if (ch >= "0" && ch <= "9") c = "d";
    else if (ch !== ch.toLowerCase()) c = "X";
    else if (ch !== ch.toUpperCase()) c = "x";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const DIGITS = /[0-9]/g;

/** A zeroed table for `n` words. */
export function emptyHashes(n: number): WordHashes {
  return {
    n,
    lower: new Int32Array(n),
    raw: new Int32Array(n),
    suf1: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    suf5: new Int32Array(n),
    pre1: new Int32Array(n),
    pre2: new Int32Array(n),
    pre3: new Int32Array(n),
    shape: new Int32Array(n),
  };
}

/** The hashed attributes of a sentence's words. */
export function hashWords(forms: readonly string[]): WordHashes {
  const h = emptyHashes(forms.length);
  for (let i = 0; i < forms.length; i++) hashWordInto(forms[i], h, i);
  return h;
}

/** Hashes one word's attributes into position `i` of `h`. */
export function hashWordInto(rawForm: string, h: WordHashes, i: number): void {
  const form = normaliseForm(rawForm);
  const lower = form.toLowerCase();
  const L = lower.length;
  h.lower[i] = hashString(lower.replace(DIGITS, "0"));
  h.raw[i] = hashString(form);
  h.suf1[i] = hashString(lower.slice(L - 1));
  h.suf2[i] = hashString(lower.slice(Math.max(0, L - 2)));
  h.suf3[i] = hashString(lower.slice(Math.max(0, L - 3)));
  h.suf4[i] = hashString(lower.slice(Math.max(0, L - 4)));
  h.suf5[i] = hashString(lower.slice(Math.max(0, L - 5)));
  h.pre1[i] = hashString(lower.slice(0, 1));
  h.pre2[i] = hashString(lower.slice(0, 2));
  h.pre3[i] = hashString(lower.slice(0, 3));
  h.shape[i] = hashString(shapeOf(form));
}

/** Sentinel values for positions outside the sentence. */
export const PAD = 0x5bd1e995 | 0;
export const PAD2 = 0x27d4eb2f | 0;
