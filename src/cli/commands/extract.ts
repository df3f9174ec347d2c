import { type Command, Option } from "commander";
import { toBrat, toConll } from "../../doc/formats.ts";
import { stringifyPretty, toJSON } from "../../doc/json.ts";
import { DossierError, formatError } from "../../errors.ts";
import { readInputs } from "../../ingest/index.ts";
import { processArticle } from "../../process.ts";
import { type InputFlags, ingestOptionsFrom, inputOptions } from "../options.ts";
import { action } from "../run.ts";

interface ExtractFlags extends InputFlags {
  format: "json" | "jsonl" | "brat" | "conll";
  compact?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command("extract")
    .description("extract entities, quotes, events, quantities and dates; print Dossier document JSON")
    .argument("[inputs...]", "files, directories, http(s) URLs, or - for stdin", ["-"])
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["json", "jsonl", "brat", "conll"])
        .default("json"),
    )
    .option("--compact", "leave out tokens", false);
  inputOptions(cmd).action(
    action(async (inputs: string[], flags: ExtractFlags) => {
      const options = ingestOptionsFrom(flags);
      if (inputs.includes("-") && process.stdin.isTTY) {
        throw new DossierError(
          "E_USAGE",
          "no input: give files, directories or URLs, or pipe text into `dossier extract -`",
        );
      }
      const out = process.stdout;
      let failed = 0;
      let pending: string | null = null;
      let count = 0;
      const single = inputs.length === 1 && !/\.(jsonl|ndjson)$/i.test(inputs[0]) && flags.format === "json";
      for await (const item of readInputs(inputs, options)) {
        if (!item.ok) {
          failed++;
          process.stderr.write(`error ${formatError(item.error)}\n`);
          continue;
        }
        const doc = processArticle(item.article, { lang: flags.lang });
        const json = toJSON(doc, { compact: flags.compact });
        count++;
        if (flags.format === "brat") {
          out.write(`# ${json.id} ${json.source.path ?? json.source.url ?? ""}\n${toBrat(json)}`);
        } else if (flags.format === "conll") {
          out.write(toConll(toJSON(doc)));
        } else if (single && count === 1) {
          pending = stringifyPretty(json);
        } else {
          if (pending !== null) {
            out.write(`${JSON.stringify(JSON.parse(pending))}\n`);
            pending = null;
          }
          out.write(`${JSON.stringify(json)}\n`);
        }
      }
      if (pending !== null) out.write(`${pending}\n`);
      if (failed > 0) process.exitCode = 1;
    }),
  );
}
