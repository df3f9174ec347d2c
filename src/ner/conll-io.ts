import { DOC_START } from "./corpus.ts";

/**
 * The `dossier ner --conll` line format: every input line is written back
 * unchanged plus a tab and the predicted IOB2 label; blank lines and
 * document-start lines are written unchanged. The token is the first column.
 */

/** One token line of the input and its place in the document structure. */
interface Line {
  text: string;
  cr: boolean;
  kind: "blank" | "docstart" | "token";
}

/**
 * Labels a CoNLL text with `tag`, called once per document with its
 * sentences. Without document-start lines each sentence is its own document.
 *
 * @example
 * labelConll("Paris\n\n", (doc) => doc.map((s) => s.map(() => "B-LOC"))); // "Paris\tB-LOC\n\n"
 */
export function labelConll(
  input: string,
  tag: (sentences: string[][]) => string[][],
  tokenColumn: number | "auto" = 0,
): string {
  const raw = input.split("\n");
  // A final newline gives an empty last piece that is not a line.
  if (raw.length > 0 && raw[raw.length - 1] === "") raw.pop();
  const column = tokenColumn === "auto" ? guessTokenColumn(raw) : tokenColumn;
  const lines: Line[] = raw.map((l) => {
    const cr = l.endsWith("\r");
    const text = cr ? l.slice(0, -1) : l;
    const token = text.split("\t")[column] ?? "";
    const kind = text.trim() === "" ? "blank" : token === DOC_START ? "docstart" : "token";
    return { text, cr, kind };
  });
  const hasDocStart = lines.some((l) => l.kind === "docstart");
  const labels = new Array<string>(lines.length).fill("");
  let docLines: number[][] = [];
  let sent: number[] = [];
  const endSentence = () => {
    if (sent.length) docLines.push(sent);
    sent = [];
    if (!hasDocStart) endDocument();
  };
  const endDocument = () => {
    if (sent.length) docLines.push(sent);
    sent = [];
    if (docLines.length === 0) return;
    const sentences = docLines.map((s) => s.map((i) => lines[i].text.split("\t")[column] ?? ""));
    const out = tag(sentences);
    docLines.forEach((s, k) => {
      s.forEach((i, j) => {
        labels[i] = out[k]?.[j] ?? "O";
      });
    });
    docLines = [];
  };
  lines.forEach((l, i) => {
    if (l.kind === "token") sent.push(i);
    else if (l.kind === "blank") endSentence();
    else {
      endSentence();
      endDocument();
    }
  });
  endSentence();
  endDocument();
  let out = "";
  lines.forEach((l, i) => {
    out += l.kind === "token" ? `${l.text}\t${labels[i]}` : l.text;
    out += l.cr ? "\r\n" : "\n";
  });
  return out;
}

/**
 * 1 when every token line is `index TAB token …` with indices counting from 0
 * in each sentence (the CoNLL files in ../shared), else 0 (token first).
 *
 * @example
 * guessTokenColumn(["0\tEU\tB-ORG", "1\trejects\tO"]); // 1
 */
export function guessTokenColumn(lines: readonly string[]): number {
  let expected = 0;
  let tokens = 0;
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      expected = 0;
      continue;
    }
    const cells = line.split("\t");
    if (cells.length < 2 || cells[0] !== String(expected)) return 0;
    if (cells[1] === DOC_START) expected = 0;
    else {
      expected++;
      tokens++;
    }
  }
  return tokens > 0 ? 1 : 0;
}
