import type { OrganisationEntry } from "./organisations.ts";

/**
 * Think tanks, research institutes and monitoring groups that news quotes as
 * sources, with their French and English names, so that « l'Institut pour
 * l'étude de la guerre » and "the Institute for the Study of War" are one
 * organisation across languages. Read by linking (src/entities/tables.ts) only,
 * not by the NER gazetteer, whose features were trained with its own table.
 * Acronyms that are also common words or other names (IRIS, the IRIS-T system)
 * are left out.
 */
export const RESEARCH_ORGANISATIONS: OrganisationEntry[] = [
  {
    id: "org:ISW",
    canonical: "Institute for the Study of War",
    names: ["Institute for the Study of War", "Institut pour l'étude de la guerre", "ISW"],
  },
  {
    id: "org:CSIS",
    canonical: "Center for Strategic and International Studies",
    names: [
      "Center for Strategic and International Studies",
      "Centre d'études stratégiques et internationales",
      "Centre for Strategic and International Studies",
      "CSIS",
    ],
  },
  {
    id: "org:IISS",
    canonical: "International Institute for Strategic Studies",
    names: [
      "International Institute for Strategic Studies",
      "Institut international d'études stratégiques",
      "IISS",
    ],
  },
  {
    id: "org:SIPRI",
    canonical: "Stockholm International Peace Research Institute",
    names: [
      "Stockholm International Peace Research Institute",
      "Institut international de recherche sur la paix de Stockholm",
      "SIPRI",
      "Sipri",
    ],
  },
  {
    id: "org:RUSI",
    canonical: "Royal United Services Institute",
    names: ["Royal United Services Institute", "RUSI"],
  },
  {
    id: "org:IFRI",
    canonical: "French Institute of International Relations",
    names: [
      "Institut français des relations internationales",
      "French Institute of International Relations",
      "IFRI",
      "Ifri",
    ],
  },
  {
    id: "org:FRS",
    canonical: "Fondation pour la recherche stratégique",
    names: ["Fondation pour la recherche stratégique", "Foundation for Strategic Research"],
  },
  {
    id: "org:IRIS-FR",
    canonical: "Institut de relations internationales et stratégiques",
    names: [
      "Institut de relations internationales et stratégiques",
      "French Institute for International and Strategic Affairs",
    ],
  },
  {
    id: "org:ECFR",
    canonical: "European Council on Foreign Relations",
    names: [
      "European Council on Foreign Relations",
      "Conseil européen des relations internationales",
      "ECFR",
    ],
  },
  {
    id: "org:CFR",
    canonical: "Council on Foreign Relations",
    names: ["Council on Foreign Relations", "Conseil des relations étrangères"],
  },
  { id: "org:BROOKINGS", canonical: "Brookings Institution", names: ["Brookings Institution", "Brookings"] },
  { id: "org:RAND", canonical: "RAND Corporation", names: ["RAND Corporation", "RAND", "Rand Corporation"] },
  {
    id: "org:CARNEGIE",
    canonical: "Carnegie Endowment for International Peace",
    names: ["Carnegie Endowment for International Peace", "Fondation Carnegie pour la paix internationale"],
  },
  { id: "org:CHATHAM", canonical: "Chatham House", names: ["Chatham House"] },
  {
    id: "org:ATLANTIC-COUNCIL",
    canonical: "Atlantic Council",
    names: ["Atlantic Council", "Conseil atlantique"],
  },
  {
    id: "org:CRISIS-GROUP",
    canonical: "International Crisis Group",
    names: ["International Crisis Group", "Crisis Group", "Groupe international de crise", "ICG"],
  },
  {
    id: "org:KIEL-INSTITUTE",
    canonical: "Kiel Institute for the World Economy",
    names: [
      "Kiel Institute for the World Economy",
      "Kiel Institute",
      "Institut de Kiel",
      "Institut de Kiel pour l'économie mondiale",
    ],
  },
  {
    id: "org:AMNESTY",
    canonical: "Amnesty International",
    names: ["Amnesty International", "Amnesty"],
  },
  { id: "org:HRW", canonical: "Human Rights Watch", names: ["Human Rights Watch", "HRW"] },
  {
    id: "org:RSF",
    canonical: "Reporters Without Borders",
    names: ["Reporters sans frontières", "Reporters Without Borders", "RSF"],
  },
  {
    id: "org:OSDH",
    canonical: "Syrian Observatory for Human Rights",
    names: [
      "Observatoire syrien des droits de l'homme",
      "Syrian Observatory for Human Rights",
      "OSDH",
      "SOHR",
    ],
  },
  { id: "org:38-NORTH", canonical: "38 North", names: ["38 North"] },
  {
    id: "org:CONFLICT-ARMAMENT-RESEARCH",
    canonical: "Conflict Armament Research",
    names: ["Conflict Armament Research"],
  },
];
