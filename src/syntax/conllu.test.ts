import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConllu, sentenceComment, writeConllu } from "./conllu.ts";
import { TINY_FR } from "./fixtures/tiny.ts";

test("CoNLL-U round-trips exactly, multiword tokens and comments included", () => {
  const sentences = parseConllu(TINY_FR);
  assert.equal(sentences.length, 4);
  assert.equal(writeConllu(sentences), TINY_FR);
  const s = sentences[1];
  assert.equal(sentenceComment(s, "text"), "La ministre parle du budget.");
  assert.deepEqual(
    s.multiwords.map((m) => [m.first, m.last, m.form]),
    [[4, 5, "du"]],
  );
  assert.equal(s.words.length, 7);
  assert.equal(s.words[5].head, 3);
});

test("empty nodes and underscores survive a round trip", () => {
  const text =
    "# sent_id = e\n1\tJe\t_\t_\t_\t_\t_\t_\t_\t_\n1.1\tvais\taller\tVERB\t_\t_\t_\t_\t0:root\t_\n2\tlà\tlà\tADV\t_\t_\t0\troot\t_\t_\n\n";
  const [s] = parseConllu(text);
  assert.equal(s.words.length, 2);
  assert.equal(s.words[0].head, -1);
  assert.equal(writeConllu([s]), text);
});
