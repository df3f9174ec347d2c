import type { Command } from "commander";

/** Placeholder: the quotes commands are added by the quotes issue. */
export function register(_program: Command): void {}
