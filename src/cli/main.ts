#!/usr/bin/env node
import { enableCompileCache } from "node:module";
import { Command, CommanderError } from "commander";
import { DossierError } from "../errors.ts";
import { loadCommands } from "./commands/index.ts";
import { fail } from "./run.ts";

// V8 keeps the compiled code of our modules between runs (in the system temp folder; NODE_DISABLE_COMPILE_CACHE=1
// turns it off): a command starts in about half the time. The command modules below load after this line.
enableCompileCache?.();

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
