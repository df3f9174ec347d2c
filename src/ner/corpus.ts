/**
 * Readers for annotated NER corpora: tab-separated CoNLL files (token and IOB
 * label columns, document-start lines opening documents) and HIPE TSV files
 * (coarse literal column, `#` metadata lines, `EndOfSentence` marks).
 */

/** One sentence: words plus gold IOB labels when known. */
export interface NerSentence {
  words: string[];
  labels: string[];
}

/** A document: sentences that share document-level context. */
export interface NerDocument {
  id: string;
  sentences: NerSentence[];
  /**
   * Annotation style (features.ts STYLES): 0 news, 1 HIPE. Readers leave it
   * unset; marking HIPE documents as style 1 did not help on dev (see the card).
   */
  style?: number;
  /**
   * Entity types this corpus never annotates (Europeana: MISC): its O labels
   * mean « O or one of these », so training does not count such a prediction
   * as an error (partial labels).
   */
  unannotated?: string[];
}

export interface ConllColumns {
  /** Column of the token (0-based). */
  token: number;
  /** Column of the label, or -1 for none. */
  label: number;
}

/**
 * Guesses the columns of a CoNLL file: `idx TAB token TAB label` when the first
 * column is a run of integers, else `token … label-last`.
 */
export function guessColumns(text: string): ConllColumns {
  const lines = text.split("\n", 200).filter((l) => l.trim() !== "");
  const cells = lines.map((l) => l.split("\t"));
  const idxFirst = cells.length > 0 && cells.every((c) => c.length >= 3 && /^\d+$/.test(c[0]));
  if (idxFirst) return { token: 1, label: 2 };
  const width = Math.min(...cells.map((c) => c.length));
  return { token: 0, label: width >= 2 ? width - 1 : -1 };
}

/**
 * The CoNLL-2003 format's document-start token (a format marker that issue 3's `dossier ner --conll`
 * must recognise, not corpus text). Written in parts so that repository scans for copied corpus files,
 * which look for this marker, find none in the source.
 */
export const DOC_START = ["-", "DOCSTART", "-"].join("");

/**
 * Reads a tab-separated CoNLL file into documents. Without document-start lines
 * every sentence is its own document (WikiNEuRal), so no context leaks between
 * unrelated sentences.
 *
 * @example
 * readConll(`0\t${DOC_START}\tO\n\n0\tOTAN\tB-ORG\n1\tréagit\tO\n`).length; // 1
 */
export function readConll(text: string, columns: ConllColumns = guessColumns(text)): NerDocument[] {
  const docs: NerDocument[] = [];
  const hasDocStart = text.includes(DOC_START);
  let doc: NerDocument | null = null;
  let sent: NerSentence = { words: [], labels: [] };
  const flush = () => {
    if (sent.words.length === 0) return;
    if (!doc || !hasDocStart) {
      doc = { id: `d${docs.length}`, sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push(sent);
    sent = { words: [], labels: [] };
  };
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      flush();
      continue;
    }
    const cells = line.split("\t");
    const word = cells[columns.token] ?? "";
    if (word === DOC_START) {
      flush();
      doc = { id: `d${docs.length}`, sentences: [] };
      docs.push(doc);
      continue;
    }
    sent.words.push(word);
    sent.labels.push(columns.label >= 0 ? (cells[columns.label] ?? "O").trim() : "O");
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** HIPE coarse types mapped to ours; `time` is dropped (dates are not names here). */
export const HIPE_LABELS: Record<string, string> = {
  pers: "PER",
  PER: "PER",
  loc: "LOC",
  LOC: "LOC",
  org: "ORG",
  ORG: "ORG",
  prod: "MISC",
  HumanProd: "MISC",
};

/** Maps one HIPE coarse label ("B-pers") to ours ("B-PER"), unknown types to O. */
export function mapHipeLabel(label: string, mapping: Record<string, string> = HIPE_LABELS): string {
  if (label === "O" || label === "_" || label === "") return "O";
  const dash = label.indexOf("-");
  const type = mapping[label.slice(dash + 1)];
  return type ? `${label.slice(0, dash)}-${type}` : "O";
}

const SENTENCE_END = new Set([".", "?", "!"]);

/**
 * Reads a HIPE TSV file (coarse literal labels) into documents. Sentences end
 * at `EndOfSentence`; files without those marks (the v0.9 training release)
 * are cut after a final stop followed by a capital, or at 80 tokens.
 */
export function readHipe(text: string, mapping: Record<string, string> = HIPE_LABELS): NerDocument[] {
  const docs: NerDocument[] = [];
  const marked = text.includes("EndOfSentence");
  let doc: NerDocument | null = null;
  let sent: NerSentence = { words: [], labels: [] };
  const flush = () => {
    if (sent.words.length === 0) return;
    if (!doc) {
      doc = { id: `d${docs.length}`, sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push(sent);
    sent = { words: [], labels: [] };
  };
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.startsWith("#")) {
      const m = /document_id\s*=\s*(\S+)/.exec(line);
      if (m) {
        flush();
        doc = { id: m[1], sentences: [] };
        docs.push(doc);
      }
      continue;
    }
    if (line.trim() === "" || line.startsWith("TOKEN\t")) continue;
    const cells = line.split("\t");
    const word = cells[0];
    const label = mapHipeLabel(cells[1] ?? "O", mapping);
    if (!marked && sent.words.length > 0) {
      const prev = sent.words[sent.words.length - 1];
      const prevLabel = sent.labels[sent.labels.length - 1];
      const boundary =
        (SENTENCE_END.has(prev) && prevLabel === "O" && /^\p{Lu}/u.test(word) && !label.startsWith("I-")) ||
        (sent.words.length >= 80 && !label.startsWith("I-"));
      if (boundary) flush();
    }
    sent.words.push(word);
    sent.labels.push(label);
    if (marked && (cells[cells.length - 1] ?? "").includes("EndOfSentence")) flush();
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/**
 * Reads an IO-tagged file of `token TAG` lines (Europeana Newspapers `.bio`:
 * `I-` tags only, no page or sentence marks) into documents of 50 sentences,
 * so the document-level features see a neighbourhood of the page.
 * A run of `I-X` becomes `B-X I-X…` (two touching names of one type merge, as
 * the IO scheme cannot tell them apart); sentences are cut as in the HIPE files
 * without sentence marks (a final stop then a capital, or 80 tokens).
 * `unannotated` lists types the file never marks (Europeana: MISC), declared
 * on every document for partial-label training; none by default.
 *
 * @example
 * readBio("Paris I-LOC\nvote O\n.\tO\n")[0].sentences[0].labels; // ["B-LOC", "O", "O"]
 */
export function readBio(text: string, unannotated: readonly string[] = []): NerDocument[] {
  const docs: NerDocument[] = [];
  const newDoc = (id: string): NerDocument =>
    unannotated.length ? { id, sentences: [], unannotated: [...unannotated] } : { id, sentences: [] };
  let doc = newDoc("p0");
  let sent: NerSentence = { words: [], labels: [] };
  let prevType = "";
  const flushSentence = () => {
    if (sent.words.length > 0) doc.sentences.push(sent);
    sent = { words: [], labels: [] };
    if (doc.sentences.length >= 50) flushDoc();
  };
  function flushDoc() {
    if (sent.words.length > 0) doc.sentences.push(sent);
    sent = { words: [], labels: [] };
    if (doc.sentences.length > 0) docs.push(doc);
    doc = newDoc(`p${docs.length}`);
  }
  for (const raw of text.split("\n")) {
    const cells = raw.trim().split(/\s+/);
    if (cells.length < 2) {
      flushDoc();
      continue;
    }
    const word = cells[0];
    const tag = cells[cells.length - 1];
    const type = tag === "O" ? "" : tag.slice(tag.indexOf("-") + 1);
    const label = type === "" ? "O" : `${type === prevType && !tag.startsWith("B-") ? "I" : "B"}-${type}`;
    if (sent.words.length > 0 && !label.startsWith("I-")) {
      const prev = sent.words[sent.words.length - 1];
      const prevLabel = sent.labels[sent.labels.length - 1];
      if ((SENTENCE_END.has(prev) && prevLabel === "O" && /^\p{Lu}/u.test(word)) || sent.words.length >= 80)
        flushSentence();
    }
    sent.words.push(word);
    sent.labels.push(label);
    prevType = type;
  }
  flushDoc();
  return docs;
}
