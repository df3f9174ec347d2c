import assert from "node:assert/strict";
import { test } from "node:test";
import { stringifyPretty } from "./json.ts";

test("stringifyPretty round-trips and keeps small flat objects on one line", () => {
  const value = {
    id: "x",
    source: { path: "a.txt" },
    sentences: [
      { start: 0, end: 3 },
      { start: 4, end: 9 },
    ],
    empty: [],
    none: null,
    quotes: [{ text: "« Oui »", speaker: null, cue: { start: 1, end: 2, text: "dit" } }],
    nested: [[1, 2], []],
  };
  const out = stringifyPretty(value);
  assert.deepEqual(JSON.parse(out), value);
  assert.match(out, /^ {4}\{ "start": 0, "end": 3 \},$/m);
  assert.match(out, /"cue": \{ "start": 1, "end": 2, "text": "dit" \}/);
});
