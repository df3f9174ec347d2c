import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { DossierError } from "../../errors.ts";
import { requireSupported } from "../../lang/index.ts";
import { annotateSentence, syntaxModels } from "../../syntax/annotate.ts";
import { parseConllu, writeConllu } from "../../syntax/conllu.ts";
import { DEFAULT_DATA, readTreebanks, udRoot } from "../../syntax/data.ts";
import { evaluateSyntax, runTrainParser, runTrainTagger } from "../../syntax/train.ts";
import { action, group } from "../run.ts";

function language(value: string): "fr" | "en" {
  return requireSupported(value);
}

function readInput(path: string): string {
  if (path === "-") return readFileSync(0, "utf8");
  if (!existsSync(path)) throw new DossierError("E_INPUT_NOT_FOUND", `${path}: no such file`);
  return readFileSync(path, "utf8");
}

/** Treebank files for `eval syntax`: a .conllu path, or a UD folder name and a split. */
function treebankFiles(lang: "fr" | "en", names: string[] | undefined, split: string): string[] {
  if (!names || names.length === 0) return split === "dev" ? DEFAULT_DATA[lang].dev : DEFAULT_DATA[lang].test;
  return names.map((name) => {
    if (name.endsWith(".conllu")) return name;
    const file = `${name.replace("-", "_")}-ud-${split}.conllu`;
    return join(udRoot(), name, file);
  });
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** `dossier parse`, `dossier train tagger|parser`, `dossier eval syntax`. */
export function register(program: Command): void {
  program
    .command("parse")
    .description(
      "tag, lemmatise and parse CoNLL-U with its gold word segmentation (writes CoNLL-U to stdout)",
    )
    .requiredOption("--conllu <file>", "CoNLL-U file, or - for stdin")
    .requiredOption("--lang <lang>", "fr or en")
    .action(
      action((opts: { conllu: string; lang: string }) => {
        const lang = language(opts.lang);
        const sentences = parseConllu(readInput(opts.conllu));
        const models = syntaxModels(lang);
        for (const s of sentences) annotateSentence(models, s, lang);
        process.stdout.write(writeConllu(sentences));
      }),
    );

  const train = group(
    program,
    "train",
    "rebuild a model from annotated data (see the model cards in models/)",
  );
  train
    .command("tagger")
    .description("train the UPOS/features tagger and lemmatiser on Universal Dependencies")
    .requiredOption("--lang <lang>", "fr or en")
    .option("--train <files...>", "training CoNLL-U files (default: see models/syntax-<lang>.md)")
    .option("--dev <files...>", "dev CoNLL-U files for epoch selection")
    .option("--out <path>", "output model file (default models/syntax-<lang>.tagger.bin)")
    .option("--epochs <n>", "training epochs", "10")
    .action(
      action((opts: { lang: string; train?: string[]; dev?: string[]; out?: string; epochs: string }) => {
        runTrainTagger({
          lang: language(opts.lang),
          train: opts.train,
          dev: opts.dev,
          out: opts.out,
          epochs: Number(opts.epochs),
          log,
        });
      }),
    );
  train
    .command("parser")
    .description("train the dependency parser on Universal Dependencies (jackknifed predicted tags)")
    .requiredOption("--lang <lang>", "fr or en")
    .option("--train <files...>", "training CoNLL-U files")
    .option("--dev <files...>", "dev CoNLL-U files for epoch selection")
    .option("--out <path>", "output model file (default models/syntax-<lang>.parser.bin)")
    .option("--tagger <path>", "tagger that tags the dev set (default models/syntax-<lang>.tagger.bin)")
    .option("--epochs <n>", "training epochs", "15")
    .option("--folds <n>", "jackknife folds for predicted training tags (1 = gold tags)", "5")
    .action(
      action(
        (opts: {
          lang: string;
          train?: string[];
          dev?: string[];
          out?: string;
          tagger?: string;
          epochs: string;
          folds: string;
        }) => {
          runTrainParser({
            lang: language(opts.lang),
            train: opts.train,
            dev: opts.dev,
            out: opts.out,
            tagger: opts.tagger,
            epochs: Number(opts.epochs),
            folds: Number(opts.folds),
            log,
          });
        },
      ),
    );

  group(program, "eval", "score a component against annotated data")
    .command("syntax")
    .description("UPOS accuracy, UAS and LAS on a UD treebank (gold segmentation)")
    .requiredOption("--lang <lang>", "fr or en")
    .option("--treebank <names...>", "UD folder names (fr-sequoia, en-ewt …) or .conllu files")
    .option("--split <split>", "dev or test", "test")
    .action(
      action((opts: { lang: string; treebank?: string[]; split: string }) => {
        const lang = language(opts.lang);
        if (opts.split !== "dev" && opts.split !== "test") {
          throw new DossierError("E_USAGE", `--split must be dev or test, not "${opts.split}"`);
        }
        const files = treebankFiles(lang, opts.treebank, opts.split);
        const gold = readTreebanks(files);
        const s = evaluateSyntax(syntaxModels(lang), gold, lang);
        const f = (x: number) => x.toFixed(2);
        process.stdout.write(
          `syntax ${lang} ${files.map((x) => x.split("/").pop()).join(" ")}: ${s.words} words\n` +
            `UPOS ${f(s.upos)}  UAS ${f(s.uas)}  LAS ${f(s.las)}  feats ${f(s.feats)}  lemma ${f(s.lemma)}  ` +
            `speed ${Math.round(s.speed)} words/s\n`,
        );
      }),
    );
}
