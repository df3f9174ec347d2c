import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../doc/doc.ts";
import type { Quote } from "../doc/types.ts";
import { parseNewsRecord } from "../ingest/record.ts";

export interface ExpectedQuote {
  kind: string;
  speaker: string | null;
  speakerType?: string;
  first5: string;
}

export interface ExampleScore {
  files: number;
  expected: number;
  /** Expected quotes found (first five words agree). */
  found: number;
  kindRight: number;
  speakerRight: number;
  /** Predicted quotes (scare excluded) that match nothing expected. */
  extra: number;
  misses: string[];
}

const norm = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .toLowerCase();

/** The first five words of a quote's content, the way examples/expected.json writes them. */
export function firstFive(text: string): string {
  return norm(text).split(" ").slice(0, 5).join(" ");
}

/** The first-five keys a predicted quote may match: its start and each quoted fragment inside it. */
function keysOf(q: Quote): string[] {
  const keys = [firstFive(q.text)];
  const re = /[«“"‹]\s*([^«»“”"‹›]+)/g;
  for (let m = re.exec(q.text); m; m = re.exec(q.text)) keys.push(firstFive(m[1]));
  return keys;
}

/**
 * Scores the quote stage on the hand-counted sample corpus (examples/expected.json):
 * a development check, not a benchmark.
 *
 * @example
 * const s = scoreExamples(root, run);
 * console.log(`${s.found}/${s.expected}`);
 */
export function scoreExamples(
  root: string,
  run: (text: string, lang: string, title: string | null) => Doc,
  log?: (line: string) => void,
): ExampleScore {
  const expected = JSON.parse(readFileSync(join(root, "expected.json"), "utf8")) as {
    files: { file: string; lang: string; quotes: ExpectedQuote[] }[];
  };
  const score: ExampleScore = {
    files: 0,
    expected: 0,
    found: 0,
    kindRight: 0,
    speakerRight: 0,
    extra: 0,
    misses: [],
  };
  for (const f of expected.files) {
    const path = join(root, f.file);
    if (!existsSync(path)) continue;
    score.files++;
    const rec = parseNewsRecord(readFileSync(path, "utf8"));
    const doc = run(rec.text, f.lang, rec.title);
    const predicted = doc.quotes;
    const used = new Set<number>();
    for (const e of f.quotes) {
      score.expected++;
      const key = norm(e.first5);
      const matches = (k: number, inner: boolean) =>
        keysOf(predicted[k])
          .slice(inner ? 1 : 0)
          .some((x) => x.startsWith(key) || (key.startsWith(x) && x.length > 8));
      let hit = -1;
      for (let k = 0; k < predicted.length && hit < 0; k++) if (!used.has(k) && matches(k, false)) hit = k;
      // (A partial quote that joins several quoted fragments of one proposition finds each of them.)
      for (let k = 0; k < predicted.length && hit < 0 && e.kind === "partial"; k++)
        if (used.has(k) && predicted[k].kind === "partial" && matches(k, true)) hit = k;
      if (hit < 0) {
        score.misses.push(`${f.file}: missed ${e.kind} "${e.first5}" (${e.speaker})`);
        continue;
      }
      used.add(hit);
      const p = predicted[hit];
      score.found++;
      if (p.kind === e.kind) score.kindRight++;
      else score.misses.push(`${f.file}: kind ${p.kind} for ${e.kind} "${e.first5}"`);
      const name = p.speaker?.name ?? null;
      if ((name ?? null) === e.speaker || (name && e.speaker && norm(name) === norm(e.speaker)))
        score.speakerRight++;
      else
        score.misses.push(
          `${f.file}: speaker ${JSON.stringify(name)} for ${JSON.stringify(e.speaker)} "${e.first5}"`,
        );
    }
    for (let k = 0; k < predicted.length; k++) {
      if (used.has(k) || predicted[k].kind === "scare") continue;
      score.extra++;
      score.misses.push(
        `${f.file}: extra ${predicted[k].kind} ${JSON.stringify(predicted[k].text.slice(0, 60))} (${predicted[k].speaker?.name ?? null})`,
      );
    }
  }
  log?.(
    `examples: ${score.found}/${score.expected} found, kind ${score.kindRight}, speaker ${score.speakerRight}, extra ${score.extra}`,
  );
  return score;
}
