import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "../doc/doc.ts";
import type { Quote } from "../doc/types.ts";
import { type GoldArticle, loadPolnear, sameSpeaker } from "./eval.ts";
import { firstNameGender } from "./tables.ts";

/**
 * A dev-side proxy for the Gender Gap Tracker's speaker accuracy on PolNeAR.
 *
 * PolNeAR scores a source as right when our speaker span overlaps the gold
 * source span, so "he" is right whoever we resolve it to. GGT wants the
 * person's name. PolNeAR has no coreference chains, so each gold source is
 * given an expected name from the gold itself:
 * - a full name ("Ada Marsh") is its own expected name;
 * - a bare surname ("Marsh") expands to the fullest capitalised name ending
 *   with it in the article;
 * - "he"/"she" takes the nearest earlier gold source that is a person's name
 *   and whose first name (or Mr/Mrs) does not contradict the pronoun;
 * - a definite description ("the spokesman") takes the name written next to
 *   the same noun earlier ("spokesman Hugo Brandt", "Hugo Brandt, a
 *   spokesman"); descriptions with no such name are left out.
 * Our resolved speaker name must then name that person (`sameSpeaker`, the
 * GGT scorer's test) — and, strictly, carry all of its words.
 */
export interface ResolutionScore {
  kind: "name" | "surname" | "pronoun" | "description";
  total: number;
  right: number;
  strict: number;
}

export interface ResolutionEvaluation {
  byKind: ResolutionScore[];
  errors: string[];
}

const CAP_WORD = /^\p{Lu}[\p{L}'’-]*$|^\p{Lu}\.$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Sens|Rep|Gov|Gen|Sir)\.?$/;
/** Capitalised words that open a name phrase without being part of the person's name. */
const TITLE_WORDS = new Set(
  "The A An This That But And In On At After He She It They I We President Vice Senator Secretary Chairman Chairwoman Chair Leader Speaker Governor Mayor Judge Justice Chief Commissioner Director Democrat Democrats Republican Republicans Democratic Former Rep Sen Gov State Attorney General Minister Prime Interim Candidate Nominee Professor Dean Ambassador Representative Deputy Press".split(
    " ",
  ),
);

const FUNCTION_WORDS = new Set("The A An This That But And In On At After He She It They I We".split(" "));

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** "Ada Marsh", "Mr. Brandt" look like names; "the spokesman", "sources", "he" do not. */
function isName(s: string): boolean {
  const ws = words(s.replace(/[’']s$/, ""));
  if (ws.length === 0 || ws.length > 6) return false;
  return (
    ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|da|del|bin|of)$/.test(w)) &&
    !FUNCTION_WORDS.has(ws[0])
  );
}

/** The person's name inside a name phrase: the last word and the first names or initials before it. */
function core(s: string): string[] {
  const ws = words(s.replace(/[’']s$/, "")).map((w) => w.replace(/[’']s$/, ""));
  let a = ws.length - 1;
  if (a < 0) return [];
  while (a > 0) {
    const w = ws[a - 1];
    if (HONORIFIC.test(w) || TITLE_WORDS.has(w) || !CAP_WORD.test(w)) break;
    a--;
  }
  return ws.slice(a);
}

/**
 * The full name in the text that ends with `surname`: a known first name, then initials or first names,
 * of the wanted gender when the source said Mr./Mrs.; the most frequent one, the first on a tie.
 */
function expandSurname(text: string, surname: string, gender: "m" | "f" | ""): string {
  const counts = new Map<string, number>();
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`((?:[\\p{Lu}][\\p{L}'’-]*\\.?[ \\u00a0]){1,3})${esc}\\b`, "gu");
  for (const m of text.matchAll(re)) {
    const ws = words(m[1]);
    // From the surname back: initials and first names, up to a known first name.
    let a = ws.length;
    while (a > 0 && (/^\p{Lu}\.$/u.test(ws[a - 1]) || firstNameGender(ws[a - 1], "en") !== "")) a--;
    while (a < ws.length && /^\p{Lu}\.$/u.test(ws[a])) a++;
    if (a >= ws.length) continue;
    const g = firstNameGender(ws[a], "en");
    if (gender && g && g !== gender) continue;
    const name = [...ws.slice(a), surname].join(" ");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = surname;
  let n = 0;
  for (const [name, c] of counts)
    if (c > n) {
      best = name;
      n = c;
    }
  return best;
}

function genderOf(source: string): "m" | "f" | "" {
  const ws = words(source);
  if (/^(?:Mr|Sir)\.?$/.test(ws[0] ?? "")) return "m";
  if (/^(?:Mrs|Ms|Miss)\.?$/.test(ws[0] ?? "")) return "f";
  const c = core(source);
  return c.length >= 2 ? firstNameGender(c[0], "en") : "";
}

const ROLE_NOUN =
  /\b(?:spokes(?:man|woman|person)|secretary|minister|director|chairman|chairwoman|chair|president|manager|official|adviser|advisor|aide|attorney|lawyer|senator|governor|mayor|candidate|nominee|chief|leader|founder|executive|professor|analyst|economist|researcher|strategist|pollster|ceo|representative)\b/i;

/** How a role noun is written right before a name ("Sen. Ada Marsh", "campaign spokesman Hugo Brandt"). */
const TITLE_FORMS: Record<string, string> = {
  senator: "Sen\\.|Senator|senator",
  governor: "Gov\\.|Governor|governor",
  president: "President|president",
  representative: "Rep\\.|Representative|representative",
  secretary: "Secretary|secretary",
  minister: "Minister|minister",
  mayor: "Mayor|mayor",
  chairman: "Chairman|chairman",
  candidate: "candidate|nominee",
  nominee: "nominee|candidate",
};

/** The name written next to a description's role noun earlier in the text, the nearest one; null if none. */
function describedName(text: string, before: number, desc: string): string | null {
  const m = ROLE_NOUN.exec(desc);
  if (!m || !/^(?:the|her|his|their|its)\b/i.test(desc.trim())) return null;
  const noun = m[0].toLowerCase();
  const forms = TITLE_FORMS[noun] ?? `${noun}|${noun[0].toUpperCase()}${noun.slice(1)}`;
  const head = text.slice(Math.max(0, before - 3000), before);
  let found: string | null = null;
  let at = -1;
  const name = "((?:\\p{Lu}[\\p{L}'’-]*\\.?[ \\u00a0]){1,3}\\p{Lu}[\\p{L}'’-]+)";
  // "spokesman Hugo Brandt", "Sen. Ada Marsh" / "Hugo Brandt, a spokesman for …", "Ada Marsh, the state's governor".
  const after = new RegExp(`(?:${forms})[ \\u00a0]+(?:\\p{Lu}[\\p{L}'’-]*[ \\u00a0]+){0,3}?${name}`, "gu");
  const appos = new RegExp(
    `${name},[ \\u00a0]+(?:a|an|the)[ \\u00a0]+(?:[\\p{L}'’-]+[ \\u00a0]+){0,4}(?:${forms})\\b`,
    "gu",
  );
  for (const re of [after, appos])
    for (const x of head.matchAll(re)) {
      const c = core(x[1]);
      if (c.length >= 2 && firstNameGender(c[0], "en") !== "" && (x.index ?? 0) > at) {
        found = c.join(" ");
        at = x.index ?? 0;
      }
    }
  return found;
}

/**
 * The name a longer source phrase is about: "Mr. Coffman, who represents …" → "Mr. Coffman", "author and
 * firebrand Cornel West" → "Cornel West"; the phrase itself otherwise.
 */
function nameInSource(source: string): string {
  const head = source.split(",")[0].trim();
  if (isName(head)) return head;
  const ws = words(head);
  let a = ws.length;
  while (a > 0 && (/^\p{Lu}/u.test(ws[a - 1]) || /^(?:de|van|von|da|del|bin)$/.test(ws[a - 1]))) a--;
  const run = ws.slice(a);
  if (run.length >= 2 && isName(run.join(" ")) && firstNameGender(core(run.join(" "))[0] ?? "", "en") !== "")
    return run.join(" ");
  if (run.length >= 2 && /^(?:Mr|Mrs|Ms)\.?$/.test(run[0])) return run.join(" ");
  return source;
}

/** The expected name of each gold source, with its kind, in text order. */
function expectedSpeakers(
  art: GoldArticle,
): Map<string, { kind: ResolutionScore["kind"]; name: string } | null> {
  const out = new Map<string, { kind: ResolutionScore["kind"]; name: string } | null>();
  const sources = art.quotes
    .filter((g) => g.source && g.speaker)
    .map((g) => ({ at: g.source?.[0]?.[0] ?? 0, text: nameInSource((g.speaker ?? "").trim()) }))
    .sort((x, y) => x.at - y.at);
  const named: { at: number; name: string; gender: "m" | "f" | "" }[] = [];
  for (const s of sources) {
    const key = `${s.at}`;
    if (isName(s.text)) {
      const c = core(s.text);
      if (c.length === 0) continue;
      const full = c.length === 1 ? expandSurname(art.text, c[0], genderOf(s.text)) : c.join(" ");
      if (words(full).length < 2) {
        out.set(key, null);
        continue;
      }
      out.set(key, { kind: c.length === 1 ? "surname" : "name", name: full });
      named.push({ at: s.at, name: full, gender: genderOf(s.text) || genderOf(full) });
    } else if (/^(?:he|she)$/i.test(s.text)) {
      const g = s.text.toLowerCase() === "he" ? "m" : "f";
      // Only unambiguous cases: the nearest earlier named source of that gender, with no other person of that
      // gender named in between.
      let name: string | null = null;
      for (let k = named.length - 1; k >= 0; k--) {
        if (named[k].at >= s.at || s.at - named[k].at > 1500) continue;
        if (named[k].gender !== g) continue;
        const between = art.text.slice(named[k].at, s.at);
        const surname = core(named[k].name).at(-1) ?? "";
        let other = false;
        for (const m of between.matchAll(/\b(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}'’-]+)/gu))
          if (m[2] !== surname && firstNameGender(m[1], "en") === g) other = true;
        if (!other) name = named[k].name;
        break;
      }
      out.set(key, name ? { kind: "pronoun", name } : null);
    } else {
      const name = describedName(art.text, s.at, s.text);
      out.set(key, name ? { kind: "description", name } : null);
    }
  }
  return out;
}

function overlap(parts: [number, number][], s: number, e: number): number {
  let n = 0;
  for (const [a, b] of parts) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}

/**
 * Scores speaker resolution on PolNeAR articles against the expected names above.
 *
 * @example
 * const ev = evaluateResolution(loadPolnear(dir, "dev"), (t) => run(t, "en"));
 */
export function evaluateResolution(
  articles: readonly GoldArticle[],
  run: (text: string) => Doc,
): ResolutionEvaluation {
  const kinds: ResolutionScore["kind"][] = ["name", "surname", "pronoun", "description"];
  const byKind = kinds.map((kind) => ({ kind, total: 0, right: 0, strict: 0 }));
  const errors: string[] = [];
  for (const art of articles) {
    const expected = expectedSpeakers(art);
    const doc = run(art.text);
    const predicted = doc.quotes.filter((q) => q.kind !== "scare");
    for (const g of art.quotes) {
      if (!g.source) continue;
      const exp = expected.get(`${g.source[0]?.[0] ?? 0}`);
      if (!exp) continue;
      const len = g.parts.reduce((n, [a, b]) => n + b - a, 0);
      let best: Quote | null = null;
      let bestCover = 0;
      for (const p of predicted) {
        const c = overlap(g.parts, p.start, p.end) / Math.max(1, len);
        if (c > bestCover) {
          bestCover = c;
          best = p;
        }
      }
      if (!best || bestCover <= 0.3) continue;
      const score = byKind[kinds.indexOf(exp.kind)];
      score.total++;
      const name = best.speaker?.name ?? null;
      const right = sameSpeaker(name, exp.name);
      if (right) score.right++;
      const strict = right && core(exp.name).every((w) => (name ?? "").includes(w));
      if (strict) score.strict++;
      if (!right)
        errors.push(
          `${exp.kind.padEnd(11)} ${art.id.slice(0, 40)} @${g.source[0][0]}: ${JSON.stringify(name)} for ${JSON.stringify(g.speaker)} → ${JSON.stringify(exp.name)} (${best.rule})`,
        );
    }
  }
  return { byKind, errors };
}

/** A printable table. */
export function formatResolution(ev: ResolutionEvaluation): string {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-").padStart(6);
  const lines = ["kind          n   right %  strict %"];
  let t = 0;
  let r = 0;
  let s = 0;
  for (const k of ev.byKind) {
    lines.push(
      `${k.kind.padEnd(11)} ${String(k.total).padStart(4)}  ${pct(k.right, k.total)}   ${pct(k.strict, k.total)}`,
    );
    t += k.total;
    r += k.right;
    s += k.strict;
  }
  lines.push(`${"all".padEnd(11)} ${String(t).padStart(4)}  ${pct(r, t)}   ${pct(s, t)}`);
  return lines.join("\n");
}

// `npx node src/quotes/resolution.ts dev [--errors]`: the measure on a PolNeAR split (train or dev; never test).
if (import.meta.main) {
  const split = process.argv[2] ?? "dev";
  if (split === "test") throw new Error("PolNeAR test is for reporting only");
  const dir = join(import.meta.dirname, "../../../shared/corpora/quotes/polnear/data");
  if (!existsSync(dir)) {
    console.log("PolNeAR not found; nothing to measure");
  } else {
    const { quoteRunner } = await import("./run.ts");
    const run = quoteRunner();
    let articles = loadPolnear(dir, split);
    const limit = Number(process.argv.find((a) => a.startsWith("--limit="))?.slice(8) ?? 0);
    if (limit) articles = articles.slice(0, limit);
    const ev = evaluateResolution(articles, (text) => run(text, "en"));
    console.log(`PolNeAR ${split}, ${articles.length} articles: speaker resolution (GGT proxy)`);
    console.log(formatResolution(ev));
    if (process.argv.includes("--errors")) for (const e of ev.errors) console.log(e);
  }
}
