import { normalizeWord } from "./text.ts";

/**
 * Multi-token phrase lookup over lower-cased, normalised token sequences
 * (longest match first), used for gazetteer features and lexicon entities.
 *
 * @example
 * const t = new PhraseTable<string>();
 * t.add(["corée", "du", "nord"], "KP");
 * t.longestAt(["la", "Corée", "du", "Nord"], 1); // { length: 3, values: ["KP"] }
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, { rest: string[]; value: V }[]>();
  size = 0;

  /** Adds a phrase given as tokens (any case, any apostrophe). */
  add(tokens: readonly string[], value: V): void {
    if (tokens.length === 0) return;
    const keys = tokens.map(phraseKey);
    const first = keys[0];
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    const rest = keys.slice(1);
    const same = list.find((e) => e.value === value && e.rest.join(" ") === rest.join(" "));
    if (same) return;
    list.push({ rest, value });
    this.size++;
  }

  /** Every match starting at token `i`, as [length, value] pairs (keys given pre-normalised). */
  matchesAt(keys: readonly string[], i: number): { length: number; value: V }[] {
    const list = this.byFirst.get(keys[i]);
    if (!list) return [];
    const out: { length: number; value: V }[] = [];
    for (const e of list) {
      if (i + 1 + e.rest.length > keys.length) continue;
      let ok = true;
      for (let k = 0; k < e.rest.length; k++) {
        if (keys[i + 1 + k] !== e.rest[k]) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ length: 1 + e.rest.length, value: e.value });
    }
    return out;
  }

  /** The longest match at token `i` (raw tokens) with all values of that length, or null. */
  longestAt(tokens: readonly string[], i: number): { length: number; values: V[] } | null {
    const keys = tokens.map(phraseKey);
    return this.longestAtKeys(keys, i);
  }

  longestAtKeys(keys: readonly string[], i: number): { length: number; values: V[] } | null {
    const ms = this.matchesAt(keys, i);
    if (ms.length === 0) return null;
    let best = 0;
    for (const m of ms) best = Math.max(best, m.length);
    return { length: best, values: ms.filter((m) => m.length === best).map((m) => m.value) };
  }

  /** Whether any phrase starts with this (normalised) token. */
  hasFirst(key: string): boolean {
    return this.byFirst.has(key);
  }
}

/**
 * The matching key of a token: normalised apostrophes and dashes, lower case.
 *
 * @example
 * phraseKey("D’Artillerie"); // "d'artillerie"
 */
export function phraseKey(token: string): string {
  return normalizeWord(token).toLowerCase();
}
