/**
 * Training and evaluation drivers behind `dossier train tagger|parser` and
 * `dossier eval syntax`.
 */

import { writeFileSync } from "node:fs";
import { annotateSentence, modelPath, parseExample, type SyntaxModels, tagSentence } from "./annotate.ts";
import type { ConlluSentence } from "./conllu.ts";
import { DEFAULT_DATA, readTreebanks } from "./data.ts";
import { baseRel, type ParseExample, type Parser, trainParser } from "./parser.ts";
import { restrictFeats, Tagger, trainTagger } from "./tagger.ts";
import { unitsOf } from "./units.ts";
import { presentVerbForms } from "./verb-lexicon.ts";

export interface TrainOptions {
  lang: "fr" | "en";
  train?: string[];
  dev?: string[];
  out?: string;
  epochs?: number;
  log?: (line: string) => void;
}

/**
 * Trains the tagger (UPOS, features, lemmas) and writes it to `out`.
 *
 * @example
 * runTrainTagger({ lang: "fr", out: "models/syntax-fr.tagger.bin" });
 */
export function runTrainTagger(opts: TrainOptions): Tagger {
  const data = DEFAULT_DATA[opts.lang];
  const log = opts.log ?? (() => {});
  const train = readTreebanks(opts.train ?? data.train).map((s) => unitsOf(s, opts.lang));
  const dev = readTreebanks(opts.dev ?? data.dev).map((s) => unitsOf(s, opts.lang));
  const lemmaUnits = opts.train ? train : readTreebanks(data.lemmaTrain).map((s) => unitsOf(s, opts.lang));
  log(`tagger ${opts.lang}: ${train.length} training sentences, ${dev.length} dev sentences`);
  const verbForms = presentVerbForms(opts.lang);
  log(`verb lexicon: ${verbForms.size} present-tense forms`);
  const tagger = trainTagger(train, dev, {
    lang: opts.lang,
    epochs: opts.epochs ?? 10,
    lemmaUnits,
    verbForms,
    log,
  });
  const out = opts.out ?? modelPath(opts.lang, "tagger");
  const bytes = tagger.encode();
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  return tagger;
}

export interface ParserTrainOptions extends TrainOptions {
  /** Tagger used for the dev set (defaults to the committed one). */
  tagger?: string;
  /** Jackknife folds giving the training set predicted tags (1 = gold tags). */
  folds?: number;
  taggerEpochs?: number;
}

/**
 * Trains the parser on jackknifed predicted tags and writes it to `out`.
 *
 * @example
 * runTrainParser({ lang: "en", out: "models/syntax-en.parser.bin" });
 */
export function runTrainParser(opts: ParserTrainOptions): Parser {
  const lang = opts.lang;
  const data = DEFAULT_DATA[lang];
  const log = opts.log ?? (() => {});
  const trainSents = readTreebanks(opts.train ?? data.train);
  const devSents = readTreebanks(opts.dev ?? data.dev);
  const folds = opts.folds ?? 5;
  // The jackknife taggers build their tag dictionaries as the shipped tagger does.
  const verbForms = folds > 1 ? presentVerbForms(lang) : new Map();
  const train: ParseExample[] = new Array(trainSents.length);
  if (folds <= 1) {
    trainSents.forEach((s, i) => {
      train[i] = goldExample(s);
    });
  } else {
    for (let f = 0; f < folds; f++) {
      const rest = trainSents.filter((_, i) => i % folds !== f).map((s) => unitsOf(s, lang));
      const tagger = trainTagger(rest, [], { lang, epochs: opts.taggerEpochs ?? 6, verbForms });
      let n = 0;
      for (let i = f; i < trainSents.length; i += folds) {
        train[i] = parseExample(trainSents[i], tagSentence(tagger, trainSents[i], lang));
        n++;
      }
      log(`jackknife fold ${f + 1}/${folds}: tagged ${n} sentences`);
    }
  }
  const devTagger = Tagger.load(opts.tagger ?? modelPath(lang, "tagger"));
  const dev = devSents.map((s) => parseExample(s, tagSentence(devTagger, s, lang)));
  log(`parser ${lang}: ${train.length} training sentences, ${dev.length} dev sentences (predicted tags)`);
  const parser = trainParser(train, dev, { lang, epochs: opts.epochs ?? 15, log });
  const out = opts.out ?? modelPath(lang, "parser");
  const bytes = parser.encode();
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  return parser;
}

function goldExample(s: ConlluSentence): ParseExample {
  return {
    forms: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    feats: s.words.map((w) => w.feats),
    head: s.words.map((w) => w.head),
    deprel: s.words.map((w) => w.deprel),
  };
}

export interface SyntaxScores {
  words: number;
  upos: number;
  feats: number;
  lemma: number;
  uas: number;
  las: number;
  /** Words per second through tagger and parser. */
  speed: number;
}

/**
 * Scores the models on gold sentences (gold segmentation): UPOS, predicted
 * features, lemma accuracy, UAS and LAS (universal relations, punctuation included).
 *
 * @example
 * evaluateSyntax(syntaxModels("fr"), readTreebanks(["fr-sequoia/fr_sequoia-ud-test.conllu"]), "fr").las;
 */
export function evaluateSyntax(
  models: SyntaxModels,
  gold: readonly ConlluSentence[],
  lang: string,
): SyntaxScores {
  const predicted = gold.map((s) => structuredClone(s));
  const t0 = performance.now();
  for (const s of predicted) annotateSentence(models, s, lang);
  const seconds = (performance.now() - t0) / 1000;
  let words = 0;
  let upos = 0;
  let feats = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k].words;
    const p = predicted[k].words;
    for (let i = 0; i < g.length; i++) {
      words++;
      if (g[i].upos === p[i].upos) upos++;
      if (restrictFeats(g[i].feats, models.tagger.groups) === p[i].feats) feats++;
      if (g[i].lemma === p[i].lemma) lemma++;
      if (g[i].head === p[i].head) {
        uas++;
        if (baseRel(g[i].deprel) === baseRel(p[i].deprel)) las++;
      }
    }
  }
  const pct = (x: number) => (100 * x) / Math.max(1, words);
  return {
    words,
    upos: pct(upos),
    feats: pct(feats),
    lemma: pct(lemma),
    uas: pct(uas),
    las: pct(las),
    speed: words / Math.max(1e-9, seconds),
  };
}
