// `npx node src/bench/identity.ts save|check FILE [--workers N] [--rounds R]`: the KB bench corpus
// through the default pipeline, for speed work that must not change a single annotation.
// `save` writes one line per article (the full document JSON, tokens included, and what the store
// receives from the extractor, unpacked); `check` compares against such a file and names the first
// differing articles. Both print the CPU time per article of every stage (best of R rounds, this
// thread only, so other load on the machine inflates it little).
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { toJSON } from "../doc/json.ts";
import { createExtractor, extractArticle } from "../extractor/extractor.ts";
import { articleDoc, defaultPipeline } from "../process.ts";
import { unpackDocument } from "../store/packed.ts";
import { kbCorpus } from "./kb-ingest.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    workers: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
  },
});
const [mode, file] = positionals;
if ((mode !== "save" && mode !== "check") || !file) {
  console.error("usage: identity.ts save|check FILE [--workers N] [--rounds R]");
  process.exit(2);
}

const { articles } = await kbCorpus();
const pipeline = defaultPipeline();

const cpuUs = () => {
  const u = process.threadCpuUsage();
  return u.user + u.system;
};

/** JSON with input paths relative to the corpus folder, so that two checkouts compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (key, v) =>
    key === "path" && typeof v === "string" ? v.replace(/^.*\/(corpora|examples)\//, "$1/") : v,
  );
}

/** Per-stage CPU (µs) of one pass over the corpus, and the pipeline's documents as JSON lines. */
function pass(): { stages: Map<string, number>; total: number; lines: string[] } {
  const stages = new Map<string, number>();
  const lines: string[] = [];
  let total = 0;
  for (const a of articles) {
    let doc = articleDoc(a);
    for (const c of pipeline.components) {
      if (c.langs && (doc.lang == null || !c.langs.includes(doc.lang))) continue;
      const t0 = cpuUs();
      doc = c.run(doc);
      const us = cpuUs() - t0;
      total += us;
      stages.set(c.name, (stages.get(c.name) ?? 0) + us);
      for (const add of c.adds) doc.layers.add(add);
    }
    lines.push(stable(toJSON(doc)));
  }
  return { stages, total, lines };
}

// --rounds 0: one untimed pass (a reference run).
const rounds = Number(values.rounds);
let best: ReturnType<typeof pass> | null = rounds === 0 ? pass() : null;
const bestStage = new Map<string, number>();
if (rounds > 0) pass(); // warm-up: models load, code compiles
for (let r = 0; r < rounds; r++) {
  const p = pass();
  if (!best || p.total < best.total) best = p;
  for (const [k, v] of p.stages) bestStage.set(k, Math.min(bestStage.get(k) ?? Infinity, v));
}
const n = articles.length;
console.log(
  `${n} articles; pipeline CPU ${(best!.total / 1000 / n).toFixed(2)} ms/article (best of ${Math.max(1, rounds)}, inline)`,
);
console.log([...bestStage].map(([k, v]) => `${k} ${(v / 1000 / n).toFixed(3)}`).join(" · "));

// What the store receives: through the workers when asked (tests the transfer format too).
const workers = Number(values.workers);
const extractor = createExtractor(workers);
const stored = await Promise.all(articles.map((a) => extractor.extract(a)));
await extractor.close();
const storedLines = stored.map((x) => stable(unpackDocument(x)));
// Inline extraction must give the same as the workers.
const inline = stable(unpackDocument(extractArticle(articles[0])));
if (inline !== storedLines[0]) console.log("MISMATCH: inline extraction differs from the workers'");

const out = best!.lines.map((line, i) => `${line}\n${storedLines[i]}`);
if (mode === "save") {
  writeFileSync(file, `${out.join("\n")}\n`);
  console.log(`saved ${n} articles to ${file}`);
} else {
  const expected = readFileSync(file, "utf8").split("\n");
  const got = `${out.join("\n")}\n`.split("\n");
  const bad: number[] = [];
  for (let i = 0; i < Math.max(expected.length, got.length); i++) if (expected[i] !== got[i]) bad.push(i);
  if (bad.length === 0) console.log(`IDENTICAL: ${n} articles`);
  else {
    console.log(
      `DIFFERENT: ${bad.length} lines, first articles ${[...new Set(bad.map((i) => i >> 1))].slice(0, 10).join(", ")}`,
    );
    process.exitCode = 1;
  }
}
