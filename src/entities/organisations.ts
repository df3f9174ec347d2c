/**
 * International organisations and other frequent news organisations with
 * their French and English names and acronyms; `id` is shared across languages.
 * Extend with `addOrganisations`.
 */
export interface OrganisationEntry {
  id: string;
  canonical: string;
  names: string[];
}

export const ORGANISATIONS: OrganisationEntry[] = [
  {
    id: "org:UN",
    canonical: "United Nations",
    names: [
      "ONU",
      "UN",
      "U.N.",
      "Nations unies",
      "Nations Unies",
      "Organisation des Nations unies",
      "United Nations",
    ],
  },
  {
    id: "org:UNSC",
    canonical: "UN Security Council",
    names: [
      "Conseil de sécurité",
      "Conseil de sécurité de l'ONU",
      "Conseil de sécurité des Nations unies",
      "Security Council",
      "UN Security Council",
      "U.N. Security Council",
    ],
  },
  {
    id: "org:UNGA",
    canonical: "UN General Assembly",
    names: [
      "Assemblée générale des Nations unies",
      "Assemblée générale de l'ONU",
      "UN General Assembly",
      "General Assembly",
    ],
  },
  {
    id: "org:NATO",
    canonical: "NATO",
    names: [
      "OTAN",
      "Otan",
      "NATO",
      "Nato",
      "Alliance atlantique",
      "Organisation du traité de l'Atlantique nord",
      "North Atlantic Treaty Organization",
    ],
  },
  {
    id: "org:EU",
    canonical: "European Union",
    names: ["UE", "EU", "E.U.", "Union européenne", "European Union"],
  },
  {
    id: "org:EC",
    canonical: "European Commission",
    names: ["Commission européenne", "European Commission", "Bruxelles"],
  },
  { id: "org:EP", canonical: "European Parliament", names: ["Parlement européen", "European Parliament"] },
  { id: "org:EUCO", canonical: "European Council", names: ["Conseil européen", "European Council"] },
  {
    id: "org:ECB",
    canonical: "European Central Bank",
    names: ["BCE", "ECB", "Banque centrale européenne", "European Central Bank"],
  },
  { id: "org:COE", canonical: "Council of Europe", names: ["Conseil de l'Europe", "Council of Europe"] },
  {
    id: "org:IAEA",
    canonical: "International Atomic Energy Agency",
    names: [
      "AIEA",
      "IAEA",
      "Agence internationale de l'énergie atomique",
      "International Atomic Energy Agency",
    ],
  },
  {
    id: "org:WHO",
    canonical: "World Health Organization",
    names: ["OMS", "WHO", "Organisation mondiale de la santé", "World Health Organization"],
  },
  {
    id: "org:IMF",
    canonical: "International Monetary Fund",
    names: ["FMI", "IMF", "Fonds monétaire international", "International Monetary Fund"],
  },
  { id: "org:WB", canonical: "World Bank", names: ["Banque mondiale", "World Bank"] },
  {
    id: "org:WTO",
    canonical: "World Trade Organization",
    names: ["OMC", "WTO", "Organisation mondiale du commerce", "World Trade Organization"],
  },
  {
    id: "org:OSCE",
    canonical: "OSCE",
    names: [
      "OSCE",
      "Organisation pour la sécurité et la coopération en Europe",
      "Organization for Security and Co-operation in Europe",
    ],
  },
  {
    id: "org:OECD",
    canonical: "OECD",
    names: [
      "OCDE",
      "OECD",
      "Organisation de coopération et de développement économiques",
      "Organisation for Economic Co-operation and Development",
    ],
  },
  {
    id: "org:OPEC",
    canonical: "OPEC",
    names: [
      "OPEP",
      "OPEC",
      "Organisation des pays exportateurs de pétrole",
      "Organization of the Petroleum Exporting Countries",
    ],
  },
  { id: "org:G7", canonical: "G7", names: ["G7", "G-7", "Groupe des sept", "Group of Seven"] },
  { id: "org:G20", canonical: "G20", names: ["G20", "G-20", "Groupe des vingt", "Group of Twenty"] },
  {
    id: "org:ICC",
    canonical: "International Criminal Court",
    names: ["CPI", "ICC", "Cour pénale internationale", "International Criminal Court"],
  },
  {
    id: "org:ICJ",
    canonical: "International Court of Justice",
    names: ["CIJ", "ICJ", "Cour internationale de justice", "International Court of Justice"],
  },
  {
    id: "org:ICRC",
    canonical: "International Committee of the Red Cross",
    names: [
      "CICR",
      "ICRC",
      "Comité international de la Croix-Rouge",
      "International Committee of the Red Cross",
      "Croix-Rouge",
      "Red Cross",
    ],
  },
  {
    id: "org:UNHCR",
    canonical: "UNHCR",
    names: ["HCR", "UNHCR", "Haut-Commissariat des Nations unies pour les réfugiés", "UN Refugee Agency"],
  },
  { id: "org:UNICEF", canonical: "UNICEF", names: ["Unicef", "UNICEF"] },
  { id: "org:AU", canonical: "African Union", names: ["Union africaine", "African Union", "UA"] },
  {
    id: "org:ASEAN",
    canonical: "ASEAN",
    names: [
      "ASEAN",
      "Anase",
      "Association des nations de l'Asie du Sud-Est",
      "Association of Southeast Asian Nations",
    ],
  },
  { id: "org:ARAB-LEAGUE", canonical: "Arab League", names: ["Ligue arabe", "Arab League"] },
  {
    id: "org:CSTO",
    canonical: "CSTO",
    names: [
      "OTSC",
      "CSTO",
      "Organisation du traité de sécurité collective",
      "Collective Security Treaty Organization",
    ],
  },
  {
    id: "org:SCO",
    canonical: "Shanghai Cooperation Organisation",
    names: ["OCS", "SCO", "Organisation de coopération de Shanghai", "Shanghai Cooperation Organisation"],
  },
  { id: "org:BRICS", canonical: "BRICS", names: ["BRICS", "Brics"] },
  {
    id: "org:WAGNER",
    canonical: "Wagner Group",
    names: ["Wagner", "groupe Wagner", "Wagner Group", "Wagner group"],
  },
  { id: "org:HAMAS", canonical: "Hamas", names: ["Hamas", "Hamás"] },
  { id: "org:HEZBOLLAH", canonical: "Hezbollah", names: ["Hezbollah", "Hizbollah", "Hizballah"] },
  { id: "org:TALIBAN", canonical: "Taliban", names: ["talibans", "Talibans", "Taliban", "taliban"] },
  {
    id: "org:ISIS",
    canonical: "Islamic State",
    names: [
      "État islamique",
      "Etat islamique",
      "EI",
      "Daech",
      "Daesh",
      "Islamic State",
      "ISIS",
      "ISIL",
      "IS",
    ],
  },
  {
    id: "org:AL-QAEDA",
    canonical: "al-Qaeda",
    names: ["Al-Qaïda", "al-Qaïda", "Al-Qaida", "al-Qaeda", "Al Qaeda", "al Qaeda"],
  },
  { id: "org:HOUTHIS", canonical: "Houthis", names: ["Houthis", "houthis", "Houthistes", "Ansar Allah"] },
  {
    id: "org:IRGC",
    canonical: "Islamic Revolutionary Guard Corps",
    names: [
      "Gardiens de la révolution",
      "pasdarans",
      "Pasdaran",
      "IRGC",
      "Revolutionary Guards",
      "Islamic Revolutionary Guard Corps",
    ],
  },
  { id: "org:CIA", canonical: "CIA", names: ["CIA"] },
  { id: "org:FBI", canonical: "FBI", names: ["FBI"] },
  { id: "org:NSA", canonical: "NSA", names: ["NSA"] },
  { id: "org:FSB", canonical: "FSB", names: ["FSB"] },
  { id: "org:GRU", canonical: "GRU", names: ["GRU"] },
  { id: "org:SBU", canonical: "SBU", names: ["SBU"] },
  { id: "org:MOSSAD", canonical: "Mossad", names: ["Mossad"] },
  { id: "org:DGSE", canonical: "DGSE", names: ["DGSE"] },
  { id: "org:GAZPROM", canonical: "Gazprom", names: ["Gazprom"] },
  { id: "org:ROSATOM", canonical: "Rosatom", names: ["Rosatom"] },
  { id: "org:ROSNEFT", canonical: "Rosneft", names: ["Rosneft"] },
  {
    id: "org:AFP",
    canonical: "Agence France-Presse",
    names: ["AFP", "Agence France-Presse", "Agence France Presse"],
  },
  { id: "org:REUTERS", canonical: "Reuters", names: ["Reuters"] },
  { id: "org:AP", canonical: "Associated Press", names: ["AP", "Associated Press"] },
  { id: "org:BBC", canonical: "BBC", names: ["BBC"] },
  { id: "org:TASS", canonical: "TASS", names: ["TASS", "Tass", "Itar-Tass"] },
  { id: "org:RIA", canonical: "RIA Novosti", names: ["RIA Novosti", "RIA"] },
];
