import { PERSON_TITLES, TITLE_MODIFIERS } from "../lang/fr/ner-titles.ts";
import { type TagSpan, typeIndex } from "./tags.ts";

const PER = typeIndex("PER");
const TITLES: Record<string, ReadonlySet<string>> = { fr: new Set(PERSON_TITLES) };
const MODIFIERS: Record<string, ReadonlySet<string>> = { fr: new Set(TITLE_MODIFIERS) };
const ARTICLES = new Set(["le", "la", "l'", "l’", "un", "une", "notre", "son", "sa", "leur", "votre"]);
const STOPS = new Set([",", ".", ";", ":", ")", "(", "!", "?", "«", "»", '"']);

const PARTICLES = new Set(["de", "d'", "d’", "von", "van", "della", "di"]);

function isCapitalisedName(w: string): boolean {
  return w.length > 1 && w[0] !== w[0].toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
}

function isLowerWord(w: string): boolean {
  return w.length > 0 && w !== w.toUpperCase() && w === w.toLowerCase();
}

/**
 * HIPE's person convention: titles and functions belong to the span. Extends
 * PER spans left over a preceding title ("maréchal Haig", "conseiller fédéral
 * Arnold Koller") and right over an apposition that opens with a title
 * ("M. Ador, conseiller fédéral"), up to the next punctuation or entity.
 * Languages without a title table are returned unchanged.
 *
 * @example
 * withTitles("fr", [["le", "maréchal", "Haig"]], [[{ start: 2, end: 3, type: 0 }]]); // span 1–3
 */
export function withTitles(
  lang: string,
  sentences: readonly (readonly string[])[],
  spans: TagSpan[][],
  opts: { left?: boolean; right?: boolean } = {},
): TagSpan[][] {
  const titles = TITLES[lang];
  const modifiers = MODIFIERS[lang];
  if (!titles || !modifiers) return spans;
  const isTitle = (w: string) => {
    const l = w.toLowerCase();
    // plurals of titles too (« Jean Meyer et Paul Roch, questeurs »)
    return titles.has(l) || (l.length > 3 && /[sx]$/.test(l) && titles.has(l.slice(0, -1)));
  };
  return spans.map((spansOfSentence, s) => {
    let list = spansOfSentence;
    const words = sentences[s];
    const taken = new Uint8Array(words.length + 1);
    for (const sp of list) for (let i = sp.start; i < sp.end; i++) taken[i] = 1;
    // A title before capitalised words the model left untagged names a person ("général de Gaulle").
    const found: TagSpan[] = [];
    for (let i = 0; i + 1 < words.length; i++) {
      if (taken[i] || !isTitle(words[i]) || !isLowerWord(words[i])) continue;
      let e = i + 1;
      for (;;) {
        if (e < words.length && !taken[e] && isCapitalisedName(words[e])) e++;
        else if (
          e + 1 < words.length &&
          e > i + 0 &&
          PARTICLES.has(words[e]) &&
          !taken[e + 1] &&
          isCapitalisedName(words[e + 1])
        )
          e += 2;
        else break;
      }
      if (e > i + 1) {
        found.push({ start: i + 1, end: e, type: PER });
        for (let k = i + 1; k < e; k++) taken[k] = 1;
        i = e - 1;
      }
    }
    if (found.length) list = [...list, ...found].sort((a, b) => a.start - b.start);
    const out: TagSpan[] = [];
    for (let k = 0; k < list.length; k++) {
      const sp = list[k];
      if (sp.type !== PER) {
        out.push(sp);
        continue;
      }
      let { start, end } = sp;
      if (opts.left !== false) {
        // title (modifier|lower adjective)? NAME — at most two words to the left
        const j = start - 1;
        if (j >= 0 && !taken[j] && isTitle(words[j])) start = j;
        else if (j >= 1 && !taken[j] && !taken[j - 1] && isLowerWord(words[j]) && isTitle(words[j - 1]))
          start = j - 1;
        // modifiers before the title: "ancien ministre", "vice - président"
        while (
          start > 0 &&
          start < sp.start &&
          !taken[start - 1] &&
          modifiers.has(words[start - 1].toLowerCase())
        )
          start--;
      }
      // a particle and a capitalised word the model left out: "M. Drouyn de Lhuys"
      if (
        end + 1 < words.length &&
        PARTICLES.has(words[end]) &&
        !taken[end + 1] &&
        isCapitalisedName(words[end + 1])
      )
        end += 2;
      if (opts.right !== false && words[end] === ",") {
        let j = end + 1;
        let article = false;
        if (j + 1 < words.length && (words[j] === "l" || words[j] === "L") && "'’".includes(words[j + 1])) {
          j += 2;
          article = true;
        } else if (j < words.length && ARTICLES.has(words[j].toLowerCase())) {
          j++;
          article = true;
        }
        const afterArticle = j;
        while (j < words.length && modifiers.has(words[j].toLowerCase())) j++;
        // « X, le célèbre marchand … »: an article and a modifier open an apposition whatever its noun
        const described = article && j > afterArticle && j < words.length && isLowerWord(words[j]);
        if (j < words.length && ((isTitle(words[j]) && isLowerWord(words[j])) || described)) {
          // the apposition runs to the next punctuation; places and bodies inside it
          // belong to it ("notre ambassadeur à Madrid"), another person ends it
          let next = k + 1;
          let e = j + 1;
          for (;;) {
            const n = list[next];
            if (n && n.start === e) {
              if (n.type === PER) break;
              e = n.end;
              next++;
            } else if (e < words.length && !STOPS.has(words[e])) e++;
            else break;
          }
          // leave "de" before the person that ends it ("ministre … de Sun-Yat-Sen")
          while (e > j + 1 && list[next]?.start === e && ["de", "du", "d'", "des"].includes(words[e - 1]))
            e--;
          end = e;
          k = next - 1;
        }
      }
      out.push(start === sp.start && end === sp.end ? sp : { start, end, type: sp.type });
    }
    return out;
  });
}
