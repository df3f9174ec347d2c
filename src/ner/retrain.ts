/**
 * Retrains an NER model reusing the word classes stored in an existing model
 * (word classes depend on the tokenizer of the day: reusing them keeps a
 * retrained model comparable), optionally with a gazetteer of names taken
 * from the training data of OTHER corpora (never a test split).
 *
 * @example
 * // npx node src/ner/retrain.ts --lang en --clusters-from models/ner-en.bin --epochs 16 \
 * //   --train A.conllu --dev B.conllu --names-from C.conllu D.tsv --out /tmp/ner-en.bin
 */
import { readFileSync, writeFileSync } from "node:fs";
import { modelCard } from "./card.ts";
import { loadNerFile } from "./datasets.ts";
import type { FeatureResources } from "./features.ts";
import { buildGazetteer, namesOf } from "./gazetteer.ts";
import { readModelFile, repackModel } from "./model.ts";
import { trainNer } from "./train.ts";

/** `--flag v1 v2 … --next …`, as the CLI's commander options take lists. */
function parseFlags(argv: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let key = "";
  for (const a of argv) {
    if (a.startsWith("--")) {
      key = a.slice(2);
      out[key] ??= [];
    } else if (key) out[key].push(a);
  }
  return out;
}

const flags = parseFlags(process.argv.slice(2));
const one = (k: string, fallback?: string) => flags[k]?.[0] ?? fallback;
const values = {
  lang: one("lang"),
  train: flags.train,
  dev: flags.dev,
  out: one("out"),
  epochs: one("epochs", "12"),
  seed: one("seed", "1"),
  "clusters-from": one("clusters-from"),
  "names-from": flags["names-from"],
};
const repack = one("repack");
if (repack) {
  // `--repack MODEL --prune X [--decode-beam K] --out PATH`: drop small rows of a trained model, no training.
  const beam = one("decode-beam");
  const bytes = repackModel(readFileSync(repack), Number(one("prune", "0")), beam ? Number(beam) : undefined);
  writeFileSync(values.out!, bytes);
  console.log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  process.exit(0);
}
const lang = values.lang!;
const train = values.train!.flatMap(loadNerFile);
const dev = values.dev!.flatMap(loadNerFile);
const clusters = values["clusters-from"] ? readModelFile(values["clusters-from"]).clusters : null;
const resources: FeatureResources = {
  gazetteer: buildGazetteer(lang),
  clusters,
  nonLocal: "non-local" in flags,
};
const externalNames = values["names-from"] ? namesOf(values["names-from"].flatMap(loadNerFile)) : undefined;
const tokens = (docs: typeof train) =>
  docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
console.log(
  `training ${lang}: ${train.length} documents (${tokens(train)} tokens), dev ${tokens(dev)} tokens`,
);
const result = trainNer({
  lang,
  train,
  dev,
  resources,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  seeds: Number(one("seeds", "1")),
  trainBeam: Number(one("train-beam", "1")),
  devBeam: Number(one("dev-beam", "1")),
  prune: Number(one("prune", "0")),
  log: (l) => console.log(l),
  externalNames,
  training: { train: values.train, dev: values.dev, namesFrom: values["names-from"] },
});
const out = values.out!;
writeFileSync(out, result.bytes);
const command = `npx node src/ner/retrain.ts ${process.argv.slice(2).join(" ")}`;
writeFileSync(
  out.replace(/\.bin$/, "") + ".md",
  modelCard({
    lang,
    command,
    train: values.train!,
    dev: values.dev!,
    unlabelled: values["clusters-from"] ? [`word classes of ${values["clusters-from"]}`] : undefined,
    result,
    bytes: result.bytes.length,
  }),
);
console.log(
  `best epoch ${result.bestEpoch}: dev F1 ${result.devF1[result.bestEpoch - 1].toFixed(2)}; wrote ${out}`,
);
