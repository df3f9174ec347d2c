import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { createPipeline } from "../pipeline/default.ts";
import { repairTree } from "./repairs.ts";

const pipeline = createPipeline({ until: "parser" });

/** Tags and tree of an invented English sentence, by word. */
function parse(text: string): Map<string, { pos: string; head: string; dep: string }> {
  const doc = pipeline.run(new Doc({ text, lang: "en" }));
  const t = doc.tokens;
  const word = (i: number) => text.slice(t.start[i], t.end[i]);
  const out = new Map<string, { pos: string; head: string; dep: string }>();
  for (let i = 0; i < t.length; i++) {
    const h = t.head![i];
    out.set(word(i), { pos: t.pos![i], head: h < 0 ? "" : word(h), dep: t.dep![i] });
  }
  return out;
}

test("a subject with a relative clause between commas keeps the main verb as root", () => {
  const p = parse("Rebel commanders, who rejected the deal last year, signed a truce on Monday.");
  assert.equal(p.get("signed")?.dep, "root");
  assert.deepEqual([p.get("commanders")?.head, p.get("commanders")?.dep], ["signed", "nsubj"]);
});

test("an opening time phrase with a relative clause is an adjunct of the main clause", () => {
  const p = parse("Two days after the storm, which flattened the harbour, the council asked for help.");
  assert.equal(p.get("asked")?.dep, "root");
  assert.deepEqual([p.get("days")?.head, p.get("flattened")?.head], ["asked", "storm"]);
});

test("after an opening participle phrase, a name hung on the phrase is the main verb's subject", () => {
  const p = parse(
    "In a report published ahead of the summit in Lagos, Oxfam International urged donors to double their pledges.",
  );
  assert.equal(p.get("urged")?.dep, "root");
  assert.deepEqual([p.get("International")?.head, p.get("International")?.dep], ["urged", "nsubj"]);
  assert.equal(p.get("report")?.head, "urged");
});

test("a fronted month taken for the subject gives way to the noun phrase after its comma", () => {
  const p = parse("Last April, the Supreme Court of Valdoria rejected the petition.");
  assert.deepEqual([p.get("Court")?.head, p.get("Court")?.dep], ["rejected", "nsubj"]);
  assert.deepEqual([p.get("April")?.head, p.get("April")?.dep], ["rejected", "obl:tmod"]);
});

test("a subject with a participle between commas gets the finite verb after them", () => {
  const p = parse("Ministers of the bloc, meeting in Oslo on Friday, imposed new tariffs on steel imports.");
  assert.equal(p.get("imposed")?.dep, "root");
  assert.deepEqual([p.get("Ministers")?.head, p.get("Ministers")?.dep], ["imposed", "nsubj"]);
});

test("a described noun between commas after a name is an apposition, not one more subject", () => {
  const p = parse("Mayor Ana Ruiz and Pedro Lima, the city's former police chief, agreed to hold talks.");
  assert.equal(p.get("agreed")?.dep, "root");
  assert.equal(p.get("chief")?.dep, "appos");
});

test("an opening participle on an adjunct's noun leaves the root to the main clause", () => {
  const p = parse("In a letter read out at the start of the summit, the bishops urged leaders to act.");
  assert.equal(p.get("urged")?.dep, "root");
  assert.deepEqual([p.get("bishops")?.head, p.get("bishops")?.dep], ["urged", "nsubj"]);
});

test("a nationality adjective before a title is an adjective, and the verb is the root", () => {
  const p = parse(
    "Danish Trade Minister Lars Holm flew to Nairobi on Friday for talks with the finance ministry.",
  );
  assert.equal(p.get("Danish")?.pos, "ADJ");
  assert.equal(p.get("flew")?.dep, "root");
  assert.equal(
    parse("Turkish President Ayla Demir warned that the border would stay shut.").get("Turkish")?.pos,
    "ADJ",
  );
});

test("a hyphenated name is a name, and adjectives after a determiner leave the noun before a verb", () => {
  assert.deepEqual(
    [parse("Al-Nasr vowed to continue fighting in the hills.").get("Al-Nasr")?.pos],
    ["PROPN"],
  );
  const p = parse("The Japanese military sent three destroyers to the area on Sunday.");
  assert.equal(p.get("military")?.pos, "NOUN");
  assert.deepEqual([p.get("sent")?.dep, p.get("military")?.dep], ["root", "nsubj"]);
});

test("a speaker after the clause it reports is the subject of the verb of saying, place and all", () => {
  const p = parse("Gunmen attacked a convoy near the border town, police officials in the region said.");
  assert.deepEqual([p.get("officials")?.head, p.get("officials")?.dep], ["said", "nsubj"]);
  assert.equal(p.get("region")?.head, "officials");
});

test("a past form right after its subject's phrase is the root, not a modifier of the last noun", () => {
  const p = parse("Relatives of the missing sailors gathered outside the port, holding candles.");
  assert.equal(p.get("gathered")?.dep, "root");
  assert.deepEqual([p.get("Relatives")?.head, p.get("Relatives")?.dep], ["gathered", "nsubj"]);
});

test("a nationality adjective and a noun before a title stay in the subject's phrase", () => {
  const p = parse("Lebanese Finance Minister Rami Khoury called for calm.");
  assert.equal(p.get("called")?.dep, "root");
  assert.deepEqual([p.get("Finance")?.head, p.get("Lebanese")?.head], ["Minister", "Finance"]);
});

test("a possessor is not a second subject", () => {
  const p = parse("Chad's military launched raids on rebel camps.");
  assert.deepEqual([p.get("military")?.pos, p.get("military")?.dep], ["NOUN", "nsubj"]);
  assert.deepEqual([p.get("Chad")?.head, p.get("Chad")?.dep], ["military", "nmod:poss"]);
});

test("a compound participle before a noun is an adjective", () => {
  const p = parse("Kremlin-backed fighters shelled the town at dawn.");
  assert.equal(p.get("Kremlin-backed")?.pos, "ADJ");
  assert.equal(p.get("shelled")?.dep, "root");
});

test("'as' before a noun phrase and its verb opens a clause", () => {
  const p = parse("Markets fell as Germany and France announced new curbs.");
  assert.equal(p.get("as")?.pos, "SCONJ");
  assert.deepEqual([p.get("Germany")?.head, p.get("Germany")?.dep], ["announced", "nsubj"]);
});

/** Tags and tree of an invented French sentence, by word. */
function parseFr(text: string): Map<string, { pos: string; head: string; dep: string }> {
  const doc = pipeline.run(new Doc({ text, lang: "fr" }));
  const t = doc.tokens;
  const word = (i: number) => text.slice(t.start[i], t.end[i]);
  const out = new Map<string, { pos: string; head: string; dep: string }>();
  for (let i = 0; i < t.length; i++) {
    const h = t.head![i];
    out.set(word(i), { pos: t.pos![i], head: h < 0 ? "" : word(h), dep: t.dep![i] });
  }
  return out;
}

test("French: an opening phrase after a preposition is not the root when a clause follows", () => {
  const p = parseFr(
    "Deux jours après le passage de la tempête, qui a arraché des centaines de toitures, la région a demandé des renforts.",
  );
  assert.equal(p.get("demandé")?.dep, "root");
  assert.deepEqual([p.get("passage")?.head, p.get("région")?.dep], ["demandé", "nsubj"]);
});

test("French: the noun after an inserted verb of saying is its subject", () => {
  const p = parseFr(
    "La compagnie publique a suspendu ses vols vers la capitale, a indiqué jeudi la direction de l'aviation civile.",
  );
  assert.deepEqual([p.get("direction")?.head, p.get("direction")?.dep], ["indiqué", "nsubj"]);
});

test("French: a verb of saying taken for a conjunct after a conditional clause is an inserted cue", () => {
  const p = parseFr(
    "Mirovia fermera ses ports à Valdoria, si les essais reprennent, a averti le chancelier.",
  );
  assert.deepEqual([p.get("averti")?.dep, p.get("chancelier")?.dep], ["parataxis:insert", "nsubj"]);
});

test("a verb's object taken for the subject of a noun after a preposition goes back to the verb", () => {
  // the parser's reading of "Ministers imposed a freeze on six officials.": "freeze" nsubj of "officials"
  const forms = ["Ministers", "imposed", "a", "freeze", "on", "six", "officials", "."];
  const s = {
    form: (i: number) => forms[i],
    upos: ["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
    feats: [
      "Number=Plur",
      "Mood=Ind|Tense=Past|VerbForm=Fin",
      "_",
      "Number=Sing",
      "_",
      "_",
      "Number=Plur",
      "_",
    ],
    head: Int32Array.from([2, 0, 4, 7, 6, 7, 2, 2]),
    deprel: ["nsubj", "root", "det", "nsubj", "case", "nummod", "conj", "punct"],
  };
  assert.equal(repairTree("en", s), true);
  assert.deepEqual([s.head[3], s.deprel[3], s.head[6], s.deprel[6]], [2, "obj", 4, "nmod"]);
});
