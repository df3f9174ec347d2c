/**
 * Training data for the span re-typer (retype.ts): the spans a tagger finds
 * on documents it has not been trained on (jackknife: each fold is tagged by
 * a tagger trained on the other folds), each with its gold type when a gold
 * span has exactly the same boundaries.
 */
import { existsSync, writeFileSync } from "node:fs";
import type { NerDocument } from "./corpus.ts";
import { buildGazetteer } from "./gazetteer.ts";
import { decodeModel, repackModel } from "./model.ts";
import { phraseKey } from "./phrases.ts";
import { type RetypeExample, type RetypeResources, spanFeatures, typeEvidence } from "./retype.ts";
import { loadTagger, NerTagger, resourcesFor } from "./tagger.ts";
import { iobSpans } from "./tags.ts";
import { trainNer } from "./train.ts";

/**
 * Re-typer examples from a tagger's spans on documents with gold labels:
 * a found span whose boundaries match a gold span's learns that span's type;
 * a span with wrong boundaries teaches nothing (the re-typer never moves edges).
 *
 * @example
 * const examples = retypeExamples(docs, foldTagger, { gazetteer, clusters });
 */
export function retypeExamples(
  docs: readonly NerDocument[],
  tagger: NerTagger,
  res: RetypeResources,
  withEvidence = false,
): RetypeExample[] {
  const out: RetypeExample[] = [];
  const feats: number[] = [];
  for (const d of docs) {
    const words = d.sentences.map((s) => s.words);
    const { spans: found, staticScores } = tagger.tagWithEvidence(words, d.style ?? 0, withEvidence);
    const evidence = new Float32Array(4);
    for (let s = 0; s < words.length; s++) {
      if (found[s].length === 0) continue;
      const gold = new Map(iobSpans(d.sentences[s].labels).map((g) => [`${g.start}:${g.end}`, g.type]));
      const keys = words[s].map(phraseKey);
      for (const sp of found[s]) {
        const type = gold.get(`${sp.start}:${sp.end}`);
        if (type === undefined) continue;
        const scores = staticScores[s];
        if (scores && scores.length > 0) typeEvidence(scores, tagger.weights.tagCount, sp, evidence);
        spanFeatures(words[s], keys, sp, res, feats, scores && scores.length > 0 ? evidence : null);
        out.push({ feats: Int32Array.from(feats), gold: type });
      }
    }
  }
  return out;
}

/** Options of the jackknife taggers (the recipe of the shipped tagger, fewer epochs and one seed). */
export interface FoldOptions {
  lang: string;
  folds: number;
  epochs: number;
  seed: number;
  /** Word classes (from the shipped model, so the fold taggers see the same ones). */
  clusters: Map<string, number> | null;
  /** Add the tagger's own type scores as features (typeEvidence; did not help on dev). */
  evidence?: boolean;
  log?: (line: string) => void;
}

/**
 * Jackknife examples: every file is cut into `folds` contiguous parts; fold k
 * of every file is tagged by a tagger trained on the other parts (beam 2 in
 * training, non-local features, gazetteer; pruned at 0.5 and decoded with a
 * beam of 4 as the shipped model is). `taggers[k]`, when given, is read if
 * it exists, else the fold's tagger is written there (a cache between runs).
 *
 * @example
 * const examples = jackknifeExamples([wikineuralDocs, hipeDocs], { lang: "fr", folds: 2, epochs: 10, seed: 1, clusters });
 */
export function jackknifeExamples(
  files: readonly (readonly NerDocument[])[],
  o: FoldOptions,
  taggers: readonly string[] = [],
): RetypeExample[] {
  const part = (docs: readonly NerDocument[], k: number) =>
    docs.slice(Math.floor((docs.length * k) / o.folds), Math.floor((docs.length * (k + 1)) / o.folds));
  const examples: RetypeExample[] = [];
  for (let k = 0; k < o.folds; k++) {
    const heldOut = files.flatMap((docs) => part(docs, k));
    let tagger: NerTagger;
    if (taggers[k] && existsSync(taggers[k])) tagger = loadTagger(taggers[k], false);
    else {
      const held = new Set(heldOut);
      const train = files.flatMap((docs) => docs.filter((d) => !held.has(d)));
      o.log?.(`fold ${k + 1}/${o.folds}: training a tagger on ${train.length} documents`);
      const result = trainNer({
        lang: o.lang,
        train,
        dev: [],
        resources: { gazetteer: buildGazetteer(o.lang), clusters: o.clusters, nonLocal: true },
        epochs: o.epochs,
        seed: o.seed,
        seeds: 1,
        trainBeam: 2,
        training: { refit: true, jackknifeFold: k },
      });
      const bytes = repackModel(result.bytes, 0.5, 4);
      if (taggers[k]) writeFileSync(taggers[k], bytes);
      const loaded = decodeModel(bytes, `fold ${k + 1}`);
      tagger = new NerTagger(loaded, resourcesFor(loaded.meta, loaded));
    }
    const res: RetypeResources = {
      gazetteer: tagger.resources.gazetteer,
      clusters: tagger.resources.clusters,
    };
    const ex = retypeExamples(heldOut, tagger, res, o.evidence === true);
    o.log?.(`fold ${k + 1}/${o.folds}: ${heldOut.length} held-out documents, ${ex.length} spans`);
    examples.push(...ex);
  }
  return examples;
}
