import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { DossierError } from "../../errors.ts";
import { requireSupported } from "../../lang/index.ts";
import { loadNerFile } from "../../ner/datasets.ts";
import { readModelFile } from "../../ner/model.ts";
import { encodeRetyper, trainRetyper } from "../../ner/retype.ts";
import { jackknifeExamples } from "../../ner/retype-train.ts";
import { action, group } from "../run.ts";

/** `dossier train ner-retype`: the second-pass span re-typer of a NER model (src/ner/retype.ts). */
export function register(program: Command): void {
  group(program, "train", "rebuild a model from annotated data (see the model cards in models/)")
    .command("ner-retype")
    .description(
      "train the span re-typer (averaged perceptron over whole spans) on the spans jackknifed taggers find in the training files",
    )
    .requiredOption("--lang <lang>", "fr or en")
    .requiredOption("--train <files...>", "annotated files, as for `train ner` (FILE@a:b keeps a slice)")
    .requiredOption("--clusters-from <model>", "the NER model whose word classes the fold taggers use")
    .requiredOption("--out <path>", "re-typer file to write (X.retype.bin beside X.bin is loaded with it)")
    .option("--folds <n>", "jackknife folds", "2")
    .option("--fold-epochs <n>", "epochs of each fold tagger", "10")
    .option(
      "--fold-taggers <models...>",
      "fold tagger files, one per fold: read when they exist, else trained and written there",
    )
    .option("--epochs <n>", "re-typer epochs", "5")
    .option("--margin <x>", "override the tagger's type only when the re-typer prefers another by more", "0")
    .option("--bits <n>", "log2 of the hash buckets", "18")
    .option("--seed <n>", "seed of the fold taggers and the shuffles", "1")
    .option("--seeds <n>", "average the weights of n re-typer runs (shuffle seeds seed, seed+1, …)", "1")
    .option("--evidence", "also read the tagger's own type scores over the span (did not help on dev)")
    .action(
      action(
        (opts: {
          lang: string;
          train: string[];
          clustersFrom: string;
          out: string;
          folds: string;
          foldEpochs: string;
          foldTaggers?: string[];
          epochs: string;
          margin: string;
          bits: string;
          seed: string;
          seeds: string;
          evidence?: boolean;
        }) => {
          const lang = requireSupported(opts.lang);
          const folds = Number(opts.folds);
          if (!(folds >= 2)) throw new DossierError("E_USAGE", "--folds must be 2 or more");
          if (opts.foldTaggers && opts.foldTaggers.length !== folds)
            throw new DossierError("E_USAGE", "--fold-taggers needs one model per fold");
          const files = opts.train.map(loadNerFile);
          const examples = jackknifeExamples(
            files,
            {
              lang,
              folds,
              epochs: Number(opts.foldEpochs),
              seed: Number(opts.seed),
              clusters: readModelFile(opts.clustersFrom).clusters,
              evidence: opts.evidence === true,
              log: (l) => console.log(l),
            },
            opts.foldTaggers,
          );
          const bits = Number(opts.bits);
          const seeds = Number(opts.seeds);
          const weights = new Float32Array((1 << bits) * 4);
          for (let k = 0; k < seeds; k++) {
            const run = trainRetyper(examples, {
              epochs: Number(opts.epochs),
              seed: Number(opts.seed) + k,
              bits,
              log: (l) => console.log(`run ${k + 1}: ${l}`),
            });
            for (let i = 0; i < run.length; i++) weights[i] += run[i] / seeds;
          }
          const bytes = encodeRetyper(
            {
              lang,
              margin: Number(opts.margin),
              epochs: Number(opts.epochs),
              seeds,
              evidence: opts.evidence === true,
              examples: examples.length,
            },
            weights,
            bits,
          );
          writeFileSync(opts.out, bytes);
          console.log(`${examples.length} spans; wrote ${opts.out} (${(bytes.length / 1e3).toFixed(0)} kB)`);
        },
      ),
    );
}
