import { type Command, Option } from "commander";
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportFormat,
  type ExportKind,
  exportKb,
} from "../../export/export.ts";
import { openStore } from "../../store/store.ts";
import { action } from "../run.ts";

/**
 * `dossier export --db FILE --format jsonl|csv|graphml|gexf|brat --out PATH [--what KIND]`.
 */
export function register(program: Command): void {
  program
    .command("export")
    .description(
      "export the knowledge base: jsonl/csv (articles, entities, quotes, events), brat (annotations), graphml/gexf (actor graph for Gephi)",
    )
    .option("--db <file>", "knowledge base file", "dossier.db")
    .addOption(
      new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .requiredOption(
      "--out <path>",
      "directory (jsonl, csv, brat) or file (graphml, gexf, or with --what); - for stdout",
    )
    .addOption(
      new Option("--what <kind>", "only this kind (jsonl, csv); --out is then a file").choices([
        ...EXPORT_KINDS,
      ]),
    )
    .action(
      action(async (flags: { db: string; format: ExportFormat; out: string; what?: ExportKind }) => {
        const store = await openStore(flags.db, { create: false });
        try {
          const t0 = performance.now();
          const summary = await exportKb(store, { format: flags.format, out: flags.out, what: flags.what });
          if (flags.out !== "-") {
            const counts = Object.entries(summary.counts)
              .map(([k, v]) => `${v} ${k}`)
              .join(", ");
            const seconds = ((performance.now() - t0) / 1000).toFixed(2);
            process.stderr.write(`exported ${counts} to ${summary.files.join(", ")} in ${seconds} s\n`);
          }
        } finally {
          await store.close();
        }
      }),
    );
}
