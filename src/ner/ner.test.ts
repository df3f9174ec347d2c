import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { exchangeClusters } from "./clusters.ts";
import { trimSpan } from "./component.ts";
import { guessTokenColumn, labelConll } from "./conll-io.ts";
import { DOC_START, readBio, readConll, readHipe } from "./corpus.ts";
import { corpusPath, loadNerFile, NER_FILES } from "./datasets.ts";
import { documentInfo, NO_RESOURCES, sentenceFeatures } from "./features.ts";
import { buildGazetteer, GAZETTEER_VERSION, gazetteerVersionOf } from "./gazetteer.ts";
import { acceptsTag, decodeModel, tagDocument } from "./model.ts";
import { conllScores } from "./score.ts";
import { defaultModelPath, loadTagger, resourcesFor } from "./tagger.ts";
import { iobSpans, makeTag, spansToIob2, spansToTags, tagSpans, typeIndex, U } from "./tags.ts";
import { normalizeWord, wordShapes } from "./text.ts";
import { partialMask, trainNer } from "./train.ts";

test("normalisation makes ’ and ' the same word", () => {
  assert.equal(normalizeWord("l’"), "l'");
  assert.equal(normalizeWord("aujourd’hui"), "aujourd'hui");
  assert.equal(wordShapes("McDonald's").short, "XxXx'x");
  assert.equal(wordShapes("1996-08-22").long, "dddd-dd-dd");
});

test("features are identical for typographic and straight apostrophes", () => {
  const a = sentenceFeatures(["l’", "armée", "russe"], documentInfo([]), NO_RESOURCES);
  const b = sentenceFeatures(["l'", "armée", "russe"], documentInfo([]), NO_RESOURCES);
  assert.deepEqual([...a.feats], [...b.feats]);
  assert.ok(a.offsets[1] > 20, "rich feature set per token");
});

test("gazetteer features mark country names", () => {
  const g = buildGazetteer("fr");
  const m = g.longestAt(["la", "Corée", "du", "Nord"], 1);
  assert.equal(m?.length, 3);
  const withGaz = sentenceFeatures(["Corée", "du", "Nord"], documentInfo([]), {
    gazetteer: g,
    clusters: null,
  });
  const without = sentenceFeatures(["Corée", "du", "Nord"], documentInfo([]), NO_RESOURCES);
  assert.ok(withGaz.feats.length > without.feats.length);
});

test("the French gazetteer knows French spellings of capitals; the English one does not take them", () => {
  assert.equal(buildGazetteer("fr").longestAt(["à", "Bichkek"], 1)?.values[0], 4);
  assert.equal(buildGazetteer("en").longestAt(["Bichkek"], 0), null);
});

test("gazetteer version 2 adds French MISC names; a model without the field gets version 1", () => {
  const words = ["pendant", "la", "guerre", "froide"];
  assert.equal(buildGazetteer("fr", [], 2).longestAt(words, 2)?.values[0], 8);
  assert.equal(buildGazetteer("fr", [], 1).longestAt(words, 2), null);
  assert.equal(buildGazetteer("en", [], 2).longestAt(words, 2), null);
  assert.equal(gazetteerVersionOf(buildGazetteer("fr", [], 1)), 1);
  assert.equal(gazetteerVersionOf(buildGazetteer("fr")), GAZETTEER_VERSION);
});

test("BILOU ↔ IOB2 round trip", () => {
  const iob = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-MISC"];
  const spans = iobSpans(iob);
  const tags = spansToTags(spans, iob.length);
  assert.deepEqual(spansToIob2(tagSpans(tags), iob.length), [
    "B-PER",
    "I-PER",
    "O",
    "B-LOC",
    "B-LOC",
    "B-MISC",
  ]);
});

test("conll scores are exact-span micro P/R/F1", () => {
  const s = conllScores([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]]);
  assert.equal(s.micro.tp, 1);
  assert.equal(s.micro.fp, 1);
  assert.equal(s.micro.fn, 1);
  assert.equal(s.types.LOC.f1, 100);
});

const tiny = readConll(
  [
    `${DOC_START}\tO`,
    "",
    "Vladimir\tB-PER",
    "Poutine\tI-PER",
    "est\tO",
    "à\tO",
    "Moscou\tB-LOC",
    ".\tO",
    "",
    "Emmanuel\tB-PER",
    "Macron\tI-PER",
    "visite\tO",
    "Berlin\tB-LOC",
    ".\tO",
    "",
    "L’\tO",
    "OTAN\tB-ORG",
    "soutient\tO",
    "Kiev\tB-LOC",
    ".\tO",
    "",
    `${DOC_START}\tO`,
    "",
    "Olaf\tB-PER",
    "Scholz\tI-PER",
    "reçoit\tO",
    "Joe\tB-PER",
    "Biden\tI-PER",
    "à\tO",
    "Paris\tB-LOC",
    ".\tO",
    "",
  ].join("\n"),
  { token: 0, label: 1 },
);

test("a tiny training run learns its sentences and the model round-trips", () => {
  assert.equal(tiny.length, 2);
  const lines: string[] = [];
  const r = trainNer({
    lang: "fr",
    train: tiny,
    dev: tiny,
    resources: NO_RESOURCES,
    epochs: 5,
    seed: 3,
    bits: 16,
    log: (l) => lines.push(l),
  });
  assert.equal(lines.length, 5);
  assert.match(lines[0], /epoch 1: dev F1 \d/);
  assert.equal(r.devF1[r.bestEpoch - 1], 100);
  const loaded = decodeModel(r.bytes);
  assert.equal(loaded.meta.lang, "fr");
  const tags = tagDocument(
    [["Vladimir", "Poutine", "est", "à", "Moscou", "."]],
    loaded.weights,
    NO_RESOURCES,
    { constrained: true },
  );
  assert.deepEqual(spansToIob2(tagSpans(tags[0]), 6), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]);
  // Same seed, same bytes: training is deterministic.
  const again = trainNer({
    lang: "fr",
    train: tiny,
    dev: tiny,
    resources: NO_RESOURCES,
    epochs: 5,
    seed: 3,
    bits: 16,
  });
  assert.deepEqual(Buffer.from(again.bytes).subarray(200), Buffer.from(r.bytes).subarray(200));
});

test("beam training with non-local features and averaged runs learns its sentences; the flags travel in the model", () => {
  const resources = { ...NO_RESOURCES, nonLocal: true };
  const lines: string[] = [];
  const r = trainNer({
    lang: "fr",
    train: tiny,
    dev: tiny,
    resources,
    epochs: 4,
    seed: 3,
    bits: 16,
    trainBeam: 2,
    devBeam: 2,
    seeds: 2,
    log: (l) => lines.push(l),
  });
  assert.match(lines.at(-1)!, /average of 2 runs: dev F1 100\.00/);
  const loaded = decodeModel(r.bytes);
  assert.equal(loaded.meta.nonLocal, true);
  assert.equal(resourcesFor(loaded.meta, loaded).nonLocal, true);
  const doc = [
    ["Vladimir", "Poutine", "est", "à", "Moscou", "."],
    ["Poutine", "parle", "."],
  ];
  const tags = tagDocument(doc, loaded.weights, resources, { constrained: true, beam: 2 });
  assert.deepEqual(spansToIob2(tagSpans(tags[0]), 6), ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]);
});

test("conll line format: every line unchanged plus TAB label; blank and document-start lines unchanged", () => {
  const input = `${DOC_START}\t-X-\tO\n\nParis\tx\ny\nbrûle\n\n${DOC_START}\n\nLondres\n`;
  let docs = 0;
  const out = labelConll(input, (sentences) => {
    docs++;
    return sentences.map((s) => s.map((w) => (w[0] === w[0].toUpperCase() ? "B-LOC" : "O")));
  });
  assert.equal(docs, 2);
  assert.equal(
    out,
    `${DOC_START}\t-X-\tO\n\nParis\tx\tB-LOC\ny\tO\nbrûle\tO\n\n${DOC_START}\n\nLondres\tB-LOC\n`,
  );
});

test("HIPE reader maps coarse labels and drops time", () => {
  const docs = readHipe(
    "TOKEN\tNE-COARSE-LIT\tX\n# hipe2022:document_id = a\nM\tB-pers\t_\tNoSpaceAfter\n.\tI-pers\t_\t_\nIlg\tI-pers\t_\tEndOfSentence\nen\tO\t_\t_\n1908\tB-time\t_\tEndOfSentence\n",
  );
  assert.equal(docs[0].sentences.length, 2);
  assert.deepEqual(docs[0].sentences[0].labels, ["B-PER", "I-PER", "I-PER"]);
  assert.deepEqual(docs[0].sentences[1].labels, ["O", "O"]);
});

test("IO reader: runs of I-X become B-X I-X…, sentences cut after a stop and a capital", () => {
  const docs = readBio(
    "Le O\nmaire O\nde O\nSaint I-LOC\nMarc I-LOC\nvote O\n. O\nMarie I-PER\nDurand I-PER\nrit O\n",
  );
  assert.equal(docs.length, 1);
  assert.equal(docs[0].sentences.length, 2);
  assert.deepEqual(docs[0].sentences[0].labels, ["O", "O", "O", "B-LOC", "I-LOC", "O", "O"]);
  assert.deepEqual(docs[0].sentences[1].labels, ["B-PER", "I-PER", "O"]);
});

test("IO reader: documents declare the types the file never annotates (partial labels), none by default", () => {
  const docs = readBio("La O\nGazette I-ORG\nparaît O\n", ["MISC"]);
  assert.deepEqual(docs[0].unannotated, ["MISC"]);
  assert.equal(readBio("La O\nGazette I-ORG\n")[0].unannotated, undefined);
  assert.equal(readConll("0\tOTAN\tB-ORG\n")[0].unannotated, undefined);
  assert.equal(partialMask(docs[0].unannotated), 1 << 3);
  assert.equal(partialMask(["PER", "UNKNOWN"]), 1);
  assert.equal(partialMask(undefined), 0);
});

test("partial labels: an unannotated type where the gold says O is no error, nothing else is", () => {
  const miscU = makeTag(3, U);
  const perU = makeTag(0, U);
  assert.ok(acceptsTag(0, miscU, 1 << 3));
  assert.ok(!acceptsTag(0, miscU, 0));
  assert.ok(!acceptsTag(0, perU, 1 << 3));
  assert.ok(!acceptsTag(perU, miscU, 1 << 3));
  assert.ok(acceptsTag(perU, perU, 1 << 3));
  assert.ok(acceptsTag(0, 0, 1 << 3));
});

test("partial labels: training on MISC-less documents leaves MISC weights alone where the model predicts MISC", () => {
  // A one-word document the gold calls O: once the model predicts U-MISC there,
  // full labels push it back towards O, partial labels make no update.
  const words = [["Zorblax"]];
  const gold = [new Uint8Array([0])];
  for (const trainBeam of [1, 2]) {
    const w = new Float32Array((1 << 10) * 17);
    const view = { bits: 10, tagCount: 17, weights: w };
    const updates: number[] = [];
    const learner = {
      update: () => void updates.push(1),
      tick: () => {},
      adjust: (_f: Int32Array, from: number, to: number) => void (to > from && updates.push(1)),
    };
    // Bias every feature towards U-MISC.
    for (let i = 0; i < 1 << 10; i++) w[i * 17 + makeTag(3, U)] = 1;
    tagDocument(words, view, NO_RESOURCES, { gold, learner, trainBeam, partial: 1 << 3 });
    assert.equal(updates.length, 0, `beam ${trainBeam}, partial`);
    tagDocument(words, view, NO_RESOURCES, { gold, learner, trainBeam });
    assert.ok(updates.length > 0, `beam ${trainBeam}, full labels`);
  }
});

const europeana = corpusPath(NER_FILES.europeanaFr);
test("Europeana French reads as IO-tagged pages (needs ../shared)", { skip: !existsSync(europeana) }, () => {
  const docs = loadNerFile(europeana);
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  assert.equal(tokens, 205916);
  assert.ok(docs.every((d) => d.sentences.length <= 50));
  assert.ok(docs.every((d) => d.unannotated === undefined));
  const partial = loadNerFile(`${europeana}@partial:MISC`);
  assert.equal(partial.length, docs.length);
  assert.ok(partial.every((d) => d.unannotated?.join() === "MISC"));
});

for (const lang of ["fr", "en"]) {
  const path = defaultModelPath(lang);
  // Loading time is measured by `npm run bench`, not asserted here.
  test(`committed ${lang} model loads and tags names`, { skip: !existsSync(path) }, () => {
    const t = loadTagger(path);
    const sent =
      lang === "fr"
        ? ["Vladimir", "Poutine", "a", "rencontré", "Xi", "Jinping", "à", "Moscou", "."]
        : ["Vladimir", "Putin", "met", "Xi", "Jinping", "in", "Moscow", "."];
    const iob = t.tagIob([sent])[0];
    assert.equal(iob[0], "B-PER");
    assert.equal(iob[sent.length - 2], "B-LOC");
  });
}

const conllDev = corpusPath(NER_FILES.conllDev);
test("CoNLL-2003 dev reads as documents (needs ../shared)", { skip: !existsSync(conllDev) }, () => {
  const docs = readConll(readFileSync(conllDev, "utf8"));
  assert.equal(docs.length, 216);
  assert.equal(docs[0].sentences[0].words.length > 0, true);
});

const hipeDev = corpusPath(NER_FILES.hipe2020Dev);
test("HIPE hipe2020 dev reads with sentence marks (needs ../shared)", { skip: !existsSync(hipeDev) }, () => {
  const docs = readHipe(readFileSync(hipeDev, "utf8"));
  assert.equal(docs.length, 43);
});

test("exchange clustering groups words that share contexts", () => {
  const sentences: string[][] = [];
  for (const day of ["lundi", "mardi", "mercredi"])
    for (const verb of ["arrive", "part"]) sentences.push(["il", verb, day, "soir"]);
  for (const city of ["Paris", "Lyon", "Nantes"])
    for (const verb of ["arrive", "part"]) sentences.push(["il", verb, "à", city]);
  const c = exchangeClusters(sentences, { classes: 4, minCount: 1, iterations: 10 });
  assert.equal(c.get("lundi"), c.get("mardi"));
  assert.equal(c.get("paris"), c.get("nantes"));
  assert.notEqual(c.get("lundi"), c.get("paris"));
});

test("clusters and training names travel inside the model file", () => {
  const clusters = new Map([
    ["poutine", 65537],
    ["moscou", 131074],
  ]);
  const r = trainNer({
    lang: "fr",
    train: tiny,
    dev: tiny,
    resources: { gazetteer: buildGazetteer("fr"), clusters },
    names: true,
    epochs: 2,
    bits: 16,
  });
  const loaded = decodeModel(r.bytes);
  assert.equal(loaded.clusters?.get("moscou"), 131074);
  assert.ok(loaded.names?.some((n) => n.tokens.join(" ") === "Vladimir Poutine"));
});

test("conll input with an index column is read from column 1, output lines unchanged", () => {
  const input = `0\t${DOC_START}\tO\n\n0\tParis\tB-LOC\n1\tbrûle\tO\n`;
  assert.equal(guessTokenColumn(input.split("\n")), 1);
  assert.equal(guessTokenColumn(["Paris\tB-LOC", "1\tO"]), 0);
  const seen: string[] = [];
  const out = labelConll(
    input,
    (sentences) => {
      seen.push(...sentences.flat());
      return sentences.map((s) => s.map(() => "O"));
    },
    "auto",
  );
  assert.deepEqual(seen, ["Paris", "brûle"]);
  assert.equal(out, `0\t${DOC_START}\tO\n\n0\tParis\tB-LOC\tO\n1\tbrûle\tO\tO\n`);
});

test("spans lose edge punctuation and dangling function words", () => {
  const finals = new Set(["d’", "of", "des"]);
  assert.deepEqual(trimSpan({ start: 0, end: 3, type: 1 }, ["Institut", "Vauban", "d’"], finals), {
    start: 0,
    end: 2,
    type: 1,
  });
  assert.deepEqual(trimSpan({ start: 1, end: 5, type: 2 }, ["the", "“", "Meridian", "Post", "of"], finals), {
    start: 2,
    end: 4,
    type: 2,
  });
  // PER (type 0) stops at a comma: the rest is an apposition.
  assert.deepEqual(
    trimSpan({ start: 0, end: 5, type: 0 }, ["Marc", "Delorme", ",", "directeur", "Europe"], finals),
    { start: 0, end: 2, type: 0 },
  );
  const whole = { start: 0, end: 2, type: 0 };
  assert.equal(trimSpan(whole, ["Seth", "Jones"], finals), whole);
  assert.equal(trimSpan({ start: 0, end: 1, type: 0 }, ["«"], finals), null);
});

test("repairs: an institution named by its head, a link and lower-case nouns and adjectives is one ORG", async () => {
  const { repairSpans } = await import("./repairs.ts");
  const words = ["le", "Centre", "d'", "études", "des", "conflits", "contemporains", "affirme", "que"];
  const [spans] = repairSpans("fr", [words], [[]]);
  assert.deepEqual(spans, [{ start: 1, end: 7, type: typeIndex("ORG") }]);
  const cut = ["le", "Conseil", "européen", "des", "relations", "internationales", "a", "publié"];
  const [longer] = repairSpans("fr", [cut], [[{ start: 1, end: 3, type: typeIndex("ORG") }]]);
  assert.deepEqual(longer, [{ start: 1, end: 6, type: typeIndex("ORG") }]);
});
