import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { DossierError } from "../errors.ts";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, type IngestOptions } from "./types.ts";

export interface FetchedResource {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  finalUrl: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT =
  "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

/**
 * Whether an input names a URL rather than a file: `scheme://…`, or one of
 * the schemes that never take `//` (mailto:, data:, javascript:, file:).
 */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(input) || /^(data|javascript|mailto|file|about|blob):/i.test(input);
}

function parseUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new DossierError("E_URL_FETCH", `${input}: not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DossierError(
      "E_URL_SCHEME",
      `${input}: only http and https URLs are fetched (not ${url.protocol})`,
    );
  }
  return url;
}

/** True for addresses outside the public unicast space (loopback, private, link-local, unique-local, …). */
export function isNonPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  // process() turns IPv4-mapped IPv6 (::ffff:10.0.0.1) into the IPv4 it carries.
  return ipaddr.process(address).range() !== "unicast";
}

/** Resolves a URL's host and refuses it when any of its addresses is not public (E_URL_PRIVATE). */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (ipaddr.isValid(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "";
      throw new DossierError("E_URL_FETCH", `${url.href}: the host could not be resolved ${code}`.trim(), {
        cause: err,
      });
    }
  }
  const refused = addresses.find(isNonPublicAddress);
  if (refused !== undefined) {
    throw new DossierError(
      "E_URL_PRIVATE",
      `${url.href}: ${host} resolves to the non-public address ${refused} (use --allow-private to fetch it)`,
    );
  }
}

async function readCapped(response: Response, maxBytes: number, name: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new DossierError("E_INPUT_TOO_LARGE", `${name}: ${declared} bytes exceed the ${maxBytes}-byte cap`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new DossierError("E_INPUT_TOO_LARGE", `${name}: the response exceeds the ${maxBytes}-byte cap`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

/**
 * Fetches an http(s) URL under the ingestion rules: one timeout for the
 * whole exchange, a size cap enforced while streaming, redirects followed
 * by hand up to a cap, and every hop's host checked against private
 * addresses unless `allowPrivate`.
 *
 * @example
 * const { bytes, contentType } = await fetchUrl("https://example.org/article", { timeoutMs: 5000 });
 */
export async function fetchUrl(input: string, options: IngestOptions = {}): Promise<FetchedResource> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeoutError = new DossierError(
    "E_URL_TIMEOUT",
    `${input}: no complete answer within ${timeoutMs} ms`,
  );
  let url = parseUrl(input);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutError), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      if (!options.allowPrivate) await abortable(assertPublicHost(url), controller.signal);
      const response = await fetchImpl(url.href, {
        redirect: "manual",
        signal: controller.signal,
        headers: { accept: ACCEPT, "user-agent": "Dossier/0.1 (news ingestion)" },
      });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get("location");
        if (!location)
          throw new DossierError("E_URL_STATUS", `${url.href}: HTTP ${response.status} without a Location`);
        if (redirects >= maxRedirects) {
          throw new DossierError("E_URL_REDIRECTS", `${input}: more than ${maxRedirects} redirects`);
        }
        url = parseUrl(new URL(location, url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new DossierError(
          "E_URL_STATUS",
          `${url.href}: HTTP ${response.status} ${response.statusText}`.trim(),
        );
      }
      const bytes = await readCapped(response, maxBytes, input);
      return { bytes, contentType: response.headers.get("content-type"), finalUrl: url.href };
    }
  } catch (err) {
    if (controller.signal.aborted) throw timeoutError;
    if (err instanceof DossierError) throw err;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new DossierError("E_URL_FETCH", `${url.href}: the URL could not be fetched (${detail})`, {
      cause: err,
    });
  } finally {
    clearTimeout(timer);
  }
}
