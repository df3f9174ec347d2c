/**
 * Knowledge-base ingest benchmark: the French Wikinews HTML pages and the
 * English Wikinews CSV in ../shared plus the sample corpus, read, processed
 * by the default pipeline and stored, timed end to end and for the store
 * part alone; then the same ingest again, which must store nothing new.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentId } from "../doc/doc.ts";
import type { DocumentJSON } from "../doc/json.ts";
import { type Extracted, type Extractor, InlineExtractor } from "../extractor/extractor.ts";
import { csvRecords } from "../ingest/csv.ts";
import { parseDateValue, readInputs } from "../ingest/index.ts";
import type { ArticleInput } from "../process.ts";
import type { Store } from "../store/store.ts";

const SHARED = new URL("../../../shared/corpora/", import.meta.url).pathname;
const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

/** The bench corpus as article inputs (what `dossier ingest` would read). */
export async function kbCorpus(): Promise<{ name: string; articles: ArticleInput[] }> {
  const articles: ArticleInput[] = [];
  const parts: string[] = [];
  const dirs = [
    join(SHARED, "text/wikinews-fr-2012/documents"),
    join(EXAMPLES, "fr"),
    join(EXAMPLES, "en"),
  ].filter(existsSync);
  for await (const item of readInputs(dirs)) if (item.ok) articles.push(item.article);
  if (existsSync(dirs[0] ?? "")) parts.push("wikinews-fr HTML");
  const en = join(SHARED, "text/wikinews-en-2019-2020/data");
  if (existsSync(en)) {
    for (const f of readdirSync(en).filter((f) => f.endsWith(".csv"))) {
      for (const r of csvRecords(readFileSync(join(en, f), "utf8"))) {
        if (!r.text) continue;
        articles.push({
          text: r.text,
          title: r.title || null,
          date: r.date ? safeDate(r.date.slice(0, 10)) : null,
          source: { url: r.url, outlet: "Wikinews" },
        });
      }
    }
    parts.push("wikinews-en CSV");
  }
  parts.push("examples/");
  return { name: parts.join(" + "), articles };
}

function safeDate(value: string): ArticleInput["date"] {
  try {
    return parseDateValue(value);
  } catch {
    return null;
  }
}

export interface IngestBench {
  corpus: string;
  articles: number;
  /** Pipeline + store, end to end (inputs already read). */
  seconds: number;
  /** store.put alone. */
  storeSeconds: number;
  newCount: number;
  /** Articles reported as near-duplicates. */
  nearDuplicates: number;
  /** The second, identical ingest. */
  secondNew: number;
  secondSeconds: number;
}

/**
 * Runs the ingest benchmark into `store` (a fresh one).
 *
 * @example
 * const r = await benchIngest(SqliteStore.open("/tmp/kb.db"));
 * console.log(r.articles / r.seconds, "articles/s");
 */
export async function benchIngest(
  store: Store,
  extractor: Extractor = new InlineExtractor(),
): Promise<IngestBench> {
  const { name, articles } = await kbCorpus();
  // Warm-up: models load and JIT compile outside the timed run (on every worker).
  await Promise.all(articles.slice(0, Math.max(5, extractor.capacity * 2)).map((a) => extractor.extract(a)));
  // As `dossier ingest` does: skip what is stored, extract ahead, store in order.
  const once = async () => {
    let storeMs = 0;
    let fresh = 0;
    let near = 0;
    const t0 = performance.now();
    const inFlight: Promise<Extracted>[] = [];
    const put = async (pending: Promise<Extracted>) => {
      const doc: DocumentJSON = (await pending).json;
      const t1 = performance.now();
      const r = await store.put(doc);
      storeMs += performance.now() - t1;
      if (r.status === "new") fresh++;
      if (r.nearDuplicateOf) near++;
    };
    for (const a of articles) {
      if (await store.has(contentId(a.title ?? null, a.text))) continue;
      inFlight.push(extractor.extract(a));
      while (inFlight.length >= extractor.capacity) await put(inFlight.shift()!);
    }
    for (const p of inFlight.splice(0)) await put(p);
    return { seconds: (performance.now() - t0) / 1000, storeSeconds: storeMs / 1000, fresh, near };
  };
  const first = await once();
  const second = await once();
  return {
    corpus: name,
    articles: articles.length,
    seconds: first.seconds,
    storeSeconds: first.storeSeconds,
    newCount: first.fresh,
    nearDuplicates: first.near,
    secondNew: second.fresh,
    secondSeconds: second.seconds,
  };
}
