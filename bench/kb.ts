// `node bench/kb.ts [--search N] [--db FILE] [--skip-ingest] [--skip-search] [--jobs N]`: knowledge-base benchmarks (issue 7).
// Ingest throughput of the Wikinews + sample corpus (pipeline + store with a breakdown of where the
// time went, and the store alone), the second
// identical ingest (0 new), and search latency on a KB of N generated articles (default 100000;
// the KB is kept in --db and reused when it already holds N articles).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchColdIngest, benchIngest } from "../src/bench/kb-ingest.ts";
import { benchQueries, benchSearch, fill, generator } from "../src/bench/kb-search.ts";
import { createExtractor, defaultJobs } from "../src/extractor/extractor.ts";
import { SqliteStore } from "../src/store/sqlite/sqlite.ts";

const { values } = parseArgs({
  options: {
    search: { type: "string", default: "100000" },
    db: { type: "string" },
    "skip-ingest": { type: "boolean", default: false },
    "skip-search": { type: "boolean", default: false },
    /** Extraction threads (default: defaultJobs(); 1 runs the pipeline inline). */
    jobs: { type: "string" },
  },
});

const fmt = (n: number, d = 1) => n.toFixed(d);

if (!values["skip-ingest"]) {
  const dir = mkdtempSync(join(tmpdir(), "dossier-kb-bench-"));
  try {
    const store = SqliteStore.open(join(dir, "kb.db"));
    const storeOnly = SqliteStore.open(join(dir, "store-only.db"));
    const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
    const extractor = createExtractor(jobs);
    const r = await benchIngest(store, storeOnly, extractor);
    await extractor.close();
    await store.close();
    await storeOnly.close();
    // The same ingest on fresh threads that have not compiled the pipeline yet.
    const coldStore = SqliteStore.open(join(dir, "cold.db"));
    const coldExtractor = createExtractor(jobs);
    const cold = await benchColdIngest(coldStore, coldExtractor);
    await coldExtractor.close();
    await coldStore.close();
    const t = r.times;
    const n = r.articles;
    const pct = (ms: number) => `${fmt((100 * ms) / t.wallMs, 0)} %`;
    const other = t.wallMs - t.storeMs - t.waitMs;
    const threads = Math.max(1, r.threads);
    console.log(
      `KB ingest — ${r.corpus}: ${n} articles, ${r.threads || "no"} extraction threads (${r.threads ? "workers" : "inline"}), warmed up on ${r.warmUpArticles} other articles`,
    );
    console.log(
      `  pipeline + store  ${fmt(n / r.seconds)} articles/s (${fmt(r.seconds, 2)} s wall; CPU ${fmt(t.cpuMs / n, 1)} ms/article over all threads)`,
    );
    console.log(
      `    ingesting thread: storing ${fmt(t.storeMs / 1000, 2)} s (${pct(t.storeMs)}, ${t.batches} batches, CPU ${fmt(t.storeCpuMs / n, 2)} ms/article), waiting for extraction ${fmt(t.waitMs / 1000, 2)} s (${pct(t.waitMs)}), reading/queueing ${fmt(other / 1000, 2)} s (${pct(other)}); its CPU ${fmt(t.mainCpuMs / n, 2)} ms/article`,
    );
    console.log(
      `    extraction: ${fmt(t.extractCpuMs / n, 1)} ms CPU/article in the pipeline (${fmt(t.extractMs / n, 1)} ms wall); ${threads} thread(s) busy ${fmt((100 * t.extractMs) / (threads * t.wallMs), 0)} %, idle with nothing queued ${fmt((100 * t.idleMs) / (threads * t.wallMs), 0)} %`,
    );
    if (r.threadCpuMs)
      console.log(
        `    CPU per thread kind (ms/article): ${[...r.threadCpuMs]
          .sort((a, b) => b[1] - a[1])
          .filter(([, ms]) => ms / n >= 0.005)
          .map(([kind, ms]) => `${kind} ${fmt(ms / n, 2)}`)
          .join(" · ")}`,
      );
    const cores = availableParallelism();
    console.log(
      `    CPU bound: ${cores} free cores at ${fmt(t.cpuMs / n, 1)} ms/article would give ${fmt((cores * 1000 * n) / t.cpuMs, 0)} articles/s; 200/s needs ≤ ${fmt((cores * 1000) / 200, 1)} ms/article`,
    );
    console.log(
      `  cold start        ${fmt(n / (cold.wallMs / 1000))} articles/s (${fmt(cold.wallMs / 1000, 2)} s wall; CPU ${fmt(cold.cpuMs / n, 1)} ms/article over all threads, ${fmt(cold.extractCpuMs / n, 1)} in the pipeline): fresh threads, no warm-up, V8 compiling the pipeline meanwhile`,
    );
    console.log(
      `  store alone       ${fmt(n / r.storeSeconds)} articles/s (${fmt(r.storeSeconds, 2)} s, CPU ${fmt((1000 * r.storeCpuSeconds) / n, 2)} ms/article; pre-extracted, batches of 32)`,
    );
    console.log(
      `  new ${r.newCount}, near-duplicates ${r.nearDuplicates}; second identical ingest: ${r.secondNew} new (${fmt(r.secondSeconds, 2)} s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!values["skip-search"]) {
  const count = Number(values.search);
  const path = values.db ?? join(tmpdir(), `dossier-kb-search-${count}.db`);
  const gen = generator(1);
  const store = SqliteStore.open(path);
  const have = (await store.stats()).articles;
  if (have < count) {
    if (have > 0 && !existsSync(path)) throw new Error("unreachable");
    const t0 = performance.now();
    // Articles 0…have-1 are already in; the generator is deterministic, so replay it to continue.
    for (let n = 0; n < have; n++) gen.next(n);
    let last = have;
    const rate = await fill(store, count - have, { ...gen, next: (n: number) => gen.next(n + have) }, (n) => {
      last = have + n;
      process.stderr.write(`  generated ${last} / ${count}\r`);
    });
    process.stderr.write("\n");
    console.log(
      `KB of ${count} generated articles: filled at ${fmt(rate)} articles/s (${fmt((performance.now() - t0) / 1000, 0)} s) → ${path}`,
    );
  }
  const s = await benchSearch(store, gen, 60);
  const q = await benchQueries(store, gen);
  await store.close();
  console.log(
    `KB search — ${count} articles, ${s.queries} queries: p50 ${fmt(s.p50, 2)} ms, p95 ${fmt(s.p95, 2)} ms, p99 ${fmt(s.p99, 2)} ms, max ${fmt(s.max, 2)} ms`,
  );
  for (const [k, v] of Object.entries(s.kinds))
    console.log(`  ${k.padEnd(30)} p50 ${fmt(v.p50, 2)} ms  p95 ${fmt(v.p95, 2)} ms`);
  console.log(`KB queries — ${count} articles (median / max of 5 runs):`);
  for (const [k, v] of Object.entries(q))
    console.log(`  ${k.padEnd(36)} ${fmt(v.median, 2)} ms / ${fmt(v.max, 2)} ms`);
}
