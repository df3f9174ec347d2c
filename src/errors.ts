/**
 * Errors with stable codes. Every failure a user can cause surfaces as a
 * `DossierError`; the CLI prints `error E_CODE: message` on one line, never a stack.
 *
 * @example
 * throw new DossierError("E_INPUT_EMPTY", `${path}: the input is empty`);
 */
export const ERROR_CODES = {
  E_INPUT_EMPTY: "the input holds no text",
  E_INPUT_BINARY: "the input is binary, not text",
  E_INPUT_TOO_LARGE: "the input exceeds the size cap",
  E_INPUT_NOT_FOUND: "no such file or directory",
  E_INPUT_ENCODING: "the input's encoding could not be decoded",
  E_INPUT_FORMAT: "the input is not in the format it claims",
  E_HTML_NO_ARTICLE: "no article could be found in the HTML page",
  E_FEED_PARSE: "the feed could not be parsed",
  E_JSONL_PARSE: "a JSON Lines record could not be parsed",
  E_URL_SCHEME: "only http and https URLs are fetched",
  E_URL_PRIVATE: "the URL points to a private, loopback or link-local address",
  E_URL_FETCH: "the URL could not be fetched",
  E_URL_TIMEOUT: "the URL timed out",
  E_URL_REDIRECTS: "too many redirects",
  E_URL_STATUS: "the server answered with an error status",
  E_LANG_UNSUPPORTED: "the language is not supported",
  E_PIPELINE_NEEDS: "a pipeline component needs a layer that no earlier component adds",
  E_PIPELINE_UNKNOWN: "no such pipeline component",
  E_STORE_OPEN: "the knowledge base could not be opened",
  E_STORE_NOT_FOUND: "no such record in the knowledge base",
  E_MODEL_LOAD: "a model file could not be loaded",
  E_MODEL_FORMAT: "a model file has the wrong format or version",
  E_DATASET_MISSING: "the evaluation or training data is not present",
  E_USAGE: "the command was called with wrong arguments",
  E_INTERNAL: "an unexpected internal error",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DossierError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERROR_CODES[code], options);
    this.code = code;
    this.name = "DossierError";
  }
}

/** One line for a terminal: `E_CODE: message`. Unknown errors become E_INTERNAL. */
export function formatError(err: unknown): string {
  if (err instanceof DossierError) return `${err.code}: ${err.message}`;
  const message = err instanceof Error ? err.message : String(err);
  return `E_INTERNAL: ${message.split("\n")[0]}`;
}

export function errorCode(err: unknown): ErrorCode {
  return err instanceof DossierError ? err.code : "E_INTERNAL";
}
