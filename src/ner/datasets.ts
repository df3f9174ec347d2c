import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DossierError } from "../errors.ts";
import { type NerDocument, readBio, readConll, readHipe } from "./corpus.ts";

/** The repository root (two folders above src/ner). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** ../shared/corpora beside the repository, or $DOSSIER_CORPORA. */
export function corporaRoot(): string {
  return process.env.DOSSIER_CORPORA ?? resolve(REPO_ROOT, "..", "shared", "corpora");
}

export const NER_FILES = {
  conllTrain: "ner/conll2003-en-docs/data/conll/en/train.conllu",
  conllDev: "ner/conll2003-en-docs/data/conll/en/val.conllu",
  conllTest: "ner/conll2003-en-docs/data/conll/en/test.conllu",
  wikineuralVal: "ner/wikineural-fr/data/wikineural/fr/val.conllu",
  wikineuralTest: "ner/wikineural-fr/data/wikineural/fr/test.conllu",
  hipeTrain: "ner/hipe2020-fr-train-v0.9/data/training-v0.9/fr/HIPE-data-v0.9-train-fr.tsv",
  hipe2020Dev: "ner/hipe2022-fr/data/v2.1/hipe2020/fr/HIPE-2022-v2.1-hipe2020-dev-fr.tsv",
  hipe2020Test: "ner/hipe2022-fr/data/v2.1/hipe2020/fr/HIPE-2022-v2.1-hipe2020-test-fr.tsv",
  letempsDev: "ner/hipe2022-fr/data/v2.1/letemps/fr/HIPE-2022-v2.1-letemps-dev-fr.tsv",
  newseyeDev: "ner/hipe2022-fr/data/v2.1/newseye/fr/HIPE-2022-v2.1-newseye-dev-fr.tsv",
  newseyeDev2: "ner/hipe2022-fr/data/v2.1/newseye/fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv",
  europeanaFr: "ner/europeana-fr/enp_FR.bnf.bio/enp_FR.bnf.bio",
} as const;

/** Absolute path of a corpus file. */
export function corpusPath(rel: string): string {
  return join(corporaRoot(), rel);
}

/** The share of WikiNEuRal-fr val held out as French dev (the last tenth). */
export const WIKINEURAL_DEV_SLICE = "@0.9:1";
export const WIKINEURAL_TRAIN_SLICE = "@0:0.9";

/**
 * Reads an annotated NER file: HIPE TSV (header `TOKEN…` or `.tsv`), IO-tagged
 * `token TAG` lines (`.bio`, Europeana Newspapers) or tab-separated CoNLL. A suffix `@a:b` keeps the documents from fraction a to
 * b, so one file can give both a training part and a held-out dev slice;
 * `@xN` repeats the file N times (to weigh a small in-domain set);
 * `@partial:MISC` (comma-separated types, last suffix) declares types the file
 * never annotates, so training takes its O as « O or MISC » (partial labels).
 *
 * @example
 * loadNerFile("…/wikineural/fr/val.conllu@0.9:1"); // the last tenth
 * loadNerFile("…/enp_FR.bnf.bio@partial:MISC"); // Europeana, no MISC annotated
 */
export function loadNerFile(spec: string): NerDocument[] {
  const partial = /^(.*)@partial:([A-Z,]+)$/.exec(spec);
  if (partial) {
    const unannotated = partial[2].split(",").filter((t) => t !== "");
    return loadNerFile(partial[1]).map((d) => ({ ...d, unannotated }));
  }
  const rep = /^(.*)@x(\d+)$/.exec(spec);
  if (rep) {
    const docs = loadNerFile(rep[1]);
    return Array.from({ length: Number(rep[2]) }, () => docs).flat();
  }
  const m = /^(.*)@([\d.]+):([\d.]+)$/.exec(spec);
  const path = m ? m[1] : spec;
  if (path !== "-" && !existsSync(path)) throw new DossierError("E_DATASET_MISSING", `${path}: no such file`);
  const text = readFileSync(path === "-" ? 0 : path, "utf8");
  const hipe = path.endsWith(".tsv") || text.startsWith("TOKEN\t");
  const docs = hipe ? readHipe(text) : path.endsWith(".bio") ? readBio(text) : readConll(text);
  if (!m) return docs;
  const from = Math.floor(docs.length * Number(m[2]));
  const to = Math.floor(docs.length * Number(m[3]));
  return docs.slice(from, to);
}

/** An evaluation set: documents plus the entity types scored. */
export interface EvalSet {
  name: string;
  docs: NerDocument[];
  types: string[];
  note: string;
}

/**
 * The named evaluation sets of `dossier eval ner`. HIPE is scored on
 * PER/LOC/ORG plus MISC from `prod` (its `time` mentions are dropped), exact span.
 */
export function evalSet(dataset: string, split: string): EvalSet {
  const all = ["PER", "ORG", "LOC", "MISC"];
  const need = (rel: string, suffix = "") => {
    const p = corpusPath(rel);
    if (!existsSync(p)) throw new DossierError("E_DATASET_MISSING", `${p}: dataset not present`);
    return loadNerFile(p + suffix);
  };
  const test = split === "test";
  switch (dataset) {
    case "conll":
      return {
        name: `CoNLL-2003 English ${test ? "test (testb)" : "dev (testa)"}`,
        docs: need(test ? NER_FILES.conllTest : NER_FILES.conllDev),
        types: all,
        note: "",
      };
    case "wikineural":
      return {
        name: `WikiNEuRal-fr ${test ? "test" : "dev (last tenth of val)"}`,
        docs: test ? need(NER_FILES.wikineuralTest) : need(NER_FILES.wikineuralVal, WIKINEURAL_DEV_SLICE),
        types: all,
        note: "",
      };
    case "hipe":
      return {
        name: `HIPE-2022 hipe2020 French ${test ? "test" : "dev"} (coarse literal, strict)`,
        docs: need(test ? NER_FILES.hipe2020Test : NER_FILES.hipe2020Dev),
        types: all,
        note: "HIPE pers/loc/org → PER/LOC/ORG, prod → MISC, time dropped",
      };
    default:
      throw new DossierError("E_USAGE", `unknown dataset "${dataset}" (conll, wikineural, hipe)`);
  }
}
