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

/**
 * Pretty JSON where small flat objects ({start, end}, tokens, dates) stay on
 * one line, so that a document reads as a list of annotations, not a column of braces.
 *
 * @example
 * stringifyPretty({ a: [{ start: 0, end: 3 }] }); // '{\n  "a": [\n    { "start": 0, "end": 3 }\n  ]\n}'
 */
export function stringifyPretty(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + stringifyPretty(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const flat = entries.every(([, v]) => v === null || typeof v !== "object");
  if (flat) {
    const line = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} }`;
    if (line.length <= 160) return line;
  }
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyPretty(v, inner)}`).join(",\n")}\n${indent}}`;
}
