import { formatError } from "../errors.ts";

/**
 * Wraps a command action: a thrown error becomes one line `error E_CODE: …`
 * on stderr and exit status 1 (2 for usage errors); never a stack trace.
 * Set DOSSIER_DEBUG=1 to see the stack.
 */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void> | void,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      fail(err);
    }
  };
}

export function fail(err: unknown): never {
  if (process.env.DOSSIER_DEBUG) console.error(err);
  process.stderr.write(`error ${formatError(err)}\n`);
  const code = (err as { code?: string })?.code === "E_USAGE" ? 2 : 1;
  process.exit(code);
}

import type { Command } from "commander";

/**
 * The parent command `name` (e.g. "train", "eval"), created on first use so that
 * several modules can each add their own subcommand to it.
 *
 * @example
 * group(program, "train", "rebuild a model").command("ner").action(...)
 */
export function group(program: Command, name: string, description: string): Command {
  const found = program.commands.find((c) => c.name() === name);
  if (found) return found;
  return program.command(name).description(description);
}
