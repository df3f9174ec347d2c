import assert from "node:assert/strict";
import { test } from "node:test";
import { withTitles } from "./titles.ts";

test("HIPE convention: titles before and functions after a person join the span", () => {
  const words = [
    "le",
    "maréchal",
    "Haig",
    "et",
    "M.",
    "Ador",
    ",",
    "conseiller",
    "fédéral",
    ",",
    "ont",
    "vu",
    "le",
    "général",
    "de",
    "Gaulle",
  ];
  const spans = [
    [
      { start: 2, end: 3, type: 0 },
      { start: 4, end: 6, type: 0 },
    ],
  ];
  const out = withTitles("fr", [words], spans)[0].map((s) => words.slice(s.start, s.end).join(" "));
  assert.deepEqual(out, ["maréchal Haig", "M. Ador , conseiller fédéral", "général de Gaulle"]);
});

test("languages without a title table are unchanged", () => {
  const spans = [[{ start: 1, end: 2, type: 0 }]];
  assert.equal(withTitles("en", [["President", "Bush"]], spans), spans);
});

test("HIPE convention: plural titles and an apposition opened by an article and a modifier", () => {
  const words = [
    "Louis",
    "Berthet",
    ",",
    "le",
    "célèbre",
    "horloger",
    "de",
    "Morges",
    ",",
    "et",
    "Paul",
    "Roch",
    ",",
    "questeurs",
    ".",
  ];
  const spans = [
    [
      { start: 0, end: 2, type: 0 },
      { start: 7, end: 8, type: 2 },
      { start: 10, end: 12, type: 0 },
    ],
  ];
  const out = withTitles("fr", [words], spans)[0].map((s) => words.slice(s.start, s.end).join(" "));
  assert.deepEqual(out, ["Louis Berthet , le célèbre horloger de Morges", "Paul Roch , questeurs"]);
});
