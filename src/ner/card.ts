import type { TrainResult } from "./train.ts";

/** Licences of the corpora a model may be trained on, by path fragment. */
const LICENCES: [string, string][] = [
  [
    "conll2003",
    "CoNLL-2003 (Reuters RCV1 text, research-use terms; annotations via Babelscape/wikineural, CC BY-NC-SA 4.0)",
  ],
  ["wikineural", "WikiNEuRal (Babelscape), CC BY-NC-SA 4.0, silver labels on Wikipedia"],
  ["hipe2020-fr-train", "CLEF-HIPE-2020 training v0.9 (impresso), CC BY-NC-SA 4.0"],
  ["hipe2020/", "HIPE-2022 hipe2020, CC BY-NC-SA 4.0"],
  ["letemps", "HIPE-2022 letemps, CC BY-NC-SA 4.0"],
  ["newseye", "HIPE-2022 newseye, CC BY 4.0"],
  ["polnear", "PolNeAR news texts (no licence stated; word classes only)"],
  ["wikinews", "Wikinews, CC BY 2.5 (word classes only)"],
  ["ud/", "Universal Dependencies treebanks, each under its own licence (word classes only)"],
  ["europeana", "Europeana Newspapers NER corpus, CC0 1.0 (word classes only)"],
  [
    "fr-news-plaintext",
    "HIPE / impresso plain text (CC BY-NC-SA 4.0 / CC BY 4.0), test files excluded (word classes only)",
  ],
];

export interface CardInput {
  lang: string;
  command: string;
  train: string[];
  dev: string[];
  unlabelled?: string[];
  result: TrainResult;
  bytes: number;
}

/**
 * A model card in Markdown: data, licences, dev scores per epoch and the
 * command that rebuilds the model. Test scores are added by `dossier eval ner`.
 */
export function modelCard(c: CardInput): string {
  const files = [...c.train, ...c.dev, ...(c.unlabelled ?? [])];
  const licences = LICENCES.filter(([k]) => files.some((f) => f.includes(k))).map(([, l]) => `- ${l}`);
  const short = (f: string) => f.replace(/^.*\/corpora\//, "corpora/");
  return `# NER model, ${c.lang === "fr" ? "French" : "English"} (models/ner-${c.lang}.bin)

Greedy left-to-right averaged perceptron over BILOU tags (PER, ORG, LOC, MISC),
hashed features (2^${c.result.meta.bits} buckets), int8-quantised rows, deflated: ${(c.bytes / 1e6).toFixed(1)} MB.
Gazetteer features: ${c.result.meta.gazetteer ? "yes (entity tables in src/entities, src/lang)" : "no"}.

## Data
Train:
${c.train.map((f) => `- ${short(f)}`).join("\n")}

Dev:
${c.dev.map((f) => `- ${short(f)}`).join("\n")}

Unlabelled text for word classes (exchange clustering, 64 and 384 classes):
${(c.unlabelled ?? []).map((f) => `- ${short(f)}`).join("\n") || "- none"}

Licences:
${licences.join("\n")}

The model is trained from these corpora; no corpus text is stored in it beyond hashed feature weights.

## Dev scores (micro F1 per epoch; the best epoch is kept)
${c.result.devF1.map((f, i) => `${i + 1}: ${f.toFixed(2)}`).join(" · ")}

Best epoch: ${c.result.bestEpoch} (dev F1 ${c.result.devF1[c.result.bestEpoch - 1].toFixed(2)}).

## Rebuild
\`\`\`
${c.command}
\`\`\`
`;
}
