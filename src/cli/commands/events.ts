import type { Command } from "commander";

/** Placeholder: the events commands are added by the events issue. */
export function register(_program: Command): void {}
