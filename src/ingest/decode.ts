import chardet from "chardet";
import iconv from "iconv-lite";
import { DossierError } from "../errors.ts";

/** Bytes looked at when deciding whether an input is binary. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters above which an input is binary, not text. */
const MAX_CONTROL_RATIO = 0.01;

function isControlByte(b: number): boolean {
  // C0 controls except \t \n \v \f \r and ESC (seen in some terminal logs).
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i])) controls++;
  return controls / n;
}

function textControlRatio(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControlByte(text.charCodeAt(i))) controls++;
  return controls / n;
}

/**
 * A guess at BOM-less UTF-16: ASCII-range text in UTF-16 has a zero in
 * (nearly) every other byte and none in the others.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return "utf-16be";
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences and ill-formed bytes. */
export function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** WHATWG treats these labels as windows-1252, which also maps 0x80–0x9F (’ “ ” œ €). */
function canonicalLegacy(name: string): string {
  const lower = name.toLowerCase();
  if (lower === "iso-8859-1" || lower === "latin1" || lower === "us-ascii" || lower === "ascii")
    return "windows-1252";
  return lower;
}

function isUnicodeLabel(name: string): boolean {
  return /^(utf-?8|utf-?16|utf-?32|ucs-?2)/i.test(name);
}

function chooseLegacyEncoding(bytes: Uint8Array, hint: string | null | undefined): string | null {
  if (hint && !isUnicodeLabel(hint) && iconv.encodingExists(canonicalLegacy(hint)))
    return canonicalLegacy(hint);
  for (const match of chardet.analyse(bytes.subarray(0, SNIFF_BYTES))) {
    if (isUnicodeLabel(match.name)) continue;
    const name = canonicalLegacy(match.name);
    if (iconv.encodingExists(name)) return name;
  }
  return null;
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes an input's bytes to text: BOM (UTF-8, UTF-16LE/BE) stripped and
 * obeyed; valid UTF-8 taken as is; legacy encodings (Windows-1252, Latin-9,
 * …) found from `charsetHint` (HTTP or markup declaration) or chardet.
 * Rejects empty input (E_INPUT_EMPTY), binary data (E_INPUT_BINARY) and
 * UTF-8 with broken sequences (E_INPUT_ENCODING). The text is NFC-normalised.
 *
 * @example
 * decodeBytes(Buffer.from("caf\xe9", "latin1"), "menu.txt") // "café"
 */
export function decodeBytes(bytes: Uint8Array, name: string, charsetHint?: string | null): string {
  const text = decodeRaw(bytes, name, charsetHint);
  if (text.trim() === "") throw new DossierError("E_INPUT_EMPTY", `${name}: the input holds no text`);
  if (textControlRatio(text) > MAX_CONTROL_RATIO) {
    throw new DossierError("E_INPUT_BINARY", `${name}: the input is binary, not text`);
  }
  return text.normalize("NFC");
}

function decodeRaw(bytes: Uint8Array, name: string, charsetHint?: string | null): string {
  if (bytes.length === 0) throw new DossierError("E_INPUT_EMPTY", `${name}: the input is empty`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3), name);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) {
    const utf16 = guessUtf16(bytes);
    if (utf16) return new TextDecoder(utf16).decode(bytes);
    throw new DossierError("E_INPUT_BINARY", `${name}: the input is binary, not text (NUL bytes)`);
  }
  if (controlRatio(bytes) > MAX_CONTROL_RATIO) {
    throw new DossierError("E_INPUT_BINARY", `${name}: the input is binary, not text`);
  }
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    // Not UTF-8: either corrupted UTF-8 or a legacy encoding, told apart below.
  }
  const census = utf8Census(bytes);
  if (census.multibyte >= census.invalid) {
    throw new DossierError(
      "E_INPUT_ENCODING",
      `${name}: invalid UTF-8 (${census.invalid} broken sequence${census.invalid === 1 ? "" : "s"} among ${census.multibyte} valid ones)`,
    );
  }
  const encoding = chooseLegacyEncoding(bytes, charsetHint);
  if (!encoding)
    throw new DossierError("E_INPUT_ENCODING", `${name}: the character encoding could not be detected`);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function strictUtf8(bytes: Uint8Array, name: string): string {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    throw new DossierError("E_INPUT_ENCODING", `${name}: invalid UTF-8 after a UTF-8 byte-order mark`);
  }
}

/** The charset declared in the first bytes of an HTML or XML document, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString(
    "latin1",
  );
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

/** The charset parameter of a Content-Type header. */
export function contentTypeCharset(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1] : null;
}
