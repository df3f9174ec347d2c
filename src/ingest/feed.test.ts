import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { DossierError } from "../errors.ts";
import { checkXmlNesting, parseFeedText } from "./feed.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
const isFeedError = (err: unknown) => err instanceof DossierError && err.code === "E_FEED_PARSE";

test("RSS: items with content:encoded, summaries, dates, authors, channel language and title", () => {
  const feed = parseFeedText(fixture("feed.rss"), "feed.rss");
  assert.equal(feed.outlet, "La Gazette du Nord");
  assert.equal(feed.lang, "fr");
  assert.equal(feed.entries.length, 2);
  const [full, brief] = feed.entries;
  assert.equal(full.title, "Livraisons d'armes : Orvane dément");
  assert.equal(full.url, "https://gazette.example/2023/10/dementi");
  assert.deepEqual(full.date, { value: "2023-10-02", precision: "day" });
  assert.equal(full.byline, "Claire Vasseur");
  assert.equal(full.text.split("\n\n").length, 3);
  assert.equal(brief.url, null);
  assert.equal(brief.text, "La réunion des ministres prévue mercredi est reportée à une date ultérieure.");
});

test("Atom: entry content, author, xml:lang", () => {
  const feed = parseFeedText(fixture("feed.atom"), "feed.atom");
  assert.equal(feed.outlet, "Northern Ledger");
  assert.equal(feed.entries[0].byline, "Tom Reyes");
  assert.equal(feed.entries[0].text.split("\n\n").length, 2);
  assert.deepEqual(feed.entries[0].date, { value: "2023-10-05", precision: "day" });
});

test("broken feed XML is E_FEED_PARSE", () => {
  assert.throws(() => parseFeedText(fixture("broken.xml"), "broken.xml"), isFeedError);
  assert.throws(() => parseFeedText("not xml at all", "x"), isFeedError);
  assert.throws(() => parseFeedText("<rss><channel><item></channel></rss>", "x"), isFeedError);
});

test("nesting check tolerates comments, CDATA, self-closing and unclosed void HTML tags", () => {
  checkXmlNesting(
    '<?xml version="1.0"?><!-- <x> --><rss><a/><d><![CDATA[<p>]]></d><e>a<br>b</e></rss>',
    "ok",
  );
  assert.throws(() => checkXmlNesting("<rss><a></b></rss>", "x"), /closes <a>/);
});
