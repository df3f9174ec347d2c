import type { Component } from "../pipeline/pipeline.ts";
import { primeOnce, primerDoc } from "../pipeline/primer.ts";
import { detectFlags } from "./detect.ts";

/**
 * Invented paragraphs with the artefacts the detectors look for and the look-alikes they must let
 * pass: words of the other language (bracketed, in a run, as a clause, in a title or a quotation),
 * lower-case restarts, repeated sentences and runs, quote marks left open, closed without opening,
 * reopened in the next paragraph, used as ditto marks, and an odd straight double quote.
 */
const PRIMERS: Record<string, string> = {
  fr: `Le maire a signé [and] le texte [sic] hier. Le conseil a voté the budget of the city and the plan ce soir.
Il a promis que the new bridge will be open next year. le projet a été lancé. puis il a été repoussé au mois de mars.
Le projet de loi a été adopté. Le projet de loi a été adopté. Le comité le comité a siégé a siégé toute la nuit.
« La séance reprendra demain, a-t-il dit. Elle a répondu : les chiffres sont bons ». Prix : 22 » 43 » 18 ».
« Nous irons jusqu'au bout, a ajouté la ministre.
« Et nous tiendrons nos promesses », a-t-elle conclu. Le "rapport final est attendu en juin.`,
  en: `The mayor signed [et] the text [sic] yesterday. The council voted le budget de la ville et le plan tonight.
She said que le nouveau pont sera ouvert l'an prochain. the project was launched. then it was pushed back to March.
The bill was passed. The bill was passed. The committee the committee sat sat through the night.
“The session resumes tomorrow, he said. She replied: the figures are good”. Prices: 22 ” 43 ” 18 ”.
“We will see it through, the minister added.
“And we will keep our promises,” she concluded. The "final report is expected in June.`,
};

const primed = new Set<string>();

/**
 * Runs the detectors once over the language's primer before the first document: V8 then has type
 * feedback for their rarer branches before it optimises them (unbalancedQuotes, untranslatedClause,
 * functionWordRuns and duplicatedRun were each compiled again after a later article took a new branch).
 */
function prime(lang: string): void {
  const text = PRIMERS[lang];
  if (text !== undefined) detectFlags(primerDoc(text, lang));
}

/**
 * Pipeline stage: adds machine-translation artefacts to `doc.flags`
 * (untranslated fragments, lower-case restarts, duplicated fragments,
 * unbalanced quote marks unless the quotes stage flagged them already).
 *
 * @example
 * createPipeline().run(doc).flags.filter((f) => f.kind.startsWith("mt-"))
 */
export const flags: Component = {
  name: "flags",
  needs: ["sentences"],
  adds: ["flags"],
  langs: ["fr", "en"],
  run(doc) {
    primeOnce(primed, doc.lang, prime);
    const found = detectFlags(doc);
    if (found.length > 0) doc.flags = [...doc.flags, ...found].sort((a, b) => a.start - b.start);
    return doc;
  },
};
