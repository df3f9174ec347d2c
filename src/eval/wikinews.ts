import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DossierError } from "../errors.ts";
import type { GoldActor, PloverRecord } from "../events/eval.ts";
import { GSR_TO_PLOVER } from "../events/ontology.ts";
import { csvRecords } from "../ingest/csv.ts";
import { extractHtmlArticle } from "../ingest/html.ts";
import { type GoldArticle, type GoldQuote, StringFinder } from "../quotes/eval.ts";

/**
 * Gold annotations over real English news, kept as standoff: the articles are
 * the English Wikinews texts in `../shared/corpora` (CC BY 2.5), and
 * `eval/wikinews-en/*.jsonl` in this repository holds only a hash of each
 * article's URL, character offsets and labels, never their text (nor their
 * titles, which the URLs spell out). Each line is one article (quotes) or
 * one sentence (events), with a `split`: `dev` is tuned on, `held` is read
 * only to check that what was tuned carries over.
 */

/** A range in the article, or a name that does not occur in it verbatim. */
type Anchor = [number, number] | string;

export interface WikinewsQuoteLine {
  /** {@link docId} of the article's URL. */
  doc: string;
  split: string;
  quotes: { at: [number, number]; speaker: Anchor | null; kind?: string }[];
}

export interface WikinewsEventLine {
  doc: string;
  split: string;
  /** The sentence. */
  at: [number, number];
  event: string;
  mode?: string;
  source: Anchor[];
  target: Anchor[];
}

/** Where the standoff files are. */
export const WIKINEWS_GOLD_DIR = new URL("../../eval/wikinews-en/", import.meta.url).pathname;
/** The French counterpart: articles of `text/wikinews-fr-2012/documents` by file name, text as `ingest` reads it. */
export const WIKINEWS_FR_GOLD_DIR = new URL("../../eval/wikinews-fr/", import.meta.url).pathname;

/**
 * French news-agency dispatches and articles of 1900–1999 (`text/fr-news-plaintext`, the impresso news-agency
 * dev set, OCR'd), a second French quote gold kept as standoff by document id.
 */
export const NEWSAGENCY_FR_GOLD_DIR = new URL("../../eval/newsagency-fr/", import.meta.url).pathname;

/**
 * The documents of `text/fr-news-plaintext` by id, text as stored there.
 *
 * @example
 * plaintextFrTexts("/work/shared/corpora").size; // 711
 */
export function plaintextFrTexts(corpora: string): Map<string, string> {
  const file = join(corpora, "text/fr-news-plaintext/fr_news_docs.jsonl");
  if (!existsSync(file))
    throw new DossierError("E_DATASET_MISSING", `${file} is not there (set DOSSIER_CORPORA)`);
  const out = new Map<string, string>();
  for (const d of lines<{ id: string; text: string }>(file)) out.set(d.id, d.text);
  return out;
}

/**
 * The French Wikinews pages by file name, each read as `dossier ingest` reads HTML (Readability, plain
 * paragraphs); pages without an article are left out.
 *
 * @example
 * wikinewsFrTexts("/work/shared/corpora").get("44581.html");
 */
export function wikinewsFrTexts(corpora: string): Map<string, string> {
  const dir = join(corpora, "text/wikinews-fr-2012/documents");
  if (!existsSync(dir))
    throw new DossierError("E_DATASET_MISSING", `${dir} is not there (set DOSSIER_CORPORA)`);
  const out = new Map<string, string>();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    try {
      out.set(f, extractHtmlArticle(readFileSync(join(dir, f), "utf8"), { path: f }, f).text);
    } catch {
      // (A page Readability finds no article in holds no gold either.)
    }
  }
  return out;
}

/**
 * The English Wikinews articles by URL (`text` is the CSV's body column).
 *
 * @example
 * wikinewsEnTexts("/work/shared/corpora").size; // 295
 */
export function wikinewsEnTexts(corpora: string): Map<string, string> {
  const dir = join(corpora, "text/wikinews-en-2019-2020/data");
  if (!existsSync(dir))
    throw new DossierError("E_DATASET_MISSING", `${dir} is not there (set DOSSIER_CORPORA)`);
  const out = new Map<string, string>();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort())
    for (const r of csvRecords(readFileSync(join(dir, f), "utf8"))) if (r.url) out.set(r.url, r.text ?? "");
  return out;
}

/**
 * The id an article goes by in the standoff files: the first 12 hex digits of the SHA-1 of its URL.
 *
 * @example
 * docId("https://en.wikinews.org/wiki/Example").length; // 12
 */
export function docId(url: string): string {
  return createHash("sha1").update(url).digest("hex").slice(0, 12);
}

/**
 * The corpus articles by {@link docId} (English Wikinews), file name (`fr`, French Wikinews) or document id
 * (`fr-plaintext`), each with its URL, file name or id.
 */
function byDocId(corpora: string, lang = "en"): Map<string, { url: string; text: string }> {
  const out = new Map<string, { url: string; text: string }>();
  if (lang === "fr" || lang === "fr-plaintext") {
    const texts = lang === "fr" ? wikinewsFrTexts(corpora) : plaintextFrTexts(corpora);
    for (const [file, text] of texts) out.set(file, { url: file, text });
    return out;
  }
  for (const [url, text] of wikinewsEnTexts(corpora)) out.set(docId(url), { url, text });
  return out;
}

function lines<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

const inSplit = (line: { split: string }, split: string) => split === "all" || line.split === split;

const anchorText = (text: string, a: Anchor): string => (typeof a === "string" ? a : text.slice(a[0], a[1]));

/**
 * Gold quotes over Wikinews articles, scored as the GGT set is: the speaker is
 * the person's fullest name in the article.
 *
 * @example
 * const dev = loadWikinewsQuotes("/work/shared/corpora", "dev");
 */
export function loadWikinewsQuotes(
  corpora: string,
  split: string,
  dir = WIKINEWS_GOLD_DIR,
  lang = "en",
): GoldArticle[] {
  const articles = byDocId(corpora, lang);
  const out: GoldArticle[] = [];
  for (const line of lines<WikinewsQuoteLine>(join(dir, "quotes.jsonl"))) {
    if (!inSplit(line, split)) continue;
    const article = articles.get(line.doc);
    if (!article) throw new DossierError("E_DATASET_MISSING", `article ${line.doc} is not in the corpus`);
    const text = article.text;
    const quotes: GoldQuote[] = line.quotes.map((q) => ({
      parts: [q.at],
      speaker: q.speaker === null ? null : anchorText(text, q.speaker),
    }));
    out.push({ id: article.url.replace(/^.*\/wiki\//, ""), text, quotes, unlocated: 0 });
  }
  return out;
}

/**
 * Gold PLOVER records over Wikinews sentences, in the gold-standard-record
 * form (one sentence, its type, source and target actors).
 *
 * @example
 * const dev = loadWikinewsEvents("/work/shared/corpora", "dev");
 */
export function loadWikinewsEvents(corpora: string, split: string, dir = WIKINEWS_GOLD_DIR): PloverRecord[] {
  const articles = byDocId(corpora);
  const out: PloverRecord[] = [];
  let position = 0;
  for (const line of lines<WikinewsEventLine>(join(dir, "events.jsonl"))) {
    const pos = position++;
    if (!inSplit(line, split)) continue;
    const article = articles.get(line.doc);
    if (!article) throw new DossierError("E_DATASET_MISSING", `article ${line.doc} is not in the corpus`);
    const text = article.text;
    const actors = (list: Anchor[]): GoldActor[] => list.map((a) => ({ actorText: anchorText(text, a) }));
    out.push({
      id: `${article.url.replace(/^.*\/wiki\//, "")}#${pos}`,
      position: pos,
      type: GSR_TO_PLOVER[line.event] ?? line.event,
      text: text.slice(line.at[0], line.at[1]),
      source: actors(line.source),
      target: actors(line.target),
      reciprocal: false,
    });
  }
  return out;
}

/**
 * Where a name occurs in a text (whitespace and quote marks normalised; case ignored when the text has the
 * same length lower-cased), else the name itself.
 */
function anchor(text: string, s: string, offset = 0): Anchor {
  const at = new StringFinder(text).find(s);
  if (at) return [at[0] + offset, at[1] + offset];
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const loose = new StringFinder(lower).find(s.toLowerCase());
    if (loose) return [loose[0] + offset, loose[1] + offset];
  }
  return s;
}

/**
 * {@link anchor}, but a name not found verbatim is kept as a string of at most five words (no run of the
 * corpus's text is stored): the longest leading words found in the text become a range, else the first five.
 *
 * @example
 * shortAnchor("… le correspondant du journal …", "le correspondant du journal à Berne depuis mai"); // a range
 */
function shortAnchor(text: string, name: string): Anchor {
  const found = anchor(text, name);
  const words = name.split(/\s+/);
  if (typeof found !== "string" || words.length <= 5) return found;
  for (let n = words.length - 1; n >= 2; n--) {
    const head = anchor(text, words.slice(0, n).join(" "));
    if (typeof head !== "string") return head;
  }
  return words.slice(0, 5).join(" ");
}

/**
 * Turns annotators' verbatim records (quote and sentence strings, speaker and
 * actor names) into standoff lines against the corpus texts. Strings not
 * found are reported, not kept.
 *
 * @example
 * const { lines, missing } = quotesToStandoff(records, texts, "dev");
 */
export function quotesToStandoff(
  articles: { url: string; quotes: { quote: string; speaker: string | null; kind?: string }[] }[],
  texts: Map<string, string>,
  split: string,
): { lines: WikinewsQuoteLine[]; missing: string[] } {
  const out: WikinewsQuoteLine[] = [];
  const missing: string[] = [];
  for (const a of articles) {
    const text = texts.get(a.url) ?? "";
    const finder = new StringFinder(text);
    const line: WikinewsQuoteLine = { doc: /^https?:/.test(a.url) ? docId(a.url) : a.url, split, quotes: [] };
    for (const q of a.quotes) {
      const at = finder.find(q.quote);
      if (!at) {
        missing.push(`${a.url}: ${q.quote.slice(0, 60)}`);
        continue;
      }
      // The speaker's fullest name, found fresh each time (a name is not consumed like a quote).
      const speaker = q.speaker ? shortAnchor(text, q.speaker) : null;
      line.quotes.push({ at, speaker, ...(q.kind ? { kind: q.kind } : {}) });
    }
    out.push(line);
  }
  return { lines: out, missing };
}

/** The events counterpart of {@link quotesToStandoff}: actors are looked for inside their sentence. */
export function eventsToStandoff(
  records: {
    url: string;
    sentence: string;
    event: string;
    mode?: string;
    source: string[];
    target: string[];
  }[],
  texts: Map<string, string>,
  split: string,
): { lines: WikinewsEventLine[]; missing: string[] } {
  const out: WikinewsEventLine[] = [];
  const missing: string[] = [];
  const finders = new Map<string, StringFinder>();
  for (const r of records) {
    const text = texts.get(r.url) ?? "";
    const finder = finders.get(r.url) ?? new StringFinder(text);
    finders.set(r.url, finder);
    const at = finder.find(r.sentence);
    if (!at) {
      missing.push(`${r.url}: ${r.sentence.slice(0, 60)}`);
      continue;
    }
    const sentence = text.slice(at[0], at[1]);
    const actors = (list: string[]) => list.map((s) => anchor(sentence, s, at[0]));
    out.push({
      doc: docId(r.url),
      split,
      at,
      event: r.event,
      ...(r.mode ? { mode: r.mode } : {}),
      source: actors(r.source),
      target: actors(r.target),
    });
  }
  return { lines: out, missing };
}
