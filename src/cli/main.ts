#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { DossierError } from "../errors.ts";
import { loadCommands } from "./commands/index.ts";
import { fail } from "./run.ts";

const program = new Command("dossier")
  .description(
    "Dossier: entities, quotations, events and dates from French and English news, at character offsets.",
  )
  .version("0.1.0")
  // commander's own error lines are replaced by our one coded line (below); subcommands inherit this
  .configureOutput({ outputError: () => {} })
  .exitOverride();

for (const register of await loadCommands()) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) process.exit(0);
    fail(new DossierError("E_USAGE", `${err.message.replace(/^error: /, "")} (add --help for usage)`));
  }
  fail(err);
}
