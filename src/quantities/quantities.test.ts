import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { toJSON } from "../doc/json.ts";
import type { Quantity } from "../doc/types.ts";
import { validateDocument } from "../doc/validate.ts";
import { parseNewsRecord } from "../ingest/record.ts";
import { Pipeline } from "../pipeline/pipeline.ts";
import { langid } from "../segment/0-langid.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { tokens } from "../segment/3-tokens.ts";
import { quantityBound } from "./bounds.ts";
import { quantities } from "./component.ts";
import { FRENCH_NON_NUMBERS, FRENCH_PAIRS } from "./french-pairs.ts";
import { englishNumberWords, frenchNumberWords, parseNumberWords } from "./words.ts";

const pipeline = new Pipeline([langid, paragraphs, sentences, tokens, quantities]);

function run(text: string, lang: "fr" | "en"): Doc {
  const doc = pipeline.run(new Doc({ text, lang, date: { value: "2025-03-27", precision: "day" } }));
  assert.deepEqual(validateDocument(toJSON(doc)), []);
  return doc;
}

function brief(q: Quantity): string {
  return [q.text, q.value, q.currency ?? "", q.unit ?? "", q.ordinal ? "ord" : ""]
    .join("|")
    .replace(/\|+$/, "");
}

test("the hand-written French table parses (200+ pairs)", () => {
  const pairs = FRENCH_PAIRS.trim()
    .split("\n")
    .map((line) => line.split("|"));
  assert.ok(pairs.length >= 200, `${pairs.length} pairs`);
  for (const [value, words] of pairs) assert.equal(parseNumberWords(words, "fr"), Number(value), words);
});

test("ill-formed French sequences are refused", () => {
  for (const words of FRENCH_NON_NUMBERS) assert.equal(parseNumberWords(words, "fr"), null, words);
});

test("the French generator agrees with the hand-written table", () => {
  const pairs = FRENCH_PAIRS.trim()
    .split("\n")
    .map((line) => line.split("|"));
  let checked = 0;
  for (const [value, words] of pairs) {
    const n = Number(value);
    if (n >= 1e12 || words !== words.toLowerCase() || words.includes("-") === false) continue;
    const generated = frenchNumberWords(n);
    if (generated === words) checked++;
  }
  assert.equal(frenchNumberWords(80), "quatre-vingts");
  assert.equal(frenchNumberWords(80000), "quatre-vingt mille");
  assert.equal(frenchNumberWords(200), "deux cents");
  assert.equal(frenchNumberWords(200000), "deux cent mille");
  assert.equal(frenchNumberWords(71), "soixante et onze");
  assert.equal(frenchNumberWords(1001), "mille un");
  assert.equal(frenchNumberWords(2000000), "deux millions");
  assert.equal(frenchNumberWords(21, true), "vingt-et-un");
  assert.ok(checked > 40, `${checked} table entries written exactly as generated`);
});

test("French round trip 0 … 1 000 000: parse(words(n)) === n, both spellings", () => {
  for (let n = 0; n <= 1_000_000; n++) {
    const words = frenchNumberWords(n);
    if (parseNumberWords(words, "fr") !== n) assert.fail(`${n}: ${words}`);
  }
  for (let n = 0; n <= 1_000_000; n += 7) {
    const words = frenchNumberWords(n, true);
    if (parseNumberWords(words, "fr") !== n) assert.fail(`${n}: ${words}`);
  }
});

test("English round trip 0 … 1 000 000 (every third number)", () => {
  for (let n = 0; n <= 1_000_000; n += 3) {
    const words = englishNumberWords(n);
    if (parseNumberWords(words, "en") !== n) assert.fail(`${n}: ${words}`);
  }
  assert.equal(parseNumberWords("twenty-one", "en"), 21);
  assert.equal(parseNumberWords("one hundred thousand", "en"), 100000);
  assert.equal(parseNumberWords("twelve hundred", "en"), 1200);
  assert.equal(parseNumberWords("three and four", "en"), null);
});

test("French quantities: words, figures, money, units, ordinals", () => {
  const cases: [string, string[]][] = [
    ["Il a reçu cinq drones et dix-sept obus.", ["cinq|5", "dix-sept|17"]],
    ["Soixante-dix soldats, quatre-vingt-dix-neuf drones.", ["Soixante-dix|70", "quatre-vingt-dix-neuf|99"]],
    ["Vingt et un pays et deux cent mille déplacés.", ["Vingt et un|21", "deux cent mille|200000"]],
    ["Trois millions de personnes.", ["Trois millions|3000000"]],
    ["Un contrat de 3,5 milliards de dollars.", ["3,5 milliards de dollars|3500000000|USD"]],
    ["Une aide de 325 millions de dollars canadiens.", ["325 millions de dollars canadiens|325000000|CAD"]],
    ["Il a livré 325 000 obus.", ["325 000|325000"]],
    ["Un budget de 40 M€ et 12 000 €.", ["40 M€|40000000|EUR", "12 000 €|12000|EUR"]],
    ["Ils ont payé 500 millions de roubles.", ["500 millions de roubles|500000000|RUB"]],
    ["La Corée du Nord a payé 9 millions de wons.", ["9 millions de wons|9000000|KPW"]],
    ["Séoul a versé 9 millions de wons.", ["9 millions de wons|9000000|KRW"]],
    ["Il a acheté 300 livres.", ["300|300"]],
    ["Un prêt de 2 millions de livres sterling.", ["2 millions de livres sterling|2000000|GBP"]],
    ["1,2 milliard d’euros", ["1,2 milliard d’euros|1200000000|EUR"]],
    ["Moins de 40 % de l'aide et cent pour cent valdoriens.", ["40 %|40||%", "cent pour cent|100||%"]],
    ["Des obus de 152 mm à 30 km du front.", ["152 mm|152||mm", "30 km|30||km"]],
    ["Quarante mille tonnes de blé.", ["Quarante mille tonnes|40000||t"]],
    [
      "Une trentaine de kilomètres et une douzaine d'avions.",
      ["Une trentaine de kilomètres|30||km", "une douzaine|12"],
    ],
    [
      "Le 20e sommet du XVIIIe siècle, le 1er jour, la vingtième fois.",
      ["20e|20|||ord", "XVIIIe|18|||ord", "1er|1|||ord", "vingtième|20|||ord"],
    ],
    ["Un voyage de six jours en 2022, le 3 mars.", ["six jours|6||day"]],
    ["Le drone Kavir-7 et un avion neuf.", []],
    [
      "Sur les 1,2 milliard d'euros promis, seuls 140 millions ont été versés.",
      ["1,2 milliard d'euros|1200000000|EUR", "140 millions|140000000|EUR"],
    ],
    ["1,4 million de personnes.", ["1,4 million|1400000"]],
    [
      "Un crédit de 520,000 francs suisses et 1,500,000 habitants.",
      ["520,000 francs suisses|520000|CHF", "1,500,000|1500000"],
    ],
    ["Il pèse 1,250 kg.", ["1,250 kg|1.25||kg"]],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(run(text, "fr").quantities.map(brief), expected, text);
  }
});

test("English quantities: words, figures, money, units, ordinals", () => {
  const cases: [string, string[]][] = [
    ["They sent twenty-one tanks and a dozen jets.", ["twenty-one|21", "a dozen|12"]],
    ["One hundred thousand people fled.", ["One hundred thousand|100000"]],
    ["The U.S. announced $325 million in aid.", ["$325 million|325000000|USD"]],
    ["The EU pledged 1.2 billion euros and €40m.", ["1.2 billion euros|1200000000|EUR", "€40m|40000000|EUR"]],
    ["It cost £2bn, US$5 and C$10.", ["£2bn|2000000000|GBP", "US$5|5|USD", "C$10|10|CAD"]],
    ["A deal worth 1,200.50 Canadian dollars.", ["1,200.50 Canadian dollars|1200.5|CAD"]],
    ["Pyongyang paid 5 million won.", ["5 million won|5000000|KPW"]],
    [
      "About 10,000 shells, 40% of the total, 30 kilometres away.",
      ["10,000|10000", "40%|40||%", "30 kilometres|30||km"],
    ],
    [
      "The 20th summit and the twentieth round, an 18th-century sword.",
      ["20th|20|||ord", "twentieth|20|||ord", "18th|18|||ord"],
    ],
    ["A six-day trip on March 11 in 2025.", ["six-day|6||day"]],
    ["It weighs 5 pounds; they paid 5 million pounds.", ["5 pounds|5||lb", "5 million pounds|5000000|GBP"]],
    [
      "$120 million of the $325 million promised.",
      ["$120 million|120000000|USD", "$325 million|325000000|USD"],
    ],
    ["Ninety-nine drones and 3.5bn.", ["Ninety-nine|99", "3.5bn|3500000000"]],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(run(text, "en").quantities.map(brief), expected, text);
  }
});

test("the sample corpus: money, numbers in words and figures of the storyline", () => {
  const root = new URL("../../examples/", import.meta.url).pathname;
  const all: Record<string, string[]> = {};
  for (const lang of ["fr", "en"] as const) {
    for (const file of readdirSync(`${root}${lang}`).filter((f) => f.endsWith(".txt"))) {
      const record = parseNewsRecord(readFileSync(`${root}${lang}/${file}`, "utf8"));
      const doc = pipeline.run(new Doc({ ...record, lang }));
      assert.deepEqual(validateDocument(toJSON(doc)), [], file);
      all[`${lang}/${file.slice(0, 2)}`] = doc.quantities.map(brief);
    }
  }
  const has = (key: string, ...expected: string[]) => {
    for (const e of expected) assert.ok(all[key].includes(e), `${key}: ${e} not in ${all[key].join(" · ")}`);
  };
  has("fr/03", "3,5 milliards de dollars|3500000000|USD");
  has(
    "fr/08",
    "1,2 milliard d’euros|1200000000|EUR",
    "325 millions de dollars|325000000|USD",
    "six cent mille|600000",
    "quarante-deux|42",
  );
  has("fr/11", "310\u202f000|310000", "quatre-vingt-dix-neuf|99", "cent pour cent|100||%");
  has(
    "fr/13",
    "40\u202f%|40||%",
    "140 millions|140000000|EUR",
    "325 millions|325000000|USD",
    "deux cent mille|200000",
  );
  has("fr/06", "XVIIIe|18|||ord", "152 mm|152||mm", "quarante mille tonnes|40000||t", "six jours|6||day");
  has("en/03", "$3.5 billion|3500000000|USD");
  has(
    "en/08",
    "1.2 billion euros|1200000000|EUR",
    "$325 million|325000000|USD",
    "600,000|600000",
    "Forty-two|42",
  );
  has("en/13", "$120 million|120000000|USD", "140 million euros|140000000|EUR", "40%|40||%");
  has("en/12", "a dozen|12");
  has("en/06", "18th|18|||ord", "40,000 tonnes|40000||t", "six-day|6||day");
  // days of the month and years are the dates stage's
  assert.ok(!all["fr/04"].some((q) => q.startsWith("11|") || q.startsWith("1991")));
  assert.ok(!all["en/01"].some((q) => q.startsWith("3|") || q.startsWith("6|")));
});

test("bounds and estimates from the words around a quantity", () => {
  const cases: [string, string, string, string | undefined][] = [
    ["fr", "Plus de 1 500 soldats sont arrivés.", "1 500", "min"],
    ["fr", "Il a reçu près d'un million d'obus.", "un million", "approx"],
    ["fr", "Jusqu'à 300 drones seront livrés.", "300", "max"],
    ["fr", "Une vingtaine de blindés ont franchi la frontière.", "Une vingtaine", "approx"],
    ["fr", "Ils ont vu 300 soldats environ.", "300", "approx"],
    ["fr", "Une douzaine d'œufs coûte 3 euros.", "Une douzaine", undefined],
    ["fr", "Un millier de soldats sont arrivés.", "Un millier", "approx"],
    ["fr", "Les 27 pays ont voté.", "27", undefined],
    ["en", "Some 300 drones were shipped.", "300", "approx"],
    ["en", "More than 1,500 troops arrived.", "1,500", "min"],
    ["en", "Up to 2.5 million shells were sent.", "2.5 million", "max"],
    ["en", "They sent 40 or so jets.", "40", "approx"],
    ["en", "They handled 300 complaints.", "300", undefined],
  ];
  for (const [lang, text, quantity, bound] of cases) {
    const start = text.indexOf(quantity);
    assert.equal(quantityBound(text, start, start + quantity.length, lang), bound, text);
  }
});

test("counts with no figure are lower bounds in the unit they count in", () => {
  const cases: [string, "fr" | "en", string[]][] = [
    [
      "Des milliers de manifestants ont croisé des dizaines de milliers de badauds et plusieurs centaines d'agents.",
      "fr",
      ["Des milliers=1000 min", "des dizaines de milliers=10000 min", "plusieurs centaines=100 min"],
    ],
    ["Le fonds a reçu des milliards d'euros.", "fr", ["des milliards=1000000000 min EUR"]],
    ["Il en a vendu des millions.", "fr", []],
    [
      "Thousands of people met tens of thousands of visitors and hundreds of millions of dollars.",
      "en",
      ["Thousands=1000 min", "tens of thousands=10000 min", "hundreds of millions=100000000 min USD"],
    ],
    ["Tens of rooms were empty.", "en", []],
  ];
  for (const [text, lang, expected] of cases) {
    const doc = pipeline.run(new Doc({ text, lang }));
    const got = doc.quantities.map(
      (q) => `${q.text}=${q.value}${q.bound ? ` ${q.bound}` : ""}${q.currency ? ` ${q.currency}` : ""}`,
    );
    assert.deepEqual(got, expected, text);
  }
});

test("figures in names are no quantities; scaled decimals are exact", () => {
  const cases: [string, "fr" | "en", string[]][] = [
    ["Orvane a reçu douze chars Leopard 2 et 14 Challenger 2.", "fr", ["douze|12", "14|14"]],
    ["Environ 30 soldats gardent le gazoduc Tashgard 2.", "fr", ["30|30"]],
    ["Un contrat de 4,1 milliards d'euros.", "fr", ["4,1 milliards d'euros|4100000000|EUR"]],
    ["The Falcon 9 lifted off while Brennock beat Orvane 45 points to 24.", "en", ["45|45", "24|24"]],
    ["It was on the ballot in ALL 50 states.", "en", ["50|50"]],
  ];
  for (const [text, lang, expected] of cases)
    assert.deepEqual(run(text, lang).quantities.map(brief), expected, text);
});
