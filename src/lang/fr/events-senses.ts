import type { SenseRule } from "../../events/tables.ts";

/**
 * Déclencheurs français pris dans un autre sens (issue 6) : compléments, voisins et sujets
 * qui excluent la lecture d'événement, écrits d'après la langue générale.
 */
/** Ce qu'on « acquiert » sans transfert : une victoire, de l'expérience, un statut. */
const ACQUIRED_QUALITIES = [
  "victoire",
  "expérience",
  "notoriété",
  "réputation",
  "savoir",
  "compétence",
  "habitude",
  "droit",
  "statut",
];

export const EVENT_SENSES_FR: SenseRule[] = [
  // « a invité Poutine à se rendre à Pyongyang » : une invitation à une visite d'État est un accord (le manuel, AGREE),
  // pas une exhortation.
  {
    lemma: "inviter",
    type: "REQUEST",
    retype: { with: ["rendre", "visiter", "venir", "visite"], type: "AGREE" },
  },
  // « en conférence de presse » : un point de presse est le lieu d'une déclaration, pas une rencontre.
  { lemma: "conférence", notWith: ["presse"] },
  // « se retrouve sans abri », « s'est retrouvé seul face à », « se retrouvent dans une situation difficile » :
  // un état où l'on tombe, pas une rencontre.
  {
    lemma: "se retrouver",
    notWith: [
      "sans",
      "seul",
      "seuls",
      "seule",
      "seules",
      "face",
      "situation",
      "difficulté",
      "minorité",
      "isolé",
      "isolés",
      "isolée",
      "isolées",
      "piégé",
      "piégés",
      "piégée",
      "piégées",
      "coincé",
      "coincés",
      "coincée",
      "coincées",
      "privé",
      "privés",
      "privées",
      "obligé",
      "obligés",
      "obligée",
      "obligées",
      "contraint",
      "contraints",
      "contrainte",
      "contraintes",
      "cœur",
      "centre",
      "tête",
      "prison",
      "chômage",
      "rue",
      "impliqué",
      "impliquée",
      "impliqués",
      "mêlé",
      "mêlée",
      "mêlés",
      "privée",
    ],
  },
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
      "manche",
      "sonnette",
      "rideau",
      "épingle",
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
    notWith: [...ACQUIRED_QUALITIES, "compétences", "connaissances", "maturité", "acquise"],
    notSubjects: ACQUIRED_QUALITIES,
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
  // Le manuel (SANCTION expel, COERCE) : des diplomates sommés de partir sont expulsés ; tout autre groupe
  // ou personne sommé de quitter un pays est contraint (« a ordonné à l'ONG de quitter le pays »).
  {
    lemma: "ordonner",
    retype: {
      with: [
        "diplomate",
        "diplomates",
        "ambassadeur",
        "ambassadeurs",
        "ambassadrice",
        "consul",
        "consuls",
        "attaché",
        "attachés",
      ],
      type: "SANCTION",
      mode: "expel",
    },
  },
  { lemma: "ordonner", retype: { with: ["quitter"], type: "COERCE", mode: "deport" } },
  // Le manuel (AID, SANCTION) : un paiement ordonné par un tribunal est une SANCTION.
  {
    lemma: "ordonner",
    retype: { with: ["payer", "verser", "rembourser", "indemniser"], type: "SANCTION", mode: "convict" },
  },
  {
    lemma: "condamner",
    type: "ACCUSE",
    retype: {
      with: ["payer", "verser", "rembourser", "indemniser", "amende"],
      type: "SANCTION",
      mode: "convict",
    },
  },
  // Le manuel (REJECT) : interdire à un groupe d'entrer sur son territoire est un rejet (« a interdit l'entrée du
  // pays aux enquêteurs ») ; l'expulser est une COERCE.
  { lemma: "interdire", retype: { with: ["entrée", "entrer"], type: "REJECT" } },
  // Le manuel (SANCTION convict) : une peine de prison est aussi une COERCE `arrest`
  // (« a condamné deux blogueurs à quatre ans de prison ») ; une amende reste une condamnation.
  {
    lemma: "condamner",
    type: "SANCTION",
    retype: {
      with: ["prison", "emprisonnement", "réclusion", "détention"],
      type: "COERCE",
      mode: "arrest",
      within: 8,
    },
  },
  // Le manuel (CONCEDE) : un cessez-le-feu décrété (pas encore observé) est une concession.
  {
    lemma: "cessez-le-feu",
    retype: { with: ["unilatéral", "décréter", "décrété", "décrète", "proclamé"], type: "CONCEDE" },
  },
  {
    lemma: "trêve",
    retype: { with: ["unilatérale", "décréter", "décrété", "décrète", "proclamée"], type: "CONCEDE" },
  },
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
  // Locutions où « donner », « offrir », « remettre » ne transfèrent rien : donner lieu, suite, raison,
  // naissance, le coup d'envoi, une conférence, une avance ; offrir la possibilité ; « se remettre » (guérir).
  {
    lemma: "donner",
    notWith: [
      "lieu",
      "suite",
      "raison",
      "naissance",
      "coup",
      "importance",
      "avance",
      "avantage",
      "impression",
      "sens",
      "exemple",
      "conférence",
      "entretien",
      "interview",
      "rendez-vous",
      "priorité",
      "parole",
      "signal",
      "ton",
      "nouvelles",
      "tort",
      "envie",
      "accès",
    ],
  },
  { lemma: "donner", notAfter: ["se", "s'"] },
  {
    lemma: "offrir",
    notWith: [
      "possibilité",
      "occasion",
      "perspective",
      "perspectives",
      "moyens",
      "avantage",
      "vue",
      "spectacle",
      "visage",
    ],
  },
  { lemma: "offrir", notAfter: ["s'", "se"] },
  { lemma: "remettre", notAfter: ["se", "s'"] },
  { lemma: "remettre", notWith: ["cause", "question", "doute", "ordre", "place", "main"] },
  // « X est prête à intervenir » : prêt(e), adjectif, pas prêter.
  {
    lemma: "prêter",
    notAfter: ["est", "sont", "être", "était", "étaient", "serait", "seraient", "sera", "seront", "semble"],
  },
  { lemma: "prêter", notWith: ["attention", "serment", "main-forte", "oreille", "flanc", "confusion"] },
  // « est prête à + infinitif » : disposée à ; pas un prêt (AID).
  {
    lemma: "prêt",
    type: "AID",
    notAfter: ["est", "sont", "être", "était", "étaient", "serait", "seraient", "sera", "seront", "semble"],
  },
  // « accueillir une collection, une exposition, un festival » : un lieu qui reçoit des choses, pas une visite.
  {
    lemma: "accueillir",
    notWith: [
      "collection",
      "collections",
      "œuvres",
      "chefs-d'œuvre",
      "exposition",
      "expositions",
      "festival",
      "concert",
      "match",
      "jeux",
      "compétition",
      "salon",
      "tournage",
      "public",
      "spectateurs",
      "visiteurs",
      "élèves",
      "étudiants",
      "patients",
      "nouvelle",
      "annonce",
    ],
  },
  // « ont été prévenues » : alertées, pas menacées.
  { lemma: "prévenir", notAfter: ["été", "être"] },
  // « enlever les États clés, la victoire » : gagner, pas un rapt (au pluriel : « dans l'État de Kaduna » est un lieu).
  {
    lemma: "enlever",
    notWith: [
      "États",
      "Etats",
      "états",
      "victoire",
      "sièges",
      "siège",
      "voix",
      "majorité",
      "mairie",
      "titre",
      "circonscription",
    ],
  },
  // « des enquêtes publiées », « une enquête d'opinion » : des sondages.
  { lemma: "enquête", notWith: ["publiée", "publiées", "opinion", "sondage", "intentions"] },
  // « le fait acquis » : un fait établi.
  { lemma: "acquérir", notAfter: ["fait"] },
  // « un jeune manifestant, X » : une personne, pas une manifestation ; « la manifestation d'un désir » : une expression.
  { lemma: "manifestant", notAfter: ["un", "le", "ce", "cet", "autre", "jeune", "seul"] },
  {
    lemma: "manifestation",
    notWith: ["désir", "volonté", "intérêt", "signe", "symptôme", "symptômes", "talent", "vérité"],
  },
  // « rompre avec le cycle, la tradition » : changer de pratique, pas rompre des relations.
  {
    lemma: "rompre",
    notWith: [
      "cycle",
      "tradition",
      "traditions",
      "habitude",
      "habitudes",
      "logique",
      "passé",
      "tabou",
      "silence",
      "monotonie",
      "jeûne",
    ],
  },
  // « reconnaître l'importance, la nécessité, son erreur » : admettre, pas reconnaître un État.
  {
    lemma: "reconnaître",
    type: "SUPPORT",
    notWith: [
      "que",
      "qu'",
      "importance",
      "nécessité",
      "rôle",
      "erreur",
      "erreurs",
      "faute",
      "fautes",
      "difficulté",
      "difficultés",
      "mérite",
      "mérites",
      "valeur",
      "qualité",
      "talent",
      "défaite",
    ],
  },
  // « des emplois menacés » : un risque, pas une menace d'un acteur.
  {
    lemma: "menacer",
    notSubjects: [
      "emploi",
      "emplois",
      "poste",
      "postes",
      "usine",
      "usines",
      "espèce",
      "espèces",
      "récolte",
      "récoltes",
      "santé",
      "vie",
      "vies",
    ],
  },
  // « harcèlement sexuel, moral, scolaire » : un délit, pas une coercition entre acteurs.
  { lemma: "harcèlement", notWith: ["sexuel", "moral", "scolaire", "téléphonique", "en ligne"] },
  // « les sanctions pénales, disciplinaires » : des peines, pas des sanctions entre États.
  {
    lemma: "sanction",
    notWith: [
      "pénale",
      "pénales",
      "disciplinaire",
      "disciplinaires",
      "sportive",
      "sportives",
      "administrative",
      "administratives",
    ],
  },
  // « établir un lien entre … » : un rapport de cause.
  { lemma: "établir", notWith: ["lien"] },
  // « fournir des résultats, des explications, des preuves » : des informations, pas une aide.
  {
    lemma: "fournir",
    notWith: [
      "résultats",
      "explication",
      "explications",
      "preuve",
      "preuves",
      "détails",
      "détail",
      "réponse",
      "réponses",
      "données",
      "chiffres",
      "effort",
      "efforts",
      "justificatif",
      "justificatifs",
      "travail",
    ],
  },
  {
    lemma: "obtenir",
    notWith: [
      "fonctions",
      "fonction",
      "résultats",
      "résultat",
      "diplôme",
      "majorité",
      "voix",
      "victoire",
      "autorisation",
      "permis",
      "visa",
      "nationalité",
      "statut",
      "note",
      "score",
      "réponse",
      "réponses",
      "gain",
      "titre",
      "médaille",
    ],
  },
  // « le pont est bloqué », « un compteur bloqué » : une chose arrêtée, pas une action d'un acteur.
  {
    lemma: "bloquer",
    notSubjects: ["pont", "compteur", "compte", "comptes", "circulation", "trafic", "ascenseur"],
  },
  // « revendiquent la victoire » : la proclament.
  { lemma: "revendiquer", notWith: ["victoire", "succès", "titre", "paternité"] },
  // « a signé un décret accordant … » : signer son propre texte n'appuie personne ; l'acte est ce que le texte fait.
  { lemma: "signer", notWith: ["décret", "ordonnance", "arrêté"] },
  // « accorder sa grâce » : une grâce (CONCEDE), pas une aide.
  { lemma: "accorder", retype: { with: ["grâce"], type: "CONCEDE" } },
  // « des manœuvres militaires conjointes » : des manœuvres menées ensemble sont une coopération (CAMEO 062).
  ...["manœuvre", "manœuvres militaires", "exercice militaire", "patrouille"].map((lemma) => ({
    lemma,
    retype: {
      with: [
        "conjoint",
        "conjointe",
        "conjoints",
        "conjointes",
        "commun",
        "commune",
        "communs",
        "communes",
        "ensemble",
      ],
      type: "COOPERATE" as const,
    },
  })),
  // « dispersé les manifestants à coups de gaz lacrymogène » : la force contre une foule est ASSAULT crowd-control,
  // comme disperse en anglais.
  {
    lemma: "disperser",
    retype: {
      with: ["lacrymogène", "lacrymogènes", "gaz", "coups", "matraque", "matraques", "balles"],
      type: "ASSAULT",
      mode: "crowd-control",
    },
  },
  // « a dénoncé le traité » : dénoncer un accord, c'est s'en retirer (CAMEO 16, SANCTION discontinue), pas accuser.
  {
    lemma: "dénoncer",
    retype: {
      // « avec effet immédiat » : la formule d'une dénonciation d'accord.
      with: ["traité", "accord", "convention", "pacte", "accords", "traités", "effet"],
      type: "SANCTION",
      mode: "discontinue",
    },
  },
  // « un tir d'essai de missile » : un essai d'arme est une démonstration de force (MOBILIZE weapons), pas une attaque.
  { lemma: "tir", type: "ASSAULT", retype: { with: ["essai", "essais"], type: "MOBILIZE", mode: "weapons" } },
  // « a dépêché 50 médecins dans la région sinistrée » : des secours civils envoyés sont une aide, pas un déploiement.
  ...["dépêcher", "envoyer", "déployer"].map((lemma) => ({
    lemma,
    type: "MOBILIZE" as const,
    retype: {
      with: [
        "médecin",
        "médecins",
        "infirmier",
        "infirmiers",
        "infirmières",
        "secouriste",
        "secouristes",
        "pompier",
        "pompiers",
        "humanitaire",
        "humanitaires",
        "médical",
        "médicale",
        "médicales",
        "médicaux",
        "canadairs",
      ],
      type: "AID" as const,
    },
  })),
  // « combattre la corruption, les incendies » : une lutte contre un fléau ou un sinistre, pas un affrontement armé.
  ...["combattre", "combat"].map((lemma) => ({
    lemma,
    notWith: [
      "corruption",
      "criminalité",
      "pauvreté",
      "faim",
      "maladie",
      "maladies",
      "cancer",
      "inflation",
      "chômage",
      "pandémie",
      "épidémie",
      "virus",
      "feu",
      "feux",
      "incendie",
      "incendies",
      "flammes",
    ],
  })),
];
