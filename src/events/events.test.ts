import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { Pipeline } from "../pipeline/pipeline.ts";
import { langid } from "../segment/0-langid.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { tokens } from "../segment/3-tokens.ts";
import { events } from "./component.ts";
import { ploverCategory } from "./ontology.ts";

const bare = new Pipeline([langid, paragraphs, sentences, tokens, events]);

test("a transfer without syntax or entities: source, target, items, modality", () => {
  const doc = bare.run(
    new Doc({ text: "La Karsanie a livré cinq drones à la Valdorie en échange de munitions.", lang: "fr" }),
  );
  const [give, back] = doc.events;
  assert.equal(give.type, "AID");
  assert.equal(give.source[0].name, "Karsanie");
  assert.equal(give.target[0].name, "Valdorie");
  assert.equal(give.modality, "delivered");
  assert.equal(back.type, "AID");
  assert.equal(back.source[0].name, "Valdorie");
});

test("PLOVER reduction of future cooperation", () => {
  assert.equal(ploverCategory({ type: "AID", modality: "pledged" }), "AGREE");
  assert.equal(ploverCategory({ type: "RETREAT", modality: "planned" }), "AGREE");
  assert.equal(ploverCategory({ type: "ASSAULT", modality: "planned" }), "THREATEN");
  assert.equal(ploverCategory({ type: "ASSAULT", modality: "hypothetical" }), "ASSAULT");
  assert.equal(ploverCategory({ type: "AGREE", modality: "negated" }), "REJECT");
});
