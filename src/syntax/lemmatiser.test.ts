import assert from "node:assert/strict";
import { test } from "node:test";
import { editRule, Lemmatiser } from "./lemmatiser.ts";

const data = [
  { form: "devrait", upos: "VERB", lemma: "devoir" },
  { form: "suivi", upos: "VERB", lemma: "suivre" },
  { form: "poursuivait", upos: "VERB", lemma: "poursuivre" },
  { form: "mangé", upos: "VERB", lemma: "manger" },
  { form: "chantait", upos: "VERB", lemma: "chanter" },
  { form: "maisons", upos: "NOUN", lemma: "maison" },
  { form: "ont", upos: "AUX", lemma: "avoir" },
  { form: "Paris", upos: "PROPN", lemma: "Paris" },
  { form: "du", upos: "ADP+DET", lemma: "de+le" },
];

test("edit rules strip a suffix and append another", () => {
  assert.deepEqual(editRule("devrait", "devoir"), { strip: 4, add: "oir" });
  assert.deepEqual(editRule("maisons", "maison"), { strip: 1, add: "" });
});

test("suffix rules generalise to unseen forms", () => {
  const lem = Lemmatiser.train(data, "fr");
  assert.equal(lem.lemma("recevrait", "VERB"), "recevoir");
  assert.equal(lem.lemma("poursuivi", "VERB"), "poursuivre");
  assert.equal(lem.lemma("tables", "NOUN"), "table");
  assert.equal(lem.lemma("Berlin", "PROPN"), "Berlin");
});

test("seen forms, case, apostrophes, contractions and clitics", () => {
  const lem = Lemmatiser.train([...data, { form: "l'", upos: "DET", lemma: "le" }], "fr");
  assert.equal(lem.lemma("ont", "AUX"), "avoir");
  assert.equal(lem.lemma("Maisons", "NOUN"), "maison");
  assert.equal(lem.lemma("l’", "DET"), "le");
  assert.equal(lem.lemma("du", "ADP+DET"), "de+le");
  assert.equal(lem.lemma("-t-il", "PRON"), "il");
  assert.equal(lem.lemma("-elle", "PRON"), "elle");
});

test("lemmatiser data survives JSON", () => {
  const lem = Lemmatiser.train(data, "fr");
  const copy = new Lemmatiser(JSON.parse(JSON.stringify(lem.toJSON())));
  assert.equal(copy.lemma("recevrait", "VERB"), "recevoir");
});
