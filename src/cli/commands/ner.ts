import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { DossierError } from "../../errors.ts";
import { requireSupported } from "../../lang/index.ts";
import { modelCard } from "../../ner/card.ts";
import { twoLevelClusters } from "../../ner/clusters.ts";
import { labelConll } from "../../ner/conll-io.ts";
import { evalSet, loadNerFile } from "../../ner/datasets.ts";
import type { FeatureResources } from "../../ner/features.ts";
import { buildGazetteer, namesOf } from "../../ner/gazetteer.ts";
import { readModelFile, repackModel } from "../../ner/model.ts";
import { conllScores, formatScores } from "../../ner/score.ts";
import { type Convention, loadTagger, nerTagger } from "../../ner/tagger.ts";
import { trainNer } from "../../ner/train.ts";
import { readUnlabelled } from "../../ner/unlabelled.ts";
import { action, group } from "../run.ts";

/** A model file's bytes, or a coded error. */
function readModelBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new DossierError("E_MODEL_LOAD", `${path}: ${(err as Error).message}`);
  }
}

function tagger(lang: string, model?: string) {
  return model ? loadTagger(model) : nerTagger(lang);
}

/** `dossier ner`, `dossier train ner`, `dossier eval ner`. */
export function register(program: Command): void {
  program
    .command("ner")
    .description("tag a CoNLL file: each line comes back with a TAB and its IOB2 label")
    .requiredOption(
      "--conll <file>",
      "tab-separated tokens (first column), blank line between sentences, - for stdin",
    )
    .requiredOption("--lang <lang>", "fr or en")
    .option("--model <path>", "model file (default: models/ner-<lang>.bin)")
    .option(
      "--column <n>",
      "0-based token column, or auto (index TAB token files are read from column 1)",
      "auto",
    )
    .option(
      "--convention <name>",
      "span convention: news (names only), hipe (titles and functions inside person spans), or auto (hipe for HIPE .tsv input with a TOKEN header)",
      "auto",
    )
    .action(
      action((opts: { conll: string; lang: string; model?: string; column: string; convention: string }) => {
        const lang = requireSupported(opts.lang);
        const column = opts.column === "auto" ? "auto" : Number(opts.column);
        if (column !== "auto" && !(Number.isInteger(column) && column >= 0))
          throw new DossierError("E_USAGE", "--column must be auto or a column number");
        if (opts.conll !== "-" && !existsSync(opts.conll))
          throw new DossierError("E_INPUT_NOT_FOUND", `${opts.conll}: no such file`);
        const input = readFileSync(opts.conll === "-" ? 0 : opts.conll, "utf8");
        if (!["auto", "news", "hipe"].includes(opts.convention))
          throw new DossierError("E_USAGE", "--convention must be auto, news or hipe");
        const convention: Convention =
          opts.convention === "auto"
            ? input.startsWith("TOKEN\t")
              ? "hipe"
              : "news"
            : (opts.convention as Convention);
        const t = tagger(lang, opts.model);
        process.stdout.write(labelConll(input, (sentences) => t.tagIob(sentences, 0, convention), column));
      }),
    );

  group(program, "train", "rebuild a model from annotated data (see the model cards in models/)")
    .command("ner")
    .description(
      "train the NER tagger (averaged perceptron), print dev F1 per epoch, write the model and its card",
    )
    .requiredOption("--lang <lang>", "fr or en")
    .requiredOption(
      "--train <files...>",
      "CoNLL (idx TAB token TAB label, or token … label) or HIPE .tsv files; FILE@a:b keeps a slice, FILE@xN repeats the file",
    )
    .option("--dev <files...>", "held-out files, same formats (required unless --refit)")
    .option(
      "--refit",
      "final fit: train exactly --epochs epochs on --train and keep the last one (no dev selection; give the epoch count chosen on dev and add the dev files to --train)",
    )
    .requiredOption("--out <path>", "model file to write (the card goes beside it as .md)")
    .option("--epochs <n>", "passes over the training data", "12")
    .option("--seed <n>", "shuffling seed", "1")
    .option("--no-gazetteer", "train without gazetteer features")
    .option("--names", "add the training data's names to the gazetteer (jackknifed; did not help on dev)")
    .option("--unlabelled <paths...>", "unlabelled text (files or folders) to learn word clusters from")
    .option(
      "--clusters-from <model>",
      "reuse the word classes stored in an existing model (keeps a retrained model comparable)",
    )
    .option(
      "--names-from <files...>",
      "gazetteer of the names in these annotated files (other corpora's training data, never a test split)",
    )
    .option("--non-local", "document-level features (other occurrences of the same word)")
    .option("--train-beam <n>", "beam width while training (early update)", "1")
    .option("--dev-beam <n>", "beam width when scoring the dev set", "1")
    .option("--seeds <n>", "average the best-epoch weights of n runs with seeds seed, seed+1, …", "1")
    .option("--prune <x>", "drop weight rows whose largest absolute weight is below x", "0")
    .action(
      action(
        (opts: {
          lang: string;
          train: string[];
          dev?: string[];
          refit?: boolean;
          out: string;
          epochs: string;
          seed: string;
          gazetteer: boolean;
          names: boolean;
          unlabelled?: string[];
          clustersFrom?: string;
          namesFrom?: string[];
          nonLocal?: boolean;
          trainBeam: string;
          devBeam: string;
          seeds: string;
          prune: string;
        }) => {
          const lang = requireSupported(opts.lang);
          const train = opts.train.flatMap(loadNerFile);
          if (!opts.refit && !opts.dev?.length)
            throw new DossierError(
              "E_USAGE",
              "--dev is required (or --refit for a final fit without selection)",
            );
          // A refit selects nothing on dev: every epoch is kept in turn, the last one wins.
          const dev = opts.refit ? [] : (opts.dev ?? []).flatMap(loadNerFile);
          let clusters: Map<string, number> | null = null;
          if (opts.clustersFrom) clusters = readModelFile(opts.clustersFrom).clusters;
          else if (opts.unlabelled?.length) {
            const sentences = opts.unlabelled.flatMap((p) => readUnlabelled(p, lang));
            const n = sentences.reduce((k, s) => k + s.length, 0);
            console.log(`word clusters from ${sentences.length} sentences (${n} tokens)`);
            clusters = twoLevelClusters(sentences, { log: (l) => console.log(l) });
          }
          const resources: FeatureResources = {
            gazetteer: opts.gazetteer ? buildGazetteer(lang) : null,
            clusters,
            nonLocal: Boolean(opts.nonLocal),
          };
          const externalNames = opts.namesFrom?.length
            ? namesOf(opts.namesFrom.flatMap(loadNerFile))
            : undefined;
          const command = `dossier ${process.argv.slice(2).join(" ")}`;
          const tokens = (docs: typeof train) =>
            docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
          console.log(
            `training ${lang}: ${train.length} documents (${tokens(train)} tokens), dev ${dev.length} (${tokens(dev)} tokens)`,
          );
          const result = trainNer({
            lang,
            train,
            dev,
            resources,
            epochs: Number(opts.epochs),
            seed: Number(opts.seed),
            log: (l) => console.log(l),
            names: opts.names,
            externalNames,
            seeds: Number(opts.seeds),
            trainBeam: Number(opts.trainBeam),
            devBeam: Number(opts.devBeam),
            prune: Number(opts.prune),
            training: {
              train: opts.train,
              dev: opts.refit ? [] : opts.dev,
              namesFrom: opts.namesFrom,
              ...(opts.refit ? { refit: true } : {}),
            },
          });
          writeFileSync(opts.out, result.bytes);
          // With several runs the last dev score is the averaged model's.
          const finalF1 =
            Number(opts.seeds) > 1
              ? result.devF1[result.devF1.length - 1]
              : result.devF1[result.bestEpoch - 1];
          const cardPath = opts.out.replace(/\.bin$/, "") + ".md";
          writeFileSync(
            cardPath,
            modelCard({
              lang,
              command,
              train: opts.train,
              dev: opts.refit ? [] : (opts.dev ?? []),
              unlabelled: opts.clustersFrom ? [`word classes of ${opts.clustersFrom}`] : opts.unlabelled,
              result,
              bytes: result.bytes.length,
            }),
          );
          console.log(
            `best epoch ${result.bestEpoch}: dev F1 ${finalF1.toFixed(2)}; wrote ${opts.out} (${(result.bytes.length / 1e6).toFixed(1)} MB) and ${cardPath}`,
          );
        },
      ),
    );

  group(program, "train", "rebuild a model from annotated data (see the model cards in models/)")
    .command("ner-prune")
    .description("rewrite an NER model without its smallest weight rows (no training): smaller and faster")
    .requiredOption("--model <path>", "model file to read")
    .requiredOption("--prune <x>", "drop weight rows whose largest absolute weight is below x")
    .option("--decode-beam <n>", "beam width stored in the model for decoding")
    .requiredOption("--out <path>", "model file to write")
    .action(
      action((opts: { model: string; prune: string; decodeBeam?: string; out: string }) => {
        const prune = Number(opts.prune);
        if (!(prune >= 0)) throw new DossierError("E_USAGE", `--prune: not a number ≥ 0: ${opts.prune}`);
        const bytes = repackModel(
          readModelBytes(opts.model),
          prune,
          opts.decodeBeam ? Number(opts.decodeBeam) : undefined,
        );
        writeFileSync(opts.out, bytes);
        console.log(`wrote ${opts.out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
      }),
    );

  group(program, "eval", "score a stage against a dataset")
    .command("ner")
    .description("conlleval-style precision, recall and F1 per type and micro (exact span and type)")
    .requiredOption("--lang <lang>", "fr or en")
    .requiredOption("--dataset <name>", "conll, wikineural or hipe")
    .option("--split <split>", "dev or test", "test")
    .option("--model <path>", "model file (default: models/ner-<lang>.bin)")
    .action(
      action((opts: { lang: string; dataset: string; split: string; model?: string }) => {
        const lang = requireSupported(opts.lang);
        if (opts.split !== "dev" && opts.split !== "test")
          throw new DossierError("E_USAGE", `--split must be dev or test`);
        const set = evalSet(opts.dataset, opts.split);
        const t0 = performance.now();
        const t = tagger(lang, opts.model);
        const loadMs = performance.now() - t0;
        // Warm the JIT on a slice first, so the figure is the steady-state speed.
        for (const d of set.docs.slice(0, 50)) t.tagIob(d.sentences.map((s) => s.words));
        const t1 = performance.now();
        const pred = set.docs.flatMap((d) =>
          t.tagIob(
            d.sentences.map((s) => s.words),
            d.style,
            opts.dataset === "hipe" ? "hipe" : "news",
          ),
        );
        const ms = performance.now() - t1;
        const gold = set.docs.flatMap((d) => d.sentences.map((s) => s.labels));
        const scores = conllScores(gold, pred, set.types);
        console.log(set.name + (set.note ? ` — ${set.note}` : ""));
        console.log(formatScores(scores));
        if (opts.dataset === "hipe") {
          const core = conllScores(gold, pred, ["PER", "LOC", "ORG"]);
          console.log(
            `PER/LOC/ORG only: precision ${core.micro.precision.toFixed(2)}%; recall ${core.micro.recall.toFixed(2)}%; FB1 ${core.micro.f1.toFixed(2)}`,
          );
        }
        console.log(
          `model load ${loadMs.toFixed(0)} ms; tagging (one core, after warm-up) ${Math.round(scores.tokens / (ms / 1000))} tokens/s`,
        );
      }),
    );
}
