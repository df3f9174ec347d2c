import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Command, Option } from "commander";
import { DossierError } from "../../errors.ts";
import { scoreSegmentation } from "../../eval/segment.ts";
import { action, group } from "../run.ts";

/** Where ../shared/corpora is: DOSSIER_CORPORA, else beside the repository. */
export function corporaRoot(): string {
  return process.env.DOSSIER_CORPORA ?? new URL("../../../../shared/corpora/", import.meta.url).pathname;
}

const TREEBANKS: Record<string, string> = { fr: "ud/fr-sequoia", en: "ud/en-ewt" };

export function register(program: Command): void {
  const evalCmd = group(
    program,
    "eval",
    "score a stage against annotated data (test splits are reported, never tuned on)",
  );
  evalCmd
    .command("segment")
    .description("sentence and token segmentation F1 against a UD treebank's raw text")
    .addOption(new Option("--lang <lang>", "language").choices(["fr", "en"]).default("fr"))
    .option("--treebank <dir>", "UD folder under the corpora root (default: ud/fr-sequoia or ud/en-ewt)")
    .addOption(new Option("--split <split>", "which split").choices(["train", "dev", "test"]).default("test"))
    .action(
      action((flags: { lang: string; treebank?: string; split: string }) => {
        const dir = join(corporaRoot(), flags.treebank ?? TREEBANKS[flags.lang]);
        if (!existsSync(dir))
          throw new DossierError("E_DATASET_MISSING", `${dir} is not there (set DOSSIER_CORPORA)`);
        const files = readdirSync(dir)
          .filter((f) => f.endsWith(`-${flags.split}.conllu`))
          .map((f) => join(dir, f));
        if (files.length === 0)
          throw new DossierError("E_DATASET_MISSING", `no *-${flags.split}.conllu in ${dir}`);
        const s = scoreSegmentation(files, flags.lang);
        const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
        process.stdout.write(
          `${files.map((f) => f.split("/").pop()).join(", ")} — ${s.documents} documents\n`,
        );
        process.stdout.write("            precision  recall      F1    gold\n");
        for (const [k, v] of [
          ["sentences", s.sentences],
          ["tokens", s.tokens],
        ] as const) {
          process.stdout.write(
            `${k.padEnd(12)}${pct(v.precision)}   ${pct(v.recall)}  ${pct(v.f1)}  ${String(v.gold).padStart(6)}\n`,
          );
        }
      }),
    );
}
