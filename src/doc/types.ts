/**
 * The annotation layers of a document. All offsets are UTF-16 code units into
 * `Doc.text` (JavaScript string indices), `end` exclusive.
 */

export interface Range {
  start: number;
  end: number;
}

export type DatePrecision = "year" | "month" | "day";

export interface ArticleDate {
  /** ISO 8601 cut to its precision: "2023", "2023-09" or "2023-09-14". */
  value: string;
  precision: DatePrecision;
}

export interface Source {
  path?: string;
  url?: string;
  outlet?: string;
  byline?: string;
}

export type EntityLabel = "PER" | "ORG" | "LOC" | "MISC" | "EQUIP";

export interface Entity extends Range {
  text: string;
  label: EntityLabel;
  /** Canonical id shared across documents and languages, e.g. "country:RU", "person:vladimir-putin". */
  id?: string;
  canonical?: string;
  /** Which component or rule produced it. */
  rule?: string;
}

export type QuoteKind = "direct" | "partial" | "indirect" | "scare";

export interface Speaker {
  name: string;
  start?: number;
  end?: number;
  entity?: string;
  role?: string;
  affiliation?: string;
}

export interface Quote extends Range {
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  cue?: Range & { text: string };
  rule?: string;
}

export type Modality =
  | "asserted"
  | "hypothetical"
  | "negated"
  | "reported"
  | "planned"
  | "pledged"
  | "delivered";

export interface EventActor {
  name: string;
  entity?: string;
  start?: number;
  end?: number;
}

export interface Event {
  type: string;
  mode?: string;
  trigger: Range & { text: string };
  source: EventActor[];
  target: EventActor[];
  /** What is transferred; `bound` as on quantities (« plus de 200 000 obus »: min). */
  items?: { text: string; quantity?: number; bound?: QuantityBound; start?: number; end?: number }[];
  value?: { amount: number; currency: string };
  date?: ArticleDate;
  location?: EventActor;
  modality: Modality;
  reportedBy?: EventActor;
  evidence: Range;
  /** Further mentions of the same event in the article. */
  mentions?: Range[];
  /** Which rule or trigger table produced it. */
  rule?: string;
}

/** How a quantity is stated when not as exact: « environ 300 » approx, « plus de 300 » min, « jusqu'à 300 » max. */
export type QuantityBound = "approx" | "min" | "max";

export interface Quantity extends Range {
  text: string;
  value: number;
  unit?: string;
  currency?: string;
  ordinal?: boolean;
  bound?: QuantityBound;
}

export interface DateMention extends Range {
  text: string;
  value: string;
  precision: DatePrecision;
  /** For ranges such as "depuis juillet". */
  endValue?: string;
}

export type FlagKind =
  | "language"
  | "mt-untranslated"
  | "mt-lowercase-restart"
  | "mt-duplicate"
  | "unbalanced-quotes"
  | "encoding"
  | "truncated";

export interface Flag extends Range {
  kind: FlagKind;
  message: string;
}

/** One token; produced on demand from the flat token table. */
export interface Token extends Range {
  text: string;
  /** Token index of the sentence start, for convenience. */
  sentence?: number;
  /** Index of this token inside its sentence. */
  i?: number;
  /** Space after the token in the text. */
  space?: boolean;
  norm?: string;
  pos?: string;
  feats?: string;
  lemma?: string;
  /** Index in `tokens` of the syntactic head, -1 for the root. */
  head?: number;
  dep?: string;
  /** Entity tag (IOB2) from the NER stage. */
  ent?: string;
}
