import assert from "node:assert/strict";
import { test } from "node:test";
import { presentVerbForms, thirdPersonSingular } from "./verb-lexicon.ts";

test("English third person singular spelling", () => {
  assert.deepEqual(["ship", "carry", "push", "go", "say", "fix"].map(thirdPersonSingular), [
    "ships",
    "carries",
    "pushes",
    "goes",
    "says",
    "fixes",
  ]);
});

test("the lexicons list present-tense third-person forms of news verbs", () => {
  const fr = presentVerbForms("fr");
  for (const f of ["livre", "livrent", "rencontre", "sanctionne", "fournit"]) assert.ok(fr.has(f), f);
  assert.deepEqual(fr.get("livre"), ["livrer"]);
  assert.ok(!fr.has("livrons"), "first person plural is not listed");
  const en = presentVerbForms("en");
  for (const f of ["ships", "signs", "sanctions", "hosts"]) assert.ok(en.has(f), f);
  assert.deepEqual(en.get("carries"), ["carry"]);
  assert.equal(presentVerbForms("de").size, 0);
});
