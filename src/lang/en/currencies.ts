import type { CurrencyWord } from "../../quantities/currencies.ts";

/**
 * English currency names (lower case) → ISO 4217. A qualifier precedes the
 * name in English (Canadian dollars), so `qualified` keys are the word before.
 */
const dollar: CurrencyWord = {
  code: "USD",
  qualified: {
    us: "USD",
    "u.s.": "USD",
    american: "USD",
    canadian: "CAD",
    australian: "AUD",
    "new zealand": "NZD",
    zealand: "NZD",
    kong: "HKD",
    taiwan: "TWD",
    taiwanese: "TWD",
    singapore: "SGD",
    zimbabwean: "ZWL",
  },
};
const pound: CurrencyWord = {
  code: "GBP",
  needsQualifier: true,
  qualified: { british: "GBP", sterling: "GBP", egyptian: "EGP", lebanese: "LBP", syrian: "SYP" },
};
const won: CurrencyWord = {
  code: "KRW",
  qualified: { "north korean": "KPW", korean: "KRW", "south korean": "KRW" },
  context: { KPW: ["north korea", "pyongyang"], KRW: ["south korea", "seoul"] },
};
const franc: CurrencyWord = {
  code: "CHF",
  needsQualifier: true,
  qualified: { swiss: "CHF", cfa: "XOF", congolese: "CDF", guinean: "GNF" },
};
const krona: CurrencyWord = {
  code: "SEK",
  qualified: { swedish: "SEK", icelandic: "ISK" },
};
const krone: CurrencyWord = {
  code: "NOK",
  needsQualifier: true,
  qualified: { norwegian: "NOK", danish: "DKK" },
};
const dinar: CurrencyWord = {
  code: "",
  needsQualifier: true,
  qualified: {
    algerian: "DZD",
    tunisian: "TND",
    iraqi: "IQD",
    kuwaiti: "KWD",
    jordanian: "JOD",
    serbian: "RSD",
    libyan: "LYD",
  },
};
const rupee: CurrencyWord = {
  code: "INR",
  qualified: { indian: "INR", pakistani: "PKR", indonesian: "IDR", "sri lankan": "LKR", nepalese: "NPR" },
};
const peso: CurrencyWord = {
  code: "",
  needsQualifier: true,
  qualified: {
    mexican: "MXN",
    argentine: "ARS",
    argentinian: "ARS",
    colombian: "COP",
    chilean: "CLP",
    philippine: "PHP",
    cuban: "CUP",
  },
};

function both(singular: string, entry: CurrencyWord, plural = `${singular}s`): [string, CurrencyWord][] {
  return [
    [singular, entry],
    [plural, entry],
  ];
}

export const CURRENCIES_EN: Record<string, CurrencyWord> = Object.fromEntries([
  ...both("dollar", dollar),
  ...both("euro", { code: "EUR" }),
  ...both("pound", pound),
  ["sterling", { code: "GBP" }],
  ...both("won", won),
  ...both("rouble", { code: "RUB", qualified: { russian: "RUB", belarusian: "BYN" } }),
  ...both("ruble", { code: "RUB", qualified: { russian: "RUB", belarusian: "BYN" } }),
  ...both("franc", franc),
  ...both("krona", krona, "kronor"),
  ...both("krone", krone, "kroner"),
  ...both("koruna", { code: "CZK" }),
  ...both("dinar", dinar),
  ...both("rupee", rupee),
  ...both("peso", peso),
  ...both("dirham", {
    code: "",
    needsQualifier: true,
    qualified: { moroccan: "MAD", emirati: "AED", uae: "AED" },
  }),
  ...both("rial", { code: "IRR", qualified: { iranian: "IRR", omani: "OMR", yemeni: "YER" } }),
  ...both("riyal", { code: "SAR", qualified: { saudi: "SAR", qatari: "QAR" } }),
  ["yen", { code: "JPY" }],
  ["yuan", { code: "CNY" }],
  ["renminbi", { code: "CNY" }],
  ...both("hryvnia", { code: "UAH" }),
  ...both("zloty", { code: "PLN" }, "zlotys"),
  ...both("forint", { code: "HUF" }),
  ...both("shekel", { code: "ILS" }),
  ...both("real", { code: "BRL", needsQualifier: true, qualified: { brazilian: "BRL" } }, "reais"),
  ...both("rand", { code: "ZAR" }),
  ...both("naira", { code: "NGN" }),
  ...both("lari", { code: "GEL" }),
  ...both("manat", { code: "AZN" }),
  ...both("tenge", { code: "KZT" }),
]);
