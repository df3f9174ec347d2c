/**
 * Screenshots of every page into docs/screenshots/, taken in headless
 * Chromium over the hand-built fixture KB (test/e2e/fixture.ts).
 *
 *   npx node web/screenshots.ts            # all pages
 *   npx node web/screenshots.ts --db FILE  # over an existing knowledge base instead
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { openStore } from "../src/store/store.ts";
import {
  CHROMIUM,
  ensureWebBuild,
  HAS_CHROMIUM,
  launchBrowser,
  ROOT,
  type Served,
  serveFixtureKb,
  serveStore,
} from "../test/e2e/harness.ts";

const { values } = parseArgs({ options: { db: { type: "string" }, out: { type: "string" } } });
if (!HAS_CHROMIUM) {
  console.error(`screenshots: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  process.exit(1);
}
const out = values.out ?? join(ROOT, "docs/screenshots");
mkdirSync(out, { recursive: true });
ensureWebBuild();
const kb: Served = values.db
  ? await serveStore(await openStore(values.db, { create: false }))
  : await serveFixtureKb();

/** Picks the most annotated article and the most quoted person, so the shots show something. */
async function subjects(): Promise<{ article: string; entity: string }> {
  const articles = (await kb.store.list({ limit: 1000 })).items;
  const article = articles.slice().sort((a, b) => b.quotes + b.events - (a.quotes + a.events))[0]?.id;
  const people = (await kb.store.entities({ limit: 200 })).items.filter((e) => e.label === "PER");
  let entity = people[0]?.id;
  let best = -1;
  for (const p of people.slice(0, 30)) {
    const d = await kb.store.entity(p.id);
    const score =
      (d?.quotes.length ?? 0) * 2 + (d?.eventsAsSource.length ?? 0) + (d?.eventsAsTarget.length ?? 0);
    if (score > best) [best, entity] = [score, p.id];
  }
  return { article, entity };
}

const { article, entity } = await subjects();
const shots: {
  name: string;
  path: string;
  ready: string;
  width?: number;
  height?: number;
  full?: boolean;
}[] = [
  { name: "overview", path: "/", ready: ".event-card, .dashboard .empty" },
  { name: "article", path: `/articles/${article}`, ready: ".article-text" },
  { name: "entity", path: `/entities/${encodeURIComponent(entity)}`, ready: ".entity-layout" },
  { name: "graph", path: "/graph", ready: "[data-drawn-nodes], .state.empty" },
  { name: "timeline", path: "/timeline", ready: ".timeline, .state.empty" },
  { name: "quotes", path: "/quotes", ready: ".quote-list, .state.empty" },
  { name: "article-narrow", path: `/articles/${article}`, ready: ".article-text", width: 400, height: 860 },
];

const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const page: Page = await browser.context.newPage();
    await page.setViewportSize({ width: shot.width ?? 1280, height: shot.height ?? 860 });
    await page.goto(kb.url + shot.path);
    await page.waitForSelector(shot.ready, { timeout: 10_000 });
    // Sigma draws on the next animation frames; charts and fonts settle too.
    await page.waitForTimeout(shot.name === "graph" ? 600 : 150);
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: shot.full ?? false });
    console.log(`screenshots: ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await kb.close();
}
