// Worker thread of WorkerExtractor: runs the default pipeline on the articles it is sent.
import { parentPort } from "node:worker_threads";
import { toJSON } from "../doc/json.ts";
import { errorCode } from "../errors.ts";
import type { ArticleInput } from "../process.ts";
import { processArticle } from "../process.ts";

parentPort!.on("message", (msg: { id: number; article: ArticleInput; lang?: string }) => {
  try {
    const doc = processArticle(msg.article, { lang: msg.lang });
    parentPort!.postMessage({ id: msg.id, json: toJSON(doc), words: doc.wordCount });
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    parentPort!.postMessage({ id: msg.id, error: { code: errorCode(err), message } });
  }
});
