import { dates } from "../dates/component.ts";
import type { Doc } from "../doc/doc.ts";
import { link } from "../entities/link.ts";
import { ner } from "../ner/component.ts";
import type { Component } from "../pipeline/pipeline.ts";
import { primeOnce, primerDoc } from "../pipeline/primer.ts";
import { quantities } from "../quantities/component.ts";
import { parser, tagger } from "../syntax/component.ts";
import { extractEvents } from "./extract.ts";
import { mergeEvents } from "./merge.ts";

/**
 * Invented sentences for the rules' rarer paths: demands and blame under a speech verb, allegations,
 * speech incises, « selon » / "according to", appositions, relative and inclusion asides, pronoun
 * subjects, subjects a parser hangs elsewhere (a participle adjunct of a passive, a subject set off before a
 * participle, a purpose infinitive), titles before names, and triggers of several types (aid, meetings, visits, attacks,
 * protests, strikes, arrests, releases, threats, sanctions, withdrawals, agreements, accusations).
 */
const PRIMERS: Record<string, string> = {
  en: `The foreign minister of Valdoria, Anton Bresk, said on Monday that Karsania must withdraw its troops from the border.
Bresk, who met President Lena Orvath in Kosar last week, said the Karsanian army was responsible for the shelling of two villages.
Karsania rigged the vote, the opposition leader Mira Tesh told reporters, an allegation the government denies.
"We will not sign any deal," said a spokesman for the rebels, who released four hostages, including two aid workers, on Friday.
According to the Red Crescent, Valdoria delivered 40 tonnes of food and medicine to the refugees in Marvel on 3 May.
Thousands of students protested in the capital against the new tax, and dockworkers went on strike for a week.
Police arrested 12 protesters, and the interior ministry threatened to ban further rallies.
The European Union imposed sanctions on Karsania after its jets struck a convoy near the border, killing seven soldiers.
He visited Berlin on Tuesday and held talks with the German chancellor, and the two leaders signed a trade agreement.
The United States accused Iran of supplying drones to Russia, and Washington called on Tehran to stop the shipments.
The convoy was ambushed by militants near Kosar, wounding three drivers, and the army said the militants must be disarmed.
The envoy, speaking after talks with the rebels, urged both sides to end the fighting.
Karsania summoned the Valdorian ambassador to protest against the raid, and Amnesty International called on the army to free the detainees.
After the raid, the mayor of Kosar said the soldiers must leave the city, and the prime minister said Valdoria was behind the attack on the pipeline.`,
  fr: `Le ministre valdorien des Affaires étrangères, Anton Bresk, a déclaré lundi que la Karsanie doit retirer ses troupes de la frontière.
Bresk, qui a rencontré la présidente Lena Orvath à Kosar la semaine dernière, estime que l'armée karsane est responsable du bombardement de deux villages.
La Karsanie a truqué le scrutin, a affirmé la cheffe de l'opposition Mira Tesh, une accusation que le gouvernement rejette.
« Nous ne signerons aucun accord », a assuré le porte-parole des rebelles, qui ont libéré quatre otages, dont deux humanitaires, vendredi.
Selon le Croissant-Rouge, la Valdorie a livré 40 tonnes de vivres et de médicaments aux réfugiés de Marvel le 3 mai.
Des milliers d'étudiants ont manifesté dans la capitale contre la nouvelle taxe, et les dockers se sont mis en grève pendant une semaine.
La police a arrêté 12 manifestants, et le ministère de l'Intérieur a menacé d'interdire de nouveaux rassemblements.
L'Union européenne a imposé des sanctions à la Karsanie après que ses avions ont frappé un convoi près de la frontière, tuant sept soldats.
Il s'est rendu à Berlin mardi et s'est entretenu avec le chancelier allemand, et les deux dirigeants ont signé un accord commercial.
Les États-Unis ont accusé l'Iran de fournir des drones à la Russie, et Washington a appelé Téhéran à cesser ces livraisons.
Le convoi a été attaqué par des miliciens près de Kosar, blessant trois chauffeurs, et l'armée a déclaré que les miliciens doivent être désarmés.
L'émissaire, s'exprimant après des pourparlers avec les rebelles, a exhorté les deux camps à cesser les combats.
La Karsanie a convoqué l'ambassadeur valdorien pour protester contre le raid, et Amnesty International a appelé l'armée à libérer les détenus.
Après le raid, le maire de Kosar a déclaré que les soldats doivent quitter la ville, et le Premier ministre estime que la Valdorie est derrière l'attaque contre l'oléoduc.`,
};

/** The stages before events that fill what its rules read: syntax, entities and their links, quantities, dates. */
const PRIMER_STAGES: Component[] = [tagger, parser, ner, link, quantities, dates];

const primed = new Set<string>();

/**
 * Runs the events rules once over the language's primer, annotated by the earlier stages, before the first
 * document: V8 then has type feedback for their rarer paths before it optimises them, instead of
 * recompiling them after some later article first takes one.
 */
function prime(lang: string): void {
  const text = PRIMERS[lang];
  if (text === undefined) return;
  let doc = primerDoc(text, lang, { value: "2024-05-16", precision: "day" });
  for (const stage of PRIMER_STAGES) doc = stage.run(doc);
  mergeEvents(extractEvents(doc));
}

/**
 * Fills `doc.events` with PLOVER event frames. Reads the syntax columns and
 * `doc.entities`, `doc.quantities`, `doc.dates` when earlier stages filled
 * them, and falls back to linear patterns and the shared country tables.
 *
 * @example
 * events.run(doc).events[0]; // { type: "AID", source: [{ name: "la Karsanie" }], modality: "delivered", … }
 */
export function tagEvents(doc: Doc): Doc {
  primeOnce(primed, doc.lang, prime);
  doc.events = mergeEvents(extractEvents(doc)).map((e) => e.event);
  return doc;
}

/** Pipeline stage `events`. */
export const events: Component = {
  name: "events",
  needs: ["sentences", "tokens"],
  adds: ["events"],
  langs: ["fr", "en"],
  run: tagEvents,
};
