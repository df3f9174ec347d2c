import assert from "node:assert/strict";
import { test } from "node:test";
import { DossierError, errorCode, formatError } from "./errors.ts";

test("errors format as one line with their code", () => {
  assert.equal(
    formatError(new DossierError("E_INPUT_EMPTY", "a.txt: the input is empty")),
    "E_INPUT_EMPTY: a.txt: the input is empty",
  );
  assert.equal(formatError(new Error("boom\n at x")), "E_INTERNAL: boom");
  assert.equal(errorCode(new DossierError("E_URL_PRIVATE")), "E_URL_PRIVATE");
  assert.equal(
    new DossierError("E_URL_PRIVATE").message,
    "the URL points to a private, loopback or link-local address",
  );
});
