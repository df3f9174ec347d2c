import type { Command } from "commander";

/** A CLI command module: adds its subcommand(s) to the program. */
export type CommandModule = (program: Command) => void;

/**
 * Every command module, in `--help` order. Add a module here to add a command.
 */
export async function loadCommands(): Promise<CommandModule[]> {
  const modules = await Promise.all([
    import("./extract.ts"),
    import("./ingest.ts"),
    import("./search.ts"),
    import("./show.ts"),
    import("./stats.ts"),
    import("./eval.ts"),
    import("./bench.ts"),
    import("./train.ts"),
    import("./ner.ts"),
    import("./ner-retype.ts"),
    import("./syntax.ts"),
    import("./quotes.ts"),
    import("./events.ts"),
    import("./serve.ts"),
    import("./entity.ts"),
    import("./export.ts"),
  ]);
  return modules.map((m) => m.register);
}
