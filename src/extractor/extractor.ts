import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DocumentJSON } from "../doc/json.ts";
import { toJSON } from "../doc/json.ts";
import { DossierError, type ErrorCode } from "../errors.ts";
import type { ArticleInput } from "../process.ts";
import { processArticle } from "../process.ts";

export interface Extracted {
  json: DocumentJSON;
  words: number;
}

/**
 * Runs the pipeline over articles: in this thread, or spread over worker
 * threads so that ingestion uses every core. Results come back per call, so
 * callers keep input order by awaiting in order.
 *
 * @example
 * const extractor = createExtractor(4);
 * const { json } = await extractor.extract({ text: "…" });
 * await extractor.close();
 */
export interface Extractor {
  extract(article: ArticleInput, lang?: string): Promise<Extracted>;
  /** How many articles may usefully be in flight at once. */
  readonly capacity: number;
  close(): Promise<void>;
}

/** The pipeline in the calling thread. */
export class InlineExtractor implements Extractor {
  readonly capacity = 1;
  async extract(article: ArticleInput, lang?: string): Promise<Extracted> {
    const doc = processArticle(article, { lang });
    return { json: toJSON(doc), words: doc.wordCount };
  }
  async close(): Promise<void> {}
}

interface Job {
  id: number;
  resolve: (r: Extracted) => void;
  reject: (e: unknown) => void;
}

type Reply =
  | { id: number; json: DocumentJSON; words: number }
  | { id: number; error: { code: ErrorCode; message: string } };

/** One pipeline per worker thread; jobs go to the least busy worker. */
export class WorkerExtractor implements Extractor {
  readonly capacity: number;
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly jobs = new Map<number, Job>();
  private next = 0;

  constructor(size: number) {
    this.capacity = size * 2;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./worker.ts", import.meta.url));
      const slot = { worker, busy: 0 };
      worker.on("message", (reply: Reply) => {
        slot.busy--;
        const job = this.jobs.get(reply.id);
        if (!job) return;
        this.jobs.delete(reply.id);
        if ("error" in reply) job.reject(new DossierError(reply.error.code, reply.error.message));
        else job.resolve({ json: reply.json, words: reply.words });
      });
      worker.on("error", (err) => {
        for (const job of this.jobs.values()) job.reject(err);
        this.jobs.clear();
      });
      this.workers.push(slot);
    }
  }

  extract(article: ArticleInput, lang?: string): Promise<Extracted> {
    const id = this.next++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { id, resolve, reject });
      slot.worker.postMessage({ id, article, lang });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Worker threads when `jobs` > 1 (default: one per core, at most 4), else inline. */
export function createExtractor(jobs: number = defaultJobs()): Extractor {
  return jobs > 1 ? new WorkerExtractor(jobs) : new InlineExtractor();
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
