import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Command, Option } from "commander";
import { DossierError } from "../../errors.ts";
import {
  loadWikinewsQuotes,
  NEWSAGENCY_FR_GOLD_DIR,
  WIKINEWS_FR_GOLD_DIR,
  WIKINEWS_GOLD_DIR,
} from "../../eval/wikinews.ts";
import { evaluateQuotes, formatEvaluation, loadGgt, loadPolnear } from "../../quotes/eval.ts";
import { scoreExamples } from "../../quotes/examples.ts";
import { quoteRunner } from "../../quotes/run.ts";
import { action, group } from "../run.ts";
import { corporaRoot } from "./eval.ts";

/** `dossier eval quotes --dataset ggt|polnear|wikinews|examples [--split …]`. */
export function register(program: Command): void {
  group(program, "eval", "score a stage against annotated data (test splits are reported, never tuned on)")
    .command("quotes")
    .description(
      "quote precision/recall/F1 (a gold quote is found when a predicted one covers > 30 % and > 80 % of its characters, the Gender Gap Tracker method), speaker accuracy, and PolNeAR source/cue figures",
    )
    .addOption(
      new Option(
        "--dataset <name>",
        "ggt (test only), polnear, wikinews (real English news annotated for this project, eval/wikinews-en), wikinews-fr (real French news, eval/wikinews-fr), newsagency-fr (French agency dispatches of 1900–1999, OCR'd, eval/newsagency-fr; dev only), or examples (the sample corpus)",
      )
        .choices(["ggt", "polnear", "wikinews", "wikinews-fr", "newsagency-fr", "examples"])
        .default("ggt"),
    )
    .addOption(
      new Option(
        "--split <split>",
        "PolNeAR: train, dev or test (default); wikinews: dev (default), held, held2 or all; wikinews-fr: held (default), dev or all; newsagency-fr: dev",
      ).choices(["train", "dev", "test", "held", "held2", "all"]),
    )
    .option("--limit <n>", "score only the first n articles")
    .option("--errors <n>", "print up to n speaker errors", "0")
    .option("--misses <n>", "print up to n gold quotes no prediction covers (> 30 %)", "0")
    .option("--no-syntax", "skip the tagger and parser (faster; the default pipeline runs them)")
    .action(
      action(
        (flags: {
          dataset: string;
          split?: string;
          limit?: string;
          errors: string;
          misses: string;
          syntax?: boolean;
        }) => {
          const run = quoteRunner({ syntax: flags.syntax });
          if (flags.dataset === "examples") {
            const root = new URL("../../../examples/", import.meta.url).pathname;
            const s = scoreExamples(root, run);
            process.stdout.write(
              `examples/: ${s.files} articles, ${s.expected} expected quotes; found ${s.found}, kind right ${s.kindRight}, speaker right ${s.speakerRight}, extra ${s.extra}\n`,
            );
            for (const m of s.misses.slice(0, Number(flags.errors))) process.stdout.write(`  ${m}\n`);
            return;
          }
          const agency = flags.dataset === "newsagency-fr";
          const wikinews = flags.dataset.startsWith("wikinews") || agency;
          const french = flags.dataset === "wikinews-fr" || agency;
          const split =
            flags.split ??
            (flags.dataset === "wikinews" || agency
              ? "dev"
              : flags.dataset === "wikinews-fr"
                ? "held"
                : "test");
          const allowed = wikinews ? ["dev", "held", "held2", "all"] : ["train", "dev", "test"];
          if (flags.dataset !== "ggt" && !allowed.includes(split))
            throw new DossierError("E_USAGE", `--split for ${flags.dataset} is one of ${allowed.join(", ")}`);
          const dir =
            flags.dataset === "ggt"
              ? join(corporaRoot(), "quotes/ggt-en")
              : flags.dataset === "polnear"
                ? join(corporaRoot(), "quotes/polnear/data")
                : corporaRoot();
          if (!existsSync(dir))
            throw new DossierError("E_DATASET_MISSING", `${dir} is not there (set DOSSIER_CORPORA)`);
          let articles =
            flags.dataset === "ggt"
              ? loadGgt(dir)
              : flags.dataset === "polnear"
                ? loadPolnear(dir, split)
                : loadWikinewsQuotes(
                    dir,
                    split,
                    agency ? NEWSAGENCY_FR_GOLD_DIR : french ? WIKINEWS_FR_GOLD_DIR : WIKINEWS_GOLD_DIR,
                    agency ? "fr-plaintext" : french ? "fr" : "en",
                  );
          if (flags.limit) articles = articles.slice(0, Number(flags.limit));
          const t0 = process.hrtime.bigint();
          const ev = evaluateQuotes(articles, (text) => run(text, french ? "fr" : "en"));
          const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
          const name =
            flags.dataset === "ggt"
              ? "GGT (test)"
              : flags.dataset === "polnear"
                ? `PolNeAR ${split}`
                : agency
                  ? `News agency FR ${split}`
                  : `Wikinews ${french ? "FR" : "EN"} ${split}`;
          process.stdout.write(
            `${formatEvaluation(name, ev)}\n(${seconds.toFixed(1)} s with the front end and entity stages)\n`,
          );
          for (const e of ev.speakerErrors.slice(0, Number(flags.errors))) process.stdout.write(`  ${e}\n`);
          for (const m of ev.missed.slice(0, Number(flags.misses))) process.stdout.write(`  missed ${m}\n`);
        },
      ),
    );
}
