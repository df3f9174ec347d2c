/**
 * Model container: a JSON header plus named typed arrays, gzip-compressed.
 * Layout before compression: magic "DSYNTAX1", uint32 header length, header
 * JSON (UTF-8), then each array's bytes at the offset the header names.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { DossierError } from "../errors.ts";

export type TypedArray = Int32Array | Uint8Array | Int16Array | Float32Array | Uint32Array;

const MAGIC = "DSYNTAX1";
const CTORS = { Int32Array, Uint8Array, Int16Array, Float32Array, Uint32Array } as const;
type CtorName = keyof typeof CTORS;

interface BlobInfo {
  name: string;
  type: CtorName;
  offset: number;
  length: number;
}

export interface ModelFile {
  meta: Record<string, unknown>;
  arrays: Map<string, TypedArray>;
}

/**
 * Encodes a model as compressed bytes.
 *
 * @example
 * const bytes = encodeModel({ kind: "tagger" }, { w: new Float32Array(4) });
 */
export function encodeModel(meta: Record<string, unknown>, arrays: Record<string, TypedArray>): Buffer {
  const blobs: BlobInfo[] = [];
  let offset = 0;
  for (const [name, arr] of Object.entries(arrays)) {
    offset = Math.ceil(offset / 8) * 8;
    blobs.push({ name, type: arr.constructor.name as CtorName, offset, length: arr.length });
    offset += arr.byteLength;
  }
  const header = Buffer.from(JSON.stringify({ meta, blobs }), "utf8");
  const headStart = MAGIC.length + 4 + header.length;
  const base = Math.ceil(headStart / 8) * 8;
  const out = Buffer.alloc(base + offset);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  const list = Object.values(arrays);
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, base + blobs[i].offset);
  }
  return gzipSync(out, { level: 9 });
}

export function decodeModel(bytes: Buffer, what = "model"): ModelFile {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (err) {
    throw new DossierError("E_MODEL_FORMAT", `${what}: not a gzip model file`, { cause: err });
  }
  if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    throw new DossierError("E_MODEL_FORMAT", `${what}: not a ${MAGIC} model file`);
  }
  const headLen = raw.readUInt32LE(MAGIC.length);
  const headStart = MAGIC.length + 4;
  const { meta, blobs } = JSON.parse(raw.toString("utf8", headStart, headStart + headLen)) as {
    meta: Record<string, unknown>;
    blobs: BlobInfo[];
  };
  const base = Math.ceil((headStart + headLen) / 8) * 8;
  const arrays = new Map<string, TypedArray>();
  for (const b of blobs) {
    const Ctor = CTORS[b.type];
    if (!Ctor) throw new DossierError("E_MODEL_FORMAT", `${what}: unknown array type ${b.type}`);
    const bytesPer = Ctor.BYTES_PER_ELEMENT;
    // Copy into a fresh, aligned buffer.
    const copy = new Uint8Array(b.length * bytesPer);
    copy.set(raw.subarray(base + b.offset, base + b.offset + b.length * bytesPer));
    arrays.set(b.name, new Ctor(copy.buffer));
  }
  return { meta, arrays };
}

export function saveModel(
  path: string,
  meta: Record<string, unknown>,
  arrays: Record<string, TypedArray>,
): void {
  writeFileSync(path, encodeModel(meta, arrays));
}

export function loadModel(path: string): ModelFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new DossierError("E_MODEL_LOAD", `${path}: cannot read model file`, { cause: err });
  }
  return decodeModel(bytes, path);
}

/** Fetches a named array of the expected type or fails with E_MODEL_FORMAT. */
export function arrayOf<T extends TypedArray>(
  file: ModelFile,
  name: string,
  ctor: new (...a: never[]) => T,
): T {
  const a = file.arrays.get(name);
  if (!(a instanceof ctor)) throw new DossierError("E_MODEL_FORMAT", `model file lacks array "${name}"`);
  return a as T;
}
