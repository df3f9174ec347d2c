/** English abbreviations that end in a period and do not end a sentence. */
export const ABBREVIATIONS = [
  "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Rev.", "Hon.", "Messrs.",
  "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Lt.Col.", "Gov.", "Sen.", "Rep.", "Pres.", "Amb.", "Supt.", "Insp.",
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
  "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.",
  "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C.", "N.Y.", "L.A.", "Wash.", "Calif.", "Mass.", "Pa.", "Ill.", "Fla.", "Tex.", "Va.", "Md.", "Ga.", "Ariz.", "Colo.", "Conn.", "Mich.", "Minn.", "Ore.", "Ont.", "Que.", "B.C.", "Alta.",
  "Inc.", "Corp.", "Ltd.", "Co.", "Bros.", "Dept.", "Univ.", "Assn.", "Ave.", "Blvd.", "Rd.", "Mt.", "Ft.",
  "No.", "Nos.", "Vol.", "vol.", "p.", "pp.", "ch.", "art.", "fig.", "approx.", "est.", "ca.", "cf.", "vs.", "v.", "e.g.", "i.e.", "a.m.", "p.m.", "etc.", "al.", "ed.", "eds.",
];

/** Abbreviations that can also close a sentence (a break is kept before a capitalised word). */
export const SENTENCE_FINAL = ["etc.", "Inc.", "Corp.", "Ltd.", "Co.", "U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "D.C.", "a.m.", "p.m.", "al."];

/** Words that open sentences, confirming a break after a sentence-final abbreviation (U.S. The …). */
export const SENTENCE_STARTERS = [
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her", "their",
  "its", "our", "but", "and", "so", "yet", "however", "meanwhile", "in", "on", "at", "for", "after", "before", "since", "during",
  "according", "when", "while", "if", "as", "some", "many", "most", "no", "none", "officials", "mr.", "mrs.", "ms.", "dr.",
];
