import type { Command } from "commander";

/** Placeholder: the syntax commands are added by the syntax issue. */
export function register(_program: Command): void {}
