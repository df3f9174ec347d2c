import type { Doc } from "../doc/doc.ts";
import type { Range } from "../doc/types.ts";
import type { Component } from "../pipeline/pipeline.ts";

/**
 * Paragraphs are separated by blank lines; a text with no blank line but
 * several lines (HTML extracts, feeds) takes each line as a paragraph.
 * Ranges are trimmed of surrounding whitespace.
 *
 * @example
 * splitParagraphs("Un.\n\nDeux."); // [{start:0,end:3},{start:5,end:10}]
 */
export function splitParagraphs(text: string): Range[] {
  const separator = /\n[ \t\u00a0\r]*\n/.test(text) ? /\n[ \t\u00a0\r]*(?:\n[ \t\u00a0\r]*)+/g : /\n/g;
  const out: Range[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0xfeff
  );
}

export const paragraphs: Component = {
  name: "paragraphs",
  needs: [],
  adds: ["paragraphs"],
  run(doc: Doc): Doc {
    doc.paragraphs = splitParagraphs(doc.text);
    return doc;
  },
};
