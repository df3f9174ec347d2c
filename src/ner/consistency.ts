import { type TagSpan, typeIndex } from "./tags.ts";
import { normalizeWord } from "./text.ts";

const PER = typeIndex("PER");

/**
 * Document-level consistency after tagging: a one-word entity that is part of
 * a longer person name in the same document becomes PER (Dravec after
 * Anselme Dravec), and the same name tagged with different types takes the
 * type it has most often in the document.
 *
 * @example
 * harmonise([["Anselme", "Dravec"], ["Dravec"]], [[{start:0,end:2,type:0}], [{start:0,end:1,type:2}]]);
 */
export function harmonise(sentences: readonly (readonly string[])[], spans: TagSpan[][]): TagSpan[][] {
  const personParts = new Set<string>();
  const votes = new Map<string, number[]>();
  const text = (s: number, sp: TagSpan) =>
    sentences[s]
      .slice(sp.start, sp.end)
      .map((w) => normalizeWord(w))
      .join(" ");
  spans.forEach((list, s) => {
    for (const sp of list) {
      if (sp.type === PER && sp.end - sp.start > 1)
        for (let i = sp.start; i < sp.end; i++) {
          const w = normalizeWord(sentences[s][i]);
          if (w.length > 2 && w[0] !== w[0].toLowerCase()) personParts.add(w);
        }
      const key = text(s, sp);
      let v = votes.get(key);
      if (!v) {
        v = [0, 0, 0, 0];
        votes.set(key, v);
      }
      v[sp.type]++;
    }
  });
  return spans.map((list, s) =>
    list.map((sp) => {
      const key = text(s, sp);
      if (sp.end - sp.start === 1 && sp.type !== PER && personParts.has(key))
        return { start: sp.start, end: sp.end, type: PER };
      const v = votes.get(key)!;
      let best = sp.type;
      for (let t = 0; t < v.length; t++) if (v[t] > v[best]) best = t;
      return best === sp.type ? sp : { start: sp.start, end: sp.end, type: best };
    }),
  );
}
