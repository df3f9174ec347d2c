import { eld } from "eld/medium";
import type { Doc } from "../doc/doc.ts";
import { isSupported } from "../lang/index.ts";
import type { Component } from "../pipeline/pipeline.ts";

/** How much text the detector reads: enough for a stable guess, cheap on long articles. */
const SAMPLE_CHARS = 2000;

/**
 * Detects the language of a text (ISO 639-1), or "und" when nothing is reliable.
 *
 * @example
 * detectLanguage("Le sommet s'est tenu mardi à Genève."); // "fr"
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const result = eld.detect(sample);
  if (!result.language) return "und";
  if (isSupported(result.language)) return result.language;
  // Short or mixed text: prefer fr/en when either scores close to the winner.
  const scores = result.getScores() as Record<string, number>;
  const best = scores[result.language] ?? 0;
  for (const lang of ["fr", "en"]) {
    if ((scores[lang] ?? 0) >= best * 0.97) return lang;
  }
  return result.language;
}

/**
 * Language identification: a declared language wins; text in another
 * language keeps its code, runs the language-independent stages, and is flagged.
 */
export const langid: Component = {
  name: "langid",
  needs: [],
  adds: ["lang"],
  run(doc: Doc): Doc {
    if (!doc.langDeclared || !doc.lang) {
      doc.lang = detectLanguage(doc.title ? `${doc.title}\n${doc.text}` : doc.text);
    }
    if (!isSupported(doc.lang)) {
      doc.flags.push({
        start: 0,
        end: doc.text.length,
        kind: "language",
        message: `language "${doc.lang}" is not supported: only language-independent stages ran`,
      });
    }
    return doc;
  },
};
