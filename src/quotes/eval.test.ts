import assert from "node:assert/strict";
import { test } from "node:test";
import { sameSpeaker } from "./eval.ts";

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
