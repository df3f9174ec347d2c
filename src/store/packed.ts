/**
 * Tokens packed into one binary blob: what the extraction workers send to the
 * ingesting thread (a transferable buffer instead of a thousand token objects to
 * clone) and what the SQLite store keeps next to the document JSON (a fifth of
 * the JSON's size, no JSON.stringify of the token layer on ingest).
 *
 * Layout (little-endian, as typed arrays on every platform Node runs on):
 * a header of 7 uint32 (format, token count, int-column mask, string-column mask,
 * index width in bytes, string-table bytes, flags), the string table (UTF-8 JSON array),
 * padding to 4 bytes, the int columns (int32 per token), then the string
 * columns (uint16 or uint32 per token: 0 = absent, k = table[k - 1]).
 * A token's `text` is not stored when it is the slice of the text at its offsets.
 */
import type { DocumentJSON } from "../doc/json.ts";
import type { TokenTable } from "../doc/tokens.ts";
import type { Token } from "../doc/types.ts";

const FORMAT = 1;
const HEADER_WORDS = 7;
/** Int columns, in storage order. `space` is stored as 0/1. */
const INT_KEYS = ["start", "end", "head", "sentence", "i", "space"] as const;
/** String columns, in storage and output order (as TokenTable.get writes them: pos, feats, lemma, …). */
const STRING_KEYS = ["text", "pos", "feats", "lemma", "dep", "ent", "norm"] as const;
/** Key order of a rebuilt token, as TokenTable.get and toJSON write it. */
const OUTPUT_ORDER = [
  "start",
  "end",
  "text",
  "pos",
  "feats",
  "lemma",
  "head",
  "dep",
  "ent",
  "norm",
  "sentence",
  "i",
  "space",
];
const KNOWN = new Set<string>([...INT_KEYS, ...STRING_KEYS]);
/** Flag: every token's text is the slice of the article text at its offsets (and is not stored). */
const TEXT_FROM_OFFSETS = 1;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A document as it travels from extraction to the store: the JSON without tokens, tokens packed. */
export interface PackedDocument {
  json: DocumentJSON;
  /** packTokens' blob; null when the document has no token layer. */
  tokens: Uint8Array | null;
}

/** A document the store accepts: plain JSON (tokens as objects) or packed. */
export type StoreDocument = DocumentJSON | PackedDocument;

export function isPacked(doc: StoreDocument): doc is PackedDocument {
  return (
    doc != null && typeof doc === "object" && "json" in doc && (doc as { id?: unknown }).id === undefined
  );
}

class Interner {
  readonly strings: string[] = [];
  readonly #index = new Map<string, number>();
  id(s: string | null | undefined): number {
    if (s === undefined || s === null) return 0;
    let k = this.#index.get(s);
    if (k === undefined) {
      this.strings.push(s);
      k = this.strings.length;
      this.#index.set(s, k);
    }
    return k;
  }
}

function assemble(
  n: number,
  ints: (Int32Array | null)[],
  strs: (Uint32Array | null)[],
  interner: Interner,
  flags: number,
): Uint8Array {
  let intMask = 0;
  let strMask = 0;
  ints.forEach((c, k) => {
    if (c) intMask |= 1 << k;
  });
  strs.forEach((c, k) => {
    if (c) strMask |= 1 << k;
  });
  const table = utf8.encode(JSON.stringify(interner.strings));
  const width = interner.strings.length < 0xffff ? 2 : 4;
  const tableEnd = HEADER_WORDS * 4 + table.length;
  const intStart = (tableEnd + 3) & ~3;
  const intCols = ints.filter((c) => c !== null).length;
  const strStart = intStart + intCols * n * 4;
  const strCols = strs.filter((c) => c !== null).length;
  const buffer = new ArrayBuffer(strStart + strCols * n * width);
  new Uint32Array(buffer, 0, HEADER_WORDS).set([FORMAT, n, intMask, strMask, width, table.length, flags]);
  const bytes = new Uint8Array(buffer);
  bytes.set(table, HEADER_WORDS * 4);
  let at = intStart;
  for (const c of ints) {
    if (!c) continue;
    new Int32Array(buffer, at, n).set(c);
    at += n * 4;
  }
  for (const c of strs) {
    if (!c) continue;
    (width === 2 ? new Uint16Array(buffer, at, n) : new Uint32Array(buffer, at, n)).set(c);
    at += n * width;
  }
  return bytes;
}

/**
 * Packs a pipeline token table directly (no token objects): what toJSON(doc).tokens
 * would hold, unpacked by unpackTokens.
 *
 * @example
 * const blob = packTokenTable(doc.tokens);
 * unpackTokens(blob, doc.text); // deep-equal to toJSON(doc).tokens
 */
export function packTokenTable(table: TokenTable): Uint8Array {
  const n = table.length;
  const interner = new Interner();
  const column = (values: string[] | null, skipEmpty = false): Uint32Array | null => {
    if (!values) return null;
    const ids = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      ids[i] = skipEmpty && !v ? 0 : interner.id(v);
    }
    return ids;
  };
  // Same keys as TokenTable.get: feats only when non-empty, norm never.
  const strs = [
    null,
    column(table.pos),
    column(table.feats, true),
    column(table.lemma),
    column(table.dep),
    column(table.ent),
    null,
  ];
  return assemble(
    n,
    [table.start, table.end, table.head, null, null, null],
    strs,
    interner,
    TEXT_FROM_OFFSETS,
  );
}

/**
 * Packs token objects; null when they hold something the format does not keep
 * (an unknown key, a non-integer offset): the caller keeps them as JSON then.
 *
 * @example
 * packTokens([{ start: 0, end: 2, text: "Le", pos: "DET" }], "Le ministre"); // Uint8Array
 */
export function packTokens(tokens: readonly Token[], text: string): Uint8Array | null {
  const n = tokens.length;
  const rows = tokens as unknown as readonly Record<string, unknown>[];
  if (n === 0)
    return assemble(
      0,
      INT_KEYS.map(() => null),
      STRING_KEYS.map(() => null),
      new Interner(),
      0,
    );
  // Int columns are all or nothing (the first token says which), start and end always.
  const ints = INT_KEYS.map((key) => (rows[0]?.[key] === undefined ? null : new Int32Array(n)));
  if (!ints[0] || !ints[1]) return null;
  const strs: (Uint32Array | null)[] = STRING_KEYS.map(() => null);
  let textDerived = true;
  for (let i = 0; i < n; i++) {
    const t = rows[i];
    if (t === null || typeof t !== "object") return null;
    for (const key in t) if (!KNOWN.has(key)) return null;
    for (let k = 0; k < INT_KEYS.length; k++) {
      const v = t[INT_KEYS[k]];
      const column = ints[k];
      if (!column) {
        if (v !== undefined) return null;
      } else if (k === 5) {
        if (typeof v !== "boolean") return null;
        column[i] = v ? 1 : 0;
      } else {
        if (typeof v !== "number" || !Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) return null;
        column[i] = v;
      }
    }
    for (let k = 0; k < STRING_KEYS.length; k++) {
      const v = t[STRING_KEYS[k]];
      if (v === undefined) continue;
      if (typeof v !== "string") return null;
      strs[k] ??= new Uint32Array(n);
    }
    if (t.text === undefined || t.text !== text.slice(t.start as number, t.end as number))
      textDerived = false;
  }
  // Text that is the slice at the token's offsets is left out and sliced again when unpacked.
  if (textDerived) strs[0] = null;
  const interner = new Interner();
  for (let k = 0; k < STRING_KEYS.length; k++) {
    const ids = strs[k];
    if (!ids) continue;
    const key = STRING_KEYS[k];
    for (let i = 0; i < n; i++) ids[i] = interner.id(rows[i][key] as string | undefined);
  }
  return assemble(n, ints, strs, interner, textDerived ? TEXT_FROM_OFFSETS : 0);
}

/** The number of tokens in a blob. */
export function tokenCount(blob: Uint8Array): number {
  const header = blob.byteOffset % 4 === 0 ? blob : new Uint8Array(blob.subarray(0, HEADER_WORDS * 4));
  return new Uint32Array(header.buffer, header.byteOffset, 2)[1];
}

/**
 * The document JSON of a packed document, tokens as objects again.
 *
 * @example
 * unpackDocument({ json, tokens: packTokenTable(doc.tokens) }); // toJSON(doc)
 */
export function unpackDocument(doc: StoreDocument): DocumentJSON {
  if (!isPacked(doc)) return doc;
  return doc.tokens ? { ...doc.json, tokens: unpackTokens(doc.tokens, doc.json.text) } : doc.json;
}

/**
 * Token objects back from a blob of packTokens or packTokenTable.
 *
 * @example
 * unpackTokens(packTokens(tokens, text)!, text); // deep-equal to tokens
 */
export function unpackTokens(blob: Uint8Array, text: string): Token[] {
  // Typed-array views need aligned offsets: SQLite's buffers come at any offset.
  const bytes = blob.byteOffset % 4 === 0 ? blob : new Uint8Array(blob);
  const buffer = bytes.buffer;
  const base = bytes.byteOffset;
  const [format, n, intMask, strMask, width, tableBytes, flags] = new Uint32Array(buffer, base, HEADER_WORDS);
  if (format !== FORMAT) throw new Error(`unknown packed-token format ${format}`);
  const strings = JSON.parse(
    fromUtf8.decode(bytes.subarray(HEADER_WORDS * 4, HEADER_WORDS * 4 + tableBytes)),
  ) as string[];
  let at = base + ((HEADER_WORDS * 4 + tableBytes + 3) & ~3);
  const ints: Record<string, Int32Array> = {};
  INT_KEYS.forEach((key, k) => {
    if (!(intMask & (1 << k))) return;
    ints[key] = new Int32Array(buffer, at, n);
    at += n * 4;
  });
  const strs: Record<string, Uint16Array | Uint32Array> = {};
  STRING_KEYS.forEach((key, k) => {
    if (!(strMask & (1 << k))) return;
    strs[key] = width === 2 ? new Uint16Array(buffer, at, n) : new Uint32Array(buffer, at, n);
    at += n * width;
  });
  const textDerived = (flags & TEXT_FROM_OFFSETS) !== 0;
  const keys = OUTPUT_ORDER.filter((k) => ints[k] || strs[k] || (k === "text" && textDerived));
  const out: Token[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t: Record<string, unknown> = {};
    for (const key of keys) {
      const intCol = ints[key];
      if (intCol) t[key] = key === "space" ? intCol[i] === 1 : intCol[i];
      else if (key === "text" && textDerived) t.text = text.slice(ints.start[i], ints.end[i]);
      else {
        const id = strs[key][i];
        if (id !== 0) t[key] = strings[id - 1];
      }
    }
    out[i] = t as unknown as Token;
  }
  return out;
}
