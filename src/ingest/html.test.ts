import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { DossierError } from "../errors.ts";
import { extractHtmlArticle, htmlFragmentToText, htmlToText, normalizeLang } from "./html.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

test("an article page: title, byline, outlet, date, language and paragraphs", () => {
  const article = extractHtmlArticle(fixture("article.html"), { path: "article.html" }, "article.html");
  assert.equal(article.title, "Sommet d'Orvane : les ministres promettent une aide");
  assert.deepEqual(article.date, { value: "2023-09-14", precision: "day" });
  assert.equal(article.lang, "fr");
  assert.deepEqual(article.source, {
    path: "article.html",
    outlet: "La Gazette du Nord",
    byline: "Claire Vasseur",
  });
  const paragraphs = article.text.split("\n\n");
  assert.equal(paragraphs.length, 3);
  assert.ok(paragraphs[0].startsWith("Les ministres des Affaires étrangères"));
  assert.ok(paragraphs[2].includes("« pure invention ».\nUne nouvelle réunion"), "<br> is a line break");
  assert.ok(!article.text.includes("<"), "no markup in text");
  assert.ok(!article.text.includes("Accueil"), "navigation left out");
  assert.ok(!article.text.includes("Tous droits"), "footer left out");
});

test("JSON-LD date, author and publisher; language from a meta element", () => {
  const article = extractHtmlArticle(
    fixture("jsonld-article.html"),
    { url: "https://ledger.example/a" },
    "a",
  );
  assert.equal(article.title, "Kestrel denies arms deliveries");
  assert.deepEqual(article.date, { value: "2023-10-02", precision: "day" });
  assert.equal(article.lang, "en");
  assert.equal(article.source.outlet, "Northern Ledger");
  assert.equal(article.source.byline, "Tom Reyes");
  assert.equal(article.text.split("\n\n").length, 2);
});

test("<time datetime> gives the date when no meta does", () => {
  const body =
    "<p>The delegations met again on Friday in Orvane to discuss the aid package and its conditions.</p>".repeat(
      3,
    );
  const html = `<html lang="en"><head><title>Talks</title></head><body><article><time datetime="2023-11-03">3 Nov</time>${body}</article></body></html>`;
  assert.deepEqual(extractHtmlArticle(html, { path: "t" }, "t").date, {
    value: "2023-11-03",
    precision: "day",
  });
});

test("a page without an article is E_HTML_NO_ARTICLE", () => {
  assert.throws(
    () => extractHtmlArticle(fixture("no-article.html"), { path: "n" }, "n"),
    (err: unknown) => err instanceof DossierError && err.code === "E_HTML_NO_ARTICLE",
  );
  assert.throws(
    () => extractHtmlArticle("<html><body></body></html>", { path: "e" }, "e"),
    (err: unknown) => err instanceof DossierError && err.code === "E_HTML_NO_ARTICLE",
  );
});

test("htmlToText: blocks become paragraphs, inline whitespace collapses, scripts vanish", () => {
  const { document } = parseHTML(
    "<html><body><h2>Titre</h2><p>Un  <b>deux</b>\n trois</p><script>var x</script><ul><li>a</li><li>b</li></ul></body></html>",
  );
  assert.equal(htmlToText(document.body as unknown as Node), "Titre\n\nUn deux trois\n\na\n\nb");
  assert.equal(htmlFragmentToText("<p>Un</p><p>Deux &amp; trois</p>"), "Un\n\nDeux & trois");
});

test("normalizeLang keeps the primary subtag", () => {
  assert.equal(normalizeLang("fr-FR"), "fr");
  assert.equal(normalizeLang("en_US"), "en");
  assert.equal(normalizeLang("EN"), "en");
  assert.equal(normalizeLang(""), null);
  assert.equal(normalizeLang("français"), null);
});
