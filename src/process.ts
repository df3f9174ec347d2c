import { Doc } from "./doc/doc.ts";
import type { ArticleDate, Source } from "./doc/types.ts";
import { createPipeline } from "./pipeline/default.ts";
import type { Pipeline } from "./pipeline/pipeline.ts";

export interface ArticleInput {
  text: string;
  title?: string | null;
  date?: ArticleDate | null;
  lang?: string | null;
  source?: Source;
}

export interface ProcessOptions {
  /** Language forced by the user (`--lang`); wins over the input's and over detection. */
  lang?: string;
  pipeline?: Pipeline;
}

let shared: Pipeline | null = null;

/** The process-wide default pipeline, built once (models load lazily inside their stages). */
export function defaultPipeline(): Pipeline {
  shared ??= createPipeline();
  return shared;
}

/**
 * Runs the pipeline over one article.
 *
 * @example
 * const doc = processArticle({ text: "Le sommet s'est tenu mardi.", date: { value: "2023-09", precision: "month" } });
 * doc.lang; // "fr"
 */
export function processArticle(input: ArticleInput, options: ProcessOptions = {}): Doc {
  return (options.pipeline ?? defaultPipeline()).run(articleDoc(input, options.lang));
}

/**
 * The empty document of an article, before any stage: its language is declared when given.
 *
 * @example
 * articleDoc({ text: "Talks resumed." }, "en").langDeclared; // true
 */
export function articleDoc(input: ArticleInput, lang?: string | null): Doc {
  const code = lang ?? input.lang ?? null;
  return new Doc({
    text: input.text,
    title: input.title ?? null,
    lang: code,
    langDeclared: code != null,
    source: input.source ?? {},
    date: input.date ?? null,
  });
}
