// `npx node src/syntax/speed.ts [rounds] [articles per language]`: throughput of the tagger and
// parser stages alone on the bench corpus (segmented once), CPU time per word, and a digest of their
// output, so that a speed change can be shown to keep predictions identical.
import { createHash } from "node:crypto";
import { benchCorpus } from "../bench/bench.ts";
import { Doc } from "../doc/doc.ts";
import { createPipeline } from "../pipeline/default.ts";
import { parser, tagger } from "./component.ts";

interface Pass {
  tagMs: number;
  parseMs: number;
  tagCpuUs: number;
  parseCpuUs: number;
}

const rounds = Number(process.argv[2] ?? 5);
const limit = Number(process.argv[3] ?? 400);
const segment = createPipeline({ until: "tokens" });
const docs = benchCorpus("all", limit)
  .articles.map((a) => segment.run(new Doc({ text: a.text })))
  .filter((d) => d.lang === "fr" || d.lang === "en");
const words = docs.reduce((s, d) => s + d.tokens.length, 0);

function pass(): Pass {
  const p: Pass = { tagMs: 0, parseMs: 0, tagCpuUs: 0, parseCpuUs: 0 };
  for (const d of docs) {
    let cpu = process.cpuUsage();
    let t0 = performance.now();
    tagger.run(d);
    p.tagMs += performance.now() - t0;
    let used = process.cpuUsage(cpu);
    p.tagCpuUs += used.user + used.system;
    cpu = process.cpuUsage();
    t0 = performance.now();
    parser.run(d);
    p.parseMs += performance.now() - t0;
    used = process.cpuUsage(cpu);
    p.parseCpuUs += used.user + used.system;
  }
  return p;
}

pass(); // loads the models and warms the caches
const passes = Array.from({ length: rounds }, pass);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perSecond = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString("en-US");
const nsPerWord = (us: number) => ((us * 1000) / words).toFixed(0);
const tagMs = median(passes.map((p) => p.tagMs));
const parseMs = median(passes.map((p) => p.parseMs));
console.log(`${docs.length} documents, ${words} words, median of ${rounds} rounds`);
console.log(
  `tagger ${perSecond(tagMs)} words/s (CPU ${nsPerWord(median(passes.map((p) => p.tagCpuUs)))} ns/word)  ` +
    `parser ${perSecond(parseMs)} words/s (CPU ${nsPerWord(median(passes.map((p) => p.parseCpuUs)))} ns/word)  ` +
    `both ${perSecond(tagMs + parseMs)} words/s`,
);
const digest = createHash("sha256");
for (const d of docs) {
  const t = d.tokens;
  for (let i = 0; i < t.length; i++)
    digest.update(`${t.pos?.[i]}\t${t.feats?.[i]}\t${t.lemma?.[i]}\t${t.head?.[i]}\t${t.dep?.[i]}\n`);
  digest.update("\n");
}
console.log(`output sha256 ${digest.digest("hex").slice(0, 16)}`);
