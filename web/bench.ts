/**
 * Article page render time in headless Chromium over the sample KB
 * (examples/fr and examples/en ingested into a temp database), or over --db FILE.
 * Two figures per article, from navigation start to the page's
 * "article-rendered" mark (text and every layer on screen):
 *   cold   — a full page load: HTML, scripts, API call, render;
 *   in-app — a click from another article (API call and render only).
 *
 *   npx node web/bench.ts [--db FILE] [--runs 5]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openStore } from "../src/store/store.ts";
import {
  CHROMIUM,
  ensureWebBuild,
  HAS_CHROMIUM,
  launchBrowser,
  ROOT,
  serveStore,
} from "../test/e2e/harness.ts";

const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string", default: "5" } } });
if (!HAS_CHROMIUM) {
  console.error(`bench: no Chromium at ${CHROMIUM}`);
  process.exit(1);
}
const runs = Number(values.runs);
let dir: string | null = null;
let db = values.db;
if (!db) {
  dir = mkdtempSync(join(tmpdir(), "dossier-bench-ui-"));
  db = join(dir, "sample.db");
  const ingest = spawnSync(
    process.execPath,
    [join(ROOT, "src/cli/main.ts"), "ingest", "examples/fr", "examples/en", "--db", db],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
}
ensureWebBuild();
const kb = await serveStore(
  await openStore(db, { create: false }),
  () => dir && rmSync(dir, { recursive: true, force: true }),
);
const articles = (await kb.store.list({ limit: 1000 })).items;
const browser = await launchBrowser();
const page = await browser.context.newPage();

const rendered = () =>
  page.waitForFunction(() => performance.getEntriesByName("article-rendered").length > 0, null, {
    timeout: 10_000,
  });
const cold: number[] = [];
const inApp: number[] = [];
let layers = 0;
// One warm-up load so the first figure is not the browser's own start-up.
await page.goto(`${kb.url}/articles/${articles[0].id}`);
await rendered();
for (let run = 0; run < runs; run++) {
  for (const article of articles) {
    await page.goto(`${kb.url}/articles/${article.id}`);
    await rendered();
    cold.push(await page.evaluate(() => performance.getEntriesByName("article-rendered")[0].startTime));
    layers = Math.max(layers, await page.locator(".article-text .mark").count());
    // In-app: a link to the next article, clicked; timed from the click to the mark.
    const next = articles[(articles.indexOf(article) + 1) % articles.length].id;
    const elapsed = await page.evaluate(async (id) => {
      performance.clearMarks("article-rendered");
      const a = document.createElement("a");
      a.href = `/articles/${id}`;
      document.body.append(a);
      const t0 = performance.now();
      a.click();
      while (performance.getEntriesByName("article-rendered").length === 0)
        await new Promise((r) => setTimeout(r, 1));
      return performance.getEntriesByName("article-rendered")[0].startTime - t0;
    }, next);
    inApp.push(elapsed);
  }
}
await browser.close();
await kb.close();

const stats = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};
console.log(`article page, ${articles.length} articles × ${runs} runs (most marks on one page: ${layers})`);
console.log(`  cold load : ${stats(cold)}`);
console.log(`  in-app    : ${stats(inApp)}`);
const sorted = cold.slice().sort((a, b) => a - b);
const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
// Other work on the machine inflates the tail: print the load so figures can be judged.
console.log(`  load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log(
  p95 < 200 ? "  OK: p95 cold load under 200 ms" : `  SLOW: p95 cold load ${p95.toFixed(1)} ms ≥ 200 ms`,
);
