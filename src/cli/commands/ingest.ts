import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { toJSON } from "../../doc/json.ts";
import { formatError } from "../../errors.ts";
import { listInputFiles, looksLikeUrl, readInputs } from "../../ingest/index.ts";
import { processArticle } from "../../process.ts";
import { openStore } from "../../store/store.ts";
import { type InputFlags, ingestOptionsFrom, inputOptions } from "../options.ts";
import { progress } from "../progress.ts";
import { action } from "../run.ts";

interface IngestFlags extends InputFlags {
  db: string;
}

export interface IngestSummary {
  new: number;
  duplicate: number;
  /** New articles that are near-duplicates (MinHash) of one already stored. */
  near: number;
  failed: number;
  words: number;
  seconds: number;
}

export function summaryLine(s: IngestSummary): string {
  const near = s.near > 0 ? ` (${s.near} near-duplicate)` : "";
  return `ingested: ${s.new} new${near}, ${s.duplicate} duplicate, ${s.failed} failed, ${s.words} words, ${s.seconds.toFixed(2)} s`;
}

/**
 * How many articles the inputs hold, when that is known up front: every input a
 * local file or directory of one-article files. Null (a counter, no bar) otherwise.
 */
async function expectedArticles(inputs: string[]): Promise<number | null> {
  let n = 0;
  for (const input of inputs) {
    if (input === "-" || looksLikeUrl(input)) return null;
    let files: string[];
    try {
      files = (await stat(input)).isDirectory() ? await listInputFiles(input) : [input];
    } catch {
      n++; // counted once; it fails when read
      continue;
    }
    if (files.some((f) => /\.(jsonl|ndjson|json|xml|rss|atom)$/i.test(f))) return null;
    n += files.length;
  }
  return n;
}

export function register(program: Command): void {
  const cmd = program
    .command("ingest")
    .description(
      "extract and store articles in the knowledge base (idempotent: same content, same id, stored once)",
    )
    .argument("<inputs...>", "files, directories, http(s) URLs, or - for stdin")
    .option("--db <file>", "knowledge base file", "dossier.db");
  inputOptions(cmd).action(
    action(async (inputs: string[], flags: IngestFlags) => {
      const options = ingestOptionsFrom(flags);
      const store = await openStore(flags.db);
      const t0 = performance.now();
      const s: IngestSummary = { new: 0, duplicate: 0, near: 0, failed: 0, words: 0, seconds: 0 };
      const bar = progress(await expectedArticles(inputs));
      try {
        for await (const item of readInputs(inputs, options)) {
          if (!item.ok) {
            s.failed++;
            bar.tick(item.input, { new: s.new, duplicate: s.duplicate, failed: s.failed });
            process.stderr.write(`error ${formatError(item.error)}\n`);
            continue;
          }
          const doc = processArticle(item.article, { lang: flags.lang });
          const result = await store.put(toJSON(doc));
          s[result.status]++;
          if (result.nearDuplicateOf) {
            s.near++;
            const pct = Math.round(result.nearDuplicateOf.similarity * 100);
            process.stderr.write(`near-duplicate ${result.id} ≈ ${result.nearDuplicateOf.id} (${pct} %)\n`);
          }
          if (result.status === "new") s.words += doc.wordCount;
          bar.tick(item.article.source.path ?? item.article.source.url ?? doc.id, {
            new: s.new,
            duplicate: s.duplicate,
            failed: s.failed,
          });
        }
      } finally {
        bar.stop();
        await store.close();
      }
      s.seconds = (performance.now() - t0) / 1000;
      process.stdout.write(`${summaryLine(s)}\n`);
      if (s.failed > 0) process.exitCode = 1;
    }),
  );
}
