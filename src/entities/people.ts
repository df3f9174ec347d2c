/**
 * Cross-language name variants of people in the news: the French, English and
 * transliterated spellings of one person share an id. Extend with
 * `addPeople` (or a JSON file named by $DOSSIER_NAME_VARIANTS).
 */
export interface PersonEntry {
  id: string;
  canonical: string;
  names: string[];
}

export const PEOPLE: PersonEntry[] = [
  {
    id: "person:vladimir-putin",
    canonical: "Vladimir Putin",
    names: [
      "Vladimir Poutine",
      "Vladimir Putin",
      "Poutine",
      "Putin",
      "Vladimir Vladimirovitch Poutine",
      "Vladimir Vladimirovich Putin",
    ],
  },
  {
    id: "person:volodymyr-zelensky",
    canonical: "Volodymyr Zelensky",
    names: [
      "Volodymyr Zelensky",
      "Volodymyr Zelenskyy",
      "Volodymyr Zelenskiy",
      "Volodymyr Zelenski",
      "Vladimir Zelensky",
      "Zelensky",
      "Zelenskyy",
      "Zelenskiy",
      "Zelenski",
    ],
  },
  {
    id: "person:kim-jong-un",
    canonical: "Kim Jong Un",
    names: ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jung-un"],
  },
  { id: "person:xi-jinping", canonical: "Xi Jinping", names: ["Xi Jinping", "Xi"] },
  {
    id: "person:joe-biden",
    canonical: "Joe Biden",
    names: ["Joe Biden", "Joseph Biden", "Joseph R. Biden", "Biden"],
  },
  {
    id: "person:donald-trump",
    canonical: "Donald Trump",
    names: ["Donald Trump", "Donald J. Trump", "Trump"],
  },
  { id: "person:barack-obama", canonical: "Barack Obama", names: ["Barack Obama", "Obama"] },
  { id: "person:kamala-harris", canonical: "Kamala Harris", names: ["Kamala Harris"] },
  { id: "person:emmanuel-macron", canonical: "Emmanuel Macron", names: ["Emmanuel Macron", "Macron"] },
  { id: "person:olaf-scholz", canonical: "Olaf Scholz", names: ["Olaf Scholz", "Scholz"] },
  { id: "person:angela-merkel", canonical: "Angela Merkel", names: ["Angela Merkel", "Merkel"] },
  { id: "person:rishi-sunak", canonical: "Rishi Sunak", names: ["Rishi Sunak", "Sunak"] },
  { id: "person:keir-starmer", canonical: "Keir Starmer", names: ["Keir Starmer", "Starmer"] },
  { id: "person:giorgia-meloni", canonical: "Giorgia Meloni", names: ["Giorgia Meloni", "Meloni"] },
  {
    id: "person:sergei-lavrov",
    canonical: "Sergei Lavrov",
    names: ["Sergueï Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
  },
  {
    id: "person:sergei-shoigu",
    canonical: "Sergei Shoigu",
    names: ["Sergueï Choïgou", "Sergei Shoigu", "Sergey Shoygu", "Choïgou", "Shoigu"],
  },
  {
    id: "person:dmitry-medvedev",
    canonical: "Dmitry Medvedev",
    names: ["Dmitri Medvedev", "Dmitry Medvedev", "Dmitrii Medvedev", "Medvedev"],
  },
  {
    id: "person:dmitry-peskov",
    canonical: "Dmitry Peskov",
    names: ["Dmitri Peskov", "Dmitry Peskov", "Peskov"],
  },
  { id: "person:maria-zakharova", canonical: "Maria Zakharova", names: ["Maria Zakharova", "Zakharova"] },
  {
    id: "person:yevgeny-prigozhin",
    canonical: "Yevgeny Prigozhin",
    names: ["Evgueni Prigojine", "Yevgeny Prigozhin", "Yevgeniy Prigozhin", "Prigojine", "Prigozhin"],
  },
  {
    id: "person:alexei-navalny",
    canonical: "Alexei Navalny",
    names: ["Alexeï Navalny", "Alexei Navalny", "Aleksei Navalny", "Navalny", "Navalnyi"],
  },
  {
    id: "person:alexander-lukashenko",
    canonical: "Alexander Lukashenko",
    names: [
      "Alexandre Loukachenko",
      "Alexander Lukashenko",
      "Aliaksandr Lukashenka",
      "Loukachenko",
      "Lukashenko",
    ],
  },
  {
    id: "person:dmytro-kuleba",
    canonical: "Dmytro Kuleba",
    names: ["Dmytro Kouleba", "Dmytro Kuleba", "Kouleba", "Kuleba"],
  },
  {
    id: "person:valerii-zaluzhnyi",
    canonical: "Valerii Zaluzhnyi",
    names: ["Valeri Zaloujny", "Valerii Zaluzhnyi", "Valery Zaluzhny", "Zaloujny", "Zaluzhnyi", "Zaluzhny"],
  },
  {
    id: "person:oleksii-reznikov",
    canonical: "Oleksii Reznikov",
    names: ["Oleksiï Reznikov", "Oleksii Reznikov", "Oleksiy Reznikov", "Reznikov"],
  },
  {
    id: "person:denys-shmyhal",
    canonical: "Denys Shmyhal",
    names: ["Denys Chmyhal", "Denys Shmyhal", "Chmyhal", "Shmyhal"],
  },
  {
    id: "person:ali-khamenei",
    canonical: "Ali Khamenei",
    names: ["Ali Khamenei", "Ali Khameneï", "Khamenei", "Khameneï"],
  },
  {
    id: "person:ebrahim-raisi",
    canonical: "Ebrahim Raisi",
    names: ["Ebrahim Raïssi", "Ebrahim Raisi", "Raïssi", "Raisi"],
  },
  {
    id: "person:recep-tayyip-erdogan",
    canonical: "Recep Tayyip Erdoğan",
    names: ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Erdoğan"],
  },
  {
    id: "person:benjamin-netanyahu",
    canonical: "Benjamin Netanyahu",
    names: ["Benyamin Netanyahou", "Benjamin Netanyahou", "Benjamin Netanyahu", "Netanyahou", "Netanyahu"],
  },
  {
    id: "person:bashar-al-assad",
    canonical: "Bashar al-Assad",
    names: ["Bachar al-Assad", "Bashar al-Assad", "Bachar el-Assad", "Assad", "al-Assad"],
  },
  {
    id: "person:mohammed-bin-salman",
    canonical: "Mohammed bin Salman",
    names: ["Mohammed ben Salmane", "Mohammed bin Salman", "MBS"],
  },
  { id: "person:narendra-modi", canonical: "Narendra Modi", names: ["Narendra Modi", "Modi"] },
  {
    id: "person:lula",
    canonical: "Luiz Inácio Lula da Silva",
    names: ["Luiz Inácio Lula da Silva", "Lula da Silva", "Lula"],
  },
  { id: "person:antony-blinken", canonical: "Antony Blinken", names: ["Antony Blinken", "Blinken"] },
  { id: "person:lloyd-austin", canonical: "Lloyd Austin", names: ["Lloyd Austin"] },
  {
    id: "person:jens-stoltenberg",
    canonical: "Jens Stoltenberg",
    names: ["Jens Stoltenberg", "Stoltenberg"],
  },
  { id: "person:mark-rutte", canonical: "Mark Rutte", names: ["Mark Rutte", "Rutte"] },
  {
    id: "person:ursula-von-der-leyen",
    canonical: "Ursula von der Leyen",
    names: ["Ursula von der Leyen", "von der Leyen", "Von der Leyen"],
  },
  { id: "person:charles-michel", canonical: "Charles Michel", names: ["Charles Michel"] },
  { id: "person:josep-borrell", canonical: "Josep Borrell", names: ["Josep Borrell", "Borrell"] },
  {
    id: "person:antonio-guterres",
    canonical: "António Guterres",
    names: ["António Guterres", "Antonio Guterres", "Guterres"],
  },
  {
    id: "person:rafael-grossi",
    canonical: "Rafael Grossi",
    names: ["Rafael Grossi", "Rafael Mariano Grossi", "Grossi"],
  },
  {
    id: "person:pope-francis",
    canonical: "Pope Francis",
    names: ["pape François", "Pape François", "Pope Francis"],
  },
];
