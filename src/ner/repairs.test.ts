import assert from "node:assert/strict";
import { test } from "node:test";
import { REPAIR_RULES, repairSpans } from "./repairs.ts";
import { ENTITY_TYPES, type TagSpan } from "./tags.ts";

const ALL = new Set<string>(REPAIR_RULES);
const T = (name: string) => (ENTITY_TYPES as readonly string[]).indexOf(name);

/** The repaired spans of one sentence as "words/TYPE". */
function repaired(lang: string, text: string, spans: [number, number, string][]): string[] {
  const words = text.split(" ");
  const input: TagSpan[] = spans.map(([start, end, type]) => ({ start, end, type: T(type) }));
  return repairSpans(lang, [words], [input], ALL)[0].map(
    (s) => `${words.slice(s.start, s.end).join(" ")}/${ENTITY_TYPES[s.type]}`,
  );
}

test("a place name takes in the common noun that opens it", () => {
  assert.deepEqual(repaired("fr", "la visite de la pyramide de Khéops hier", [[6, 7, "LOC"]]), [
    "pyramide de Khéops/LOC",
  ]);
  assert.deepEqual(repaired("fr", "au bord du lac Vernier", [[4, 5, "LOC"]]), ["lac Vernier/LOC"]);
  // a head already inside another span, or a person, stays as it is
  assert.deepEqual(repaired("fr", "le musée de Picasso", [[3, 4, "PER"]]), ["Picasso/PER"]);
});

test("a person's name keeps its particles", () => {
  assert.deepEqual(
    repaired("fr", "Osama bin Laden a été tué", [
      [0, 1, "LOC"],
      [2, 3, "LOC"],
    ]),
    ["Osama bin Laden/PER"],
  );
  assert.deepEqual(repaired("fr", "Osama bin Laden a été tué", [[2, 3, "PER"]]), ["Osama bin Laden/PER"]);
  assert.deepEqual(repaired("fr", "le navigateur Antoine Brunel d’ Estrevaux", [[2, 4, "PER"]]), [
    "Antoine Brunel d’ Estrevaux/PER",
  ]);
  assert.deepEqual(repaired("en", "Ursula von der Leyen said", [[3, 4, "PER"]]), [
    "Ursula von der Leyen/PER",
  ]);
  // « de » joins no second span: the band is not part of the guitarist
  assert.deepEqual(
    repaired("fr", "Rémi Vasseur de Grey Harbour", [
      [0, 2, "PER"],
      [3, 5, "PER"],
    ]),
    ["Rémi Vasseur/PER", "Grey Harbour/PER"],
  );
});

test("a function before or inside a name makes it a person", () => {
  assert.deepEqual(repaired("fr", "la sénatrice Inès Moreau a voté", [[2, 4, "ORG"]]), ["Inès Moreau/PER"]);
  assert.deepEqual(repaired("fr", "SÉNATRICE Inès Moreau répond", [[0, 3, "ORG"]]), ["Inès Moreau/PER"]);
  // not a first name: the model's type stands
  assert.deepEqual(repaired("fr", "le député Renaissance Nord a voté", [[2, 4, "ORG"]]), [
    "Renaissance Nord/ORG",
  ]);
});

test("a country name left untagged after an article is a place", () => {
  assert.deepEqual(repaired("fr", "un accord avec la Suisse hier", []), ["Suisse/LOC"]);
  assert.deepEqual(repaired("fr", "Suisse et Chine", []), []);
  // « le Suisse » is a person of that country
  assert.deepEqual(repaired("fr", "le Suisse consomme du fromage", []), []);
});

test("a body or place name takes in the adjective that ends it", () => {
  assert.deepEqual(repaired("fr", "membre de la Ligue nationale hongroise depuis", [[3, 5, "ORG"]]), [
    "Ligue nationale hongroise/ORG",
  ]);
  // a place takes only the adjectives of a region
  assert.deepEqual(
    repaired("fr", "en Europe occidentale et la Genève internationale", [
      [1, 2, "LOC"],
      [5, 6, "LOC"],
    ]),
    ["Europe occidentale/LOC", "Genève/LOC"],
  );
  // not a work or event title, not a person
  assert.deepEqual(repaired("fr", "le Trophée Vernet suisse", [[1, 3, "MISC"]]), ["Trophée Vernet/MISC"]);
});

test("sports results: a ranked name is a person, the bracketed abbreviation its country", () => {
  assert.deepEqual(repaired("fr", '3 . L . Marchal ( Fr ) à 12 "', [[6, 7, "ORG"]]), [
    "L . Marchal/PER",
    "Fr/LOC",
  ]);
  assert.deepEqual(
    repairSpans(
      "fr",
      [
        ["14", "."],
        ["Vuilleumier", "à", "2", "'"],
      ],
      [[], []],
      ALL,
    )[1],
    [{ start: 0, end: 1, type: T("PER") }],
  );
  // an abbreviation after a rank is no name
  assert.deepEqual(repaired("fr", "2 . Bat . inf . 12", []), []);
  // a ranked line that is no result stays as it is
  assert.deepEqual(repaired("fr", "2 . Le Conseil fédéral décide", [[2, 5, "ORG"]]), [
    "Le Conseil fédéral/ORG",
  ]);
});

test("a national body named by a noun and an adjective is an organisation", () => {
  assert.deepEqual(repaired("fr", "le texte adopté par le Conseil national hier", []), [
    "Conseil national/ORG",
  ]);
  // a longer name is the model's business
  assert.deepEqual(repaired("fr", "le Conseil national de la Transition", []), []);
});

test("a title before « de » and a name makes a person of both", () => {
  assert.deepEqual(repaired("fr", "le général de Vaulmont est arrivé", [[3, 4, "LOC"]]), ["de Vaulmont/PER"]);
  // a mayor governs a place
  assert.deepEqual(repaired("fr", "le maire de Vaulmont est arrivé", [[3, 4, "LOC"]]), ["Vaulmont/LOC"]);
});

test("English has particles only", () => {
  assert.deepEqual(repaired("en", "the lake Vernier", [[2, 3, "LOC"]]), ["Vernier/LOC"]);
});
