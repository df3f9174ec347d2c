import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import {
  eventsToStandoff,
  loadWikinewsEvents,
  loadWikinewsQuotes,
  NEWSAGENCY_FR_GOLD_DIR,
  quotesToStandoff,
  WIKINEWS_FR_GOLD_DIR,
  WIKINEWS_GOLD_DIR,
} from "./wikinews.ts";

const TEXT =
  "Harbour workers in Velmora walked out on Tuesday.\n\n\u201cWe have waited long enough,\u201d said union leader Ana Brisk. Brisk added that talks would resume.";
const texts = new Map([["https://example.org/wiki/Velmora", TEXT]]);

test("quotesToStandoff: verbatim strings become offsets; the speaker's name is anchored where it occurs", () => {
  const { lines, missing } = quotesToStandoff(
    [
      {
        url: "https://example.org/wiki/Velmora",
        quotes: [
          { quote: '"We have waited long enough,"', speaker: "Ana Brisk" },
          { quote: "talks would resume", speaker: "Ana Brisk" },
          { quote: "not in the text at all", speaker: "Nobody" },
        ],
      },
    ],
    texts,
    "dev",
  );
  assert.deepEqual(missing, ["https://example.org/wiki/Velmora: not in the text at all"]);
  const [q1, q2] = lines[0].quotes;
  assert.equal(TEXT.slice(q1.at[0], q1.at[1]), "\u201cWe have waited long enough,\u201d");
  assert.equal(TEXT.slice(q2.at[0], q2.at[1]), "talks would resume");
  assert.ok(Array.isArray(q1.speaker));
  const [s, e] = q1.speaker as [number, number];
  assert.equal(TEXT.slice(s, e), "Ana Brisk");
});

test("eventsToStandoff: actors are anchored inside their sentence; an absent name is kept as a string", () => {
  const { lines } = eventsToStandoff(
    [
      {
        url: "https://example.org/wiki/Velmora",
        sentence: "Harbour workers in Velmora walked out on Tuesday.",
        event: "PROTEST",
        source: ["Harbour workers", "dockers' union"],
        target: [],
      },
    ],
    texts,
    "held",
  );
  const [line] = lines;
  assert.deepEqual(line.at, [0, 49]);
  assert.deepEqual(line.source, [[0, 15], "dockers' union"]);
  assert.equal(line.split, "held");
});

const CORPORA = new URL("../../../shared/corpora/", import.meta.url).pathname;
const present =
  existsSync(`${CORPORA}text/wikinews-en-2019-2020`) && existsSync(`${WIKINEWS_GOLD_DIR}quotes.jsonl`);

test("Wikinews gold: every standoff range lies inside its article", { skip: !present }, () => {
  for (const a of loadWikinewsQuotes(CORPORA, "all"))
    for (const q of a.quotes) for (const [s, e] of q.parts) assert.ok(s >= 0 && s < e && e <= a.text.length);
  for (const r of loadWikinewsEvents(CORPORA, "all")) assert.ok(r.text.length > 10, r.id);
});

const presentFr =
  existsSync(`${CORPORA}text/wikinews-fr-2012/documents`) &&
  existsSync(`${WIKINEWS_FR_GOLD_DIR}quotes.jsonl`);

test("Wikinews FR gold: every range lies inside its article as ingest reads it", { skip: !presentFr }, () => {
  const articles = loadWikinewsQuotes(CORPORA, "all", WIKINEWS_FR_GOLD_DIR, "fr");
  assert.ok(articles.length >= 20);
  for (const a of articles)
    for (const q of a.quotes) for (const [s, e] of q.parts) assert.ok(s >= 0 && s < e && e <= a.text.length);
});

const presentAgency =
  existsSync(`${CORPORA}text/fr-news-plaintext/fr_news_docs.jsonl`) &&
  existsSync(`${NEWSAGENCY_FR_GOLD_DIR}quotes.jsonl`);

test("news-agency FR gold: 71 documents, every range inside its document", { skip: !presentAgency }, () => {
  const articles = loadWikinewsQuotes(CORPORA, "dev", NEWSAGENCY_FR_GOLD_DIR, "fr-plaintext");
  assert.equal(articles.length, 71);
  for (const a of articles)
    for (const q of a.quotes) for (const [s, e] of q.parts) assert.ok(s >= 0 && s < e && e <= a.text.length);
});
