/**
 * The ingest loop shared by `dossier ingest` and the KB benchmark: skip what is
 * stored, extract ahead on the workers, store in input order, in batches.
 *
 * The ingesting thread stores batch N (one transaction) while the workers
 * extract what follows: the extractor keeps `capacity` articles in work, and a
 * batch is the next MIN_BATCH results in order plus every finished one behind
 * them (up to MAX_BATCH), so batches grow when storing falls behind.
 */
import { contentId } from "../doc/doc.ts";
import type { ArticleInput } from "../process.ts";
import type { PutResult, Store } from "../store/store.ts";
import type { Extracted, Extractor } from "./extractor.ts";

/**
 * Results stored in one transaction when the input goes on: a commit and a full-text flush cost
 * about as much as storing an article, so batches of 16 cost ~30 % less CPU per article than 1.
 */
const MIN_BATCH = 16;
/** Largest batch stored in one transaction. */
const MAX_BATCH = 64;

export interface IngestItem {
  /** What messages call the article (its path or URL). */
  label: string;
  article: ArticleInput;
}

export interface IngestHooks {
  /** The article was already stored (known by its id before extraction). */
  duplicate?(label: string): void;
  /** Stored or found a duplicate at store time. */
  stored?(label: string, result: PutResult, extracted: Extracted): void;
  /** Extraction or storing failed for this article. */
  failed?(label: string, error: unknown): void;
}

/** Where the ingesting thread's time went, and what the workers did. */
export interface IngestTimes {
  /** Wall time of the whole loop. */
  wallMs: number;
  /** Inside store.putMany. */
  storeMs: number;
  /** Waiting for the next result in order (the extractors are behind). */
  waitMs: number;
  /** Pipeline time summed over articles (in the workers, or inline). */
  extractMs: number;
  /** Time the workers sat idle with nothing queued, summed over workers. */
  idleMs: number;
  /** CPU time of the whole process (all threads) during the loop. */
  cpuMs: number;
  batches: number;
  articles: number;
}

interface Pending {
  label: string;
  result: Promise<Extracted>;
  done: boolean;
}

/**
 * Ingests `items` into `store` with `extractor`; returns the time breakdown.
 *
 * @example
 * const times = await ingest(items, createExtractor(), store, { stored: (label, r) => console.log(label, r.status) });
 */
export async function ingest(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  extractor: Extractor,
  store: Store,
  hooks: IngestHooks = {},
  lang?: string,
): Promise<IngestTimes> {
  const times: IngestTimes = {
    wallMs: 0,
    storeMs: 0,
    waitMs: 0,
    extractMs: 0,
    idleMs: 0,
    cpuMs: 0,
    batches: 0,
    articles: 0,
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const queue: Pending[] = [];

  const storeBatch = async (batch: { label: string; extracted: Extracted }[]) => {
    const t = performance.now();
    let results: (PutResult | { error: unknown })[];
    try {
      results = await store.putMany(batch.map((b) => b.extracted));
    } catch {
      // One bad article fails the whole transaction: store them one by one to find it.
      results = [];
      for (const b of batch) {
        try {
          results.push(await store.put(b.extracted));
        } catch (error) {
          results.push({ error });
        }
      }
    }
    times.storeMs += performance.now() - t;
    times.batches++;
    batch.forEach((b, i) => {
      const r = results[i];
      if ("error" in r) hooks.failed?.(b.label, r.error);
      else hooks.stored?.(b.label, r, b.extracted);
    });
  };

  /** Awaits the first `want` results, then stores them with every finished result behind them. */
  const drain = async (keep: number, want: number) => {
    while (queue.length > keep) {
      const first = queue.slice(0, want).filter((p) => !p.done);
      if (first.length > 0) {
        const t = performance.now();
        await Promise.allSettled(first.map((p) => p.result));
        times.waitMs += performance.now() - t;
      }
      const batch: { label: string; extracted: Extracted }[] = [];
      while (queue.length > 0 && queue[0].done && batch.length < MAX_BATCH) {
        const p = queue.shift()!;
        try {
          const extracted = await p.result;
          times.extractMs += extracted.ms;
          times.idleMs += extracted.idleMs;
          batch.push({ label: p.label, extracted });
        } catch (error) {
          // Failures are reported in order: store what came before first.
          if (batch.length > 0) await storeBatch(batch.splice(0));
          hooks.failed?.(p.label, error);
        }
      }
      if (batch.length > 0) await storeBatch(batch);
    }
  };

  for await (const { label, article } of items) {
    times.articles++;
    // The id hashes title and text only, so a stored article is known before extraction.
    if (await store.has(contentId(article.title ?? null, article.text))) {
      hooks.duplicate?.(label);
      continue;
    }
    const pending: Pending = { label, result: extractor.extract(article, lang), done: false };
    pending.result.then(
      () => {
        pending.done = true;
      },
      () => {
        pending.done = true;
      },
    );
    queue.push(pending);
    // The extractor keeps `capacity` articles in work while a batch waits to be stored.
    if (queue.length >= extractor.capacity + MIN_BATCH) await drain(extractor.capacity, MIN_BATCH);
  }
  await drain(0, MAX_BATCH);
  times.wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  times.cpuMs = (cpu.user + cpu.system) / 1000;
  return times;
}
