import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { DossierError, formatError } from "../../errors.ts";
import { createExtractor, defaultJobs } from "../../extractor/extractor.ts";
import { type IngestItem, ingest } from "../../extractor/ingest.ts";
import { listInputFiles, looksLikeUrl, readInputs } from "../../ingest/index.ts";
import { openStore } from "../../store/store.ts";
import { type InputFlags, ingestOptionsFrom, inputOptions } from "../options.ts";
import { progress } from "../progress.ts";
import { action } from "../run.ts";

interface IngestFlags extends InputFlags {
  db: string;
  jobs?: string;
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
    .option("--db <file>", "knowledge base file", "dossier.db")
    .option("--jobs <n>", "extraction threads (default: one per core, at most 4; 1 runs in this thread)");
  inputOptions(cmd).action(
    action(async (inputs: string[], flags: IngestFlags) => {
      const options = ingestOptionsFrom(flags);
      const jobs = flags.jobs === undefined ? defaultJobs() : Number(flags.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
        throw new DossierError("E_USAGE", `--jobs expects a whole number from 1 to 64, got "${flags.jobs}"`);
      }
      const store = await openStore(flags.db);
      const t0 = performance.now();
      const s: IngestSummary = { new: 0, duplicate: 0, near: 0, failed: 0, words: 0, seconds: 0 };
      const bar = progress(await expectedArticles(inputs));
      const extractor = createExtractor(jobs);
      const counts = () => ({ new: s.new, duplicate: s.duplicate, failed: s.failed });
      // Read failures are reported here; readable articles go to the ingest loop.
      async function* articles(): AsyncGenerator<IngestItem> {
        for await (const item of readInputs(inputs, options)) {
          if (!item.ok) {
            s.failed++;
            bar.tick(item.input, counts());
            process.stderr.write(`error ${formatError(item.error)}\n`);
            continue;
          }
          yield { label: item.article.source.path ?? item.article.source.url ?? "-", article: item.article };
        }
      }
      try {
        await ingest(
          articles(),
          extractor,
          store,
          {
            duplicate(label) {
              s.duplicate++;
              bar.tick(label, counts());
            },
            stored(label, result, extracted) {
              s[result.status]++;
              if (result.nearDuplicateOf) {
                s.near++;
                const pct = Math.round(result.nearDuplicateOf.similarity * 100);
                process.stderr.write(
                  `near-duplicate ${result.id} ≈ ${result.nearDuplicateOf.id} (${pct} %)\n`,
                );
              }
              if (result.status === "new") s.words += extracted.words;
              bar.tick(label, counts());
            },
            failed(label, err) {
              s.failed++;
              process.stderr.write(`error ${formatError(err)} (${label})\n`);
              bar.tick(label, counts());
            },
          },
          flags.lang,
        );
      } finally {
        bar.stop();
        await extractor.close();
        await store.close();
      }
      s.seconds = (performance.now() - t0) / 1000;
      process.stdout.write(`${summaryLine(s)}\n`);
      if (s.failed > 0) process.exitCode = 1;
    }),
  );
}
