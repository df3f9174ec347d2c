import type { Command } from "commander";

/** Placeholder: the ner commands are added by the ner issue. */
export function register(_program: Command): void {}
