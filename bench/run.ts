// `npm run bench`: per-stage throughput of the default pipeline (see README, Benchmarks).
import { benchCorpus, formatBench, runBench } from "../src/bench/bench.ts";

const lang = (process.argv[2] ?? "all") as "fr" | "en" | "all";
const { name, articles } = benchCorpus(lang);
console.log(formatBench(runBench(articles, 3, name)));
