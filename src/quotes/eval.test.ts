import assert from "node:assert/strict";
import { test } from "node:test";
import { relativeAntecedent, sameSpeaker } from "./eval.ts";

test("sameSpeaker: one name's words inside the other's, articles aside, never a pronoun", () => {
  assert.equal(sameSpeaker("Jones", "Seth Jones"), true);
  assert.equal(
    sameSpeaker("porte-parole de la gendarmerie bretonne", "un porte-parole de la gendarmerie"),
    true,
  );
  assert.equal(sameSpeaker("an aide to the mayor", "aide to the mayor"), true);
  assert.equal(sameSpeaker("Ada Marsh", "Lena Marsh"), false);
  assert.equal(sameSpeaker("he", "Seth Jones"), false);
});

test("relativeAntecedent: a gold relative pronoun is our speaker's clause, not a looser match", () => {
  const text = "Ana Velmar, who said the bridge in Karsania would close.";
  assert.equal(relativeAntecedent(text, [[12, 15]], { start: 0, end: 10 }), true);
  assert.equal(relativeAntecedent(text, [[12, 15]], { start: 35, end: 43 }), false);
  assert.equal(relativeAntecedent("Ana Velmar said that", [[16, 20]], { start: 0, end: 10 }), false);
});
