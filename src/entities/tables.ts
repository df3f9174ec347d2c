import { existsSync, readFileSync } from "node:fs";
import { ORGANISATION_SEATS } from "./metonyms.ts";
import { nameKey } from "./names.ts";
import { ORGANISATIONS, type OrganisationEntry } from "./organisations.ts";
import { PEOPLE, type PersonEntry } from "./people.ts";
import { RESEARCH_ORGANISATIONS } from "./research-organisations.ts";

/**
 * Name → entry indexes over the people and organisation tables, extensible
 * at run time (`addPeople`, `addOrganisations`) or by a JSON file named by
 * $DOSSIER_NAME_VARIANTS: `[{ "id": "person:…", "canonical": "…", "names": […] }]`
 * (ids starting "org:" go to organisations).
 */
let people: Map<string, PersonEntry> | null = null;
let orgs: Map<string, OrganisationEntry> | null = null;
let orgSeats: Map<string, OrganisationEntry> | null = null;

function build(): void {
  if (people) return;
  people = new Map();
  orgs = new Map();
  for (const p of PEOPLE) addTo(people, p);
  for (const o of ORGANISATIONS) addTo(orgs, o);
  for (const o of RESEARCH_ORGANISATIONS) addTo(orgs, o);
  orgSeats = new Map();
  for (const [id, names] of Object.entries(ORGANISATION_SEATS)) {
    const org = ORGANISATIONS.find((o) => o.id === id);
    if (org) for (const n of names) orgSeats.set(nameKey(n), org);
  }
  const file = process.env.DOSSIER_NAME_VARIANTS;
  if (file && existsSync(file)) {
    const extra = JSON.parse(readFileSync(file, "utf8")) as PersonEntry[];
    for (const e of extra) addTo(e.id.startsWith("org:") ? orgs : people, e);
  }
}

function addTo<E extends { names: string[] }>(map: Map<string, E>, e: E): void {
  for (const n of e.names) map.set(nameKey(n), e);
}

/**
 * The table entry of a person name in any spelling.
 *
 * @example
 * personByName("Poutine")?.id; // "person:vladimir-putin"
 */
export function personByName(name: string): PersonEntry | undefined {
  build();
  return people!.get(nameKey(name));
}

/** The table entry of an organisation name or acronym (OTAN, NATO …). */
export function organisationByName(name: string): OrganisationEntry | undefined {
  build();
  return orgs!.get(nameKey(name));
}

/**
 * The organisation a city stands for as an actor (metonymy).
 *
 * @example
 * organisationBySeat("Bruxelles")?.id; // "org:EU"
 */
export function organisationBySeat(name: string): OrganisationEntry | undefined {
  build();
  return orgSeats!.get(nameKey(name));
}

/** Adds people (or new spellings of known ids) to the name-variant table. */
export function addPeople(entries: PersonEntry[]): void {
  build();
  for (const e of entries) addTo(people!, e);
}

/** Adds organisations to the table. */
export function addOrganisations(entries: OrganisationEntry[]): void {
  build();
  for (const e of entries) addTo(orgs!, e);
}

export type { OrganisationEntry, PersonEntry };
