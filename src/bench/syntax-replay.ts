// `npx node src/bench/syntax-replay.ts [tagger|parser|both] [ROUNDS]`: the tagger and parser calls of
// the KB bench corpus (see kb-ingest.ts), recorded once through the default pipeline and replayed
// alone: best-of-ROUNDS CPU per article of this thread and a digest of every output. For A/B work on
// src/syntax: two runs whose digests agree annotated the corpus identically, and the per-stage
// figures are steadier than the whole pipeline's on a shared machine.
import { createHash } from "node:crypto";
import { articleDoc, defaultPipeline } from "../process.ts";
import { syntaxModels } from "../syntax/annotate.ts";
import { type ParseInput, Parser } from "../syntax/parser.ts";
import { Tagger } from "../syntax/tagger.ts";
import { kbCorpus } from "./kb-ingest.ts";

const which = process.argv[2] ?? "both";
const rounds = Number(process.argv[3] ?? 7);
const { articles } = await kbCorpus();

// Record the calls of one pass (up to the parser; later stages do not call them).
/** A sentence as the tagger reads it from a document: the text and its words' ranges. */
const tagCalls: { lang: string; text: string; starts: Int32Array; ends: Int32Array }[] = [];
const parseCalls: { lang: string; input: ParseInput }[] = [];
const tagRanges = Tagger.prototype.tagRanges;
const parse = Parser.prototype.parse;
Tagger.prototype.tagRanges = function (
  this: Tagger,
  text,
  starts,
  ends,
  from,
  to,
  upos,
  feats,
  lemma,
  lower,
) {
  tagCalls.push({
    lang: this.lang,
    text,
    starts: Int32Array.from({ length: to - from }, (_, i) => starts[from + i]),
    ends: Int32Array.from({ length: to - from }, (_, i) => ends[from + i]),
  });
  tagRanges.call(this, text, starts, ends, from, to, upos, feats, lemma, lower);
};
Parser.prototype.parse = function (this: Parser, input) {
  parseCalls.push({
    lang: this.lang,
    input: {
      forms: [...input.forms],
      upos: [...input.upos],
      feats: [...input.feats],
      lower: input.lower ? Int32Array.from(input.lower) : undefined,
    },
  });
  return parse.call(this, input);
};
const pipeline = defaultPipeline();
for (const a of articles) {
  let doc = articleDoc(a);
  for (const c of pipeline.components) {
    if (c.langs && (doc.lang == null || !c.langs.includes(doc.lang))) continue;
    doc = c.run(doc);
    for (const add of c.adds) doc.layers.add(add);
    if (c.name === "parser") break;
  }
}
Tagger.prototype.tagRanges = tagRanges;
Parser.prototype.parse = parse;

const cpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

function replayTagger(digest: boolean): string {
  const h = createHash("sha1");
  for (const c of tagCalls) {
    const { tagger } = syntaxModels(c.lang, false);
    const k = c.starts.length;
    const upos: string[] = new Array(k);
    const feats: string[] = new Array(k);
    const lemma: string[] = new Array(k);
    const lower = new Int32Array(k);
    tagger.tagRanges(c.text, c.starts, c.ends, 0, k, upos, feats, lemma, lower);
    if (digest) h.update(`${upos.join(" ")}\n${feats.join(" ")}\n${lemma.join(" ")}\n${lower.join(",")}\n`);
  }
  return h.digest("hex").slice(0, 12);
}

function replayParser(digest: boolean): string {
  const h = createHash("sha1");
  for (const c of parseCalls) {
    const out = syntaxModels(c.lang).parser!.parse(c.input);
    if (digest) h.update(`${out.head.join(",")}\n${out.deprel.join(" ")}\n`);
  }
  return h.digest("hex").slice(0, 12);
}

for (const [name, replay, calls] of [
  ["tagger", replayTagger, tagCalls.length],
  ["parser", replayParser, parseCalls.length],
] as const) {
  if (which !== "both" && which !== name) continue;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuMs();
    replay(false);
    best = Math.min(best, cpuMs() - t0);
  }
  console.log(
    `${name}: ${(best / articles.length).toFixed(3)} ms CPU/article (best of ${rounds}; ${calls} sentences) digest ${replay(true)}`,
  );
}
