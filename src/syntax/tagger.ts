/**
 * Greedy left-to-right tagger: averaged perceptron over hashed features for
 * UPOS, then a second perceptron for morphological features, one small
 * class group per feature (Number: none/Sing/Plur, Tense: …), conditioned on
 * the predicted UPOS. Lemmas come from the lemmatiser once the UPOS is known.
 */

import { DossierError } from "../errors.ts";
import { feat1, feat2, feat3 } from "./hash.ts";
import { Lemmatiser, type LemmatiserData } from "./lemmatiser.ts";
import { PerceptronTrainer, type SparseModel } from "./linear.ts";
import type { ModelFile } from "./model-file.ts";
import { encodeModel, loadModel } from "./model-file.ts";
import { prng, shuffle, sparseFromFile, sparseToArrays } from "./sparse-io.ts";
import type { Unit } from "./units.ts";
import { hashWords, PAD, PAD2, type WordHashes } from "./words.ts";

/** The morphological features predicted (the ones later stages read, plus a few cheap ones). */
export const PREDICTED_FEATURES = [
  "Definite",
  "Gender",
  "Mood",
  "Number",
  "Person",
  "Polarity",
  "PronType",
  "Tense",
  "VerbForm",
  "Voice",
] as const;

export interface MorphGroup {
  name: string;
  /** values[0] is "" (feature absent). */
  values: string[];
  offset: number;
}

export interface TaggedSentence {
  upos: string[];
  feats: string[];
  lemma: string[];
}

const MAX_FEATURES = 64;
const BOS1 = -101;
const BOS2 = -102;

function at(a: Int32Array, i: number, pad: number): number {
  return i >= 0 && i < a.length ? a[i] : pad;
}

/** UPOS features of unit i given the two previous predicted tags. */
function uposFeatures(
  h: WordHashes,
  i: number,
  t1: number,
  t2: number,
  first: boolean,
  out: Int32Array,
): number {
  let n = 0;
  const w = h.lower[i];
  const wm1 = at(h.lower, i - 1, PAD);
  const wp1 = at(h.lower, i + 1, PAD2);
  out[n++] = feat1(0, 0);
  out[n++] = feat1(1, w);
  out[n++] = feat1(2, wm1);
  out[n++] = feat1(3, wp1);
  out[n++] = feat1(4, at(h.lower, i - 2, PAD));
  out[n++] = feat1(5, at(h.lower, i + 2, PAD2));
  out[n++] = feat1(6, h.suf1[i]);
  out[n++] = feat1(7, h.suf2[i]);
  out[n++] = feat1(8, h.suf3[i]);
  out[n++] = feat1(9, h.suf4[i]);
  out[n++] = feat1(10, h.suf5[i]);
  out[n++] = feat1(11, h.pre1[i]);
  out[n++] = feat1(12, h.pre2[i]);
  out[n++] = feat1(13, h.pre3[i]);
  out[n++] = feat2(14, h.shape[i], first ? 1 : 0);
  out[n++] = feat1(15, t1);
  out[n++] = feat2(16, t1, t2);
  out[n++] = feat2(17, t1, w);
  out[n++] = feat1(18, at(h.suf3, i - 1, PAD));
  out[n++] = feat1(19, at(h.suf3, i + 1, PAD2));
  out[n++] = feat2(20, w, wp1);
  out[n++] = feat2(21, wm1, w);
  out[n++] = feat2(22, t1, h.suf3[i]);
  out[n++] = feat1(23, h.raw[i]);
  out[n++] = feat1(24, at(h.shape, i + 1, PAD2));
  out[n++] = feat1(25, at(h.suf2, i + 1, PAD2));
  out[n++] = feat2(26, t1, wp1);
  out[n++] = feat3(27, wm1, w, wp1);
  out[n++] = feat2(28, h.suf3[i], at(h.suf3, i + 1, PAD2));
  return n;
}

/** Morphological features of unit i given its predicted UPOS and its neighbours'. */
function morphFeatures(h: WordHashes, i: number, tags: Int32Array, out: Int32Array): number {
  let n = 0;
  const u = tags[i];
  const um1 = i > 0 ? tags[i - 1] : BOS1;
  const up1 = i + 1 < tags.length ? tags[i + 1] : BOS2;
  out[n++] = feat1(40, u);
  out[n++] = feat2(41, u, h.lower[i]);
  out[n++] = feat2(42, u, h.suf1[i]);
  out[n++] = feat2(43, u, h.suf2[i]);
  out[n++] = feat2(44, u, h.suf3[i]);
  out[n++] = feat2(45, u, h.suf4[i]);
  out[n++] = feat2(46, u, h.suf5[i]);
  out[n++] = feat2(47, u, at(h.lower, i - 1, PAD));
  out[n++] = feat2(48, u, at(h.lower, i + 1, PAD2));
  out[n++] = feat3(49, u, um1, at(h.suf2, i - 1, PAD));
  out[n++] = feat3(50, u, up1, at(h.suf2, i + 1, PAD2));
  out[n++] = feat2(51, u, at(h.lower, i - 2, PAD));
  out[n++] = feat2(52, u, um1);
  out[n++] = feat2(53, u, up1);
  out[n++] = feat2(54, u, h.shape[i]);
  out[n++] = feat3(55, u, um1, at(h.lower, i - 1, PAD));
  out[n++] = feat2(56, u, at(h.suf3, i - 1, PAD));
  return n;
}

function parseFeats(feats: string): Map<string, string> {
  const m = new Map<string, string>();
  if (feats === "_" || feats === "") return m;
  for (const kv of feats.split("|")) {
    const eq = kv.indexOf("=");
    if (eq > 0) m.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  return m;
}

/**
 * A trained tagger: UPOS, morphological features and lemmas.
 *
 * @example
 * const tagger = Tagger.load("models/syntax-fr.tagger.bin");
 * tagger.tag(["Il", "recevrait", "le", "prix"]).upos; // ["PRON", "VERB", "DET", "NOUN"]
 */
export class Tagger {
  readonly lang: string;
  readonly uposList: string[];
  readonly groups: MorphGroup[];
  readonly lemmatiser: Lemmatiser;
  private readonly uposModel: SparseModel;
  private readonly morphModel: SparseModel;
  private readonly nMorph: number;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly uposScores: Int32Array;
  private readonly morphScores: Int32Array;

  constructor(
    lang: string,
    uposList: string[],
    groups: MorphGroup[],
    uposModel: SparseModel,
    morphModel: SparseModel,
    lemmatiser: Lemmatiser,
  ) {
    this.lang = lang;
    this.uposList = uposList;
    this.groups = groups;
    this.uposModel = uposModel;
    this.morphModel = morphModel;
    this.lemmatiser = lemmatiser;
    this.nMorph = groups.reduce((s, g) => s + g.values.length, 0);
    this.uposScores = new Int32Array(uposList.length);
    this.morphScores = new Int32Array(Math.max(1, this.nMorph));
  }

  /** Tags the units of one sentence. */
  tag(forms: readonly string[]): TaggedSentence {
    const h = hashWords(forms);
    const n = forms.length;
    const tags = new Int32Array(n);
    let t1 = BOS1;
    let t2 = BOS2;
    for (let i = 0; i < n; i++) {
      const k = uposFeatures(h, i, t1, t2, i === 0, this.feats);
      this.uposScores.fill(0);
      this.uposModel.score(this.feats, k, this.uposScores);
      let best = 0;
      for (let c = 1; c < this.uposScores.length; c++)
        if (this.uposScores[c] > this.uposScores[best]) best = c;
      tags[i] = best;
      t2 = t1;
      t1 = best;
    }
    const upos: string[] = new Array(n);
    const feats: string[] = new Array(n);
    const lemma: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      upos[i] = this.uposList[tags[i]];
      const k = morphFeatures(h, i, tags, this.feats);
      this.morphScores.fill(0);
      this.morphModel.score(this.feats, k, this.morphScores);
      feats[i] = this.decodeMorph(this.morphScores);
      lemma[i] = this.lemmatiser.lemma(forms[i], upos[i]);
    }
    return { upos, feats, lemma };
  }

  private decodeMorph(scores: Int32Array): string {
    let out = "";
    for (const g of this.groups) {
      let best = 0;
      for (let v = 1; v < g.values.length; v++) if (scores[g.offset + v] > scores[g.offset + best]) best = v;
      if (best > 0) out += `${out ? "|" : ""}${g.name}=${g.values[best]}`;
    }
    return out || "_";
  }

  encode(): Buffer {
    return encodeModel(
      {
        kind: "tagger",
        version: 1,
        lang: this.lang,
        uposList: this.uposList,
        groups: this.groups,
        lemmatiser: this.lemmatiser.toJSON(),
        upos: this.uposModel.meta,
        morph: this.morphModel.meta,
      },
      { ...sparseToArrays("upos", this.uposModel), ...sparseToArrays("morph", this.morphModel) },
    );
  }

  static fromFile(file: ModelFile): Tagger {
    const m = file.meta;
    if (m.kind !== "tagger" || m.version !== 1)
      throw new DossierError("E_MODEL_FORMAT", "not a version-1 tagger model");
    return new Tagger(
      m.lang as string,
      m.uposList as string[],
      m.groups as MorphGroup[],
      sparseFromFile(file, "upos"),
      sparseFromFile(file, "morph"),
      new Lemmatiser(m.lemmatiser as LemmatiserData),
    );
  }

  static load(path: string): Tagger {
    return Tagger.fromFile(loadModel(path));
  }
}

export interface TaggerTrainOptions {
  lang: string;
  epochs?: number;
  seed?: number;
  bits?: number;
  /** Units used to learn lemmas (defaults to the training units). */
  lemmaUnits?: Unit[][];
  log?: (line: string) => void;
}

/** Accuracy of a tagger on gold units: UPOS, full predicted-feature match, lemma. */
export function scoreTagger(tagger: Tagger, gold: Unit[][]): { upos: number; feats: number; lemma: number } {
  let n = 0;
  let upos = 0;
  let feats = 0;
  let lemma = 0;
  for (const s of gold) {
    const out = tagger.tag(s.map((u) => u.form));
    for (let i = 0; i < s.length; i++) {
      n++;
      if (out.upos[i] === s[i].upos) upos++;
      if (out.feats[i] === restrictFeats(s[i].feats, tagger.groups)) feats++;
      if (out.lemma[i] === s[i].lemma) lemma++;
    }
  }
  return { upos: (100 * upos) / n, feats: (100 * feats) / n, lemma: (100 * lemma) / n };
}

/** Keeps only the predicted features of a FEATS string, in canonical order. */
export function restrictFeats(feats: string, groups: readonly MorphGroup[]): string {
  const m = parseFeats(feats);
  const kept = groups.filter((g) => m.has(g.name) && g.values.includes(m.get(g.name)!));
  return kept.length ? kept.map((g) => `${g.name}=${m.get(g.name)}`).join("|") : "_";
}

/**
 * Trains UPOS and morphology perceptrons; keeps the epoch that scores best on `dev`.
 *
 * @example
 * const tagger = trainTagger(trainUnits, devUnits, { lang: "fr", epochs: 10 });
 */
export function trainTagger(train: Unit[][], dev: Unit[][], opts: TaggerTrainOptions): Tagger {
  const log = opts.log ?? (() => {});
  const epochs = opts.epochs ?? 10;
  const bits = opts.bits ?? 20;
  const uposSet = new Set<string>();
  const values = new Map<string, Set<string>>();
  for (const s of train)
    for (const u of s) {
      uposSet.add(u.upos);
      for (const [k, v] of parseFeats(u.feats)) {
        if (!(PREDICTED_FEATURES as readonly string[]).includes(k)) continue;
        let set = values.get(k);
        if (!set) {
          set = new Set();
          values.set(k, set);
        }
        set.add(v);
      }
    }
  const uposList = [...uposSet].sort();
  const uposIndex = new Map(uposList.map((u, i) => [u, i]));
  const groups: MorphGroup[] = [];
  let offset = 0;
  for (const name of PREDICTED_FEATURES) {
    const vs = values.get(name);
    if (!vs) continue;
    const g = { name, values: ["", ...[...vs].sort()], offset };
    groups.push(g);
    offset += g.values.length;
  }
  const lemmatiser = Lemmatiser.train((opts.lemmaUnits ?? train).flat(), opts.lang);
  const upos = new PerceptronTrainer(bits, uposList.length);
  const morph = new PerceptronTrainer(bits - 1, Math.max(1, offset));
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(uposList.length);
  const mscores = new Float32Array(Math.max(1, offset));
  const rand = prng(opts.seed ?? 1);
  const order = train.map((_, i) => i);
  let best: Tagger | null = null;
  let bestScore = -1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, rand);
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const s = train[si];
      const h = hashWords(s.map((u) => u.form));
      const tags = new Int32Array(s.length);
      let t1 = BOS1;
      let t2 = BOS2;
      for (let i = 0; i < s.length; i++) {
        const k = uposFeatures(h, i, t1, t2, i === 0, feats);
        scores.fill(0);
        upos.score(feats, k, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
        const truth = uposIndex.get(s[i].upos)!;
        upos.update(feats, k, truth, guess);
        upos.tick();
        if (guess === truth) correct++;
        total++;
        tags[i] = guess;
        t2 = t1;
        t1 = guess;
      }
      for (let i = 0; i < s.length; i++) {
        const k = morphFeatures(h, i, tags, feats);
        mscores.fill(0);
        morph.score(feats, k, mscores);
        const gold = parseFeats(s[i].feats);
        for (const g of groups) {
          const want = Math.max(0, g.values.indexOf(gold.get(g.name) ?? ""));
          let guess = 0;
          for (let v = 1; v < g.values.length; v++)
            if (mscores[g.offset + v] > mscores[g.offset + guess]) guess = v;
          if (guess !== want) {
            morph.add(feats, k, g.offset + want, 1);
            morph.add(feats, k, g.offset + guess, -1);
          }
        }
        morph.tick();
      }
    }
    const tagger = new Tagger(opts.lang, uposList, groups, upos.toSparse(), morph.toSparse(), lemmatiser);
    const d = dev.length ? scoreTagger(tagger, dev) : { upos: (100 * correct) / total, feats: 0, lemma: 0 };
    log(
      `epoch ${epoch}: train UPOS ${((100 * correct) / total).toFixed(2)}  dev UPOS ${d.upos.toFixed(2)} feats ${d.feats.toFixed(2)} lemma ${d.lemma.toFixed(2)}`,
    );
    const sc = d.upos + d.feats * 0.25;
    if (sc > bestScore) {
      bestScore = sc;
      best = tagger;
    }
  }
  return best!;
}
