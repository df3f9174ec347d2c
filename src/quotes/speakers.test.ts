import assert from "node:assert/strict";
import { test } from "node:test";
import { quoteRunner } from "./run.ts";

// Speaker rules checked with the default pipeline (tagger, parser, NER), on invented sentences.
const run = quoteRunner({ warn: () => {} });

/** The speaker name of the quote whose text starts with `first`. */
function speakerOf(text: string, first: string): string | null | undefined {
  const q = run(text, "en").quotes.find((x) => x.text.startsWith(first));
  assert.ok(q, `no quote starting "${first}"`);
  return q.speaker?.name ?? null;
}

test("participle cue after an opening adjunct that runs over a region and a time: the main clause's subject", () => {
  const text =
    "At a rally in Dunmore, N.H., on Tuesday, Senator Rolf Hadley of Vermont endorsed Mrs. Ostrova, saying that his old rival would make a fine governor.";
  assert.equal(speakerOf(text, "his old rival"), "Rolf Hadley");
});

test("participle cue after an opening participle clause and a coordinated participle: the main clause's subject", () => {
  const text =
    "Facing criticism from farmers and bankers, Mr. Valcourt released a statement on Friday, describing the loan as a lifeline but insisting that the bank had no right to call it in.";
  assert.equal(speakerOf(text, "the bank had no right"), "Valcourt");
});

test("a bracketed party tag before a relative clause: the named person, not the name inside the clause", () => {
  const text =
    "Sen. Mara Quillon (D-Mo.), who has endorsed Ostrova, said the rival campaign had pushed everyone to work harder.";
  assert.equal(speakerOf(text, "the rival campaign"), "Mara Quillon");
});

test("a time between the subject and the verb (last month joked to X that): the subject, not the one told", () => {
  const text =
    "Rep. Dale Finnick (D-Calif.) last month joked to Treasury Chair Nora Belmonte that the rates would never fall.";
  assert.equal(speakerOf(text, "the rates would never fall"), "Dale Finnick");
  const plain = "Councillor Ivo Marsh on Tuesday said the bridge would reopen in May.";
  assert.equal(speakerOf(plain, "the bridge would reopen"), "Ivo Marsh");
});

test("'said one unaligned Ohio Republican strategist' after a quote: that unnamed source, not the last person named", () => {
  const text =
    "Governor Pell Arbury spoke in Dayton on Tuesday.\n\n“Nobody has shown any data on that,” said one unaligned Ohio Republican strategist. “There is no home advantage.”";
  assert.equal(speakerOf(text, "“Nobody has shown"), "one unaligned Ohio Republican strategist");
  assert.equal(speakerOf(text, "“There is no home"), "one unaligned Ohio Republican strategist");
});

test("'said one person familiar with the talks': an unnamed person after 'one'", () => {
  const text =
    "Mayor Tilda Vance met the union on Monday.\n\n“It is like choosing between two bad roads,” said one person familiar with the talks, who asked not to be named.";
  assert.match(speakerOf(text, "“It is like") ?? "", /^one person familiar/);
});

test("'the cyclist, Ona Brask, told …' after a quote: the name in apposition to a described noun", () => {
  const text =
    "Kasper Holm was hurt in the crash.\n\n“He cut in front of me,” the cyclist, Ona Brask, told the local paper on Friday. “I had no time to brake.”";
  assert.equal(speakerOf(text, "“He cut in front"), "Ona Brask");
  assert.equal(speakerOf(text, "“I had no time"), "Ona Brask");
});

test("'the professor said' right after that person was quoted under another job title: the same person", () => {
  const text =
    'Economist Talia Brunner of the University of Regina said the challenge faces long odds.\n\n"The court has been clear on this," Brunner said. "I would be surprised if the provinces win."\n\nBut she said the political fight may matter more than the legal one.\n\n"This is as much about a message as about a case," the professor said.';
  assert.equal(speakerOf(text, '"This is as much'), "Talia Brunner");
});

test("'the Halifax-based boat and engine maker said': a one-word place attribute does not make it another company", () => {
  const text =
    "HALIFAX — Seaworthy Inc. says it will cut about 400 jobs as part of a restructuring.\n\nIn a statement released Thursday, the Halifax-based boat and engine maker said the cuts would be spread over two years.";
  assert.match(speakerOf(text, "the cuts would be spread") ?? "", /^Seaworthy/);
});

test("'The Regina native, speaking …, said': an unknown-head description opening the sentence is the previous subject", () => {
  const text =
    "Corwin Tallis isn't interested in talking about last season.\n\nThe Regina native, speaking to reporters as players cleared their lockers Thursday, said the playoff loss still stings.";
  assert.equal(speakerOf(text, "the playoff loss still stings"), "Corwin Tallis");
  const plain = "Darla Voss also played for the Comets. The rugby legend said people misread the coach.";
  assert.equal(speakerOf(plain, "people misread the coach"), "Darla Voss");
});

test("'said a longtime Green Party Finance Committee member who …': capitalised modifiers before the role noun", () => {
  const text =
    "The senator spoke for an hour.\n\n“If I were a donor, I would want answers,” said a longtime Green Party Finance Committee member who backs Vane, asking not to be named.";
  assert.match(speakerOf(text, "“If I were a donor") ?? "", /Committee member$/);
});

test("'… by saying that …': the speaker of a 'by' participle is the main clause's subject", () => {
  const text = "Mayor Rolf Dane replied to a retired nurse on Monday by saying the clinic would stay open.";
  assert.equal(speakerOf(text, "the clinic would stay open"), "Rolf Dane");
});

test("'… as “historic,” telling reporters that …': the one told is no speaker, for the fragment or the clause", () => {
  const text =
    "Governor Ada Pell hailed the vote as “historic,” telling reporters during a visit to Oslo on Friday that she thinks the result is good.";
  assert.equal(speakerOf(text, "“historic,”"), "Ada Pell");
  assert.equal(speakerOf(text, "she thinks the result"), "Ada Pell");
});

test("'“…,” warned X' stays an inverted cue (only told/tells and participles take the hearer next)", () => {
  const text =
    "The pledges were announced in Geneva.\n\n“It is only a start,” warned Lena Fask, the relief coordinator.";
  assert.equal(speakerOf(text, "“It is only a start"), "Lena Fask");
});

test("'Soon after …, X issued a statement saying …': an adverb before the opening adjunct, then the document's author", () => {
  const text =
    "Soon after the court's ruling on the harbour merger, Council Leader Petra Holm (L-Vest) issued a statement saying that the council would appeal.";
  assert.equal(speakerOf(text, "the council would appeal"), "Petra Holm");
});

test("'As for X, he …': the topic set off by 'as for' is the antecedent of the pronoun right after it", () => {
  const text =
    "As for Ben Marsh, he was lively and sharp. He took every question.\n\nAnd as for Ted Cole, he was strangely subdued. “We will see what happens,” he said.";
  assert.equal(speakerOf(text, "“We will see"), "Ted Cole");
});

test("a bare company noun far from any name: the body the lede is about, not a lower-case description", () => {
  const text =
    "Norvik Airways will close three routes in the north by June, the company said Tuesday, blaming weak demand and higher fuel prices.\n\nThe closures follow two bad years. Union leaders called the news a shock.\n\nTransport analysts were not surprised. Several rivals have shrunk too.\n\nMarket share has fallen for years. Prices keep rising.\n\nThe company said drivers would be offered jobs at other depots.\n";
  assert.equal(speakerOf(text, "Norvik Airways will close"), "Norvik Airways");
  assert.equal(speakerOf(text, "drivers would be offered"), "Norvik Airways");
});

test("a relative's verb after a document in a prepositional phrase: the document's author speaks the fragment", () => {
  const text =
    'The palace confirmed the visit in a short statement that spoke of a "new chapter" in relations.';
  assert.equal(speakerOf(text, '"new chapter"'), "palace");
});

test("a person set off as the topic by an opening 'For X,' is the pronoun's antecedent, not the last speaker", () => {
  const text =
    'Transit chief Colm Reddy said the offer was fair. "We have made our best offer," Reddy said.\n\nFor Tobias Wendt, a 19-year-old student, the strike has meant a long walk to class.\n\n"I cannot afford a taxi every day," he said.\n';
  assert.equal(speakerOf(text, '"I cannot afford'), "Tobias Wendt");
});

test("a body's job in the lede ('its owner', 'its chief executive') is the person introduced just after", () => {
  const owner =
    "Marlow Records, the small shop on Kent Street that has sold vinyl for decades, will close in March, its owner said Friday.\n\nEdith Marlow, 71, opened the store in 1982. She said the rent had doubled.\n";
  assert.equal(speakerOf(owner, "Marlow Records, the small shop"), "Edith Marlow");
  const chief =
    "Norvik Airways will drop six routes, blaming what its chief executive called “a market that does not pay.”\n\nThe cuts will affect 200 staff.\n\n“These were hard choices,” Pavel Lindqvist, Norvik's president and chief executive, said on a call.\n";
  assert.equal(speakerOf(chief, "“a market"), "Pavel Lindqvist");
});

test("an indefinite job in the lede ('by a judge who described …') is the person named with that job a few sentences on", () => {
  const text =
    "A Selkirk man who crashed into a bus shelter was jailed for four years on Monday by a judge who described his driving as “reckless beyond words.”\n\nOwen Tarrant, 29, pleaded guilty in May. He had been drinking for hours. Two people were hurt.\n\nProvincial Court Justice Mira Okonjo said Tarrant had ignored every warning.\n";
  assert.equal(speakerOf(text, "“reckless"), "Mira Okonjo");
});

test("a party tag and an apposition between the name and 'said' after a quote: the named person", () => {
  const text =
    "Committee Democrats were angry after the vote.\n\n“The board can ask again next spring,” Rep. Dana Holt (D-Iowa), a longtime budget committee member, said on Monday.\n";
  assert.equal(speakerOf(text, "“The board can"), "Dana Holt");
});

test("two lede descriptions with the same job ('the mayor of one town … a neighbouring mayor'): the second named holder", () => {
  const text =
    "A plan to merge two clinics has split local leaders, with the mayor of one town calling it “a betrayal” and a neighbouring mayor saying it could save lives.\n\nThe health minister announced the merger on Tuesday.\n\nPort Elgin Mayor Peter Lusk said residents had been left out.\n\n“Nobody called us,” Lusk said.\n\nBut Riverton Mayor Colin Baird said the status quo was failing.\n";
  assert.equal(speakerOf(text, "it could save lives"), "Colin Baird");
});

test("an acronym that spells a function word ('the WHO's newsletter said'): the body owns the document", () => {
  const text =
    'The Wetland Heritage Office (WHO) opened a new trail on Monday. The WHO\'s newsletter said: "Boots must be cleaned at the gate."';
  assert.equal(speakerOf(text, '"Boots must'), "Wetland Heritage Office");
});

test("a body after an opening time phrase with no comma ('This Friday the union …') is the subject 'they' takes up", () => {
  const text =
    'The timetable drew complaints from the mayor and the Regional Council for Railways who doubted it. This Monday the League of Night Nurses also criticized the timetable. They said, "Our shifts end after the last train".';
  assert.equal(speakerOf(text, '"Our shifts'), "League of Night Nurses");
});

test("a web address opening a sentence is a name, and a body's apposition before the verb keeps the body", () => {
  const text =
    "Butter ran short in May.\n\nBrindle.com, a cooking site, reported some bakeries were selling day-old loaves at half price.\n";
  assert.equal(speakerOf(text, "some bakeries"), "Brindle.com");
});

test("a report relaying someone's words: the one quoted inside speaks, not the report", () => {
  const text =
    "Milk ran short in June. Kessel Dairy, which bottles milk, emphasized its vans were back on schedule, according to the Valley Post report.\n";
  assert.equal(speakerOf(text, "its vans were"), "Kessel Dairy");
});

test("a person whose apposition holds a possessor, then 'also criticized': the next cueless quote is theirs", () => {
  const text =
    'Former coach Nora Vell wrote on her blog, "We should back our young players."\n\nIvo Marsh, who was Halden\'s assistant coach until March, also criticized the transfer. "Selling him in midseason makes no sense."\n';
  assert.equal(speakerOf(text, '"Selling him'), "Ivo Marsh");
});

test("'X of national cycling group Y said': the person before the affiliation speaks, not the group", () => {
  const text =
    'The parking fee rose in May. To this, Ivo Marsh of national cycling group Pedal Forward said, "The council should build racks."';
  assert.equal(speakerOf(text, '"The council'), "Ivo Marsh");
});

test("'One of these clubs, the X Association (XA), rejected … and said': the body named after its kind", () => {
  const text =
    "The regatta relied on local clubs. One of these clubs, the Riverside Rowing Association (RRA), rejected the new course and said it was never consulted.\n";
  assert.equal(speakerOf(text, "it was never"), "Riverside Rowing Association");
  const plain =
    "The regatta board met local clubs. One rowing club, the Riverside Rowing Association, said it was never consulted.\n";
  assert.equal(speakerOf(plain, "it was never"), "Riverside Rowing Association");
});

test("'Swiss daily X said': the paper named after its modifiers speaks, not the demonym the parse makes the subject", () => {
  const text = "The fair opened in June. Swiss daily Morgenblatt said the queues reached the lake shore.\n";
  assert.equal(speakerOf(text, "the queues reached"), "Morgenblatt");
});

test("'upon announcing to journalists X …': the subject of the verb the participle hangs on, past a plural hearer", () => {
  const text =
    "The choir gathered at the old theatre, where Anna Pike was greeted with cheers this evening upon announcing to journalists the tour would go ahead.\n";
  assert.equal(speakerOf(text, "the tour would go ahead"), "Anna Pike");
});

test("a role description with nobody holding it yet goes to the one person named with that role later", () => {
  const text =
    "Snow closed the pass for a week. The county's sheriff has promised every road will reopen by Friday.\n\nLater, county sheriff Greta Olsen said the ploughs were out.\n";
  assert.equal(speakerOf(text, "every road"), "Greta Olsen");
});

/** The texts of the reported quotes, in order. */
function quoteTexts(text: string): string[] {
  return run(text, "en")
    .quotes.filter((q) => q.kind !== "scare")
    .map((q) => q.text);
}

test("an indefinite source ('according to a neighbour') is not the person named with another job next", () => {
  const text =
    "The bridge keeper Tomas Hale passed away at 81 last week, according to a neighbour. Ines Varo, the county mayor, laid flowers on the bridge.";
  assert.equal(speakerOf(text, "The bridge keeper"), "a neighbour");
});

test("a role apposition missing its closing comma gives no title to the object; 'she' is the subject before", () => {
  const text =
    'Rosa Petit, the harbour master thanked the crew of the Aldana. She told a local station "Nobody panicked, because Oleg Tamm kept his head. The crew deserves a medal."';
  assert.equal(speakerOf(text, '"Nobody panicked'), "Rosa Petit");
  assert.equal(quoteTexts(text).length, 1);
});

test("'said X Cooperative's chairwoman, Ada Lenz': the person in apposition speaks, not the body", () => {
  assert.equal(
    speakerOf(
      "\u201cThe orchard will bloom again,\u201d said Hollow Creek Cooperative's chairwoman, Ada Lenz.",
      "\u201cThe orchard",
    ),
    "Ada Lenz",
  );
});

test("a medium relaying someone: 'Reuters reported X … said', '… according to CBS' after the speaker's own verb", () => {
  assert.equal(
    speakerOf(
      "Reuters reported late Friday a port official, speaking anonymously, said the cranes had been idle since June.",
      "the cranes had",
    ),
    "a port official",
  );
  assert.equal(
    speakerOf('Coach Ana Ruiz described the penalty as "a joke," according to CBS.', '"a joke'),
    "Ana Ruiz",
  );
});

test("a setting participle between the speaker and the verb, with no commas ('X talking to students called …')", () => {
  const text =
    'Mayor Tilda Obi talking to students called the new stadium "a waste" and "an eyesore". "Nobody asked us", she added.';
  assert.equal(speakerOf(text, '"a waste"'), "Tilda Obi");
  assert.equal(speakerOf(text, '"Nobody asked'), "Tilda Obi");
});

test("clauses joined by a semicolon are read one by one; a cue before ', but …' reports the clause before it", () => {
  const text =
    "The harvest came in late, farmer Jo Brandt said, but the grapes tasted fine; the cooperative disagreed.";
  assert.equal(speakerOf(text, "The harvest"), "Jo Brandt");
});

test("not reported clauses: a fronted 'when' clause's object, a request acted on, an object before a coordinated verb", () => {
  assert.deepEqual(
    quoteTexts(
      "When the old coach Lena Hart announced her move to Madrid in 2010, Petrov took over the squad and won the cup.",
    ),
    [],
  );
  assert.deepEqual(quoteTexts("Per the owner's request, the league moved the match to Sunday."), []);
  assert.deepEqual(
    quoteTexts("The museum announced its new hours on its website and repeated them on the radio."),
    [],
  );
  assert.deepEqual(quoteTexts("Volunteers estimate the bird numbers by listening for calls at dawn."), []);
});

test("document sources: a date inside the phrase, a body's statement by its noun, a person's group, his office", () => {
  assert.equal(
    speakerOf(
      "According to an April 3, 2021 UNICEF bulletin, clinics in the north ran short of insulin.",
      "clinics",
    ),
    "UNICEF",
  );
  assert.equal(
    speakerOf("According to Lenz's critics, the delay is a tactic to stall the vote.", "the delay"),
    "Lenz's critics",
  );
  assert.equal(
    speakerOf(
      "Crews from the Westvale Fire and Rescue Service fought the blaze overnight. Ten engines came from nearby towns, according to a rescue service statement.",
      "Ten engines",
    ),
    "Westvale Fire and Rescue Service",
  );
  assert.equal(
    speakerOf(
      "Senator Hugo Brandt died on Thursday at 71. His office said he passed away at home in Salem.",
      "he passed away",
    ),
    "Hugo Brandt's office",
  );
});

test("a second speaker's fragment after ', while X noted his …' is that speaker's", () => {
  const text =
    'Democrat Ann Ruiz, the council leader, told a radio station Okafor "was a fine man," while Republican Governor Pike praised his "courage and wit" on Twitter.';
  assert.equal(speakerOf(text, '"courage'), "Pike");
});

test("a short form in brackets after a body's name stands for it: mixed case and ampersands", () => {
  const text =
    "The firm Northern Gas and Power Company (NG&P) cut supply on Monday. NG&P said the cuts would last a day. The Harbour Transit Authority (HarbourLink) said two ferries were late. HarbourLink added that no one was hurt.";
  assert.equal(speakerOf(text, "the cuts"), "Northern Gas and Power Company");
  assert.equal(speakerOf(text, "no one"), "Harbour Transit Authority");
});

test("'he' after 'X backed his old opponent, Y.' is X: a name in apposition to an object is no subject", () => {
  const text =
    'Mayor Hugo Brandt backed his old opponent, Ken Ode. "Last spring," he said, "I ran to win this seat."';
  assert.equal(speakerOf(text, '"Last spring'), "Hugo Brandt");
  assert.equal(speakerOf(text, '"I ran'), "Hugo Brandt");
});

test("'quoted X, an apposition, as saying', a participle with no comma, 'the family', a document with a time after it", () => {
  assert.equal(
    speakerOf(
      'The radio station quoted Ruth Tamsin, formerly a director at the water board, as saying "The dam is safe" and "nobody should panic."',
      '"The dam',
    ),
    "Ruth Tamsin",
  );
  assert.equal(
    speakerOf(
      'Coach Ortiz posted a note from the team hotel near Halifax, N.S. saying, "We will be back next season."',
      '"We will',
    ),
    "Ortiz",
  );
  assert.equal(
    speakerOf(
      "Rival host Tom Berg has not commented on his show. Earlier, Berg said he would welcome Rudi as a guest.\n\nThe family said they would hold a small service in May.",
      "they would hold",
    ),
    "family",
  );
  assert.equal(
    speakerOf(
      'The league Ringstar announced the death of its wrestler. Ringstar\'s official statement yesterday read: "We regret to share this news."',
      '"We regret',
    ),
    "Ringstar",
  );
  assert.equal(
    speakerOf(
      "The singer Rudi Vance died on Sunday. His family said he had been ill for months.",
      "he had been ill",
    ),
    "Rudi Vance's family",
  );
});

test("no closing cue inside the quotation that follows ('said, \"The State … regrets\"'), nor a name given with 'called'", () => {
  assert.deepEqual(
    quoteTexts(
      'Governor Ana Ruiz said, "The State of Varnia deeply regrets this terrible error. My thoughts go to the families".',
    ),
    ['"The State of Varnia deeply regrets this terrible error. My thoughts go to the families"'],
  );
  assert.deepEqual(
    quoteTexts(
      "On Sunday, inventor Rui Salas crossed the bay on a flying board strapped to his feet, called Skyplank.",
    ),
    [],
  );
});

test("'…,” according to a post last night by X': the document's author after a short adjunct", () => {
  const text =
    'The ferry line lost its licence. "Its boats skipped every safety drill," according to a post last night by Harbour Commissioner Ada Lenz.';
  assert.equal(speakerOf(text, '"Its boats'), "Ada Lenz");
});

test("', who told it …' speaks for the name before; an agency is no medium relaying an inner verb", () => {
  assert.equal(
    speakerOf("The paper reached the Coast Guard, who told it the ship was missing.", "the ship was"),
    "Coast Guard",
  );
  assert.equal(
    speakerOf("The paper reached Ada Lenz, who also said the pier was closed.", "the pier"),
    "Ada Lenz",
  );
  assert.equal(speakerOf("The agency said the tremors would continue into March.", "the tremors"), "agency");
});

test("'the couple' and a 'they' after it: the two people named together before", () => {
  const text =
    "A 2011 survey said visitors were friendly. Guests Ana Salas and Rui Salas held a session on Saturday. The couple encouraged visitors to keep practising. They said failure teaches more than success.";
  assert.equal(speakerOf(text, "failure teaches"), "Ana Salas and Rui Salas");
  const later =
    "A 2011 survey said visitors were friendly. Guests Ana Salas and Rui Salas held a session on Saturday. The married couple are well known. Their shop was busy. The couple urged visitors to keep practising. They felt that mistakes teach more than wins.";
  assert.equal(speakerOf(later, "mistakes teach"), "Ana Salas and Rui Salas");
});

test("'According to the report, …' with no author named keeps the report, not the last organisation", () => {
  const text =
    "The glaze, called a slick pipe surface (SPS) glaze, needs two coats. According to the report, the process takes five minutes.";
  assert.equal(speakerOf(text, "the process"), "report");
});

test("a bare participle after a statement and a day ('released a statement Monday saying …'): the releasing body", () => {
  const text =
    "Thornbury had one burglary last year, the police figures show. The town released a statement Monday saying the mayor's remarks were unfounded.";
  assert.equal(speakerOf(text, "the mayor's remarks"), "town");
});

test("a cue between commas inside the sentence reports the whole sentence: 'The deal, he said, will …'", () => {
  const text =
    "Harbour master Ines Calloway inspected the new dock on Monday. The repairs, she said, will take until spring.";
  assert.equal(speakerOf(text, "The repairs"), "Ines Calloway");
  assert.equal(
    speakerOf("The ferry service, the port authority said, will resume on Friday.", "The ferry"),
    "port authority",
  );
  assert.equal(
    speakerOf("The tolls, according to the transit agency, will double next year.", "The tolls"),
    "transit agency",
  );
  // ("said X" inverted needs a speaker after it, not an object: no report here.)
  const none = run("Voters, citing rising rents, backed the measure by a wide margin.", "en").quotes;
  assert.equal(none.filter((q) => q.kind !== "scare").length, 0);
});

test("'The trucking company said' after a name with nothing personal about it; 'he' for a Jean", () => {
  const company = run(
    "Maple Freight announced Tuesday it would cut 300 jobs. The trucking company said demand had fallen sharply.",
    "en",
  ).quotes.find((q) => q.text.startsWith("demand"));
  assert.equal(company?.speaker?.name, "Maple Freight");
  const he = run(
    'Premier Ann Cole defended the budget, but opposition leader Jean Tremblay disagreed. "This budget fails families," Tremblay said. He added that taxes were too high.',
    "en",
  ).quotes.find((q) => q.text.startsWith("taxes"));
  assert.equal(he?.speaker?.name, "Jean Tremblay");
});

test("'the premier's office' is an office, not the person who spoke last", () => {
  const q = run(
    "Linda Park said morale was low. The premier's office insisted Friday that talks were continuing.",
    "en",
  ).quotes.find((x) => x.text.startsWith("talks"));
  assert.equal(q?.speaker?.name, "premier's office");
});

test("an interview transcript: each turn is its labelled speaker's, the turn ends at its paragraph", () => {
  const text =
    'Governor Ada Varnell spoke to the Sunday programme of host Tom Brell.\n\n"BRELL: Let us start with the budget. What went wrong this week?\n\n"VARNELL: Well, look, nothing went wrong, and the state is ready for the winter.\n\nWASHINGTON: The two talked for an hour.';
  const quotes = run(text, "en").quotes;
  const brell = quotes.find((q) => q.text.includes("Let us start"));
  assert.equal(brell?.speaker?.name, "Tom Brell");
  assert.ok(!brell?.text.includes("VARNELL"), "a turn stops at its paragraph");
  assert.equal(speakerOf(text, "Well, look"), "Ada Varnell");
  assert.ok(!quotes.some((q) => q.text.includes("two talked")), "a place label is nobody's turn");
});

test("labels of web pages (UPDATE:, VIDEO:) are no transcript turns", () => {
  const text =
    "Governor Ada Varnell signed the budget on Friday.\n\nUPDATE: The governor's office released the full text.\n\nVIDEO: Crowds outside the state house after the vote.";
  const quotes = run(text, "en").quotes;
  assert.ok(!quotes.some((q) => q.text.includes("full text") || q.text.includes("Crowds")));
});

test("'According to <medium>, X said …': the one the medium relays speaks, not the medium", () => {
  const text =
    "According to the Estravia Courier, Oskar Velmar said the harbour would stay shut until spring.";
  assert.equal(speakerOf(text, "the harbour would stay"), "Oskar Velmar");
});

test("a possessed document as the subject ('the council's complaint claimed'): its owner, not a medium named before", () => {
  const text =
    'The Velmar Fisheries Council met reporters from the Estravia Courier on Monday.\n\nCiting the audit, the VFC\'s complaint claimed "the quotas were set with no scientific basis at all".';
  assert.equal(speakerOf(text, '"the quotas were set'), "Velmar Fisheries Council");
  const plural =
    'The Estravia Courier ran the story on Monday.\n\nKarsania Pilots\' letter argued "the new channel markers cannot be seen at night".';
  assert.notEqual(speakerOf(plural, '"the new channel'), "Estravia Courier");
});

test("a second verb after 'and on <platform>': the first verb's subject, not the platform the parser took for one", () => {
  const text =
    'Minister Oskar Velmar called the audit a "fishing trip", and on Facebook described the inquiry as "The Great Harbour Fraud".';
  assert.equal(speakerOf(text, '"The Great Harbour'), "Oskar Velmar");
});

test("a relative aside between dashes right before the quote: its verb is no cue, the main clause's subject speaks", () => {
  const text =
    'Harbour Master Lina Drosk commented on the delay — which the Estravia Times described as a rare step for her office — "However you frame it, the ships are stuck here."';
  assert.equal(speakerOf(text, '"However you frame'), "Lina Drosk");
});

test("a possessed document with a modifier ('the VSG's take-down notice claimed'): its owner speaks", () => {
  const text =
    'The Velmar Shipping Guild (VSG) wrote to Estravia Online on Monday.\n\nCiting this clause, the VSG\'s take-down notice claimed "remarks in the charter make clear that the route was planned to dodge the tariff".';
  assert.equal(speakerOf(text, '"remarks in the charter'), "Velmar Shipping Guild");
});

test("an unsigned document passing on a clause's words (X ruled, according to the summary, “…”): the subject speaks", () => {
  const text =
    "Mira Karsania, the chief judge of the Valdoria tribunal, ruled, according to the summary, “that the harbour levy had no lawful basis.”";
  assert.equal(speakerOf(text, "Mira Karsania"), "Mira Karsania");
  // (The document opening the sentence, after no clause, stays the source.)
  const opening =
    "Tomas Velmar spoke at the dock. According to the summary, “the harbour levy had no lawful basis.”";
  assert.equal(speakerOf(opening, "“the harbour levy"), "summary");
});

test("a speech verb after a clause of its own joined by 'and': the noun right before it speaks, without the 'and'", () => {
  const text =
    "The Karsania depot and the old ferry terminal were closed on Tuesday and harbour officials said the quays would reopen after the storm.";
  assert.equal(speakerOf(text, "the quays would reopen"), "harbour officials");
  const control = "Mayor Lina Velmar toured the depot and said the repairs would cost less than feared.";
  assert.equal(speakerOf(control, "the repairs would cost"), "Lina Velmar");
});

test("a comment signed after a dash by a name with an accented capital: the signer", () => {
  const text =
    "Readers wrote to us about the new bridge toll.\n\n“The toll doubled overnight.” ― Élodie N Luis Varsan\n“Nobody asked us first.” ― Mira Karsania";
  assert.equal(speakerOf(text, "“The toll doubled"), "Élodie N Luis Varsan");
  assert.equal(speakerOf(text, "“Nobody asked"), "Mira Karsania");
});
