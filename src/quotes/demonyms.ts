import { countries } from "../entities/countries.ts";
import { PLACE_DEMONYM_FEMININES_FR, PLACE_DEMONYMS_FR } from "../lang/fr/quotes-demonyms.ts";
import type { Gender } from "./tables.ts";

/** A French demonym form: the origin it names (a country code, or the place's own key) and its gender. */
export interface Demonym {
  /** Country code: « Niçoise » and « Française » share FR, so they may name the same person. */
  country: string;
  /** The place for a city or region demonym (« Nice »), else the country's French name. */
  place: string;
  /** Same for every form of one demonym (« niçois », « niçoise »). */
  key: string;
  gender: Gender;
}

let table: Map<string, Demonym> | null = null;

function feminine(m: string): string {
  return PLACE_DEMONYM_FEMININES_FR[m] ?? (m.endsWith("e") ? m : /(?:ien|on)$/.test(m) ? `${m}ne` : `${m}e`);
}

/**
 * French singular demonyms of countries, regions and cities, lower case, usable as a person noun.
 *
 * @example
 * frenchDemonym("niçoise"); // { country: "FR", place: "Nice", key: "niçois", gender: "f" }
 */
export function frenchDemonym(word: string): Demonym | undefined {
  if (!table) {
    table = new Map();
    for (const [m, [place, country]] of Object.entries(PLACE_DEMONYMS_FR)) {
      const f = feminine(m);
      table.set(m, { country, place, key: m, gender: f === m ? "" : "m" });
      if (f !== m) table.set(f, { country, place, key: m, gender: "f" });
    }
    for (const c of countries()) {
      const forms = new Set(c.demonymsFr);
      const key = c.demonymsFr[0] ?? c.code;
      for (const w of forms) {
        if (table.has(w)) continue;
        // Plurals ("françaises", "russes") are groups, not one person.
        if (/[sx]$/.test(w) && forms.has(w.slice(0, -1))) continue;
        const isF =
          (w.endsWith("e") && forms.has(w.slice(0, -1))) || (w.endsWith("nne") && forms.has(w.slice(0, -2)));
        const isM = forms.has(`${w}e`) || forms.has(`${w}ne`);
        table.set(w, { country: c.code, place: c.nameFr, key, gender: isF ? "f" : isM ? "m" : "" });
      }
    }
  }
  return table.get(word);
}

let byPlace: Map<string, Demonym> | null = null;

/**
 * The demonym of a city or region written as a one-word name (« Nice » → niçois).
 *
 * @example
 * demonymOfPlace("Nice")?.key; // "niçois"
 */
export function demonymOfPlace(name: string): Demonym | undefined {
  if (!byPlace) {
    byPlace = new Map();
    for (const [m, [place]] of Object.entries(PLACE_DEMONYMS_FR)) {
      const d = frenchDemonym(m);
      if (d && !place.includes(" ") && !byPlace.has(place)) byPlace.set(place, d);
    }
  }
  return byPlace.get(name);
}
