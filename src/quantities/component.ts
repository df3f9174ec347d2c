import type { Component } from "../pipeline/pipeline.ts";
import { primeOnce, primerDoc } from "../pipeline/primer.ts";
import { extractQuantities } from "./extract.ts";

/**
 * Invented sentences that take the number grammar's rarer paths (Roman and word ordinals, a sign
 * or an ISO code before the figure, a sign after a word, qualified currencies, scales, units, an
 * inherited currency, a figure inside a name).
 */
const PRIMERS: Record<string, string> = {
  fr: `Au XVIIIe siècle, le IIe arrondissement, la Ire armée et Louis Ier. Le 1er prix, au 20e rang, pour la vingtième fois.
Il a payé 40 €, US$ 5, USD 40 puis 40 CHF, et ABS$ 3 ou C$ 10. Environ 3,5 milliards d'euros, 325 000 dollars canadiens,
une trentaine de kilomètres, 152 m de long, 20 %, 12 km/h et 4 t. Sur les 1,2 milliard d'euros annoncés, seuls 140 millions
ont été versés. Quatre-vingt-dix-neuf soldats et dix-sept chars Leopard 2 sont arrivés le 3 mai 2021 à 15 h, devant des centaines de curieux.`,
  en: `In the 18th century, the 1st prize went out for the twentieth time to XIV Corps and the IIe team. He paid $325 million, US$ 5, USD 40,
40 CHF, €40m and £3bn, or ABS$ 3 and C$ 10. About 3.5 billion euros, 1,200.50 Canadian dollars, 500 pounds sterling,
twenty-one soldiers, a hundred km, 152 m long, 20 percent and 30 per cent. Of the $1.2 billion pledged, only 140 million
was paid. Apollo 11 flew on March 2, 1969, at 3 p.m., watched by hundreds of people.`,
};

const primed = new Set<string>();

/**
 * Runs extractQuantities once over the language's primer before the first document, so that V8 has
 * type feedback for the rarer paths before it optimises the stage: a path first taken on some later
 * article otherwise threw away the optimised code of the whole loop (which inlines the readers) and
 * TurboFan compiled it again, several times per thread on the KB bench.
 */
function prime(lang: string): void {
  const text = PRIMERS[lang];
  if (text !== undefined) extractQuantities(primerDoc(text, lang));
}

/**
 * Pipeline stage: fills `doc.quantities` (numbers, money with ISO 4217 codes,
 * units, percentages, ordinals) for French and English documents.
 *
 * @example
 * createPipeline().run(doc).quantities
 */
export const quantities: Component = {
  name: "quantities",
  needs: ["tokens"],
  adds: ["quantities"],
  langs: ["fr", "en"],
  run(doc) {
    primeOnce(primed, doc.lang, prime);
    doc.quantities = extractQuantities(doc);
    return doc;
  },
};
