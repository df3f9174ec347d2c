import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

// Each test file runs in its own process, so one exit hook removes everything the file made,
// even when a test fails before its own clean-up.
process.once("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh directory under the system temp folder, removed when the test process exits.
 *
 * @example
 * const dir = tempDir("dossier-ingest-");
 * writeFileSync(join(dir, "a.txt"), "…");
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
