import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { createPipeline } from "../pipeline/default.ts";
import { EN_SENTENCES, EN_TOKENS } from "./cases/en.ts";
import { FR_SENTENCES, FR_TOKENS } from "./cases/fr.ts";

const nlp = createPipeline({ until: "tokens" });

function sentencesOf(text: string, lang: string): string[] {
  const doc = nlp.run(new Doc({ text, lang }));
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

function tokensOf(text: string, lang: string): string {
  const doc = nlp.run(new Doc({ text, lang }));
  const out: string[] = [];
  for (let i = 0; i < doc.tokens.length; i++) out.push(doc.tokens.text(text, i));
  return out.join(" | ");
}

for (const [lang, sentenceCases, tokenCases] of [
  ["fr", FR_SENTENCES, FR_TOKENS],
  ["en", EN_SENTENCES, EN_TOKENS],
] as const) {
  describe(`segmentation ${lang}`, () => {
    for (const [text, expected] of sentenceCases) {
      test(`sentences: ${text.slice(0, 60)}`, () => assert.deepEqual(sentencesOf(text, lang), expected));
    }
    for (const [text, expected] of tokenCases) {
      test(`tokens: ${text}`, () => assert.equal(tokensOf(text, lang), expected));
    }
  });
}

test("at least 40 cases per language", () => {
  assert.ok(FR_SENTENCES.length + FR_TOKENS.length >= 40);
  assert.ok(EN_SENTENCES.length + EN_TOKENS.length >= 40);
});

test("tokens never cross sentence boundaries and offsets index the text", () => {
  const text = "« Oui. » Non ! L’É.-U. a dit 3,5 fois. Mr. Smith's.";
  const doc = nlp.run(new Doc({ text, lang: "fr" }));
  for (let i = 0; i < doc.tokens.length; i++) {
    const s = doc.sentences[doc.tokens.sentence[i]];
    assert.ok(doc.tokens.start[i] >= s.start && doc.tokens.end[i] <= s.end);
    assert.notEqual(doc.tokens.text(text, i).trim(), "");
  }
});
