import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { DossierError } from "../errors.ts";
import { contentTypeCharset, declaredCharset, decodeBytes } from "./decode.ts";

const FRENCH = "Le président a déclaré : « Ça coûte très cher, c’est l’été. » Œuvre à 5 €.";

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DossierError);
    return err.code;
  }
  return "none";
}

test("valid UTF-8 is taken as is; a UTF-8 BOM is stripped", () => {
  assert.equal(decodeBytes(Buffer.from(FRENCH), "a"), FRENCH);
  assert.equal(
    decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]), "a"),
    FRENCH,
  );
});

test("UTF-16 with a BOM, little- and big-endian", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, "utf16le")]);
  assert.equal(decodeBytes(le, "le"), FRENCH);
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  assert.equal(decodeBytes(be, "be"), FRENCH);
});

test("UTF-16LE without a BOM is recognised by its zero bytes", () => {
  assert.equal(decodeBytes(Buffer.from(FRENCH, "utf16le"), "x"), FRENCH);
});

test("Windows-1252 French text is detected and decoded", () => {
  const bytes = iconv.encode(FRENCH, "windows-1252");
  assert.equal(decodeBytes(bytes, "cp1252.txt"), FRENCH);
});

test("ISO-8859-1 French text decodes with the accents right", () => {
  const text = "Les négociations reprendront à Genève après l'été, a précisé le ministère.";
  assert.equal(decodeBytes(Buffer.from(text, "latin1"), "latin1.txt"), text);
});

test("a declared charset is obeyed for non-UTF-8 bytes", () => {
  const text = "Déjà vu à Orvane";
  assert.equal(decodeBytes(iconv.encode(text, "iso-8859-15"), "x", "ISO-8859-15"), text);
  assert.equal(
    declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')),
    "ISO-8859-1",
  );
  assert.equal(declaredCharset(Buffer.from('<html><head><meta charset="windows-1252">')), "windows-1252");
  assert.equal(contentTypeCharset("text/html; charset=utf-8"), "utf-8");
});

test("corrupted UTF-8 is an encoding error, not a silent guess", () => {
  const good = Buffer.from("Le président a déclaré que la sécurité était élevée à Orvane.");
  const corrupted = Buffer.concat([good, Buffer.from([0xc3, 0x28, 0xff]), good]);
  assert.equal(
    code(() => decodeBytes(corrupted, "bad.txt")),
    "E_INPUT_ENCODING",
  );
  assert.equal(
    code(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]), "bom.txt")),
    "E_INPUT_ENCODING",
  );
});

test("binary input: NUL bytes or many control characters", () => {
  assert.equal(
    code(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), "a.png")),
    "E_INPUT_BINARY",
  );
  const controls = Buffer.alloc(400, 0x41);
  for (let i = 0; i < 400; i += 10) controls[i] = 0x02;
  assert.equal(
    code(() => decodeBytes(controls, "ctl")),
    "E_INPUT_BINARY",
  );
});

test("empty and whitespace-only input", () => {
  assert.equal(
    code(() => decodeBytes(Buffer.alloc(0), "e")),
    "E_INPUT_EMPTY",
  );
  assert.equal(
    code(() => decodeBytes(Buffer.from(" \n\t\r\n "), "e")),
    "E_INPUT_EMPTY",
  );
  assert.equal(
    code(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]), "e")),
    "E_INPUT_EMPTY",
  );
});

test("decoded text is NFC", () => {
  assert.equal(decodeBytes(Buffer.from("e\u0301te\u0301"), "n"), "été");
});
