import type { Doc } from "../doc/doc.ts";
import { countryByName } from "../entities/countries.ts";
import { slug } from "../entities/names.ts";
import { firstNameGender, type Gender, type QuoteTables, quoteTables } from "./tables.ts";

/** A name in the text: a person, an organisation, a place, or a capitalised name of unknown kind. */
/** Parts of speech that end a title walked back from a name. */
const VERBAL = new Set(["VERB", "AUX"]);

export interface Mention {
  /** Token range [ts, te). */
  ts: number;
  te: number;
  start: number;
  end: number;
  text: string;
  type: "PER" | "ORG" | "LOC" | "MISC" | "UNK";
  entity?: string;
  person?: Person;
  /** Gender given by a title or an article right before it (M., Mme, la porte-parole). */
  gender: Gender;
  /** First token of the title or role words before the name ("le président russe"). */
  left: number;
  inQuote: boolean;
}

/** One person of the article, all mentions merged on the surname. */
export interface Person {
  name: string;
  surname: string;
  gender: Gender;
  entity?: string;
  role?: string;
  affiliation?: string;
  /** Lower-case role nouns that describe the person ("porte-parole", "ministre"). */
  roleHeads: Set<string>;
  /** Every lower-case word of the role phrases around the person's mentions ("democratic", "presidential"). */
  roleWords: Set<string>;
  /** Character offset of the first mention. */
  first: number;
}

const PUNCT = new Set([
  ",",
  ".",
  ";",
  ":",
  "!",
  "?",
  "(",
  ")",
  "«",
  "»",
  "“",
  "”",
  '"',
  "‹",
  "›",
  "—",
  "–",
  "…",
  "[",
  "]",
]);
/** Parts of speech no given name takes. */
const FUNCTION_POS = new Set(["ADV", "ADP", "AUX", "CCONJ", "DET", "PRON", "SCONJ", "VERB", "PART", "INTJ"]);

/** A lower-case web address ("domain.com", "news.com.au"). */
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,}$/u;

const QUOTE_CHARS = new Set(["«", "»", "“", "”", '"', "‹", "›", "„", "''", "``", "<<", ">>"]);

/**
 * Per-document working state of the quote stage: token columns as plain
 * arrays (lower-cased words, capitalisation), the names found in the text
 * (from `doc.entities` when the NER stage ran, and from capitalised token runs
 * in every case), and the people they refer to.
 */
export class QuoteContext {
  readonly doc: Doc;
  readonly text: string;
  readonly T: QuoteTables;
  readonly lang: "fr" | "en";
  readonly n: number;
  readonly ts: Int32Array;
  readonly te: Int32Array;
  readonly sent: Int32Array;
  /** Lower-case token text, typographic apostrophes made straight. */
  readonly w: string[];
  readonly cap: Uint8Array;
  /** The particle of a phrasal speech verb ("back" in "shot back"): read over like an adverb. */
  readonly particle: Uint8Array;
  /** Index of the mark span each token lies in, -1 outside quotes. */
  readonly inQuote: Int32Array;
  /** First token of each sentence. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Paragraph index of each sentence. */
  readonly sentPara: Int32Array;
  mentions: Mention[] = [];
  /** Mention index starting / ending (last token) at each token, -1 for none. */
  startsAt: Int32Array;
  endsAt: Int32Array;
  persons: Person[] = [];
  private midCaps: Set<string> | null = null;
  /** Acronyms defined in the text ("(CECC)") and the names they stand for. */
  private readonly acronyms = new Map<string, string>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.lang = doc.lang === "fr" ? "fr" : "en";
    this.T = quoteTables(this.lang);
    const tk = doc.tokens;
    this.n = tk.length;
    this.ts = tk.start;
    this.te = tk.end;
    this.sent = tk.sentence;
    this.w = new Array<string>(this.n);
    this.cap = new Uint8Array(this.n);
    this.particle = new Uint8Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const raw = this.text.slice(this.ts[i], this.te[i]);
      this.w[i] = raw.toLowerCase().replace(/[’‘ʼ`´]/g, "'");
      const c = raw.charCodeAt(0);
      // Upper-case initial letter (ASCII fast path, then Unicode).
      if ((c >= 65 && c <= 90) || (c > 127 && raw[0] !== raw[0].toLowerCase())) this.cap[i] = 1;
    }
    // "shot back", "chimed in": the verb form reads as the one-word speech verb it stands for.
    for (let i = 0; i + 1 < this.n; i++) {
      const phrasal = this.T.phrasal.get(this.w[i]);
      if (phrasal && this.w[i + 1] === phrasal[0]) {
        this.w[i] = phrasal[1];
        this.particle[i + 1] = 1;
      }
    }
    this.inQuote = new Int32Array(this.n).fill(-1);
    const ns = doc.sentences.length;
    this.sentStart = new Int32Array(ns).fill(-1);
    this.sentEnd = new Int32Array(ns).fill(-1);
    for (let i = 0; i < this.n; i++) {
      const s = this.sent[i];
      if (s < 0 || s >= ns) continue;
      if (this.sentStart[s] < 0) this.sentStart[s] = i;
      this.sentEnd[s] = i + 1;
    }
    this.sentPara = new Int32Array(ns);
    let p = 0;
    const paras = doc.paragraphs;
    for (let s = 0; s < ns; s++) {
      while (p + 1 < paras.length && paras[p].end <= doc.sentences[s].start) p++;
      this.sentPara[s] = p;
    }
    this.startsAt = new Int32Array(this.n).fill(-1);
    this.endsAt = new Int32Array(this.n).fill(-1);
  }

  isPunct(i: number): boolean {
    return PUNCT.has(this.w[i]);
  }

  isQuoteChar(i: number): boolean {
    const w = this.w[i];
    // A doubled apostrophe split in two tokens ('' as a quotation mark).
    if (w === "<" || w === ">")
      return (
        (i + 1 < this.n && this.w[i + 1] === w && this.te[i] === this.ts[i + 1]) ||
        (i > 0 && this.w[i - 1] === w && this.te[i - 1] === this.ts[i])
      );
    if (w === "'")
      return (
        (i + 1 < this.n && this.w[i + 1] === "'" && this.te[i] === this.ts[i + 1]) ||
        (i > 0 && this.w[i - 1] === "'" && this.te[i - 1] === this.ts[i])
      );
    return QUOTE_CHARS.has(w);
  }

  /** Token index of the first token at or after a character offset. */
  tokenAt(offset: number): number {
    return this.doc.tokens.indexAt(offset);
  }

  /** The text of tokens [a, b). */
  span(a: number, b: number): string {
    if (b <= a) return "";
    return this.text.slice(this.ts[a], this.te[b - 1]);
  }

  /** Marks the tokens of each quotation span; then finds names and people. */
  prepare(markSpans: readonly { start: number; end: number }[]): void {
    for (let q = 0; q < markSpans.length; q++) {
      const [a, b] = this.doc.tokens.within(markSpans[q]);
      for (let i = a; i < b; i++) this.inQuote[i] = q;
    }
    this.findMentions();
    this.linkPersons();
  }

  private nameToken(i: number): boolean {
    if (!this.cap[i]) return false;
    const w = this.w[i];
    if (this.T.notNames.has(w) || this.isPunct(i)) return false;
    if (this.T.pronouns.has(w)) return false;
    return /\p{L}/u.test(w);
  }

  /** A title word at token i ("Const.", "Dr", "Premier"). */
  isTitleWord(i: number): boolean {
    return this.isTitle(i);
  }

  private isTitle(i: number): boolean {
    const w = this.w[i];
    return this.T.titles.has(w) || this.T.titles.has(w.replace(/\.$/, ""));
  }

  /**
   * The end of a hyphenated capitalised surname right after a span [start, end) whose last word is a
   * known first name ("Grand Chief Alvin" + " Fiddler-Ross"), else -1.
   */
  private hyphenatedSurnameAfter(start: number, end: number): number {
    const lastWord = this.text.slice(start, end).split(/\s+/).at(-1)?.toLowerCase() ?? "";
    if (firstNameGender(lastWord, this.lang) === "") return -1;
    const m = /^ (\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+)(?![\p{L}\p{N}-])/u.exec(
      this.text.slice(end, end + 60),
    );
    return m ? end + m[0].length : -1;
  }

  /** A capitalised word that may be part of a person's name: no title, role, organisation noun or initialism. */
  private plainNameWord(k: number): boolean {
    const w = this.w[k];
    if (!this.cap[k] || this.isPunct(k) || this.isTitle(k) || this.T.roles.has(w) || this.T.orgNouns.has(w))
      return false;
    const raw = this.text.slice(this.ts[k], this.te[k]);
    return /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(raw) && /\p{Ll}.*\p{Ll}/u.test(raw);
  }

  /**
   * The mentions of the text: the NER stage's entities, then capitalised runs it left, each
   * phase its own method (V8 recompiles a small one when a rare path first runs, not all of them).
   */
  private findMentions(): void {
    const taken = new Uint8Array(this.n);
    const list: Mention[] = [];
    this.entityMentions(this.mergedEntities(), taken, list);
    this.capitalisedRunMentions(taken, list);
    list.sort((x, y) => x.ts - y.ts);
    this.widenMentions(list);
    this.reviseMentions(list);
    this.mentions = list;
    for (let m = 0; m < list.length; m++) {
      this.startsAt[list[m].ts] = m;
      this.endsAt[list[m].te - 1] = m;
    }
  }

  /** The NER stage's entities, with the spans it cut in two joined. */
  private mergedEntities(): { start: number; end: number; label: string; id?: string; rule?: string }[] {
    // Entities from the NER stage, when it ran.
    // Person names the tagger cut in two at an initial ("Representative Charles" + "B. Rangel") are one name.
    const entities: { start: number; end: number; label: string; id?: string; rule?: string }[] = [];
    for (const e of this.doc.entities) {
      const last = entities.at(-1);
      if (
        last &&
        last.label === "PER" &&
        e.label === "PER" &&
        /^\s*$/.test(this.text.slice(last.end, e.start)) &&
        (/\b\p{Lu}\.$/u.test(this.text.slice(last.start, last.end)) ||
          /^\p{Lu}\.\s/u.test(this.text.slice(e.start, e.end)))
      ) {
        last.end = e.end;
        continue;
      }
      // "Nova Scotia" + "RCMP", "Ontario" + "NDP": a place before an organisation's name is part of it
      // (whatever the tagger called the place).
      if (
        last &&
        this.lang === "en" &&
        (last.label === "LOC" || last.label === "PER") &&
        e.label === "ORG" &&
        this.text.slice(last.end, e.start) === " " &&
        /^\p{Lu}{2,}$/u.test(this.text.slice(e.start, e.end))
      ) {
        last.end = e.end;
        last.label = "ORG";
        last.id = e.id;
        continue;
      }
      // "Mayor Patrick" + "Browne-Ellis" (the tagger cut before a double-barrelled surname): a span that
      // ends on a known first name takes the hyphenated capitalised word right after it.
      if (last && last.label !== "EQUIP" && this.hyphenatedSurnameAfter(last.start, last.end) === e.end) {
        last.end = e.end;
        continue;
      }
      entities.push({ start: e.start, end: e.end, label: e.label, id: e.id, rule: e.rule });
    }
    // (… also when the tagger left the surname out of every span.)
    const starts = new Set(entities.map((e) => e.start));
    for (const e of entities) {
      if (e.label === "EQUIP") continue;
      const end = this.hyphenatedSurnameAfter(e.start, e.end);
      if (end > 0 && !starts.has(e.end + 1)) e.end = end;
    }
    return entities;
  }

  /** A mention for each entity whose tokens are free. */
  private entityMentions(
    entities: readonly { start: number; end: number; label: string; id?: string; rule?: string }[],
    taken: Uint8Array,
    list: Mention[],
  ): void {
    for (const e of entities) {
      if (e.label === "EQUIP") continue;
      if (e.rule?.startsWith("lexicon")) continue;
      const [a0, b0] = this.doc.tokens.within(e);
      let a = a0;
      let b = b0;
      // "Neighbouring Estravia", "Outgoing Mayor …": a capitalised participle opening the sentence is no part of the name.
      if (
        b - a >= 2 &&
        a === this.sentStart[this.sent[a]] &&
        /(?:ing|ed|ly)$/.test(this.w[a]) &&
        firstNameGender(this.w[a], this.lang) === ""
      )
        a++;
      // Titles and role words inside a person's span ("Mme Laurence Petit", "Mayor Gordon Price") are
      // left outside the name, where they give gender and role.
      let label = e.label;
      // "Health Canada", "Fisheries and Oceans Canada": the tagger's country is an agency's name.
      if (label === "LOC" && b - a === 1 && this.w[a] === "canada") {
        let k = a;
        while (
          k > 0 &&
          this.sent[k - 1] === this.sent[a] &&
          this.cap[k - 1] &&
          this.T.countryAgencyWords.has(this.w[k - 1])
        ) {
          k--;
          if (
            k > 1 &&
            (this.w[k - 1] === "and" || this.w[k - 1] === ",") &&
            this.cap[k - 2] &&
            this.T.countryAgencyWords.has(this.w[k - 2])
          )
            k--;
        }
        if (k < a && this.cap[k]) {
          a = k;
          label = "ORG";
        }
      }
      // "Fire Chief Marcus Obi" tagged as an organisation: a title or role, then a known first name.
      let roleEnd = -1;
      // ("Nishnawbe Aski Nation Grand Chief Alvin Fiddler": the title may come after a long organisation name.)
      for (let k = a; k < b - 1 && k < a + 6; k++)
        if (this.isTitle(k) || this.T.roles.has(this.w[k])) roleEnd = k;
      if (roleEnd >= 0) {
        const k = roleEnd + 1;
        if (this.cap[k] && firstNameGender(this.w[k], this.lang) !== "" && k + 1 < b && this.cap[k + 1]) {
          label = "PER";
          a = k;
        } else if (this.lang === "en" && b - k === 2 && this.plainNameWord(k) && this.plainNameWord(k + 1)) {
          // "Kiiwetinoong MPP Sol Mamakwa-Reid": a title, then two plain capitalised words closing the span.
          label = "PER";
          a = k;
        }
      }
      // "Sen. Ada Brennick" tagged as an organisation (after a headline that named her with a verb): a personal
      // title right before the span, then a known first name or a lone abbreviated title and a single surname.
      if (
        label !== "PER" &&
        a > 0 &&
        this.sent[a - 1] === this.sent[a] &&
        this.isTitle(a - 1) &&
        b - a <= 3
      ) {
        let caps = true;
        for (let k = a; k < b; k++) if (!this.cap[k] || this.isPunct(k)) caps = false;
        const abbreviated = /\.$/.test(this.w[a - 1]);
        if (caps && (firstNameGender(this.w[a], this.lang) !== "" || (abbreviated && b - a === 1)))
          label = "PER";
      }
      if (label === "PER")
        while (
          b - a >= 2 &&
          (this.isTitle(a) ||
            this.T.roles.has(this.w[a]) ||
            this.T.determiners.has(this.w[a]) ||
            (this.T.nameRunOpeners.has(this.w[a]) && firstNameGender(this.w[a], this.lang) === "") ||
            !this.cap[a]) &&
          this.cap[a + 1]
        )
          a++;
      if (label === "PER") {
        // "Claude Bertolone, président de l'Assemblée": an apposition the tagger swallowed.
        for (let k = a + 1; k < b; k++)
          if (this.w[k] === ",") {
            b = k;
            break;
          }
        // "site de Jababeka David Quentin": a known first name inside the span starts the name.
        for (let k = a + 1; k < b - 1; k++)
          if (
            this.cap[k - 1] &&
            firstNameGender(this.w[k], this.lang) !== "" &&
            firstNameGender(this.w[k - 1], this.lang) === "" &&
            !this.T.nameParticles.has(this.w[k - 1]) &&
            !/^\p{Lu}\.?$/u.test(this.text.slice(this.ts[k - 1], this.te[k - 1]))
          ) {
            a = k;
            break;
          }
      }
      // "ministre des Transports" is a role, not a person's name.
      if (label === "PER" && !this.cap[a]) continue;
      // "l'Observatoire des prix agricoles", "Centre d'études des conflits contemporains": a French
      // organisation's name goes on with its lower-case complement, which the tagger often cuts short.
      if (
        label !== "PER" &&
        this.lang === "fr" &&
        this.T.orgNameWords.has(this.w[a]) &&
        (!this.cap[b - 1] || /^(?:de|des|du|d')$/.test(this.w[b] ?? ""))
      ) {
        label = "ORG";
        while (
          b < this.n &&
          b - b0 < 4 &&
          this.sent[b] === this.sent[a] &&
          /^\p{Ll}/u.test(this.w[b]) &&
          !this.cap[b] &&
          !this.T.verbs.has(this.w[b]) &&
          !this.isPunct(b) &&
          !/^(?:que|qu'|qui|a|est|ont|sont|et|ou|selon|dans|pour|avec|sur|en|à|au|aux|le|la|les|l'|un|une)$/.test(
            this.w[b],
          )
        )
          b++;
      }
      // A name does not end with a lower-case word or punctuation ("Reuters in"), except a French organisation's
      // (« Centre d'études des conflits contemporains », as the tagger or its repairs gave it).
      const frenchOrg = label === "ORG" && this.lang === "fr";
      while (
        b > a + 1 &&
        (frenchOrg ? this.isPunct(b - 1) : !this.cap[b - 1] || this.isPunct(b - 1)) &&
        !/\d/.test(this.w[b - 1])
      )
        b--;
      if (b <= a) continue;
      let free = true;
      for (let i = a; i < b; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = a; i < b; i++) taken[i] = 1;
      // « l'Assemblée Paul Girard » tagged as one body: a known first name and a capitalised surname close it,
      // the body's name, then the person's.
      const p = b - 2;
      if (
        label !== "PER" &&
        p > a &&
        this.cap[p] &&
        this.cap[b - 1] &&
        firstNameGender(this.w[p], this.lang) !== "" &&
        !this.isPunct(p - 1) &&
        this.cap[p - 1]
      ) {
        list.push(this.makeMention(a, p, label, e.id));
        list.push(this.makeMention(p, b, "PER", undefined));
      } else list.push(this.makeMention(a, b, label, e.id));
    }
  }

  /** Capitalised token runs no entity took. */
  private capitalisedRunMentions(taken: Uint8Array, list: Mention[]): void {
    const n = this.n;
    // Capitalised token runs.
    for (let i = 0; i < n; i++) {
      if (taken[i] || !this.nameToken(i)) continue;
      if (this.isTitle(i) && i + 1 < n && this.nameToken(i + 1)) continue;
      let j = i + 1;
      while (j < n && !taken[j] && this.sent[j] === this.sent[i]) {
        if (this.nameToken(j) && !this.isTitle(j)) {
          j++;
          continue;
        }
        // "Centre d'études …", "Ministry of Foreign Affairs", "Centre for the Study of …", "Jean-Yves Le Drian".
        let c = j;
        while (c < n && c - j < 2 && this.T.nameConnectors.has(this.w[c])) c++;
        let orgSoFar = false;
        for (let x = i; x < j; x++) if (this.T.orgNameWords.has(this.w[x])) orgSoFar = true;
        // "Department of Justice": a title word ends a person's run, not an organisation's.
        if (
          c > j &&
          c < n &&
          this.nameToken(c) &&
          (orgSoFar || !this.isTitle(c)) &&
          this.sent[c] === this.sent[i]
        ) {
          const particle = c - j === 1 && this.T.nameParticles.has(this.w[j]);
          if (particle || orgSoFar) {
            j = c + 1;
            continue;
          }
        }
        if (/^\p{Lu}\.$/u.test(this.text.slice(this.ts[j], this.te[j]))) {
          j++;
          continue;
        }
        break;
      }
      let a = i;
      // A headline question word before a name: "Is Halvorsen Winning?".
      // ("Will Doyle" keeps a first name that is also an auxiliary.)
      if (j - i >= 2 && this.T.nameRunOpeners.has(this.w[i]) && firstNameGender(this.w[i], this.lang) === "")
        a = i + 1;
      // A capitalised adjective or participle opening a sentence: "Neighbouring Estravia".
      if (
        j - i >= 2 &&
        i === this.sentStart[this.sent[i]] &&
        /(?:ing|ed|ly|ement|ant)$/.test(this.w[i]) &&
        firstNameGender(this.w[i], this.lang) === ""
      )
        a = i + 1;
      // A role word inside the run ("Foreign Minister Sergei Lavrov"): the name starts after it.
      for (let k = j - 1; k > i; k--) {
        if (this.isTitle(k) || this.T.roles.has(this.w[k])) {
          if (k + 1 < j) a = k + 1;
          break;
        }
      }
      // Cut before a first name inside a longer run ("Relations Carolyn Bennett").
      for (let k = a + 1; k < j - 1; k++) {
        if (firstNameGender(this.w[k], this.lang) !== "" && !this.T.nameParticles.has(this.w[k - 1])) {
          a = k;
          break;
        }
      }
      // A capitalised word opening a sentence is a name only with support.
      const sentenceInitial = a === this.sentStart[this.sent[a]] || (a > 0 && this.isQuoteChar(a - 1));
      // "Having", "Speaking", "Asked": participles open sentences, they are not names.
      const participle =
        /(?:ing|ed)$/.test(this.w[a]) && this.lang === "en" && firstNameGender(this.w[a], this.lang) === "";
      if (j - a === 1 && sentenceInitial && (participle || !this.supportsSingle(a))) {
        i = j - 1;
        continue;
      }
      for (let k = a; k < j; k++) taken[k] = 1;
      list.push(this.makeMention(a, j, null, undefined));
      i = j - 1;
    }
  }

  /** Mentions widened by a lower-case head noun, a medium's regional adjective, and the like. */
  private widenMentions(list: Mention[]): void {
    for (const m of list) {
      // "le palais Sérac", "la place Tahrir": the lower-case head noun is part of the name.
      const k = m.ts - 1;
      if (
        k >= 0 &&
        m.type !== "PER" &&
        !this.cap[k] &&
        this.T.namingHeads.has(this.w[k]) &&
        m.left === m.ts
      ) {
        m.ts = k;
        m.left = k;
        m.start = this.ts[k];
        m.text = this.span(k, m.te);
        if (m.type === "UNK") m.type = "ORG";
      }
    }
    for (const m of list) {
      // "le Courrier picard", "Le Républicain lorrain": a medium's name ends with its regional adjective.
      const k = m.te;
      if (
        k < this.n &&
        !this.cap[k] &&
        m.type !== "PER" &&
        /(?:ard|ain|ais|ois|ien|in|al|ique)$/.test(this.w[k]) &&
        !this.T.verbs.has(this.w[k])
      ) {
        let media = false;
        for (let y = m.ts; y < m.te; y++) if (this.T.mediaNameWords.has(this.w[y])) media = true;
        if (media) {
          m.te = k + 1;
          m.end = this.te[k];
          m.text = this.span(m.ts, m.te);
        }
      }
    }
    for (const m of list) {
      // "a mother of two in Scarborough": one capitalised word after a place preposition is a place,
      // whatever the tagger said (not a first name, not a possessor).
      if (
        m.type === "PER" &&
        m.te - m.ts === 1 &&
        m.ts > 0 &&
        this.T.placePreps.has(this.w[m.ts - 1]) &&
        this.w[m.te] !== "'s" &&
        firstNameGender(this.w[m.ts], this.lang) === ""
      ) {
        m.type = "LOC";
        m.left = m.ts;
      }
      // "Vann R. Newkirk II", "Martin Luther King Jr.": a generational suffix ends the name.
      let k = m.te;
      if (
        k < this.n &&
        k > 0 &&
        this.w[k - 1] !== "," &&
        this.T.nameSuffixes.has(this.w[k]) &&
        m.type !== "LOC"
      ) {
        if (k + 1 < this.n && this.w[k + 1] === "." && this.te[k] === this.ts[k + 1]) k++;
        m.te = k + 1;
        m.end = this.te[k];
        m.text = this.span(m.ts, m.te);
      }
      // An all-capital heading or dateline ("FULL TEXT", "WASHINGTON ―") names nobody who speaks.
      if (m.text.length > 3 && m.text === m.text.toUpperCase() && /\p{Lu}{3}/u.test(m.text)) {
        const dateline = m.ts === this.sentStart[this.sent[m.ts]] && /^[―—–-]$|^\($/.test(this.w[m.te] ?? "");
        if (/\s/.test(m.text) || dateline) m.type = m.type === "PER" ? "UNK" : m.type;
      }
    }
  }

  /** Acronyms, headings in capitals and job appositions: the mentions' names and types revised. */
  private reviseMentions(list: Mention[]): void {
    // "Centre d'études des conflits contemporains (CECC)": the acronym names the organisation afterwards.
    for (let k = 0; k + 1 < list.length; k++) {
      const full = list[k];
      const acr = list[k + 1];
      if (
        full.type !== "PER" &&
        acr.ts - full.te <= 5 &&
        this.w[acr.ts - 1] === "(" &&
        this.w[acr.te] === ")" &&
        // ("CECC", and in English short forms such as "NG&P" or "HarbourLink".)
        (/^\p{Lu}{2,8}$/u.test(acr.text) ||
          (this.lang === "en" &&
            /^\p{Lu}[\p{L}&]{1,11}$/u.test(acr.text) &&
            /\p{Lu}.*\p{Lu}/u.test(acr.text))) &&
        this.sent[acr.ts] === this.sent[full.ts]
      ) {
        // The name runs on to the parenthesis with its lower-case complement ("Institut … des études stratégiques").
        let ok = true;
        for (let y = full.te; y < acr.ts - 1; y++)
          if (this.isPunct(y) || this.T.verbs.has(this.w[y])) ok = false;
        // ("Northern Gas and Power Company (NG&P)" tagged as two names: both, when the initials say so.)
        let from = full.ts;
        const prev = k > 0 ? list[k - 1] : null;
        if (prev && prev.te === full.ts - 1 && this.T.andWords.has(this.w[prev.te])) {
          const capitals = (a: number, b: number) =>
            this.w
              .slice(a, b)
              .filter((_, i) => this.cap[a + i])
              .map((x) => x[0].toUpperCase())
              .join("");
          if (capitals(prev.ts, acr.ts - 1).startsWith(acr.text.replace(/[^\p{Lu}]/gu, ""))) from = prev.ts;
        }
        if (ok) this.acronyms.set(acr.text, this.span(from, acr.ts - 1));
      }
    }
    // "Alberta Health Services … AHS said": an acronym made of an earlier organisation's initials names it.
    if (this.lang === "en")
      for (let k = 1; k < list.length; k++) {
        const acr = list[k];
        if (!/^\p{Lu}{2,6}$/u.test(acr.text) || this.acronyms.has(acr.text)) continue;
        for (let f = k - 1; f >= 0; f--) {
          const full = list[f];
          if (full.type === "PER" || full.type === "LOC" || full.te - full.ts < 2) continue;
          const initials = full.text
            .split(/\s+/)
            .filter((x) => /^\p{Lu}/u.test(x))
            .map((x) => x[0])
            .join("");
          if (initials === acr.text) {
            this.acronyms.set(acr.text, full.text);
            break;
          }
        }
      }
    // « la FDSEA du Grand Est » tagged as a person: an initialism and its complement name a body.
    for (const m of list) {
      if (
        (m.type !== "PER" && m.type !== "UNK") ||
        m.te - m.ts < 3 ||
        !/^\p{Lu}{2,8}$/u.test(this.w[m.ts].toUpperCase())
      )
        continue;
      if (this.text.slice(this.ts[m.ts], this.te[m.ts]) !== this.w[m.ts].toUpperCase()) continue;
      if (
        this.T.initialismComplements.has(this.w[m.ts + 1]) &&
        firstNameGender(this.w[m.ts], this.lang) === ""
      )
        m.type = "ORG";
    }
    this.acronymsByInitials(list);
    // "ABSTRACT.", "TEAM REFUSES TO …": a word in a line written all in capitals (a heading or a shouted
    // headline) with no known first name is nobody who speaks or is referred to.
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m.text !== m.text.toUpperCase() || !/\p{Lu}{3}/u.test(m.text) || m.type === "LOC") continue;
      if (this.w.slice(m.ts, m.te).some((x) => firstNameGender(x, this.lang) !== "")) continue;
      const sent = this.sent[m.ts];
      const a = this.sentStart[sent];
      let b = a;
      while (b < this.n && this.sent[b] === sent) b++;
      const line = this.text.slice(this.ts[a], this.te[b - 1]);
      const words = line.match(/\p{L}+/gu) ?? [];
      const shouted = words.length >= 3 && line === line.toUpperCase();
      const alone = words.length === m.text.split(/\s+/).length && /^\W*$/u.test(line.replace(m.text, ""));
      if (shouted || (alone && /\n\s*$/.test(this.text.slice(Math.max(0, this.ts[a] - 2), this.ts[a]))))
        list.splice(k, 1);
    }
    // "Fo Niemi, executive director of the Center …" with "Niemi" tagged as a place: a short name before a
    // person's job apposition is a person, with an unknown capitalised word opening the sentence before it.
    const ends = new Set(list.map((m) => m.te));
    for (const m of list) {
      if (m.type === "PER" || m.inQuote || m.te - m.ts > 2 || countryByName(m.text)) continue;
      if (this.w.slice(m.ts, m.te).some((x) => this.T.orgNameWords.has(x))) continue;
      if (m.te + 1 >= this.n || this.w[m.te] !== "," || this.sent[m.te] !== this.sent[m.ts]) continue;
      let k = m.te + 1;
      if (this.T.determiners.has(this.w[k])) k++;
      const role = this.T.roles.has(this.w[k]) ? k : this.T.roles.has(this.w[k + 1] ?? "") ? k + 1 : -1;
      if (role < 0 || this.T.orgNouns.has(this.w[role])) continue;
      // Only a name opening its sentence (perhaps after one unknown capitalised word): not "in Antigonish,
      // N.S., the minister said".
      const first = this.sentStart[this.sent[m.ts]];
      if (m.ts !== first && !(m.ts === first + 1 && this.cap[first] && !ends.has(first + 1))) continue;
      m.type = "PER";
      const y = m.ts - 1;
      if (
        y >= 0 &&
        y === this.sentStart[this.sent[m.ts]] &&
        this.cap[y] &&
        !ends.has(y + 1) &&
        this.nameToken(y) &&
        !this.T.determiners.has(this.w[y]) &&
        !this.isTitle(y) &&
        !this.T.roles.has(this.w[y]) &&
        !this.T.clauseOpeners.has(this.w[y]) &&
        !this.T.prepositions.has(this.w[y])
      ) {
        m.ts = y;
        m.left = Math.min(m.left, y);
        m.start = this.ts[y];
        m.text = this.text.slice(m.start, m.end);
      }
    }
  }

  /**
   * A headline written in title case ("Voters Balk At Marsh's Promise"): nearly every word of four letters or
   * more is capitalised, so a capitalised run in it need not be a name.
   */
  titleCased(s: number): boolean {
    if (s < 0 || s >= this.sentStart.length) return false;
    let words = 0;
    let caps = 0;
    for (let i = this.sentStart[s]; i < this.sentEnd[s]; i++) {
      if (this.te[i] - this.ts[i] < 4 || !/^\p{L}+$/u.test(this.w[i])) continue;
      words++;
      caps += this.cap[i];
    }
    return words >= 4 && caps >= 0.85 * words;
  }

  /** "Maybe Trump hasn't …": the tagger reads the word as an adverb, verb or other closed-class word, not a given name. */
  private functionWord(i: number): boolean {
    const pos = this.doc.tokens.pos?.[i];
    return pos !== undefined && FUNCTION_POS.has(pos);
  }

  /** A single capitalised word at a sentence start is a name if it recurs capitalised, is an acronym or a first name, or speaks. */
  private supportsSingle(i: number): boolean {
    const raw = this.text.slice(this.ts[i], this.te[i]);
    if (raw.length >= 2 && raw === raw.toUpperCase()) return true;
    // "Brindle.com, a cooking site, reported": a web address is a name.
    if (WEB_ADDRESS.test(this.w[i])) return true;
    if (firstNameGender(this.w[i], this.lang) !== "") return true;
    if (i + 1 < this.n && this.T.verbs.has(this.w[i + 1])) return true;
    // "Barroso, le président de la Commission, …": a role in apposition.
    if (
      this.w[i + 1] === "," &&
      i + 3 < this.n &&
      this.T.determiners.has(this.w[i + 2]) &&
      (this.T.roles.has(this.w[i + 3]) || this.T.titles.has(this.w[i + 3]))
    )
      return true;
    if (!this.midCaps) {
      // Built once per document: words seen capitalised away from a sentence start.
      this.midCaps = new Set();
      for (let k = 0; k < this.n; k++)
        if (this.cap[k] && k !== this.sentStart[this.sent[k]]) this.midCaps.add(this.w[k]);
    }
    return this.midCaps.has(this.w[i]);
  }

  private makeMention(a: number, b: number, label: string | null, id: string | undefined): Mention {
    const text = this.span(a, b);
    let type: Mention["type"] = (label as Mention["type"]) ?? "UNK";
    let gender: Gender = "";
    // Title or role words right before the name: "M.", "le président russe", "Foreign Minister".
    let left = a;
    let role = -1;
    // A name that complements a noun ("ministre de la Défense", "chairman of the Joint Chiefs") has no title of its own.
    let p0 = a - 1;
    if (p0 >= 0 && this.T.determiners.has(this.w[p0])) p0--;
    const complement = p0 >= 0 && this.T.complementPreps.has(this.w[p0]);
    for (let k = a - 1; !complement && k >= 0 && k >= a - 7; k--) {
      const w = this.w[k];
      if (this.sent[k] !== this.sent[a] || this.isPunct(k) || this.T.clauseOpeners.has(w)) break;
      if (this.T.verbs.has(w) && !this.T.roles.has(w) && !this.T.titles.has(w)) break;
      // ("Rosa Petit, the harbour master thanked Oleg Tamm": a verb between a role and a name ends the title.)
      if (role < 0 && this.lang === "en" && !this.cap[k] && VERBAL.has(this.doc.tokens.pos?.[k] ?? "")) break;
      const g = this.T.titles.get(w) ?? this.T.titles.get(w.replace(/\.$/, "")) ?? this.T.roles.get(w);
      if (g !== undefined) {
        role = k;
        left = k;
        if (g && !gender) gender = g;
        continue;
      }
      if (this.T.determiners.has(w)) {
        const prev = k > 0 ? this.w[k - 1] : "";
        if (role < 0 && (prev === "de" || prev === "d'" || prev === "of" || prev === "du")) continue;
        if (role >= 0) {
          left = k;
          // The article gives the gender of an epicene role: "la porte-parole".
          if (this.lang === "fr" && !gender && (w === "la" || w === "une")) gender = "f";
          if (this.lang === "fr" && !gender && (w === "le" || w === "un")) gender = "m";
        }
        break;
      }
      if (role >= 0 && this.cap[k]) {
        left = k;
        continue;
      }
      if (role >= 0 || this.T.rolePhraseStops.has(w)) break;
    }
    if (type === "UNK") {
      const words = this.w.slice(a, b);
      const raw0 = this.text.slice(this.ts[a], this.te[a]);
      if (words.some((x) => this.T.orgNameWords.has(x))) type = "ORG";
      else if (b - a === 1 && raw0.length >= 2 && raw0 === raw0.toUpperCase() && /\p{L}/u.test(raw0))
        type = "ORG";
      else if (gender && left < a) type = "PER";
      else if (firstNameGender(words[0], this.lang) !== "") type = "PER";
      else if (countryByName(text)) type = "LOC";
    }
    if (type === "PER" && !gender && b - a >= 2) gender = firstNameGender(this.w[a], this.lang);
    return {
      ts: a,
      te: b,
      start: this.ts[a],
      end: this.te[b - 1],
      text,
      type,
      entity: id,
      // (set by linkPersons for some mentions: declared here, all mentions share one shape)
      person: undefined,
      gender,
      left,
      inQuote: this.inQuote[a] >= 0,
    };
  }

  /** Merges person mentions on their surname and gives each mention its person. */
  private linkPersons(): void {
    for (const m of this.mentions)
      if (m.type === "PER" && m.left === m.ts && (this.orgApposition(m) || this.bodyNounBefore(m)))
        m.type = "ORG";
    // "la sénatrice Inès Moreau" tagged as an organisation: a gendered role or title, then a known
    // first name, makes a person, and so does every other mention written the same way.
    const personNames = new Set<string>();
    for (const m of this.mentions)
      if (
        m.type === "ORG" &&
        m.left < m.ts &&
        m.gender &&
        m.te - m.ts >= 2 &&
        firstNameGender(this.w[m.ts], this.lang) !== "" &&
        !this.w.slice(m.ts, m.te).some((x) => this.T.orgNameWords.has(x))
      )
        personNames.add(m.text);
    for (const m of this.mentions) if (m.type === "ORG" && personNames.has(m.text)) m.type = "PER";
    // Several people may share a surname (Anna and Piotr Levin): each surname keeps its people
    // with the offsets of their full-name mentions, and a bare surname goes to the latest compatible one.
    const bySurname = new Map<string, { person: Person; at: number[] }[]>();
    const multiword = (m: Mention) => m.te - m.ts >= 2 && !m.text.includes("\n");
    // "FULL TEXT", "SHORT READS": a heading in capitals with no known first name is nobody.
    const heading = (m: Mention) =>
      m.text === m.text.toUpperCase() &&
      /\p{Lu}{3}/u.test(m.text) &&
      this.w.slice(m.ts, m.te).every((x) => firstNameGender(x, this.lang) === "");
    const personLike = (m: Mention) =>
      m.type === "PER" || (m.type === "UNK" && multiword(m) && !m.inQuote && !heading(m));
    const notTitle = (w: string) => !this.T.titles.has(w) && !this.T.titles.has(w.replace(/\.$/, ""));
    const samePerson = (p: Person, m: Mention) => {
      if (p.gender && m.gender && p.gender !== m.gender) return false;
      // Given names only: "Mme Sestan" is Mirela Sestan, "Piotr Levin" is not Anna Levin.
      // (Particles apart: "De Blasio" is Bill de Blasio, "Pieter de Vries" is not Anneke de Vries.)
      const given = this.w
        .slice(m.ts, m.te - 1)
        .filter(notTitle)
        .filter((w) => !this.T.nameParticles.has(w));
      const known = p.name
        .toLowerCase()
        .split(/\s+/)
        .slice(0, -1)
        .filter(notTitle)
        .filter((w) => !this.T.nameParticles.has(w));
      if (given.length === 0 || known.length === 0) return true;
      const a = known[0].replace(/\.$/, "");
      const b = given[0].replace(/\.$/, "");
      if (a === b) return true;
      // An initial ("A. Levin") or a middle name written out ("Anna Maria Levin").
      if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return true;
      const words = new Set(known);
      return given.some((w) => words.has(w));
    };
    const newPerson = (m: Mention, surname: string): Person => {
      const p: Person = {
        name: m.text,
        surname,
        gender: m.gender,
        entity: m.entity ?? `person:${slug(m.text)}`,
        // (role and affiliation are set later for some persons: declared here, all persons share one shape)
        role: undefined,
        affiliation: undefined,
        roleHeads: new Set(),
        roleWords: new Set(),
        first: m.start,
      };
      const list = bySurname.get(surname) ?? [];
      list.push({ person: p, at: [] });
      bySurname.set(surname, list);
      this.persons.push(p);
      return p;
    };
    // Persons known only from an unclassified capitalised phrase ("Team Trump", "Ask Marsh"), unless it opens
    // with a known first name: a bare surname goes to them only when no one else has it.
    const doubtful = new Set<Person>();
    for (const m of this.mentions) {
      if (!personLike(m) || !multiword(m)) continue;
      const surname = this.w[m.te - 1];
      const entry = bySurname.get(surname)?.find((e) => samePerson(e.person, m));
      const p = entry ? entry.person : newPerson(m, surname);
      if (
        !entry &&
        firstNameGender(this.w[m.ts], this.lang) === "" &&
        ((m.left === m.ts && (m.type === "UNK" || this.T.orgNameWords.has(this.w[m.ts]))) ||
          this.titleCased(this.sent[m.ts]) ||
          this.functionWord(m.ts))
      )
        doubtful.add(p);
      else if (m.type === "PER") doubtful.delete(p);
      if (entry && m.text.length > p.name.length && m.start < p.first + 1) p.name = m.text;
      (entry ?? bySurname.get(surname)?.at(-1))?.at.push(m.ts);
      if (!p.gender && m.gender) p.gender = m.gender;
      m.type = "PER";
      m.person = p;
      this.describe(m, p);
    }
    for (const m of this.mentions) {
      if (m.person || m.te - m.ts !== 1) continue;
      const list = bySurname.get(this.w[m.ts]);
      let p: Person | null = null;
      if (list) {
        // A bare surname is the first person of that surname named in full (the one the article is about),
        // unless another was named in full in this very sentence; a title's gender decides first. (A relative
        // named in the sentence before is still written with a first name after: "Sophie Ford … Ford said" is
        // the premier.)
        let recentAt = -1;
        for (const e of list) {
          if (m.gender && e.person.gender && m.gender !== e.person.gender) continue;
          if (!p || (doubtful.has(p) && !doubtful.has(e.person))) p = e.person;
          for (const x of e.at)
            if (x < m.ts && x > recentAt && this.sent[m.ts] - this.sent[x] <= 0) {
              recentAt = x;
              p = e.person;
            }
        }
      }
      // A surname the tagger called an organisation ("Calderon" alone) is the person already named in full.
      if (p && (m.type === "PER" || m.type === "UNK" || m.type === "MISC" || m.type === "ORG")) {
        m.type = "PER";
        m.person = p;
        if (!p.gender && m.gender) p.gender = m.gender;
        this.describe(m, p);
      } else if (!list && (m.type === "PER" || (m.type === "UNK" && m.left < m.ts && m.gender))) {
        const np = newPerson(m, this.w[m.ts]);
        m.type = "PER";
        m.person = np;
        this.describe(m, np);
      }
    }
    this.voteGenders();
  }

  /**
   * A name right after a body's noun (« l'ONG Vigilance Rivières », "the union Unifor"), or after a comma that
   * closes a noun phrase headed by one and opening its clause or a source cue (« Selon la fédération des
   * pêcheurs, Fépêche, … »): a body, whatever the tagger says.
   */
  private bodyNounBefore(m: Mention): boolean {
    const k = m.ts - 1;
    if (k < 0 || this.sent[k] !== this.sent[m.ts]) return false;
    const bodyNoun = (x: number) => this.T.orgNouns.has(this.w[x]) && !this.T.roles.has(this.w[x]);
    if (bodyNoun(k)) return k > 0 && this.T.determiners.has(this.w[k - 1]);
    if (this.w[k] !== "," || (m.te < this.n && this.w[m.te] !== "," && this.w[m.te] !== ":")) return false;
    for (let x = k - 2; x >= 0 && x >= k - 6; x--) {
      if (this.isPunct(x) || this.sent[x] !== this.sent[m.ts]) return false;
      if (!this.T.determiners.has(this.w[x]) || !bodyNoun(x + 1)) continue;
      // (Not a complement, « le président de la fédération, X »: the phrase opens its clause or a source cue.)
      // (Nor a possessor's phrase, "The union's president, X".)
      for (let y = x + 1; y < k; y++) if (this.T.roles.has(this.w[y]) || this.w[y] === "'s") return false;
      const before = x > 0 && this.sent[x - 1] === this.sent[x] ? this.w[x - 1] : "";
      const cueEnds = (c: readonly string[]) => c.every((w, i) => this.w[x - c.length + i] === w);
      return before === "" || before === "," || this.T.sourceCues.some(cueEnds);
    }
    return false;
  }

  /** "Halvorsen Energy, the region's largest coal company": an apposition headed by an organisation noun. */
  private orgApposition(m: Mention): boolean {
    let k = m.te;
    if (k >= this.n || this.w[k] !== "," || this.sent[k] !== this.sent[m.ts]) return false;
    k++;
    if (k >= this.n || !this.T.determiners.has(this.w[k])) return false;
    let head = -1;
    for (let x = k + 1; x < this.n && x < k + 8; x++) {
      const w = this.w[x];
      // "a senior adviser to the Levin campaign": a person's role comes first.
      if (this.T.roles.has(w)) return false;
      if (this.isPunct(x) || this.T.appositionStops.has(w) || this.T.clauseOpeners.has(w)) break;
      head = x;
    }
    return head >= 0 && this.T.orgNouns.has(this.w[head]) && !this.T.roles.has(this.w[head]);
  }

  /**
   * Gender of people whose title and first name say nothing, from the
   * pronouns that follow them: "Lonechild said she …", "Hale spoke. He …".
   */
  private voteGenders(): void {
    const votes = new Map<Person, number>();
    const sign = (w: string) =>
      this.T.femalePronounForms.has(w) ? -1 : this.T.malePronounForms.has(w) ? 1 : 0;
    for (const m of this.mentions) {
      const p = m.person;
      if (!p || p.gender || m.inQuote) continue;
      let v = 0;
      // "Lonechild said she", "Lonechild a expliqué qu'elle".
      let k = m.te;
      while (k < this.n && k < m.te + 3 && (this.T.auxiliaries.has(this.w[k]) || this.w[k] === "also")) k++;
      if (k < this.n && this.T.verbs.has(this.w[k])) {
        let x = k + 1;
        if (x < this.n && (this.w[x] === "that" || this.w[x] === "qu'" || this.w[x] === "que")) x++;
        if (x < this.n) v += sign(this.w[x]);
        if (k + 1 < this.n && this.w[k + 1].startsWith("-")) v += sign(this.w[k + 1]);
      }
      // The first subject pronoun later in the sentence, when no other name comes between:
      // "Lonechild told reporters that when she was young …".
      for (let x = m.te; x < this.n && x < m.te + 25 && this.sent[x] === this.sent[m.ts]; x++) {
        if (this.startsAt[x] >= 0 || this.inQuote[x] >= 0) break;
        const w = this.w[x];
        if (this.T.genderedSubjectPronouns.has(w)) {
          // Impersonal « il » (il faut, il y a, il s'agit) says nothing.
          const next = x + 1 < this.n ? this.w[x + 1] : "";
          if (w === "il" && this.T.impersonalPronounNext.has(next)) break;
          v += w === "lui-même" ? 1 : sign(w.replace(/(?:self|-même)$/, ""));
          break;
        }
      }
      // The person opens a sentence and the next sentence opens with a pronoun.
      const s = this.sent[m.ts];
      if (m.left === this.sentStart[s] && s + 1 < this.sentStart.length) {
        const f = this.sentStart[s + 1];
        if (f >= 0) v += sign(this.w[f]);
      }
      if (v !== 0) votes.set(p, (votes.get(p) ?? 0) + v);
    }
    for (const [p, v] of votes) if (!p.gender) p.gender = v > 0 ? "m" : "f";
  }

  /** Role and affiliation from the apposition after a mention or the role words before it. */
  private describe(m: Mention, p: Person): void {
    // Pre-modifiers: "le président russe Vladimir Poutine", "Gen. Mark Milley".
    if (m.left < m.ts) {
      let a = m.left;
      while (
        a < m.ts &&
        (this.T.determiners.has(this.w[a]) || /^(m\.|mme|mlle|mr\.?|mrs\.?|ms\.?|dr\.?)$/.test(this.w[a]))
      )
        a++;
      for (let k = a; k < m.ts; k++) this.noteRoleHead(p, this.w[k]);
      this.noteRoleWords(p, a, m.ts);
      if (a < m.ts && !p.role) {
        const phrase = this.span(a, m.ts);
        const split = this.splitRole(a, m.ts);
        p.role = split ? split.role : phrase;
        if (split?.affiliation) p.affiliation = split.affiliation;
        else if (!p.affiliation) {
          for (let k = a; k < m.ts; k++)
            if (this.cap[k] && !this.isTitle(k) && !this.T.roles.has(this.w[k])) {
              p.affiliation = this.text.slice(this.ts[k], this.te[k]);
              break;
            }
        }
      }
    }
    // Role phrase then comma then name: "le ministre karsan de la Défense, Bakhyt Selimov".
    if (m.left === m.ts && m.ts >= 2 && this.w[m.ts - 1] === ",") {
      let a = m.ts - 2;
      let head = -1;
      while (a >= 0 && m.ts - a < 12 && this.sent[a] === this.sent[m.ts]) {
        const w = this.w[a];
        if (this.isPunct(a) || this.T.clauseOpeners.has(w) || (this.T.verbs.has(w) && !this.T.roles.has(w)))
          break;
        if (this.T.roles.has(w)) head = a;
        if (this.T.determiners.has(w) && head >= 0) {
          const prev = a > 0 ? this.w[a - 1] : "";
          if (!this.T.complementPreps.has(prev)) break;
        }
        a--;
      }
      if (head >= 0) {
        const from = head;
        this.noteRoleHead(p, this.w[head]);
        this.noteRoleWords(p, a + 1, m.ts - 1);
        if (!p.role) {
          const split = this.splitRole(from, m.ts - 1);
          p.role = split ? split.role : this.span(from, m.ts - 1);
          if (split?.affiliation) p.affiliation = split.affiliation;
        }
      }
    }
    // Apposition: "Nadia Petrek, la porte-parole du ministère …".
    const c = m.te;
    if (c + 1 < this.n && this.w[c] === "," && this.sent[c] === this.sent[m.ts]) {
      let a = c + 1;
      while (a < this.n && this.T.determiners.has(this.w[a])) a++;
      const head = this.w[a];
      if (a < this.n && (this.T.roles.has(head) || this.roleLike(a))) {
        let b = a;
        let depth = 0;
        while (b < this.n && this.sent[b] === this.sent[c]) {
          const w = this.w[b];
          if (w === "(") depth++;
          else if (w === ")") depth--;
          else if (depth <= 0 && (w === "," || w === "." || w === ";" || w === ":" || this.isQuoteChar(b)))
            break;
          // "au Centre d'analyse des conflits": a verb form after a preposition or an article is a noun.
          const nounAfter =
            this.T.complementPreps.has(this.w[b - 1]) || this.T.determiners.has(this.w[b - 1]);
          if (depth <= 0 && this.T.verbs.has(w) && b > a && !this.T.ambiguous.has(w) && !nounAfter) break;
          b++;
        }
        this.noteRoleHead(p, head);
        this.noteRoleWords(p, a, b);
        // "Kevin O'Leary, the gambling tycoon": the role noun after its modifiers.
        for (let k = a + 1; k < b && k < a + 4; k++) {
          if (this.T.roles.has(this.w[k])) {
            this.noteRoleHead(p, this.w[k]);
            break;
          }
          if (this.T.complementPreps.has(this.w[k])) break;
        }
        // An apposition beats a bare title before the name ("Gen. Mark Hollis, chairman of …").
        const titleOnly =
          p.role !== undefined &&
          /^\S+$/.test(p.role) &&
          (this.T.titles.has(p.role.toLowerCase()) || /\.$/.test(p.role));
        if (!p.role || m.left >= m.ts || titleOnly) {
          const split = this.splitRole(a, b);
          p.role = split ? split.role : this.span(a, b).replace(/\s*\([^)]*\)\s*$/, "");
          if (split?.affiliation) p.affiliation = split.affiliation;
        }
      }
    }
  }

  private roleLike(i: number): boolean {
    const w = this.w[i];
    if (this.T.roles.has(w)) return true;
    // Compound roles: "senior fellow", "haut responsable", "former minister".
    return i + 1 < this.n && this.T.roles.has(this.w[i + 1]) && !this.cap[i];
  }

  private noteRoleWords(p: Person, a: number, b: number): void {
    for (let k = Math.max(0, a); k < b; k++) if (!this.isPunct(k)) p.roleWords.add(this.w[k]);
  }

  private noteRoleHead(p: Person, w: string): void {
    if (this.T.roles.has(w) || this.T.titles.has(w)) {
      p.roleHeads.add(w);
      // "Gov. Chris Christie" is "the governor" later on.
      const role = this.T.titleRoles.get(w);
      if (role) {
        p.roleHeads.add(role);
        p.roleWords.add(role);
      }
      const g = this.T.roles.get(w) ?? this.T.titles.get(w);
      if (g && !p.gender) p.gender = g;
    }
  }

  /**
   * Splits a role phrase at the preposition that introduces an organisation:
   * "directrice du programme Eurasie au Centre d'études …" →
   * role "directrice du programme Eurasie", affiliation "Centre d'études …".
   */
  splitRole(a: number, b: number): { role: string; affiliation: string } | null {
    const PREP = this.T.affiliationPreps;
    for (let k = a + 1; k < b - 1; k++) {
      if (!PREP.has(this.w[k])) continue;
      let x = k + 1;
      while (x < b && (this.T.determiners.has(this.w[x]) || this.w[x] === "la" || this.w[x] === "l'")) x++;
      if (x >= b) break;
      if (this.cap[x] || this.T.orgNouns.has(this.w[x])) {
        let end = b;
        for (let y = x; y < b; y++)
          if (this.w[y] === "(" || this.w[y] === ",") {
            end = y;
            break;
          }
        // ("entraîneur du club", "head of the company": a bare noun for any body names no affiliation.)
        if (end === x + 1 && !this.cap[x] && this.T.genericOrgNouns.has(this.w[x])) return null;
        const aff = this.span(x, end);
        const role = this.span(a, k);
        if (!aff || !role) return null;
        return { role, affiliation: aff };
      }
    }
    return null;
  }

  /**
   * « Reporters sans frontières … RSF », « la Banque centrale européenne … la BCE »: an acronym used in the
   * text whose letters are the initials of a name written before (all its words, or its content words) names
   * that body; the name is widened over the lower-case words the initials cover.
   */
  private acronymsByInitials(list: Mention[]): void {
    const used = new Set<string>();
    for (const m of list) if (/^\p{Lu}{2,6}$/u.test(m.text)) used.add(m.text);
    if (used.size === 0) return;
    const starts = new Set(list.map((m) => m.ts));
    for (const m of list) {
      if (m.type === "PER" || m.type === "LOC" || m.inQuote || used.has(m.text)) continue;
      for (let end = m.te; end <= m.te + 4 && end <= this.n; end++) {
        if (end > m.te) {
          const y = end - 1;
          if (this.sent[y] !== this.sent[m.ts] || this.cap[y] || !/^\p{Ll}[\p{L}'-]*$/u.test(this.w[y]))
            break;
          if (this.T.verbs.has(this.w[y]) || starts.has(y)) break;
        }
        // (« l'ONG Soignants sans visa »: a generic noun or initialism opening the mention is no initial.)
        const lead =
          this.T.orgNouns.has(this.w[m.ts]) ||
          /^\p{Lu}{2,}$/u.test(this.text.slice(this.ts[m.ts], this.te[m.ts]));
        let acr = "";
        let from = m.ts;
        for (const s of lead && end - m.ts > 2 ? [m.ts, m.ts + 1] : [m.ts]) {
          const words = this.w.slice(s, end).filter((x) => /^\p{L}/u.test(x));
          if (words.length < 2) continue;
          const all = words
            .map((x) => x[0])
            .join("")
            .toUpperCase();
          const content = words
            .filter((x) => !this.T.initialismMinorWords.has(x))
            .map((x) => x[0])
            .join("")
            .toUpperCase();
          acr = used.has(all) ? all : used.has(content) ? content : "";
          from = s;
          if (acr) break;
        }
        if (!acr || this.acronyms.has(acr)) continue;
        // (The name ends where a lower-case word follows that is not part of it: widened only when needed.)
        if (end > m.te) {
          m.te = end;
          m.end = this.te[end - 1];
          m.text = this.text.slice(m.start, m.end);
          if (m.type !== "ORG") m.type = "ORG";
        }
        this.acronyms.set(acr, this.span(from, m.te));
        break;
      }
    }
  }

  /** The speaker name a mention stands for: the person's full name, a body's full name for its acronym, else the name as written. */
  nameOf(m: Mention): string {
    if (m.person) return m.person.name;
    return this.acronyms.get(m.text) ?? m.text;
  }
}
