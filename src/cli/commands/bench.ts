import { type Command, Option } from "commander";
import { benchCorpus, formatBench, runBench } from "../../bench/bench.ts";
import { action } from "../run.ts";

export function register(program: Command): void {
  program
    .command("bench")
    .description("measure pipeline throughput: words/s per stage, articles/s, memory")
    .addOption(
      new Option("--lang <lang>", "which part of the corpus").choices(["fr", "en", "all"]).default("all"),
    )
    .option("--rounds <n>", "passes over the corpus", "3")
    .option("--limit <n>", "articles per language", "400")
    .action(
      action((flags: { lang: "fr" | "en" | "all"; rounds: string; limit: string }) => {
        const { name, articles } = benchCorpus(flags.lang, Number(flags.limit));
        process.stdout.write(`${formatBench(runBench(articles, Number(flags.rounds), name))}\n`);
      }),
    );
}
