import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corporaRoot } from "../cli/commands/eval.ts";
import {
  eventsToStandoff,
  NEWSAGENCY_FR_GOLD_DIR,
  plaintextFrTexts,
  quotesToStandoff,
  WIKINEWS_FR_GOLD_DIR,
  WIKINEWS_GOLD_DIR,
  wikinewsEnTexts,
  wikinewsFrTexts,
} from "./wikinews.ts";

/**
 * Rebuilds `eval/wikinews-en/quotes.jsonl` or `events.jsonl` from annotators'
 * folders (`meta.json` mapping NN.txt to its URL, and `quotes.jsonl` or
 * `events.jsonl` with verbatim strings), one split per folder:
 *
 *     node src/eval/wikinews-build.ts quotes dev=/path/q1 held=/path/q2
 *     node src/eval/wikinews-build.ts quotes-fr held=/path/fr1   (meta.json maps NN.txt to `doc`, a file name)
 *     node src/eval/wikinews-build.ts quotes-agency dev=/path/b1 dev=/path/b2   (`doc`, a fr-news-plaintext id)
 */
const [arg, ...specs] = process.argv.slice(2);
const agency = arg === "quotes-agency";
const french = arg === "quotes-fr";
const kind = french || agency ? "quotes" : arg;
if ((kind !== "quotes" && kind !== "events") || specs.length === 0) {
  process.stderr.write("usage: wikinews-build.ts quotes|quotes-fr|quotes-agency|events SPLIT=DIR …\n");
  process.exit(2);
}
const texts = agency
  ? plaintextFrTexts(corporaRoot())
  : french
    ? wikinewsFrTexts(corporaRoot())
    : wikinewsEnTexts(corporaRoot());
const goldDir = agency ? NEWSAGENCY_FR_GOLD_DIR : french ? WIKINEWS_FR_GOLD_DIR : WIKINEWS_GOLD_DIR;
const out: string[] = [];
for (const spec of specs) {
  const [split, dir] = spec.split("=");
  const meta = (
    JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as { file: string; url?: string; doc?: string }[]
  ).map((m) => ({ file: m.file, url: m.url ?? m.doc ?? "" }));
  const urlOf = new Map(meta.map((m) => [m.file, m.url]));
  const records = readFileSync(join(dir, `${kind}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  if (kind === "quotes") {
    const articles = meta.map((m) => ({
      url: m.url,
      quotes: records
        .filter((r) => r.file === m.file)
        .map((r) => ({
          quote: String(r.quote),
          speaker: r.speaker ? String(r.speaker) : null,
          kind: String(r.kind ?? ""),
        })),
    }));
    const { lines, missing } = quotesToStandoff(articles, texts, split);
    for (const m of missing) process.stderr.write(`not found: ${m}\n`);
    for (const l of lines) out.push(JSON.stringify(l));
  } else {
    const list = records.map((r) => ({
      url: urlOf.get(String(r.file)) ?? "",
      sentence: String(r.sentence),
      event: String(r.event),
      mode: r.mode ? String(r.mode) : "",
      source: (r.source as string[] | undefined) ?? [],
      target: (r.target as string[] | undefined) ?? [],
    }));
    const { lines, missing } = eventsToStandoff(list, texts, split);
    for (const m of missing) process.stderr.write(`not found: ${m}\n`);
    for (const l of lines) out.push(JSON.stringify(l));
  }
}
mkdirSync(goldDir, { recursive: true });
writeFileSync(join(goldDir, `${kind}.jsonl`), `${out.join("\n")}\n`);
process.stdout.write(`${out.length} lines → ${join(goldDir, `${kind}.jsonl`)}\n`);
