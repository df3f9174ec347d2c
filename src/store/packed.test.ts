import assert from "node:assert/strict";
import { test } from "node:test";
import { TokenTable } from "../doc/tokens.ts";
import type { Token } from "../doc/types.ts";
import { isPacked, packTokens, packTokenTable, tokenCount, unpackDocument, unpackTokens } from "./packed.ts";

const text = "Le ministre a signé.";

test("token objects survive packing, absent attributes stay absent", () => {
  const tokens: Token[] = [
    { start: 0, end: 2, text: "Le", pos: "DET", lemma: "le", head: 1 },
    { start: 3, end: 11, text: "ministre", pos: "NOUN", feats: "Gender=Masc", head: 3 },
    { start: 12, end: 13, text: "a", pos: "AUX", lemma: "avoir", head: 3 },
    { start: 14, end: 19, text: "signé", pos: "VERB", lemma: "signer", head: -1 },
  ];
  const blob = packTokens(tokens, text);
  assert.ok(blob);
  assert.equal(tokenCount(blob), 4);
  assert.deepEqual(unpackTokens(blob, text), tokens);
  // At an odd offset, as a buffer from SQLite may come.
  const shifted = new Uint8Array(blob.length + 1);
  shifted.set(blob, 1);
  assert.deepEqual(unpackTokens(shifted.subarray(1), text), tokens);
});

test("texts that are not the slice at the offsets, extra attributes, empty layers", () => {
  const odd: Token[] = [
    { start: 0, end: 2, text: "LE", norm: "le", sentence: 0, i: 0, space: true },
    { start: 3, end: 11, text: "ministre", sentence: 0, i: 1, space: false },
  ];
  assert.deepEqual(unpackTokens(packTokens(odd, text)!, text), odd);
  assert.deepEqual(unpackTokens(packTokens([], text)!, text), []);
  assert.deepEqual(unpackTokens(packTokens([{ start: 0, end: 2 } as Token], text)!, text), [
    { start: 0, end: 2 },
  ]);
});

test("what the format cannot keep is refused (the store keeps JSON then)", () => {
  assert.equal(packTokens([{ start: 0, end: 2, text: "Le", extra: 1 } as Token], text), null);
  assert.equal(packTokens([{ start: 0.5, end: 2, text: "Le" }], text), null);
  assert.equal(
    packTokens(
      [
        { start: 0, end: 2, text: "Le", head: 1 },
        { start: 3, end: 11, text: "ministre" },
      ],
      text,
    ),
    null,
  );
});

test("a token table packs to what TokenTable.get gives", () => {
  const table = TokenTable.from(
    [
      { start: 0, end: 2 },
      { start: 3, end: 11 },
    ],
    [0, 0],
  );
  table.pos = ["DET", "NOUN"];
  table.feats = ["", "Gender=Masc"];
  table.head = new Int32Array([1, -1]);
  const expected = [table.get(text, 0), table.get(text, 1)];
  assert.deepEqual(unpackTokens(packTokenTable(table), text), expected);
});

test("packed documents are told apart from plain ones and unpack whole", () => {
  const json = { id: "x", text, entities: [], quotes: [], events: [] } as never;
  const tokens = packTokens([{ start: 0, end: 2, text: "Le" }], text);
  assert.equal(isPacked(json), false);
  assert.equal(isPacked({ json, tokens }), true);
  assert.deepEqual(unpackDocument({ json, tokens }), {
    ...(json as object),
    tokens: [{ start: 0, end: 2, text: "Le" }],
  });
});
