import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { toJSON } from "../doc/json.ts";
import type { Flag } from "../doc/types.ts";
import { validateDocument } from "../doc/validate.ts";
import { parseNewsRecord } from "../ingest/record.ts";
import { type Component, Pipeline } from "../pipeline/pipeline.ts";
import { langid } from "../segment/0-langid.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { flags } from "./component.ts";

const pipeline = new Pipeline([langid, paragraphs, sentences, flags]);

function run(text: string, lang: "fr" | "en", extra: Component[] = []): Doc {
  const p = extra.length ? new Pipeline([langid, paragraphs, sentences, ...extra, flags]) : pipeline;
  const doc = p.run(new Doc({ text, lang }));
  assert.deepEqual(validateDocument(toJSON(doc)), []);
  return doc;
}

function kinds(list: Flag[]): string[] {
  return list.map((f) => `${f.kind}:${f.message.slice(f.message.indexOf('"'))}`);
}

test("French glitches are flagged with their offsets", () => {
  const text =
    "Le ministre a confirmé la visite. la délégation arrivera mardi [and] restera trois jours.\n\n" +
    "« Nous parlerons de commerce, de commerce, et de sécurité », a-t-il dit.\n\n" +
    "Selon la Citadelle, les dirigeants discuteront « du partenariat. Rien n'est signé.\n\n" +
    "La visite should be courte, selon un diplomate qui a parlé du budget annuel du ministère et du budget annuel du ministère.";
  const doc = run(text, "fr");
  assert.deepEqual(kinds(doc.flags), [
    'mt-lowercase-restart:"la délégation arrivera mardi [and] restera trois jours"',
    'mt-untranslated:"[and]"',
    'mt-duplicate:"de commerce"',
    'unbalanced-quotes:"« du partenariat."',
    'mt-untranslated:"should be"',
    'mt-duplicate:"du budget annuel du ministère"',
  ]);
  for (const f of doc.flags) assert.ok(f.end > f.start && f.end <= text.length);
  assert.equal(text.slice(doc.flags[1].start, doc.flags[1].end), "[and]");
});

test("English glitches are flagged", () => {
  const text =
    "The minister confirmed the visit. the delegation will stay three days [et] visit the province.\n\n" +
    "“We will talk about trade, about trade, and security,” he said.\n\n" +
    "According to the Citadel, the leaders will discuss “the partnership. Nothing is signed.\n\n" +
    'The visit will be short, "a diplomat said.';
  assert.deepEqual(kinds(run(text, "en").flags), [
    'mt-lowercase-restart:"the delegation will stay three days [et] visit the province"',
    'mt-untranslated:"[et]"',
    'mt-duplicate:"about trade"',
    'unbalanced-quotes:"“the partnership."',
    'unbalanced-quotes:"""',
  ]);
});

test("clean text gets no flags", () => {
  const fr = [
    "M. Dupont a rencontré le général de Gaulle, etc. et d'autres. Il a dit : « Vraiment ? » a-t-il demandé.",
    "Pourquoi ? demande-t-il. Le gén. Vrenko est parti. Les prix montent de plus en plus, très, très vite.",
    "« Tashgard cherche un débouché.\n\n« Orvane gagne du temps », explique la chercheuse.",
    "Le Meridian Post et l'Atlantic Security Institute ont publié [sic] un rapport [1] sur Charles de la Tour.",
    "Il a dit « we shall overcome » en anglais. Son iPhone. eBay. Le 3 mars. Rien.",
  ].join("\n\n");
  assert.deepEqual(run(fr, "fr").flags, []);
  const en = [
    "Mr. Smith met Gen. Vrenko at 10 a.m. on Tuesday. U.S. officials said it was very, very serious.",
    'The report, by Charles de Gaulle Institute, said “the deal is done.” She said "no."',
    "“Tashgard wants a port.\n\n“Orvane buys time,” the researcher said. The iPhone sold well. eBay did too.",
    "Prices rose step by step, little by little. He wrote “c'est la vie” in French.",
  ].join("\n\n");
  assert.deepEqual(run(en, "en").flags, []);
});

test("unbalanced quotes already flagged by the quotes stage are not flagged twice", () => {
  const quotesStage: Component = {
    name: "quotes-stub",
    needs: ["sentences"],
    adds: [],
    run(doc) {
      const at = doc.text.indexOf("«");
      doc.flags.push({
        start: at,
        end: at + 1,
        kind: "unbalanced-quotes",
        message: "opening « never closed",
      });
      return doc;
    },
  };
  const doc = run("Il a parlé « du partenariat. Rien n'est signé.", "fr", [quotesStage]);
  assert.equal(doc.flags.filter((f) => f.kind === "unbalanced-quotes").length, 1);
});

test("the sample corpus: the two MT files get their four glitches, the other 26 files none", () => {
  const root = new URL("../../examples/", import.meta.url).pathname;
  const p = new Pipeline([langid, paragraphs, sentences, flags]);
  for (const lang of ["fr", "en"] as const) {
    for (const file of readdirSync(`${root}${lang}`).filter((f) => f.endsWith(".txt"))) {
      const record = parseNewsRecord(readFileSync(`${root}${lang}/${file}`, "utf8"));
      const doc = p.run(new Doc({ ...record, lang }));
      const found = doc.flags.map((f) => f.kind).sort();
      if (file.startsWith("14-")) {
        assert.deepEqual(
          found,
          ["mt-duplicate", "mt-lowercase-restart", "mt-untranslated", "unbalanced-quotes"],
          file,
        );
      } else assert.deepEqual(found, [], `${lang}/${file}: ${doc.flags.map((f) => f.message).join("; ")}`);
    }
  }
});

test("an untranslated clause, a sentence said twice, and titles left alone", () => {
  const doc = run(
    "Le porte-parole a affirmé que the agreement was signed in Tashgard, selon l'agence. " +
      "Les drones sont arrivés mardi. Les drones sont arrivés mardi. " +
      "Le club a chanté Gone with the Wind au dîner.",
    "fr",
  );
  assert.deepEqual(kinds(doc.flags), [
    'mt-untranslated:"the agreement was signed in"',
    'mt-duplicate:"Les drones sont arrivés mardi."',
  ]);
});
