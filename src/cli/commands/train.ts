import type { Command } from "commander";
import { group } from "../run.ts";

/** `dossier train …`: the subcommands come from the model modules (ner.ts, syntax.ts). */
export function register(program: Command): void {
  group(program, "train", "rebuild a model from annotated data (see the model cards in models/)");
}
