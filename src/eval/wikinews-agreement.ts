import { join } from "node:path";
import { corporaRoot } from "../cli/commands/eval.ts";
import type { Doc } from "../doc/doc.ts";
import { evaluateQuotes, formatEvaluation, type GoldArticle } from "../quotes/eval.ts";
import { loadWikinewsQuotes, WIKINEWS_FR_GOLD_DIR } from "./wikinews.ts";

/**
 * Inter-annotator agreement on the French Wikinews gold: the second, independent reading
 * (`eval/wikinews-fr/second`) scored against the first as if it were a system's output, with the same
 * coverage and speaker rules as `dossier eval quotes`. It bounds what a system can be expected to reach.
 *
 *     node src/eval/wikinews-agreement.ts [dev|held|all]
 */
const split = process.argv[2] ?? "all";
const first = loadWikinewsQuotes(corporaRoot(), split, WIKINEWS_FR_GOLD_DIR, "fr");
const second = new Map<string, GoldArticle>(
  loadWikinewsQuotes(corporaRoot(), split, join(WIKINEWS_FR_GOLD_DIR, "second"), "fr").map((a) => [
    a.text,
    a,
  ]),
);
const both = first.filter((a) => second.has(a.text));
// The second reading as predictions: one quote per gold range, its speaker the annotator's name.
const asDoc = (text: string) =>
  ({
    quotes: (second.get(text)?.quotes ?? []).map((q) => ({
      start: q.parts[0][0],
      end: q.parts[0][1],
      text: text.slice(q.parts[0][0], q.parts[0][1]),
      kind: "direct",
      rule: "second-annotator",
      speaker: q.speaker ? { name: q.speaker } : null,
    })),
  }) as unknown as Doc;
process.stdout.write(
  `${formatEvaluation(`second reading vs first (Wikinews FR ${split})`, evaluateQuotes(both, asDoc))}\n`,
);
