/**
 * English segmentation cases, written for Dossier. Sentence cases list the
 * expected sentences; token cases the expected tokens joined by " | ".
 */
export const EN_SENTENCES: [string, string[]][] = [
  [
    "BRENNOCK (Reuters) - The ferry resumed service. Tickets sold out.",
    ["BRENNOCK (Reuters) -", "The ferry resumed service.", "Tickets sold out."],
  ],
  [
    "Harbour vote delayed\n\nBRENNOCK, March 4, 2024 — The council met on Monday.",
    ["Harbour vote delayed", "BRENNOCK, March 4, 2024 —", "The council met on Monday."],
  ],
  [
    "First para.\n\nSecond para.\n\nBRENNOCK (Reuters) - Not a dateline this far in.",
    ["First para.", "Second para.", "BRENNOCK (Reuters) - Not a dateline this far in."],
  ],
  [
    "The summit opened on Tuesday. Delegations arrived early.",
    ["The summit opened on Tuesday.", "Delegations arrived early."],
  ],
  ["Mr. Smith arrived. He spoke briefly.", ["Mr. Smith arrived.", "He spoke briefly."]],
  [
    "Gen. Mark Milley testified. The hearing lasted an hour.",
    ["Gen. Mark Milley testified.", "The hearing lasted an hour."],
  ],
  [
    "He told the U.S. Congress on Tuesday. Nobody objected.",
    ["He told the U.S. Congress on Tuesday.", "Nobody objected."],
  ],
  [
    "The deal was signed in the U.S. The ministry confirmed it.",
    ["The deal was signed in the U.S.", "The ministry confirmed it."],
  ],
  [
    '"We will see," said Jones. The talks resume today.',
    ['"We will see," said Jones.', "The talks resume today."],
  ],
  ['He didn\'t know. "We will see," said Jones.', ["He didn't know.", '"We will see," said Jones.']],
  [
    "“We received the shells,” he said. The minister declined to comment.",
    ["“We received the shells,” he said.", "The minister declined to comment."],
  ],
  ["“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]],
  [
    "“This is unacceptable!” the spokeswoman said. The session ended.",
    ["“This is unacceptable!” the spokeswoman said.", "The session ended."],
  ],
  ["He concluded: “This is historic.” Then he left.", ["He concluded: “This is historic.”", "Then he left."]],
  [
    "The package is worth $1.2 billion. It is unprecedented.",
    ["The package is worth $1.2 billion.", "It is unprecedented."],
  ],
  [
    "Some 325,000 shells were delivered. The figure is disputed.",
    ["Some 325,000 shells were delivered.", "The figure is disputed."],
  ],
  [
    "Talks begin Jan. 5 in Geneva. Both sides agreed.",
    ["Talks begin Jan. 5 in Geneva.", "Both sides agreed."],
  ],
  ["Ms. Lee and Dr. Park met. They agreed.", ["Ms. Lee and Dr. Park met.", "They agreed."]],
  [
    "He listed drones, shells, etc. The rest is classified.",
    ["He listed drones, shells, etc.", "The rest is classified."],
  ],
  [
    "Acme Inc. said profits rose. Analysts were surprised.",
    ["Acme Inc. said profits rose.", "Analysts were surprised."],
  ],
  ["John F. Kennedy spoke. He was brief.", ["John F. Kennedy spoke.", "He was brief."]],
  ["It was 5 p.m. when they met. Nothing leaked.", ["It was 5 p.m. when they met.", "Nothing leaked."]],
  [
    "First paragraph.\n\nSecond paragraph. One more sentence.",
    ["First paragraph.", "Second paragraph.", "One more sentence."],
  ],
  ["Is this the end? Nobody knows.", ["Is this the end?", "Nobody knows."]],
  ["What a surprise! The treaty is signed.", ["What a surprise!", "The treaty is signed."]],
  ["The text ends without a period", ["The text ends without a period"]],
  [
    "The 20th summit was held in Washington, D.C. Ms. Lee agreed.",
    ["The 20th summit was held in Washington, D.C.", "Ms. Lee agreed."],
  ],
  ["“We will not yield. Never.” The tone was set.", ["“We will not yield. Never.”", "The tone was set."]],
  [
    "He waited... and nothing came. Patience has limits.",
    ["He waited... and nothing came.", "Patience has limits."],
  ],
  [
    "Sen. Warren (D-Mass.) objected. The vote failed.",
    ["Sen. Warren (D-Mass.) objected.", "The vote failed."],
  ],
  [
    "“Stay clear of the bridge,” Const. Aline Roy said. Det. Marc Obi agreed.",
    ["“Stay clear of the bridge,” Const. Aline Roy said.", "Det. Marc Obi agreed."],
  ],
  [
    "According to Reuters, the convoy left. State media denied it.",
    ["According to Reuters, the convoy left.", "State media denied it."],
  ],
  [
    "The U.N. Security Council met. It adopted no resolution.",
    ["The U.N. Security Council met.", "It adopted no resolution."],
  ],
  ["She called the plan “reckless.” He disagreed.", ["She called the plan “reckless.”", "He disagreed."]],
];

export const EN_TOKENS: [string, string][] = [
  ["He didn't know.", "He | did | n't | know | ."],
  ["Putin's plan won't work.", "Putin | 's | plan | wo | n't | work | ."],
  ["$1.2 billion and 325,000 shells", "$ | 1.2 | billion | and | 325,000 | shells"],
  ["Gen. Milley and Mr. Smith", "Gen. | Milley | and | Mr. | Smith"],
  ["the U.S. and the U.K.", "the | U.S. | and | the | U.K."],
  ["NG&P and Marsh & Tully", "NG&P | and | Marsh | & | Tully"],
  ["“Why?” she asked.", "“ | Why | ? | ” | she | asked | ."],
  ["Kim Jong-un's 20th visit", "Kim | Jong-un | 's | 20th | visit"],
  ["see https://example.org/a?b=1, then", "see | https://example.org/a?b=1 | , | then"],
  ["they're here and we'll go", "they | 're | here | and | we | 'll | go"],
  ["a 3.5% rise", "a | 3.5 | % | rise"],
  ["a 3.5bn deal and 152mm shells", "a | 3.5bn | deal | and | 152mm | shells"],
];
