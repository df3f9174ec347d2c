/**
 * Hand-written French number spellings and their values, for the parser
 * tests: traditional spelling, the 1990 rectified spelling (all hyphens),
 * Belgian and Swiss forms, capitals. One pair per line: value|words.
 */
export const FRENCH_PAIRS = `
0|zéro
1|un
1|une
2|deux
3|trois
4|quatre
5|cinq
6|six
7|sept
8|huit
9|neuf
10|dix
11|onze
12|douze
13|treize
14|quatorze
15|quinze
16|seize
17|dix-sept
18|dix-huit
19|dix-neuf
20|vingt
21|vingt et un
21|vingt-et-un
22|vingt-deux
23|vingt-trois
24|vingt-quatre
25|vingt-cinq
26|vingt-six
27|vingt-sept
28|vingt-huit
29|vingt-neuf
30|trente
31|trente et un
31|trente-et-un
32|trente-deux
35|trente-cinq
38|trente-huit
40|quarante
41|quarante et un
42|quarante-deux
44|quarante-quatre
47|quarante-sept
50|cinquante
51|cinquante et un
53|cinquante-trois
56|cinquante-six
59|cinquante-neuf
60|soixante
61|soixante et un
62|soixante-deux
66|soixante-six
69|soixante-neuf
70|soixante-dix
71|soixante et onze
71|soixante-et-onze
72|soixante-douze
73|soixante-treize
74|soixante-quatorze
75|soixante-quinze
76|soixante-seize
77|soixante-dix-sept
78|soixante-dix-huit
79|soixante-dix-neuf
80|quatre-vingts
80|quatre-vingt
81|quatre-vingt-un
82|quatre-vingt-deux
85|quatre-vingt-cinq
88|quatre-vingt-huit
89|quatre-vingt-neuf
90|quatre-vingt-dix
91|quatre-vingt-onze
92|quatre-vingt-douze
93|quatre-vingt-treize
94|quatre-vingt-quatorze
95|quatre-vingt-quinze
96|quatre-vingt-seize
97|quatre-vingt-dix-sept
98|quatre-vingt-dix-huit
99|quatre-vingt-dix-neuf
70|septante
71|septante et un
77|septante-sept
80|huitante
80|octante
90|nonante
91|nonante et un
99|nonante-neuf
100|cent
101|cent un
102|cent deux
110|cent dix
111|cent onze
117|cent dix-sept
120|cent vingt
121|cent vingt et un
150|cent cinquante
170|cent soixante-dix
180|cent quatre-vingts
190|cent quatre-vingt-dix
199|cent quatre-vingt-dix-neuf
200|deux cents
201|deux cent un
210|deux cent dix
250|deux cent cinquante
280|deux cent quatre-vingts
299|deux cent quatre-vingt-dix-neuf
300|trois cents
310|trois cent dix
333|trois cent trente-trois
400|quatre cents
444|quatre cent quarante-quatre
480|quatre cent quatre-vingts
500|cinq cents
555|cinq cent cinquante-cinq
600|six cents
666|six cent soixante-six
700|sept cents
777|sept cent soixante-dix-sept
800|huit cents
880|huit cent quatre-vingts
900|neuf cents
971|neuf cent soixante et onze
999|neuf cent quatre-vingt-dix-neuf
1000|mille
1001|mille un
1010|mille dix
1100|mille cent
1200|mille deux cents
1515|mille cinq cent quinze
1789|mille sept cent quatre-vingt-neuf
1914|mille neuf cent quatorze
1945|mille neuf cent quarante-cinq
1991|mille neuf cent quatre-vingt-onze
1999|mille neuf cent quatre-vingt-dix-neuf
2000|deux mille
2001|deux mille un
2010|deux mille dix
2022|deux mille vingt-deux
2025|deux mille vingt-cinq
3000|trois mille
3500|trois mille cinq cents
4080|quatre mille quatre-vingts
5000|cinq mille
7777|sept mille sept cent soixante-dix-sept
9999|neuf mille neuf cent quatre-vingt-dix-neuf
10000|dix mille
11000|onze mille
12500|douze mille cinq cents
17000|dix-sept mille
20000|vingt mille
21000|vingt et un mille
30000|trente mille
40000|quarante mille
42000|quarante-deux mille
50000|cinquante mille
71000|soixante et onze mille
80000|quatre-vingt mille
80000|quatre-vingts mille
90000|quatre-vingt-dix mille
99000|quatre-vingt-dix-neuf mille
100000|cent mille
101000|cent un mille
120000|cent vingt mille
200000|deux cent mille
200000|deux-cent-mille
250000|deux cent cinquante mille
300000|trois cent mille
310000|trois cent dix mille
400000|quatre cent mille
480000|quatre cent quatre-vingt mille
500000|cinq cent mille
600000|six cent mille
750000|sept cent cinquante mille
999999|neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf
1000000|un million
1000000|un-million
1200000|un million deux cent mille
1400000|un million quatre cent mille
2000000|deux millions
2500000|deux millions cinq cent mille
3000000|trois millions
10000000|dix millions
17000000|dix-sept millions
80000000|quatre-vingts millions
100000000|cent millions
200000000|deux cents millions
325000000|trois cent vingt-cinq millions
1000000000|un milliard
2000000000|deux milliards
3500000000|trois milliards cinq cents millions
1000000000000|un billion
21|Vingt et un
17|Dix-sept
42|Quarante-Deux
99|QUATRE-VINGT-DIX-NEUF
1001|mille-et-un
201|deux-cent-un
1999|mille-neuf-cent-quatre-vingt-dix-neuf
2025|deux-mille-vingt-cinq
77|soixante dix sept
90|quatre vingt dix
81|quatre vingt un
1300|treize cents
1500|quinze cents
1900|dix-neuf cents
`;

/** Spellings that are not one number; the parser must refuse them. */
export const FRENCH_NON_NUMBERS = [
  "trois et quatre",
  "deux trois",
  "vingt trente",
  "dix onze",
  "et",
  "cent et",
  "mille mille",
  "million",
  "vingt et deux",
  "trois vingts",
  "zéro un",
  "soixante-vingt",
  "cinq cent cent",
];
