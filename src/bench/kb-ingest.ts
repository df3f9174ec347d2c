/**
 * Knowledge-base ingest benchmark: the French Wikinews HTML pages and the
 * English Wikinews CSV in ../shared plus the sample corpus, read, processed
 * by the default pipeline and stored, timed end to end with a breakdown of
 * where the time went; the same ingest again, which must store nothing new;
 * and the store alone on the extracted documents.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Extracted, type Extractor, InlineExtractor } from "../extractor/extractor.ts";
import { type IngestTimes, ingest } from "../extractor/ingest.ts";
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

/**
 * News articles outside the bench corpus that warm the extraction threads up before the timed run:
 * French from fr-news-plaintext, English from the PolNeAR training texts (the sample corpus when
 * ../shared is absent). V8 compiles the pipeline's code per thread as paths get hot and recompiles
 * what a new kind of sentence deoptimises; over the ~200 articles a thread sees in the bench that
 * costs more than the pipeline itself, which a long ingest does not pay per article.
 *
 * @example
 * const warm = await warmUpCorpus(60); // up to 60 French and 60 English articles
 */
export async function warmUpCorpus(perLanguage = 60): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  const fr = join(SHARED, "text/fr-news-plaintext/fr_news_docs.jsonl");
  if (existsSync(fr)) {
    for (const line of readFileSync(fr, "utf8").split("\n")) {
      if (out.length >= perLanguage) break;
      if (line.trim()) out.push({ text: (JSON.parse(line) as { text: string }).text });
    }
  }
  const en = join(SHARED, "quotes/polnear/data/train/text");
  if (existsSync(en)) {
    const files = readdirSync(en)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, perLanguage);
    for (const f of files) out.push({ text: readFileSync(join(en, f), "utf8") });
  }
  if (out.length > 0) return out;
  for await (const item of readInputs([join(EXAMPLES, "fr"), join(EXAMPLES, "en")]))
    if (item.ok) out.push(item.article);
  return out;
}

/**
 * The ingest loop right after the extraction threads have loaded their models (a few articles
 * each), without the warm-up of benchIngest: what the first few hundred articles of a
 * `dossier ingest` cost, JIT compilation included.
 *
 * @example
 * const times = await benchColdIngest(SqliteStore.open("/tmp/c.db"), createExtractor());
 */
export async function benchColdIngest(store: Store, extractor: Extractor): Promise<IngestTimes> {
  const { articles } = await kbCorpus();
  const warm = Math.max(5, extractor.threads * 4);
  await Promise.all(articles.slice(0, warm).map((a) => extractor.extract(a)));
  return ingest(
    articles.map((article, i) => ({ label: String(i), article })),
    extractor,
    store,
  );
}

function safeDate(value: string): ArticleInput["date"] {
  try {
    return parseDateValue(value);
  } catch {
    return null;
  }
}

/** CPU milliseconds per kind of thread of this process (Linux: /proc/self/task), by thread name. */
export type ThreadCpu = Map<string, number>;

/** Thread names as Node and V8 set them, and what the bench calls them. */
const THREAD_KINDS: Record<string, string> = {
  MainThread: "ingesting thread",
  WorkerThread: "extraction threads",
  V8Worker: "V8 background (optimising compiler, GC)",
};

/**
 * CPU time so far of every thread of the process, summed per kind (see THREAD_KINDS; others by their
 * name), or null where /proc is not there. The difference of two readings splits a run's CPU.
 *
 * @example
 * const before = threadCpu(); run(); const spent = threadCpuSince(before);
 */
export function threadCpu(): ThreadCpu | null {
  if (!existsSync("/proc/self/task")) return null;
  const out: ThreadCpu = new Map();
  for (const task of readdirSync("/proc/self/task")) {
    try {
      const name = readFileSync(`/proc/self/task/${task}/comm`, "utf8").trim();
      const stat = readFileSync(`/proc/self/task/${task}/stat`, "utf8");
      // Fields after the parenthesised name: state is 3rd, utime 14th, stime 15th of the whole line.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      out.set(`${name}\u0000${task}`, (ticks * 1000) / TICKS_PER_SECOND);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** CPU milliseconds per kind of thread since `before` (threads started meanwhile count from 0). */
export function threadCpuSince(before: ThreadCpu): Map<string, number> {
  const now = threadCpu() ?? new Map<string, number>();
  const out = new Map<string, number>();
  for (const [key, ms] of now) {
    const spent = ms - (before.get(key) ?? 0);
    if (spent <= 0) continue;
    const name = key.slice(0, key.indexOf("\u0000"));
    const kind = THREAD_KINDS[name] ?? name;
    out.set(kind, (out.get(kind) ?? 0) + spent);
  }
  return out;
}

/** USER_HZ of /proc/PID/stat times: 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

export interface IngestBench {
  corpus: string;
  articles: number;
  /** Articles (not in the corpus) each run sees first, spread over the threads. */
  warmUpArticles: number;
  /** Extraction threads (0: inline). */
  threads: number;
  /** Pipeline + store, end to end (inputs already read). */
  seconds: number;
  /** Where the time of that run went (see IngestTimes). */
  times: IngestTimes;
  /** CPU milliseconds of that run per kind of thread (null without /proc). */
  threadCpuMs: Map<string, number> | null;
  /** The extracted documents stored again into a fresh store, alone: putMany in batches of STORE_BATCH. */
  storeSeconds: number;
  storeCpuSeconds: number;
  newCount: number;
  /** Articles reported as near-duplicates. */
  nearDuplicates: number;
  /** The second, identical ingest. */
  secondNew: number;
  secondSeconds: number;
}

/** Batch size of the store-alone measurement (what the ingest loop reaches when storing keeps up). */
const STORE_BATCH = 32;

/**
 * Runs the ingest benchmark into `store` (a fresh one), then stores the same
 * extracted documents into `storeOnly` (another fresh one) without the pipeline.
 *
 * @example
 * const r = await benchIngest(SqliteStore.open("/tmp/a.db"), SqliteStore.open("/tmp/b.db"), createExtractor());
 * console.log(r.articles / r.seconds, "articles/s");
 */
export async function benchIngest(
  store: Store,
  storeOnly: Store,
  extractor: Extractor = new InlineExtractor(),
): Promise<IngestBench> {
  const { name, articles } = await kbCorpus();
  // Warm-up outside the timed run, on other articles: models load and V8 compiles the pipeline
  // (on every thread), so that the run measures a steady ingest.
  const warmUp = await warmUpCorpus();
  await Promise.all(warmUp.map((a) => extractor.extract(a)));
  const items = articles.map((article, i) => ({ label: String(i), article }));
  const extracted: Extracted[] = [];
  let fresh = 0;
  let near = 0;
  const threads0 = threadCpu();
  const times = await ingest(items, extractor, store, {
    stored(_label, r, x) {
      extracted.push(x);
      if (r.status === "new") fresh++;
      if (r.nearDuplicateOf) near++;
    },
  });
  const threadCpuMs = threads0 && threadCpuSince(threads0);
  let secondNew = 0;
  const second = await ingest(items, extractor, store, {
    stored(_label, r) {
      if (r.status === "new") secondNew++;
    },
  });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < extracted.length; i += STORE_BATCH)
    await storeOnly.putMany(extracted.slice(i, i + STORE_BATCH));
  const storeMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    corpus: name,
    articles: articles.length,
    warmUpArticles: warmUp.length,
    threads: extractor.threads,
    seconds: times.wallMs / 1000,
    times,
    threadCpuMs,
    storeSeconds: storeMs / 1000,
    storeCpuSeconds: (cpu.user + cpu.system) / 1e6,
    newCount: fresh,
    nearDuplicates: near,
    secondNew,
    secondSeconds: second.wallMs / 1000,
  };
}
