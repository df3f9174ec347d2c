import type { SenseRule } from "../../events/tables.ts";

/**
 * Déclencheurs français pris dans un autre sens (issue 6) : compléments, voisins et sujets
 * qui excluent la lecture d'événement, écrits d'après la langue générale.
 */
export const EVENT_SENSES_FR: SenseRule[] = [
  // « a attaqué les réseaux informatiques du ministère » : une attaque de réseaux ou de sites est cyber (COERCE).
  ...["attaquer", "viser", "frapper", "paralyser"].map((lemma) => ({
    lemma,
    retype: {
      with: [
        "réseau",
        "réseaux",
        "ordinateurs",
        "site",
        "sites",
        "serveur",
        "serveurs",
        "messagerie",
        "informatique",
        "informatiques",
      ],
      type: "COERCE" as const,
      mode: "cyber",
    },
  })),
  // « révoquer un ministre, un préfet » : un renvoi, pas la levée d'une mesure.
  {
    lemma: "révoquer",
    notWith: [
      "ministre",
      "ministres",
      "préfet",
      "préfets",
      "directeur",
      "directrice",
      "gouverneur",
      "juge",
      "juges",
      "général",
      "fonctionnaire",
      "fonctionnaires",
      "maire",
      "officier",
      "officiers",
      "ambassadeur",
      "chef",
    ],
  },
  // « tirer la conclusion, les leçons, le bilan » : un raisonnement, pas un tir.
  {
    lemma: "tirer",
    notWith: [
      "conclusion",
      "conclusions",
      "leçon",
      "leçons",
      "bilan",
      "enseignement",
      "enseignements",
      "parti",
      "profit",
      "conséquence",
      "conséquences",
      "sort",
      "portrait",
      "trait",
      "épingle",
      "affaire",
      "chapeau",
      "sonnette",
      "oreille",
      "révérence",
      "rideau",
    ],
  },
  // « manquer à l'appel », « faire appel » : une absence, un recours en justice.
  {
    lemma: "appel",
    notAfter: [
      "manquer",
      "manquant",
      "manque",
      "manquent",
      "manqué",
      "faire",
      "fait",
      "interjeter",
      "cour",
      "juridiction",
    ],
  },
  {
    lemma: "appel",
    notWith: ["offres", "candidatures", "projets", "fonds", "dons", "numéro", "téléphonique"],
  },
  { lemma: "soutenir", notWith: ["équipe", "club", "supporters", "joueurs", "joueur", "thèse", "mémoire"] },
  { lemma: "soutien", notWith: ["scolaire", "psychologique"] },
  { lemma: "menace", notWith: ["santé", "espèce", "espèces", "environnement", "survie", "climat"] },
  { lemma: "protéger", notSubjects: ["dieu", "ciel", "seigneur", "allah"] },
  {
    lemma: "acquérir",
    notWith: [
      "victoire",
      "expérience",
      "notoriété",
      "réputation",
      "savoir",
      "compétence",
      "compétences",
      "habitude",
      "connaissances",
      "droit",
      "statut",
      "maturité",
      "acquise",
    ],
  },
  {
    lemma: "acquérir",
    notSubjects: [
      "victoire",
      "expérience",
      "notoriété",
      "réputation",
      "savoir",
      "compétence",
      "habitude",
      "droit",
      "statut",
    ],
  },
  {
    lemma: "essai",
    notWith: ["clinique", "cliniques", "thérapeutique", "vaccin", "nucléaire", "transformé"],
  },
  { lemma: "procès", notWith: ["intention", "intentions"] },
  // Une tournée d'équipe ou d'artiste, un voyage privé : pas une visite officielle.
  {
    lemma: "tournée",
    notWith: [
      "équipe",
      "groupe",
      "chanteur",
      "chanteuse",
      "orchestre",
      "troupe",
      "concert",
      "concerts",
      "promotion",
      "spectacle",
      "adieux",
    ],
  },
  {
    lemma: "voyage",
    notWith: ["noces", "scolaire", "affaires", "agence", "vacances", "famille", "temps", "presse"],
  },
  {
    lemma: "visiter",
    notWith: ["musée", "parc", "exposition", "salon", "famille", "amis", "site", "zoo", "château"],
  },
  { lemma: "solidarité", notAfter: ["revenu", "impôt", "taxe", "allocation", "prime"] },
  {
    lemma: "tuer",
    notSubjects: [
      "accident",
      "incendie",
      "tempête",
      "ouragan",
      "séisme",
      "tremblement",
      "inondation",
      "inondations",
      "avalanche",
      "maladie",
      "virus",
      "canicule",
      "cancer",
      "chute",
      "explosion",
      "éruption",
      "foudre",
    ],
  },
  // « ordonner le retrait des troupes » : le retrait est l'événement.
  {
    lemma: "ordonner",
    retype: { with: ["retrait", "évacuation", "repli"], type: "RETREAT", mode: "withdraw" },
  },
  // « ordonner l'arrêt des échanges, la suspension de l'aide, l'expulsion de » : la mesure ordonnée est l'acte.
  {
    lemma: "ordonner",
    retype: {
      with: ["arrêt", "suspension", "embargo", "gel", "fermeture", "boycott"],
      type: "SANCTION",
      mode: "discontinue",
    },
  },
  { lemma: "ordonner", retype: { with: ["expulsion"], type: "SANCTION", mode: "expel" } },
  {
    lemma: "ordonner",
    retype: { with: ["arrestation", "arrestations", "interpellation"], type: "COERCE", mode: "arrest" },
  },
  // « a renvoyé de force 500 réfugiés » : un retour imposé est une expulsion.
  { lemma: "renvoyer", retype: { with: ["force", "forcé", "forcés"], type: "COERCE", mode: "deport" } },
  { lemma: "rapatrier", retype: { with: ["force", "forcé", "forcés"], type: "COERCE", mode: "deport" } },
  // Un raid aérien ou contre des positions est une attaque, pas une perquisition.
  {
    lemma: "raid",
    retype: {
      with: ["aérien", "aériens", "positions", "bases", "camps", "avions", "chasseurs"],
      type: "ASSAULT",
      mode: "aerial",
    },
  },
];
