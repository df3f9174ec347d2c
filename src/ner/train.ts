import type { NerDocument } from "./corpus.ts";
import type { FeatureResources } from "./features.ts";
import { buildGazetteer, type GazetteerEntry, gazetteerVersionOf, namesOf } from "./gazetteer.ts";
import {
  documentFeatures,
  encodeModel,
  type Learner,
  MODEL_VERSION,
  type NerModelMeta,
  tagDocument,
  type WeightView,
} from "./model.ts";
import { conllScores } from "./score.ts";
import { iobSpans, spansToIob2, spansToTags, TAG_COUNT, TAG_NAMES, tagSpans, typeIndex } from "./tags.ts";

/**
 * Averaged perceptron over a dense hashed table, with lazy averaging:
 * `sums` accumulates step × delta so that average = w − sums / steps.
 */
export class AveragedPerceptron implements Learner {
  readonly bits: number;
  readonly weights: Float32Array;
  private readonly sums: Float64Array;
  private step = 1;

  constructor(bits: number) {
    this.bits = bits;
    this.weights = new Float32Array((1 << bits) * TAG_COUNT);
    this.sums = new Float64Array((1 << bits) * TAG_COUNT);
  }

  update(
    feats: Int32Array,
    from: number,
    to: number,
    dyn: Int32Array,
    nDyn: number,
    gold: number,
    pred: number,
  ): void {
    const mask = (1 << this.bits) - 1;
    const c = this.step;
    for (let k = from, end = to + nDyn; k < end; k++) {
      const h = k < to ? feats[k] : dyn[k - to];
      const base = (h & mask) * TAG_COUNT;
      this.weights[base + gold] += 1;
      this.sums[base + gold] += c;
      this.weights[base + pred] -= 1;
      this.sums[base + pred] -= c;
    }
  }

  tick(): void {
    this.step++;
  }

  adjust(feats: Int32Array, from: number, to: number, tag: number, delta: number): void {
    const mask = (1 << this.bits) - 1;
    const c = this.step * delta;
    for (let k = from; k < to; k++) {
      const base = (feats[k] & mask) * TAG_COUNT + tag;
      this.weights[base] += delta;
      this.sums[base] += c;
    }
  }

  /** The averaged weights (a copy). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const c = this.step;
    for (let i = 0; i < out.length; i++) {
      const w = this.weights[i];
      if (w !== 0 || this.sums[i] !== 0) out[i] = w - this.sums[i] / c;
    }
    return out;
  }

  view(weights: Float32Array = this.weights): WeightView {
    return { bits: this.bits, tagCount: TAG_COUNT, weights };
  }
}

/** A small seeded generator (mulberry32), so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  lang: string;
  train: NerDocument[];
  dev: NerDocument[];
  resources: FeatureResources;
  epochs?: number;
  seed?: number;
  /** log2 of the number of hash buckets. */
  bits?: number;
  /** Rows whose largest averaged weight is below this are dropped from the file. */
  prune?: number;
  log?: (line: string) => void;
  training?: Record<string, unknown>;
  /**
   * Add the training names to the gazetteer. Each fold of the training data
   * sees only the names of the other folds (jackknife), so the model learns
   * how far to trust a gazetteer hit on names it has not seen.
   */
  names?: boolean;
  /**
   * Names from other corpora (never the training data itself, never a test
   * split): added to the gazetteer as they are, without jackknife, and stored
   * in the model so tagging sees the same gazetteer.
   */
  externalNames?: GazetteerEntry[];
  /** Training runs with seeds seed, seed+1, …, whose best-epoch weights are averaged (default 1). */
  seeds?: number;
  /** Beam width in training (early update); 1 = greedy updates. */
  trainBeam?: number;
  /** Beam width of the dev evaluation after each epoch (default 1, greedy). */
  devBeam?: number;
}

export interface TrainResult {
  bytes: Uint8Array;
  devF1: number[];
  bestEpoch: number;
  meta: Omit<NerModelMeta, "rows" | "blocks">;
}

/**
 * The partial-label mask of a document: a bit per entity type it never
 * annotates (unknown type names are ignored).
 *
 * @example
 * partialMask(["MISC"]); // 8 (1 << 3)
 */
export function partialMask(unannotated: readonly string[] | undefined): number {
  let mask = 0;
  for (const name of unannotated ?? []) {
    const type = typeIndex(name);
    if (type >= 0) mask |= 1 << type;
  }
  return mask;
}

/** Tags documents with a weight view and returns IOB2 labels per sentence. */
export function predictIob(
  docs: readonly NerDocument[],
  w: WeightView,
  res: FeatureResources,
  beam = 1,
): string[][][] {
  return docs.map((d) => {
    const words = d.sentences.map((s) => s.words);
    const tags = tagDocument(words, w, res, { constrained: true, style: d.style, beam });
    return tags.map((t) => spansToIob2(tagSpans(t), t.length));
  });
}

/** Micro F1 of a weight view on documents with gold labels. */
export function evaluate(
  docs: readonly NerDocument[],
  w: WeightView,
  res: FeatureResources,
  beam = 1,
): number {
  const pred = predictIob(docs, w, res, beam).flat();
  const gold = docs.flatMap((d) => d.sentences.map((s) => s.labels));
  return conllScores(gold, pred).micro.f1;
}

/**
 * Trains the greedy BILOU tagger, printing dev F1 after each epoch, and
 * returns the model file bytes of the best epoch on dev.
 *
 * @example
 * const { bytes } = trainNer({ lang: "en", train, dev, resources, epochs: 10, seed: 1 });
 */
export function trainNer(o: TrainOptions): TrainResult {
  const epochs = o.epochs ?? 12;
  const bits = o.bits ?? 22;
  const log = o.log ?? (() => {});
  const FOLDS = 5;
  let resources = o.resources;
  let names: GazetteerEntry[] | null = null;
  const foldResources: FeatureResources[] = [];
  const gazetteerVersion = o.resources.gazetteer ? gazetteerVersionOf(o.resources.gazetteer) : undefined;
  if (o.externalNames?.length && o.resources.gazetteer) {
    names = o.externalNames;
    resources = { ...o.resources, gazetteer: buildGazetteer(o.lang, names, gazetteerVersion) };
    log(`gazetteer: ${names.length} names from other corpora`);
  } else if (o.names && o.resources.gazetteer) {
    names = namesOf(o.train);
    resources = { ...o.resources, gazetteer: buildGazetteer(o.lang, names, gazetteerVersion) };
    for (let k = 0; k < FOLDS; k++) {
      const others = o.train.filter((_, i) => i % FOLDS !== k);
      foldResources.push({
        ...o.resources,
        gazetteer: buildGazetteer(o.lang, namesOf(others), gazetteerVersion),
      });
    }
    log(`gazetteer: ${names.length} names from the training data (${FOLDS}-fold jackknife in training)`);
  }
  const items = o.train.map((d, i) => {
    const words = d.sentences.map((s) => s.words);
    return {
      words,
      gold: d.sentences.map((s) => spansToTags(iobSpans(s.labels), s.words.length)),
      features: documentFeatures(words, foldResources.length ? foldResources[i % FOLDS] : resources, d.style),
      style: d.style ?? 0,
      partial: partialMask(d.unannotated),
    };
  });
  /** One training run with a seeded shuffle; the averaged weights of its best epoch on dev. */
  const run = (seed: number) => {
    const random = seededRandom(seed);
    const learner = new AveragedPerceptron(bits);
    const devF1: number[] = [];
    let best: Float32Array | null = null;
    let bestEpoch = 0;
    let bestF1 = -1;
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const t0 = Date.now();
      // Fisher–Yates with the seeded generator.
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      const view = learner.view();
      for (const it of items)
        tagDocument(it.words, view, o.resources, {
          gold: it.gold,
          learner,
          features: it.features,
          style: it.style,
          trainBeam: o.trainBeam,
          partial: it.partial,
        });
      const avg = learner.averaged();
      const f1 = o.dev.length ? evaluate(o.dev, learner.view(avg), resources, o.devBeam) : 0;
      devF1.push(f1);
      log(`epoch ${epoch}: dev F1 ${f1.toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      if (f1 > bestF1 || !o.dev.length) {
        bestF1 = f1;
        best = avg;
        bestEpoch = epoch;
      }
    }
    return { best: best!, devF1, bestEpoch };
  };
  const first = run(o.seed ?? 1);
  let { best } = first;
  const { devF1, bestEpoch } = first;
  const runs = o.seeds ?? 1;
  if (runs > 1) {
    // Averaging the weights of runs with different shuffles (a cheap ensemble:
    // one model, the same tagging cost).
    const sum = Float32Array.from(best);
    for (let r = 1; r < runs; r++) {
      log(`run ${r + 1} of ${runs} (seed ${(o.seed ?? 1) + r})`);
      const next = run((o.seed ?? 1) + r).best;
      for (let i = 0; i < sum.length; i++) sum[i] += next[i];
    }
    for (let i = 0; i < sum.length; i++) sum[i] /= runs;
    best = sum;
    const f1 = o.dev.length
      ? evaluate(o.dev, { bits, tagCount: TAG_COUNT, weights: best }, resources, o.devBeam)
      : 0;
    devF1.push(f1);
    log(`average of ${runs} runs: dev F1 ${f1.toFixed(2)}`);
  }
  const meta: Omit<NerModelMeta, "rows" | "blocks"> = {
    format: "dossier-ner",
    version: MODEL_VERSION,
    lang: o.lang,
    bits,
    tags: [...TAG_NAMES],
    gazetteer: o.resources.gazetteer != null,
    ...(gazetteerVersion ? { gazetteerVersion } : {}),
    clusters: o.resources.clusters != null,
    nonLocal: o.resources.nonLocal === true,
    ...(o.prune ? { prune: o.prune } : {}),
    created: new Date().toISOString().slice(0, 10),
    training: {
      ...o.training,
      epochs,
      seed: o.seed ?? 1,
      seeds: o.seeds ?? 1,
      trainBeam: o.trainBeam ?? 1,
      devBeam: o.devBeam ?? 1,
      bestEpoch,
      devF1: devF1.map((x) => +x.toFixed(2)),
    },
  };
  return {
    bytes: encodeModel(meta, best!, o.prune ?? 0, { clusters: o.resources.clusters, names }),
    devF1,
    bestEpoch,
    meta,
  };
}
