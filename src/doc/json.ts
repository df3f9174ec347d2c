import type { Doc } from "./doc.ts";
import type {
  ArticleDate,
  DateMention,
  Entity,
  Event,
  Flag,
  Quantity,
  Quote,
  Range,
  Source,
  Token,
} from "./types.ts";

/** Version of the document JSON contract (docs/document-format.md). */
export const FORMAT_VERSION = 1;

/**
 * The Dossier document JSON: the public contract every output and the
 * knowledge base share. Validated against docs/document.schema.json in tests.
 */
export interface DocumentJSON {
  version: number;
  id: string;
  lang: string | null;
  title: string | null;
  text: string;
  source: Source;
  date: ArticleDate | null;
  paragraphs: Range[];
  sentences: Range[];
  /** Left out with `--compact`. */
  tokens?: Token[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  quantities: Quantity[];
  dates: DateMention[];
  flags: Flag[];
}

export interface ToJSONOptions {
  /** Leave out tokens. */
  compact?: boolean;
}

/**
 * Serialises a document to the public JSON contract.
 *
 * @example
 * JSON.stringify(toJSON(pipeline.run(doc), { compact: true }));
 */
export function toJSON(doc: Doc, options: ToJSONOptions = {}): DocumentJSON {
  const out: DocumentJSON = {
    version: FORMAT_VERSION,
    id: doc.id,
    lang: doc.lang,
    title: doc.title,
    text: doc.text,
    source: doc.source,
    date: doc.date,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    entities: doc.entities,
    quotes: doc.quotes,
    events: doc.events,
    quantities: doc.quantities,
    dates: doc.dates,
    flags: doc.flags,
  };
  if (!options.compact) {
    const tokens: Token[] = new Array(doc.tokens.length);
    for (let i = 0; i < doc.tokens.length; i++) tokens[i] = doc.tokens.get(doc.text, i);
    // keep key order readable: tokens after sentences
    return { ...out, tokens, entities: out.entities } as DocumentJSON;
  }
  return out;
}
