// Worker thread of WorkerExtractor: runs the default pipeline on the articles it is sent and posts
// the result back with its packed tokens transferred (moved, not copied).
import { parentPort } from "node:worker_threads";
import { errorCode } from "../errors.ts";
import type { ArticleInput } from "../process.ts";
import { extractArticle } from "./extractor.ts";

/** When the previous article was done (null before the first: start-up is not idleness). */
let lastDone: number | null = null;

parentPort!.on("message", (msg: { id: number; article: ArticleInput; lang?: string }) => {
  const idleMs = lastDone === null ? 0 : performance.now() - lastDone;
  try {
    const result = extractArticle(msg.article, msg.lang, idleMs);
    const buffer = result.tokens?.buffer as ArrayBuffer | undefined;
    parentPort!.postMessage({ id: msg.id, result }, buffer ? [buffer] : []);
    lastDone = performance.now();
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    parentPort!.postMessage({ id: msg.id, error: { code: errorCode(err), message } });
  }
});
