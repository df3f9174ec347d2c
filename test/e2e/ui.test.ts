/**
 * The web UI in headless Chromium over a hand-built knowledge base: every
 * page shows KB content, a quote leads to its speaker, graph filters change
 * the drawing, markup in an article stays text. Skips without /usr/bin/chromium.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import type { Browser, Served } from "./harness.ts";
import { CHROMIUM, ensureWebBuild, HAS_CHROMIUM, launchBrowser, serveFixtureKb } from "./harness.ts";

describe("web UI in Chromium", { skip: HAS_CHROMIUM ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let kb: Served;
  let browser: Browser;
  const pageErrors: string[] = [];
  let dialogs = 0;

  before(async () => {
    ensureWebBuild();
    kb = await serveFixtureKb();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await kb?.close();
  });

  async function open(path: string, ready: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(kb.url + path);
    await page.waitForSelector(ready, { timeout: 10_000 });
    return page;
  }

  async function articleId(title: string): Promise<string> {
    const items = (await kb.store.list({ limit: 100 })).items;
    const found = items.find((a) => a.title?.startsWith(title));
    assert.ok(found, `fixture article "${title}"`);
    return found.id;
  }

  test("overview: recent articles, active actors, merged events", async () => {
    const page = await open("/", ".event-card");
    const main = await page.locator("main").innerText();
    assert.match(main, /Karsania weighs shell shipments to Valdoria/);
    assert.match(main, /Most active actors[\s\S]*Karsania/);
    assert.match(main, /arms-transfer/);
    assert.equal(await page.locator(".article-list li").count(), 6);
    await page.close();
  });

  test("search from the top bar lists matching articles with marked snippets", async () => {
    const page = await open("/", ".event-card");
    await page.fill("#top-q", "sanctions");
    await page.press("#top-q", "Enter");
    await page.waitForSelector(".results li");
    assert.match(page.url(), /\/\?q=sanctions$/);
    assert.ok((await page.locator(".results li").count()) >= 2);
    assert.ok((await page.locator(".snippet mark").count()) >= 1);
    await page.close();
  });

  test("article: layers highlighted at their offsets, facts panel with cues and rules", async () => {
    const id = await articleId("À Tashgard");
    const page = await open(`/articles/${id}`, ".article-text");
    assert.equal(
      await page.locator("h1").innerText(),
      "À Tashgard, Dravec et Oderov scellent un « partenariat stratégique »",
    );
    // The quote span covers exactly the quoted words, with the speaker on hover.
    const quote = page.locator(".article-text [id='fact-quote-0']");
    assert.match((await quote.getAttribute("title")) ?? "", /Quote by Rustam Oderov/);
    const quoted = await page
      .locator(".article-text .m-quote")
      .evaluateAll((els) => els.map((e) => e.textContent).join(""));
    assert.equal(
      quoted,
      "« La Karsanie livrera des obus à la Valdorie dès le printemps »« Nos deux peuples ont des intérêts communs »",
    );
    assert.equal(await page.locator(".article-text .m-event").count(), 2);
    const facts = await page.locator(".facts").innerText();
    assert.match(facts, /cue “a déclaré”/);
    assert.match(facts, /rule transfer-verb-future/);
    assert.match(facts, /pledged/);
    // A fact's link moves focus to its span.
    await page.locator(".facts a.span-link", { hasText: "trigger “livrera”" }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "fact-event-1");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "livrera");
    await page.close();
  });

  test("an article containing <script> shows it as text", async () => {
    const id = await articleId("Markup in a wire story");
    const page = await open(`/articles/${id}`, ".article-text");
    assert.equal(await page.locator("h1").innerText(), "Markup in a wire story: <script>alert(1)</script>");
    const text = await page.locator(".article-text").innerText();
    assert.match(text, /the markup <script>alert\("pwned"\)<\/script> and <b>bold<\/b> tags/);
    assert.equal(await page.locator("main script, main b").count(), 0);
    assert.match(await page.title(), /<script>alert\(1\)<\/script>/);
    // The flag on the markup is highlighted and listed.
    assert.equal(
      await page.locator(".article-text .m-flag").first().innerText(),
      '<script>alert("pwned")</script>',
    );
    await page.waitForTimeout(100);
    assert.equal(dialogs, 0);
    await page.close();
  });

  test("entity page: aliases per language, roles, quotes, events, neighbours, activity", async () => {
    const page = await open("/entities/person%3Arustam-oderov", ".entity-layout");
    const main = await page.locator("main").innerText();
    assert.match(main, /Rustam Oderov/);
    assert.match(main, /English[\s\S]*French/);
    assert.match(main, /président/);
    assert.match(main, /Nothing has been decided/);
    assert.match(main, /Co-occurring actors[\s\S]*Anselme Dravec/);
    assert.equal(await page.locator(".chart svg rect").count(), 2);
    const events = await open("/entities/country%3AKA", ".entity-layout");
    assert.match(await events.locator("main").innerText(), /Events as source \(2\)[\s\S]*arms-transfer/);
    assert.match(await events.locator("main").innerText(), /hypothetical[\s\S]*pledged[\s\S]*delivered/);
    await page.close();
    await events.close();
  });

  test("a click on a quote's speaker reaches the speaker's page", async () => {
    const page = await open("/quotes", ".quote-list");
    assert.equal(await page.locator(".quote-item").count(), 6);
    await page.locator(".quote-item", { hasText: "The shells arrived" }).locator("a.speaker-link").click();
    await page.waitForSelector(".entity-layout");
    assert.match(page.url(), /\/entities\/person(%3A|:)mirela-sestan$/);
    assert.equal(await page.locator("h1").innerText(), "Mirela Sestan");
    // Back to the explorer, filtered by role.
    await page.goBack();
    await page.waitForSelector(".quote-list");
    await page.fill("input[name=role]", "porte-parole");
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelectorAll(".quote-item").length === 1);
    assert.match(await page.locator(".quote-item").innerText(), /Kaja Lind/);
    await page.close();
  });

  test("graph: a filter changes what is drawn; a node opens its entity, a link its events", async () => {
    const page = await open("/graph", "[data-drawn-nodes]");
    const canvas = page.locator("[data-testid=graph]");
    assert.equal(await canvas.getAttribute("data-drawn-nodes"), "5");
    assert.equal(await canvas.getAttribute("data-drawn-edges"), "4");
    const before = await canvas.screenshot();
    await page.selectOption("select >> nth=0", "sanction");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=graph]")?.getAttribute("data-drawn-nodes") === "2",
    );
    assert.equal(await canvas.getAttribute("data-drawn-edges"), "1");
    assert.match(page.url(), /type=sanction/);
    // Description-only actors (les entreprises) are drawn only on request.
    await page.check("input[name=generic]");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=graph]")?.getAttribute("data-drawn-nodes") === "3",
    );
    await page.uncheck("input[name=generic]");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=graph]")?.getAttribute("data-drawn-nodes") === "2",
    );
    await page.waitForTimeout(200);
    assert.notDeepEqual(await canvas.screenshot(), before);
    // The link table opens the events behind a link.
    await page.locator(".graph-table button", { hasText: "Events" }).click();
    await page.waitForSelector("[data-testid=edge-events] .event-card");
    assert.match(await page.locator(".graph-side").innerText(), /sanction[\s\S]*planned[\s\S]*asserted/);
    // A modality filter that matches nothing says so.
    await page.selectOption("select >> nth=1", "negated");
    await page.waitForSelector(".state.empty");
    // Clicking a node (drawn by sigma) opens its entity page.
    await page.selectOption("select >> nth=1", "");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=graph]")?.getAttribute("data-drawn-nodes") === "2",
    );
    await page.waitForTimeout(300);
    const box = (await canvas.boundingBox())!;
    const hit = await findNode(page, box);
    assert.ok(hit, "a node is clickable on the canvas");
    await page.waitForSelector(".entity-layout");
    assert.match(page.url(), /\/entities\/(org|country)/);
    await page.close();
  });

  test("timeline: merged events by month with their modality history", async () => {
    const page = await open("/timeline", ".timeline");
    const main = await page.locator("main").innerText();
    assert.match(main, /2025-02[\s\S]*arms-transfer[\s\S]*hypothetical[\s\S]*pledged[\s\S]*delivered/);
    assert.ok((await page.locator(".chart svg rect").count()) >= 3);
    await page.selectOption("select >> nth=0", "meeting");
    await page.waitForFunction(() => document.querySelectorAll(".timeline .event-card").length === 1);
    await page.close();
  });

  test("keyboard and narrow windows: skip link, focus on the heading, no sideways scroll", async () => {
    const page = await open("/quotes", ".quote-list");
    await page.setViewportSize({ width: 380, height: 800 });
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    for (const path of ["/", "/quotes", "/timeline", "/entities/country%3AVD"]) {
      await page.goto(kb.url + path);
      await page.waitForSelector("h1");
      await page.waitForTimeout(150);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px`);
    }
    await page.close();
  });

  test("unknown ids and pages say so", async () => {
    const page = await open("/articles/0000", ".state.error");
    assert.match(await page.locator(".state.error").innerText(), /Not found/);
    const missing = await open("/no/such/page", "h1");
    assert.equal(await missing.locator("h1").innerText(), "Page not found");
    assert.deepEqual(pageErrors, []);
    await page.close();
    await missing.close();
  });
});

/** Clicks through a grid of points until one lands on a node (sigma draws nodes on a canvas). */
async function findNode(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<boolean> {
  // Two actors lie on the horizontal midline (the layout turns the widest spread horizontal).
  const rows = [0.5, ...Array.from({ length: 19 }, (_, i) => (i + 1) / 20)];
  for (const gy of rows) {
    for (let gx = 0.02; gx < 1; gx += 0.02) {
      await page.mouse.move(box.x + gx * box.width, box.y + gy * box.height);
      if (await page.locator(".graph-canvas.pointer").count()) {
        await page.mouse.down();
        await page.mouse.up();
        return true;
      }
    }
  }
  return false;
}
