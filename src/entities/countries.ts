import { createRequire } from "node:module";
import { CAPITALS_EN, OTHER_CAPITAL_CITIES } from "../lang/en/entities-capitals.ts";
import { DEMONYMS_EN } from "../lang/en/entities-demonyms.ts";
import { CAPITALS_FR } from "../lang/fr/entities-capitals.ts";
import { DEMONYM_FEMININE_FR, DEMONYMS_FR } from "../lang/fr/entities-demonyms.ts";
import { SEATS_OF_POWER } from "./metonyms.ts";
import { nameKey } from "./names.ts";

/**
 * Countries in French and English from world-countries and i18n-iso-countries,
 * plus our tables of French capitals, seats of power and demonyms.
 */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English common name (the canonical form). */
  name: string;
  nameFr: string;
  /** Every country name, both languages. */
  names: string[];
  /** Capital names, both languages. */
  capitals: string[];
  /** The English name of the capital ("Moscow", "Kyiv", "Washington"). */
  capitalEn: string | null;
  demonymsFr: string[];
  demonymsEn: string[];
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
  independent?: boolean;
  unMember?: boolean;
  area?: number;
}

/**
 * Order in which countries claim a shared name, capital or demonym: UN members, then other independent
 * states, then the largest. "French" is France's before the French Southern Lands', "American" the United
 * States' before the Northern Mariana Islands' (the data lists the territories first).
 */
function claimOrder(a: WorldCountry, b: WorldCountry): number {
  return (
    Number(b.unMember ?? false) - Number(a.unMember ?? false) ||
    Number(b.independent ?? false) - Number(a.independent ?? false) ||
    (b.area ?? 0) - (a.area ?? 0)
  );
}

const require = createRequire(import.meta.url);
let table: Country[] | null = null;
let byKey: Map<string, Country> | null = null;
let byCapital: Map<string, Country> | null = null;
let bySeat: Map<string, Country> | null = null;
let byCode: Map<string, Country> | null = null;

function frenchForms(base: string): string[] {
  const m = base.toLowerCase();
  const f = DEMONYM_FEMININE_FR[m] ?? (m.endsWith("e") ? m : m.endsWith("en") ? `${m}ne` : `${m}e`);
  const plural = (w: string) => (/[sx]$/.test(w) ? w : `${w}s`);
  return [...new Set([m, f, plural(m), plural(f)])];
}

function englishForms(base: string): string[] {
  const out = [base];
  if (/(an|i)$/.test(base)) out.push(`${base}s`);
  return out;
}

/**
 * Every country record (loaded once).
 *
 * @example
 * countries().find((c) => c.code === "RU")?.nameFr; // "Russie"
 */
export function countries(): Country[] {
  if (table) return table;
  const world = require("world-countries/countries.json") as WorldCountry[];
  const en = (require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> })
    .countries;
  const fr = (require("i18n-iso-countries/langs/fr.json") as { countries: Record<string, string | string[]> })
    .countries;
  const list = (v: string | string[] | undefined) => (v == null ? [] : Array.isArray(v) ? v : [v]);
  table = [...world].sort(claimOrder).map((w) => {
    const code = w.cca2;
    const nameFr = w.translations.fra?.common ?? w.name.common;
    const names = new Set<string>([
      w.name.common,
      w.name.official,
      nameFr,
      w.translations.fra?.official ?? "",
      ...w.altSpellings.filter((a) => a.length > 3 || /^[A-Z]{2,3}$/.test(a) === false),
      ...list(en[code]),
      ...list(fr[code]),
    ]);
    names.delete("");
    const capitals = new Set<string>([
      ...w.capital,
      ...(CAPITALS_FR[code] ?? []),
      ...(CAPITALS_EN[code] ?? []),
    ]);
    const dm = w.demonyms ?? {};
    const demonymsFr = new Set<string>();
    for (const base of [dm.fra?.m, ...(DEMONYMS_FR[code] ?? [])])
      if (base) for (const f of frenchForms(base)) demonymsFr.add(f);
    if (dm.fra?.f) demonymsFr.add(dm.fra.f.toLowerCase());
    const demonymsEn = new Set<string>();
    for (const base of [dm.eng?.m, ...(DEMONYMS_EN[code] ?? [])])
      if (base) for (const f of englishForms(base)) demonymsEn.add(f);
    const capitalEn = (CAPITALS_EN[code]?.[0] ?? w.capital[0] ?? "").replace(/ D\.C\.$/, "") || null;
    return {
      code,
      name: w.name.common,
      nameFr,
      names: [...names],
      capitals: [...capitals],
      capitalEn,
      demonymsFr: [...demonymsFr],
      demonymsEn: [...demonymsEn],
    };
  });
  return table;
}

function index(): void {
  if (byKey) return;
  byKey = new Map();
  byCapital = new Map();
  bySeat = new Map();
  byCode = new Map();
  for (const c of countries()) {
    byCode.set(c.code, c);
    for (const n of c.names) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), c);
  }
  for (const c of countries())
    for (const n of c.capitals) if (!byCapital.has(nameKey(n))) byCapital.set(nameKey(n), c);
  // Washington D.C. is listed as "Washington D.C."; plain Washington is added by our table.
  for (const [code, seats] of Object.entries(SEATS_OF_POWER)) {
    const c = byCode.get(code);
    if (c) for (const s of seats) bySeat.set(nameKey(s), c);
  }
}

/** The country named `name` (French or English, any accents), or undefined. */
export function countryByName(name: string): Country | undefined {
  index();
  return byKey!.get(nameKey(name));
}

/**
 * The English name of the city a capital's name stands for as a place: the country's first
 * capital, unless the name is another of its capitals (The Hague, Cape Town).
 *
 * @example
 * capitalCityName(countryByCapital("La Haye")!, "La Haye"); // "The Hague"
 */
export function capitalCityName(country: Country, name: string): string {
  otherCities ??= new Map(Object.entries(OTHER_CAPITAL_CITIES).map(([k, v]) => [nameKey(k), v]));
  return otherCities.get(nameKey(name)) ?? country.capitalEn ?? name;
}
let otherCities: Map<string, string> | undefined;

/** The country whose capital is `name` (Moscou, Moscow, Kyiv, Kiev …). */
export function countryByCapital(name: string): Country | undefined {
  index();
  return byCapital!.get(nameKey(name));
}

/** The country a seat of power stands for (le Kremlin, the White House …). */
export function countryBySeat(name: string): Country | undefined {
  index();
  return bySeat!.get(nameKey(name));
}

export function countryByCode(code: string): Country | undefined {
  index();
  return byCode!.get(code);
}

/** Adds seats of power (metonyms) for a country code. */
export function addMetonyms(code: string, names: string[]): void {
  index();
  const c = byCode!.get(code);
  if (c) for (const n of names) bySeat!.set(nameKey(n), c);
}
