import type { Command } from "commander";
import { stringifyPretty } from "../../doc/json.ts";
import { DossierError } from "../../errors.ts";
import { openStore } from "../../store/store.ts";
import { action } from "../run.ts";

export function register(program: Command): void {
  program
    .command("show")
    .description("print a stored article as Dossier document JSON")
    .argument("<id>", "article id (a unique prefix is enough)")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .option("--compact", "leave out tokens", false)
    .action(
      action(async (id: string, flags: { db: string; compact: boolean }) => {
        const store = await openStore(flags.db, { create: false });
        try {
          let doc = await store.get(id);
          if (!doc && /^[0-9a-f]{4,19}$/.test(id)) {
            // accept a unique prefix, as git does
            let cursor: string | null = null;
            const matches: string[] = [];
            do {
              const page = await store.list({ limit: 1000, cursor });
              for (const a of page.items) if (a.id.startsWith(id)) matches.push(a.id);
              cursor = page.next;
            } while (cursor);
            if (matches.length > 1)
              throw new DossierError(
                "E_USAGE",
                `id prefix "${id}" is ambiguous (${matches.length} articles)`,
              );
            if (matches.length === 1) doc = await store.get(matches[0]);
          }
          if (!doc) throw new DossierError("E_STORE_NOT_FOUND", `no article with id "${id}" in ${flags.db}`);
          if (flags.compact) delete doc.tokens;
          process.stdout.write(`${stringifyPretty(doc)}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
