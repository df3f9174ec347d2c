/**
 * Language-neutral currency signs and codes → ISO 4217. Word tables live in
 * src/lang/{fr,en}/currencies.ts.
 */

/** A currency name in a language table. */
export interface CurrencyWord {
  /** Code when unqualified; "" when the name alone is ambiguous (dinars, pesos). */
  code: string;
  /** Adjective or country word → code (dollars canadiens, Canadian dollars). */
  qualified?: Record<string, string>;
  /** The bare name is not money without a qualifier or a scale (livres = books, pounds = weight). */
  needsQualifier?: boolean;
  /** Code → lower-case cues searched in the article when unqualified (wons: KPW or KRW). */
  context?: Record<string, string[]>;
}

/** Signs written before or after a figure; longest first when matching. */
export const CURRENCY_SIGNS: Record<string, string> = {
  US$: "USD",
  "U.S.$": "USD",
  C$: "CAD",
  CA$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  HK$: "HKD",
  S$: "SGD",
  R$: "BRL",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₽": "RUB",
  "₩": "KRW",
  "₹": "INR",
  "₴": "UAH",
  "₺": "TRY",
  "₪": "ILS",
  "₦": "NGN",
  "₸": "KZT",
  "₾": "GEL",
  zł: "PLN",
};

/** ISO codes accepted when written as such beside a figure (USD 40, 40 CHF). */
export const ISO_CODES: ReadonlySet<string> = new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "RMB",
  "RUB",
  "KRW",
  "KPW",
  "INR",
  "UAH",
  "TRY",
  "ILS",
  "CHF",
  "CAD",
  "AUD",
  "NZD",
  "HKD",
  "SGD",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "RON",
  "BRL",
  "MXN",
  "ZAR",
  "SAR",
  "AED",
  "IRR",
  "XOF",
  "XAF",
  "EGP",
  "NGN",
  "KZT",
  "BYN",
  "GEL",
]);

/** RMB is the usual press spelling of CNY. */
export function isoCode(code: string): string {
  return code === "RMB" ? "CNY" : code;
}

/**
 * Resolves a currency word with its qualifier and the article text.
 *
 * @example
 * resolveCurrency({ code: "USD", qualified: { canadiens: "CAD" } }, "canadiens", "", false) // "CAD"
 */
export function resolveCurrency(
  entry: CurrencyWord,
  qualifier: string | null,
  lowerText: string,
  scaled: boolean,
): string | null {
  if (qualifier && entry.qualified?.[qualifier]) return entry.qualified[qualifier];
  if (entry.needsQualifier && !(scaled && entry.code)) return null;
  if (entry.context) {
    let best = entry.code;
    let bestCount = 0;
    for (const [code, cues] of Object.entries(entry.context)) {
      let count = 0;
      for (const cue of cues) {
        for (let at = lowerText.indexOf(cue); at >= 0; at = lowerText.indexOf(cue, at + cue.length)) count++;
      }
      if (count > bestCount) {
        best = code;
        bestCount = count;
      }
    }
    return best || null;
  }
  return entry.code || null;
}
