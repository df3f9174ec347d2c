import type { Component } from "../pipeline/pipeline.ts";
import { primeOnce, primerDoc } from "../pipeline/primer.ts";
import { extractDates } from "./extract.ts";

/**
 * Invented sentences with the date forms the rules read: full and partial dates, ranges and
 * coordinated days, years, decades and centuries, relative days, weeks, months and years, parts of
 * months and seasons, numeric dates, times, open periods, quarters and durations.
 */
const PRIMERS: Record<string, string> = {
  fr: `Le mardi 14 mai 2024, puis le 3 juin et le 1er janvier 2023. Du 5 au 9 mars 2022, entre 1998 et 2001, en 2019-2020,
dans les années 1990, au XXe siècle. Hier, aujourd'hui, demain, la semaine dernière, le mois prochain, l'an dernier,
il y a trois ans, dans deux semaines, lundi dernier, vendredi prochain. Mi-avril, fin juillet, début septembre,
au printemps 2021, à l'automne. Le 12/03/2021 et le 2021-03-12. Le 3 mai à 15 h 30. Depuis 2015, jusqu'en 2030,
d'ici à 2025. Les 4 et 5 octobre. Janvier 2020. Le premier trimestre 2022. Pendant dix ans, le 31 février.`,
  en: `On Tuesday, May 14, 2024, then on June 3 and January 1, 2023. From March 5 to 9, 2022, between 1998 and 2001,
in 2019-20, in the 1990s, in the 20th century. Yesterday, today, tomorrow, last week, next month, last year,
three years ago, in two weeks, last Monday, next Friday. In mid-April, late July, early September, in spring 2021,
in the fall. On 12/03/2021 and 2021-03-12. On 3 May at 3:30 p.m. Since 2015, until 2030, by 2025.
On October 4 and 5. January 2020. The first quarter of 2022. For ten years, on the 5th of June, on February 31.`,
};

const primed = new Set<string>();

/**
 * Runs extractDates once over the language's primer (dated, as news is) before the first document:
 * V8 then has type feedback for the rules' rarer paths before it optimises them, instead of
 * recompiling them after some later article first takes one.
 */
function prime(lang: string): void {
  const text = PRIMERS[lang];
  if (text !== undefined) extractDates(primerDoc(text, lang, { value: "2024-05-16", precision: "day" }));
}

/**
 * Pipeline stage: fills `doc.dates` with the dates of French and English
 * documents, resolved against `doc.date` and never more precise than it allows.
 *
 * @example
 * createPipeline().run(doc).dates
 */
export const dates: Component = {
  name: "dates",
  needs: ["tokens"],
  adds: ["dates"],
  langs: ["fr", "en"],
  run(doc) {
    primeOnce(primed, doc.lang, prime);
    doc.dates = extractDates(doc);
    return doc;
  },
};
