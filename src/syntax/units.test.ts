import assert from "node:assert/strict";
import { test } from "node:test";
import { mapWordsToTokens } from "./annotate.ts";
import { parseConllu } from "./conllu.ts";
import { TINY_FR } from "./fixtures/tiny.ts";
import { expandUnits, unitsOf } from "./units.ts";

test("French contractions are one tagging unit with compound tag and lemma", () => {
  const s = parseConllu(TINY_FR)[1];
  const units = unitsOf(s, "fr");
  assert.deepEqual(
    units.map((u) => u.form),
    ["La", "ministre", "parle", "du", "budget", "."],
  );
  const du = units[3];
  assert.equal(du.upos, "ADP+DET");
  assert.equal(du.lemma, "de+le");
  assert.equal(du.feats, "Gender=Masc|Number=Sing");
  assert.equal(du.nWords, 2);
  // English keeps words.
  assert.equal(unitsOf(s, "en").length, 7);
});

test("compound tags expand to the contraction's words; plain DET des stays one word", () => {
  const words = expandUnits(
    "fr",
    ["parle", "du", "des", "des"],
    ["VERB", "ADP+DET", "DET", "ADP+DET"],
    ["_", "Number=Sing", "Number=Plur", "Number=Plur"],
    ["parler", "de+le", "un", "de+le"],
  );
  assert.deepEqual(
    words.map((w) => `${w.form}/${w.upos}/${w.lemma}/${w.unit}`),
    ["parle/VERB/parler/0", "de/ADP/de/1", "le/DET/le/1", "des/DET/un/2", "de/ADP/de/3", "les/DET/le/3"],
  );
  assert.equal(words[1].feats, "_");
  assert.equal(words[2].feats, "Number=Sing");
});

test("a contraction token takes the link of its first word whose head is outside it", () => {
  // parle du budget: words parle(1) de(2) le(3) budget(4); tokens parle, du, budget.
  const words = expandUnits(
    "fr",
    ["parle", "du", "budget"],
    ["VERB", "ADP+DET", "NOUN"],
    ["_", "_", "_"],
    ["parler", "de+le", "budget"],
  );
  const head = new Int32Array(3);
  const dep: string[] = new Array(3);
  mapWordsToTokens(
    words,
    { head: Int32Array.of(0, 4, 4, 1), deprel: ["root", "case", "det", "obl"] },
    0,
    head,
    dep,
  );
  assert.deepEqual([...head], [-1, 2, 0]);
  assert.deepEqual(dep, ["root", "case", "obl"]);
  // duquel: de → lequel inside the token, lequel → outside.
  const w2 = expandUnits(
    "fr",
    ["duquel", "parle"],
    ["ADP+PRON", "VERB"],
    ["_", "_"],
    ["de+lequel", "parler"],
  );
  const h2 = new Int32Array(2);
  const d2: string[] = new Array(2);
  mapWordsToTokens(w2, { head: Int32Array.of(2, 3, 0), deprel: ["case", "obl", "root"] }, 0, h2, d2);
  assert.deepEqual([...h2], [1, -1]);
  assert.deepEqual(d2, ["obl", "root"]);
});
