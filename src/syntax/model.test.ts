import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { tempDir } from "../../test/temp-dir.ts";
import { Doc } from "../doc/doc.ts";
import { TokenTable } from "../doc/tokens.ts";
import { REPO_ROOT } from "../ner/datasets.ts";
import { createPipeline } from "../pipeline/default.ts";
import { annotateSentence, parseExample, setSyntaxModels, tagSentence } from "./annotate.ts";
import { parser as parserComponent, tagger as taggerComponent } from "./component.ts";
import { parseConllu, writeConllu } from "./conllu.ts";
import { TINY_FR } from "./fixtures/tiny.ts";
import { decodeModel } from "./model-file.ts";
import { Parser, projectivise, trainParser } from "./parser.ts";
import { Tagger, trainTagger } from "./tagger.ts";
import { unitsOf } from "./units.ts";

const gold = parseConllu(TINY_FR);

/** Comments, multiword lines and the columns the parser must not touch (ID FORM XPOS DEPS MISC). */
function untouched(conllu: string): string[] {
  return conllu.split("\n").map((l) => {
    const f = l.split("\t");
    if (f.length !== 10 || f[0].includes("-")) return l;
    return [f[0], f[1], f[4], f[8], f[9]].join("\t");
  });
}

/** The predicted columns LEMMA UPOS HEAD DEPREL of word lines. */
function predicted(conllu: string): string[] {
  return conllu
    .split("\n")
    .map((l) => l.split("\t"))
    .filter((f) => f.length === 10 && !f[0].includes("-"))
    .map((f) => [f[2], f[3], f[6], f[7]].join("\t"));
}
const units = gold.map((s) => unitsOf(s, "fr"));
const tagger = trainTagger(units, units, { lang: "fr", epochs: 8, bits: 16 });
const examples = gold.map((s) => parseExample(s, tagSentence(tagger, s, "fr")));
const parser = trainParser(examples, examples, { lang: "fr", epochs: 10, bits: 16, labelBits: 14 });

test("the tagger learns a tiny treebank by heart", () => {
  const out = tagger.tag(["La", "ministre", "parle", "du", "budget", "."]);
  assert.deepEqual(out.upos, ["DET", "NOUN", "VERB", "ADP+DET", "NOUN", "PUNCT"]);
  assert.equal(out.lemma[2], "parler");
  assert.equal(out.lemma[3], "de+le");
  assert.match(out.feats[2], /Mood=Ind/);
});

test("the parser learns tiny trees by heart, labels included", () => {
  for (const ex of examples) {
    const out = parser.parse(ex);
    assert.deepEqual([...out.head], ex.head);
    assert.deepEqual(out.deprel, ex.deprel);
  }
});

test("models survive save and load", () => {
  const t2 = Tagger.fromFile(decodeModel(tagger.encode()));
  const p2 = Parser.fromFile(decodeModel(parser.encode()));
  const forms = ["Le", "président", "recevrait", "les", "syndicats", "."];
  assert.deepEqual(t2.tag(forms), tagger.tag(forms));
  assert.deepEqual(p2.parse(examples[2]), parser.parse(examples[2]));
});

test("projectivisation lifts crossing arcs to the grandparent", () => {
  // 1→3, 2→4 cross; 3 root, 4 attached to 1.
  const h = projectivise([3, 4, 0, 1]);
  assert.deepEqual([...h.slice(1)], [3, 1, 0, 3]);
  assert.deepEqual([...projectivise([2, 0, 2]).slice(1)], [2, 0, 2]);
});

test("annotating keeps the sentence's other columns and comments", () => {
  setSyntaxModels("fr", { tagger, parser });
  const copy = parseConllu(TINY_FR);
  for (const s of copy) annotateSentence({ tagger, parser }, s, "fr");
  const out = writeConllu(copy);
  assert.deepEqual(untouched(out), untouched(TINY_FR));
  assert.deepEqual(predicted(out), predicted(TINY_FR));
});

test("dossier parse writes the same CoNLL-U with predictions", () => {
  const dir = tempDir("dossier-syntax-");
  writeFileSync(join(dir, "syntax-fr.tagger.bin"), tagger.encode());
  writeFileSync(join(dir, "syntax-fr.parser.bin"), parser.encode());
  const blanked = TINY_FR.split("\n")
    .map((l) => {
      const f = l.split("\t");
      if (f.length !== 10 || f[0].includes("-")) return l;
      return [f[0], f[1], "_", "_", f[4], "_", "_", "_", f[8], f[9]].join("\t");
    })
    .join("\n");
  const input = join(dir, "in.conllu");
  writeFileSync(input, blanked);
  const main = resolve(import.meta.dirname, "../cli/main.ts");
  const run = spawnSync(process.execPath, [main, "parse", "--conllu", input, "--lang", "fr"], {
    env: { ...process.env, DOSSIER_MODELS: dir },
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(untouched(run.stdout), untouched(TINY_FR));
  assert.deepEqual(predicted(run.stdout), predicted(TINY_FR));
  assert.match(run.stdout, /\tMood=Cnd\|/);
});

test("the components fill token columns, contractions as one token", () => {
  setSyntaxModels("fr", { tagger, parser });
  const text = "La ministre parle du budget.";
  const words = ["La", "ministre", "parle", "du", "budget", "."];
  const ranges: { start: number; end: number }[] = [];
  let at = 0;
  for (const w of words) {
    const start = text.indexOf(w, at);
    ranges.push({ start, end: start + w.length });
    at = start + w.length;
  }
  const doc = new Doc({ text, lang: "fr" });
  doc.tokens = TokenTable.from(ranges, [0, 0, 0, 0, 0, 0]);
  parserComponent.run(taggerComponent.run(doc));
  const t = doc.tokens;
  assert.deepEqual(t.pos, ["DET", "NOUN", "VERB", "ADP+DET", "NOUN", "PUNCT"]);
  assert.equal(t.lemma?.[3], "de+le");
  assert.deepEqual([...t.head!], [1, 2, -1, 4, 2, 2]);
  assert.deepEqual(t.dep, ["det", "nsubj", "root", "case", "obl:arg", "punct"]);
});

test("after a modal, an adverb reading the dictionary also allows as a verb is the verb when no verb can follow", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  const text = "Germany would back the plan, but it would further weaken the bill.";
  const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
  const tagOf = (word: string) => {
    const t = doc.tokens;
    for (let i = 0; i < t.length; i++) if (text.slice(t.start[i], t.end[i]) === word) return t.pos?.[i];
  };
  assert.equal(tagOf("back"), "VERB");
  assert.equal(tagOf("further"), "ADV");
});

test("an English verb lemma the dictionary does not know is mended from its verbs", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  const text = "Rebels dynamited a bridge, troops shelled the port and residents fled.";
  const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
  const lemmaOf = (word: string) => {
    const t = doc.tokens;
    for (let i = 0; i < t.length; i++) if (text.slice(t.start[i], t.end[i]) === word) return t.lemma?.[i];
  };
  assert.equal(lemmaOf("dynamited"), "dynamite");
  assert.equal(lemmaOf("shelled"), "shell");
  assert.equal(lemmaOf("fled"), "flee");
});

test("a past participle after a plural subject in a sentence without a finite verb is the finite past", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  const featsOf = (text: string, word: string) => {
    const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
    const t = doc.tokens;
    for (let i = 0; i < t.length; i++) if (text.slice(t.start[i], t.end[i]) === word) return t.feats?.[i];
  };
  assert.match(featsOf("Syrian troops captured border towns.", "captured") ?? "", /VerbForm=Fin/);
  // An auxiliary elsewhere: the participle stays one.
  assert.match(featsOf("Rebels captured last week were handed over.", "captured") ?? "", /VerbForm=Part/);
});

test("an English -s form of no verb the dictionary knows is a noun, not a verb", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  const text = "Militias attacked refugees camps.";
  const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
  const t = doc.tokens;
  const i = [...Array(t.length).keys()].find((k) => text.slice(t.start[k], t.end[k]) === "refugees")!;
  assert.equal(t.pos?.[i], "NOUN");
});

test("an adjective reading between a determiner and a verb is the head noun", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  const text = "The tribunal ruled against the minister.";
  const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
  assert.equal(doc.tokens.pos?.[1], "NOUN");
  assert.equal(doc.tokens.pos?.[2], "VERB");
  // After a possessive "'s" too.
  assert.deepEqual(tagsOf("Chad's military detained the rebel leader.", "military"), ["military/NOUN"]);
});

/** UPOS and VerbForm of each word of an English sentence, as "word/UPOS:VerbForm". */
function tagsOf(text: string, ...words: string[]): string[] {
  const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
  const t = doc.tokens;
  return words.map((word) => {
    const i = [...Array(t.length).keys()].find((k) => text.slice(t.start[k], t.end[k]) === word)!;
    const form = /VerbForm=(\w+)/.exec(t.feats?.[i] ?? "")?.[1];
    return `${word}/${t.pos?.[i]}${form ? `:${form}` : ""}`;
  });
}

test("a past form read as an adjective between a subject and an object is the finite past", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  assert.deepEqual(tagsOf("Bandits wounded four herders near the river on Sunday.", "wounded"), [
    "wounded/VERB:Fin",
  ]);
  // An irregular past the treebank never shows, with its lemma.
  const text = "Norway lent Ghana ninety million dollars in 2020.";
  assert.deepEqual(tagsOf(text, "lent"), ["lent/VERB:Fin"]);
  const doc = createPipeline({ until: "tagger" }).run(new Doc({ text, lang: "en" }));
  assert.equal(doc.tokens.lemma?.[1], "lend");
  assert.deepEqual(tagsOf("They wounded a guard at the gate.", "wounded"), ["wounded/VERB:Fin"]);
  // A noun read as an adjective after a determiner is the subject.
  assert.deepEqual(tagsOf("The tribunal lent weight to the appeal.", "tribunal", "lent"), [
    "tribunal/NOUN",
    "lent/VERB:Fin",
  ]);
});

test("the finite past is repaired clause by clause: a reporting clause does not block it", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  assert.deepEqual(tagsOf("Bandits wounded four herders near the river, the governor said.", "wounded"), [
    "wounded/VERB:Fin",
  ]);
  assert.deepEqual(tagsOf("The mayor said bandits wounded four herders near the river.", "wounded"), [
    "wounded/VERB:Fin",
  ]);
  assert.deepEqual(tagsOf("The company built a depot in Accra, its director said.", "built"), [
    "built/VERB:Fin",
  ]);
});

test("in a whole sentence without a verb, a past form before a preposition and a noun phrase is finite", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  assert.deepEqual(tagsOf("Rival clans fought for control of the well.", "fought"), ["fought/VERB:Fin"]);
  assert.deepEqual(tagsOf("Bandits shot at herders near the river.", "shot"), ["shot/VERB:Fin"]);
  // A title keeps its passive; so does a participle before its agent.
  assert.ok(!tagsOf("Four herders wounded in raid", "wounded")[0].endsWith(":Fin"));
  assert.ok(!tagsOf("Herders wounded by bandits near the river.", "wounded")[0].endsWith(":Fin"));
});

test("the second of two coordinated past verbs is finite like the first", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  assert.deepEqual(tagsOf("Rioters burned a bus and looted shops in the old town.", "looted"), [
    "looted/VERB:Fin",
  ]);
  // Adjectives coordinated inside a noun phrase stay out of it.
  assert.ok(!tagsOf("The reform built a weak and divided assembly.", "divided")[0].endsWith(":Fin"));
});

test("after a perfect auxiliary a past form read as an adjective is the participle", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  assert.deepEqual(tagsOf("Bandits have wounded four herders.", "wounded"), ["wounded/VERB:Part"]);
  assert.deepEqual(tagsOf("Norway has lent Ghana ninety million dollars.", "lent"), ["lent/VERB:Part"]);
});

test("participles that modify a noun are not made finite", {
  skip: !existsSync(join(REPO_ROOT, "models", "syntax-en.tagger.bin")),
}, () => {
  const finite = (text: string, word: string) => tagsOf(text, word)[0].endsWith(":Fin");
  // A finite verb of the same clause.
  assert.ok(!finite("Herders wounded last week were flown to the capital.", "wounded"));
  // After a preposition or another verb the noun phrase is an object, not a subject.
  assert.ok(!finite("We bought it from a farmer named Kofi, she said.", "named"));
  // A participle that takes a number.
  assert.ok(!finite("The victim, a herder aged 52, died in hospital.", "aged"));
  // The noun phrase after the word is the subject of a past verb: "armed" stays an adjective.
  assert.deepEqual(tagsOf("Malian armed forces retook the town of Kidal.", "armed"), ["armed/ADJ"]);
});
