import { type Command, Option } from "commander";
import { DossierError } from "../errors.ts";
import type { IngestOptions } from "../ingest/types.ts";

/** Options shared by every command that reads inputs (extract, ingest). */
export function inputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--lang <lang>", "force the language of every input").choices(["fr", "en"]))
    .option("--allow-private", "allow URLs that resolve to private, loopback or link-local addresses", false)
    .option("--timeout <ms>", "timeout of each URL fetch, in milliseconds", "15000")
    .option("--max-bytes <n>", "size cap of each input, in bytes", String(10 * 1024 * 1024))
    .option(
      "--field <name=field...>",
      "JSONL field names, e.g. --field text=body title=headline (keys: text title date url lang outlet byline)",
    );
}

export interface InputFlags {
  lang?: string;
  allowPrivate?: boolean;
  timeout?: string;
  maxBytes?: string;
  field?: string[];
}

export function ingestOptionsFrom(flags: InputFlags): IngestOptions {
  const jsonlFields: Record<string, string> = {};
  for (const pair of flags.field ?? []) {
    const [key, value] = pair.split("=");
    if (!key || !value || !["text", "title", "date", "url", "lang", "outlet", "byline"].includes(key)) {
      throw new DossierError(
        "E_USAGE",
        `--field expects key=name with key among text, title, date, url, lang, outlet, byline: "${pair}"`,
      );
    }
    jsonlFields[key] = value;
  }
  return {
    allowPrivate: flags.allowPrivate ?? false,
    timeoutMs: positive(flags.timeout, "--timeout", 15000),
    maxBytes: positive(flags.maxBytes, "--max-bytes", 10 * 1024 * 1024),
    jsonlFields,
  };
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new DossierError("E_USAGE", `${name} expects a positive number, got "${value}"`);
  return n;
}
