import type { Command } from "commander";
import { DossierError } from "../../errors.ts";
import { openStore, type Store } from "../../store/store.ts";
import { action } from "../run.ts";

async function withStore(db: string, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(db, { create: false });
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * `dossier entity list|show|merge|split|rules`: browse the entities of the
 * knowledge base and correct their resolution. Merges and splits are stored
 * as rules, applied again to every article ingested later.
 */
export function register(program: Command): void {
  const entity = program
    .command("entity")
    .description("browse entities across articles; merge and split them");

  entity
    .command("list")
    .description("entities, most named first")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .option("-q, --query <words>", "name or alias contains these words")
    .option("--label <label>", "PER, ORG, LOC, MISC or EQUIP")
    .option("--limit <n>", "how many", "30")
    .option("--json", "print JSON", false)
    .action(
      action(async (flags: { db: string; query?: string; label?: string; limit: string; json: boolean }) => {
        await withStore(flags.db, async (store) => {
          const page = await store.entities({
            q: flags.query,
            label: flags.label,
            limit: Number(flags.limit) || 30,
          });
          if (flags.json) {
            out(JSON.stringify(page.items, null, 2));
            return;
          }
          for (const e of page.items) {
            out(
              `${String(e.articleCount).padStart(6)}  ${e.id.padEnd(36)} ${e.name}${e.label ? ` (${e.label})` : ""}`,
            );
          }
        });
      }),
    );

  entity
    .command("show")
    .description("one entity as JSON: aliases, roles, quotes, events, co-occurring entities, activity")
    .argument("<id>", "entity id, e.g. person:anton-brel")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .action(
      action(async (id: string, flags: { db: string }) => {
        await withStore(flags.db, async (store) => {
          const e = await store.entity(id);
          if (!e) throw new DossierError("E_STORE_NOT_FOUND", `no entity with id ${id} in ${flags.db}`);
          out(JSON.stringify(e, null, 2));
        });
      }),
    );

  entity
    .command("merge")
    .description("merge entities: every OTHER becomes KEEP, now and in later ingests")
    .argument("<keep>", "the id to keep")
    .argument("<others...>", "ids merged into it")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .action(
      action(async (keep: string, others: string[], flags: { db: string }) => {
        await withStore(flags.db, async (store) => {
          await store.mergeEntities(keep, others);
          const e = await store.entity(keep);
          out(`merged ${others.join(", ")} into ${keep}: ${e?.articleCount ?? 0} articles`);
        });
      }),
    );

  entity
    .command("split")
    .description("undo the merges into ID, or with --alias move the mentions written so to another entity")
    .argument("<id>", "entity id")
    .option("--alias <name>", "the name whose mentions move (accent- and case-insensitive)")
    .option("--into <id>", "the id they move to (default: ID's kind with the alias's slug)")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .action(
      action(async (id: string, flags: { db: string; alias?: string; into?: string }) => {
        await withStore(flags.db, async (store) => {
          const ids = await store.splitEntity(id, { alias: flags.alias, into: flags.into });
          out(ids.length ? `split from ${id}: ${ids.join(", ")}` : `nothing was merged into ${id}`);
        });
      }),
    );

  entity
    .command("rules")
    .description("the merges and splits in force, oldest first")
    .option("--db <file>", "knowledge base file", "dossier.db")
    .action(
      action(async (flags: { db: string }) => {
        await withStore(flags.db, async (store) => {
          for (const r of await store.entityRules()) {
            out(
              r.kind === "merge"
                ? `merge  ${r.from} → ${r.into}`
                : `split  ${r.from} "${r.alias}" → ${r.into}`,
            );
          }
        });
      }),
    );
}
