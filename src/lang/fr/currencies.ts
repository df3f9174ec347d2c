import type { CurrencyWord } from "../../quantities/currencies.ts";

/**
 * French currency names (lower case, singular and plural) → ISO 4217.
 * `qualified` maps the adjective that follows (dollars canadiens) to its code;
 * `context` picks a code from words elsewhere in the article (wons).
 */
const dollar: CurrencyWord = {
  code: "USD",
  qualified: {
    américain: "USD",
    américains: "USD",
    us: "USD",
    canadien: "CAD",
    canadiens: "CAD",
    australien: "AUD",
    australiens: "AUD",
    "néo-zélandais": "NZD",
    hongkongais: "HKD",
    taïwanais: "TWD",
    singapourien: "SGD",
    singapouriens: "SGD",
    zimbabwéen: "ZWL",
    zimbabwéens: "ZWL",
  },
};
const livre: CurrencyWord = {
  code: "GBP",
  needsQualifier: true,
  qualified: {
    sterling: "GBP",
    britannique: "GBP",
    britanniques: "GBP",
    turque: "TRY",
    turques: "TRY",
    égyptienne: "EGP",
    égyptiennes: "EGP",
    libanaise: "LBP",
    libanaises: "LBP",
    syrienne: "SYP",
    syriennes: "SYP",
  },
};
const won: CurrencyWord = {
  code: "KRW",
  qualified: { "nord-coréen": "KPW", "nord-coréens": "KPW", "sud-coréen": "KRW", "sud-coréens": "KRW" },
  context: { KPW: ["nord-coré", "corée du nord", "pyongyang"], KRW: ["sud-coré", "corée du sud", "séoul"] },
};
const rouble: CurrencyWord = {
  code: "RUB",
  qualified: { russe: "RUB", russes: "RUB", biélorusse: "BYN", biélorusses: "BYN" },
};
const franc: CurrencyWord = {
  code: "CHF",
  needsQualifier: true,
  qualified: { suisse: "CHF", suisses: "CHF", cfa: "XOF", congolais: "CDF", guinéen: "GNF", guinéens: "GNF" },
};
const couronne: CurrencyWord = {
  code: "SEK",
  needsQualifier: true,
  qualified: {
    suédoise: "SEK",
    suédoises: "SEK",
    norvégienne: "NOK",
    norvégiennes: "NOK",
    danoise: "DKK",
    danoises: "DKK",
    tchèque: "CZK",
    tchèques: "CZK",
    islandaise: "ISK",
    islandaises: "ISK",
  },
};
const dinar: CurrencyWord = {
  code: "",
  needsQualifier: true,
  qualified: {
    algérien: "DZD",
    algériens: "DZD",
    tunisien: "TND",
    tunisiens: "TND",
    irakien: "IQD",
    irakiens: "IQD",
    koweïtien: "KWD",
    koweïtiens: "KWD",
    jordanien: "JOD",
    jordaniens: "JOD",
    serbe: "RSD",
    serbes: "RSD",
    libyen: "LYD",
    libyens: "LYD",
  },
};
const roupie: CurrencyWord = {
  code: "INR",
  qualified: {
    indienne: "INR",
    indiennes: "INR",
    pakistanaise: "PKR",
    pakistanaises: "PKR",
    indonésienne: "IDR",
    indonésiennes: "IDR",
    "sri-lankaise": "LKR",
    népalaise: "NPR",
    népalaises: "NPR",
  },
};
const peso: CurrencyWord = {
  code: "",
  needsQualifier: true,
  qualified: {
    mexicain: "MXN",
    mexicains: "MXN",
    argentin: "ARS",
    argentins: "ARS",
    colombien: "COP",
    colombiens: "COP",
    chilien: "CLP",
    chiliens: "CLP",
    philippin: "PHP",
    philippins: "PHP",
    cubain: "CUP",
    cubains: "CUP",
  },
};
const dirham: CurrencyWord = {
  code: "",
  needsQualifier: true,
  qualified: { marocain: "MAD", marocains: "MAD", émirati: "AED", émiratis: "AED" },
};
const rial: CurrencyWord = {
  code: "IRR",
  qualified: { iranien: "IRR", iraniens: "IRR", omanais: "OMR", yéménite: "YER", yéménites: "YER" },
};

function both(singular: string, entry: CurrencyWord, plural = `${singular}s`): [string, CurrencyWord][] {
  return [
    [singular, entry],
    [plural, entry],
  ];
}

export const CURRENCIES_FR: Record<string, CurrencyWord> = Object.fromEntries([
  ...both("dollar", dollar),
  ...both("euro", { code: "EUR" }),
  ...both("livre", livre),
  ...both("won", won),
  ...both("rouble", rouble),
  ...both("franc", franc),
  ...both("couronne", couronne),
  ...both("dinar", dinar),
  ...both("roupie", roupie),
  ...both("peso", peso),
  ...both("dirham", dirham),
  ...both("rial", rial),
  ...both("riyal", { code: "SAR", qualified: { qatari: "QAR", qataris: "QAR" } }),
  ...both("yen", { code: "JPY" }),
  ...both("yuan", { code: "CNY" }),
  ["renminbi", { code: "CNY" }],
  ...both("hryvnia", { code: "UAH" }),
  ...both("hryvna", { code: "UAH" }),
  ...both("zloty", { code: "PLN" }),
  ...both("forint", { code: "HUF" }),
  ...both("leu", { code: "RON", qualified: { moldave: "MDL", moldaves: "MDL" } }, "lei"),
  ...both("lev", { code: "BGN" }, "leva"),
  ...both("shekel", { code: "ILS" }),
  ...both("réal", { code: "BRL" }, "reais"),
  ["réals", { code: "BRL" }],
  ...both("rand", { code: "ZAR" }),
  ...both("naira", { code: "NGN" }),
  ...both("lari", { code: "GEL" }),
  ...both("dram", { code: "AMD" }),
  ...both("manat", { code: "AZN" }),
  ...both("tenge", { code: "KZT" }),
  ...both("afghani", { code: "AFN" }),
]);
