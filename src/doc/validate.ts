import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import type { DocumentJSON } from "./json.ts";

const schemaPath = new URL("../../docs/document.schema.json", import.meta.url);
let validator: ((data: unknown) => boolean) & { errors?: unknown } | null = null;

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
  doc.paragraphs.forEach((r, i) => check(`paragraphs[${i}]`, r));
  doc.sentences.forEach((r, i) => check(`sentences[${i}]`, r));
  doc.tokens?.forEach((r, i) => check(`tokens[${i}]`, r));
  doc.entities.forEach((r, i) => check(`entities[${i}]`, r));
  doc.quotes.forEach((q, i) => {
    check(`quotes[${i}]`, q);
    if (q.cue) check(`quotes[${i}].cue`, q.cue);
  });
  doc.events.forEach((e, i) => {
    check(`events[${i}].trigger`, e.trigger);
    check(`events[${i}].evidence`, e.evidence);
  });
  doc.quantities.forEach((r, i) => check(`quantities[${i}]`, r));
  doc.dates.forEach((r, i) => check(`dates[${i}]`, r));
  doc.flags.forEach((r, i) => check(`flags[${i}]`, r));
  return problems;
}
