import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import type { Quote } from "../doc/types.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { tokens } from "../segment/3-tokens.ts";
import { annotateQuotes } from "./component.ts";
import { FIXTURES_EN } from "./fixtures/en.ts";
import { FIXTURES_FR } from "./fixtures/fr.ts";
import type { QuoteFixture } from "./fixtures/types.ts";
import { quoteRunner } from "./run.ts";

const norm = (s: string) =>
  s
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .replace(/^'+\s*|\s*'+$/g, "")
    .toLowerCase();

/** Keys a quote can be found by: its content start and each quoted fragment inside it. */
function keys(q: Quote): string[] {
  const out = [norm(q.text)];
  const re = /[«“"‹]\s*([^«»“”"‹›]+)/g;
  for (let m = re.exec(q.text); m; m = re.exec(q.text)) out.push(norm(m[1]));
  return out;
}

/** Segmentation and the quote stage only: the stage must do its work without the model stages. */
function run(f: QuoteFixture, lang: string): Doc {
  let doc = new Doc({ text: f.text, lang });
  for (const c of [paragraphs, sentences, tokens]) doc = c.run(doc);
  return annotateQuotes(doc);
}

function check(f: QuoteFixture, lang: string): void {
  const doc = run(f, lang);
  const used = new Set<number>();
  const problems: string[] = [];
  for (const e of f.quotes) {
    const key = norm(e.first);
    const k = doc.quotes.findIndex((q, i) => !used.has(i) && keys(q).some((x) => x.startsWith(key)));
    if (k < 0) {
      problems.push(`missing ${e.kind} "${e.first}"`);
      continue;
    }
    used.add(k);
    const q = doc.quotes[k];
    if (q.kind !== e.kind) problems.push(`"${e.first}": kind ${q.kind}, expected ${e.kind}`);
    const name = q.speaker?.name ?? null;
    if ((name === null) !== (e.speaker === null) || (name && e.speaker && norm(name) !== norm(e.speaker)))
      problems.push(`"${e.first}": speaker ${JSON.stringify(name)}, expected ${JSON.stringify(e.speaker)}`);
    if (e.role && norm(q.speaker?.role ?? "") !== norm(e.role))
      problems.push(
        `"${e.first}": role ${JSON.stringify(q.speaker?.role)}, expected ${JSON.stringify(e.role)}`,
      );
    if (e.affiliation && norm(q.speaker?.affiliation ?? "") !== norm(e.affiliation))
      problems.push(
        `"${e.first}": affiliation ${JSON.stringify(q.speaker?.affiliation)}, expected ${JSON.stringify(e.affiliation)}`,
      );
  }
  doc.quotes.forEach((q, i) => {
    if (!used.has(i) && q.kind !== "scare")
      problems.push(`extra ${q.kind} ${JSON.stringify(q.text)} (${q.speaker?.name ?? null})`);
  });
  const flags = doc.flags.filter((x) => x.kind === "unbalanced-quotes").length;
  if (flags !== (f.flags ?? 0)) problems.push(`${flags} unbalanced-quotes flags, expected ${f.flags ?? 0}`);
  assert.deepEqual(problems, [], `${f.id} (${f.covers})`);
}

for (const f of FIXTURES_FR)
  test(`fr fixture ${f.id}: ${f.covers}`, { skip: f.needsParse && "needs the parser" }, () => check(f, "fr"));
for (const f of FIXTURES_EN)
  test(`en fixture ${f.id}: ${f.covers}`, { skip: f.needsParse && "needs the parser" }, () => check(f, "en"));

test("the suites have at least 25 articles per language", () => {
  assert.ok(FIXTURES_FR.length >= 25);
  assert.ok(FIXTURES_EN.length >= 25);
});

test("with the tagger, parser and NER models (the default pipeline), ≥ 95 % of fixture speakers stay right", () => {
  const full = quoteRunner({ warn: () => {} });
  let total = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const [lang, suite] of [
    ["fr", FIXTURES_FR],
    ["en", FIXTURES_EN],
  ] as const) {
    for (const f of suite) {
      const doc = full(f.text, lang);
      for (const e of f.quotes) {
        total++;
        const key = norm(e.first);
        const q = doc.quotes.find((x) => keys(x).some((k) => k.startsWith(key)));
        const name = q?.speaker?.name ?? null;
        if (q && (name === e.speaker || (name && e.speaker && norm(name) === norm(e.speaker)))) right++;
        else
          wrong.push(`${f.id} "${e.first}": ${q ? JSON.stringify(name) : "missing"}, expected ${e.speaker}`);
      }
    }
  }
  assert.ok(right >= 0.95 * total, `${right}/${total}\n${wrong.join("\n")}`);
});
