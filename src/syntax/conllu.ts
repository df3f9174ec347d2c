/**
 * CoNLL-U reader and writer that round-trips a file exactly: comments,
 * multiword-token lines and empty nodes are kept as written; only the word
 * columns the caller changes are rewritten.
 */

export interface ConlluWord {
  /** 1-based word index in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** Head word id, 0 for the root, -1 when the column is "_". */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token ("du" = de + le): its surface form and word id range (inclusive). */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  /** Index of its line in `ConlluSentence.lines`. */
  line: number;
}

export type ConlluLine =
  | { kind: "comment"; text: string }
  | { kind: "multiword"; text: string }
  | { kind: "empty"; text: string }
  | { kind: "word"; word: number };

export interface ConlluSentence {
  lines: ConlluLine[];
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

function parseWord(fields: string[]): ConlluWord {
  return {
    id: Number(fields[0]),
    form: fields[1] ?? "_",
    lemma: fields[2] ?? "_",
    upos: fields[3] ?? "_",
    xpos: fields[4] ?? "_",
    feats: fields[5] ?? "_",
    head: fields[6] === undefined || fields[6] === "_" ? -1 : Number(fields[6]),
    deprel: fields[7] ?? "_",
    deps: fields[8] ?? "_",
    misc: fields[9] ?? "_",
  };
}

/**
 * Parses CoNLL-U text into sentences (blank-line separated).
 *
 * @example
 * const [s] = parseConllu("# text = Hi\n1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n\n");
 * s.words[0].upos; // "INTJ"
 */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      if (current) sentences.push(current);
      current = null;
      continue;
    }
    if (!current) current = { lines: [], words: [], multiwords: [] };
    if (line.startsWith("#")) {
      current.lines.push({ kind: "comment", text: line });
      continue;
    }
    const fields = line.split("\t");
    const id = fields[0];
    const dash = id.indexOf("-");
    if (dash > 0) {
      current.multiwords.push({
        first: Number(id.slice(0, dash)),
        last: Number(id.slice(dash + 1)),
        form: fields[1] ?? "_",
        line: current.lines.length,
      });
      current.lines.push({ kind: "multiword", text: line });
    } else if (id.includes(".")) {
      current.lines.push({ kind: "empty", text: line });
    } else {
      current.lines.push({ kind: "word", word: current.words.length });
      current.words.push(parseWord(fields));
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

export function formatWord(w: ConlluWord): string {
  const head = w.head < 0 ? "_" : String(w.head);
  return [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join("\t");
}

/**
 * Writes sentences back to CoNLL-U, each followed by a blank line.
 *
 * @example
 * writeConllu(parseConllu(text)) === text; // for a well-formed file
 */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const l of s.lines) out.push(l.kind === "word" ? formatWord(s.words[l.word]) : l.text);
    out.push("");
  }
  return out.length ? `${out.join("\n")}\n` : "";
}

/** The comment value `# key = value` of a sentence, or null. */
export function sentenceComment(s: ConlluSentence, key: string): string | null {
  const prefix = `# ${key} = `;
  for (const l of s.lines)
    if (l.kind === "comment" && l.text.startsWith(prefix)) return l.text.slice(prefix.length);
  return null;
}
