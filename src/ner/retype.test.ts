import assert from "node:assert/strict";
import { test } from "node:test";
import { phraseKey } from "./phrases.ts";
import {
  decodeRetyper,
  encodeRetyper,
  type RetypeExample,
  type RetypeResources,
  Retyper,
  spanFeatures,
  trainRetyper,
} from "./retype.ts";
import { type TagSpan, typeIndex } from "./tags.ts";

const ORG = typeIndex("ORG");
const LOC = typeIndex("LOC");
const PER = typeIndex("PER");
const none: RetypeResources = { gazetteer: null, clusters: null };

/** Invented sentences: a name after « parti » / « groupe » is an organisation, after « à » a place. */
const SENTENCES: [string[], TagSpan, number][] = [
  [["le", "parti", "Horizon", "Vert", "a", "gagné"], { start: 2, end: 4, type: LOC }, ORG],
  [["le", "parti", "Aube", "Nouvelle", "recule"], { start: 2, end: 4, type: LOC }, ORG],
  [["le", "groupe", "Lune", "Pâle", "joue", "ce", "soir"], { start: 2, end: 4, type: LOC }, ORG],
  [["le", "groupe", "Marée", "Haute", "sort", "un", "disque"], { start: 2, end: 4, type: PER }, ORG],
  [["il", "vit", "à", "Valbrune", "depuis", "hier"], { start: 3, end: 4, type: LOC }, LOC],
  [["elle", "habite", "à", "Montclair", "."], { start: 3, end: 4, type: LOC }, LOC],
  [["nous", "irons", "à", "Roquefeuille", "demain"], { start: 3, end: 4, type: LOC }, LOC],
];

function examples(): RetypeExample[] {
  const out: RetypeExample[] = [];
  const feats: number[] = [];
  for (const [words, span, gold] of SENTENCES) {
    spanFeatures(words, words.map(phraseKey), span, none, feats);
    out.push({ feats: Int32Array.from(feats), gold });
  }
  return out;
}

test("the re-typer learns a cue before the span and overrides the tagger's type", () => {
  const weights = trainRetyper(examples(), { epochs: 8, seed: 1, bits: 12 });
  const retyper = new Retyper("fr", 12, weights, 0);
  const sentence = ["le", "parti", "Soleil", "Levant", "proteste"];
  const [[span]] = retyper.apply([sentence], [[{ start: 2, end: 4, type: LOC }]], none);
  assert.equal(span.type, ORG);
  const [[place]] = retyper.apply(
    [["il", "part", "à", "Belcastel"]],
    [[{ start: 3, end: 4, type: LOC }]],
    none,
  );
  assert.equal(place.type, LOC);
  // A margin larger than any score difference keeps the tagger's type.
  retyper.margin = 1e9;
  const [[kept]] = retyper.apply([sentence], [[{ start: 2, end: 4, type: LOC }]], none);
  assert.equal(kept.type, LOC);
});

test("a re-typer file reads back with the same scores and margin", () => {
  const weights = trainRetyper(examples(), { epochs: 4, seed: 1, bits: 12 });
  const original = new Retyper("fr", 12, weights, 2.5);
  const copy = decodeRetyper(encodeRetyper({ lang: "fr", margin: 2.5 }, weights, 12));
  assert.equal(copy.lang, "fr");
  assert.equal(copy.margin, 2.5);
  const words = ["le", "groupe", "Vent", "Sec", "chante"];
  const span = { start: 2, end: 4, type: LOC };
  const a = Array.from(original.score(words, words.map(phraseKey), span, none));
  const b = Array.from(copy.score(words, words.map(phraseKey), span, none));
  for (let c = 0; c < a.length; c++) assert.ok(Math.abs(a[c] - b[c]) < 1e-3 * Math.max(1, Math.abs(a[c])));
});

test("spans of an empty sentence list come back unchanged", () => {
  const retyper = new Retyper("fr", 12, new Float32Array(4 << 12), 0);
  assert.deepEqual(retyper.apply([["rien"]], [[]], none), [[]]);
});
