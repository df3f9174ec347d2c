import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { modelPath, syntaxModels } from "./annotate.ts";
import { DEFAULT_DATA, dataPath, readTreebanks } from "./data.ts";
import { evaluateSyntax } from "./train.ts";

for (const lang of ["fr", "en"] as const) {
  const dev = DEFAULT_DATA[lang].dev;
  const present = dev.every((f) => existsSync(dataPath(f))) && existsSync(modelPath(lang, "parser"));
  test(`committed ${lang} models score on the first 150 dev sentences`, { skip: !present }, () => {
    const gold = readTreebanks(dev).slice(0, 150);
    const s = evaluateSyntax(syntaxModels(lang), gold, lang);
    assert.ok(s.upos > 93, `UPOS ${s.upos}`);
    assert.ok(s.las > 75, `LAS ${s.las}`);
    assert.ok(s.lemma > 93, `lemma ${s.lemma}`);
  });
}
