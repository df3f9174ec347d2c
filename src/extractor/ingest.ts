/**
 * The ingest loop shared by `dossier ingest` and the KB benchmark: skip what is
 * stored, extract ahead on the workers, store in input order, in batches.
 *
 * The ingesting thread stores batch N (one transaction) while the workers
 * extract what follows: before each batch it tops the extractor up to
 * `capacity` articles in work, so workers never wait for this thread; a batch
 * is the run of finished results at the head of the queue once it reaches
 * MIN_BATCH (up to MAX_BATCH), stored in input order.
 */
import { contentId } from "../doc/doc.ts";
import type { ArticleInput } from "../process.ts";
import type { PutResult, Store } from "../store/store.ts";
import { type Extracted, type Extractor, threadCpuMs } from "./extractor.ts";

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
  /** CPU of the ingesting thread inside store.putMany, and in the whole loop. */
  storeCpuMs: number;
  mainCpuMs: number;
  /** Waiting for the next result in order (the extractors are behind). */
  waitMs: number;
  /** Pipeline time summed over articles (in the workers, or inline), wall and CPU. */
  extractMs: number;
  extractCpuMs: number;
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
    storeCpuMs: 0,
    mainCpuMs: 0,
    waitMs: 0,
    extractMs: 0,
    extractCpuMs: 0,
    idleMs: 0,
    cpuMs: 0,
    batches: 0,
    articles: 0,
  };
  const cpu0 = process.cpuUsage();
  const mainCpu0 = threadCpuMs();
  const t0 = performance.now();
  const queue: Pending[] = [];

  const storeBatch = async (batch: { label: string; extracted: Extracted }[]) => {
    const t = performance.now();
    const cpu = threadCpuMs();
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
    times.storeCpuMs += threadCpuMs() - cpu;
    times.batches++;
    batch.forEach((b, i) => {
      const r = results[i];
      if ("error" in r) hooks.failed?.(b.label, r.error);
      else hooks.stored?.(b.label, r, b.extracted);
    });
  };

  const iterator =
    Symbol.asyncIterator in items
      ? items[Symbol.asyncIterator]()
      : (items as Iterable<IngestItem>)[Symbol.iterator]();
  let inputDone = false;
  /** Submitted and not finished. */
  let inWork = 0;
  let wake: (() => void) | null = null;
  const finished = (p: Pending) => {
    p.done = true;
    inWork--;
    wake?.();
  };

  /** Submits articles until the extractor has `capacity` in work (or the queue is at its limit). */
  const fill = async () => {
    while (!inputDone && inWork < extractor.capacity && queue.length < extractor.capacity + MAX_BATCH) {
      const next = await iterator.next();
      if (next.done) {
        inputDone = true;
        return;
      }
      const { label, article } = next.value;
      times.articles++;
      // The id hashes title and text only, so a stored article is known before extraction.
      if (await store.has(contentId(article.title ?? null, article.text))) {
        hooks.duplicate?.(label);
        continue;
      }
      const pending: Pending = { label, result: extractor.extract(article, lang), done: false };
      inWork++;
      pending.result.then(
        () => finished(pending),
        () => finished(pending),
      );
      queue.push(pending);
    }
  };

  /** Stores the finished results at the head of the queue (up to MAX_BATCH), in order. */
  const storeReady = async () => {
    const batch: { label: string; extracted: Extracted }[] = [];
    while (queue.length > 0 && queue[0].done && batch.length < MAX_BATCH) {
      const p = queue.shift()!;
      try {
        const extracted = await p.result;
        times.extractMs += extracted.ms;
        times.extractCpuMs += extracted.cpuMs;
        times.idleMs += extracted.idleMs;
        batch.push({ label: p.label, extracted });
      } catch (error) {
        // Failures are reported in order: store what came before first.
        if (batch.length > 0) await storeBatch(batch.splice(0));
        hooks.failed?.(p.label, error);
      }
    }
    if (batch.length > 0) await storeBatch(batch);
  };

  for (;;) {
    // Workers get their next articles before this thread spends time storing.
    await fill();
    if (queue.length === 0 && inputDone) break;
    let ready = 0;
    while (ready < queue.length && queue[ready].done) ready++;
    if (ready >= MIN_BATCH || (inputDone && ready === queue.length)) {
      await storeReady();
      continue;
    }
    if (!inputDone && inWork < extractor.capacity && queue.length < extractor.capacity + MAX_BATCH) continue;
    const t = performance.now();
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
    times.waitMs += performance.now() - t;
  }
  times.wallMs = performance.now() - t0;
  times.mainCpuMs = threadCpuMs() - mainCpu0;
  const cpu = process.cpuUsage(cpu0);
  times.cpuMs = (cpu.user + cpu.system) / 1000;
  return times;
}
