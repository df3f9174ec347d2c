/**
 * `dossier export`: the knowledge base as files other tools read. JSON Lines
 * and CSV for articles, entities, quotes and events; brat standoff for the
 * articles' annotations; GraphML and GEXF for the actor graph (Gephi).
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { toBrat } from "../doc/formats.ts";
import { DossierError } from "../errors.ts";
import type { Page, Store } from "../store/store.ts";
import { toGexf, toGraphML } from "./xml.ts";

export const EXPORT_FORMATS = ["jsonl", "csv", "graphml", "gexf", "brat"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_KINDS = ["articles", "entities", "quotes", "events"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** A directory (jsonl, csv: one file per kind; brat: two files per article), or a file (graphml, gexf, or one --what). "-" = stdout. */
  out: string;
  /** Only this kind (jsonl, csv): `out` is then a file. */
  what?: ExportKind;
}

export interface ExportSummary {
  files: string[];
  counts: Partial<Record<ExportKind | "nodes" | "edges", number>>;
}

/** Every item of a paged listing, a page at a time. */
export async function* pages<T>(fetch: (cursor: string | null) => Promise<Page<T>>): AsyncGenerator<T> {
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetch(cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

/** A file (or stdout for "-") written in chunks. */
class Sink {
  readonly #fd: number;
  readonly #close: boolean;
  #buffer = "";
  constructor(path: string) {
    this.#close = path !== "-";
    try {
      this.#fd = path === "-" ? 1 : openSync(path, "w");
    } catch (err) {
      throw new DossierError("E_USAGE", `cannot write ${path}: ${(err as Error).message}`, { cause: err });
    }
  }
  write(s: string): void {
    this.#buffer += s;
    if (this.#buffer.length > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.#buffer) writeSync(this.#fd, this.#buffer);
    this.#buffer = "";
  }
  close(): void {
    this.flush();
    if (this.#close) closeSync(this.#fd);
  }
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
 *
 * @example
 * csvField('He said "yes", then left'); // '"He said ""yes"", then left"'
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

type Row = Record<string, unknown>;

/** The rows of one kind: JSON objects for jsonl, flat columns for csv. */
async function* rows(store: Store, kind: ExportKind, flat: boolean): AsyncGenerator<Row> {
  const limit = 1000;
  if (kind === "articles") {
    for await (const a of pages((cursor) => store.list({ limit, cursor }))) {
      if (!flat) {
        yield (await store.get(a.id)) as unknown as Row;
        continue;
      }
      yield {
        id: a.id,
        lang: a.lang,
        title: a.title,
        date: a.date?.value,
        precision: a.date?.precision,
        outlet: a.source.outlet,
        url: a.source.url,
        path: a.source.path,
        words: a.words,
        entities: a.entities,
        quotes: a.quotes,
        events: a.events,
        ingestedAt: a.ingestedAt,
      };
    }
  } else if (kind === "entities") {
    yield* pages((cursor) =>
      store.entities({ limit, cursor }),
    ) as AsyncGenerator<unknown> as AsyncGenerator<Row>;
  } else if (kind === "quotes") {
    for await (const q of pages((cursor) => store.quotes({ limit, cursor }))) {
      if (!flat) {
        yield q as unknown as Row;
        continue;
      }
      yield {
        id: q.id,
        text: q.text,
        kind: q.kind,
        speakerId: q.speaker?.id,
        speakerName: q.speaker?.name,
        role: q.speaker?.role,
        articleCount: q.articleCount,
        outlets: [...new Set(q.sources.map((s) => s.outlet ?? ""))],
        articleIds: q.sources.map((s) => s.articleId),
        firstSeen: q.firstSeen,
        lastSeen: q.lastSeen,
      };
    }
  } else {
    for await (const e of pages((cursor) => store.events({ limit, cursor }))) {
      if (!flat) {
        yield e as unknown as Row;
        continue;
      }
      yield {
        id: e.id,
        type: e.type,
        modality: e.modality,
        date: e.date?.value,
        sources: e.sources.map((a) => a.id),
        sourceNames: e.sources.map((a) => a.name),
        targets: e.targets.map((a) => a.id),
        targetNames: e.targets.map((a) => a.name),
        items: e.items,
        quantities: e.quantities,
        mentionCount: e.mentionCount,
        articleCount: e.articleCount,
        firstSeen: e.firstSeen,
        lastSeen: e.lastSeen,
        modalityHistory: e.modalityHistory.map((h) => `${h.modality}@${h.date ?? "?"}`).join(" > "),
      };
    }
  }
}

const CSV_COLUMNS: Record<ExportKind, string[]> = {
  articles: [
    "id",
    "lang",
    "title",
    "date",
    "precision",
    "outlet",
    "url",
    "path",
    "words",
    "entities",
    "quotes",
    "events",
    "ingestedAt",
  ],
  entities: ["id", "name", "label", "articleCount", "mentionCount", "firstSeen", "lastSeen"],
  quotes: [
    "id",
    "text",
    "kind",
    "speakerId",
    "speakerName",
    "role",
    "articleCount",
    "outlets",
    "articleIds",
    "firstSeen",
    "lastSeen",
  ],
  events: [
    "id",
    "type",
    "modality",
    "date",
    "sources",
    "sourceNames",
    "targets",
    "targetNames",
    "items",
    "quantities",
    "mentionCount",
    "articleCount",
    "firstSeen",
    "lastSeen",
    "modalityHistory",
  ],
};

async function writeKind(
  store: Store,
  kind: ExportKind,
  format: "jsonl" | "csv",
  path: string,
): Promise<number> {
  const sink = new Sink(path);
  let n = 0;
  try {
    if (format === "csv") sink.write(`${CSV_COLUMNS[kind].join(",")}\r\n`);
    for await (const row of rows(store, kind, format === "csv")) {
      n++;
      sink.write(
        format === "csv"
          ? `${CSV_COLUMNS[kind].map((c) => csvField(row[c])).join(",")}\r\n`
          : `${JSON.stringify(row)}\n`,
      );
    }
  } finally {
    sink.close();
  }
  return n;
}

/**
 * Writes the export and says what it wrote.
 *
 * @example
 * await exportKb(store, { format: "csv", out: "export/" }); // export/articles.csv, entities.csv, quotes.csv, events.csv
 */
export async function exportKb(store: Store, options: ExportOptions): Promise<ExportSummary> {
  const { format, out } = options;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new DossierError("E_USAGE", `--format expects one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const summary: ExportSummary = { files: [], counts: {} };
  if (format === "graphml" || format === "gexf") {
    const graph = await store.graph();
    const sink = new Sink(out);
    sink.write(format === "graphml" ? toGraphML(graph) : toGexf(graph));
    sink.close();
    summary.files.push(out);
    summary.counts = { nodes: graph.nodes.length, edges: graph.edges.length };
    return summary;
  }
  if (format === "brat") {
    if (out === "-") throw new DossierError("E_USAGE", "brat export writes a directory: give --out DIR");
    mkdirSync(out, { recursive: true });
    let n = 0;
    for await (const a of pages((cursor) => store.list({ limit: 1000, cursor }))) {
      const doc = await store.get(a.id);
      if (!doc) continue;
      for (const [ext, content] of [
        ["txt", doc.text],
        ["ann", toBrat(doc)],
      ] as const) {
        const sink = new Sink(join(out, `${doc.id}.${ext}`));
        sink.write(content);
        sink.close();
      }
      n++;
    }
    summary.files.push(out);
    summary.counts = { articles: n };
    return summary;
  }
  if (options.what) {
    summary.counts[options.what] = await writeKind(store, options.what, format, out);
    summary.files.push(out);
    return summary;
  }
  if (out === "-")
    throw new DossierError("E_USAGE", "several files: give --out DIR, or --what KIND for stdout");
  mkdirSync(out, { recursive: true });
  for (const kind of EXPORT_KINDS) {
    const path = join(out, `${kind}.${format}`);
    summary.counts[kind] = await writeKind(store, kind, format, path);
    summary.files.push(path);
  }
  return summary;
}
