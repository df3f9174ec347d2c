import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { toJSON } from "../doc/json.ts";
import { validateDocument } from "../doc/validate.ts";
import { DossierError } from "../errors.ts";
import { createPipeline, defaultComponents } from "./default.ts";
import { type Component, Pipeline } from "./pipeline.ts";

test("a component whose needs no earlier component adds is refused with E_PIPELINE_NEEDS", () => {
  const needsTokens: Component = { name: "x", needs: ["tokens"], adds: [], run: (d) => d };
  assert.throws(
    () => new Pipeline([needsTokens]),
    (e: unknown) => e instanceof DossierError && e.code === "E_PIPELINE_NEEDS",
  );
});

test("the default pipeline is consistent and every stage has a unique name", () => {
  const names = defaultComponents().map((c) => c.name);
  assert.equal(new Set(names).size, names.length);
  assert.doesNotThrow(() => createPipeline());
});

test("language-specific stages are skipped for other languages, which are flagged", () => {
  const seen: string[] = [];
  const frOnly: Component = {
    name: "fr-only",
    needs: [],
    adds: [],
    langs: ["fr"],
    run: (d) => {
      seen.push(d.lang!);
      return d;
    },
  };
  const p = new Pipeline([...createPipeline().components, frOnly]);
  p.run(new Doc({ text: "Der Gipfel fand am Dienstag in Genf statt. Die Delegationen reisten früh an." }));
  assert.deepEqual(seen, []);
  const doc = p.run(
    new Doc({ text: "Der Gipfel fand am Dienstag in Genf statt. Die Delegationen reisten früh an." }),
  );
  assert.equal(doc.lang, "de");
  assert.equal(doc.flags[0].kind, "language");
  assert.ok(doc.sentences.length === 2, "language-independent stages still ran");
});

test("a declared language wins over detection", () => {
  const doc = createPipeline().run(new Doc({ text: "The summit opened on Tuesday in Geneva.", lang: "fr" }));
  assert.equal(doc.lang, "fr");
  const detected = createPipeline().run(
    new Doc({ text: "Le sommet s'est ouvert mardi à Genève, en présence des ministres." }),
  );
  assert.equal(detected.lang, "fr");
});

test("stage timings are recorded per component", () => {
  const p = createPipeline();
  p.run(new Doc({ text: "Un. Deux. Trois." }));
  for (const s of p.stats) assert.equal(s.docs, 1, s.name);
});

test("every produced document validates against the JSON Schema, compact or not", () => {
  const doc = createPipeline().run(
    new Doc({
      text: "« Nous avons reçu 325 000 obus », a-t-il déclaré.\n\nLe 🚀 ministre s'est dit « sceptique ».",
      title: "Un titre",
      date: { value: "2023-09", precision: "month" },
      source: { path: "x.txt" },
    }),
  );
  assert.deepEqual(validateDocument(toJSON(doc)), []);
  assert.deepEqual(validateDocument(toJSON(doc, { compact: true })), []);
  assert.equal(toJSON(doc, { compact: true }).tokens, undefined);
});

test("the content id is stable and depends on title and text only", () => {
  const a = new Doc({ text: "Même texte.", title: "T", source: { path: "a" } });
  const b = new Doc({ text: "Même texte.", title: "T", source: { url: "https://x" } });
  const c = new Doc({ text: "Même texte.", title: "U" });
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, c.id);
  assert.match(a.id, /^[0-9a-f]{20}$/);
});
