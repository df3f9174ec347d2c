/**
 * Word normalisation and shapes for NER features, robust to typographic
 * variants: ’ ‘ ` ´ ʼ become ', dashes become -, so "l’armée" and "l'armée"
 * give the same features.
 */

const APOSTROPHES = /[’‘`´ʼ′]/g;
const DASHES = /[‐‑‒–—−]/g;

/**
 * The form used for word features: apostrophes and dashes unified.
 *
 * @example
 * normalizeWord("l’"); // "l'"
 */
export function normalizeWord(word: string): string {
  let w = word;
  if (w.length > 0) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c > 0x2000 || c === 96 || c === 0xb4 || c === 0x2bc) {
        w = w.replace(APOSTROPHES, "'").replace(DASHES, "-");
        break;
      }
    }
  }
  return w;
}

/** Digits collapsed to 0, so dates and amounts share features ("1996-08-22" → "0000-00-00"). */
export function digitsToZero(word: string): string {
  return /\d/.test(word) ? word.replace(/\d/g, "0") : word;
}

function charClass(c: number, ch: string): string {
  if (c >= 48 && c <= 57) return "d";
  if (c >= 65 && c <= 90) return "X";
  if (c >= 97 && c <= 122) return "x";
  if (c < 128) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? "X" : "x";
  return ch;
}

/**
 * Word shapes: `short` collapses runs ("Xx", "X.X.", "d-d"), `long` keeps runs up
 * to four ("Xxxx", "dddd-dd").
 *
 * @example
 * wordShapes("McDonald's").short; // "XxXx'x"
 */
export function wordShapes(word: string): { short: string; long: string } {
  let short = "";
  let long = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = charClass(c, word[i]);
    if (k === last) {
      run++;
      if (run < 4) long += k;
    } else {
      short += k;
      long += k;
      last = k;
      run = 0;
    }
  }
  return { short, long };
}

/** Whether the first character is an upper-case letter. */
export function isCapitalised(word: string): boolean {
  if (word.length === 0) return false;
  const ch = word[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether the word has letters and all of them are upper case. */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}
