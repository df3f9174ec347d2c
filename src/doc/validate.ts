import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import type { DocumentJSON } from "./json.ts";

const schemaPath = new URL("../../docs/document.schema.json", import.meta.url);
let validator: (((data: unknown) => boolean) & { errors?: unknown }) | null = null;

/**
 * Validates a document against docs/document.schema.json and checks what a
 * schema cannot: every range lies inside the text and every `text` field
 * equals the slice it claims. Returns the problems found (empty when valid).
 *
 * @example
 * assert.deepEqual(validateDocument(toJSON(doc)), []);
 */
export function validateDocument(doc: DocumentJSON): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
  }
  const problems: string[] = [];
  if (!validator(doc)) {
    for (const e of (validator.errors as { instancePath: string; message?: string }[]) ?? []) {
      problems.push(`${e.instancePath || "/"} ${e.message}`);
    }
    return problems;
  }
  const n = doc.text.length;
  const check = (where: string, r: { start: number; end: number; text?: string }) => {
    if (r.start > r.end || r.end > n) problems.push(`${where}: range ${r.start}-${r.end} outside the text`);
    else if (r.text !== undefined && doc.text.slice(r.start, r.end) !== r.text) {
      problems.push(`${where}: text "${r.text}" does not match its offsets`);
    }
  };
  const each = (name: string, list: readonly { start: number; end: number; text?: string }[] | undefined) => {
    list?.forEach((r, i) => {
      check(`${name}[${i}]`, r);
    });
  };
  each("paragraphs", doc.paragraphs);
  each("sentences", doc.sentences);
  each("tokens", doc.tokens);
  each("entities", doc.entities);
  each("quotes", doc.quotes);
  each(
    "quotes.cue",
    doc.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
  );
  each(
    "events.trigger",
    doc.events.map((e) => e.trigger),
  );
  each(
    "events.evidence",
    doc.events.map((e) => e.evidence),
  );
  each("quantities", doc.quantities);
  each("dates", doc.dates);
  each("flags", doc.flags);
  return problems;
}
