import type { Range } from "../doc/types.ts";

/** A span between quotation marks: `start` at the opening mark, `end` after the closing one. */
export interface MarkSpan extends Range {
  /** Content without the marks and the spaces inside them. */
  contentStart: number;
  contentEnd: number;
  /** The marks were unbalanced and this is the best reading. */
  repaired?: "unclosed" | "unopened";
}

const OPEN_TO_CLOSE: Record<string, string> = { "«": "»", "“": "”", "‹": "›", "„": "“" };
const CLOSERS = new Set(["»", "”", "›"]);

/** Index of the first quotation mark (straight, curly, guillemet) in [from, to), else `to`. */
function nextMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // " « » “ ” „ ‹ ›
    if (
      c === 0x22 ||
      c === 0xab ||
      c === 0xbb ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x201e ||
      c === 0x2039 ||
      c === 0x203a
    )
      return i;
  }
  return to;
}

function isSpace(c: string): boolean {
  return (
    c === " " || c === "\u00a0" || c === "\u202f" || c === "\t" || c === "\n" || c === "\r" || c === "\u2009"
  );
}

/** True when a straight " at i opens a quotation (start, after a space or an opening bracket). */
function straightOpens(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1];
  const after = i + 1 < text.length ? text[i + 1] : " ";
  if (isSpace(after)) return false;
  return isSpace(before) || "([{—–-:;,/".includes(before);
}

/**
 * Finds the quotations marked in a text: « », “ ”, ‹ ›, straight double
 * quotes. Nested quotations stay inside the outer one. A paragraph whose quote
 * never closes continues into the next paragraph when that one opens with a
 * quotation mark (the newspaper convention) or closes the quote before
 * opening another; otherwise the quote is repaired (ended at its sentence or
 * paragraph end) and reported in `repaired`.
 *
 * @example
 * findMarkSpans("« Non », dit-il.", [{ start: 0, end: 16 }]);
 * // [{ start: 0, end: 7, contentStart: 2, contentEnd: 5 }]
 */
export function findMarkSpans(
  text: string,
  paragraphs: readonly Range[],
  sentenceEnds?: readonly Range[],
): MarkSpan[] {
  // Two apostrophes or backticks stand for a double quotation mark in some wire and archive texts
  // (''I think,'' said …): read as a thin space and a straight mark, offsets unchanged.
  const original = text;
  // A nested single quote closing with the outer one ('''): the single mark, then the double one.
  if (text.includes("''") || text.includes("``"))
    text = text.replace(/'''|''|``/g, (m) => (m === "'''" ? "'\u2009\"" : '\u2009"'));
  // ASCII guillemets (<< … >>) in French texts typed without « ».
  if (text.includes("<<")) text = text.replace(/<</g, "«\u2009").replace(/>>/g, "\u2009»");
  const spans: MarkSpan[] = [];
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  // The open quotation carried over from the previous paragraph, if any.
  let carry: { pos: number; closer: string } | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const stack: { pos: number; closer: string }[] = [];
    let i = para.start;
    while (i < para.end && isSpace(text[i])) i++;
    if (carry) {
      const c = text[i];
      // The next paragraph reopens the same quotation: skip the repeated mark.
      if (c === openerOf(carry.closer) || (carry.closer === '"' && c === '"')) i++;
      stack.push(carry);
      carry = null;
    }
    let lastEnd = para.start;
    // Only the quotation marks matter: jump from one to the next (the scan of the other characters stays
    // in its own small function, so this one is not compiled again for each long paragraph).
    for (i = nextMark(text, i, para.end); i < para.end; i = nextMark(text, i + 1, para.end)) {
      const c = text[i];
      // "“… plumbing. “If the province …”": a double quotation reopened after a full stop while one is open
      // is the next paragraph of a quote whose paragraph break was lost; the open one ends at its stop.
      if ((c === "“" || c === '"') && stack.length === 1 && reopensAfterStop(text, i, stack[0], para.start)) {
        lastEnd = emit(spans, text, stack[0].pos, stopBefore(text, i), "unclosed");
        stack.length = 0;
      }
      if (c === '"') {
        const top = stack[stack.length - 1];
        if (top && top.closer === '"' && !straightOpensStrict(text, i)) {
          stack.pop();
          if (stack.length === 0) lastEnd = emit(spans, text, top.pos, i + 1);
        } else if (top && top.closer === "”" && !straightOpens(text, i)) {
          // Mixed marks: “…" closes the curly quotation (“At this point," said the mayor).
          stack.pop();
          if (stack.length === 0) lastEnd = emit(spans, text, top.pos, i + 1);
        } else if (!top && !straightOpens(text, i) && i > para.start) {
          // A closing straight quote with nothing open: repaired from the clause start.
          lastEnd = emit(
            spans,
            text,
            repairedStart(text, Math.max(lastEnd, sentenceStartOf(sentenceEnds, i)), i),
            i + 1,
            "unopened",
          );
        } else stack.push({ pos: i, closer: '"' });
      } else if (c in OPEN_TO_CLOSE) {
        stack.push({ pos: i, closer: OPEN_TO_CLOSE[c] });
      } else if (CLOSERS.has(c)) {
        let k = stack.length - 1;
        while (k >= 0 && stack[k].closer !== c) k--;
        // Mixed marks: "…” or « …” closes the open double quotation ("There are two people,” said Wilson).
        if (k < 0 && c !== "›" && stack.length > 0 && /^["”»]$/.test(stack[stack.length - 1].closer))
          k = stack.length - 1;
        if (k < 0) {
          if (stack.length === 0)
            lastEnd = emit(
              spans,
              text,
              repairedStart(text, Math.max(lastEnd, sentenceStartOf(sentenceEnds, i)), i),
              i + 1,
              "unopened",
            );
          continue;
        }
        const open = stack[k];
        stack.length = k;
        if (k === 0) lastEnd = emit(spans, text, open.pos, i + 1);
      }
    }
    if (stack.length > 0) {
      const outer = stack[0];
      if (p + 1 < paras.length && continues(text, paras[p + 1], outer.closer)) {
        carry = outer;
        continue;
      }
      emit(spans, text, outer.pos, repairedEnd(text, outer.pos, para.end, sentenceEnds), "unclosed");
    }
  }
  // A quotation opened by a doubled mark starts at its first character.
  if (original !== text)
    for (const sp of spans)
      if (sp.start > 0 && /^(?:''|``)$/.test(original.slice(sp.start - 1, sp.start + 1))) sp.start--;
  return spans;
}

/** A double opening mark at i, after a full stop and a space, while `open` (the same kind of quotation) is open. */
function reopensAfterStop(
  text: string,
  i: number,
  open: { pos: number; closer: string },
  from: number,
): boolean {
  if (text[i] === "“" ? open.closer !== "”" : open.closer !== '"' || !straightOpensStrict(text, i))
    return false;
  const k = stopBefore(text, i) - 1;
  return k > open.pos && k >= from && k < i - 1 && /[.?!]/.test(text[k]) && /\p{L}/u.test(text[i + 1] ?? "");
}

/** The end of the text before the spaces before i. */
function stopBefore(text: string, i: number): number {
  let k = i;
  while (k > 0 && isSpace(text[k - 1])) k--;
  return k;
}

/** A straight quote right before a letter after a space reopens rather than closes. */
function straightOpensStrict(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1];
  const after = i + 1 < text.length ? text[i + 1] : " ";
  return isSpace(before) && /\p{L}/u.test(after);
}

function openerOf(closer: string): string {
  for (const [o, c] of Object.entries(OPEN_TO_CLOSE)) if (c === closer) return o;
  return closer;
}

/** Whether the quotation open at the end of a paragraph goes on in `next`. */
function continues(text: string, next: Range, closer: string): boolean {
  let i = next.start;
  while (i < next.end && isSpace(text[i])) i++;
  if (text[i] === openerOf(closer) || (closer === '"' && text[i] === '"')) return true;
  // No reopening mark: it goes on only if the paragraph closes it before opening any.
  for (let j = i; j < next.end; j++) {
    const c = text[j];
    if (c === closer) return closer !== '"' || !straightOpens(text, j);
    if (c in OPEN_TO_CLOSE) return false;
  }
  return false;
}

/** Start of the sentence holding offset i (0 without sentences). */
function sentenceStartOf(sentences: readonly Range[] | undefined, i: number): number {
  if (!sentences) return 0;
  for (const s of sentences) if (s.start <= i && i < s.end) return s.start;
  return 0;
}

/** Start of a quotation whose opening mark is missing: after the last colon, else the clause start. */
function repairedStart(text: string, from: number, close: number): number {
  let s = from;
  for (let j = close - 1; j >= from; j--) {
    const c = text[j];
    if (c === ":" || c === "\n") {
      s = j + 1;
      break;
    }
  }
  while (s < close && isSpace(text[s])) s++;
  return s;
}

/** End of a quotation that never closes: its sentence when speech is reported after it, else the paragraph. */
function repairedEnd(text: string, open: number, paraEnd: number, sentences?: readonly Range[]): number {
  let end = paraEnd;
  while (end > open && isSpace(text[end - 1])) end--;
  if (!sentences) return end;
  for (const s of sentences) {
    if (s.start <= open && open < s.end) {
      if (s.end < end) {
        const rest = text.slice(s.end, end);
        // Another clause of reporting follows in the paragraph: the quote ended with its sentence.
        if (
          /\b(?:a|ont)\s+\p{L}+é\b|\bque\b|\bqu['’]|\bsaid\b|\bsays\b|\btold\b|\bselon\b|\baccording\b/u.test(
            rest,
          )
        )
          return s.end;
      }
      break;
    }
  }
  return end;
}

function emit(
  spans: MarkSpan[],
  text: string,
  start: number,
  end: number,
  repaired?: "unclosed" | "unopened",
): number {
  let cs = start;
  let ce = end;
  if (repaired !== "unopened") cs++;
  if (repaired !== "unclosed") ce--;
  while (cs < ce && isSpace(text[cs])) cs++;
  while (ce > cs && isSpace(text[ce - 1])) ce--;
  const span: MarkSpan = { start, end, contentStart: cs, contentEnd: ce };
  if (repaired) span.repaired = repaired;
  spans.push(span);
  return end;
}
