import assert from "node:assert/strict";
import { test } from "node:test";
import { frenchDemonym } from "./demonyms.ts";
import { quoteRunner } from "./run.ts";

// French speaker rules checked with the default pipeline, on invented sentences.
const run = quoteRunner({ warn: () => {} });

function speakerOf(text: string, first: string): string | null | undefined {
  const q = run(text, "fr").quotes.find((x) => x.text.startsWith(first));
  assert.ok(q, `no quote starting "${first}"`);
  return q.speaker?.name ?? null;
}

/** The speaker of the quote that contains `fragment` (a quoted term may sit inside a longer reported clause). */
function speakerWith(text: string, fragment: string): string | null | undefined {
  const q = run(text, "fr").quotes.find((x) => x.text.includes(fragment));
  assert.ok(q, `no quote with "${fragment}"`);
  return q.speaker?.name ?? null;
}

test("demonym forms: country and city, both genders", () => {
  assert.equal(frenchDemonym("niçoise")?.gender, "f");
  assert.equal(frenchDemonym("niçois")?.country, "FR");
  assert.equal(frenchDemonym("polonaise")?.country, "PL");
  assert.equal(frenchDemonym("tourangelle")?.key, "tourangeau");
  assert.equal(frenchDemonym("françaises"), undefined);
});

test("« a déclaré la Grenobloise »: a city demonym names the person born there", () => {
  const text =
    "La skieuse Margaux Tessier, née à Grenoble, a remporté dimanche le slalom de Levi.\n\n« Je suis fière de moi », a déclaré la Grenobloise après la course.\n\n« La neige était parfaite. »";
  assert.equal(speakerOf(text, "« Je suis fière"), "Margaux Tessier");
  assert.equal(speakerOf(text, "« La neige"), "Margaux Tessier");
});

test("« la Suédoise » / « la Norvégienne »: each demonym goes to the person written with it", () => {
  const text =
    "La Norvégienne Ingrid Solberg a battu mercredi la Suédoise Elsa Lindqvist en quart de finale.\n\nElsa Lindqvist n'a pas caché sa déception. « Je n'ai pas trouvé mon rythme », a reconnu la Suédoise.\n\nIngrid Solberg, elle, savourait. « J'ai joué sans peur », a souri la Norvégienne.";
  assert.equal(speakerOf(text, "« Je n'ai pas trouvé"), "Elsa Lindqvist");
  assert.equal(speakerOf(text, "« J'ai joué"), "Ingrid Solberg");
});

test("« le syndicaliste » right after the person spoke under another title: that person", () => {
  const text =
    "« Ce plan est une trahison », a déclaré Thierry Vasseur, secrétaire général de la CGT du Nord. Le syndicaliste a qualifié la réforme d'« insultante ».";
  assert.equal(speakerWith(text, "« insultante"), "Thierry Vasseur");
});

test("« la documentariste » after the director just quoted: that person", () => {
  const text =
    "La réalisatrice Anaïs Robin a répondu aux critiques. « Tout est sourcé », a-t-elle déclaré. La documentariste a ajouté qu'elle ne regrettait « rien » et que le montage était fidèle.";
  assert.equal(speakerOf(text, "elle ne regrettait"), "Anaïs Robin");
});

test("« a déclaré à Lyon la directrice … »: a place after the verb is no speaker", () => {
  const text =
    "« Les routes sont coupées », a déclaré à Lyon la directrice régionale de la Croix-Rouge, Maud Perrin. « Nous manquons de tout. »";
  assert.equal(speakerOf(text, "« Les routes"), "Maud Perrin");
  assert.equal(speakerOf(text, "« Nous manquons"), "Maud Perrin");
});

test("« a lancé au micro le président de la FDSEA du Grand Est, X »: a setting, then a body's initialism", () => {
  const text =
    "« Ce plan est une trahison », a lancé au micro le président de la FDSEA du Grand Est, Jean-Louis Berthier, devant la mairie.";
  assert.equal(speakerOf(text, "« Ce plan"), "Jean-Louis Berthier");
});

test("« …, la Malienne Awa Traoré »: a demonym in the name's apposition", () => {
  const text =
    "« Les puits sont à sec », a déclaré la coordinatrice de l'ONU pour le Sahel, la Malienne Awa Traoré.";
  assert.equal(speakerOf(text, "« Les puits"), "Awa Traoré");
});

test("an acronym never defined in brackets names the body whose initials it spells, over its lower-case words", () => {
  const text =
    "L'association de défense des droits des locataires Logement pour tous a dénoncé une « expulsion déguisée ». LPT estime que la loi vise avant tout à protéger les bailleurs.";
  assert.equal(speakerOf(text, "« expulsion"), "Logement pour tous");
  assert.equal(speakerOf(text, "la loi vise"), "Logement pour tous");
});

test("a ministry's complement is no apposed name: « le ministère de la Défense » stays whole", () => {
  const text = "Le ministère valdorien de la Santé a qualifié l'étude de « pure fiction ».";
  assert.notEqual(speakerWith(text, "« pure fiction"), "Santé");
});

test("an acronym widens a name cut before its lower-case words (« Soignants sans visa » … « SSV »)", () => {
  const text =
    "L'ONG Soignants sans visa a publié mardi un rapport sur les camps. SSV affirme que les dispensaires manquent de tout.";
  assert.equal(speakerOf(text, "les dispensaires"), "Soignants sans visa");
});

function kindOf(text: string, first: string): string {
  const q = run(text, "fr").quotes.find((x) => x.text.startsWith(first));
  assert.ok(q, `no quote starting "${first}"`);
  return q.kind;
}

test("a lone quoted number or code is a term, and a contrast clause cuts the earlier cue off", () => {
  const text =
    "Au Sénat, plusieurs élus de l'opposition évoquent la menace d'un « 44.2 », tandis que la majorité rédige une « question préalable de fond » pour jeudi.";
  assert.equal(kindOf(text, "« 44.2"), "scare");
  assert.equal(kindOf(text, "« question préalable"), "scare");
});

test("a title in sentence case after a work noun and a comma is no quote", () => {
  const text =
    "Le scandale a été raconté par l'ancien douanier Marc Tellier dans un livre, « L'Or du port », paru en mars. Il a indiqué qu'il maintiendrait « chaque mot ».";
  assert.equal(kindOf(text, "« L'Or du port"), "scare");
  assert.equal(speakerOf(text, "il maintiendrait"), "Marc Tellier");
});

test("« Pour la toute première fois … » n'est pas une source ; « Pour l'association X, l'Y : « … » » : le nom en apposition parle", () => {
  const first = run(
    "Pour la toute première fois, le marché aux fleurs ouvrira le dimanche, a annoncé Marc Duval.",
    "fr",
  );
  assert.deepEqual(
    first.quotes.map((q) => q.speaker?.name),
    ["Marc Duval"],
  );
  assert.equal(
    speakerOf(
      "Pour la principale association de défense du vélo, la Fédération des usagers de la bicyclette : « Le vote d'aujourd'hui est une victoire pour les cyclistes. »",
      "« Le vote",
    ),
    "Fédération des usagers de la bicyclette",
  );
});

test("« X, le préfet de …, qui a indiqué aux élus que … » : la personne que la relative suit, pas les élus", () => {
  assert.equal(
    speakerOf(
      "La maire a reçu Paul Aubry, le préfet de région, qui a indiqué aux élus que le pont rouvrirait en mai.",
      "le pont rouvrirait",
    ),
    "Paul Aubry",
  );
});

test("« …, affirme X de l'Observatoire … » ; « a précisé que … : « … » » rapporte la proposition et la citation", () => {
  assert.equal(
    speakerOf(
      "Le recul des ventes inquiète les producteurs, affirme Lucie Marten de l’Institut des vins de Loire.",
      "Le recul",
    ),
    "Lucie Marten",
  );
  const both = run(
    "Inès Roux, conseillère municipale, a ajouté que la piscine restera fermée : « Les travaux dureront tout l'été ».",
    "fr",
  );
  assert.deepEqual(
    both.quotes.map((q) => [q.kind, q.speaker?.name]),
    [
      ["indirect", "Inès Roux"],
      ["direct", "Inès Roux"],
    ],
  );
  assert.deepEqual(
    run(
      "La taxe varie de 2 à 5 % selon les régions. Selon la légende, le lac cache une ville engloutie.",
      "fr",
    ).quotes,
    [],
  );
});

test("content without « que »: an infinitive, an object then its infinitive, a requested or announced noun", () => {
  const kinds = (text: string) =>
    run(text, "fr").quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.text] as const);
  assert.deepEqual(kinds("La navigatrice Léa Morvan affirme avoir perdu son mât au large des Açores."), [
    ["indirect", "Léa Morvan", "avoir perdu son mât au large des Açores"],
  ]);
  assert.deepEqual(
    kinds("Le collectif Rues Vivantes réclame la fermeture du parking aux heures de marché."),
    [["indirect", "collectif Rues Vivantes", "la fermeture du parking aux heures de marché"]],
  );
  const asked = kinds(
    "Les riverains, réunis mardi, ont demandé au conseil régional de déplacer la ligne à haute tension.",
  );
  assert.equal(asked.length, 1);
  assert.match(asked[0][2], /^au conseil régional de déplacer/);
  assert.deepEqual(kinds("La CFDT appelle à la grève dans les crèches de la ville."), [
    ["indirect", "CFDT", "à la grève dans les crèches de la ville"],
  ]);
  // A negated verb or a reflexive one (another sense) reports no content without « que ».
  assert.deepEqual(kinds("Le maire Paul Girard n'a pas annoncé sa démission."), []);
  assert.deepEqual(kinds("Le ministre Paul Girard se propose de réformer la loi."), []);
  // The one accused does not speak; a person after the verb is its inverted subject, no content.
  assert.deepEqual(kinds("Le trésorier a été accusé de détourner les fonds du club."), []);
  assert.deepEqual(
    kinds("Le budget sera voté en mars, a annoncé le maire de Lunel Paul Girard.").map((k) => k[0]),
    ["indirect"],
  );
});

test("« a déclaré à la presse que »: « à » opens a hearer, not a skipped word", () => {
  assert.equal(
    speakerOf("Le sélectionneur Yann Kerleau a déclaré à la presse que l'équipe était prête.", "l'équipe"),
    "Yann Kerleau",
  );
});

test("quoted fragments of one proposition are one partial quote, not across another speech verb", () => {
  const one = run(
    "Le directeur Marc Ollier a indiqué « vouloir ouvrir deux agences », et à « recruter quarante conseillers ».",
    "fr",
  ).quotes;
  assert.deepEqual(
    one.map((q) => q.kind),
    ["partial"],
  );
  assert.match(one[0].text, /^« vouloir .* conseillers »$/);
  const two = run(
    "La ministre Lucie Barral a salué « une avancée », tout en dénonçant des délais « inacceptables ».",
    "fr",
  ).quotes;
  assert.equal(two.filter((q) => q.kind === "partial").length, 2);
});

test("a body named by its noun: « l'ONG X », « la fédération …, X », « le quotidien X qui »", () => {
  assert.equal(
    speakerOf(
      "Le rapport est sorti mardi. L'ONG Vigilance Rivières publie un bilan de la pollution du fleuve. L'ONG a déclaré que l'usine devait fermer.",
      "l'usine",
    ),
    "ONG Vigilance Rivières",
  );
  assert.equal(
    speakerOf(
      "Selon la fédération des pêcheurs, Fépêche, « les stocks baissent ». La fédération précise que les quotas seront revus.",
      "les quotas",
    ),
    "Fépêche",
  );
  assert.equal(
    speakerOf(
      "Plusieurs journaux ont suivi l'affaire, notamment le quotidien régional La Voix qui a affirmé que le maire avait menti.",
      "le maire",
    ),
    "Voix",
  );
});

test("a French lede names its first speaker by office, then by name in the next sentence", () => {
  const text =
    "La ministre de la Culture a déclaré lundi sur une radio que « le musée rouvrira ». Claire Vidal admet toutefois qu'il faudra « du temps ».";
  assert.deepEqual(
    run(text, "fr").quotes.map((q) => q.speaker?.name),
    ["Claire Vidal", "Claire Vidal"],
  );
});

test("« …, lui avait lancé X », « …, m'a confié X »: the hearer's pronoun opens the inverted cue", () => {
  for (const cue of ["lui avait lancé", "leur a expliqué", "m'a confié"])
    assert.equal(
      speakerOf(`La séance a été houleuse. « Relisez donc le rapport », ${cue} Paul Girard.`, "« Relisez"),
      "Paul Girard",
    );
});

test("a word or two completing a noun through « du » is a term, even near a speech verb", () => {
  const quotes = run(
    "Le général proclamait la fin de la guerre après la victoire du « oui » au scrutin.",
    "fr",
  ).quotes;
  assert.deepEqual(
    quotes.map((q) => [q.kind, q.speaker?.name ?? null]),
    [["scare", null]],
  );
  assert.equal(run("La ministre a dénoncé une « trahison » des élus.", "fr").quotes[0]?.kind, "partial");
});

test("a sentence in the conditional right after reported speech goes on reporting the same source", () => {
  const quotes = run(
    "Selon la direction du groupe Varlin, 300 postes seraient supprimés en France. Les départs auraient lieu en mars. Le site emploie 900 personnes.",
    "fr",
  ).quotes;
  assert.deepEqual(
    quotes.map((q) => [q.kind, q.speaker?.name, q.text]),
    [
      ["indirect", "Varlin", "300 postes seraient supprimés en France"],
      ["indirect", "Varlin", "Les départs auraient lieu en mars"],
    ],
  );
  // (A reflexive verb, « s'attendrait », is no hypothesis; « S'il … » is one.)
  assert.equal(
    run(
      "Selon la direction, 300 postes seraient supprimés. Le groupe s'attendrait à une baisse des ventes.",
      "fr",
    ).quotes.length,
    2,
  );
  assert.equal(
    run(
      "Selon la préfecture, la digue tiendrait. S'il pleuvait encore, trois villages seraient inondés.",
      "fr",
    ).quotes.length,
    1,
  );
  // (A hypothesis opened by « Si » is no report.)
  assert.equal(
    run("Selon la préfecture, la digue tiendrait. Si elle cédait, trois villages seraient inondés.", "fr")
      .quotes.length,
    1,
  );
});

test("a name read as a person's after a body's noun is the body: the unnamed spokeswoman stays a description", () => {
  const text =
    "La fédération des pêcheurs, Fépêche, a publié ses chiffres. « Il ne faut pas s'inquiéter », a répliqué la porte-parole de cette fédération.";
  assert.equal(speakerOf(text, "« Il ne faut"), "porte-parole de cette fédération");
  assert.equal(
    speakerOf(
      "Le président de la fédération, Jean Dupont, a publié ses chiffres. « Il ne faut pas s'inquiéter », a-t-il répondu.",
      "« Il ne faut",
    ),
    "Jean Dupont",
  );
});

test("a body's name that the tagger ran on into a person's (« l'Assemblée Paul Girard ») gives the person", () => {
  assert.equal(
    speakerOf(
      "Le député Jean Morel a critiqué le texte. Le texte a été adopté par 302 voix contre 225, a conclu le président de l'Assemblée Paul Girard.",
      "Le texte a été",
    ),
    "Paul Girard",
  );
});

test("« indique le quotidien »: the medium first named after that same noun, not a later channel", () => {
  assert.equal(
    speakerOf(
      "Le quotidien régional Le Courrier du Nord affirme que le maire a menti. Le reporter de la chaîne Canal Ouest a été entendu. « Nos sources sont formelles », indique le quotidien.",
      "« Nos sources",
    ),
    "Courrier du Nord",
  );
});

test("« l'ONG » paragraphs after « L'ONG Vigilance Rivières » is that body, not the bare noun", () => {
  const text =
    "L'ONG Vigilance Rivières publie un rapport sur trois usines du bassin.\n\nLe document recense douze rejets. Les riverains s'inquiètent depuis des années. La préfecture n'a pas répondu.\n\nLes maires du secteur se réuniront jeudi. Les pêcheurs attendent des mesures.\n\nL'ONG a déclaré que les rejets devaient cesser.";
  assert.equal(speakerOf(text, "les rejets"), "Vigilance Rivières");
});

test("the present of a verb in « -er » is finite, not a participle: « explique que », « indique que », « nie que »", () => {
  assert.equal(
    speakerOf("Lucie Ferrand explique que les semences ont germé trop tôt.", "les semences"),
    "Lucie Ferrand",
  );
  assert.equal(speakerOf("Le chercheur Marc Olivo indique que la digue a cédé.", "la digue"), "Marc Olivo");
  assert.equal(
    speakerOf("Le syndicat Sud-Rail nie que la grève ait coûté cher.", "la grève"),
    "syndicat Sud-Rail",
  );
});

test("« Cela signifie que », « J'avoue avoir »: no speaker, no quote; « Certains estiment que » is a group's", () => {
  const quotes = (t: string) => run(t, "fr").quotes.filter((q) => q.kind !== "scare");
  assert.equal(quotes("Le pont est fermé. Cela signifie que les camions feront un détour.").length, 0);
  assert.equal(quotes("« J'avoue avoir douté de tout », a-t-elle dit.").length, 1);
  assert.equal(quotes("J'avoue avoir douté de tout.").length, 0);
  assert.equal(
    speakerOf("Les tirs ont cessé. Certains estiment que la trêve ne tiendra pas.", "la trêve"),
    "Certains",
  );
});

test("content without « que » after an apposition (the tagger's noun « affirme ») and after a time phrase", () => {
  assert.equal(
    speakerOf(
      "Nadia Berrou, envoyée spéciale de la radio, affirme avoir été menacée samedi.",
      "avoir été menacée",
    ),
    "Nadia Berrou",
  );
  assert.equal(
    speakerOf("Le maire Yves Carlier invite ce soir à manifester contre le projet.", "à manifester"),
    "Yves Carlier",
  );
  assert.equal(
    speakerOf("La préfète Anne Roux promet ce matin de rouvrir le pont.", "de rouvrir"),
    "Anne Roux",
  );
});

test("« a fait savoir que » announces; « annonce au conseil que » after a name is the verb", () => {
  assert.equal(
    speakerOf("L'agence Hydrova a fait savoir que la digue serait réparée.", "la digue"),
    "agence Hydrova",
  );
  assert.equal(
    speakerOf("Odile Marchal annonce au conseil municipal qu'elle quitte son poste.", "elle quitte"),
    "Odile Marchal",
  );
});

test("an object with an apposition before its infinitive: « accusent le groupe X, une milice …, d'avoir … »", () => {
  assert.equal(
    speakerOf(
      "Les chefs de village accusent la milice Kerva, un groupe venu du nord, d'avoir incendié les récoltes.",
      "la milice Kerva",
    ),
    "chefs de village",
  );
});

test("« il » after a title noun's name and a name in apposition to a complement: the titled subject", () => {
  const text =
    "Le chroniqueur et présentateur vedette Paul Mercadier est mort samedi, victime d'un malaise. Présentateur célèbre des soirées électorales avec son partenaire de toujours, Jean-Louis Berthaud, sa disparition a ému le monde des médias. Son humour lui a valu quelques ennuis. En 1981, un débat télévisé le rendit célèbre. Alors que le ministre refusait de répondre, il avait alors lancé : « Monsieur le ministre, vous êtes un lâche ! »";
  assert.equal(speakerOf(text, "« Monsieur le ministre"), "Paul Mercadier");
});

test("« elle » after a body's long quotation stands for the body; an impersonal « il » does not", () => {
  const text =
    "L'agence Notarix abaisse la note du pays. Notarix explique dans un communiqué que « la dette reste lourde. Les banques sont fragiles. La croissance ralentit ». Malgré les réformes, elle considère que le chômage restera élevé.";
  assert.equal(speakerOf(text, "le chômage"), "Notarix");
  const impersonal =
    "L'agence Notarix abaisse la note du pays. Notarix explique dans un communiqué que « la dette reste lourde ». Il se trouve que le chômage restera élevé.";
  assert.equal(
    run(impersonal, "fr").quotes.find((q) => q.text.startsWith("le chômage"))?.speaker?.name ?? null,
    null,
  );
});

test("an adverb or a time phrase between the verb and « que »; « fait valoir », « exclure que »", () => {
  assert.equal(
    speakerOf("L'avocate Irène Vasseur a assuré auparavant que le dossier était vide.", "le dossier"),
    "Irène Vasseur",
  );
  assert.equal(speakerOf("Paul Brenner dit entre autres que la digue tiendra.", "la digue"), "Paul Brenner");
  assert.equal(
    speakerOf("Les gazettes du canton ont soutenu ces dernières semaines que le pont rouvrirait.", "le pont"),
    "gazettes du canton",
  );
  assert.equal(
    speakerOf("Le délégué Marc Ondine a fait valoir que les crédits manquaient.", "les crédits"),
    "Marc Ondine",
  );
  assert.equal(
    speakerOf("La juge Alma Riess a exclu que le témoin puisse repartir.", "le témoin"),
    "Alma Riess",
  );
  // (« valoir » alone reports nothing.)
  assert.equal(
    run("Ce geste peut valoir que l'on s'y arrête.", "fr").quotes.filter((q) => q.kind !== "scare").length,
    0,
  );
});

test("noun contents: a determiner or a number the tagger reads; an ambiguous form the parser makes a verb", () => {
  assert.equal(speakerOf("Le procureur Noé Varin a requis neuf mois de sursis.", "neuf mois"), "Noé Varin");
  assert.equal(speakerOf("La société Ferrix a nié toute faute dans l'incident.", "toute faute"), "Ferrix");
  assert.equal(
    speakerOf("Le syndicat des cheminots réclame une hausse des primes.", "une hausse"),
    "syndicat des cheminots",
  );
});

test("« a fait état de » reports the noun after « de »; « état » alone is a noun", () => {
  assert.equal(
    speakerOf("Le médecin Abel Sorin a fait état de deux cas suspects.", "deux cas"),
    "Abel Sorin",
  );
  assert.equal(speakerOf("Abel Sorin a fait état d'une hausse des admissions.", "une hausse"), "Abel Sorin");
  // (A date before the noun content is not its start.)
  assert.equal(speakerOf("L'institut Varnel annoncera jeudi 9 mars la fin de l'essai.", "la fin"), "Varnel");
  assert.equal(
    run("L'état de la digue inquiète les riverains.", "fr").quotes.filter((q) => q.kind !== "scare").length,
    0,
  );
});

test("a demonstrative description points back to the person or paper named with its noun", () => {
  assert.equal(
    speakerOf(
      "Le conseil a rejeté la motion de la députée Léa Fontrel. Mardi, cette députée a répété que le canton devait agir.",
      "le canton",
    ),
    "Léa Fontrel",
  );
});

test("« l'orateur », « l'intervenante »: the person who just spoke or was named", () => {
  assert.equal(
    speakerOf(
      "La sénatrice Inès Valbord a pris la parole devant les élus. L'oratrice estime que la loi est urgente.",
      "la loi",
    ),
    "Inès Valbord",
  );
});

test("« s'est dit favorable à … », « s'est déclarée convaincue que … »: what the speaker said of themselves", () => {
  assert.equal(
    speakerOf("Le député Rémi Castan s'est dit favorable à une consultation locale.", "favorable"),
    "Rémi Castan",
  );
  assert.equal(
    speakerOf("La maire Odile Brunet s'est déclarée convaincue que le pont rouvrira.", "convaincue"),
    "Odile Brunet",
  );
  // (« se dire » before a noun is no self-description: « se dit une chose » stays unreported.)
  assert.equal(
    run("On se dit souvent que tout ira mieux.", "fr").quotes.filter((q) => q.kind !== "scare").length,
    0,
  );
});

test("judgements with the adjective first, « insiste sur », « confirme », « qualifie » and « expliquer » + infinitive", () => {
  assert.equal(
    speakerOf("L'ingénieure Zoé Marlin a estimé urgent de renforcer la digue.", "urgent"),
    "Zoé Marlin",
  );
  assert.equal(
    speakerOf("Le pilote Hugo Ravel a insisté sur la fatigue des équipages.", "la fatigue"),
    "Hugo Ravel",
  );
  assert.equal(speakerOf("Le club Varnois a confirmé le départ de son entraîneur.", "le départ"), "Varnois");
  assert.equal(speakerOf("Le maire Luc Amiel a qualifié le projet de gâchis.", "le projet"), "Luc Amiel");
  assert.equal(
    speakerOf("Le gardien Tom Saulx a expliqué avoir glissé sur la glace.", "avoir glissé"),
    "Tom Saulx",
  );
  assert.equal(
    speakerOf("La ministre Ana Ferrel a répondu aux élus en rappelant que la loi était votée.", "la loi"),
    "Ana Ferrel",
  );
});

test("an infinitive cue that is a purpose or a possibility reports nothing", () => {
  const none = (text: string) => run(text, "fr").quotes.filter((q) => q.kind !== "scare").length;
  assert.equal(none("Aucun registre ne permet encore de confirmer la vente du domaine."), 0);
  assert.equal(none("Des habitants se sont rassemblés samedi pour dénoncer la fermeture de la gare."), 0);
});

test("a cue inserted between commas, verb first, reports the whole sentence; « X, dit le Rouquin, » is a nickname", () => {
  assert.equal(
    speakerOf(
      "La réouverture du tunnel, a précisé la préfète Maud Lacombe, aura lieu en juin.",
      "La réouverture",
    ),
    "Maud Lacombe",
  );
  assert.equal(
    speakerOf("Le chantier, selon l'ingénieur Paul Varenne, durera deux ans.", "Le chantier"),
    "Paul Varenne",
  );
  const none = run("La police a interpellé Victor Marsan, dit le Rouquin, mardi soir à Lyon.", "fr").quotes;
  assert.equal(none.filter((q) => q.kind !== "scare").length, 0);
});

test("« a laissé entendre que » reports like « a fait savoir que »; « a souligné » takes a noun content", () => {
  assert.equal(
    speakerOf("Le médiateur Yves Tardieu a laissé entendre que l'accord était proche.", "l'accord"),
    "Yves Tardieu",
  );
  assert.equal(
    speakerOf("La juge Nadia Perrot a souligné la gravité des faits.", "la gravité"),
    "Nadia Perrot",
  );
  // (« entendre » alone is hearing: « il a entendu que » reports nothing.)
  assert.equal(
    run("Le voisin a entendu que la porte claquait.", "fr").quotes.filter((q) => q.kind !== "scare").length,
    0,
  );
});

test("a description of a body goes back to the body: « le géant japonais », « l'association de défense … »", () => {
  assert.equal(
    speakerOf(
      "La société Kaminari a présenté mardi sa nouvelle console. Le géant japonais promet une batterie plus endurante.",
      "une batterie",
    ),
    "Kaminari",
  );
  assert.equal(
    speakerOf(
      "Le syndicat Solidarité Rail a appelé à la grève. La centrale syndicale précise que le mouvement durera trois jours.",
      "le mouvement",
    ),
    "syndicat Solidarité Rail",
  );
  assert.equal(
    speakerOf(
      "L'ONG Vigie Droits a publié un rapport mardi. Pour l'association de défense des détenus, la torture est systématique.",
      "la torture",
    ),
    "ONG Vigie Droits",
  );
  assert.equal(
    speakerOf(
      "Le groupe Voltane a annoncé l'arrêt de deux réacteurs. L'électricien a précisé que la production reprendrait en juin.",
      "la production",
    ),
    "Voltane",
  );
});

test("« la magistrate », « le dirigeant allemand »: an office or its modifier names the person", () => {
  assert.equal(
    speakerOf(
      "La juge Paula Ruiz a rendu son verdict lundi. La magistrate a estimé que les preuves étaient insuffisantes.",
      "les preuves",
    ),
    "Paula Ruiz",
  );
  assert.equal(
    speakerOf(
      "Le président tchèque Karel Dvorak a rencontré le chancelier allemand Otto Brenner. Le dirigeant allemand a déclaré que la coopération était essentielle.",
      "la coopération",
    ),
    "Otto Brenner",
  );
  // (« entraîneur du club »: a bare noun for any body is part of the role, not an affiliation.)
  const q = run("« Nous avons perdu », a reconnu Julien Morel, entraîneur du club.", "fr").quotes[0];
  assert.equal(q.speaker?.role, "entraîneur du club");
});

test("contents after a preposition: « a plaidé en faveur de », « a mis en garde contre », « s'est prononcée pour », « s'est engagé à »", () => {
  const cases: [string, string][] = [
    [
      "La ministre Anne Roussel a plaidé en faveur d'un renforcement des sanctions.",
      "un renforcement des sanctions",
    ],
    ["La ministre Anne Roussel a mis en garde contre toute escalade.", "toute escalade"],
    [
      "La ministre Anne Roussel s'est prononcée pour un renforcement des sanctions.",
      "un renforcement des sanctions",
    ],
    ["La ministre Anne Roussel s'est engagée à livrer des obus.", "à livrer des obus"],
    [
      "La ministre Anne Roussel a reproché aux enquêteurs d'avoir négligé une piste.",
      "aux enquêteurs d'avoir négligé une piste",
    ],
    ["La ministre Anne Roussel se félicite de la libération des otages.", "la libération des otages"],
  ];
  for (const [text, content] of cases) {
    const q = run(text, "fr").quotes.find((x) => x.kind !== "scare");
    assert.equal(q?.text, content, text);
    assert.equal(q?.speaker?.name, "Anne Roussel", text);
  }
  // (« plaider » still takes a plain noun content; a refusal to comment reports nothing.)
  assert.equal(
    speakerOf("L'avocat Marc Dubreuil a plaidé l'innocence de son client.", "l'innocence"),
    "Marc Dubreuil",
  );
  const none = run("Le porte-parole a refusé de confirmer ces informations.", "fr").quotes;
  assert.equal(none.filter((q) => q.kind !== "scare").length, 0);
});

test("« ce dernier » is the person named last, not the subject; « l'intéressé » the one the article spoke of", () => {
  const lede = "Le ministre Paul Vernier a rencontré le maire Jean Dufresne.";
  assert.equal(
    speakerOf(`${lede} Ce dernier a assuré que la ville était prête.`, "la ville"),
    "Jean Dufresne",
  );
  assert.equal(
    speakerOf(`${lede} « La ville est prête », a affirmé ce dernier.`, "« La ville"),
    "Jean Dufresne",
  );
  assert.equal(
    speakerOf(
      "Le ministre Paul Vernier a été mis en cause par la presse. L'intéressé a démenti toute irrégularité.",
      "toute",
    ),
    "Paul Vernier",
  );
});

test("« Toujours selon X », « par communiqué que », « X, qui a déclaré que …, a … », « ne … que »", () => {
  assert.equal(speakerOf("Toujours selon le ministère, l'épidémie recule.", "l'épidémie"), "ministère");
  assert.equal(
    speakerOf("Le maire a fait savoir par communiqué qu'il porterait plainte.", "il porterait"),
    "maire",
  );
  const relative = run(
    "Le maire Jean Dufresne, qui a déclaré que le projet était trop cher, a voté contre.",
    "fr",
  ).quotes.find((q) => q.kind !== "scare");
  assert.equal(relative?.text, "le projet était trop cher");
  assert.equal(relative?.speaker?.name, "Jean Dufresne");
  assert.equal(
    speakerOf("Le ministre, qui a déclaré que la réforme serait votée, a été hué.", "la réforme"),
    "ministre",
  );
  const restricted = run("Le témoin, qui ne faisait que rapporter une rumeur, a été relâché.", "fr").quotes;
  assert.equal(restricted.filter((q) => q.kind !== "scare").length, 0);
});
