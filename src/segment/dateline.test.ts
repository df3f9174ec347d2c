import assert from "node:assert/strict";
import { test } from "node:test";
import { datelineDate, datelineLength } from "./dateline.ts";

test("datelines that open an article give its date", () => {
  const cases: [string, string | null][] = [
    ["22 mai 2012. - Le lancement a été reporté.", "2012-05-22"],
    ["1er août 2012. - De fortes pluies ont touché Orvane.", "2012-08-01"],
    ["TASHGARD, 3 juillet 2012 (AFP) – Le ministre a démissionné.", "2012-07-03"],
    ["Mardi 4 mars 2025 — Les négociations reprennent.", "2025-03-04"],
    ["WASHINGTON, March 4, 2024 — Talks resumed on Monday.", "2024-03-04"],
    ["Orvane (Reuters), Sept. 12, 2023 - The council met.", "2023-09-12"],
    ["4 March 2024. – The envoy arrived.", "2024-03-04"],
    ["22 août 2012, Orvane. - Le parti a exclu un accord.", "2012-08-22"],
    ["Une fusée privée a décollé ce matin.\n\n22 mai 2012. - Le lancement avait été reporté.", "2012-05-22"],
    // sentences and later dates are no datelines
    ["Le 22 mai 2012, le lancement a été reporté.", null],
    ["Le lancement, prévu le 22 mai 2012, a été reporté.", null],
    ["22 mai : la fusée décolle.", null],
    ["31 février 2012. - Une date impossible.", null],
    ["Talks resumed.\n\nThey went on.\n\n4 March 2024. – The envoy arrived.", null],
  ];
  for (const [text, value] of cases) assert.equal(datelineDate(text)?.value ?? null, value, text);
});

test("a dateline ended by a dash is cut off from the sentence it opens", () => {
  const cases: [string, string][] = [
    ["WASHINGTON (Reuters) - Talks resumed.", "WASHINGTON (Reuters) - "],
    ["LAGOS, Oct 3 (Reuters) - The port reopened.", "LAGOS, Oct 3 (Reuters) - "],
    ["Séoul, 14 mars 2025 — La frontière a rouvert.", "Séoul, 14 mars 2025 — "],
    ["Le 22 mai 2012, le lancement a été reporté.", ""],
  ];
  for (const [text, dateline] of cases) assert.equal(text.slice(0, datelineLength(text)), dateline, text);
});
