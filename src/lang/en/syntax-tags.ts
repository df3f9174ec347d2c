/**
 * Tags the English tagger must never give a word form, whatever the context
 * (read by src/syntax/tag-dictionary.ts when a tagger is trained). Words
 * that open news headlines capitalised ("Dozens Killed") are kept off AUX by
 * the closed-class rule already; this table is for what that rule misses.
 */
export const FORBIDDEN_TAGS_EN: Record<string, readonly string[]> = {
  dozens: ["VERB"],
  hundreds: ["VERB"],
  thousands: ["VERB"],
  millions: ["VERB"],
};

/**
 * Modal auxiliaries: the next word that is not an adverb or "not" is a verb
 * whenever the tag dictionary allows it ("would resume talks", "could fund"),
 * even if the treebank shows that form mostly as a noun (a "resume" in emails).
 */
export const MODALS_EN: readonly string[] = [
  "will",
  "would",
  "can",
  "could",
  "shall",
  "should",
  "may",
  "might",
  "must",
];

/** Infinitive markers: tagged PART, the same holds for the word after them ("to resume talks"). */
export const INFINITIVE_MARKERS_EN: readonly string[] = ["to"];

/**
 * Irregular English simple past forms with their lemma, written from general
 * knowledge (not from a corpus). Read by the tag dictionary builder (the form
 * keeps VERB open even when the treebank shows it only as an adjective or never)
 * and by the tagger's finite-past repair ("China lent Pakistan two billion
 * dollars": "lent" was read as an adjective). Only forms that can be a finite
 * past: participles that are not ("taken", "broken", "written") are left out.
 * Forms equal to their base ("cut", "hit", "put") are listed too: after a
 * subject and before an object they are verbs either way.
 */
export const IRREGULAR_PAST_EN: Record<string, string> = {
  arose: "arise",
  ate: "eat",
  awoke: "awake",
  bade: "bid",
  beat: "beat",
  became: "become",
  began: "begin",
  beheld: "behold",
  bent: "bend",
  beset: "beset",
  bet: "bet",
  bit: "bite",
  bled: "bleed",
  blew: "blow",
  bore: "bear",
  bought: "buy",
  bound: "bind",
  bred: "breed",
  broadcast: "broadcast",
  broke: "break",
  brought: "bring",
  built: "build",
  burnt: "burn",
  burst: "burst",
  cast: "cast",
  caught: "catch",
  chose: "choose",
  clung: "cling",
  came: "come",
  cost: "cost",
  crept: "creep",
  cut: "cut",
  dealt: "deal",
  dove: "dive",
  drank: "drink",
  drew: "draw",
  drove: "drive",
  dug: "dig",
  dwelt: "dwell",
  fed: "feed",
  fell: "fall",
  felt: "feel",
  fled: "flee",
  flew: "fly",
  flung: "fling",
  forbade: "forbid",
  forecast: "forecast",
  foresaw: "foresee",
  foretold: "foretell",
  forgave: "forgive",
  forgot: "forget",
  fought: "fight",
  found: "find",
  froze: "freeze",
  gave: "give",
  got: "get",
  grew: "grow",
  ground: "grind",
  heard: "hear",
  held: "hold",
  hid: "hide",
  hit: "hit",
  hung: "hang",
  hurt: "hurt",
  kept: "keep",
  knelt: "kneel",
  knew: "know",
  laid: "lay",
  leapt: "leap",
  led: "lead",
  left: "leave",
  lent: "lend",
  let: "let",
  lit: "light",
  lost: "lose",
  made: "make",
  meant: "mean",
  met: "meet",
  misled: "mislead",
  mistook: "mistake",
  oversaw: "oversee",
  overcame: "overcome",
  overran: "overrun",
  overtook: "overtake",
  overthrew: "overthrow",
  paid: "pay",
  put: "put",
  quit: "quit",
  ran: "run",
  rang: "ring",
  read: "read",
  rebuilt: "rebuild",
  rid: "rid",
  rode: "ride",
  rose: "rise",
  said: "say",
  sang: "sing",
  sank: "sink",
  sat: "sit",
  saw: "see",
  sent: "send",
  set: "set",
  shed: "shed",
  shone: "shine",
  shook: "shake",
  shot: "shoot",
  shrank: "shrink",
  shut: "shut",
  slew: "slay",
  slept: "sleep",
  slid: "slide",
  sold: "sell",
  sought: "seek",
  spat: "spit",
  sped: "speed",
  spent: "spend",
  split: "split",
  spoke: "speak",
  spread: "spread",
  sprang: "spring",
  spun: "spin",
  stank: "stink",
  stole: "steal",
  stood: "stand",
  strode: "stride",
  struck: "strike",
  strove: "strive",
  stuck: "stick",
  stung: "sting",
  swam: "swim",
  swept: "sweep",
  swore: "swear",
  swung: "swing",
  taught: "teach",
  tore: "tear",
  thought: "think",
  threw: "throw",
  thrust: "thrust",
  told: "tell",
  took: "take",
  underwent: "undergo",
  undertook: "undertake",
  understood: "understand",
  upheld: "uphold",
  upset: "upset",
  went: "go",
  wept: "weep",
  withdrew: "withdraw",
  withheld: "withhold",
  withstood: "withstand",
  woke: "wake",
  won: "win",
  wore: "wear",
  wove: "weave",
  wrote: "write",
  wrung: "wring",
};

/**
 * Pronouns that can only be subjects (the tagger predicts no Case feature): before a past form and an
 * object they make it a finite verb ("They wounded two policemen"). "it" and "you" are left out: they
 * are objects as often.
 */
export const SUBJECT_PRONOUNS_EN: readonly string[] = ["i", "he", "she", "we", "they", "who"];

/** The preposition of a passive's agent: "Rebels shot by troops" keeps its participle. */
export const PASSIVE_AGENT_MARKERS_EN: readonly string[] = ["by"];

/** Lemma of the perfect auxiliary: "Gunmen have wounded three soldiers" has a participle, not an adjective. */
export const PERFECT_AUXILIARIES_EN: readonly string[] = ["have"];

/**
 * Participles that take a number as a complement ("a man aged 41", "a player ranked 12"): before a number
 * they are not the finite past of a clause.
 */
export const NUMBER_PARTICIPLES_EN: readonly string[] = ["aged", "ranked", "numbered", "rated", "seeded"];

/**
 * Subordinators that open an adverbial clause before the main one ("After talks failed, the army …"):
 * a root marked by one of them, with a main clause after a comma, gives the root to that clause
 * (src/syntax/repairs.ts).
 */
export const SUBORDINATORS_EN: readonly string[] = [
  "after",
  "before",
  "when",
  "while",
  "whilst",
  "although",
  "though",
  "because",
  "since",
  "if",
  "once",
  "as",
  "until",
  "unless",
  "whereas",
];

/** Relative pronouns: a verb with a noun subject and one of these is a relative clause on the noun. */
export const RELATIVE_PRONOUNS_EN: readonly string[] = ["who", "which", "that", "whose"];

/**
 * Endings of nationality adjectives ("Turkish", "Lebanese", "Iranian", "Iraqi"): a capitalised word with
 * one of them, read as a verb before a capitalised noun or name ("Turkish President X"), is the adjective.
 */
export const NATIONALITY_ENDINGS_EN: readonly string[] = ["ish", "ese", "ian", "an", "i", "ic"];

/**
 * Words that are prepositions before a noun and subordinators before a clause: read as ADP before a noun
 * phrase that a verb follows ("as India and Pakistan observed the truce"), they are SCONJ.
 */
export const CLAUSE_MARKERS_EN: readonly string[] = ["as", "after", "before", "since", "until"];

/** Words before a clause marker that make it part of a fixed phrase, no clause ("as well as", "such as"). */
export const CLAUSE_MARKER_FIXED_BEFORE_EN: readonly string[] = ["well", "such"];
