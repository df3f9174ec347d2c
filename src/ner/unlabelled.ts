import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DossierError } from "../errors.ts";
import { csvColumn } from "../ingest/csv.ts";
import { getLanguage } from "../lang/index.ts";
import { tokenize } from "../segment/3-tokens.ts";
import { DOC_START } from "./corpus.ts";

/**
 * Tokenised sentences from unlabelled text for word clusters: CoNLL/CoNLL-U
 * (`idx TAB form …`), HIPE .tsv, JSON Lines with a `text` field, CSV with a
 * `text` column, HTML and plain text; a folder is read recursively. Records
 * whose `source` names a test file are skipped (no test text, even unlabelled).
 */
export function readUnlabelled(path: string, lang: string): string[][] {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new DossierError("E_DATASET_MISSING", `${path}: no such file or folder`);
  }
  if (st.isDirectory())
    return readdirSync(path)
      .sort()
      .flatMap((f) => readUnlabelled(join(path, f), lang));
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".conllu") || path.endsWith(".conll")) return columnSentences(text, 1);
  if (path.endsWith(".tsv")) return columnSentences(text, 0);
  if (path.endsWith(".bio")) return columnSentences(text.replace(/ /g, "\t"), 0);
  if (path.endsWith(".jsonl")) {
    return text
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { text?: string; source?: string })
      .filter((r) => !/test/i.test(r.source ?? ""))
      .flatMap((r) => rawSentences(r.text ?? "", lang));
  }
  if (path.endsWith(".csv")) return csvColumn(text, "text").flatMap((t) => rawSentences(t, lang));
  if (path.endsWith(".html") || path.endsWith(".htm")) {
    const plain = text
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"');
    return rawSentences(plain, lang);
  }
  if (path.endsWith(".txt")) return rawSentences(text, lang);
  return [];
}

function columnSentences(text: string, column: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.startsWith("TOKEN\t")) continue;
    if (line.trim() === "") {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const cells = line.split("\t");
    if (column === 1 && /^\d+[-.]\d+$/.test(cells[0])) continue; // UD multiword ranges and empty nodes
    const w = cells[column];
    if (w && w !== DOC_START) cur.push(w);
    if (column === 0 && (cells[cells.length - 1] ?? "").includes("EndOfSentence")) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Tokenises running text with the project tokenizer, cutting sentences at . ! ? */
export function rawSentences(text: string, lang: string): string[][] {
  const out: string[][] = [];
  for (const para of text.split(/\n\s*\n|\r?\n/)) {
    const ranges = tokenize(para, 0, para.length, getLanguage(lang));
    let cur: string[] = [];
    for (const r of ranges) {
      const w = para.slice(r.start, r.end);
      cur.push(w);
      if (w === "." || w === "!" || w === "?") {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
  }
  return out;
}
