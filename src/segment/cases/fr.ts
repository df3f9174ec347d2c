/**
 * French segmentation cases, written for Dossier. Sentence cases list the
 * expected sentences; token cases the expected tokens joined by " | ".
 */
export const FR_SENTENCES: [string, string[]][] = [
  // « jeu. » and « mer. » end sentences; they are no weekday abbreviations here.
  [
    "L'avenir du port est en jeu. Deux chalutiers ont disparu en mer. Les recherches continuent.",
    ["L'avenir du port est en jeu.", "Deux chalutiers ont disparu en mer.", "Les recherches continuent."],
  ],
  [
    "Valmont, 3 juin 2025 — Le convoi est arrivé à l'aube. Il repartira demain.",
    ["Valmont, 3 juin 2025 —", "Le convoi est arrivé à l'aube.", "Il repartira demain."],
  ],
  ["22 mai 2012. - Le lancement a été reporté.", ["22 mai 2012. -", "Le lancement a été reporté."]],
  [
    "Le 22 mai 2012, le lancement a été reporté. Aucune date n'est fixée.",
    ["Le 22 mai 2012, le lancement a été reporté.", "Aucune date n'est fixée."],
  ],
  [
    "Le sommet s'est ouvert mardi. Les délégations sont arrivées.",
    ["Le sommet s'est ouvert mardi.", "Les délégations sont arrivées."],
  ],
  ["M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."]],
  [
    "Mme Laurent et M. Petit ont signé. La cérémonie a duré une heure.",
    ["Mme Laurent et M. Petit ont signé.", "La cérémonie a duré une heure."],
  ],
  [
    "Le gén. Morel commande la brigade. Elle compte 3 000 hommes.",
    ["Le gén. Morel commande la brigade.", "Elle compte 3 000 hommes."],
  ],
  [
    "La livraison est prévue le 4 janv. à Toulon. Rien n'est signé.",
    ["La livraison est prévue le 4 janv. à Toulon.", "Rien n'est signé."],
  ],
  [
    "Le 12 sept. dernier, le ministre a démissionné. Son successeur est connu.",
    ["Le 12 sept. dernier, le ministre a démissionné.", "Son successeur est connu."],
  ],
  [
    "« Nous avons reçu les obus », a-t-il déclaré. Le ministre a refusé de commenter.",
    ["« Nous avons reçu les obus », a-t-il déclaré.", "Le ministre a refusé de commenter."],
  ],
  [
    "« C'est inacceptable ! » a lancé la porte-parole. La séance a été levée.",
    ["« C'est inacceptable ! » a lancé la porte-parole.", "La séance a été levée."],
  ],
  [
    "« Pourquoi maintenant ? » s'est-elle interrogée. Personne n'a répondu.",
    ["« Pourquoi maintenant ? » s'est-elle interrogée.", "Personne n'a répondu."],
  ],
  [
    "Il a conclu : « C'est historique. » Puis il est parti.",
    ["Il a conclu : « C'est historique. »", "Puis il est parti."],
  ],
  [
    "Il a conclu : « C'est historique. » puis il est parti.",
    ["Il a conclu : « C'est historique. » puis il est parti."],
  ],
  [
    "« Les drones sont arrivés. Ils sont neufs », affirme-t-elle.",
    ["« Les drones sont arrivés. Ils sont neufs », affirme-t-elle."],
  ],
  [
    "Le pays a reçu 3,5 milliards d'euros. C'est inédit.",
    ["Le pays a reçu 3,5 milliards d'euros.", "C'est inédit."],
  ],
  [
    "Quelque 325 000 obus ont été livrés. Le chiffre est contesté.",
    ["Quelque 325 000 obus ont été livrés.", "Le chiffre est contesté."],
  ],
  [
    "Les É.-U. ont réagi. Washington a condamné l'accord.",
    ["Les É.-U. ont réagi.", "Washington a condamné l'accord."],
  ],
  [
    "Il attend… et rien ne vient. La patience a des limites.",
    ["Il attend… et rien ne vient.", "La patience a des limites."],
  ],
  ["Est-ce la fin ? Personne ne le sait.", ["Est-ce la fin ?", "Personne ne le sait."]],
  ["Quelle surprise ! Le traité est signé.", ["Quelle surprise !", "Le traité est signé."]],
  [
    "Le Dr Martin a soigné les blessés. Ils sont sortis.",
    ["Le Dr Martin a soigné les blessés.", "Ils sont sortis."],
  ],
  [
    "Selon le rapport (p. 12), les stocks baissent. Le ministère dément.",
    ["Selon le rapport (p. 12), les stocks baissent.", "Le ministère dément."],
  ],
  [
    "Il cite armes, munitions, drones, etc. Le reste est secret.",
    ["Il cite armes, munitions, drones, etc.", "Le reste est secret."],
  ],
  ["Le président J. Morel a parlé. Il était ému.", ["Le président J. Morel a parlé.", "Il était ému."]],
  [
    "Premier paragraphe.\n\nDeuxième paragraphe. Encore une phrase.",
    ["Premier paragraphe.", "Deuxième paragraphe.", "Encore une phrase."],
  ],
  ["«Sans espaces», a-t-il dit. Voilà.", ["«Sans espaces», a-t-il dit.", "Voilà."]],
  [
    "« Avec\u202fdes espaces fines\u202f», a-t-il dit. Voilà.",
    ["« Avec\u202fdes espaces fines\u202f», a-t-il dit.", "Voilà."],
  ],
  ["Le texte finit sans point", ["Le texte finit sans point"]],
  [
    "La réunion du 20e sommet a eu lieu. Le 1er jour fut calme.",
    ["La réunion du 20e sommet a eu lieu.", "Le 1er jour fut calme."],
  ],
  ["Il a dit « non ». Elle a dit « oui ».", ["Il a dit « non ».", "Elle a dit « oui »."]],
  [
    "Mgr Duval a béni la foule. Les fidèles ont applaudi.",
    ["Mgr Duval a béni la foule.", "Les fidèles ont applaudi."],
  ],
  [
    "« Nous ne céderons pas. Jamais. » Le ton est donné.",
    ["« Nous ne céderons pas. Jamais. »", "Le ton est donné."],
  ],
];

export const FR_TOKENS: [string, string][] = [
  ["L’armée a-t-elle reçu 325 000 obus ?", "L’ | armée | a | -t-elle | reçu | 325 000 | obus | ?"],
  ["Qu’il vienne jusqu’à Paris.", "Qu’ | il | vienne | jusqu’ | à | Paris | ."],
  ["l'accord d'aujourd'hui", "l' | accord | d' | aujourd'hui"],
  ["Le président nord-coréen Kim Jong-un", "Le | président | nord-coréen | Kim | Jong-un"],
  ["3,5 milliards de dollars", "3,5 | milliards | de | dollars"],
  ["« Non », dit-il.", "« | Non | » | , | dit | -il | ."],
  ["M. Dupont et Mme Leroy", "M. | Dupont | et | Mme | Leroy"],
  ["le 20e sommet et le 1er jour", "le | 20e | sommet | et | le | 1er | jour"],
  ["Les É.-U. et l’É.-U.", "Les | É.-U. | et | l’ | É.-U."],
  ["lorsqu’elle est-ce", "lorsqu’ | elle | est | -ce"],
];
