import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { modelPath } from "./annotate.ts";
import { buildTagDictionary, TagDictionary } from "./tag-dictionary.ts";
import { Tagger } from "./tagger.ts";
import type { Unit } from "./units.ts";

const unit = (form: string, upos: string): Unit => ({ form, upos, feats: "_", lemma: form }) as Unit;
const TAGS = ["ADJ", "ADP", "AUX", "DET", "NOUN", "PROPN", "VERB"];
const bit = (t: string) => 1 << TAGS.indexOf(t);
const invented: Unit[][] = [
  [unit("Le", "DET"), unit("chat", "NOUN"), unit("dort", "VERB")],
  [unit("le", "DET"), unit("chat", "NOUN"), unit("est", "AUX"), unit("là", "ADJ")],
  [unit("le", "DET"), unit("chat", "NOUN"), unit("lundi", "VERB")],
];

test("closed classes only for words seen with them; frequent words keep their tags", () => {
  const dict = new TagDictionary(buildTagDictionary(invented, TAGS, "fr", 3));
  assert.equal(dict.allowed("Dozens") & bit("AUX"), 0);
  assert.equal(dict.allowed("dort") & bit("DET"), 0);
  assert.notEqual(dict.allowed("dort") & bit("ADJ"), 0, "rare words keep the open classes");
  assert.equal(dict.allowed("chat"), bit("NOUN"), "seen 3 times, always NOUN");
  assert.equal(dict.allowed("Chat"), bit("NOUN") | bit("PROPN"), "a capitalised form may start a name");
  assert.equal(dict.allowed("LE"), bit("DET") | bit("PROPN"));
});

test("day and month words are never verbs unless the treebank says so (English 'may')", () => {
  const fr = new TagDictionary(buildTagDictionary([], TAGS, "fr", 3));
  for (const w of ["lundi", "Mardi", "mars", "août"])
    assert.equal(fr.allowed(w) & (bit("VERB") | bit("AUX")), 0, w);
  const en = new TagDictionary(buildTagDictionary([[unit("may", "AUX")]], TAGS, "en", 3));
  assert.equal(en.allowed("Monday") & bit("VERB"), 0);
  assert.notEqual(en.allowed("may") & bit("AUX"), 0);
  assert.notEqual(en.allowed("march") & bit("VERB"), 0);
});

test("a form seen only as a noun keeps VERB when the verb lexicon lists it (« La Chine livre des armes »)", () => {
  const lemma = (form: string, upos: string, l: string): Unit =>
    ({ form, upos, feats: "_", lemma: l }) as Unit;
  const train = [0, 1, 2].flatMap(() => [
    [unit("le", "DET"), unit("livre", "NOUN"), unit("la", "DET"), unit("rue", "NOUN")],
    [unit("il", "PRON"), unit("est", "AUX"), lemma("livré", "VERB", "livrer")],
  ]);
  const lexicon = new Map([
    ["livre", ["livrer"]],
    ["rue", ["ruer"]],
    ["est", ["être"]],
  ]);
  const without = new TagDictionary(buildTagDictionary(train, TAGS, "fr", 3));
  const withLexicon = new TagDictionary(buildTagDictionary(train, TAGS, "fr", 3, lexicon));
  assert.equal(without.allowed("livre"), bit("NOUN"));
  assert.equal(withLexicon.allowed("livre"), bit("NOUN") | bit("VERB"));
  assert.equal(withLexicon.allowed("rue"), bit("NOUN"), "« ruer » is no verb of the training data");
  assert.equal(withLexicon.allowed("est"), bit("AUX"), "an auxiliary is no noun: the lexicon leaves it");
  const unseen = new TagDictionary(
    buildTagDictionary(train, TAGS, "fr", 3, new Map([["sanctionne", ["sanctionner"]]])),
  );
  assert.equal(
    unseen.allowed("sanctionne"),
    bit("VERB") | bit("NOUN"),
    "an unseen verb form is no adjective",
  );
});

const frModel = modelPath("fr", "tagger");
const enModel = modelPath("en", "tagger");

/** Invented news sentences with the patterns that broke quotes and events: word → expected UPOS ("!X": anything but X). */
const NEWS: [string, string, Record<number, string>][] = [
  ["fr", "Le ministre annonce lundi une hausse des salaires .", { 3: "NOUN" }],
  ["fr", "Grève : la direction annonce des perturbations dimanche .", { 7: "NOUN" }],
  ["fr", "Le gouvernement confirme la réforme .", { 2: "VERB" }],
  ["fr", "L' armée dément toute frappe sur la ville .", { 2: "!ADV" }],
  ["fr", "Le porte-parole affirme que la situation est calme .", { 2: "VERB" }],
  ["en", "Dozens Were Hurt As Storm Hit Coast", { 0: "NOUN" }],
  ["en", "Dozens of people were injured on Monday .", { 0: "NOUN", 6: "PROPN" }],
  ["en", "He may resign in May .", { 1: "AUX" }],
];

test("invented news sentences", { skip: !existsSync(frModel) || !existsSync(enModel) }, () => {
  const taggers: Record<string, Tagger> = { fr: Tagger.load(frModel), en: Tagger.load(enModel) };
  for (const [lang, sentence, want] of NEWS) {
    const forms = sentence.split(" ");
    const got = taggers[lang].tag(forms).upos;
    for (const [i, tag] of Object.entries(want)) {
      if (tag.startsWith("!")) assert.notEqual(got[+i], tag.slice(1), `${sentence}: ${forms[+i]}`);
      else assert.equal(got[+i], tag, `${sentence}: ${forms[+i]}`);
    }
  }
});

test("a lexicon form seen too rarely to restrict its tags is still listed, with every open class", () => {
  const train = [[unit("a", "DET"), unit("wound", "NOUN")]];
  const lexicon = new Map([["wound", ["wound"]]]);
  const without = new TagDictionary(buildTagDictionary(train, TAGS, "en", 3));
  const withLexicon = new TagDictionary(buildTagDictionary(train, TAGS, "en", 3, lexicon));
  assert.equal(without.listed("wound"), 0, "a rare word takes every open class without being listed");
  assert.notEqual(withLexicon.listed("wound") & bit("VERB"), 0, "the lexicon's verb is known");
  assert.equal(withLexicon.allowed("wound"), without.allowed("wound"), "decoding is unchanged");
});
