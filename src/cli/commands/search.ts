import type { Command } from "commander";
import { DossierError } from "../../errors.ts";
import { openStore } from "../../store/store.ts";
import { action } from "../run.ts";

interface SearchFlags {
  db: string;
  limit: string;
  lang?: string;
  entity?: string;
  type?: string;
  modality?: string;
  outlet?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * `dossier search QUERY [filters]`: full-text search (accent-insensitive) with
 * structured filters, one hit a line with its snippet.
 */
export function register(program: Command): void {
  program
    .command("search")
    .description(
      "search the knowledge base: full text (accent-insensitive) plus entity, event, date, language and outlet filters",
    )
    .argument("<query...>", "words to find (every word must appear; word* for a prefix)")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .option("--limit <n>", "number of hits", "20")
    .option("--lang <lang>", "only articles in this language")
    .option("--entity <id>", "only articles naming this entity id (e.g. country:RU)")
    .option("--type <type>", "only articles reporting an event of this PLOVER type (e.g. AID)")
    .option("--modality <modality>", "only articles reporting an event with this modality (e.g. pledged)")
    .option("--outlet <name>", "only articles from this outlet")
    .option("--from <date>", "articles dated on or after YYYY[-MM[-DD]]")
    .option("--to <date>", "articles dated on or before YYYY[-MM[-DD]]")
    .option("--json", "print the hits as JSON", false)
    .action(
      action(async (words: string[], flags: SearchFlags) => {
        const limit = Number(flags.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
          throw new DossierError(
            "E_USAGE",
            `--limit expects a whole number from 1 to 1000, got "${flags.limit}"`,
          );
        }
        for (const [name, value] of [
          ["--from", flags.from],
          ["--to", flags.to],
        ] as const) {
          if (value !== undefined && !DATE.test(value)) {
            throw new DossierError(
              "E_USAGE",
              `${name} expects a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`,
            );
          }
        }
        const store = await openStore(flags.db, { create: false });
        try {
          const hits = await store.search(words.join(" "), {
            limit,
            lang: flags.lang,
            entity: flags.entity,
            eventType: flags.type?.toUpperCase(),
            modality: flags.modality,
            outlet: flags.outlet,
            from: flags.from,
            to: flags.to,
          });
          if (flags.json) {
            process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
            return;
          }
          if (hits.length === 0) process.stderr.write("no articles match\n");
          for (const h of hits) {
            const date = h.date?.value ?? "undated";
            process.stdout.write(
              `${h.id}  ${date}  ${h.lang ?? "?"}  ${h.title ?? "(no title)"}\n    ${h.snippet}\n`,
            );
          }
        } finally {
          await store.close();
        }
      }),
    );
}
