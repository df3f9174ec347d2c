import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Command, Option } from "commander";
import { Doc } from "../../doc/doc.ts";
import { DossierError } from "../../errors.ts";
import { loadWikinewsEvents } from "../../eval/wikinews.ts";
import { caseSnippets, ploverRecords, scoreCase, scorePlover } from "../../events/eval.ts";
import { createPipeline } from "../../pipeline/default.ts";
import { action, group } from "../run.ts";
import { corporaRoot } from "./eval.ts";

const PLOVER_FILE = "events/plover-gsr/gold_standard_records/PLOVER_GSR_CAMEO.txt";
const CASE_FILE = "events/case2021-task2/task2/test_dataset/test_set_final_release_with_labels.tsv";

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0).toFixed(1).padStart(5);

/**
 * `dossier eval events --dataset plover|wikinews|case2021 [--split …]`: type
 * and actor accuracy on the PLOVER gold records (even positions dev, odd
 * test) and on Wikinews sentences annotated the same way (dev, held), type
 * macro-F1 on CASE 2021 task 2 (test only).
 */
export function register(program: Command): void {
  const evalCmd = group(
    program,
    "eval",
    "score a stage against annotated data (test splits are reported, never tuned on)",
  );
  evalCmd
    .command("events")
    .description("event type and actor accuracy (PLOVER gold records) or type macro-F1 (CASE 2021 task 2)")
    .addOption(
      new Option(
        "--dataset <name>",
        "plover (gold records), wikinews (English news sentences annotated the same way, eval/wikinews-en) or case2021",
      )
        .choices(["plover", "wikinews", "case2021"])
        .default("plover"),
    )
    .addOption(
      new Option(
        "--split <split>",
        "PLOVER half: dev or test (default); wikinews: dev (default), held or all; CASE 2021: test only",
      ).choices(["dev", "test", "held", "all"]),
    )
    .option("--errors", "list the type errors (PLOVER)")
    .action(
      action((flags: { dataset: string; split?: string; errors?: boolean }) => {
        const split = flags.split ?? (flags.dataset === "wikinews" ? "dev" : "test");
        const allowed = {
          plover: ["dev", "test"],
          wikinews: ["dev", "held", "all"],
          case2021: ["test"],
        }[flags.dataset] ?? ["test"];
        if (!allowed.includes(split))
          throw new DossierError("E_USAGE", `--split for ${flags.dataset} is one of ${allowed.join(", ")}`);
        const nlp = createPipeline({ until: "dates" });
        const annotate = (text: string) => nlp.run(new Doc({ text, lang: "en" }));
        if (flags.dataset === "plover" || flags.dataset === "wikinews") {
          const file = join(corporaRoot(), PLOVER_FILE);
          if (flags.dataset === "plover" && !existsSync(file))
            throw new DossierError("E_DATASET_MISSING", `${file} is not there (set DOSSIER_CORPORA)`);
          const records =
            flags.dataset === "plover"
              ? ploverRecords(file, split as "dev" | "test")
              : loadWikinewsEvents(corporaRoot(), split);
          const s = scorePlover(records, annotate);
          process.stdout.write(
            `${flags.dataset === "plover" ? "PLOVER gold records" : "Wikinews EN records"}, ${split}: ${s.records} records\n`,
          );
          process.stdout.write(
            `type accuracy    ${pct(s.typeCorrect, s.records)} %  (${s.typeCorrect}/${s.records})\n`,
          );
          process.stdout.write(
            `source accuracy  ${pct(s.sourceCorrect, s.withSource)} %  (${s.sourceCorrect}/${s.withSource} with a gold source)\n`,
          );
          process.stdout.write(
            `target accuracy  ${pct(s.targetCorrect, s.withTarget)} %  (${s.targetCorrect}/${s.withTarget} with a gold target)\n`,
          );
          process.stdout.write(`no event found   ${s.noEvent}\n`);
          if (flags.errors)
            for (const e of s.errors)
              process.stdout.write(`${e.gold.padEnd(10)} ← ${e.predicted.padEnd(10)} ${e.text}\n`);
          return;
        }
        const file = join(corporaRoot(), CASE_FILE);
        if (!existsSync(file))
          throw new DossierError("E_DATASET_MISSING", `${file} is not there (set DOSSIER_CORPORA)`);
        const snippets = caseSnippets(file);
        const s = scoreCase(snippets, annotate);
        process.stdout.write(`CASE 2021 task 2 (test), ${s.snippets} snippets whose type maps to PLOVER\n`);
        process.stdout.write("type         P      R     F1   gold\n");
        for (const c of s.classes)
          process.stdout.write(
            `${c.label.padEnd(10)} ${pct(c.tp, c.tp + c.fp)}  ${pct(c.tp, c.tp + c.fn)}  ${(100 * c.f1).toFixed(1).padStart(5)}  ${String(c.tp + c.fn).padStart(5)}\n`,
          );
        process.stdout.write(
          `macro-F1   ${(100 * s.macroF1).toFixed(1)}   accuracy ${(100 * s.accuracy).toFixed(1)} %\n`,
        );
      }),
    );
}
