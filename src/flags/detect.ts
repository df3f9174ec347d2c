import type { Doc } from "../doc/doc.ts";
import type { Flag, Range } from "../doc/types.ts";
import { getLanguage } from "../lang/index.ts";
import {
  EDITORIAL_BRACKETS,
  ENGLISH_ONLY,
  FRENCH_ONLY,
  LOWERCASE_AFTER_PERIOD,
  MIN_CONTENT_LETTERS,
} from "./function-words.ts";

interface Word extends Range {
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+)*/gu;
/** WORD anchored at the start of a string (a sentence's last word cut at the sentence end). */
const WORD_AT_START = new RegExp(`^(?:${WORD.source})`, "u");

function wordsOf(text: string, range: Range): Word[] {
  const out: Word[] = [];
  // Matched in the whole text from the sentence start (no copy of the sentence); a word that runs
  // past the sentence end is matched again inside the sentence alone, as the sentence's own text.
  WORD.lastIndex = range.start;
  for (let m = WORD.exec(text); m !== null && m.index < range.end; m = WORD.exec(text)) {
    let found = m[0];
    if (m.index + found.length > range.end) {
      const tail = text.slice(m.index, range.end).match(WORD_AT_START);
      if (tail === null) break;
      found = tail[0];
    }
    const lower = found.toLowerCase();
    out.push({
      start: m.index,
      end: m.index + found.length,
      lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
    });
    if (m.index + found.length >= range.end) break;
  }
  return out;
}

/** The words of every sentence, read once for the detectors that need them. */
function sentenceWords(doc: Doc): Word[][] {
  return doc.sentences.map((s) => wordsOf(doc.text, s));
}

function flag(doc: Doc, kind: Flag["kind"], start: number, end: number, message: string): Flag {
  return { start, end, kind, message: `${message}: "${doc.text.slice(start, end).slice(0, 60)}"` };
}

/**
 * Words of the other language: a bracketed word ([and] in French text, [et] in
 * English text) or a run of two or more lower-case function words that exist
 * only in the other language.
 */
export function untranslatedFragments(doc: Doc, words: Word[][] = sentenceWords(doc)): Flag[] {
  const other = doc.lang === "fr" ? ENGLISH_ONLY : doc.lang === "en" ? FRENCH_ONLY : null;
  const own = doc.lang === "fr" ? FRENCH_ONLY : ENGLISH_ONLY;
  if (!other) return [];
  const otherName = doc.lang === "fr" ? "English" : "French";
  const out: Flag[] = [];
  // Each kind in a function of its own: a rare branch that a new kind of sentence reaches deoptimises, and V8
  // then recompiles that phase only.
  bracketedWords(doc, other, own, otherName, out);
  for (let si = 0; si < doc.sentences.length; si++) {
    functionWordRuns(doc, doc.sentences[si], words[si], other, own, otherName, out);
    untranslatedClause(doc, doc.sentences[si], words[si], other, own, otherName, out);
  }
  return out;
}

/** A bracketed word of the other language ([and] in French text, [et] in English text). */
function bracketedWords(
  doc: Doc,
  other: ReadonlySet<string>,
  own: ReadonlySet<string>,
  otherName: string,
  out: Flag[],
): void {
  for (const m of doc.text.matchAll(/\[([^\]\n]{1,40})\]/g)) {
    const inner = m[1].trim().toLowerCase();
    if (EDITORIAL_BRACKETS.has(inner.replace(/\.$/, "")) || /^[\d\s,.–-]+$/.test(inner)) continue;
    const words = inner.match(/\p{L}+/gu) ?? [];
    if (words.length === 0) continue;
    if (words.some((w) => other.has(w)) && !words.some((w) => own.has(w))) {
      out.push(
        flag(
          doc,
          "mt-untranslated",
          m.index,
          m.index + m[0].length,
          `untranslated ${otherName} word in brackets`,
        ),
      );
    }
  }
}

/** A run of two or more lower-case function words that exist only in the other language. */
function functionWordRuns(
  doc: Doc,
  s: Range,
  sentence: Word[],
  other: ReadonlySet<string>,
  own: ReadonlySet<string>,
  otherName: string,
  out: Flag[],
): void {
  let runStart = -1;
  for (let i = 0; i <= sentence.length; i++) {
    const w = sentence[i];
    const hit =
      w !== undefined && other.has(w.lower) && !own.has(w.lower) && doc.text[w.start] === w.lower[0];
    if (hit && runStart < 0) runStart = i;
    if (!hit && runStart >= 0) {
      const at = sentence[runStart].start;
      if (
        i - runStart >= 2 &&
        !insideTitle(doc.text, sentence, runStart, i - 1) &&
        !insideBrackets(doc.text, at) &&
        !insideQuotation(doc.text, s.start, at)
      ) {
        out.push(
          flag(
            doc,
            "mt-untranslated",
            sentence[runStart].start,
            sentence[i - 1].end,
            `untranslated ${otherName} fragment`,
          ),
        );
      }
      runStart = -1;
    }
  }
}

function untranslatedClause(
  doc: Doc,
  s: Range,
  sentence: Word[],
  other: ReadonlySet<string>,
  own: ReadonlySet<string>,
  otherName: string,
  out: Flag[],
): void {
  // A longer untranslated clause: « a affirmé que the agreement was signed in Moscow » — three
  // function words of the other language, at most two other words between neighbours, none of
  // this language's own function words among them.
  let first = -1;
  let last = -1;
  let hits = 0;
  const close = (): void => {
    if (hits >= 3) {
      const at = sentence[first].start;
      const covered = out.some((f) => f.start < sentence[last].end && f.end > at);
      if (
        !covered &&
        !insideTitle(doc.text, sentence, first, last) &&
        !insideBrackets(doc.text, at) &&
        !insideQuotation(doc.text, s.start, at)
      )
        out.push(flag(doc, "mt-untranslated", at, sentence[last].end, `untranslated ${otherName} clause`));
    }
    first = -1;
    last = -1;
    hits = 0;
  };
  for (let i = 0; i < sentence.length; i++) {
    const w = sentence[i];
    if (own.has(w.lower)) {
      close();
      continue;
    }
    const hit = other.has(w.lower) && doc.text[w.start] === w.lower[0];
    if (!hit) continue;
    if (first >= 0 && i - last > 3) close();
    if (first < 0) first = i;
    last = i;
    hits++;
  }
  close();
}

/** Lower-case words between capitalised ones are a title of the other language (Gone with the Wind). */
function insideTitle(text: string, sentence: Word[], first: number, last: number): boolean {
  const capital = (w: Word | undefined) => w !== undefined && /\p{Lu}/u.test(text[w.start]);
  return capital(sentence[first - 1]) && capital(sentence[last + 1]);
}

/** A quotation in the other language is quoted speech, not a translation slip. */
function insideQuotation(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const opens = (before.match(/[«“]/g) ?? []).length;
  const closes = (before.match(/[»”]/g) ?? []).length;
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1;
}

function insideBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf("[", at);
  return open >= 0 && text.lastIndexOf("]", at) < open && at - open < 40;
}

/** A sentence that restarts in lower case after a full stop that ends a word (not an abbreviation). */
export function lowercaseRestarts(doc: Doc): Flag[] {
  const abbreviations = getLanguage(doc.lang).abbreviations;
  const out: Flag[] = [];
  const text = doc.text;
  for (const m of restartMatches(text)) {
    const word = m[1];
    const next = m[2] + m[3];
    if (word.length < 2 || /\p{Lu}/u.test(m[3])) continue; // iPhone, eBay
    if (LOWERCASE_AFTER_PERIOD.has(word.toLowerCase()) || abbreviations.has(`${word}.`)) continue;
    // a dotted abbreviation (a.m., U.S.) or an initial before the word
    const before = text[m.index - 1];
    if (before === "." || before === "-") continue;
    // al-Muhandis, youtube-dl, e-mail: names and words written in lower case on purpose
    if (
      next.length === 0 ||
      text[m.index + m[0].length] === "-" ||
      /^(?:al|el|de|du|van|von|bin|ibn)$/.test(next)
    )
      continue;
    const start = m.index + m[0].length - next.length;
    const stop = /[.!?…]/.exec(text.slice(start));
    const end = stop ? start + stop.index : text.length;
    out.push(
      flag(
        doc,
        "mt-lowercase-restart",
        start,
        Math.min(end, text.indexOf("\n", start) < 0 ? end : Math.min(end, text.indexOf("\n", start))),
        "sentence restarts in lower case after a full stop",
      ),
    );
  }
  return out;
}

/** A full stop, spaces and a lower-case letter: the regex engine finds the "." by a fast scan. */
const RESTART = /\.[ \u00a0\u202f]+(\p{Ll})(\p{L}*)/gu;
/** The letters that end a string (the word before a full stop). */
const LETTERS_AT_END = /\p{L}+$/u;

/** A restart match: index, [whole, word, first letter after, rest of that word]. */
interface RestartMatch {
  index: number;
  0: string;
  1: string;
  2: string;
  3: string;
}

/**
 * The matches of /(?<!\p{L})(\p{L}+)\.[ \u00a0\u202f]+(\p{Ll})(\p{L}*)/gu in `text`, found from
 * the full stop backwards to the word's first letter (a scan for "." instead of trying a letter
 * class at every character). As with that regex's matches, a word taken as the word after one
 * match cannot start the next.
 */
function restartMatches(text: string): RestartMatch[] {
  const out: RestartMatch[] = [];
  let lastEnd = 0;
  RESTART.lastIndex = 0;
  for (let m = RESTART.exec(text); m !== null; m = RESTART.exec(text)) {
    const dot = m.index;
    // the letter run that ends at the full stop (from further back when it may be longer than the window)
    let from = Math.max(0, dot - 100);
    let run = LETTERS_AT_END.exec(text.slice(from, dot));
    if (run !== null && from > 0 && run.index < 2) {
      from = 0;
      run = LETTERS_AT_END.exec(text.slice(0, dot));
    }
    const start = run === null ? -1 : from + run.index;
    if (start < lastEnd) {
      RESTART.lastIndex = dot + 1;
      continue;
    }
    const end = dot + m[0].length;
    out.push({ index: start, 0: text.slice(start, end), 1: run![0], 2: m[1], 3: m[2] });
    lastEnd = end;
  }
  return out;
}

/**
 * The same run of words repeated: back to back (two words or more, one of
 * them a content word: « dans l'énergie, dans l'énergie ») or, within a
 * sentence, a run of four words or more seen earlier in it.
 */
export function duplicatedFragments(doc: Doc, sentences: Word[][] = sentenceWords(doc)): Flag[] {
  // Three phases in functions of their own: the rarer ones, reached by few sentences, deoptimise when a new
  // kind of sentence reaches them, and V8 then recompiles only that phase.
  const out: Flag[] = [];
  duplicatedSentences(doc, sentences, out);
  /** Each distinct word's number: a run of four words is keyed by four small integers, not a string. */
  const ids = new Map<string, number>();
  for (const words of sentences) {
    const n = words.length;
    if (duplicatedRun(doc, words, out) || n < 8 || !repeatsNearby(words)) continue;
    repeatedRun(doc, words, ids, out);
  }
  return out;
}

/** A whole sentence said twice in a row (four words or more): « Il a signé. Il a signé. » */
function duplicatedSentences(doc: Doc, sentences: Word[][], out: Flag[]): void {
  const text = doc.text;
  for (let si = 1; si < sentences.length; si++) {
    const a = sentences[si - 1];
    const b = sentences[si];
    if (b.length < 4 || a.length !== b.length || a.some((w, j) => w.lower !== b[j].lower)) continue;
    if (/\n\s*\n/.test(text.slice(a[a.length - 1].end, b[0].start))) continue; // a new paragraph may repeat a heading
    out.push(
      flag(doc, "mt-duplicate", doc.sentences[si].start, doc.sentences[si].end, "duplicated sentence"),
    );
  }
}

/** A run of two to six words said twice in a row (« le président le président »); true when one was flagged. */
function duplicatedRun(doc: Doc, words: Word[], out: Flag[]): boolean {
  const text = doc.text;
  const n = words.length;
  let i = 0;
  let found = false;
  while (i < n && !found) {
    for (let k = Math.min(6, Math.floor((n - i) / 2)); k >= 2; k--) {
      let same = true;
      for (let j = 0; j < k; j++) {
        if (words[i + j].lower !== words[i + k + j].lower) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      // only spaces and punctuation between the two runs
      const gap = text.slice(words[i + k - 1].end, words[i + k].start);
      if (!/^[\s,;:–—-]*$/.test(gap)) continue;
      let content = false;
      for (let j = 0; j < k; j++) if (isContentWord(words[i + j].lower)) content = true;
      if (!content) continue;
      out.push(
        flag(doc, "mt-duplicate", words[i + k].start, words[i + 2 * k - 1].end, "duplicated fragment"),
      );
      found = true;
      break;
    }
    i++;
  }
  return found;
}

/** A run of four words or more, two of them content words, seen shortly before in the same sentence. */
function repeatedRun(doc: Doc, words: Word[], ids: Map<string, number>, out: Flag[]): void {
  const n = words.length;
  const seen = new Map<number | string, number>();
  const id = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let k = ids.get(words[j].lower);
    if (k === undefined) {
      k = ids.size;
      ids.set(words[j].lower, k);
    }
    id[j] = k;
  }
  // Exact as long as four ids fit in a double's 53-bit mantissa (fewer than 9000 distinct words).
  const wide = ids.size >= 9000;
  for (let j = 0; j + 4 <= n; j++) {
    const key = wide
      ? `${words[j].lower} ${words[j + 1].lower} ${words[j + 2].lower} ${words[j + 3].lower}`
      : ((id[j] * 9000 + id[j + 1]) * 9000 + id[j + 2]) * 9000 + id[j + 3];
    const first = seen.get(key);
    if (first !== undefined && first + 4 <= j && j - (first + 4) <= SEARCH_WORDS) {
      let end = j + 4;
      while (end < n && first + (end - j) < j && words[first + (end - j)].lower === words[end].lower) end++;
      // words between the end of the first copy and the start of the second
      if (j - (first + (end - j)) > NEARBY_WORDS) {
        if (j - first > SEARCH_WORDS) seen.set(key, j);
        continue;
      }
      let content = 0;
      for (let k = j; k < end; k++) if (isContentWord(words[k].lower)) content++;
      if (content >= 2) {
        out.push(
          flag(doc, "mt-duplicate", words[j].start, words[end - 1].end, "fragment repeated in the sentence"),
        );
        break;
      }
    }
    if (first === undefined || j - first > SEARCH_WORDS) seen.set(key, j);
  }
}

/**
 * Whether some run of four words reappears within reach of the search below (its first copy
 * ending at most SEARCH_WORDS words before the second starts): the only case in which that search
 * can flag anything, checked without building keys for the runs.
 */
function repeatsNearby(words: Word[]): boolean {
  const n = words.length;
  for (let j = 4; j + 4 <= n; j++) {
    const w = words[j].lower;
    for (let f = Math.max(0, j - 4 - SEARCH_WORDS); f + 4 <= j; f++) {
      if (
        words[f].lower === w &&
        words[f + 1].lower === words[j + 1].lower &&
        words[f + 2].lower === words[j + 2].lower &&
        words[f + 3].lower === words[j + 3].lower
      )
        return true;
    }
  }
  return false;
}

/** Words allowed between a run and its repeat (« X et X »): further apart it is a parallel ("that were made by X,
 * but that were made by Y"; the KB corpus had 41 such flags in well-written English when 12 were allowed). */
const NEARBY_WORDS = 1;
/** How far back the first copy of a run is looked for. */
const SEARCH_WORDS = 12;

/** A Latin-script word of four letters or more that is not a function word (« énergie », "trade"). */
function isContentWord(lower: string): boolean {
  const w = lower.replace(/^\p{L}'/u, "");
  return (
    w.length >= MIN_CONTENT_LETTERS &&
    /^[a-zà-ÿœæ'-]+$/.test(w) &&
    !ENGLISH_ONLY.has(w) &&
    !FRENCH_ONLY.has(w)
  );
}

const PAIRS: [string, string][] = [
  ["«", "»"],
  ["“", "”"],
];

/**
 * Quote marks left open or closed without an opening, per paragraph. A
 * quotation running over paragraphs (each paragraph reopening with «, the
 * last one closing it) is the French and English convention, not an error.
 */
export function unbalancedQuotes(doc: Doc): Flag[] {
  const out: Flag[] = [];
  const text = doc.text;
  const paragraphs = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: text.length }];
  for (const [open, close] of PAIRS) {
    for (let p = 0; p < paragraphs.length; p++) {
      const { start, end } = paragraphs[p];
      // price lists and old typesetting use » as a ditto mark (22 » 43 »): not quotation marks
      if (open === "«" && dittoMarks(text, start, end)) continue;
      const stack: number[] = [];
      // the marks are single UTF-16 code units: compared as numbers, no one-character strings
      const openCode = open.charCodeAt(0);
      const closeCode = close.charCodeAt(0);
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === openCode) stack.push(i);
        else if (c === closeCode) {
          if (stack.length > 0) stack.pop();
          else if (!continuesQuote(text, paragraphs, p, open, close)) {
            out.push(flag(doc, "unbalanced-quotes", i, i + 1, `closing ${close} without an opening ${open}`));
          }
        }
      }
      if (stack.length === 0) continue;
      // continued in the next paragraph, which reopens with the same mark
      const next = paragraphs[p + 1];
      if (
        stack.length === 1 &&
        next &&
        text
          .slice(next.start, next.start + 2)
          .trimStart()
          .startsWith(open)
      )
        continue;
      for (const at of stack) {
        // the flag covers the rest of the sentence the mark opens (at most 200 characters)
        const limit = Math.min(end, at + 200);
        const stop = /[.!?…](?=\s|$)/.exec(text.slice(at, limit));
        out.push(
          flag(
            doc,
            "unbalanced-quotes",
            at,
            stop ? at + stop.index + 1 : limit,
            `opening ${open} never closed`,
          ),
        );
      }
    }
  }
  // straight double quotes: an odd count in a paragraph
  for (const { start, end } of paragraphs) {
    const marks: number[] = [];
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === 34 /* " */) marks.push(i);
    if (marks.length % 2 === 1) {
      const at = marks[marks.length - 1];
      out.push(
        flag(doc, "unbalanced-quotes", at, at + 1, "odd number of straight double quotes in the paragraph"),
      );
    }
  }
  return out;
}

function dittoMarks(text: string, start: number, end: number): boolean {
  let ditto = 0;
  for (let i = text.indexOf("»", start); i >= 0 && i < end; i = text.indexOf("»", i + 1)) {
    if (/[\d»]\s*$/.test(text.slice(Math.max(start, i - 3), i)) || /^\s*[\d»]/.test(text.slice(i + 1, i + 4)))
      ditto++;
  }
  return ditto >= 2;
}

function continuesQuote(text: string, paragraphs: Range[], p: number, open: string, close: string): boolean {
  // a closing mark in a paragraph that continues a quotation opened earlier (and reopened with « here)
  for (let q = p - 1; q >= 0; q--) {
    const prev = text.slice(paragraphs[q].start, paragraphs[q].end);
    const opens = prev.split(open).length - 1;
    const closes = prev.split(close).length - 1;
    if (opens > closes) return true;
    if (opens !== 0 || closes !== 0) return false;
  }
  return false;
}

/**
 * All machine-translation artefacts of a document, sorted by offset. Quote
 * marks are left to the quotes stage when it has already flagged them.
 *
 * @example
 * detectFlags(doc).map((f) => f.kind) // ["mt-lowercase-restart", "mt-untranslated", "mt-duplicate", "unbalanced-quotes"]
 */
export function detectFlags(doc: Doc): Flag[] {
  if (doc.lang !== "fr" && doc.lang !== "en") return [];
  const words = sentenceWords(doc);
  const found = [
    ...untranslatedFragments(doc, words),
    ...lowercaseRestarts(doc),
    ...duplicatedFragments(doc, words),
  ];
  const quotesFlagged = doc.flags.some((f) => f.kind === "unbalanced-quotes");
  if (!quotesFlagged) found.push(...unbalancedQuotes(doc));
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
