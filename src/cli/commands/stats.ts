import type { Command } from "commander";
import { openStore } from "../../store/store.ts";
import { action } from "../run.ts";

export function register(program: Command): void {
  program
    .command("stats")
    .description("print what the knowledge base holds")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .option("--json", "print JSON", false)
    .action(
      action(async (flags: { db: string; json: boolean }) => {
        const store = await openStore(flags.db, { create: false });
        try {
          const s = await store.stats();
          if (flags.json) {
            process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
            return;
          }
          const langs = Object.entries(s.languages)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ");
          const rows: [string, string | number][] = [
            ["articles", s.articles],
            ["languages", langs || "-"],
            ["words", s.words],
            ["entities", s.entities],
            ["quotes", s.quotes],
            ["events", s.events],
            ["dates", s.dates],
            ["quantities", s.quantities],
            ["article dates", s.firstDate ? `${s.firstDate} … ${s.lastDate}` : "-"],
          ];
          for (const [k, v] of rows) process.stdout.write(`${k.padEnd(14)}${v}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
