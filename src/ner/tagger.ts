import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DossierError } from "../errors.ts";
import { harmonise } from "./consistency.ts";
import { REPO_ROOT } from "./datasets.ts";
import type { FeatureResources } from "./features.ts";
import { buildGazetteer } from "./gazetteer.ts";
import {
  type LoadedWeights,
  type NerModelMeta,
  readModelFile,
  tagDocument,
  type WeightView,
} from "./model.ts";
import { repairSpans } from "./repairs.ts";
import { decodeRetyper, type Retyper } from "./retype.ts";
import { ENTITY_TYPES, spansToIob2, type TagSpan, tagSpans } from "./tags.ts";
import { withTitles } from "./titles.ts";

/**
 * Span convention of the output: `news` (CoNLL-2003, WikiNEuRal: names only)
 * or `hipe` (HIPE: titles and functions inside person spans, see titles.ts).
 */
export type Convention = "news" | "hipe";

/**
 * A loaded NER model with its feature resources, ready to tag documents.
 *
 * @example
 * const tagger = nerTagger("fr");
 * tagger.tagIob([["Vladimir", "Poutine", "à", "Moscou"]]); // [["B-PER","I-PER","O","B-LOC"]]
 */
export class NerTagger {
  readonly meta: NerModelMeta;
  readonly weights: WeightView;
  readonly resources: FeatureResources;

  constructor(loaded: LoadedWeights, resources: FeatureResources) {
    this.meta = loaded.meta;
    this.weights = loaded.weights;
    this.resources = resources;
  }

  /**
   * The span re-typer of this model (models/ner-fr.retype.bin beside
   * models/ner-fr.bin), or null: run after the repairs, see retype.ts.
   */
  retyper: Retyper | null = null;

  /** Entity spans (token indices within each sentence) for one document (`retype` false skips the re-typer). */
  tagSpans(
    sentences: readonly (readonly string[])[],
    style = 0,
    convention: Convention = "news",
    retype = true,
  ): TagSpan[][] {
    const retyper = retype ? this.retyper : null;
    const { spans, staticScores } = this.tagWithEvidence(sentences, style, retyper?.evidence === true);
    const retyped = retyper
      ? retyper.apply(sentences, spans, this.resources, staticScores, this.weights.tagCount)
      : spans;
    return convention === "hipe" ? withTitles(this.meta.lang, sentences, retyped) : retyped;
  }

  /**
   * Spans after consistency and repairs, and with `evidence` the decoder's
   * static scores per sentence ([token · tags + tag], beam decoding only):
   * what the re-typer reads.
   */
  tagWithEvidence(
    sentences: readonly (readonly string[])[],
    style = 0,
    evidence = true,
  ): { spans: TagSpan[][]; staticScores: Float32Array[] } {
    const staticScores: Float32Array[] = [];
    const spans = tagDocument(sentences, this.weights, this.resources, {
      constrained: true,
      style,
      beam: this.beam,
      ...(evidence ? { staticScores } : {}),
    }).map((t) => tagSpans(t));
    const harmonised = this.harmonise ? harmonise(sentences, spans) : spans;
    return { spans: repairSpans(this.meta.lang, sentences, harmonised), staticScores };
  }

  /**
   * Beam width of the decoder: the model's own choice on dev (`decodeBeam`),
   * else 2, which beats greedy decoding on every dev set.
   * $DOSSIER_NER_BEAM overrides it (1 = greedy).
   */
  get beam(): number {
    return Number(process.env.DOSSIER_NER_BEAM ?? this.meta.decodeBeam ?? 2);
  }

  /** Apply document-level consistency (on by default; $DOSSIER_NER_HARMONISE=0 turns it off). */
  harmonise = process.env.DOSSIER_NER_HARMONISE !== "0";

  /** IOB2 labels for one document's sentences. */
  tagIob(sentences: readonly (readonly string[])[], style = 0, convention: Convention = "news"): string[][] {
    return this.tagSpans(sentences, style, convention).map((spans, s) =>
      spansToIob2(spans, sentences[s].length),
    );
  }
}

/** Builds the resources a model was trained with. */
export function resourcesFor(meta: NerModelMeta, loaded: LoadedWeights): FeatureResources {
  return {
    gazetteer: meta.gazetteer
      ? buildGazetteer(meta.lang, loaded.names ?? [], meta.gazetteerVersion ?? 1)
      : null,
    clusters: meta.clusters ? loaded.clusters : null,
    nonLocal: meta.nonLocal === true,
  };
}

/**
 * The re-typer file of a model: $DOSSIER_NER_RETYPE (a path, or 0 for none),
 * else X.retype.bin beside X.bin when it exists.
 */
export function retyperPath(modelPath: string): string | null {
  const env = process.env.DOSSIER_NER_RETYPE;
  if (env === "0") return null;
  const path = env ?? modelPath.replace(/\.bin$/, "") + ".retype.bin";
  return existsSync(path) ? path : null;
}

/** Loads a model file into a tagger, with its re-typer when there is one for its language (`withRetyper`). */
export function loadTagger(path: string, withRetyper = true): NerTagger {
  const loaded = readModelFile(path);
  const tagger = new NerTagger(loaded, resourcesFor(loaded.meta, loaded));
  const retype = withRetyper ? retyperPath(path) : null;
  if (retype) {
    const retyper = decodeRetyper(readFileSync(retype), retype);
    if (retyper.lang === loaded.meta.lang) tagger.retyper = retyper;
    if (process.env.DOSSIER_NER_RETYPE_MARGIN) retyper.margin = Number(process.env.DOSSIER_NER_RETYPE_MARGIN);
  }
  return tagger;
}

/** Path of the committed model of a language (models/ner-fr.bin). */
export function defaultModelPath(lang: string): string {
  return join(REPO_ROOT, "models", `ner-${lang}.bin`);
}

const cache = new Map<string, NerTagger>();

/**
 * The committed model of a language, loaded once per process on first use.
 * $DOSSIER_NER_MODEL_FR / _EN point to another file.
 */
export function nerTagger(lang: string): NerTagger {
  let t = cache.get(lang);
  if (t) return t;
  const path = process.env[`DOSSIER_NER_MODEL_${lang.toUpperCase()}`] ?? defaultModelPath(lang);
  if (!existsSync(path)) throw new DossierError("E_MODEL_LOAD", `${path}: no NER model for "${lang}"`);
  t = loadTagger(path);
  if (t.meta.lang !== lang)
    throw new DossierError("E_MODEL_FORMAT", `${path}: model is for "${t.meta.lang}", not "${lang}"`);
  cache.set(lang, t);
  return t;
}

export { ENTITY_TYPES };
