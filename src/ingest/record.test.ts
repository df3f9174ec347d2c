import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDateValue } from "./dates.ts";
import { normalizeText, parseNewsRecord } from "./record.ts";

test("date header on the same line as the article, after whitespace", () => {
  const record = parseNewsRecord(" date 2023-09 Le partenariat est signé. Il entre en vigueur lundi.");
  assert.deepEqual(record.date, { value: "2023-09", precision: "month" });
  assert.equal(record.text, "Le partenariat est signé. Il entre en vigueur lundi.");
  assert.equal(record.title, null);
});

test("date header on its own line, with day precision", () => {
  const record = parseNewsRecord(
    "date 2023-09-14\nLe sommet s'est ouvert jeudi.\n\nLes ministres ont parlé.",
  );
  assert.deepEqual(record.date, { value: "2023-09-14", precision: "day" });
  assert.equal(record.text, "Le sommet s'est ouvert jeudi.\n\nLes ministres ont parlé.");
});

test("year-only date header", () => {
  const record = parseNewsRecord("date 2023\nThe summit took place in Orvane.");
  assert.deepEqual(record.date, { value: "2023", precision: "year" });
  assert.equal(record.text, "The summit took place in Orvane.");
});

test("no header: the date is null and the text is untouched", () => {
  const record = parseNewsRecord("Dated 2023-09 is not a header.");
  assert.equal(record.date, null);
  assert.equal(record.text, "Dated 2023-09 is not a header.");
});

test("an impossible date is not a header", () => {
  const record = parseNewsRecord("date 2023-13 Texte.");
  assert.equal(record.date, null);
  assert.equal(record.text, "date 2023-13 Texte.");
});

test("a short first line followed by a blank line is the title", () => {
  const record = parseNewsRecord(
    "date 2024-03-05\nAid package approved\n\nThe parliament approved it.\n\nMore later.",
  );
  assert.equal(record.title, "Aid package approved");
  assert.equal(record.text, "The parliament approved it.\n\nMore later.");
});

test("a first line ending with a period, a long first line, or a lone paragraph is not a title", () => {
  assert.equal(parseNewsRecord("Le sommet est fini.\n\nSuite.").title, null);
  assert.equal(parseNewsRecord(`${"mot ".repeat(40)}\n\nSuite.`).title, null);
  assert.equal(parseNewsRecord("Sommet d'Orvane").title, null);
  assert.equal(parseNewsRecord("Sommet d'Orvane").text, "Sommet d'Orvane");
  assert.equal(parseNewsRecord("Ligne un\nligne deux\n\nSuite.").title, null);
});

test("a markdown heading is a title without its hashes", () => {
  assert.equal(parseNewsRecord("# Sommet d'Orvane\n\nLes ministres.").title, "Sommet d'Orvane");
});

test("line endings, blank-line runs and NFC are normalised", () => {
  const decomposed = "e\u0301te\u0301"; // "été" with combining accents
  const record = parseNewsRecord(`\uFEFFUn ${decomposed}.\r\n \r\n\r\n\r\nDeux.\r\n`);
  assert.equal(record.text, "Un été.\n\nDeux.");
  assert.equal(normalizeText("a\rb"), "a\nb");
});

test("parseDateValue keeps the precision of what it is given", () => {
  assert.deepEqual(parseDateValue("2023-09"), { value: "2023-09", precision: "month" });
  assert.deepEqual(parseDateValue("2023-09-14"), { value: "2023-09-14", precision: "day" });
  assert.deepEqual(parseDateValue("2023-09-14T23:30:00-05:00"), { value: "2023-09-14", precision: "day" });
  assert.deepEqual(parseDateValue("2023"), { value: "2023", precision: "year" });
  assert.deepEqual(parseDateValue(2023), { value: "2023", precision: "year" });
  assert.deepEqual(parseDateValue("Thu, 14 Sep 2023 10:00:00 GMT"), {
    value: "2023-09-14",
    precision: "day",
  });
  assert.equal(parseDateValue("2023-02-30"), null);
  assert.equal(parseDateValue("yesterday"), null);
  assert.equal(parseDateValue(null), null);
});
